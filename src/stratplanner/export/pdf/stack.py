"""A card as one flowable: its parts stacked as a frame stacks them, written with one text
object, split between parts or inside a text block.

An item card was ten flowables (a page break test, a rule, the heading, the value, spacers,
the facts, the description, the relations): at 20,000 items, 200,000 trips through
reportlab's frame, each with its own wrap, save and restore of the graphics state and
text object. A :class:`Stack` is one trip per card and one text object per card; it
spaces its parts as the frame does (the larger of one part's space after and the next
one's space before), keeps its first part with at least ``keep`` points of room (what a
``CondPageBreak`` did) and splits like the parts would: between them, or inside a
:class:`~.textblock.TextBlock` by lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer

from stratplanner.export.pdf.textblock import TextBlock


class Part(Protocol):
    """What a stack holds: a flowable that can write itself into a shared text object."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]: ...

    def write(self, canv: Any, text: Any, x0: float, y0: float) -> None: ...

    def getSpaceBefore(self) -> float: ...

    def getSpaceAfter(self) -> float: ...


class Rule(Flowable):
    """A horizontal rule across the stack (as ``HRFlowable``: its thickness is its height)."""

    def __init__(self, thickness: float, colour: Color, *, space_after: float = 0.0):
        super().__init__()
        self.thickness, self.colour = thickness, colour
        self.spaceBefore, self.spaceAfter = 0.0, space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.thickness

    def write(self, canv: Any, text: Any, x0: float, y0: float) -> None:
        canv.setStrokeColor(self.colour)
        canv.setLineWidth(self.thickness)
        canv.setLineCap(1)
        middle = y0 + self.thickness / 2
        canv.line(x0, middle, x0 + self.width, middle)

    def draw(self) -> None:
        self.write(self.canv, None, 0.0, 0.0)


class Gap(Spacer):
    """Empty room in a stack; dropped where the stack is split."""

    def __init__(self, height: float):
        super().__init__(0, height)

    def write(self, canv: Any, text: Any, x0: float, y0: float) -> None:
        pass


class Stack(Flowable):
    """Parts one under another, as one flowable (see the module's notes).

    ``key``/``outline_title``/``level`` make it a bookmark where its first part is placed
    (``document.PlanDocTemplate``); its later parts, after a split, are ``continued``.
    """

    def __init__(
        self,
        parts: Sequence[Part],
        *,
        keep: float = 0.0,
        key: str = "",
        outline_title: str = "",
        level: int = 1,
        continued: bool = False,
    ):
        super().__init__()
        self.parts = list(parts)
        self.keep = keep
        self.key, self.outline_title, self.level = key, outline_title, level
        self.continued = continued
        self.spaceBefore = self.parts[0].getSpaceBefore() if self.parts else 0.0
        self.spaceAfter = self.parts[-1].getSpaceAfter() if self.parts else 0.0
        self._placed: list[tuple[float, float]] = []  # (gap above, height) of each part

    def _layout(self, width: float) -> list[tuple[float, float]]:
        placed = []
        after = 0.0
        for n, part in enumerate(self.parts):
            _, height = part.wrap(width, 1e9)
            gap = max(after, part.getSpaceBefore()) if n else 0.0
            placed.append((gap, height))
            after = part.getSpaceAfter()
        return placed

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._placed = self._layout(avail_width)
        self.height = sum(gap + height for gap, height in self._placed)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if not self.continued and avail_height < self.keep:
            return []  # not enough room to start it here: the next page
        placed = self._layout(avail_width)
        head: list[Part] = []
        rest: list[Part] = []
        used = 0.0
        for n, (part, (above, height)) in enumerate(zip(self.parts, placed, strict=True)):
            gap = above if head else 0.0
            if used + gap + height <= avail_height + 1e-6:
                head.append(part)
                used += gap + height
                continue
            rest = self.parts[n:]
            if isinstance(part, TextBlock):
                pieces = part.split(avail_width, avail_height - used - gap)
                if len(pieces) == 2:
                    head.append(pieces[0])
                    rest = [pieces[1], *self.parts[n + 1 :]]
            break
        if not head or not rest:
            return []
        while rest and isinstance(rest[0], Gap):  # no empty room at the top of a page
            rest = rest[1:]
        first = Stack(
            head,
            keep=self.keep,
            key=self.key,
            outline_title=self.outline_title,
            level=self.level,
            continued=self.continued,
        )
        if not rest:
            return [first]
        return [first, Stack(rest, key=self.key, level=self.level, continued=True)]

    def draw(self) -> None:
        canv = self.canv
        text = canv.beginText()
        top = self.height
        for part, (gap, height) in zip(self.parts, self._placed, strict=True):
            top -= gap + height
            part.write(canv, text, 0.0, top)
        canv.drawText(text)
