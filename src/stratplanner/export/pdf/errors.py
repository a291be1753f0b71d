"""Errors of the PDF export that the user can fix; each text is one sentence."""

from __future__ import annotations


class PdfExportError(Exception):
    """A problem the user must fix (folder, option, logo); ``str()`` is one sentence."""


class ExportCancelled(Exception):
    """The caller's ``cancelled()`` said stop; no file is written."""
