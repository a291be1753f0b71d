"""Placeholder until its data source lands."""

from __future__ import annotations

from reportlab.platypus import Flowable

from stratplanner.export.pdf.context import ExportContext

ORIENTATION = "landscape"


def build(ctx: ExportContext) -> list[Flowable]:
    return []
