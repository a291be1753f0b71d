"""Appendix: one card per item — the business case on a page of its own, or a part of one."""

from __future__ import annotations

import logging
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
)

from stratplanner.analysis.text import number_g
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.document import Deferred
from stratplanner.export.pdf.fonts import BOLD, FAMILY, printable
from stratplanner.export.pdf.rtl import embedded, new_run
from stratplanner.export.pdf.stack import Gap, Rule, Stack
from stratplanner.export.pdf.styles import INK, MUTED, RULE, WARNING, css
from stratplanner.export.pdf.text import category_label, clip, number, percent, status_label
from stratplanner.export.pdf.textblock import Run, TextBlock, block, break_lines, put, user
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.values import Category, Status, quarter_span_label, strength_label
from stratplanner.snapshot import ItemRec

log = logging.getLogger(__name__)

ORIENTATION = "portrait"
#: The card's own words, marked here and translated once per export (2,000 cards say them).
CARD_WORDS = {
    "sponsor": QT_TRANSLATE_NOOP("PdfAppendix", "Sponsor"),
    "champion": QT_TRANSLATE_NOOP("PdfAppendix", "Champion"),
    "it_owner": QT_TRANSLATE_NOOP("PdfAppendix", "IT owner"),
    "unit": QT_TRANSLATE_NOOP("PdfAppendix", "Business unit"),
    "category": QT_TRANSLATE_NOOP("PdfAppendix", "Category"),
    "when": QT_TRANSLATE_NOOP("PdfAppendix", "When"),
    "not_scheduled": QT_TRANSLATE_NOOP("PdfAppendix", "Not scheduled"),
    "capex": QT_TRANSLATE_NOOP("PdfAppendix", "Capex"),
    "opex": QT_TRANSLATE_NOOP("PdfAppendix", "Opex"),
    "annual_value": QT_TRANSLATE_NOOP("PdfAppendix", "Annual value"),
    "risk": QT_TRANSLATE_NOOP("PdfAppendix", "Risk"),
    "alignment": QT_TRANSLATE_NOOP("PdfAppendix", "Alignment"),
    "teams": QT_TRANSLATE_NOOP("PdfAppendix", "Teams (FTE)"),
    "depends": QT_TRANSLATE_NOOP("PdfAppendix", "Depends on:"),
    "serves": QT_TRANSLATE_NOOP("PdfAppendix", "Serves:"),
    "orphan": QT_TRANSLATE_NOOP("PdfAppendix", "no objective (orphan)"),
    "kpis": QT_TRANSLATE_NOOP("PdfAppendix", "KPIs:"),
    "milestones": QT_TRANSLATE_NOOP("PdfAppendix", "Milestones:"),
    "case": QT_TRANSLATE_NOOP("PdfAppendix", "Business case:"),
    "value": QT_TRANSLATE_NOOP("PdfAppendix", "Value:"),
    "what": QT_TRANSLATE_NOOP("PdfAppendix", "What:"),
    "risk:low": QT_TRANSLATE_NOOP("PdfAppendix", "Low"),
    "risk:medium": QT_TRANSLATE_NOOP("PdfAppendix", "Medium"),
    "risk:high": QT_TRANSLATE_NOOP("PdfAppendix", "High"),
}


def _words(ctx: ExportContext) -> dict[str, str]:
    """The card's words, link strengths, statuses and categories in the user's language,
    translated once per export."""
    words = ctx.extras.get("card_words")
    if words is None:
        words = {key: translate("PdfAppendix", text) for key, text in CARD_WORDS.items()}
        words.update({f"strength:{n}": strength_label(n) for n in (1, 2, 3)})
        words.update({f"status:{s}": status_label(s) for s in Status})
        words.update({f"category:{c}": category_label(c) for c in Category})
        ctx.extras["card_words"] = words
    return words


STATUS_COLOURS = {
    "in_progress": "#2E7D4F",
    "done": "#5F6B7A",
    "on_hold": "#B5482F",
    "cancelled": "#9AA5B1",
}


def _facts(ctx: ExportContext, item: ItemRec) -> list[tuple[str, str]]:
    snap = ctx.snap
    analysis = ctx.analysis
    words = _words(ctx)
    facts = [
        (words["sponsor"], ctx.person(item.sponsor_id)),
        (words["champion"], ctx.person(item.champion_id)),
        (words["it_owner"], ctx.person(item.it_owner_id)),
        (words["unit"], ctx.unit(item.business_unit_id)),
        (words["category"], words.get(f"category:{item.category}", str(item.category))),
        (
            words["when"],
            quarter_span_label(item.start, item.end)
            if item.start and item.end
            else words["not_scheduled"],
        ),
        (words["capex"], ctx.money(item.capex) if item.capex else ""),
        (words["opex"], ctx.money(item.opex) if item.opex else ""),
        (words["annual_value"], ctx.money(item.annual_value) if item.annual_value else ""),
        (
            words["risk"],
            words.get(f"risk:{item.risk}", item.risk.capitalize()) if item.risk else "",
        ),
    ]
    if analysis is not None and item.id in analysis.item_alignment:
        facts.append((words["alignment"], percent(analysis.item_alignment[item.id])))
    demands = snap.demands_by_item.get(item.id, [])
    if demands:
        teams = ", ".join(
            f"{snap.team_by_id[d.team_id].name} {number_g(d.fte)}"
            for d in demands
            if d.team_id in snap.team_by_id
        )
        facts.append((words["teams"], teams))
    return [(label, value) for label, value in facts if value]


_VALUE_LINES: dict[tuple[str, float], list[str]] = {}


def _value_lines(value: str, room: float) -> list[str]:
    """A card fact's value broken into lines of its column: names, units and amounts repeat
    from card to card, so each is broken once."""
    key = (value, room)
    found = _VALUE_LINES.get(key)
    if found is None:
        if len(_VALUE_LINES) > 20_000:
            _VALUE_LINES.clear()
        lines = break_lines([user(value)], room, font=FAMILY, size=8, colour=INK)
        found = _VALUE_LINES[key] = [line.text for line in lines]
    return found


class FactsGrid(Flowable):
    """The card's facts in two columns of label and value, drawn directly on the canvas.

    A Table would do the same with ten times the bookkeeping; a 2,000-item working
    team pack has 2,000 of these. All its strings go through one text object (each
    started afresh for its direction, :func:`~.rtl.new_run`).
    """

    ROW = 11.5
    LINE = 9.5

    def __init__(self, facts: list[tuple[str, str]]):
        super().__init__()
        self.facts = facts
        self.rows = (len(facts) + 1) // 2

    def value_room(self, width: float) -> float:
        column = width / 2
        return column - column * 0.28 - 10

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # A value too long for its column wraps onto more lines (a PDF has no tooltip).
        room = self.value_room(avail_width)
        self.lines = [_value_lines(value, room) for _label, value in self.facts]
        self.heights = []
        for r in range(self.rows):
            pair = [n for n in (r, r + self.rows) if n < len(self.facts)]
            most = max(len(self.lines[n]) for n in pair)
            self.heights.append(self.ROW + (most - 1) * self.LINE)
        self.width, self.height = avail_width, sum(self.heights)
        return self.width, self.height

    def draw(self) -> None:
        text = self.canv.beginText()
        self.write(self.canv, text, 0.0, 0.0)
        self.canv.drawText(text)

    def write(self, canv: Any, text: Any, x0: float, y0: float) -> None:
        """Rules on the canvas, labels and values into ``text``, bottom left at (x0, y0)."""
        column = self.width / 2
        label_w = column * 0.28
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.3)
        tops = [y0 + self.height - sum(self.heights[:r]) for r in range(self.rows + 1)]
        for r in range(1, self.rows + 1):
            canv.line(x0, tops[r], x0 + self.width - 6, tops[r])
        places = [
            (x0 + (n // self.rows) * column, tops[n % self.rows] - self.ROW + 3)
            for n in range(len(self.facts))
        ]
        text.setFont(BOLD, 7.5)
        text.setFillColor(MUTED)
        for (label, _value), (x, y) in zip(self.facts, places, strict=True):
            new_run(text)
            text.setTextOrigin(x, y)
            put(text, label)
        text.setFont(FAMILY, 8)
        text.setFillColor(INK)
        for lines, (x, y) in zip(self.lines, places, strict=True):
            new_run(text)  # a value's lines read as one paragraph
            for k, line in enumerate(lines):
                text.setTextOrigin(x + label_w, y - k * self.LINE)
                put(text, line)


def _listing(parts: list[str], limit: int = 20) -> str:
    shown = "; ".join(parts[:limit])
    if len(parts) <= limit:
        return shown
    return shown + translate("PdfAppendix", "; and {count} more").format(
        count=number(len(parts) - limit)
    )


def _plain(text: object) -> str:
    """A planner's words in a run of their own: printable, a right-to-left name kept whole."""
    return embedded(printable(" ".join(str(text or "").split())))


def _relations(ctx: ExportContext, item: ItemRec) -> list[Flowable]:
    """Dependencies, objectives served, KPIs and milestones: one small block, a line each."""
    snap = ctx.snap
    words = _words(ctx)
    runs: list[Run] = []

    def line(label: str, *parts: Run) -> None:
        if runs:
            runs.append(Run("\n"))
        runs.append(Run(f"{label} ", font=BOLD))
        runs.extend(parts)

    before = [i for i in snap.predecessors.get(item.id, []) if i in snap.item_by_id]
    if before:
        names = [
            f"{_plain(snap.item_by_id[i].code)} {_plain(ctx.whole(snap.item_by_id[i]).title)}"
            for i in before
        ]
        line(words["depends"], Run(_listing(names)))
    objectives = [
        (link.strength, snap.objective_by_id[link.objective_id])
        for link in snap.links_by_item.get(item.id, [])
        if link.objective_id in snap.objective_by_id
    ]
    if objectives:
        served = [
            f"{_plain(o.title)} ({words.get(f'strength:{s}', str(s))})"
            for s, o in sorted(objectives, key=lambda so: -so[0])
        ]
        line(words["serves"], Run(_listing(served)))
    else:
        line(words["serves"], Run(words["orphan"], colour=WARNING))
    kpis = snap.kpis_by_item.get(item.id, [])
    if kpis:
        measures = [
            f"{_plain(k.name)}: "
            + " → ".join(
                f"{number_g(v)}{'' if k.unit.strip() == '%' else ' '}{_plain(k.unit)}".strip()
                for v in (k.baseline, k.target)
                if v is not None
            )
            for k in kpis
        ]
        line(words["kpis"], Run(_listing(measures)))
    milestones = sorted(snap.milestones_by_item.get(item.id, []), key=lambda m: m.quarter)
    if milestones:
        dates = [f"{m.quarter} {_plain(m.title)}" for m in milestones]
        line(words["milestones"], Run(_listing(dates)))
    return [TextBlock(runs, ctx.styles.small)]


def _headline(ctx: ExportContext, item: ItemRec) -> str:
    """The item's business case headline (partnership data), when it adds to the value statement."""
    if "partnership_cases" not in ctx.extras:
        cases: Any = {}
        try:
            from stratplanner.export.pdf.sections.partnership import report_of

            report = report_of(ctx)
            if report is not None and report.has_data:
                cases = report.cases
        except Exception:  # the headline is a nicety: never lose the cards over it
            log.exception("The business cases could not be read for the item cards")
        ctx.extras["partnership_cases"] = cases
    case = ctx.extras["partnership_cases"].get(item.id)
    headline = str(getattr(case, "headline", "") or "").strip()
    if not headline or headline == str(item.value_statement or "").strip():
        return ""
    return headline


def _card(ctx: ExportContext, item: ItemRec) -> list[Flowable]:
    styles = ctx.styles
    words = _words(ctx)
    status = words.get(f"status:{item.status}", str(item.status))
    colour = HexColor(STATUS_COLOURS.get(item.status, css(styles.accent)))
    # The whole title, wrapped (the plan's own, not the one bounded for one-line labels).
    title = ctx.whole(item).title
    heading = TextBlock(
        [user(item.code), Run("  "), user(title), Run(f"  ● {status}", size=8, colour=colour)],
        _card_heading(styles.h3),
    )
    parts: list[Any] = [Rule(1.2, styles.accent, space_after=2), heading]
    # The case in business terms comes first (docs/partnership.md §3), then who and how much.
    headline = _headline(ctx, item)
    if headline:
        parts += block(headline, styles.body, label=words["case"], label_font=BOLD)
    parts += block(item.value_statement, styles.body, label=words["value"], label_font=BOLD)
    facts = _facts(ctx, item)
    if facts:
        parts.append(Gap(2))
        parts.append(FactsGrid(facts))
    parts.append(Gap(4))
    parts += block(item.description, styles.body, label=words["what"], label_font=BOLD)
    parts += _relations(ctx, item)
    parts.append(Gap(5 * mm))
    # One flowable: its heading starts a page when less than 45 mm are left (the facts come
    # with it), and it is a bookmark where it starts.
    return [
        Stack(
            parts,
            keep=45 * mm,
            key=f"item-{item.id}",
            outline_title=clip(f"{item.code} {item.title}", 120),
            level=1,
        )
    ]


_HEADINGS: dict[int, ParagraphStyle] = {}


def _card_heading(style: ParagraphStyle) -> ParagraphStyle:
    found = _HEADINGS.get(id(style))
    if found is None or found.parent is not style:
        found = ParagraphStyle("sp-card-heading", parent=style, keepWithNext=0, spaceBefore=2)
        _HEADINGS[id(style)] = found
    return found


def build(ctx: ExportContext) -> list[Flowable]:
    snap = ctx.snap
    if not snap.items:
        return []
    flows: list[Flowable] = [
        ctx.heading("appendix"),
        Paragraph(
            translate(
                "PdfAppendix",
                "One card per item ({count}), in plan order: who answers for it, what it costs, "
                "the value it brings, what it depends on and the objectives it serves.",
            ).format(count=number(len(snap.items))),
            ctx.styles.lead,
        ),
    ]
    items = list(snap.items)

    def cards(first: int) -> list[Flowable]:
        ctx.check()
        out: list[Flowable] = []
        for item in items[first : first + CARDS_AT_A_TIME]:
            out += _card(ctx, item)
        if first + CARDS_AT_A_TIME < len(items):
            done = (first + CARDS_AT_A_TIME) / len(items)
            out.append(Deferred(lambda: cards(first + CARDS_AT_A_TIME), progress=done))
        return out

    # Made as layout reaches them: a 20,000-item pack never holds every card at once.
    return [*flows, Deferred(lambda: cards(0))]


#: Item cards made at a time while the appendix is laid out.
CARDS_AT_A_TIME = 100
