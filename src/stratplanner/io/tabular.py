"""Reading tables from CSV and XLSX files written by anyone, one row at a time.

``open_table(path)`` looks at the bytes (not the extension) to tell CSV text
from an XLSX workbook, detects the encoding (UTF-8 with or without BOM,
UTF-16, Windows-1252) and the delimiter (``,`` ``;`` tab ``|``), finds the
header row below any title or empty rows, and picks the sheet (skipping hidden
ones). ``TableSource.rows()`` then streams the data rows with their row
numbers as the user's spreadsheet shows them, so a 200 MB file is never held in
memory by the reader.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import time as _time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from stratplanner.analysis.text import number_g
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.io.parse_values import normalise_header

Progress = Callable[[int, int], None]

HEADER_SCAN_ROWS = 30
#: The longest text one cell may hold, in characters: what CSV import reads and
#: what CSV export writes (so an export always imports again). It is Python's
#: csv module default, set explicitly when reading.
TEXT_CELL_LIMIT = 131_072
#: The longest text a spreadsheet cell holds (Excel's limit; openpyxl cuts longer text).
XLSX_CELL_LIMIT = 32_767

# Bounds on reading an XLSX workbook (a zip of XML parts), so a small hostile file
# can't take unbounded time or memory. Each is checked as the parts stream.
#: Rows in a sheet: Excel's own limit.
XLSX_MAX_ROWS = 1_048_576
#: Cells read from a sheet (about a million rows of 48 columns).
XLSX_MAX_CELLS = 50_000_000
#: Shared strings (the workbook's table of distinct texts), all held in memory by the reader.
XLSX_MAX_SHARED_STRINGS = 5_000_000
#: Bytes of all parts together once unpacked, as declared and as actually read.
XLSX_MAX_BYTES = 2 << 30
#: Seconds one read of a workbook may take.
XLSX_MAX_SECONDS = 1200.0
#: Bytes of one tag or text run in the XML: a cell of TEXT_CELL_LIMIT characters
#: fits even written as character references.
_XLSX_MAX_RUN = TEXT_CELL_LIMIT * 10
DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_BYTES = 256 * 1024


class TabularError(Exception):
    """The file can't be read as a table; the message says why and what to do."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    state: str  # "visible", "hidden" or "veryHidden"

    @property
    def hidden(self) -> bool:
        return self.state != "visible"


@dataclass
class TableSource:
    """A table found in a file: its headers, where they are, and how to stream its rows."""

    path: Path
    format: str  # "csv" or "xlsx"
    headers: list[str]
    header_row: int
    sheet: str | None = None
    sheets: list[SheetInfo] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)
    size: int = 0
    _merged: list[tuple[int, int, int, int]] = field(default_factory=list, repr=False)
    #: An open workbook shared by several sources of one file (the caller closes it).
    _workbook: Any = field(default=None, repr=False)

    def rows(self, progress: Progress | None = None) -> Iterator[tuple[int, list[Any]]]:
        """(row number, cells) for every non-empty row below the header, padded to the headers."""
        width = len(self.headers)
        raw = _csv_rows(self, progress) if self.format == "csv" else _xlsx_rows(self, progress)
        for number, found in raw:
            if number <= self.header_row:
                continue
            cells = found
            if len(cells) < width:
                cells = [*cells, *([None] * (width - len(cells)))]
            elif len(cells) > width:
                extra = cells[width:]
                cells = cells[:width]
                if any(not _blank(c) for c in extra):
                    cells.append(_Overflow(extra))
            if all(_blank(c) for c in cells[:width]):
                continue
            yield number, cells

    def sample(self, limit: int = 50) -> list[tuple[int, list[Any]]]:
        """The first ``limit`` data rows (for guessing and previews)."""
        out = []
        for row in self.rows():
            out.append(row)
            if len(out) >= limit:
                break
        return out


class _Overflow(list[Any]):
    """Cells beyond the last header, kept so the importer can warn about them."""


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_header(value: Any) -> str:
    """Header text on one line.

    'Project - Start Date\\n(Latest…)' → 'Project - Start Date (Latest…)'.
    """
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        value = value.isoformat()
    return " ".join(str(value).split())


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _unique_headers(cells: list[Any]) -> list[str]:
    headers: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = clean_header(cell) or f"Column {_column_letter(index)}"
        key = text.casefold()
        if key in seen:
            seen[key] += 1
            text = f"{text} ({seen[key]})"
        else:
            seen[key] = 1
        headers.append(text)
    return headers


def _looks_like_label(value: Any) -> bool:
    if isinstance(value, bool | int | float | datetime | date | time):
        return False
    text = str(value).strip()
    return bool(text) and not re.fullmatch(r"[\d\s.,$£€%:/-]+", text)


def find_header_row(rows: list[tuple[int, list[Any]]]) -> int | None:
    """The row number of the header: the first wide row of labels below any title or blank rows."""
    counts = [(n, sum(1 for c in cells if not _blank(c)), cells) for n, cells in rows]
    widest = max((c for _n, c, _cells in counts), default=0)
    if widest == 0:
        return None
    need = max(1, (widest + 1) // 2)
    for number, count, cells in counts:
        filled = [c for c in cells if not _blank(c)]
        if count >= need and sum(1 for c in filled if _looks_like_label(c)) >= max(
            1, (len(filled) * 2) // 3
        ):
            return number
    return next(n for n, c, _cells in counts if c)


# -- file type -------------------------------------------------------------------------


def sniff_format(path: Path) -> str:
    """'xlsx', 'csv', or a TabularError naming what the file really is."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise _refused(translate("TableFiles", "There is no file at {path}."), path) from None
    except IsADirectoryError:
        raise _refused(
            translate("TableFiles", "{path} is a folder, not a spreadsheet."), path
        ) from None
    except OSError as exc:
        raise _refused(
            translate("TableFiles", "{file} can't be read: {error}."),
            path,
            error=exc.strerror or exc,
        ) from None
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _refused(
            translate(
                "TableFiles",
                "{file} is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and "
                "import that.",
            ),
            path,
        )
    if head.startswith(b"%PDF"):
        raise _refused(
            translate("TableFiles", "{file} is a PDF document, not a spreadsheet."), path
        )
    return "csv"


def _refused(message: str, path: Path, **names: Any) -> TabularError:
    """A TabularError from a translated sentence naming the file as {file} or {path}."""
    return TabularError(message.format(file=path.name, path=path, **names))


def open_table(
    path: str | Path,
    *,
    expected: str | None = None,
    sheet: str | None = None,
    sheet_hint: tuple[str, ...] = (),
    header_row: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    workbook: Any = None,
) -> TableSource:
    """Find the table in a CSV or XLSX file. ``expected`` ('csv'/'xlsx') refuses the other kind.

    ``workbook``: an XLSX already open (read-only openpyxl) to share between the
    sheets of one file; the caller closes it when done with every source.

    ``sheet_hint`` names sheets to prefer (e.g. "items") when ``sheet`` isn't given.
    """
    file = Path(path)
    kind = sniff_format(file)
    if expected is not None and kind != expected:
        if kind == "xlsx":
            raise _refused(
                translate(
                    "TableFiles",
                    "{file} is an Excel workbook (XLSX), not CSV text; import it as xlsx.",
                ),
                file,
            )
        raise _refused(
            translate(
                "TableFiles",
                "{file} is not an Excel workbook (it holds plain text); import it as csv.",
            ),
            file,
        )
    if kind == "xlsx":
        return _open_xlsx(file, sheet, sheet_hint, header_row, workbook)
    return _open_csv(file, header_row, encoding, delimiter)


@contextlib.contextmanager
def opened_table(path: str | Path, **options: Any) -> Iterator[TableSource]:
    """``open_table`` for a whole import: an XLSX is loaded once and shared by every read
    (header, sample, rows) until the block ends."""
    file = Path(path)
    workbook = (
        _load_workbook(file)
        if sniff_format(file) == "xlsx" and options.get("expected") != "csv"
        else None
    )
    try:
        yield open_table(file, workbook=workbook, **options)
    finally:
        if workbook is not None:
            workbook.close()


# -- CSV -------------------------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """The text encoding of a CSV file: BOMs first, then UTF-16 by its zeros, UTF-8, cp1252."""
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE_BYTES)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            return "utf-32"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if b"\x00" in head:
            even = head[0::2].count(0)
            odd = head[1::2].count(0)
            half = len(head) // 2 or 1
            if odd > half * 0.3 and even < half * 0.05:
                return "utf-16-le"
            if even > half * 0.3 and odd < half * 0.05:
                return "utf-16-be"
            raise _refused(
                translate(
                    "TableFiles",
                    "{file} holds binary data, not a text table; export it from its program as "
                    "CSV or XLSX.",
                ),
                path,
            )
        fh.seek(0)
        decoder: codecs.IncrementalDecoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the sample into the most consistent number of columns."""
    lines = sample.splitlines(keepends=True)
    if len(lines) > 1:
        sample = "".join(lines[:-1])  # the last line may be cut short
    best, best_score = ",", (0.0, 0)
    for delim in DELIMITERS:
        try:
            records = [r for r in csv.reader(io.StringIO(sample), delimiter=delim) if any(r)][:60]
        except csv.Error:
            continue
        if not records:
            continue
        widths = [len(r) for r in records]
        mode = max(set(widths), key=widths.count)
        if mode < 2:
            continue
        score = (widths.count(mode) / len(widths), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _open_csv(
    path: Path, header_row: int | None, encoding: str | None, delimiter: str | None
) -> TableSource:
    enc = encoding or detect_encoding(path)
    try:
        with path.open("r", encoding=enc, newline="") as fh:
            sample = fh.read(_SAMPLE_BYTES // 2)
    except (UnicodeDecodeError, LookupError) as exc:
        raise _refused(
            translate("TableFiles", "{file} can't be read as {encoding} text ({error})."),
            path,
            encoding=enc,
            error=exc,
        ) from None
    if not sample.strip():
        raise _refused(
            translate("TableFiles", "{file} is empty; there is no table to import."), path
        )
    delim = delimiter or sniff_delimiter(sample)
    source = TableSource(
        path, "csv", [], 0, encoding=enc, delimiter=delim, size=path.stat().st_size
    )
    head: list[tuple[int, list[Any]]] = []
    for number, cells in _csv_rows(source, None):
        head.append((number, cells))
        if len(head) >= HEADER_SCAN_ROWS:
            break
    found = header_row or find_header_row(head)
    if found is None:
        raise _refused(
            translate("TableFiles", "{file} has no rows with values; there is no table to import."),
            path,
        )
    header_cells = next((cells for n, cells in head if n == found), None)
    if header_cells is None:
        raise _refused(
            translate("TableFiles", "{file} has no row {row} to use as the header."),
            path,
            row=found,
        )
    source.header_row = found
    source.headers = _unique_headers(header_cells)
    if found != 1:
        read = translate(
            "TableFiles",
            "Read {file} as {encoding} text with columns separated by {separator}; the header "
            "is row {row}.",
        )
    else:
        read = translate(
            "TableFiles", "Read {file} as {encoding} text with columns separated by {separator}."
        )
    separator = translate("TableFiles", _SEPARATORS[delim])
    source.notes.append(
        read.format(file=path.name, encoding=_encoding_label(enc), separator=separator, row=found)
    )
    return source


#: A CSV file's delimiter as the note on how it was read names it.
_SEPARATORS = {
    ",": QT_TRANSLATE_NOOP("TableFiles", "commas"),
    ";": QT_TRANSLATE_NOOP("TableFiles", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("TableFiles", "tabs"),
    "|": QT_TRANSLATE_NOOP("TableFiles", "vertical bars"),
}
_ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("TableFiles", "UTF-8 (with BOM)"),
    "utf-16": "UTF-16",
    "utf-16-le": QT_TRANSLATE_NOOP("TableFiles", "UTF-16 (little-endian, no BOM)"),
    "utf-16-be": QT_TRANSLATE_NOOP("TableFiles", "UTF-16 (big-endian, no BOM)"),
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}


def _encoding_label(enc: str) -> str:
    label = _ENCODINGS.get(enc)
    return translate("TableFiles", label) if label else enc


def _csv_rows(source: TableSource, progress: Progress | None) -> Iterator[tuple[int, list[Any]]]:
    assert source.encoding is not None and source.delimiter is not None
    if csv.field_size_limit() != TEXT_CELL_LIMIT:
        csv.field_size_limit(TEXT_CELL_LIMIT)
    with source.path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=source.encoding, newline="")
        reader = csv.reader(text, delimiter=source.delimiter)
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                if progress is not None and number % 2000 == 0:
                    progress(raw.tell(), source.size)
                yield number, list(cells)
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise _refused(
                    translate(
                        "TableFiles",
                        "Row {row} of {file} has a cell longer than {limit} characters, more "
                        "than StratPlanner imports; shorten that text (or keep it in a linked "
                        "document) and import again.",
                    ),
                    source.path,
                    row=number + 1,
                    limit=format_number(TEXT_CELL_LIMIT),
                ) from None
            raise _refused(
                translate(
                    "TableFiles",
                    "Row {row} of {file} can't be read as CSV ({error}); is it really a table?",
                ),
                source.path,
                row=number + 1,
                error=exc,
            ) from None
        except UnicodeDecodeError as exc:
            raise _refused(
                translate(
                    "TableFiles", "Row {row} of {file} is not valid {encoding} text ({error})."
                ),
                source.path,
                row=number + 1,
                encoding=source.encoding,
                error=exc.reason,
            ) from None
        if progress is not None:
            progress(source.size, source.size)


# -- XLSX ------------------------------------------------------------------------------


def _gib(n: int) -> str:
    if n >= 1 << 30:
        return translate("TableFiles", "{size} GiB").format(size=number_g(n / (1 << 30)))
    return translate("TableFiles", "{size} MiB").format(size=number_g(n / (1 << 20)))


def _too_slow(path: Path) -> TabularError:
    return _refused(
        translate(
            "TableFiles",
            "Reading {file} took longer than {minutes} minutes, the most an import may take; "
            "save the table as CSV (which reads much faster) or split it into smaller files.",
        ),
        path,
        minutes=number_g(XLSX_MAX_SECONDS / 60),
    )


_PREFIXED = {name: re.compile(rb"<\w+:%s[\s/>]" % name) for name in (b"si", b"row", b"c")}


def _count_tags(chunk: bytes, name: bytes) -> int:
    """How many ``<name …>`` (or ``<x:name …>``) start in ``chunk``, at C speed."""
    found = (
        chunk.count(b"<" + name + b">")
        + chunk.count(b"<" + name + b" ")
        + chunk.count(b"<" + name + b"/>")
    )
    if b":" + name in chunk:
        found += len(_PREFIXED[name].findall(chunk))
    return found


_LONG_RUN_RE = re.compile(rb"<[^<]{%d}" % _XLSX_MAX_RUN)
_checked: dict[Path, tuple[int, int]] = {}


def check_workbook(path: Path) -> None:
    """Refuse a workbook beyond the XLSX_* bounds before openpyxl reads it.

    Every part is unpacked once as a stream (memory stays at one chunk) and
    checked: its declared and actual unpacked size, the shared strings, rows and
    cells it holds, and that no tag or text is longer than a cell may be.
    """
    stat = path.stat()
    key = (stat.st_size, stat.st_mtime_ns)
    if _checked.get(path) == key:
        return
    started = _time.monotonic()
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # openpyxl says what is wrong
    with archive:
        infos = archive.infolist()
        declared = sum(i.file_size for i in infos)
        if declared > XLSX_MAX_BYTES:
            raise _refused(
                translate(
                    "TableFiles",
                    "{file} unpacks to {size}, more than the {limit} StratPlanner reads from a "
                    "workbook; save the table as CSV or split it into smaller files.",
                ),
                path,
                size=_gib(declared),
                limit=_gib(XLSX_MAX_BYTES),
            )
        total = strings = 0
        for info in infos:
            if info.is_dir():
                continue
            rows = cells = run = 0
            try:
                with archive.open(info) as fh:
                    while chunk := fh.read(1 << 20):
                        total += len(chunk)
                        if total > XLSX_MAX_BYTES or total > declared:
                            raise _unpacks_to_more(path)
                        first = chunk.find(b"<")
                        run += len(chunk) if first < 0 else first
                        if run > _XLSX_MAX_RUN or _LONG_RUN_RE.search(chunk):
                            raise _long_run(path)
                        if first >= 0:
                            run = len(chunk) - chunk.rfind(b"<") - 1
                        strings += _count_tags(chunk, b"si")
                        if strings > XLSX_MAX_SHARED_STRINGS:
                            raise _too_many_strings(path)
                        rows += _count_tags(chunk, b"row")
                        if rows > XLSX_MAX_ROWS:
                            raise _too_many_rows(path)
                        cells += _count_tags(chunk, b"c")
                        if cells > XLSX_MAX_CELLS:
                            raise _too_many_cells(path)
                        if _time.monotonic() - started > XLSX_MAX_SECONDS:
                            raise _too_slow(path)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as exc:
                raise _refused(
                    translate(
                        "TableFiles",
                        "{file} is damaged: its part {part} can't be unpacked ({error}); save it "
                        "again from its program.",
                    ),
                    path,
                    part=info.filename,
                    error=str(exc)[:120],
                ) from None
    _checked[path] = key


def _unpacks_to_more(path: Path) -> TabularError:
    return _refused(
        translate(
            "TableFiles",
            "{file} unpacks to more than it declares or than the {limit} StratPlanner reads "
            "from a workbook; it may be damaged; save the table as CSV and import that.",
        ),
        path,
        limit=_gib(XLSX_MAX_BYTES),
    )


def _long_run(path: Path) -> TabularError:
    return _refused(
        translate(
            "TableFiles",
            "{file} holds a cell or tag longer than {limit} characters, more than StratPlanner "
            "imports; shorten that text (or keep it in a linked document) and import again.",
        ),
        path,
        limit=format_number(TEXT_CELL_LIMIT),
    )


def _too_many_strings(path: Path) -> TabularError:
    return _refused(
        translate(
            "TableFiles",
            "{file} holds more than {limit} different texts (shared strings), more than "
            "StratPlanner reads from a workbook; save the table as CSV or split it into "
            "smaller files.",
        ),
        path,
        limit=format_number(XLSX_MAX_SHARED_STRINGS),
    )


def _too_many_rows(path: Path) -> TabularError:
    return _refused(
        translate(
            "TableFiles",
            "A sheet of {file} has more than {limit} rows, more than a spreadsheet holds; remove "
            "the empty rows below the table (or split it) and import again.",
        ),
        path,
        limit=format_number(XLSX_MAX_ROWS),
    )


def _too_many_cells(path: Path) -> TabularError:
    return _refused(
        translate(
            "TableFiles",
            "A sheet of {file} has more than {limit} cells, more than StratPlanner reads from a "
            "workbook; delete unused columns or split the table into smaller files.",
        ),
        path,
        limit=format_number(XLSX_MAX_CELLS),
    )


def _load_workbook(path: Path) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    check_workbook(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError) as exc:
        raise _refused(
            translate("TableFiles", "{file} is not a readable Excel workbook ({error})."),
            path,
            error=f"{type(exc).__name__}: {str(exc)[:120]}",
        ) from None


def _pick_sheet(
    path: Path, wb: Any, sheet: str | None, hints: tuple[str, ...]
) -> tuple[Any, list[str]]:
    notes: list[str] = []
    worksheets = list(wb.worksheets)
    if not worksheets:
        raise _refused(translate("TableFiles", "{file} has no worksheets."), path)
    listed = ", ".join(repr(ws.title) for ws in worksheets)
    visible = [ws for ws in worksheets if ws.sheet_state == "visible"]
    hidden = [ws.title for ws in worksheets if ws.sheet_state != "visible"]
    if sheet is not None:
        match = next((ws for ws in worksheets if ws.title == sheet), None) or next(
            (ws for ws in worksheets if ws.title.casefold() == sheet.casefold()), None
        )
        if match is None:
            raise _refused(
                translate(
                    "TableFiles", "{file} has no sheet called {sheet}; its sheets are: {sheets}."
                ),
                path,
                sheet=repr(sheet),
                sheets=listed,
            )
        if match.sheet_state != "visible":
            notes.append(
                translate(
                    "TableFiles",
                    "Sheet {sheet} is hidden in the workbook; it was read because you chose it.",
                ).format(sheet=repr(match.title))
            )
        return match, notes
    if not visible:
        raise _refused(
            translate(
                "TableFiles",
                "Every sheet in {file} is hidden; choose one by name (its sheets are: {sheets}).",
            ),
            path,
            sheets=listed,
        )
    wanted = {normalise_header(h) for h in hints}
    chosen = next((ws for ws in visible if normalise_header(ws.title) in wanted), None)
    if chosen is None:
        active = wb.active
        chosen = active if active is not None and active in visible else visible[0]
    if len(worksheets) > 1:
        others = [ws.title for ws in visible if ws is not chosen]
        if others:
            read = translate(
                "TableFiles", "Read sheet {sheet}; other sheets ({others}) were not read."
            )
        else:
            read = translate("TableFiles", "Read sheet {sheet}.")
        notes.append(
            read.format(sheet=repr(chosen.title), others=", ".join(repr(t) for t in others))
        )
    if len(hidden) == 1:
        notes.append(
            translate("TableFiles", "Hidden sheet {sheet} was skipped.").format(
                sheet=repr(hidden[0])
            )
        )
    elif hidden:
        notes.append(
            translate("TableFiles", "Hidden sheets {sheets} were skipped.").format(
                sheets=", ".join(repr(t) for t in hidden)
            )
        )
    return chosen, notes


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?"')
_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[\s/>]")
_FORMULA_NO_VALUE_RE = re.compile(
    rb"<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_CELL_RE = re.compile(r"^([A-Z]+)([0-9]+)$")


def _cell_position(ref: str) -> tuple[int, int]:
    match = _CELL_RE.match(ref)
    assert match is not None
    letters, digits = match.groups()
    col = 0
    for ch in letters:
        col = col * 26 + (ord(ch) - 64)
    return int(digits), col


def _scan_sheet_xml(wb: Any, ws: Any) -> tuple[list[tuple[int, int, int, int]], int, int]:
    """Merged ranges (row1, col1, row2, col2), formula count, formulas with no saved result."""
    archive = getattr(wb, "_archive", None)
    member = getattr(ws, "_worksheet_path", None)
    if archive is None or member is None:
        return [], 0, 0
    merged: set[tuple[int, int, int, int]] = set()
    formulas = uncalculated = 0
    overlap = 4096
    tail = b""
    with archive.open(member) as fh:
        while True:
            chunk = fh.read(1 << 20)
            data = tail + chunk
            cut = len(data) - overlap if chunk else len(data)
            # Only count matches that start before the cut, so none is counted twice.
            for m in _MERGE_RE.finditer(data):
                if m.start() < cut:
                    first = m.group(1).decode()
                    last = (m.group(2) or m.group(1)).decode()
                    r1, c1 = _cell_position(first)
                    r2, c2 = _cell_position(last)
                    merged.add((r1, c1, r2, c2))
            formulas += sum(1 for m in _FORMULA_RE.finditer(data) if m.start() < cut)
            uncalculated += sum(1 for m in _FORMULA_NO_VALUE_RE.finditer(data) if m.start() < cut)
            if not chunk:
                break
            tail = data[cut:]
    return sorted(merged), formulas, uncalculated


def _open_xlsx(
    path: Path,
    sheet: str | None,
    hints: tuple[str, ...],
    header_row: int | None,
    workbook: Any = None,
) -> TableSource:
    wb = workbook if workbook is not None else _load_workbook(path)
    try:
        ws, notes = _pick_sheet(path, wb, sheet, hints)
        sheets = [SheetInfo(w.title, w.sheet_state) for w in wb.worksheets]
        merged, formulas, uncalculated = _scan_sheet_xml(wb, ws)
        source = TableSource(
            path,
            "xlsx",
            [],
            0,
            sheet=ws.title,
            sheets=sheets,
            notes=notes,
            size=path.stat().st_size,
            _merged=merged,
            _workbook=workbook,
        )
        head: list[tuple[int, list[Any]]] = []
        for number, cells in _xlsx_rows(source, None, wb=wb):
            head.append((number, cells))
            if len(head) >= HEADER_SCAN_ROWS:
                break
    finally:
        if workbook is None:
            wb.close()
    found = header_row or find_header_row(head)
    if found is None:
        raise _refused(
            translate(
                "TableFiles", "Sheet {sheet} of {file} is empty; there is no table to import."
            ),
            path,
            sheet=repr(source.sheet),
        )
    header_cells = next((cells for n, cells in head if n == found), None)
    if header_cells is None:
        raise _refused(
            translate("TableFiles", "Sheet {sheet} has no row {row} to use as the header."),
            path,
            sheet=repr(source.sheet),
            row=found,
        )
    while header_cells and _blank(header_cells[-1]):
        header_cells = header_cells[:-1]
    source.header_row = found
    source.headers = _unique_headers(header_cells)
    if found != 1:
        source.notes.append(
            translate("TableFiles", "The header is row {row} of sheet {sheet}.").format(
                row=found, sheet=repr(source.sheet)
            )
        )
    if merged:
        shown = ", ".join(_range_text(r) for r in merged[:5]) + (" …" if len(merged) > 5 else "")
        ranges = len(merged)
        source.notes.append(
            translate(
                "TableFiles",
                "%n merged cell range(s) ({ranges}): each cell was read as holding the merged "
                "value.",
                None,
                ranges,
            ).format(ranges=shown)
        )
    if formulas:
        source.notes.append(
            translate(
                "TableFiles",
                "%n cell(s) hold formulas; the results the spreadsheet last saved were read.",
                None,
                formulas,
            )
        )
    if uncalculated:
        source.notes.append(
            translate(
                "TableFiles",
                "%n formula cell(s) have no saved result and were read as empty; open the file "
                "in a spreadsheet program and save it to store their results.",
                None,
                uncalculated,
            )
        )
    return source


def _range_text(rng: tuple[int, int, int, int]) -> str:
    r1, c1, r2, c2 = rng
    first = f"{_column_letter(c1 - 1)}{r1}"
    return first if (r1, c1) == (r2, c2) else f"{first}:{_column_letter(c2 - 1)}{r2}"


def _xlsx_rows(
    source: TableSource, progress: Progress | None, *, wb: Any = None
) -> Iterator[tuple[int, list[Any]]]:
    if wb is None:
        wb = source._workbook
    own = wb is None
    if own:
        wb = _load_workbook(source.path)
    try:
        ws = wb[source.sheet]
        estimated = ws.max_row or 0
        # Writers often store a wrong size (e.g. "A1"); read every row that is there.
        ws.reset_dimensions()
        merged = source._merged
        by_start: dict[int, list[tuple[int, int, int, int]]] = {}
        for rng in merged:
            by_start.setdefault(rng[0], []).append(rng)
        active: list[tuple[tuple[int, int, int, int], Any]] = []
        started = _time.monotonic()
        read = 0
        for number, values in enumerate(
            ws.iter_rows(min_row=1, min_col=1, values_only=True), start=1
        ):
            if number > XLSX_MAX_ROWS:
                raise _too_many_rows(source.path)
            cells = list(values)
            read += len(cells)
            if read > XLSX_MAX_CELLS:
                raise _too_many_cells(source.path)
            if number % 1000 == 0 and _time.monotonic() - started > XLSX_MAX_SECONDS:
                raise _too_slow(source.path)
            for index, value in enumerate(cells):
                if isinstance(value, str) and len(value) > TEXT_CELL_LIMIT:
                    raise _refused(
                        translate(
                            "TableFiles",
                            "Cell {cell} of sheet {sheet} in {file} holds {length} characters, "
                            "more than the {limit} StratPlanner imports; shorten it and import "
                            "again.",
                        ),
                        source.path,
                        cell=f"{_column_letter(index)}{number}",
                        sheet=repr(source.sheet),
                        length=format_number(len(value)),
                        limit=format_number(TEXT_CELL_LIMIT),
                    )
            if merged:
                for rng in by_start.get(number, ()):
                    col = rng[1] - 1
                    active.append((rng, cells[col] if col < len(cells) else None))
                active = [(r, v) for r, v in active if r[2] >= number]
                for (r1, c1, _r2, c2), value in active:
                    if len(cells) < c2:
                        cells.extend([None] * (c2 - len(cells)))
                    for col in range(c1 - 1, c2):
                        if (number, col + 1) != (r1, c1):
                            cells[col] = value
            if progress is not None and number % 2000 == 0:
                progress(number, max(estimated, number))
            yield number, cells
        if progress is not None:
            progress(max(estimated, 1), max(estimated, 1))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise _refused(
            translate("TableFiles", "{file} is damaged: {error}."), source.path, error=exc
        ) from None
    finally:
        if own:
            wb.close()


__all__ = [
    "TEXT_CELL_LIMIT",
    "XLSX_CELL_LIMIT",
    "XLSX_MAX_BYTES",
    "XLSX_MAX_CELLS",
    "XLSX_MAX_ROWS",
    "XLSX_MAX_SECONDS",
    "XLSX_MAX_SHARED_STRINGS",
    "SheetInfo",
    "TableSource",
    "TabularError",
    "check_workbook",
    "clean_header",
    "detect_encoding",
    "find_header_row",
    "open_table",
    "opened_table",
    "sniff_delimiter",
    "sniff_format",
]
