"""The board-ready PDF: ``export_pdf(snap, target, PdfOptions(...))``. See docs/pdf-export.md.

``export_pdf`` is imported on first use so that the CLI can register its
options without loading reportlab and matplotlib.
"""

from typing import Any

from stratplanner.export.pdf.errors import ExportCancelled, PdfExportError
from stratplanner.export.pdf.options import (
    PAPERS,
    PRESETS,
    SECTION_TITLES,
    SECTIONS,
    PdfOptions,
    PdfOptionsError,
    check_options,
)

__all__ = [
    "PAPERS",
    "PRESETS",
    "SECTIONS",
    "SECTION_TITLES",
    "ExportCancelled",
    "PdfExportError",
    "PdfOptions",
    "PdfOptionsError",
    "check_options",
    "export_pdf",
]


def __getattr__(name: str) -> Any:
    if name == "export_pdf":
        from stratplanner.export.pdf.exporter import export_pdf

        return export_pdf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
