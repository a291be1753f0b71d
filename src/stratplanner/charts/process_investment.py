"""Investment by business process: where the roadmap's money goes in the business.

Each level-1 process (capability) is a bar, stacked by its level-2 processes; an item's cost
is split equally among the processes it touches (directly, or through the applications it
changes — analysis/processes.py). Processes no application enables are named in the warning
colour; spend touching no process is a grey bar of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.processes import (
    investment_by_process,
    process_map,
    processes_without_technology,
)
from stratplanner.analysis.selection import select_items
from stratplanner.analysis.text import money
from stratplanner.charts.common import ChartOptions, subtitle
from stratplanner.charts.hits import ChartInfo, RectLayer
from stratplanner.charts.style import (
    BLUE,
    FONT,
    LIGHT_GREY,
    MUTED_TEXT,
    SMALL,
    TEXT,
    WARNING,
    begin_figure,
    blend,
    empty_message,
    legend_below,
    money_scale,
    shorten,
    style_axes,
    text_colour_on,
    text_width_pt,
)
from stratplanner.snapshot import PlanSnapshot

LEVELS = ("top", "detail")


@dataclass(frozen=True)
class ProcessInvestmentOptions(ChartOptions):
    """``level="top"``: a bar per level-1 process stacked by its sub-processes;
    ``"detail"``: a bar per process that gets money, grouped under its level-1 process."""

    level: str = "top"
    show_unmapped: bool = True


def _fit(text: str, width_pt: float, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``width_pt`` at ``size`` points ('' if nothing fits)."""
    if width_pt < size * 3:
        return ""
    if text_width_pt(text, size) <= width_pt:
        return text
    for cut in range(len(text) - 1, 6, -1):  # "Buy…" says nothing; the tooltip has the name
        candidate = text[:cut].rstrip() + "…"
        if text_width_pt(candidate, size) <= width_pt:
            return candidate
    return ""


def draw_process_investment(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: ProcessInvestmentOptions | None = None,
) -> ChartInfo:
    """Draw investment by process; hits are processes (kind "process") and the unmapped bar."""
    options = options or ProcessInvestmentOptions()
    if options.level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {options.level!r}")
    items = select_items(snap, options.filters)
    invest = investment_by_process(snap, items)
    currency = snap.info.currency
    nodes = process_map(snap)
    title = options.title or "Investment by business process"
    facts = []
    if nodes:
        mapped = sum(invest.by_top.values())
        facts.append(f"{money(mapped, currency)} mapped to processes")
        if invest.unmapped:
            facts.append(f"{money(invest.unmapped, currency)} not mapped")
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo("process-investment", title, total=len(nodes))
    ax = fig.add_subplot()
    info.axes.append(ax)
    if not nodes:
        empty_message(
            ax,
            "No business processes yet.\nMap the processes, the applications that enable them "
            "and the items\nthat change them to see where the money goes.",
        )
        return info
    if invest.total <= 0:
        empty_message(ax, "No spend on the items in this view.")
        return info
    unenabled = {p.id for p in processes_without_technology(snap)}
    scale = money_scale(max([*invest.by_top.values(), invest.unmapped, 1.0]), currency)
    style_axes(ax, grid_axis="x")
    rows: list[tuple[str, str | None, int | None]] = []  # label, colour of label, process id
    verts, faces, boxes, kinds, ids, tips = [], [], [], [], [], []
    width_in = fig.get_size_inches()[0]
    item_codes = snap.item_by_id

    def tooltip(pid: int, amount: float) -> str:
        process = snap.process_by_id[pid]
        ids_ = invest.items_by_process.get(pid, ())
        codes = ", ".join(item_codes[i].code for i in ids_[:8]) + (" …" if len(ids_) > 8 else "")
        text = f"{process.code} {process.name}: {money(amount, currency)}"
        if codes:
            text += f"\nItems: {codes}"
        if pid in unenabled:
            text += "\nNo application enables this process."
        return text

    # Sub-process names go inside their segments once the row labels' width is known.
    segment_labels: list[tuple[float, float, float, str, str]] = []  # left, width, y, name, face
    rows_expected = len(nodes) + (1 if options.show_unmapped and invest.unmapped > 0 else 0)
    # Room for a second label line ("no application: …") only when rows are tall enough.
    row_pitch_pt = (fig.get_size_inches()[1] * 72 - 150) / max(rows_expected, 1)
    two_line_labels = row_pitch_pt >= 2.6 * FONT

    if options.level == "top":
        ranked = sorted(nodes, key=lambda n: -invest.by_top.get(n.process.id, 0.0))
        for node in ranked:
            y = -len(rows)
            top_id = node.process.id
            left = 0.0
            parts = [(top_id, invest.by_process.get(top_id, 0.0))] + [
                (c.id, invest.by_process.get(c.id, 0.0)) for c in node.children
            ]
            for n, (pid, amount) in enumerate(p for p in parts if p[1] > 0):
                width = scale(amount)
                colour = blend(BLUE, 0.15 + 0.6 * (n % 4) / 4)
                verts.append(
                    (
                        (left, y - 0.34),
                        (left, y + 0.34),
                        (left + width, y + 0.34),
                        (left + width, y - 0.34),
                    )
                )
                faces.append(colour)
                boxes.append((left, y - 0.34, left + width, y + 0.34))
                kinds.append("process")
                ids.append(pid)
                tips.append(tooltip(pid, amount))
                if pid != top_id:
                    segment_labels.append((left, width, y, snap.process_by_id[pid].name, colour))
                left += width
            total = invest.by_top.get(top_id, 0.0)
            ax.text(
                left,
                y,
                f"  {money(total, currency)}",
                va="center",
                fontsize=SMALL,
                color=MUTED_TEXT,
            )
            gaps = [c for c in node.children if c.id in unenabled] + (
                [node.process] if node.process.id in unenabled else []
            )
            label = node.process.name
            rows.append((label, None, top_id))
            if gaps:
                names = shorten(", ".join(g.name for g in gaps), 40)
                text = f"{label}\n(no application: {names})" if two_line_labels else label
                rows[-1] = (text, WARNING, top_id)
    else:
        for node in nodes:
            members = [node.process, *node.children]
            for process in members:
                amount = invest.by_process.get(process.id, 0.0)
                header = process.parent_id is None
                if amount <= 0 and process.id not in unenabled and not header:
                    continue
                if header and amount <= 0:
                    total = invest.by_top.get(process.id, 0.0)
                    label = f"{shorten(process.name, 38)}: {money(total, currency)}"
                    rows.append((label, "bold", process.id))
                    boxes.append((0, -len(rows) + 1 - 0.34, 0.001, -len(rows) + 1 + 0.34))
                    kinds.append("process")
                    ids.append(process.id)
                    tips.append(tooltip(process.id, total))
                    continue
                y = -len(rows)
                width = scale(amount)
                colour = BLUE if process.parent_id is not None else blend(BLUE, 0.4)
                if width > 0:
                    verts.append(
                        ((0, y - 0.34), (0, y + 0.34), (width, y + 0.34), (width, y - 0.34))
                    )
                    faces.append(colour)
                boxes.append((0, y - 0.34, max(width, 0.001), y + 0.34))
                kinds.append("process")
                ids.append(process.id)
                tips.append(tooltip(process.id, amount))
                ax.text(
                    width,
                    y,
                    f"  {money(amount, currency)}",
                    va="center",
                    fontsize=SMALL,
                    color=MUTED_TEXT,
                )
                label = shorten(process.name, 38)
                if process.id in unenabled:
                    label += " (no application)"
                rows.append((label, WARNING if process.id in unenabled else None, process.id))
    if options.show_unmapped and invest.unmapped > 0:
        y = -len(rows)
        width = scale(invest.unmapped)
        verts.append(((0, y - 0.34), (0, y + 0.34), (width, y + 0.34), (width, y - 0.34)))
        faces.append(LIGHT_GREY)
        boxes.append((0, y - 0.34, width, y + 0.34))
        kinds.append("process")
        ids.append(None)
        codes = ", ".join(item_codes[i].code for i in invest.unmapped_item_ids[:8])
        tips.append(f"Not mapped to a process: {money(invest.unmapped, currency)}\nItems: {codes}")
        ax.text(
            width,
            y,
            f"  {money(invest.unmapped, currency)}",
            va="center",
            fontsize=SMALL,
            color=MUTED_TEXT,
        )
        rows.append(("Not mapped to a process", MUTED_TEXT, None))
    ax.add_collection(
        PolyCollection(verts, facecolors=faces, edgecolors="white", linewidths=0.6, zorder=2)
    )
    info.layers.append(RectLayer(ax, boxes, kinds, ids, tips))
    ax.set_yticks([-n for n in range(len(rows))], [r[0] for r in rows])
    for tick, (_label, colour, _pid) in zip(ax.get_yticklabels(), rows, strict=True):
        if colour == "bold":
            tick.set_fontweight("bold")
        elif colour:
            tick.set_color(colour)
    label_size = FONT if len(rows) <= 12 else SMALL
    ax.tick_params(axis="y", labelsize=label_size, length=0)
    longest = max(b[2] for b in boxes)
    ax.set_xlim(0, longest * 1.18)
    # Points per unit of money along x: the figure less the row labels and the margins.
    labels_pt = max(text_width_pt(r[0], label_size) for r in rows) + 18
    axes_pt = max(width_in * 72 - labels_pt - 24, 1.0)
    pt_per_unit = axes_pt / (longest * 1.18)
    for left, width, y, name, face in segment_labels:
        text = _fit(name, width * pt_per_unit - 6, SMALL - 0.5)
        if text:
            ax.text(
                left + width / 2, y, text, ha="center", va="center",
                fontsize=SMALL - 0.5, color=text_colour_on(face), clip_on=True,
            ).set_in_layout(False)  # fmt: skip
    ax.set_ylim(-len(rows) + 0.4, 0.6)
    ax.set_xlabel(scale.unit, fontsize=FONT, color=TEXT)
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos: f"{v:,.0f}" if abs(v) >= 10 or v == 0 else f"{v:,.1f}")
    )
    info.shown = len(rows)
    handles = [
        Patch(facecolor=blend(BLUE, 0.15), label="Spend on a process (shades: its sub-processes)")
        if options.level == "top"
        else Patch(facecolor=BLUE, label="Spend on a process (level-1 totals in bold)")
    ]
    if invest.unmapped > 0 and options.show_unmapped:
        handles.append(Patch(facecolor=LIGHT_GREY, label="Items touching no process"))
    handles.append(
        Patch(
            facecolor="white",
            edgecolor=WARNING,
            label="Process no application enables (label in this colour)",
        )
    )
    legend_below(fig, handles)
    return info


__all__ = ["LEVELS", "ProcessInvestmentOptions", "draw_process_investment"]
