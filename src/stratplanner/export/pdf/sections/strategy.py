"""Strategy on a page: themes → objectives → the programs serving them → the KPIs that prove it.

One landscape table, a row per business objective under its theme, with the
money behind each objective and the status of the work. Programs are the items
linked to the objective (moderate or strong links), largest first: the three
largest are named, the rest counted with their money, so a 20,000-item plan
still reads on a page.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from stratplanner.analysis.figures import FUNDED_STATUSES, status_word
from stratplanner.analysis.text import number_g
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.risks import RISK_MARK, risk_register
from stratplanner.export.pdf.styles import GOOD, WARNING, css
from stratplanner.export.pdf.text import markup, number
from stratplanner.i18n import translate

ORIENTATION = "landscape"
NAMED_PROGRAMS = 3
NAMED_KPIS = 3
#: Objectives named on the page; a larger plan names the largest by investment, counts the rest.
MAX_OBJECTIVES = 16


def build(ctx: ExportContext) -> list[Flowable]:
    """The page at the largest type (7.5 pt down to 5.5 pt), naming up to three programs an
    objective, that keeps it to one page; a plan too big even then flows onto more."""
    if ctx.analysis is None or not [o for o in ctx.snap.objectives if not ctx.snap.is_theme(o.id)]:
        return []
    width, height = ctx.landscape_frame
    flows: list[Flowable] = []
    tries = [(size, NAMED_PROGRAMS) for size in (7.5, 7, 6.5)] + [(6.5, 2), (6, 1), (5.5, 1)]
    for size, named in tries:
        flows = _build(ctx, size, named)
        used = sum(f.wrap(width, height)[1] for f in flows) + 40
        if used <= height:
            break
    return flows


def _build(ctx: ExportContext, size: float, named: int = NAMED_PROGRAMS) -> list[Flowable]:
    snap, analysis = ctx.snap, ctx.analysis
    leaves = [o for o in snap.objectives if not snap.is_theme(o.id)]
    styles = ctx.styles
    width = ctx.landscape_frame[0]
    register = risk_register(ctx)
    counted = analysis.counted_item_ids
    items = snap.item_by_id
    warn, good = css(WARNING), css(GOOD)
    supported_word = translate("PdfStrategy", "supported")
    unsupported_word = translate("PdfStrategy", "no IT work serves it")
    small = ParagraphStyle(
        "sp-strategy-cell", parent=styles.cell, fontSize=size, leading=size * 1.22
    )

    def theme_of(objective_id: int) -> int | None:
        seen = objective_id
        parent = snap.objective_by_id[seen].parent_id
        while parent is not None:
            seen, parent = parent, snap.objective_by_id[parent].parent_id
        return seen if seen != objective_id else None

    rows: list[list[object]] = []
    extra: list[tuple] = []
    current_theme: object = ()
    hidden = []
    if len(leaves) > MAX_OBJECTIVES + 4:
        # Too many to read on a page: the largest by investment, the rest counted at the end.
        # Unsupported objectives first (the board must see them), then the largest by money.
        by_money = sorted(
            leaves,
            key=lambda o: (
                o.id not in analysis.unsupported_objective_ids,
                -analysis.investment_by_objective.get(o.id, 0.0),
            ),
        )
        keep = {o.id for o in by_money[:MAX_OBJECTIVES]}
        hidden = [o for o in leaves if o.id not in keep]
        leaves = [o for o in leaves if o.id in keep]
    order = {o.id: n for n, o in enumerate(snap.objectives)}
    # Grouped under their themes, in the plan's order (a theme header once).
    leaves = sorted(
        leaves,
        key=lambda o: (
            order.get(theme, len(order)) if (theme := theme_of(o.id)) is not None else len(order),
            order[o.id],
        ),
    )
    for objective in leaves:
        theme = theme_of(objective.id)
        if theme != current_theme:
            current_theme = theme
            title = (
                snap.objective_by_id[theme].title
                if theme is not None
                else translate("PdfStrategy", "No theme")
            )
            money = analysis.investment_by_theme.get(theme, 0.0) if theme is not None else 0.0
            extra += [
                ("SPAN", (0, len(rows) + 1), (-1, len(rows) + 1)),
                ("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), styles.accent_light),
            ]
            rows.append(
                [
                    Paragraph(
                        f"<b>{markup(title)}</b>" + (f" — {ctx.money(money)}" if money else ""),
                        small,
                    ),
                    "",
                    "",
                ]
            )
        links = [
            link
            for link in snap.links_by_objective.get(objective.id, [])
            if link.strength >= 2 and link.item_id in counted
        ]
        serving = sorted((items[link.item_id] for link in links), key=lambda i: (-i.cost, i.title))
        funded = sum(1 for i in serving if i.status in FUNDED_STATUSES)
        supported = objective.id not in analysis.unsupported_objective_ids
        head = f"<b>{markup(objective.title)}</b>"
        facts = []
        if objective.target:
            facts.append(
                translate("PdfStrategy", "target {target}").format(target=objective.target)
            )
        if objective.owner_id:
            facts.append(
                translate("PdfStrategy", "owner {name}").format(
                    name=markup(ctx.person(objective.owner_id))
                )
            )
        if facts:
            head += "<br/>" + ", ".join(facts)
        if supported:
            head += f"<br/><font color='{good}'>✓ {supported_word}</font>"
        else:
            head += f"<br/><font color='{warn}'>{RISK_MARK} {unsupported_word}</font>"
        programs = []
        for item in serving[:named]:
            mark = f" <font color='{warn}'>{RISK_MARK}</font>" if register.marked(item.id) else ""
            programs.append(
                f"{markup(item.title)}{mark} — {ctx.money(item.cost)}, {status_word(item.status)}"
            )
        rest = serving[named:]
        if rest:
            programs.append(
                translate("PdfStrategy", "… and {count} more, {money}").format(
                    count=number(len(rest)), money=ctx.money(sum(i.cost for i in rest))
                )
            )
        money = analysis.investment_by_objective.get(objective.id, 0.0)
        if serving:
            count = len(serving)
            work = translate(
                "PdfStrategy",
                "<b>{money}</b> attributed; %n program(s), {funded} funded: {programs}",
                None,
                count,
            ).format(money=ctx.money(money), funded=number(funded), programs="; ".join(programs))
        elif money:
            work = translate(
                "PdfStrategy",
                "<b>{money}</b> attributed through weak links only; no program serves it "
                "moderately or strongly.",
            ).format(money=ctx.money(money))
        else:
            work = translate("PdfStrategy", "No program serves it yet.")
        kpis = snap.kpis_by_objective.get(objective.id, [])
        kpi_lines = []
        for kpi in kpis[:NAMED_KPIS]:
            line = markup(kpi.name)
            if kpi.target is not None:
                unit = (" " + markup(kpi.unit)) if kpi.unit else ""
                line += translate("PdfStrategy", ": target {value}").format(
                    value=number_g(kpi.target) + unit
                )
            if kpi.actual is not None:
                line += translate("PdfStrategy", ", now {value}").format(value=number_g(kpi.actual))
            kpi_lines.append(line)
        if len(kpis) > NAMED_KPIS:
            kpi_lines.append(
                translate("PdfStrategy", "… and {count} more").format(
                    count=number(len(kpis) - NAMED_KPIS)
                )
            )
        rows.append(
            [
                Paragraph(head, small),
                Paragraph(work, small),
                Paragraph(
                    "<br/>".join(kpi_lines) or translate("PdfStrategy", "No KPI yet."), small
                ),
            ]
        )
    if hidden:
        money = sum(analysis.investment_by_objective.get(o.id, 0.0) for o in hidden)
        more = len(hidden)
        rows.append(
            [
                Paragraph(
                    translate("PdfStrategy", "… and %n more objective(s)", None, more), small
                ),
                Paragraph(
                    translate(
                        "PdfStrategy",
                        "<b>{money}</b> attributed; each is in the working team pack.",
                    ).format(money=ctx.money(money)),
                    small,
                ),
                "",
            ]
        )
    leaves = leaves + hidden
    leaves_count = len(leaves)
    supported_count = leaves_count - sum(
        1 for o in leaves if o.id in analysis.unsupported_objective_ids
    )
    lead = translate(
        "PdfStrategy",
        "The plan's %n business objective(s), {supported} with IT work behind them; {aligned} "
        "of {total} serves them. Each row: the objective, the programs serving it (largest "
        "first, moderate or strong links) with their money and status, and the KPIs that prove "
        "it.",
        None,
        leaves_count,
    ).format(
        supported=number(supported_count),
        aligned=ctx.money(analysis.aligned_cost),
        total=ctx.money(analysis.total_cost),
    )
    extra += [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
    return [
        ctx.heading("strategy"),
        Paragraph(lead, styles.body),
        ctx.table(
            [
                translate("PdfStrategy", "Objective"),
                translate("PdfStrategy", "Investment and the programs serving it"),
                translate("PdfStrategy", "KPIs that prove it"),
            ],
            rows,
            [width * 0.28, width * 0.50, width * 0.22],
            long=True,
            extra_style=extra,
        ),
    ]
