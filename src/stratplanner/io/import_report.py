"""What a spreadsheet import found, and the checked import ready to apply as one step."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stratplanner.commands.base import Command, Macro
from stratplanner.commands.bulk import InsertRecords
from stratplanner.commands.settings import UpdateSettings
from stratplanner.i18n import translate
from stratplanner.io.mapping import counted_label, plural_label

Progress = Callable[[int, int], None]


class ImportRejected(Exception):
    """Rows were rejected and the clean subset was not accepted: the plan is unchanged."""

    def __init__(self, report: ImportReport):
        self.report = report
        n = len(report.rejected)
        super().__init__(
            translate(
                "ImportReport",
                "%n row(s) of {source} can't be imported, so nothing was changed; fix them, or "
                "accept importing the other rows.",
                None,
                n,
            ).format(source=report.source)
        )
        self.problems = report.lines()


# -- report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportWording:
    """How the report tells the user to change a choice: the command line names its flags
    (the default, pinned by the CLI's tests); the desktop dialog names its own controls, so
    a planner who never saw a terminal is not told to type ``--unknown``.

    Each is the tail of a sentence; ``{one}`` is the kind as one record ("business unit"),
    ``{label}`` its plural, ``{code}`` and ``{target}`` the currencies of a rate.
    """

    #: a row rejected because a name matches nothing (the policy is reject)
    unknown_rejected: str = "--unknown create or empty imports it"
    #: names that will be created in a plan that has records of that kind
    unknown_created: str = "--unknown empty leaves those fields empty instead"
    #: names that were left empty
    unknown_emptied: str = "--unknown create makes the {label} instead"
    #: amounts with a bare "$" were taken as one dollar
    other_dollar: str = "if they are another dollar, say which (command line: --currency CAD)"
    #: the amounts need a rate to the plan's currency
    give_rate: str = "give the rate, e.g. --rate {code}=1.25 (one {code} in {target})"

    def say(self, phrase: str, **names: str) -> str:
        """One phrasing with its names filled in."""
        return str(getattr(self, phrase)).format(**names)


#: The command line's wording (the default everywhere).
CLI_WORDING = ImportWording()


@dataclass(frozen=True)
class RowProblem:
    row: int
    message: str
    sheet: str | None = None

    def __str__(self) -> str:
        if self.sheet:
            return translate("ImportReport", "{sheet} row {row}: {message}").format(
                sheet=repr(self.sheet), row=self.row, message=self.message
            )
        return translate("ImportReport", "row {row}: {message}").format(
            row=self.row, message=self.message
        )


@dataclass(frozen=True)
class CellWarning:
    row: int
    column: str
    message: str
    sheet: str | None = None

    def __str__(self) -> str:
        if self.sheet:
            return translate("ImportReport", "{sheet} row {row}, {column}: {message}").format(
                sheet=repr(self.sheet), row=self.row, column=self.column, message=self.message
            )
        return translate("ImportReport", "row {row}, {column}: {message}").format(
            row=self.row, column=self.column, message=self.message
        )


@dataclass
class ImportReport:
    """What an import found: every rejected row, every cell left empty, what it will create."""

    source: str
    kinds: list[str] = field(default_factory=list)
    rows_read: int = 0
    accepted: dict[str, int] = field(default_factory=dict)
    rejected: list[RowProblem] = field(default_factory=list)
    warnings: list[CellWarning] = field(default_factory=list)
    created: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    mappings: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Things the user should know that changed what was imported (a name created or left
    #: empty, an amount assumed): printed as warnings, whatever the row.
    alerts: list[str] = field(default_factory=list)
    #: kind → name as written (that named no record exactly) → what was done:
    #: "match:CODE", "create", "empty" or "reject" (the GUI asks about these).
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    #: status word as written → status it became (and how many rows)
    statuses: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: plan settings the import changes (a new plan takes the file's currency)
    settings: dict[str, Any] = field(default_factory=dict)
    #: currency → the rate its amounts were converted at (into ``target_currency``)
    converted: dict[str, float] = field(default_factory=dict)
    #: the currency the imported amounts are in (None: the file names none)
    target_currency: str | None = None
    #: the dollar amounts written with a bare "$" were taken as (None: the file has none)
    dollar: str | None = None

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def record_count(self) -> int:
        return sum(self.accepted.values()) + sum(len(v) for v in self.created.values())

    def summary(self) -> str:
        """One sentence: rows read, records ready, rows rejected, cells left empty, names made."""
        parts = [
            counted_label(kind_name, n)
            for kind_name, n in self.accepted.items()
            if n or len(self.accepted) == 1
        ]
        rows = self.rows_read
        clauses = [
            translate("ImportReport", "{source}: %n row(s) read", None, rows).format(
                source=self.source
            ),
            translate("ImportReport", "{records} ready to import").format(
                records=", ".join(parts) or translate("ImportReport", "nothing")
            ),
        ]
        rejected, emptied = len(self.rejected), len(self.warnings)
        if rejected:
            clauses.append(translate("ImportReport", "%n row(s) rejected", None, rejected))
        if emptied:
            clauses.append(
                translate("ImportReport", "%n cell(s) left empty (warnings)", None, emptied)
            )
        for kind_name, codes in self.created.items():
            made = len(codes)
            clauses.append(
                translate("ImportReport", "%n new {records} to be created", None, made).format(
                    records=plural_label(kind_name, made)
                )
            )
        return translate("ImportReport", "{clauses}.").format(clauses="; ".join(clauses))

    def lines(self, limit: int | None = 200) -> list[str]:
        """The report as lines for a terminal: summary, rejected rows, warnings, notes."""
        out = [self.summary()]
        note = translate("ImportReport", "note: {text}")
        warning = translate("ImportReport", "warning: {text}")
        rejected = translate("ImportReport", "rejected: {text}")
        out.extend(note.format(text=n) for n in self.notes)
        out.extend(warning.format(text=a) for a in self.alerts)
        for kind_name, codes in self.created.items():
            more = len(codes) - 10
            shown = ", ".join(codes[:10])
            if more > 0:
                shown = translate("ImportReport", "{codes} and %n more", None, more).format(
                    codes=shown
                )
            out.append(
                translate("ImportReport", "note: will create {records} {codes}.").format(
                    records=plural_label(kind_name), codes=shown
                )
            )
        for i, problem in enumerate(self.rejected):
            if limit is not None and i >= limit:
                more = len(self.rejected) - limit
                out.append(translate("ImportReport", "rejected: … and %n more rows", None, more))
                break
            out.append(rejected.format(text=problem))
        for i, cell in enumerate(self.warnings):
            if limit is not None and i >= limit:
                more = len(self.warnings) - limit
                out.append(translate("ImportReport", "warning: … and %n more cells", None, more))
                break
            out.append(warning.format(text=cell))
        return out

    def warnings_by_column(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for w in self.warnings:
            counts[w.column] += 1
        return dict(counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "rows_read": self.rows_read,
            "accepted": dict(self.accepted),
            "rejected": [
                {"row": p.row, "sheet": p.sheet, "reason": p.message} for p in self.rejected
            ],
            "warnings": [
                {"row": w.row, "sheet": w.sheet, "column": w.column, "message": w.message}
                for w in self.warnings
            ],
            "created": {k: list(v) for k, v in self.created.items()},
            "notes": list(self.notes),
            "alerts": list(self.alerts),
            "names": {k: dict(v) for k, v in self.names.items()},
            "statuses": {w: {"status": s, "rows": n} for w, (s, n) in self.statuses.items()},
            "settings": {k: str(v) for k, v in self.settings.items()},
            "mappings": self.mappings,
        }


@dataclass
class RowOutcome:
    """One row as the preview shows it: converted values (references as written), fate, messages."""

    row: int
    values: dict[str, Any]
    rejected: str | None = None
    warnings: list[str] = field(default_factory=list)
    sheet: str | None = None


@dataclass
class PreparedImport:
    """A checked import: the report, the clean records, and the command that adds them."""

    report: ImportReport
    batches: list[tuple[str, list[dict[str, Any]]]]
    outcomes: list[RowOutcome]
    label: str

    def command(self, *, accept_clean: bool = False, progress: Progress | None = None) -> Command:
        """The one undoable step; raises ImportRejected if rows were rejected and not accepted."""
        if self.report.rejected and not accept_clean:
            raise ImportRejected(self.report)
        insert = InsertRecords(self.batches, label=self.label, progress=progress)
        if not self.report.settings:
            return insert
        return Macro(self.label, [UpdateSettings(self.report.settings), insert])


__all__ = [
    "CLI_WORDING",
    "CellWarning",
    "ImportRejected",
    "ImportReport",
    "ImportWording",
    "PreparedImport",
    "RowOutcome",
    "RowProblem",
]
