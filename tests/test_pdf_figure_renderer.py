"""The chart renderer: matplotlib figures straight onto the PDF canvas, as vectors and text."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from stratplanner.export.pdf.figure_renderer import record_figure
from stratplanner.export.pdf.fonts import BOLD, FAMILY, register_fonts
from stratplanner.export.pdf.graphics import figure_flowable, new_figure


class CallLog:
    """A stand-in canvas that notes every call (name, args) the recorded operations make."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.state: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> None:
            self.calls.append((name, args))
            if name == "setFont":
                self.state["font"] = args

        return call

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args in self.calls if called == name]


def replay(fig: Any) -> CallLog:
    log = CallLog()
    for operation in record_figure(fig):
        operation(log)
    return log


def test_chart_text_is_real_text_in_the_embedded_fonts() -> None:
    fig = new_figure(400, 200)
    ax = fig.add_subplot()
    ax.bar(["Run", "Grow"], [3, 5])
    ax.set_title("Crème brûlée & <b>R&D</b> $x^2$", fontweight="bold", parse_math=False)
    buf = io.BytesIO()
    register_fonts()
    canv = Canvas(buf, pagesize=A4, initialFontName=FAMILY)  # as the exporter's pages do
    flowable = figure_flowable(fig, 400, 200)
    flowable.wrapOn(canv, 400, 200)
    flowable.drawOn(canv, 50, 500)
    canv.save()
    page = pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    text = page.extract_text()
    assert "Crème brûlée & <b>R&D</b> $x^2$" in text and "Grow" in text
    fonts = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in name for name in fonts)
    # Bars are paths, not a picture.
    assert "/XObject" not in page["/Resources"]


def test_text_is_laid_out_with_the_widths_it_is_printed_in() -> None:
    fig = new_figure(300, 100)
    label = "Right-aligned at 250 pt, bold"
    fig.text(250 / 300, 0.5, label, ha="right", fontsize=11, fontweight="bold")
    fig.text(10 / 300, 0.2, "Regular", fontsize=9)
    log = replay(fig)
    strings = {args[2]: args for args in log.named("drawString")}
    x = strings[label][0]
    assert abs(x + stringWidth(label, BOLD, 11) - 250) < 0.01
    assert (BOLD, 11) in log.named("setFont") and (FAMILY, 9) in log.named("setFont")


def test_rotated_text_turns_about_its_anchor() -> None:
    fig = new_figure(200, 200)
    fig.text(0.5, 0.5, "Up", rotation=90)
    log = replay(fig)
    assert log.named("rotate") == [(90.0,)]
    assert log.named("drawString") == [(0, 0, "Up")]


def test_images_keep_their_top_row_on_top() -> None:
    """matplotlib hands images bottom row first; the PDF wants the top row first."""
    fig = new_figure(100, 100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    # Row 0 red at the top (imshow's default origin), row 1 blue below.
    ax.imshow(np.array([[[255, 0, 0]], [[0, 0, 255]]], dtype=np.uint8), aspect="auto")
    log = replay(fig)
    ((picture, *_),) = log.named("drawInlineImage")
    top, bottom = picture.getpixel((0, 0)), picture.getpixel((0, picture.height - 1))
    assert top[:3] == (255, 0, 0) and bottom[:3] == (0, 0, 255)


def test_lines_keep_colour_width_dashes_and_alpha() -> None:
    fig = new_figure(200, 100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.plot([0, 1], [0, 1], color="#D55E00", linewidth=2.5, linestyle="--", alpha=0.5)
    log = replay(fig)
    assert (2.5,) in log.named("setLineWidth")
    assert any(args[0] for args in log.named("setDash"))
    assert (0.5,) in log.named("setStrokeAlpha")
    red = (0xD5 / 255, 0x5E / 255, 0.0)
    assert any(np.allclose(args, red) for args in log.named("setStrokeColorRGB"))


def _legend_page(fig: Any, labels: list[str], colour: str = "#1f77b4") -> None:
    """A figure drawn page after page: the axes cleared, the legend made again (as the
    roadmap does)."""
    from matplotlib.patches import Patch

    for legend in list(fig.legends):
        legend.remove()
    fig.clear() if not fig.axes else fig.axes[0].clear()
    ax = fig.axes[0] if fig.axes else fig.add_subplot()
    ax.bar(["a", "b"], [1, 2], color=colour)
    fig.legend(handles=[Patch(color=colour, label=label) for label in labels], loc="lower center")


def _plain(log: CallLog) -> list[tuple[str, tuple[Any, ...]]]:
    """The calls with paths as their PDF operators (path objects compare by identity)."""
    return [
        (name, tuple(a.getCode() if hasattr(a, "getCode") else a for a in args))
        for name, args in log.calls
    ]


def test_a_legend_drawn_before_is_replayed_not_laid_out_again(monkeypatch: Any) -> None:
    """Page after page of the same chart: the same legend is laid out once and replayed (the
    same operations, drawn last); a legend that differs in anything is drawn afresh."""
    from matplotlib.legend import Legend

    drawn: list[str] = []
    draw = Legend.draw

    def counting(self: Legend, renderer: Any) -> None:
        if self.get_visible():  # matplotlib draws nothing of a hidden artist
            drawn.append(self.get_texts()[0].get_text())
        draw(self, renderer)

    monkeypatch.setattr(Legend, "draw", counting)
    fig = new_figure(400, 200)
    _legend_page(fig, ["Run", "Grow"])
    first = replay(fig)
    _legend_page(fig, ["Run", "Grow"])
    second = replay(fig)
    assert drawn == ["Run"]  # laid out once
    assert _plain(second) == _plain(first)  # and the page reads the same, legend included
    assert ("Grow",) in [args[2:] for args in second.named("drawString")]
    _legend_page(fig, ["Run", "Transform"])  # another label
    third = replay(fig)
    assert drawn == ["Run", "Run"]
    assert ("Transform",) in [args[2:] for args in third.named("drawString")]
    _legend_page(fig, ["Run", "Transform"], colour="#ff0000")  # another colour
    replay(fig)
    assert len(drawn) == 3
