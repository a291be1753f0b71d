"""Investment by business process: where the roadmap's money goes in the business.

Each level-1 process (capability) is a bar, stacked by its level-2 processes; an item's cost
is split equally among the processes it touches (directly, or through the applications it
changes — analysis/processes.py). Processes no application enables are named in the warning
colour; spend touching no process is a grey bar of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter
from matplotlib.typing import ColorType

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
    style_axes,
    text_colour_on,
    text_width_pt,
    wrap_lines,
    wrap_to,
)
from stratplanner.i18n import translate
from stratplanner.snapshot import PlanSnapshot

LEVELS = ("top", "detail")


@dataclass(frozen=True)
class ProcessInvestmentOptions(ChartOptions):
    """``level="top"``: a bar per level-1 process stacked by its sub-processes;
    ``"detail"``: a bar per process that gets money, grouped under its level-1 process."""

    level: str = "top"
    show_unmapped: bool = True


def _fit(text: str, width_pt: float, height_pt: float, size: float) -> str:
    """``text`` whole, wrapped into a ``width_pt`` × ``height_pt`` box at ``size`` points, or ''
    when it doesn't fit (the segment is then numbered and named in the key: nothing is cut)."""
    if width_pt < size * 3:
        return ""
    lines = wrap_lines(text, width_pt, size)
    too_tall = len(lines) * size * 1.1 > height_pt
    if too_tall or any(text_width_pt(line, size) > width_pt for line in lines):
        return ""
    return "\n".join(lines)


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
    title = options.title or translate("Charts", "Investment by business process")
    facts = []
    if nodes:
        mapped = sum(invest.by_top.values())
        facts.append(
            translate("Charts", "{money} mapped to processes").format(money=money(mapped, currency))
        )
        if invest.unmapped:
            facts.append(
                translate("Charts", "{money} not mapped").format(
                    money=money(invest.unmapped, currency)
                )
            )
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo("process-investment", title, total=len(nodes))
    ax = fig.add_subplot()
    info.axes.append(ax)
    if not nodes:
        empty_message(
            ax,
            translate(
                "Charts",
                "No business processes yet.\nMap the processes, the applications that enable "
                "them and the items\nthat change them to see where the money goes.",
            ),
        )
        return info
    if invest.total <= 0:
        empty_message(ax, translate("Charts", "No spend on the items in this view."))
        return info
    unenabled = {p.id for p in processes_without_technology(snap)}
    scale = money_scale(max([*invest.by_top.values(), invest.unmapped, 1.0]), currency)
    style_axes(ax, grid_axis="x")
    rows: list[tuple[str, str | None, int | None]] = []  # label, colour of label, process id
    ends: list[tuple[float, str]] = []  # where each bar's value label starts, and the label
    verts: list[tuple[tuple[float, float], ...]] = []
    faces: list[ColorType] = []
    boxes: list[tuple[float, float, float, float]] = []
    kinds: list[str] = []
    ids: list[int | None] = []
    tips: list[str] = []
    width_in = fig.get_size_inches()[0]
    label_pt = width_in * 72 * 0.3  # row labels: whole names, wrapped to this width
    item_codes = snap.item_by_id

    def tooltip(pid: int, amount: float) -> str:
        process = snap.process_by_id[pid]
        ids_ = invest.items_by_process.get(pid, ())
        codes = ", ".join(item_codes[i].code for i in ids_[:8]) + (" …" if len(ids_) > 8 else "")
        text = f"{process.code} {process.name}: {money(amount, currency)}"
        if codes:
            text += "\n" + translate("Charts", "Items: {codes}").format(codes=codes)
        if pid in unenabled:
            text += "\n" + translate("Charts", "No application enables this process.")
        return text

    # Sub-process names go inside their segments once the row labels' width is known.
    # left, width, y, name, face
    segment_labels: list[tuple[float, float, int, str, ColorType]] = []
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
                colour: ColorType = blend(BLUE, 0.15 + 0.6 * (n % 4) / 4)
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
            ends.append((left, f"  {money(total, currency)}"))
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
            label = wrap_to(node.process.name, label_pt, FONT)
            rows.append((label, None, top_id))
            if gaps:
                names = ", ".join(g.name for g in gaps)
                note = wrap_to(
                    translate("Charts", "(no application: {names})").format(names=names),
                    label_pt,
                    FONT,
                )
                text = f"{label}\n{note}" if two_line_labels else label
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
                    label = wrap_to(f"{process.name}: {money(total, currency)}", label_pt, FONT)
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
                ends.append((width, f"  {money(amount, currency)}"))
                ax.text(
                    width,
                    y,
                    f"  {money(amount, currency)}",
                    va="center",
                    fontsize=SMALL,
                    color=MUTED_TEXT,
                )
                label = process.name + (
                    " " + translate("Charts", "(no application)") if process.id in unenabled else ""
                )
                label = wrap_to(label, label_pt, FONT)
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
        tips.append(
            translate("Charts", "Not mapped to a process: {money}").format(
                money=money(invest.unmapped, currency)
            )
            + "\n"
            + translate("Charts", "Items: {codes}").format(codes=codes)
        )
        ends.append((width, f"  {money(invest.unmapped, currency)}"))
        ax.text(
            width,
            y,
            f"  {money(invest.unmapped, currency)}",
            va="center",
            fontsize=SMALL,
            color=MUTED_TEXT,
        )
        rows.append((translate("Charts", "Not mapped to a process"), MUTED_TEXT, None))
    ax.add_collection(
        PolyCollection(verts, facecolors=faces, edgecolors="white", linewidths=0.6, zorder=2)
    )
    info.layers.append(RectLayer(ax, boxes, kinds, ids, tips))
    ax.set_yticks([-n for n in range(len(rows))], [r[0] for r in rows])
    for tick, (_label, look, _pid) in zip(ax.get_yticklabels(), rows, strict=True):
        if look == "bold":
            tick.set_fontweight("bold")
        elif look:
            tick.set_color(look)
    label_size = FONT if len(rows) <= 12 else SMALL
    ax.tick_params(axis="y", labelsize=label_size, length=0)
    longest = max(b[2] for b in boxes)
    # Points per unit of money along x: the figure less the row labels and the margins.
    labels_pt = max(text_width_pt(r[0], label_size) for r in rows) + 18
    axes_pt = max(width_in * 72 - labels_pt - 24, 1.0)
    # Wide enough that every value label beside its bar ends inside the axes.
    x_max = max(
        [longest * 1.18]
        + [x * axes_pt / max(axes_pt - text_width_pt(t, SMALL) - 4, 1.0) for x, t in ends]
    )
    ax.set_xlim(0, x_max)
    pt_per_unit = axes_pt / x_max
    row_pt = (fig.get_size_inches()[1] * 72 - 150) / max(len(rows), 1)
    key: list[str] = []
    for left, width, y, name, face in segment_labels:
        room = width * pt_per_unit - 6
        text = _fit(name, room, row_pt * 0.68, SMALL - 0.5)
        if not text and text_width_pt(str(len(key) + 1), SMALL - 0.5) <= room:
            key.append(name)  # too narrow for the name: a number here, the name in the key
            text = str(len(key))
        if text:
            ax.text(
                left + width / 2, y, text, ha="center", va="center",
                fontsize=SMALL - 0.5, color=text_colour_on(face), clip_on=True, linespacing=1.05,
            ).set_in_layout(False)  # fmt: skip
    ax.set_ylim(-len(rows) + 0.4, 0.6)
    ax.set_xlabel(scale.unit, fontsize=FONT, color=TEXT)
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos: f"{v:,.0f}" if abs(v) >= 10 or v == 0 else f"{v:,.1f}")
    )
    info.shown = len(rows)
    handles: list[Artist] = [
        Patch(
            facecolor=blend(BLUE, 0.15),
            label=translate("Charts", "Spend on a process (shades: its sub-processes)"),
        )
        if options.level == "top"
        else Patch(
            facecolor=BLUE, label=translate("Charts", "Spend on a process (level-1 totals in bold)")
        )
    ]
    if invest.unmapped > 0 and options.show_unmapped:
        handles.append(
            Patch(facecolor=LIGHT_GREY, label=translate("Charts", "Items touching no process"))
        )
    handles.append(
        Patch(
            facecolor="white",
            edgecolor=WARNING,
            label=translate("Charts", "Process no application enables (label in this colour)"),
        )
    )
    if key:
        # The numbered segments' names, whole, as one legend entry wrapped to the figure.
        names = translate("Charts", "Sub-processes: {list}").format(
            list=" · ".join(f"{n} {name}" for n, name in enumerate(key, 1))
        )

        handles.append(Line2D([], [], color="none", label=wrap_to(names, width_in * 72 - 70, FONT)))
    legend_below(fig, handles)
    return info


__all__ = ["LEVELS", "ProcessInvestmentOptions", "draw_process_investment"]
