"""Every table of a plan as a spreadsheet: XLSX formatted for reading, or CSV.

Columns are the JSON interchange fields (references as codes, quarters as
"2027-Q1"), so an exported workbook imports back into a plan unchanged. Items
also get the analysis columns that exist in this build (alignment, rank,
sequenced start), headed "… (analysis)" and ignored on import.

Text cells that a spreadsheet would run as a formula (starting with = + - @,
tab or carriage return) are neutralised: in CSV with a leading apostrophe
(removed again on import), in XLSX by storing them as text with Excel's quote
prefix. Files are written beside the target and renamed into place.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from stratplanner.io.atomic import atomic_path
from stratplanner.io.mapping import ANALYSIS_SUFFIX, kind_named
from stratplanner.io.plan_json import RECORD_FIELDS
from stratplanner.io.tabular import TEXT_CELL_LIMIT, XLSX_CELL_LIMIT, TabularError
from stratplanner.model.kinds import KINDS
from stratplanner.model.rules import MONEY_FIELDS
from stratplanner.model.values import Quarter
from stratplanner.snapshot.snapshot import PlanSnapshot

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAN_SHEET = "plan"
_MONEY_KEYS = {*MONEY_FIELDS, "budget", "cost_of_delay"}
_INT_TYPES = {"int"}
HEADER_FILL = "DDEBF7"


def neutralise(text: str) -> str:
    """'=SUM(A1)' → "'=SUM(A1)"; one already guarded gets another apostrophe (import is exact)."""
    if text.lstrip("'")[:1] in FORMULA_STARTS and text.lstrip("'"):
        return "'" + text
    return text


def dangerous(text: str) -> bool:
    return text[:1] in FORMULA_STARTS


class TextTooLongError(TabularError, ValueError):
    """A field is longer than the file format's cell holds; nothing was written."""


def _too_long(sheet: SheetData, r: int, column: Column, length: int, fmt: str) -> TextTooLongError:
    code = next((c.values[r] for c in sheet.columns if c.header == "code"), None)
    record = f"Record {code!r}" if code else f"Row {r + 2}"
    if fmt == "xlsx":
        limit, advice = (
            XLSX_CELL_LIMIT,
            "a spreadsheet cell holds; shorten it, or export this table as CSV "
            f"(up to {TEXT_CELL_LIMIT:,} characters a cell) or the plan as JSON",
        )
    else:
        limit, advice = (
            TEXT_CELL_LIMIT,
            "a CSV cell may hold to import again; shorten it, or export the plan as JSON",
        )
    return TextTooLongError(
        f"{record} of the {sheet.name} table has a {column.header!r} of {length:,} characters, "
        f"more than the {limit:,} {advice} (nothing was written)."
    )


@dataclass
class Column:
    header: str
    kind: str  # "text", "money", "number", "int", "quarter", "date", "bool", "percent"
    values: list[Any]


@dataclass
class SheetData:
    name: str
    columns: list[Column]

    @property
    def row_count(self) -> int:
        return len(self.columns[0].values) if self.columns else 0


@dataclass
class ExportResult:
    path: Path
    sheets: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _codes(snap: PlanSnapshot) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = {}
    for kind in KINDS.values():
        if kind.has_code and kind.plural in RECORD_FIELDS:
            out[kind.name] = {r.id: r.code for r in getattr(snap, kind.plural, ())}
    return out


def _column_kind(key: str, ftype: str) -> str:
    if ftype.startswith(("ref:", "enum:")) or ftype in ("code", "title", "text"):
        return "text"
    if ftype in ("number", "opt_number"):
        return "money" if key in _MONEY_KEYS else "number"
    if ftype in _INT_TYPES:
        return "int"
    return ftype if ftype in ("quarter", "date", "bool") else "text"


def table_for(
    snap: PlanSnapshot, kind_name: str, codes: dict[str, dict[int, str]] | None = None
) -> SheetData:
    """One kind's records as columns of plain values (references as codes)."""
    kind = kind_named(kind_name)
    spec = RECORD_FIELDS[kind.plural]
    records = list(getattr(snap, kind.plural, ()))
    codes = codes if codes is not None else _codes(snap)
    columns: list[Column] = []
    for key, ftype, _default, column in spec:
        if records and not hasattr(records[0], column):
            continue
        values: list[Any] = []
        ref = ftype[4:] if ftype.startswith("ref:") else None
        for record in records:
            value = getattr(record, column)
            if ref is not None:
                value = codes.get(ref, {}).get(value) if value is not None else None
            elif isinstance(value, Quarter):
                value = str(value)
            values.append(value)
        columns.append(Column(key, _column_kind(key, ftype), values))
    return SheetData(kind.plural, columns)


def analysis_columns(snap: PlanSnapshot, notes: list[str]) -> list[Column]:
    """Alignment, rank and sequenced start per item, from the analysis modules this build has."""
    items = list(snap.items)
    out: list[Column] = []
    try:
        from stratplanner.analysis.alignment import item_alignment_scores
    except ImportError:
        item_alignment_scores = None  # type: ignore[assignment]
    if item_alignment_scores is not None:
        try:
            scores = item_alignment_scores(snap)
            out.append(
                Column(f"alignment {ANALYSIS_SUFFIX}", "percent", [scores.get(i.id) for i in items])
            )
        except Exception as exc:  # an optional column must not sink the export
            notes.append(f"The alignment column was left out: {exc}")
    ranking = None
    try:
        from stratplanner.analysis.scoring import rank_portfolio
    except ImportError:
        rank_portfolio = None  # type: ignore[assignment]
    if rank_portfolio is not None:
        try:
            ranking = rank_portfolio(snap)
            out.append(
                Column(f"rank {ANALYSIS_SUFFIX}", "int", [ranking.rank_of(i.id) for i in items])
            )
        except Exception as exc:
            notes.append(f"The rank column was left out: {exc}")
    try:
        from stratplanner.analysis.sequencing import sequence_portfolio
    except ImportError:
        sequence_portfolio = None  # type: ignore[assignment]
    if sequence_portfolio is not None:
        try:
            result = (
                sequence_portfolio(snap, ranking)
                if ranking is not None
                else sequence_portfolio(snap)
            )
            starts = []
            for item in items:
                placement = result.by_item.get(item.id)
                start = getattr(placement, "start", None) if placement is not None else None
                starts.append(str(start) if start is not None else None)
            out.append(Column(f"sequenced start {ANALYSIS_SUFFIX}", "quarter", starts))
        except Exception as exc:
            notes.append(f"The sequenced start column was left out: {exc}")
    return out


def plan_tables(
    snap: PlanSnapshot,
    kinds: list[str] | None = None,
    *,
    analysis: bool = True,
    notes: list[str] | None = None,
) -> list[SheetData]:
    """The sheets of an export: one per kind (all interchange kinds when ``kinds`` is None)."""
    notes = notes if notes is not None else []
    codes = _codes(snap)
    wanted = [kind_named(k).plural for k in kinds] if kinds else list(RECORD_FIELDS)
    sheets = []
    for plural in wanted:
        sheet = table_for(snap, plural, codes)
        if plural == "items" and analysis:
            sheet.columns.extend(analysis_columns(snap, notes))
        sheets.append(sheet)
    return sheets


def _plan_sheet(snap: PlanSnapshot) -> SheetData:
    info = snap.info
    keys = ["title", "organization", "currency", "start", "quarters"]
    values = [info.title, info.organization, info.currency, str(info.start), info.quarters]
    return SheetData(PLAN_SHEET, [Column("setting", "text", keys), Column("value", "text", values)])


# -- XLSX ------------------------------------------------------------------------------

_FORMATS = {
    "money": "#,##0",
    "number": "#,##0.0#",
    "int": "0",
    "percent": "0%",
    "date": "yyyy-mm-dd",
}


def _width(column: Column) -> float:
    longest = len(column.header)
    for value in column.values[:2000]:
        if value is None:
            continue
        text = f"{value:,.0f}" if isinstance(value, float) else str(value)
        longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
    return float(min(max(longest + 2, 8), 60))


def write_xlsx(
    sheets: list[SheetData],
    target: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """A workbook with one formatted sheet per table: bold filled header, widths, frozen header."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(vertical="top")
    total = sum(s.row_count for s in sheets) or 1
    done = 0
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name[:31])
        ws.freeze_panes = "A2"
        for index, column in enumerate(sheet.columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = _width(column)
        if sheet.columns:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{sheet.row_count + 1}"
        header = []
        for column in sheet.columns:
            cell = WriteOnlyCell(ws, value=column.header)
            cell.font = bold
            cell.fill = fill
            cell.alignment = wrap
            header.append(cell)
        ws.append(header)
        formats = [_FORMATS.get(c.kind) for c in sheet.columns]
        for r in range(sheet.row_count):
            row: list[Any] = []
            for column, fmt in zip(sheet.columns, formats, strict=True):
                value = column.values[r]
                if isinstance(value, str):
                    if ILLEGAL_CHARACTERS_RE.search(value):
                        value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    if len(value) > XLSX_CELL_LIMIT:
                        _discard(wb)
                        raise _too_long(sheet, r, column, len(value), "xlsx")
                    if dangerous(value):
                        cell = WriteOnlyCell(ws, value=value)
                        cell.data_type = "s"
                        cell.quotePrefix = True
                        row.append(cell)
                        continue
                    row.append(value)
                elif value is None or fmt is None or isinstance(value, bool):
                    row.append(value)
                else:
                    cell = WriteOnlyCell(ws, value=value)
                    cell.number_format = fmt
                    row.append(cell)
            ws.append(row)
            done += 1
            if progress is not None and done % 5000 == 0:
                progress(done, total)
    dimensions = {
        f"xl/worksheets/sheet{n}.xml": (
            f"A1:{get_column_letter(max(len(sheet.columns), 1))}{sheet.row_count + 1}"
        )
        for n, sheet in enumerate(sheets, start=1)
    }
    try:
        with atomic_path(target) as tmp:
            wb.save(tmp)
            _add_dimensions(tmp, dimensions)
    except BaseException:
        _discard(wb)
        raise
    if progress is not None:
        progress(total, total)
    return Path(target)


_SHEET_PR_END = re.compile(rb"(<sheetPr\b[^>]*/>|</sheetPr>)")
_WORKSHEET_START = re.compile(rb"<worksheet\b[^>]*>")


def _add_dimensions(path: Path, dimensions: dict[str, str]) -> None:
    """Write each sheet's size into it, as spreadsheet programs do.

    openpyxl's streaming writer can't know the size up front and leaves it
    out; readers (openpyxl among them) then scan a whole sheet just to learn
    it. The workbook is rewritten once with ``<dimension ref="A1:T5001"/>``
    where the schema puts it (after ``sheetPr``).
    """
    rewritten = path.with_name(path.name + ".dim")
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(rewritten, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            ref = dimensions.get(info.filename)
            if ref is not None and b"<dimension" not in data[:4096]:
                tag = f'<dimension ref="{ref}"/>'.encode()
                head = data[:4096]
                match = _SHEET_PR_END.search(head) or _WORKSHEET_START.search(head)
                if match is not None:
                    data = data[: match.end()] + tag + data[match.end() :]
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    rewritten.replace(path)


def _discard(wb: Any) -> None:
    """Close the streaming sheets of a workbook that was not saved and drop their temp files."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None or getattr(ws, "closed", True):
            continue
        with contextlib.suppress(Exception):
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def export_xlsx(
    snap: PlanSnapshot,
    target: str | os.PathLike[str],
    *,
    kinds: list[str] | None = None,
    analysis: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write the plan (or the given kinds) as a workbook; a plan sheet lists the settings."""
    notes: list[str] = []
    sheets = plan_tables(snap, kinds, analysis=analysis, notes=notes)
    if not kinds:
        sheets.append(_plan_sheet(snap))
    path = write_xlsx(sheets, target, progress=progress)
    return ExportResult(path, {s.name: s.row_count for s in sheets}, notes)


# -- CSV -------------------------------------------------------------------------------


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


def write_csv(sheet: SheetData, target: str | os.PathLike[str]) -> Path:
    """UTF-8 with a BOM (so Excel reads accents), comma-separated, formula cells neutralised."""
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([neutralise(c.header) for c in sheet.columns])
        for r in range(sheet.row_count):
            row = [_csv_text(c.values[r]) for c in sheet.columns]
            for column, text in zip(sheet.columns, row, strict=True):
                if len(text) > TEXT_CELL_LIMIT:
                    raise _too_long(sheet, r, column, len(text), "csv")
            writer.writerow(row)
    return Path(target)


def export_csv(
    snap: PlanSnapshot, target: str | os.PathLike[str], *, kind: str, analysis: bool = True
) -> ExportResult:
    notes: list[str] = []
    sheet = plan_tables(snap, [kind], analysis=analysis, notes=notes)[0]
    path = write_csv(sheet, target)
    return ExportResult(path, {sheet.name: sheet.row_count}, notes)


__all__ = [
    "FORMULA_STARTS",
    "Column",
    "ExportResult",
    "SheetData",
    "TextTooLongError",
    "analysis_columns",
    "export_csv",
    "export_xlsx",
    "neutralise",
    "plan_tables",
    "table_for",
    "write_csv",
    "write_xlsx",
]
