"""Overview: the plan's key figures, each a button that opens the records behind it.

A plan being started shows its first steps above them (ui/widgets/first_steps.py);
an empty plan shows only the steps, not a wall of zeros.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QEnterEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.alignment import orphan_item_ids, unsupported_objective_ids
from stratplanner.analysis.selection import counted_items
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_money, format_number, translate
from stratplanner.model.values import CATEGORY_LABELS, STATUS_LABELS, category_label, status_label
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.icons import icon
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, RecordSubset, ViewHost, ViewSpec, register_view
from stratplanner.ui.widgets.first_steps import FirstStepsCard, first_steps, plan_is_started


@dataclass(frozen=True)
class KeyFigure:
    key: str
    value: str
    caption: str
    detail: str
    view: str
    subset: RecordSubset | None
    warning: bool = False


def _money(value: float, currency: str) -> str:
    """'USD 12.4 m', 'USD 950,000' (a key figure's amount, in the user's language)."""
    return format_money(value, currency, short=True, thousands=False)


def key_figures(snap: PlanSnapshot) -> dict[str, list[KeyFigure]]:
    """The Overview's figures by section, each with where a click leads.

    Unsupported objectives and orphan items come from the analysis's own
    functions, so the screen, the CLI and the board PDF count them the same way
    (docs/analysis.md), without paying for the whole analysis.
    """
    currency = snap.info.currency
    counted = counted_items(snap)
    counted_ids = frozenset(i.id for i in counted)
    themes = sum(1 for o in snap.objectives if snap.is_theme(o.id))
    unsupported = frozenset(unsupported_objective_ids(snap, counted))
    orphans = frozenset(orphan_item_ids(snap, counted))
    left = {p.id for p in snap.people if not p.active}
    left_sponsors = {i.sponsor_id for i in counted if i.sponsor_id in left}
    left_items = frozenset(i.id for i in counted if i.sponsor_id in left)
    not_cancelled = RecordSubset(
        "item", translate("OverviewView", "Items not cancelled"), counted_ids
    )
    n_left_items = len(left_items)

    plan = [
        KeyFigure(
            "objectives",
            format_number(len(snap.objectives) - themes),
            translate("OverviewView", "Objectives"),
            translate("OverviewView", "under %n theme(s)", None, themes),
            "objectives",
            None,
        ),
        KeyFigure(
            "items",
            format_number(len(snap.items)),
            translate("OverviewView", "Roadmap items"),
            translate("OverviewView", "{count} not cancelled").format(
                count=format_number(len(counted))
            ),
            "roadmap",
            None,
        ),
        KeyFigure(
            "capex",
            _money(sum(i.capex for i in counted), currency),
            translate("OverviewView", "Total capex"),
            translate("OverviewView", "one-off, not counting cancelled"),
            "roadmap",
            not_cancelled,
        ),
        KeyFigure(
            "opex",
            _money(sum(i.opex for i in counted), currency),
            translate("OverviewView", "Total opex"),
            translate("OverviewView", "running cost, item totals, not counting cancelled"),
            "roadmap",
            not_cancelled,
        ),
        KeyFigure(
            "value",
            _money(sum(i.annual_value for i in counted), currency),
            translate("OverviewView", "Annual value"),
            translate("OverviewView", "a year once delivered"),
            "roadmap",
            not_cancelled,
        ),
    ]
    attention = [
        KeyFigure(
            "unsupported",
            format_number(len(unsupported)),
            translate("OverviewView", "Unsupported objectives"),
            translate("OverviewView", "no item serves them moderately or strongly"),
            "objectives",
            RecordSubset(
                "objective", translate("OverviewView", "Unsupported objectives"), unsupported
            ),
            warning=bool(unsupported),
        ),
        KeyFigure(
            "orphans",
            format_number(len(orphans)),
            translate("OverviewView", "Orphan items"),
            translate("OverviewView", "serve no objective"),
            "roadmap",
            RecordSubset("item", translate("OverviewView", "Orphan items"), orphans),
            warning=bool(orphans),
        ),
        KeyFigure(
            "left_sponsors",
            format_number(len(left_sponsors)),
            translate("OverviewView", "Sponsors who have left"),
            translate("OverviewView", "sponsoring %n item(s)", None, n_left_items),
            "roadmap",
            RecordSubset(
                "item", translate("OverviewView", "Items whose sponsor has left"), left_items
            ),
            warning=bool(left_sponsors),
        ),
    ]
    by_status = Counter(i.status for i in snap.items)
    statuses = [
        KeyFigure(
            f"status_{status.value}",
            format_number(by_status.get(status.value, 0)),
            status_label(status.value),
            translate("OverviewView", "items"),
            "roadmap",
            RecordSubset(
                "item", status_label(status.value), values=(("status", frozenset({status.value})),)
            ),
        )
        for status in STATUS_LABELS
    ]
    by_category = Counter(i.category for i in counted)
    categories = [
        KeyFigure(
            f"category_{category.value}",
            format_number(by_category.get(category.value, 0)),
            category_label(category.value),
            translate("OverviewView", "{amount} cost").format(
                amount=_money(
                    sum(i.capex + i.opex for i in counted if i.category == category.value),
                    currency,
                )
            ),
            "roadmap",
            RecordSubset(
                "item",
                category_label(category.value),
                values=(("category", frozenset({category.value})),),
            ),
        )
        for category in CATEGORY_LABELS
    ]
    return {
        translate("OverviewView", "The plan"): plan,
        translate("OverviewView", "Needs attention"): attention,
        translate("OverviewView", "Items by status"): statuses,
        translate("OverviewView", "Items by category (not cancelled)"): categories,
    }


def detail_lines(metrics: QFontMetrics, text: str, inner: QRectF, lines: int = 2) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines of ``inner``'s width; the last
    one cut with "…" when the words run on (the card's tooltip holds them all)."""
    width = int(inner.width())
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        taken = 1
        while (
            taken < len(words) and metrics.horizontalAdvance(" ".join(words[: taken + 1])) <= width
        ):
            taken += 1
        if metrics.horizontalAdvance(words[0]) > width:
            break  # one word wider than the card: the last line cuts it
        out.append(" ".join(words[:taken]))
        words = words[taken:]
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


class FigureCard(QAbstractButton):
    """A key figure: big value, caption, a line of detail. Click (or Space) opens its records."""

    def __init__(self, figure: KeyFigure, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setObjectName(f"figure_{figure.key}")
        self.set_figure(figure)

    def set_figure(self, figure: KeyFigure) -> None:
        self.figure = figure
        self.setText(f"{figure.caption}: {figure.value}")
        self.setAccessibleName(f"{figure.caption}: {figure.value}, {figure.detail}")
        self.setToolTip(
            self.tr("{caption}: {value} — {detail}. Click to see them.").format(
                caption=figure.caption, value=figure.value, detail=figure.detail
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()  # the value, the caption and two lines of detail
        return QSize(180, int(metrics.height() * 2.2 + metrics.height() * 3 + 30))

    def minimumSizeHint(self) -> QSize:
        return QSize(140, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        hovered = self.underMouse() or self.hasFocus()
        background = theme.card_background()
        if self.isDown():
            background = theme.blend(background, theme.accent(), 0.18)
        elif hovered:
            background = theme.blend(background, theme.accent(), 0.08)
        border = theme.accent() if self.hasFocus() else theme.card_border()
        painter.setPen(QPen(border, 2 if self.hasFocus() else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 8, 8)
        if self.figure.warning:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.warning_color())
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2, 2)

        inner = rect.adjusted(16, 10, -12, -10)
        value_font = QFont(self.font())
        value_font.setPointSizeF(self.font().pointSizeF() * 1.9)
        value_font.setBold(True)
        painter.setFont(value_font)
        value_height = painter.fontMetrics().height()  # the row keeps its height
        fits = QFontMetrics(value_font).horizontalAdvance(self.figure.value) <= inner.width()
        if not fits:  # '65,5 Mio. USD' in a narrow card: smaller, down to 1.3 times the text
            wide = QFontMetrics(value_font).horizontalAdvance(self.figure.value)
            scale = max(1.3, 1.9 * inner.width() / max(wide, 1) * 0.98)
            value_font.setPointSizeF(self.font().pointSizeF() * scale)
            painter.setFont(value_font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), value_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                self.figure.value, Qt.TextElideMode.ElideRight, int(inner.width())
            ),
        )
        caption_font = QFont(self.font())
        caption_font.setBold(True)
        painter.setFont(caption_font)
        line = painter.fontMetrics().height()
        top = inner.top() + value_height + 2
        painter.drawText(
            QRectF(inner.left(), top, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(
                self.figure.caption, Qt.TextElideMode.ElideRight, int(inner.width())
            ),
        )
        painter.setFont(self.font())
        painter.setPen(theme.muted_text())
        for n, text in enumerate(detail_lines(painter.fontMetrics(), self.figure.detail, inner)):
            painter.drawText(
                QRectF(inner.left(), top + line * (n + 1), inner.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.end()

    def shown_detail(self) -> list[str]:
        """The detail's lines as painted (at most two, the last cut with "…" if need be)."""
        inner = QRectF(self.rect()).adjusted(1, 1, -1, -1).adjusted(16, 10, -12, -10)
        return detail_lines(self.fontMetrics(), self.figure.detail, inner)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.update()
        super().leaveEvent(event)


class OverviewView(PlanView):
    #: A first step's button: "objective", "item", "link" or "pdf" (the window does it).
    step_requested = Signal(str)
    #: The "Plan settings…" button.
    settings_requested = Signal()

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setWordWrap(True)
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)
        settings = QPushButton(icon("settings"), self.tr("Plan settings…"))
        settings.setToolTip(self.tr("Edit the plan's title, organisation, currency and horizon"))
        settings.clicked.connect(self.settings_requested)
        self.first_steps = FirstStepsCard()
        self.first_steps.step_requested.connect(self.step_requested)
        header = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self._title)
        words.addWidget(self._subtitle)
        header.addLayout(words, 1)
        header.addWidget(settings, 0, Qt.AlignmentFlag.AlignTop)

        self.cards: dict[str, FigureCard] = {}
        self._sections = QVBoxLayout()
        self._sections.setSpacing(6)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 16, 20, 20)
        column.setSpacing(12)
        column.addLayout(header)
        column.addWidget(self.first_steps)
        self._figures = QWidget()
        self._figures.setLayout(self._sections)
        self._sections.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._figures)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._build(self.snapshot)

    def _build(self, snap: PlanSnapshot) -> None:
        self._grids: list[tuple[QGridLayout, list[FigureCard]]] = []
        for title, figures in key_figures(snap).items():
            heading = MutedLabel(title.upper(), style="font-weight: 600; letter-spacing: 1px;")
            self._sections.addSpacing(6)
            self._sections.addWidget(heading)
            grid = QGridLayout()
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(10)
            cards = []
            for figure in figures:
                card = FigureCard(figure)
                card.clicked.connect(lambda _c=False, c=card: self._open(c.figure))
                self.cards[figure.key] = card
                cards.append(card)
            self._grids.append((grid, cards))
            self._sections.addLayout(grid)
        self._columns = 0
        self._arrange(self.width())
        self._fill_header(snap)
        self.update_first_steps(snap)

    def update_first_steps(self, snap: PlanSnapshot | None = None) -> None:
        """Show the steps while the plan is being started; an empty plan shows nothing else."""
        snap = snap or self.snapshot
        settings = self.host.app_settings
        location = self.live.document.location
        if settings is not None and plan_is_started(snap) and not self.live.read_only:
            settings.start_first_steps(location)  # opened before it was filled: guide it
        steps = first_steps(
            snap, pdf_exported=settings is not None and settings.pdf_exported(location)
        )
        started = settings is not None and settings.first_steps_started(location)
        show = started and not all(s.done for s in steps) and not self.live.read_only
        self.first_steps.setVisible(show)
        if show:
            self.first_steps.set_steps(steps)
        self._figures.setVisible(bool(snap.objectives or snap.items) or not show)

    def _arrange(self, width: int) -> None:
        """As many cards to a row as fit at a readable width (six on a wide screen)."""
        columns = max(2, min(6, (width - 40) // 180))
        if columns == self._columns:
            return
        self._columns = columns
        for grid, cards in self._grids:
            for card in cards:
                grid.removeWidget(card)
            rows = -(-len(cards) // columns)
            per_row = -(-len(cards) // rows)  # balanced rows: 3 + 3 rather than 4 + 2
            for n, card in enumerate(cards):
                grid.addWidget(card, n // per_row, n % per_row)
            for c in range(6):
                grid.setColumnStretch(c, 1 if c < per_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _fill_header(self, snap: PlanSnapshot) -> None:
        info = snap.info
        self._title.setText(info.title)
        org = f"{info.organization} · " if info.organization else ""
        quarters = info.quarters
        self._subtitle.setText(
            org
            + translate(
                "OverviewView",
                "{start} to {end} (%n quarter(s)) · amounts in {currency}",
                None,
                quarters,
            ).format(start=info.start, end=info.end, currency=info.currency)
        )

    def _open(self, figure: KeyFigure) -> None:
        self.host.navigate(figure.view, figure.subset)

    def refresh(self, snap: PlanSnapshot) -> None:
        for figures in key_figures(snap).values():
            for figure in figures:
                self.cards[figure.key].set_figure(figure)
        self._fill_header(snap)
        self.update_first_steps(snap)

    def focus_main(self) -> None:
        if self.first_steps.isVisible():
            button = next((b for b in self.first_steps.buttons.values() if b.isDefault()), None)
            if button is not None:
                button.setFocus()
                return
        first = self.cards.get("objectives")
        if first is not None:
            first.setFocus()


register_view(
    ViewSpec(
        "overview",
        QT_TRANSLATE_NOOP("Views", "Overview"),
        OverviewView,
        icon="overview",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The plan's key figures; click one to see the records behind it",
        ),
        order=10,
    )
)
