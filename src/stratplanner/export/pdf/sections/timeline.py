"""Roadmap timeline: landscape, full width, tiled across pages when long.

The screen's roadmap chart draws one page of rows at a time
(``RoadmapOptions.page`` / ``rows_per_page``) with the quarter axis on top, so
each PDF page repeats the quarter header. Rows are sized so bar labels stay at
the chart's normal type size; a horizon longer than :data:`WINDOW_QUARTERS` is
also tiled across, a window of quarters at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph

from stratplanner.export.pdf import charts, roadmap_worker
from stratplanner.export.pdf.context import ExportContext, optional_module
from stratplanner.export.pdf.document import Anchor, Deferred
from stratplanner.export.pdf.graphics import MAX_VECTOR_OPERATIONS, FormPicture
from stratplanner.export.pdf.options import section_title
from stratplanner.export.pdf.risks import risk_register
from stratplanner.export.pdf.text import markup, number, para, widths_fitting
from stratplanner.i18n import translate
from stratplanner.model.values import Quarter

ORIENTATION = "landscape"
#: Height of one roadmap row on paper, in points: bar labels stay 7.5 pt.
ROW_PT = 13.0
#: Room the chart keeps for its title block, quarter axis and legend, in points.
CHROME_PT = 150.0
WINDOW_QUARTERS = 16
#: Kept free under every timeline page for the chart's notes (unscheduled items …).
NOTE_PT = 16.0
#: The roadmap's option for where bar labels go (an option value, not text): whole names beside
#: the bars.
BAR_LABELS = "beside"
#: The board pack keeps item bars when they fit on this many pages; beyond it, lanes collapse.
BOARD_PAGES = 3


def _windows(ctx: ExportContext) -> list[tuple[Quarter, Quarter]]:
    """The quarter windows to draw: the whole horizon, or 12-quarter slices that have work in them.

    The board sees the whole horizon at once (years on the axis when it is long); the
    working team gets slices wide enough to label the bars.
    """
    info = ctx.snap.info
    if info.quarters <= WINDOW_QUARTERS or ctx.options.for_board:
        return [(info.start, info.end)]
    spans = [(i.start, i.end) for i in ctx.snap.items if i.start is not None and i.end is not None]
    # As few windows as fit WINDOW_QUARTERS each, whole years wide (fewer items drawn twice).
    count = -(-info.quarters // WINDOW_QUARTERS)
    size = min(WINDOW_QUARTERS, 4 * -(-info.quarters // (count * 4)))
    out = []
    first = info.start
    while first <= info.end:
        last = min(info.end, first + (size - 1))
        if any(start <= last and end >= first for start, end in spans):
            out.append((first, last))
        first = last + 1
    return out


def build(ctx: ExportContext) -> list[Flowable]:
    item_filter = getattr(optional_module("stratplanner.analysis"), "ItemFilter", None)
    scheduled = [i for i in ctx.snap.items if i.start is not None and i.end is not None]
    windows = _windows(ctx)
    if item_filter is None or not scheduled or not windows:
        return []
    width, height = ctx.landscape_frame
    height -= NOTE_PT
    rows_per_page = max(8, int((height - CHROME_PT) / ROW_PT))
    board = ctx.options.for_board
    # One figure for every page: the roadmap keeps its axes and quarter ticks between pages.
    figure = charts.new_figure(width, height)
    marked = frozenset(risk_register(ctx).by_item)

    def page_options(first: Quarter, last: Quarter, page: int, collapse: str) -> Any:
        title = section_title("timeline")
        if len(windows) > 1:
            title = translate("PdfTimeline", "{title}, {first} to {last}").format(
                title=title, first=first, last=last
            )
        return charts.chart_options(
            "roadmap",
            filters=item_filter(quarter_from=first, quarter_to=last)
            if len(windows) > 1
            else item_filter(),
            title=title,
            lane_by="theme",
            colour_by="category",
            collapse=collapse,
            rows_per_page=rows_per_page,
            page=page,
            today=ctx.today,
            labels=BAR_LABELS,
            marked=marked,
        )

    def page_flow(
        first: Quarter, last: Quarter, page: int, collapse: str
    ) -> tuple[Flowable | None, Any]:
        options = page_options(first, last, page, collapse)
        return charts.chart_flowable(
            ctx, "roadmap", width, height, options=options, with_info=True, figure=figure
        )

    flows: list[Flowable] = [Anchor(key="sec-timeline", outline_title=section_title("timeline"))]
    first_pages = []  # (first, last, pages): the first page of each window is drawn now
    for first, last in windows:
        flow, info = page_flow(first, last, 0, "none")
        pages = getattr(info, "pages", 1)
        if board and pages > BOARD_PAGES:
            # Too many items to draw one by one: the board reads a roll-up by theme.
            figure.clear()
            return [flows[0], *_roll_up(ctx, scheduled)]
        if flow is None:
            figure.clear()
            return []
        first_pages.append((first, last, pages, flow))
    figure.clear()

    def later_pages(first: Quarter, last: Quarter, page: int, pages: int) -> list[Flowable]:
        """The window's next page, drawn when layout reaches it (91 pages of roadmap at
        2,000 items, ten times that at 20,000, are never all held at once)."""
        ctx.check()
        flow, _ = page_flow(first, last, page, "none")
        out: list[Flowable] = [PageBreak(), flow] if flow is not None else []
        if page + 1 < pages:
            out.append(
                Deferred(lambda: later_pages(first, last, page + 1, pages), progress=page / pages)
            )
        return out

    later = [
        (first, last, page) for first, last, pages, _ in first_pages for page in range(1, pages)
    ]
    drawn_later = _drawn_elsewhere(ctx, later, page_options, page_flow, (width, height))
    if drawn_later is not None:
        later_pages = drawn_later  # type: ignore[assignment]
    for first, last, pages, flow in first_pages:
        if len(flows) > 1:
            flows.append(PageBreak())
        flows.append(flow)
        if pages > 1:
            flows.append(Deferred(partial(later_pages, first, last, 1, pages)))
    # The chart's note on its pages points at an option of the screen's view: not for paper.
    notes = [n for n in getattr(info, "notes", []) if "options.page" not in n]
    if notes:
        flows.append(Paragraph(markup(" ".join(notes)), ctx.styles.muted))
    return flows


#: A pack with this many later roadmap pages or more has them drawn by a second process.
WORKER_PAGES = 24


def _drawn_elsewhere(
    ctx: ExportContext,
    later: list[tuple[Quarter, Quarter, int]],
    page_options: Callable[[Quarter, Quarter, int, str], Any],
    page_flow: Callable[[Quarter, Quarter, int, str], tuple[Flowable | None, Any]],
    size: tuple[float, float],
) -> Callable[[Quarter, Quarter, int, int], list[Flowable]] | None:
    """The later pages placed as forms that a second process draws (:mod:`..roadmap_worker`)
    while layout goes on; None (they are drawn here) for a few pages or where it can't run."""
    forms = ctx.extras.get("late_forms")
    if forms is None or len(later) < WORKER_PAGES or not roadmap_worker.usable():
        return None
    try:
        drawer = roadmap_worker.PageDrawer(
            roadmap_worker.Job(
                ctx.chart_snap, size, [page_options(f, last, p, "none") for f, last, p in later]
            ),
            analysis=ctx.analysis,
        )
    except OSError:  # no second process: the pages are drawn here
        return None
    ctx.extras.setdefault("closers", []).append(drawer.close)
    names = {spec: f"roadmap-page-{n}" for n, spec in enumerate(later)}

    def fill(canv: Any, index: int, spec: tuple[Quarter, Quarter, int]) -> None:
        operations = drawer.page(index)
        if operations is not None and len(operations) <= MAX_VECTOR_OPERATIONS:
            for operation in operations:
                operation(canv)
            return
        # Not from the second process: drawn here, as it would have been.
        flow, _ = page_flow(*spec, "none")
        if flow is not None:
            flow.wrapOn(canv, *size)
            flow.drawOn(canv, 0, 0)

    for index, spec in enumerate(later):
        forms.add(
            names[spec],
            size,
            partial(drawer.ready, index),
            partial(fill, index=index, spec=spec),
        )

    def placed(first: Quarter, last: Quarter, page: int, pages: int) -> list[Flowable]:
        """The window's next page: its place now, its drawing when it arrives."""
        ctx.check()
        out: list[Flowable] = [
            PageBreak(),
            FormPicture(names[(first, last, page)], size, width=size[0], height=size[1]),
        ]
        if page + 1 < pages:
            out.append(
                Deferred(lambda: placed(first, last, page + 1, pages), progress=page / pages)
            )
        return out

    return placed


#: Items named per theme in the board's roll-up (the top-ranked); the rest are counted.
NAMED_PER_THEME = 3


def _roll_up(ctx: ExportContext, scheduled: list[Any]) -> list[Flowable]:
    """The roadmap for a plan too large to draw item by item: one row per theme with its
    items counted per year, its money and dates, the top-ranked items named, the rest counted."""
    from stratplanner.analysis.alignment import objective_roots
    from stratplanner.export.pdf.prioritization import ranked_rows

    snap = ctx.snap
    roots = objective_roots(snap)
    theme_of: dict[int, int | None] = {}
    for item in scheduled:
        links = snap.links_by_item.get(item.id, ())
        best = max(links, key=lambda link: (link.strength, -link.objective_id), default=None)
        theme_of[item.id] = roots.get(best.objective_id) if best is not None else None
    rank = {row.item_id: n for n, row in enumerate(ranked_rows(ctx))}
    groups: dict[int | None, list[Any]] = {}
    for item in scheduled:
        groups.setdefault(theme_of[item.id], []).append(item)
    years = sorted({q.year for i in scheduled for q in (i.start, i.end)})
    years = list(range(years[0], years[-1] + 1))
    order = {o.id: n for n, o in enumerate(snap.objectives)}
    styles = ctx.styles
    marked = set(risk_register(ctx).by_item)
    rows = []
    for key in sorted(groups, key=lambda k: (k is None, order.get(k, 0) if k is not None else 0)):
        members = groups[key]
        name = (
            snap.objective_by_id[key].title
            if key is not None
            else translate("PdfTimeline", "Serves no objective")
        )
        running = [sum(1 for i in members if i.start.year <= year <= i.end.year) for year in years]
        top = sorted(
            members, key=lambda i: (rank.get(i.id, 10**9), -(i.annual_value or 0), i.code)
        )[:NAMED_PER_THEME]
        named = "; ".join(
            ("\u26a0 " if i.id in marked else "") + f"{i.title} ({i.start}–{i.end})" for i in top
        )
        rest = len(members) - len(top)
        if rest > 0:
            named += translate("PdfTimeline", "; and {count} more").format(count=number(rest))
        rows.append(
            [
                para(name, styles.cell),
                number(len(members)),
                ctx.money(sum(i.cost for i in members)),
                f"{min(i.start for i in members)}–{max(i.end for i in members)}",
                *[number(n) for n in running],
                para(named, styles.cell),
            ]
        )
    width, _height = ctx.landscape_frame
    year_share = min(0.05, 0.32 / max(1, len(years)))
    widths = [width * f for f in [0.16, 0.05, 0.08, 0.11] + [year_share] * len(years)]
    widths.append(width - sum(widths))  # the named items take the rest of the page
    widths = widths_fitting(widths, rows, (1, 2, 3), take_from=len(widths) - 1)
    labels = [str(y) if len(years) <= 8 else f"\u2019{y % 100:02d}" for y in years]
    header = [
        translate("PdfTimeline", "Theme"),
        translate("PdfTimeline", "Items"),
        translate("PdfTimeline", "Cost"),
        translate("PdfTimeline", "Runs"),
        *labels,
        translate("PdfTimeline", "Top-ranked items, named"),
    ]
    count = len(scheduled)
    if marked:
        intro = translate(
            "PdfTimeline",
            "%n scheduled item(s) are too many to draw one by one, so the roadmap is rolled up by "
            "theme: how many items run in each year, what they cost, when the theme's work runs, "
            "and its top-ranked items by name ({mark} at risk); the working team pack draws "
            "every item.",
            None,
            count,
        ).format(mark="\u26a0")
    else:
        intro = translate(
            "PdfTimeline",
            "%n scheduled item(s) are too many to draw one by one, so the roadmap is rolled up by "
            "theme: how many items run in each year, what they cost, when the theme's work runs, "
            "and its top-ranked items by name; the working team pack draws every item.",
            None,
            count,
        )
    return [
        Paragraph(translate("PdfTimeline", "Roadmap timeline: the work by theme"), styles.h1),
        Paragraph(markup(intro), styles.body),
        ctx.table(header, rows, widths, right=tuple(range(1, 4 + len(years))), long=True),
    ]
