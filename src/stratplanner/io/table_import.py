"""Spreadsheet rows become records: everything is checked first, then added as one step.

``prepare_import(session, source, mapping)`` reads every row, converts each
mapped cell, resolves references by code or name, and returns a
:class:`PreparedImport`: the report (rejected rows with their row numbers and
reasons, warnings for cells that couldn't be read and were left empty) and the
clean records ready for one :class:`~stratplanner.commands.bulk.InsertRecords`.
Nothing touches the plan until the caller executes that command, and it is
refused while rows are rejected unless the caller accepts the clean subset.

A row is rejected only when it can't become a record at all: no title, a
duplicate code, a reference to nothing (or a missing required value such as a
link's strength). Anything else unreadable is a warning and the field keeps its
default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stratplanner.analysis.text import number_g
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.io.import_report import (
    CLI_WORDING,
    CellWarning,
    ImportRejected,
    ImportReport,
    ImportWording,
    PreparedImport,
    RowOutcome,
    RowProblem,
)
from stratplanner.io.mapping import (
    CREATABLE,
    Mapping,
    MappingError,
    field_name,
    fields_of,
    guess_mapping,
    kind_named,
    plural_label,
    version_notes,
)
from stratplanner.io.money_units import (
    DOLLAR,
    DOLLAR_CURRENCIES,
    column_currency,
    is_whole_life,
    is_yearly,
)
from stratplanner.io.name_matching import match_name
from stratplanner.io.parse_values import (
    NOTED_STATUS_WORDS,
    RAG_WORDS,
    CellError,
    choice_words,
    detect_day_month_order,
    is_blank,
    normalise_header,
    parse_bool,
    parse_choice,
    parse_date,
    parse_int,
    parse_money,
    parse_number,
    parse_quarter,
    parse_strength,
    show,
)
from stratplanner.io.plan_json import RECORD_FIELDS
from stratplanner.io.plan_json_schema import ENUMS
from stratplanner.io.record_lookup import RefError, Resolver, code_for_name, slug_code
from stratplanner.io.tabular import TableSource, TabularError, _Overflow, open_table, opened_table
from stratplanner.model.entities import (
    Base,
    Baseline,
    BudgetScenario,
    PlanSettings,
    WorkshopRound,
)
from stratplanner.model.kinds import KINDS, Kind
from stratplanner.model.rules import MONEY_FIELDS, check_code, check_fields, find_cycle
from stratplanner.model.values import Quarter

Progress = Callable[[int, int], None]
#: More rows than this are refused before any is converted (split the file).
MAX_ROWS = 1_000_000


def kind_order() -> list[str]:
    """Importable kinds in the order their records must exist (parents first)."""
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    kinds = [k for k in KINDS.values() if k.plural in RECORD_FIELDS]
    return [k.name for k in sorted(kinds, key=lambda k: order[k.table.name])]


_DEFAULT_PREFIX = {
    "business_unit": "BU",
    "person": "P",
    "objective": "OBJ",
    "team": "TEAM",
    "item": "ITEM",
    "kpi": "KPI",
}
_FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")
#: An item's status as the report's "Status words read" names it.
_STATUS_WORDS = {
    "proposed": QT_TRANSLATE_NOOP("ImportCheck", "proposed"),
    "approved": QT_TRANSLATE_NOOP("ImportCheck", "approved"),
    "in_progress": QT_TRANSLATE_NOOP("ImportCheck", "in progress"),
    "done": QT_TRANSLATE_NOOP("ImportCheck", "done"),
    "on_hold": QT_TRANSLATE_NOOP("ImportCheck", "on hold"),
    "cancelled": QT_TRANSLATE_NOOP("ImportCheck", "cancelled"),
}


def _status_word(status: str) -> str:
    marked = _STATUS_WORDS.get(status)
    return translate("ImportCheck", marked) if marked else status.replace("_", " ")


def _and(codes: list[str]) -> str:
    """'GBP and EUR': currency codes in a sentence."""
    return translate("ImportCheck", " and ", "between currency codes").join(codes)


# -- converting cells ------------------------------------------------------------------


def cell_text(value: Any, *, unescape: bool = False) -> str:
    """A cell as text; numbers without a needless '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(sep=" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if (
        unescape
        and text.startswith("'")
        and text.lstrip("'")[:1] in _FORMULA_CHARS
        and text.lstrip("'")
    ):
        text = text[1:]
    return text


@dataclass
class _Row:
    number: int
    raw: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    rejected: str | None = None
    temp: int | None = None
    #: The plan already has a record with this code (or pair); it is skipped if identical.
    existing: int | None = None
    skipped: bool = False


class CurrencyMismatch(MappingError):
    """The file's amounts are in a currency the plan isn't, and no rate was given."""

    def __init__(
        self,
        source: str,
        currencies: list[str],
        target: str,
        *,
        wording: ImportWording = CLI_WORDING,
        dollar: str | None = None,
        several: list[str] | None = None,
        converting: list[str] | None = None,
    ):
        self.currencies = currencies
        self.target = target
        #: every currency of the file that is converted to ``target``: those with a rate
        #: given and those without (``currencies``), so a caller asks for all of them
        self.converting = converting or list(currencies)
        #: the dollar a bare "$" was taken as (None: the file has none), as in the report
        self.dollar = dollar
        #: the file's currencies when the plan holds no amounts yet but the file's are in
        #: several: the plan can take only one, so ``currencies`` need rates into ``target``
        self.several = several
        named = _and(currencies)
        give = wording.say("give_rate", code=currencies[0], target=target)
        if several:
            message = translate(
                "ImportCheck",
                "The amounts in {source} are in {several}, but a plan keeps its amounts in one "
                "currency, so nothing was imported: convert them to the plan's currency, "
                "{target}, with a rate for {currencies} ({give}).",
            ).format(
                source=source, several=_and(several), target=target, currencies=named, give=give
            )
        else:
            message = translate(
                "ImportCheck",
                "The amounts in {source} are in {currencies} but the plan keeps its amounts in "
                "{target}, so nothing was imported: {give}, or import into a plan that holds no "
                "amounts yet.",
            ).format(source=source, currencies=named, target=target, give=give)
        super().__init__(message)


def plan_money(session: Session | None) -> tuple[str | None, int]:
    """The plan's currency and how many records hold amounts in it (None, 0 without a plan).

    Every money the plan holds counts, not only items (capex, opex, annual value, cost of
    delay; an item's value drivers go with it): a budget scenario's cap, a workshop round's
    budget, and a baseline (a copy of the plan, amounts and all, compared with it later).
    While this is 0 an import may give the plan the file's currency without changing the
    worth of anything already in it.
    """
    if session is None:
        return None, 0
    scenario, round_ = BudgetScenario.__table__.c, WorkshopRound.__table__.c
    holders = [
        select(func.count()).select_from(KINDS["item"].table),
        select(func.count()).where(scenario.budget.is_not(None)),
        select(func.count()).where(round_.budget.is_not(None)),
        select(func.count()).select_from(Baseline.__table__),
    ]
    try:
        currency = session.execute(select(PlanSettings.__table__.c.currency)).scalar()
        held = sum(int(session.execute(q).scalar() or 0) for q in holders)
    finally:
        session.rollback()
    return currency, held


class _KindImport:
    """Converting and checking the rows of one table for one kind."""

    def __init__(
        self,
        resolver: Resolver,
        source: TableSource,
        mapping: Mapping,
        report: ImportReport,
        created: dict[str, list[dict[str, Any]]],
        *,
        wording: ImportWording = CLI_WORDING,
    ):
        self.resolver = resolver
        self.wording = wording
        self.source = source
        self.mapping = mapping
        self.kind: Kind = KINDS[mapping.kind]
        self.report = report
        self.created = created
        self.sheet = source.sheet if source.format == "xlsx" else None
        self.specs = {s.key: s for s in fields_of(self.kind)}
        self.index: dict[str, int] = {}
        for key, header in mapping.columns.items():
            self.index[key] = self._column_index(header)
        self.headers = {key: source.headers[i] for key, i in self.index.items()}
        self.unescape = source.format == "csv"
        #: kind → folded name → (action, record id) decided for names that name no record
        self.decided: dict[str, dict[str, tuple[str, int | None]]] = {}
        #: kind → "name → CODE by acronym" lines for the report
        self.matched: dict[str, list[str]] = {}
        #: money field → rate to the plan's currency (only for columns in another currency)
        self.rates: dict[str, float] = {}

    def _column_index(self, header: str) -> int:
        headers = self.source.headers
        if header in headers:
            return headers.index(header)
        wanted = normalise_header(header)
        for i, h in enumerate(headers):
            if normalise_header(h) == wanted:
                return i
        columns = ", ".join(repr(h) for h in headers[:40])
        if self.source.sheet:
            message = translate(
                "ImportCheck",
                "The mapping reads {header}, but {file} (sheet {sheet}) has no such column; its "
                "columns are: {columns}.",
            )
        else:
            message = translate(
                "ImportCheck",
                "The mapping reads {header}, but {file} has no such column; its columns are: "
                "{columns}.",
            )
        raise MappingError(
            message.format(
                header=repr(header),
                file=self.source.path.name,
                sheet=repr(self.source.sheet),
                columns=columns,
            )
        )

    # -- money: currency, scale, whole-life or yearly -------------------------------
    def money_units(
        self,
        plan: tuple[str | None, int],
        rates: dict[str, float],
        *,
        keep_currency: bool = False,
    ) -> None:
        """Decide what each amount column is worth in the plan's currency; say it in the report.

        ``plan`` is the plan's currency and how many records hold amounts in it
        (:func:`plan_money`). A plan that holds no amounts yet takes the file's currency,
        unless ``keep_currency`` (the user chose to convert) or ``rates`` are given (they are
        rates into the plan's currency, so it is kept); a file in several currencies can't
        give it one, and stops with :class:`CurrencyMismatch` (``several``). Otherwise
        another currency needs a rate from the user, else :class:`CurrencyMismatch`
        (nothing is imported).
        """
        plan_currency, plan_held = plan
        keep_currency = keep_currency or bool(rates)
        fields = [k for k in MONEY_FIELDS if k in self.index]
        report, mapping = self.report, self.mapping
        for key in fields:
            header = self.headers[key]
            factor = mapping.scale.get(key)
            if factor and factor != 1:
                report.notes.append(
                    translate(
                        "ImportCheck",
                        "Amounts in {column} without their own k/m/bn were multiplied by "
                        "{factor} (the header says so).",
                    ).format(column=show(header, 60), factor=format_number(factor, 0))
                )
            if is_whole_life(header) and key == "annual_value":
                report.alerts.append(
                    translate(
                        "ImportCheck",
                        "{column} holds whole-life amounts, but annual value is yearly: each "
                        "amount was taken as one year's value, so annual value is overstated "
                        "(divide it by the years of benefit, or leave the column out).",
                    ).format(column=show(header, 60))
                )
            elif is_whole_life(header):
                report.notes.append(
                    translate(
                        "ImportCheck",
                        "{field} holds the item's total cost: {column} (whole-life) was taken "
                        "as it.",
                    ).format(field=field_name(key), column=show(header, 60))
                )
            elif is_yearly(header):
                report.alerts.append(
                    translate(
                        "ImportCheck",
                        "{column} is one year's amount, but {field} is the item's total: it was "
                        "imported as it stands.",
                    ).format(column=show(header, 60), field=field_name(key))
                )
        for header in self.source.headers:
            if (
                header not in self.headers.values()
                and is_whole_life(header)
                and "benefit" in header.casefold()
            ):
                report.notes.append(
                    translate(
                        "ImportCheck",
                        "{column} holds whole-life benefits; the plan has only a yearly annual "
                        "value, so it was not imported (map it to annual_value to take each "
                        "amount as one year's value).",
                    ).format(column=show(header, 60))
                )
        if not fields:
            return
        sample = [cells for _n, cells in self.source.sample(50)]
        found: dict[str, str | None] = {}
        dollar: str | None = None
        for key in fields:
            i = self.index[key]
            code = column_currency(self.headers[key], [c[i] for c in sample if i < len(c)])
            if code == DOLLAR:
                code = dollar = mapping.currency or (
                    plan_currency if plan_currency in DOLLAR_CURRENCIES else "USD"
                )
            found[key] = code or mapping.currency
        report.dollar = dollar
        codes = [c for c in found.values() if c]
        target = plan_currency or "USD"
        distinct = list(dict.fromkeys(codes))
        if not plan_held and distinct and plan_currency is not None and not keep_currency:
            if len(distinct) > 1:
                raise CurrencyMismatch(
                    self.source.path.name,
                    sorted(c for c in distinct if c != target),
                    target,
                    wording=self.wording,
                    dollar=dollar,
                    several=distinct,
                )
            if distinct[0] != plan_currency:
                report.settings["currency"] = distinct[0]
                report.notes.append(
                    translate(
                        "ImportCheck",
                        "The plan holds no amounts yet, so it takes the file's currency: "
                        "{currency} (it was {old}).",
                    ).format(currency=distinct[0], old=plan_currency)
                )
            target = distinct[0]
        if dollar is not None and mapping.currency is None:
            report.notes.append(
                translate(
                    "ImportCheck", 'Amounts written with a bare "$" were taken as {dollar}; {hint}.'
                ).format(dollar=dollar, hint=self.wording.say("other_dollar"))
            )
        others = sorted({c for c in codes if c != target})
        missing = [c for c in others if c not in rates]
        if missing:
            raise CurrencyMismatch(
                self.source.path.name,
                missing,
                target,
                wording=self.wording,
                dollar=dollar,
                converting=others,
            )
        for key, code in found.items():
            if code and code != target:
                self.rates[key] = rates[code]
        report.target_currency = target if codes else None
        for code in others:
            report.converted[code] = rates[code]
            report.notes.append(
                translate(
                    "ImportCheck",
                    "Amounts in {code} were converted to {target} at {rate} {target} per {code}.",
                ).format(code=code, target=target, rate=number_g(rates[code]))
            )

    # -- pass 1: read ---------------------------------------------------------------
    def read(self, progress: Progress | None, limit: int | None) -> list[_Row]:
        rows: list[_Row] = []
        overflow = 0
        items = list(self.index.items())
        for number, cells in self.source.rows(progress):
            if len(rows) >= MAX_ROWS:
                raise MappingError(_too_many_rows(self.source.path.name))
            if cells and isinstance(cells[-1], _Overflow):
                overflow += 1
            rows.append(_Row(number, {key: cells[i] for key, i in items}))
            if limit is not None and len(rows) >= limit:
                break
        if overflow:
            self.report.notes.append(
                translate(
                    "ImportCheck",
                    "%n row(s) have values to the right of the last header; those cells were "
                    "ignored.",
                    None,
                    overflow,
                )
            )
        return rows

    # -- pass 2: convert ------------------------------------------------------------
    def convert(self, rows: list[_Row], progress: Progress | None) -> None:
        orders = self._date_orders(rows)
        prefix = self.mapping.code_prefix or _DEFAULT_PREFIX.get(self.kind.name, "REC")
        kind = self.kind
        title_field = kind.title_field
        defaults = self.mapping.defaults
        first_row: dict[str, int] = {}
        total = len(rows)
        # Only fields with a column or a default can hold anything; convert each with a
        # function prepared once (and cached for texts that repeat, like dates and statuses).
        active = [
            (key, spec, defaults.get(key), self._converter(spec, orders.get(key, "dmy")))
            for key, spec in self.specs.items()
            if key in self.index or key in defaults
        ]
        status_mapped = "status" in self.index and kind.name == "item"
        for n, row in enumerate(rows, start=1):
            if progress is not None and n % 2000 == 0:
                progress(n, total)
            raw_cells = row.raw
            for key, spec, default, convert in active:
                raw = raw_cells.get(key)
                if raw is None or (raw.__class__ is str and not raw.strip()):
                    if default is None:
                        continue
                    raw = default
                if convert is None:
                    row.refs[key] = cell_text(raw).strip()
                    continue
                try:
                    row.values[key] = convert(raw)
                except CellError as exc:
                    if spec.required and key != "code":
                        row.rejected = translate(
                            "ImportCheck", "{problem}; a {kind} needs its {field}"
                        ).format(problem=exc, kind=plural_label(kind, 1), field=spec.label)
                        break
                    row.warnings.append((key, _left_empty(exc, spec.label)))
            if row.rejected:
                continue
            if status_mapped and "status" in row.values:
                self._status_read(row)
            if title_field is not None and not str(row.values.get(title_field, "")).strip():
                row.rejected = _needs_one(field_name(title_field), kind)
                continue
            for spec in self.specs.values():
                if spec.required and spec.key not in row.values and spec.key not in row.refs:
                    if spec.key in ("code", title_field):
                        continue
                    row.rejected = _needs_one(spec.label, kind)
                    break
            if row.rejected or not kind.has_code:
                continue
            code = row.values.get("code")
            if code is None:
                if kind.name in CREATABLE:
                    # People, teams and units get codes from their names (Ann Lee → AL).
                    code = code_for_name(
                        str(row.values.get("name", "")), self.resolver.codes_fold[kind.name]
                    )
                else:
                    code = self.resolver.new_code(kind.name, prefix)
                if "code" in self.index:
                    row.warnings.append(
                        (
                            "code",
                            translate("ImportCheck", "no code; given {code}").format(code=code),
                        )
                    )
                row.values["code"] = code
            else:
                code = code.strip()
                row.values["code"] = code
                problem = check_code(code)
                if problem:
                    row.rejected = problem
                    continue
            if code in first_row:
                row.rejected = translate(
                    "ImportCheck", "duplicate code {code} (already on row {row})"
                ).format(code=code, row=first_row[code])
                continue
            first_row[code] = row.number
            existing = self.resolver.code_taken(kind.name, code)
            if existing is not None:
                row.existing = existing
                continue
            row.temp = self.resolver.add(kind.name, code, row.values.get(title_field or "name"))

    def _status_read(self, row: _Row) -> None:
        """Tally the status words for the report; keep words the statuses can't say."""
        raw = row.raw.get("status")
        if is_blank(raw):
            return
        word = " ".join(cell_text(raw).split())
        status = row.values["status"]
        _old, count = self.report.statuses.get(word, (status, 0))
        self.report.statuses[word] = (status, count + 1)
        words = choice_words(word)
        if words not in NOTED_STATUS_WORDS:
            return
        note = f"Status in {self.source.path.name}: {word}."
        description = str(row.values.get("description") or "")
        row.values["description"] = f"{description}\n\n{note}" if description else note
        if words in RAG_WORDS and "risk" not in self.index and "risk" not in row.values:
            row.values["risk"] = parse_choice(words, ENUMS["risk"], "risk")

    def _date_orders(self, rows: list[_Row]) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, spec in self.specs.items():
            if spec.ftype not in ("quarter", "date"):
                continue
            if self.mapping.date_order != "auto":
                out[key] = self.mapping.date_order
                continue
            order, ambiguous = detect_day_month_order([r.raw.get(key) for r in rows])
            out[key] = order or "dmy"
            if order is None and ambiguous:
                self.report.notes.append(
                    translate(
                        "ImportCheck",
                        "%n date(s) in column {column} such as 03/04/2027 could be day/month or "
                        "month/day; they were read as day/month. Set the date order in the "
                        "mapping if that is wrong.",
                        None,
                        ambiguous,
                    ).format(column=repr(self.headers.get(key, key)))
                )
        return out

    def _converter(self, spec: Any, order: str) -> Callable[[Any], Any] | None:
        """A function reading one cell as the field (None for references, resolved later)."""
        if spec.ref_kind is not None:
            return None

        @lru_cache(maxsize=8192)
        def cached(text: str) -> Any:
            return self._convert(spec, text, order)

        def convert(raw: Any) -> Any:
            if (
                raw.__class__ is str
                and len(raw) <= 64
                and spec.ftype not in ("text", "title", "code")
            ):
                return cached(raw)
            return self._convert(spec, raw, order)

        return convert

    def _convert(self, spec: Any, raw: Any, order: str) -> Any:
        ftype = spec.ftype
        key = spec.key
        if ftype in ("text", "title", "code"):
            return cell_text(raw, unescape=self.unescape)
        if ftype == "quarter":
            role = "end" if key == "end" else "start"
            return parse_quarter(raw, role=role, order=order)
        if ftype == "date":
            return parse_date(raw, order=order)
        if ftype in ("number", "opt_number"):
            factor = float(self.mapping.scale.get(key, 1.0))
            if spec.is_money:
                return parse_money(raw, scale=factor) * self.rates.get(key, 1.0)
            return parse_number(raw, scale=factor)
        if ftype == "int":
            if key == "strength":
                return parse_strength(raw)
            if key == "weight":
                return parse_int(raw, low=1, high=5)
            return parse_int(raw)
        if ftype == "bool":
            return parse_bool(raw)
        if ftype.startswith("enum:"):
            name = ftype[5:]
            return parse_choice(raw, ENUMS[name], name)
        return cell_text(raw, unescape=self.unescape)

    # -- pass 3: references ---------------------------------------------------------
    def resolve_rows(self, rows: list[_Row]) -> None:
        kind = self.kind
        for row in rows:
            if row.rejected:
                continue
            for key, text in row.refs.items():
                spec = self.specs[key]
                ref_kind = spec.ref_kind
                assert ref_kind is not None
                try:
                    row.values[key] = self.resolver.find(ref_kind, text)
                except RefError as exc:
                    if ref_kind not in CREATABLE or exc.reason == "rejected":
                        row.rejected = _field_problem(spec.label, exc)
                        break
                    action, rid = self._decide(ref_kind, text, exc)
                    if action == "reject" or (action == "empty" and spec.required):
                        if action == "reject" and exc.reason == "missing":
                            row.rejected = translate(
                                "ImportCheck", "{field}: {problem} ({hint})"
                            ).format(
                                field=spec.label,
                                problem=exc,
                                hint=self._hint("unknown_rejected", ref_kind),
                            )
                        else:
                            row.rejected = _field_problem(spec.label, exc)
                        break
                    if action == "empty":
                        row.warnings.append((key, _left_empty(exc, spec.label)))
                        continue
                    row.values[key] = rid
            if row.rejected:
                continue
            if kind.name == "kpi" and (row.values.get("objective") is None) == (
                row.values.get("item") is None
            ):
                row.rejected = translate(
                    "ImportCheck",
                    "a KPI measures exactly one objective or one item; give one of them",
                )

    def _hint(self, phrase: str, ref_kind: str) -> str:
        return self.wording.say(phrase, one=plural_label(ref_kind, 1), label=plural_label(ref_kind))

    def resolve_names(self, found: dict[str, Any]) -> None:
        """Decide names the file holds beyond the rows read (a preview reads the first rows),
        so every name the file gives a unit, person or team is in ``report.names``."""
        for key, header in self.headers.items():
            ref_kind = self.specs[key].ref_kind
            if ref_kind not in CREATABLE:
                continue
            for text in found.get(header, ()):
                try:
                    self.resolver.find(ref_kind, text)
                except RefError as exc:
                    if exc.reason != "rejected":
                        self._decide(ref_kind, text, exc)

    def _policy(self, ref_kind: str) -> str:
        if ref_kind in self.mapping.create_missing:
            return "create"
        if self.mapping.unknown is not None:
            return self.mapping.unknown
        return "empty" if self.resolver.plan_records[ref_kind] else "create"

    def _decide(self, ref_kind: str, text: str, exc: RefError) -> tuple[str, int | None]:
        """What a name that names no record (or several) becomes: the user's choice for it,
        else a record it plausibly means, else the policy. Decided once per name."""
        name = " ".join(text.split())
        memo = self.decided.setdefault(ref_kind, {})
        if name.casefold() in memo:
            return memo[name.casefold()]
        choice = self.mapping.names.get(ref_kind, {}).get(name)
        decision: tuple[str, int | None]
        if choice is not None and choice.startswith("match:"):
            code = choice[6:].strip()
            try:
                decision = ("match", self.resolver.find(ref_kind, code))
            except RefError as missing:
                raise MappingError(
                    translate(
                        "ImportCheck", "The mapping matches {name} to {code}, but {problem}."
                    ).format(name=repr(name), code=code, problem=missing)
                ) from None
            outcome = choice
        elif choice in ("create", "empty"):
            decision = (choice, self._create(ref_kind, name) if choice == "create" else None)
            outcome = choice
        else:
            found = (
                match_name(name, self.resolver.plan_records[ref_kind])
                if exc.reason == "missing"
                else None
            )
            if found is not None:
                decision = ("match", found.rid)
                outcome = f"match:{found.code}"
                if found.name != found.code:
                    matched = translate("ImportCheck", "{name} → {code} ({record}) by {how}")
                else:
                    matched = translate("ImportCheck", "{name} → {code} by {how}")
                self.matched.setdefault(ref_kind, []).append(
                    matched.format(
                        name=show(name), code=found.code, record=found.name, how=found.how_shown
                    )
                )
            else:
                policy = self._policy(ref_kind)
                if policy == "create" and exc.reason == "ambiguous":
                    policy = "empty"
                decision = (
                    policy,
                    self._create(ref_kind, name) if policy == "create" else None,
                )
                outcome = policy
        self.report.names.setdefault(ref_kind, {})[name] = outcome
        memo[name.casefold()] = decision
        return decision

    def _create(self, kind: str, text: str) -> int:
        name = " ".join(text.split())
        existing = self.resolver.by_name_fold[kind].get(name.casefold())
        if existing:
            return existing[0]
        code = code_for_name(name, self.resolver.codes_fold[kind])
        rid = self.resolver.add(kind, code, name)
        title = KINDS[kind].title_field or "name"
        self.created.setdefault(kind, []).append({"id": rid, "code": code, title: name})
        self.report.created.setdefault(kind, []).append(code)
        return rid

    # -- pass 4: record rules -------------------------------------------------------
    def check(self, rows: list[_Row]) -> None:
        kind = self.kind
        spec_by_column = {s.column: s for s in self.specs.values()}
        for row in rows:
            if row.rejected:
                continue
            if kind.name == "item":
                self._schedule(row)
            if kind.name == "criterion" and row.values.get("direction") is None:
                measure = row.values.get("measure", self.specs["measure"].default)
                row.values["direction"] = "cost" if measure in ("cost", "risk") else "benefit"
            record = self._record(row)
            for column, message in check_fields(
                kind.name, record, has_code=kind.has_code, title_field=kind.title_field
            ):
                spec = spec_by_column.get(column)
                if spec is None or spec.required:
                    row.rejected = message
                    break
                value = row.values.pop(spec.key, None)
                row.warnings.append(
                    (
                        spec.key,
                        translate("ImportCheck", "{value}: {problem}; {field} left empty").format(
                            value=show(value), problem=message, field=spec.label
                        ),
                    )
                )
        self._natural_keys(rows)
        self._repeats(rows)
        if kind.name == "dependency":
            self._dependency_cycles(rows)
        if kind.name == "objective":
            self._parent_cycles(rows)
        self._cascade(rows)

    def _schedule(self, row: _Row) -> None:
        start, end = row.values.get("start"), row.values.get("end")
        if (start is None) != (end is None):
            only = start if start is not None else end
            if self.mapping.single_date == "same_quarter":
                row.values["start"] = row.values["end"] = only
                return
            which = "end" if start is None else "start"
            row.values.pop("start", None)
            row.values.pop("end", None)
            if which == "end":
                message = translate(
                    "ImportCheck", "has an end ({quarter}) but no start; left unscheduled"
                )
            else:
                message = translate(
                    "ImportCheck", "has a start ({quarter}) but no end; left unscheduled"
                )
            row.warnings.append((which, message.format(quarter=only)))
        elif isinstance(start, Quarter) and isinstance(end, Quarter) and end < start:
            row.values.pop("start", None)
            row.values.pop("end", None)
            row.warnings.append(
                (
                    "end",
                    translate(
                        "ImportCheck", "end {end} is before start {start}; left unscheduled"
                    ).format(end=end, start=start),
                )
            )

    def _record(self, row: _Row) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for key, spec in self.specs.items():
            if key in row.values:
                record[spec.column] = row.values[key]
            elif not spec.required:
                record[spec.column] = spec.default
        return record

    def _natural_keys(self, rows: list[_Row]) -> None:
        kind = self.kind
        if not kind.natural_key:
            return
        col_to_key = {s.column: s.key for s in self.specs.values()}
        existing = self.resolver.pairs[kind.name]
        seen: dict[tuple[Any, ...], int] = {}
        for row in rows:
            if row.rejected:
                continue
            pair = tuple(row.values.get(col_to_key[c]) for c in kind.natural_key)
            if pair in seen:
                row.rejected = translate(
                    "ImportCheck", "duplicate {kind} (already on row {row})"
                ).format(kind=plural_label(kind, 1), row=seen[pair])
            else:
                seen[pair] = row.number
                if pair in existing:
                    row.existing = existing[pair]
        if kind.name == "dependency":
            for row in rows:
                if not row.rejected and row.values.get("before") == row.values.get("after"):
                    row.rejected = translate("ImportCheck", "an item can't depend on itself")

    def _repeats(self, rows: list[_Row]) -> None:
        """Rows naming a record the plan already has: skipped if identical, else rejected."""
        repeats = [r for r in rows if r.existing is not None and not r.rejected]
        if not repeats:
            return
        kind = self.kind
        current = self.resolver.fetch(
            kind.name, [r.existing for r in repeats if r.existing is not None]
        )
        skipped = 0
        for row in repeats:
            record = self._record(row)
            old = current.get(row.existing or 0, {})
            given = {*self.index, *self.mapping.defaults}
            differs = sorted(
                spec.label
                for spec in self.specs.values()
                if spec.key in given
                and spec.column in record
                and old.get(spec.column) != record[spec.column]
            )
            if differs and kind.has_code:
                row.rejected = translate(
                    "ImportCheck",
                    "the plan already has the code {code} with a different {fields} (merge the "
                    "plans to update existing records)",
                ).format(code=row.values["code"], fields=", ".join(differs))
            elif differs:
                row.rejected = translate(
                    "ImportCheck",
                    "the plan already has this {kind} with a different {fields} (merge the plans "
                    "to update existing records)",
                ).format(kind=plural_label(kind, 1), fields=", ".join(differs))
            else:
                row.skipped = True
                skipped += 1
        if skipped:
            self.report.notes.append(
                translate(
                    "ImportCheck",
                    "%n row(s) repeat {records} the plan already has, with the same values; they "
                    "were skipped.",
                    None,
                    skipped,
                ).format(records=plural_label(kind))
            )

    def _dependency_cycles(self, rows: list[_Row]) -> None:
        edges = self.resolver.dependency_edges
        for row in rows:
            if row.rejected or row.skipped:
                continue
            before, after = row.values["before"], row.values["after"]
            if find_cycle(edges, after, before) is not None:
                row.rejected = translate(
                    "ImportCheck", "dependency {before} → {after} would make a cycle"
                ).format(before=row.refs.get("before"), after=row.refs.get("after"))
                continue
            edges[before].add(after)

    def _parent_cycles(self, rows: list[_Row]) -> None:
        parent = self.resolver.objective_parent
        for row in rows:
            if not row.rejected and row.temp is not None:
                parent[row.temp] = row.values.get("parent")
        for row in rows:
            if row.rejected or row.temp is None:
                continue
            node, seen = parent.get(row.temp), set()
            while node is not None and node not in seen:
                if node == row.temp:
                    row.rejected = translate("ImportCheck", "its parent objectives form a cycle")
                    break
                seen.add(node)
                node = parent.get(node)

    def _cascade(self, rows: list[_Row]) -> None:
        """Rows that refer to a rejected row of the same table are rejected too."""
        kind = self.kind
        self_keys = [s.key for s in self.specs.values() if s.ref_kind == kind.name]
        for row in rows:
            if row.rejected and row.temp is not None:
                self.resolver.reject(kind.name, row.temp, row.number)
        if not self_keys:
            return
        changed = True
        while changed:
            changed = False
            for row in rows:
                if row.rejected:
                    continue
                for key in self_keys:
                    target = row.values.get(key)
                    if target in self.resolver.rejected[kind.name]:
                        row.rejected = translate(
                            "ImportCheck", "its {field} {reference} was rejected (row {row})"
                        ).format(
                            field=self.specs[key].label,
                            reference=row.refs.get(key),
                            row=self.resolver.rejected[kind.name][target],
                        )
                        if row.temp is not None:
                            self.resolver.reject(kind.name, row.temp, row.number)
                        changed = True
                        break

    # -- results --------------------------------------------------------------------
    def _report_names(self) -> None:
        report = self.report
        for ref_kind, lines in self.matched.items():
            report.notes.append(
                translate(
                    "ImportCheck",
                    "Matched {records} named differently in the file to the plan's: {matches}.",
                ).format(
                    records=plural_label(ref_kind, len(lines)),
                    matches="; ".join(lines[:20]) + (" …" if len(lines) > 20 else ""),
                )
            )
        for ref_kind in sorted(self.decided):
            names = report.names.get(ref_kind, {})
            has_them = bool(self.resolver.plan_records[ref_kind])
            by_outcome: dict[str, list[str]] = {}
            for name, outcome in names.items():
                by_outcome.setdefault(outcome, []).append(show(name))

            def listed(found: list[str]) -> str:
                more = len(found) - 12
                shown = ", ".join(found[:12])
                if more <= 0:
                    return shown
                return translate("ImportCheck", "{names} and %n more", None, more).format(
                    names=shown
                )

            if by_outcome.get("create") and has_them:
                found = by_outcome["create"]
                count = len(found)
                report.alerts.append(
                    translate(
                        "ImportCheck",
                        "%n {records} named in the file matched none in the plan and will be "
                        "created: {names} ({hint}).",
                        None,
                        count,
                    ).format(
                        records=plural_label(ref_kind, count),
                        names=listed(found),
                        hint=self._hint("unknown_created", ref_kind),
                    )
                )
            if by_outcome.get("empty"):
                found = by_outcome["empty"]
                count = len(found)
                report.alerts.append(
                    translate(
                        "ImportCheck",
                        "%n {records} named in the file matched none in the plan; those fields "
                        "were left empty: {names} ({hint}).",
                        None,
                        count,
                    ).format(
                        records=plural_label(ref_kind, count),
                        names=listed(found),
                        hint=self._hint("unknown_emptied", ref_kind),
                    )
                )

    def finish(
        self, rows: list[_Row], outcomes: list[RowOutcome], keep: int
    ) -> list[dict[str, Any]]:
        kind = self.kind
        report = self.report
        out: list[dict[str, Any]] = []
        sheet = self.sheet
        for row in rows:
            for key, message in row.warnings:
                report.warnings.append(
                    CellWarning(row.number, self.headers.get(key, key), message, sheet)
                )
            if len(outcomes) < keep:
                shown = {**row.values, **row.refs}
                outcomes.append(
                    RowOutcome(
                        row.number, shown, row.rejected, [m for _k, m in row.warnings], sheet
                    )
                )
            if row.rejected:
                report.rejected.append(RowProblem(row.number, row.rejected, sheet))
                continue
            if row.skipped:
                continue
            record = self._record(row)
            record["id"] = row.temp if row.temp is not None else self.resolver.temp_id()
            out.append(record)
        self._report_names()
        if report.statuses and kind.name == "item":
            words_read = []
            for word, (status, n) in sorted(report.statuses.items(), key=lambda kv: -kv[1][1]):
                if choice_words(word) in NOTED_STATUS_WORDS:
                    read = translate(
                        "ImportCheck",
                        "{word} → {status} (%n row(s); the word is kept in the description)",
                        None,
                        n,
                    )
                else:
                    read = translate("ImportCheck", "{word} → {status} (%n row(s))", None, n)
                words_read.append(read.format(word=show(word), status=_status_word(status)))
            report.notes.append(
                translate("ImportCheck", "Status words read: {words}.").format(
                    words=", ".join(words_read)
                )
            )
        report.accepted[kind.name] = report.accepted.get(kind.name, 0) + len(out)
        report.rows_read += len(rows)
        report.mappings[kind.plural] = dict(self.mapping.columns)
        return out


def _too_many_rows(file: str) -> str:
    return translate(
        "ImportCheck", "{file} has more than {limit} rows; split it into smaller files."
    ).format(file=file, limit=format_number(MAX_ROWS))


def _left_empty(problem: object, field: str) -> str:
    """'"TBC" is not an amount; capex left empty': a cell warning."""
    return translate("ImportCheck", "{problem}; {field} left empty").format(
        problem=problem, field=field
    )


def _field_problem(field: str, problem: object) -> str:
    """'business unit: there is no business unit "DCMS"': a row's reference that failed."""
    return translate("ImportCheck", "{field}: {problem}").format(field=field, problem=problem)


def _needs_one(field: str, kind: Kind) -> str:
    """'no title: a roadmap item needs one': a row without a required value."""
    return translate("ImportCheck", "no {field}: a {kind} needs one").format(
        field=field, kind=plural_label(kind, 1)
    )


# -- entry points ----------------------------------------------------------------------


def _phase(progress: Progress | None, start: int, end: int) -> Progress | None:
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + (end - start) * min(done, total) // max(total, 1), 1000)

    return report


def prepare_import(
    session: Session | None,
    source: TableSource,
    mapping: Mapping,
    *,
    progress: Progress | None = None,
    limit: int | None = None,
    keep_outcomes: int = 50,
    resolver: Resolver | None = None,
    rates: dict[str, float] | None = None,
    names: dict[str, Any] | None = None,
    keep_currency: bool = False,
    wording: ImportWording = CLI_WORDING,
) -> PreparedImport:
    """Check every row of ``source`` for the plan open in ``session``; change nothing.

    ``progress(done, 1000)`` is called as rows are read and checked; it may raise
    to cancel. ``limit`` reads only the first rows (for a quick preview). ``rates``
    ({"GBP": 1.27}) convert amounts in other currencies to the plan's. ``names``
    (header → the names in that column, from :func:`names_in_file`) decides the
    names of the rows a limited read doesn't reach, for the report. ``keep_currency``:
    a plan that holds no amounts keeps its currency and other currencies need ``rates``
    (given ``rates`` keep it too: they are rates into the plan's currency).
    ``wording``: how the report's hints name the caller's controls (the CLI's flags by
    default; the desktop dialog passes its own).
    """
    mapping.validate()
    report = ImportReport(source.path.name, [mapping.kind])
    report.notes.extend(source.notes)
    unmapped = mapping.unmapped_headers(source.headers)
    if unmapped:
        shown = ", ".join(repr(h[:40]) for h in unmapped[:12]) + (
            " …" if len(unmapped) > 12 else ""
        )
        report.notes.append(
            translate("ImportCheck", "Columns not imported: {columns}.").format(columns=shown)
        )
    report.notes.extend(version_notes(source.headers, mapping))
    resolver = resolver or Resolver(session)
    created: dict[str, list[dict[str, Any]]] = {}
    job = _KindImport(resolver, source, mapping, report, created, wording=wording)
    job.money_units(plan_money(session), rates or {}, keep_currency=keep_currency)
    rows = job.read(_phase(progress, 0, 700), limit)
    job.convert(rows, _phase(progress, 700, 900))
    job.resolve_rows(rows)
    if names:
        job.resolve_names(names)
    job.check(rows)
    outcomes: list[RowOutcome] = []
    records = job.finish(rows, outcomes, keep_outcomes)
    if progress is not None:
        progress(1000, 1000)
    batches = [*created.items(), (mapping.kind, records)]
    n = len(records)
    label = translate("ImportCheck", "Import %n {records} from {file}", None, n).format(
        records=plural_label(mapping.kind, n), file=source.path.name
    )
    return PreparedImport(report, batches, outcomes, label)


def names_in_file(
    source: TableSource, headers: list[str], progress: Progress | None = None
) -> dict[str, list[str]]:
    """Every name in these columns of the whole file, once each (spacing evened, in file
    order): what the mapping step asks about, read once per column. Bounded by the file's
    own limits (``MAX_ROWS``, the XLSX bounds)."""
    index = {h: source.headers.index(h) for h in headers if h in source.headers}
    found: dict[str, dict[str, None]] = {h: {} for h in index}
    for count, (_number, cells) in enumerate(source.rows(progress)):
        if count >= MAX_ROWS:
            raise MappingError(_too_many_rows(source.path.name))
        for header, i in index.items():
            raw = cells[i]
            if not is_blank(raw):
                found[header].setdefault(" ".join(cell_text(raw).split()), None)
    return {h: list(names) for h, names in found.items()}


def preview_import(
    session: Session | None,
    source: TableSource,
    mapping: Mapping,
    *,
    limit: int = 50,
    names: dict[str, Any] | None = None,
    rates: dict[str, float] | None = None,
    keep_currency: bool = False,
    wording: ImportWording = CLI_WORDING,
) -> PreparedImport:
    """The first ``limit`` rows converted and checked, for the mapping step's preview.

    References to rows further down the file show as missing here; the full
    ``prepare_import`` sees the whole file. ``names`` (from :func:`names_in_file`)
    puts every name of the file in the report, not only the first rows'; ``rates``,
    ``keep_currency`` and ``wording`` as for :func:`prepare_import`.
    """
    return prepare_import(
        session,
        source,
        mapping,
        limit=limit,
        keep_outcomes=limit,
        names=names,
        rates=rates,
        keep_currency=keep_currency,
        wording=wording,
    )


def import_file(
    session: Session | None,
    path: Any,
    *,
    kind: str,
    mapping: Mapping | None = None,
    expected: str | None = None,
    progress: Progress | None = None,
) -> PreparedImport:
    """Open, guess (unless a mapping is given), and check a CSV/XLSX file for one kind."""
    k = kind_named(kind)
    if mapping is not None and mapping.kind != k.name:
        raise MappingError(
            translate(
                "ImportCheck", "The mapping is for {mapped}, but you asked to import {asked}."
            ).format(mapped=KINDS[mapping.kind].plural, asked=k.plural)
        )
    with opened_table(
        path,
        expected=expected,
        sheet=mapping.sheet if mapping else None,
        sheet_hint=(k.plural, k.name, k.label, k.label + "s"),
        header_row=mapping.header_row if mapping else None,
        encoding=mapping.encoding if mapping else None,
        delimiter=mapping.delimiter if mapping else None,
    ) as source:
        if mapping is None:
            mapping = guess_mapping(source.headers, k.name, [c for _n, c in source.sample(50)])
        return prepare_import(session, source, mapping, progress=progress)


def prepare_workbook_import(
    session: Session | None,
    path: Any,
    *,
    mappings: dict[str, Mapping] | None = None,
    progress: Progress | None = None,
) -> PreparedImport:
    """Import every sheet named after a kind ('items', 'people', …) as one step.

    This reads back what ``export xlsx`` writes; other sheets are listed as skipped.
    """
    from stratplanner.io.tabular import _load_workbook, sniff_format

    file = Path(path)
    if sniff_format(file) != "xlsx":
        raise TabularError(
            translate(
                "ImportCheck",
                "{file} is not an Excel workbook (it holds plain text); import it as csv.",
            ).format(file=file.name)
        )
    wb = _load_workbook(file)  # opened once: every sheet of this file reads through it
    try:
        return _import_sheets(session, file, wb, mappings, progress)
    finally:
        wb.close()


def _import_sheets(
    session: Session | None,
    file: Path,
    wb: Any,
    mappings: dict[str, Mapping] | None,
    progress: Progress | None,
) -> PreparedImport:
    sheet_kinds: dict[str, str] = {}
    skipped: list[str] = []
    for ws in wb.worksheets:
        try:
            kind = kind_named(ws.title)
        except MappingError:
            skipped.append(ws.title)
            continue
        if ws.sheet_state != "visible":
            skipped.append(ws.title)
            continue
        sheet_kinds.setdefault(kind.name, ws.title)
    if not sheet_kinds:
        raise MappingError(
            translate(
                "ImportCheck",
                "No sheet of {file} is named after a kind of record (items, objectives, people, "
                "…); choose the kind to import with --kind.",
            ).format(file=file.name)
        )
    report = ImportReport(file.name)
    if skipped:
        report.notes.append(
            translate("ImportCheck", "Sheets not imported: {sheets}.").format(
                sheets=", ".join(repr(s) for s in skipped)
            )
        )
    resolver = Resolver(session)
    created: dict[str, list[dict[str, Any]]] = {}
    batches: list[tuple[str, list[dict[str, Any]]]] = []
    outcomes: list[RowOutcome] = []
    order = [k for k in kind_order() if k in sheet_kinds]
    for step, kind_name in enumerate(order):
        source = open_table(file, expected="xlsx", sheet=sheet_kinds[kind_name], workbook=wb)
        mapping = (mappings or {}).get(kind_name) or guess_mapping(
            source.headers, kind_name, [c for _n, c in source.sample(50)]
        )
        mapping.validate()
        report.kinds.append(kind_name)
        job = _KindImport(resolver, source, mapping, report, created)
        part = _phase(progress, 1000 * step // len(order), 1000 * (step + 1) // len(order))
        rows = job.read(part, None)
        job.convert(rows, None)
        job.resolve_rows(rows)
        job.check(rows)
        batches.append((kind_name, job.finish(rows, outcomes, 50)))
    batches = [*created.items(), *batches]
    total = sum(len(v) for _k, v in batches)
    label = translate("ImportCheck", "Import %n records from {file}", None, total).format(
        file=file.name
    )
    return PreparedImport(report, batches, outcomes, label)


__all__ = [
    "MAX_ROWS",
    "CellWarning",
    "CurrencyMismatch",
    "ImportRejected",
    "ImportReport",
    "ImportWording",
    "PreparedImport",
    "Resolver",
    "RowOutcome",
    "RowProblem",
    "import_file",
    "kind_order",
    "names_in_file",
    "prepare_import",
    "prepare_workbook_import",
    "preview_import",
    "slug_code",
]
