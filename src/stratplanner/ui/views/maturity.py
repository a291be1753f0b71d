"""Partnership maturity: a business unit's latest assessment, its radar and trend, its gaps.

The grid edits a new assessment (prefilled from the latest one); "Record assessment…"
saves it as one undoable step (re-rating the unit's assessment on that date if any).
Each gap lists the practices that lift it; one button turns a practice into a
proposed roadmap item for the unit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis import partnership
from stratplanner.analysis.selection import ItemFilter
from stratplanner.charts.maturity import (
    MaturityRadarOptions,
    MaturityTrendOptions,
    draw_maturity_radar,
    draw_maturity_trend,
)
from stratplanner.commands.partnership import AddPracticeItem, RatingInput, RecordAssessment
from stratplanner.i18n import QT_TRANSLATE_NOOP, date_pattern, format_date, translate
from stratplanner.model.values import (
    MaturityDimension,
    dimension_label,
    dimension_level_text,
    maturity_level_name,
)
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.widgets.mpl_canvas import MIN_CHART_SIZE, MplCanvas

#: The trend's figure width from which it shows one panel per dimension unless told otherwise.
_DIMENSION_PANELS_INCHES = 10.0
#: One panel per dimension (two rows of three) needs this many pixels for its headings, "N
#: levels to target" and dates not to collide (measured on the sample plan); a narrower
#: window scrolls the chart instead of squeezing it.
DIMENSION_PANELS_SIZE = (1000, 450)
#: What the trend shows: the unit's average level, or a panel per dimension.
TREND_CHOICES = {
    "unit": QT_TRANSLATE_NOOP("MaturityView", "Average level"),
    "dimension": QT_TRANSLATE_NOOP("MaturityView", "Each dimension"),
}


def _level_tooltip(dimension: MaturityDimension) -> str:
    return "\n".join(
        f"{level} – {maturity_level_name(level)}: {dimension_level_text(dimension.value, level)}"
        for level in range(1, 5)
    )


def _dimension(value: str) -> str:
    """A gap's dimension (held as text) by its full name; an unknown one as it is."""
    try:
        return dimension_label(value)
    except ValueError:
        return value


class MaturityView(PlanView):
    """Per business unit: the assessment grid, radar and trend, and the gaps."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.unit = QComboBox()
        self.unit.setObjectName("maturityUnit")
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.heading = QLabel()
        self.heading.setWordWrap(True)

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_pattern("short"))
        self.date.setDate(QDate.currentDate())
        self.levels: dict[str, QSpinBox] = {}
        self.targets: dict[str, QComboBox] = {}
        self.evidence: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        headings = (self.tr("Dimension"), self.tr("Level"), self.tr("Target"), self.tr("Evidence"))
        for column, text in enumerate(headings):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, dimension in enumerate(MaturityDimension, start=1):
            tip = _level_tooltip(dimension)
            label = QLabel(dimension_label(dimension.value))
            label.setToolTip(tip)
            level = QSpinBox()
            level.setRange(1, 4)
            level.setToolTip(tip)
            target = QComboBox()
            target.addItem("–", None)
            for value in range(1, 5):
                target.addItem(str(value), value)
                target.setItemData(
                    value,
                    dimension_level_text(dimension.value, value),
                    Qt.ItemDataRole.ToolTipRole,
                )
            target.setToolTip(tip)
            evidence = QLineEdit()
            evidence.setPlaceholderText(self.tr("What shows this level"))
            self.levels[dimension.value] = level
            self.targets[dimension.value] = target
            self.evidence[dimension.value] = evidence
            level.valueChanged.connect(self._grid_edited)
            target.currentIndexChanged.connect(self._grid_edited)
            evidence.textEdited.connect(self._grid_edited)
            grid.addWidget(label, row, 0)
            grid.addWidget(level, row, 1)
            grid.addWidget(target, row, 2)
            grid.addWidget(evidence, row, 3)
        grid.setColumnStretch(3, 1)
        self.record_button = QPushButton(self.tr("Record assessment…"))
        self.record_button.clicked.connect(self.record_assessment)
        self.message = QLabel()
        self.message.setWordWrap(True)
        assess = QGroupBox(self.tr("Assessment"))
        assess_layout = QVBoxLayout(assess)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Assessed on:")))
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        date_row.addWidget(self.record_button)
        assess_layout.addLayout(date_row)
        assess_layout.addLayout(grid)
        assess_layout.addWidget(self.message)

        self.gaps_box = QGroupBox(self.tr("Gaps and suggested practices"))
        self.gaps_layout = QVBoxLayout(self.gaps_box)
        self.gap_buttons: list[QPushButton] = []
        gaps_scroll = QScrollArea()
        gaps_scroll.setWidgetResizable(True)
        gaps_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        gaps_scroll.setWidget(self.gaps_box)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(assess)
        left_layout.addWidget(gaps_scroll, 1)

        self.radar_canvas = MplCanvas()
        self.radar_figure = self.radar_canvas.figure
        self.trend_canvas = MplCanvas()
        self.trend_figure = self.trend_canvas.figure
        self.radar_canvas.resize_settled.connect(self.draw)
        self.trend_canvas.resize_settled.connect(self.draw)
        self.trend_by = QComboBox()
        self.trend_by.setObjectName("maturityTrendBy")
        for by, choice in TREND_CHOICES.items():
            self.trend_by.addItem(translate("MaturityView", choice), by)
        self.trend_by.setToolTip(
            self.tr(
                "The unit's average level over the six dimensions, or one small chart per "
                "dimension (it scrolls when the window is narrow)"
            )
        )
        self.trend_by.activated.connect(self._trend_by_chosen)
        #: What the planner chose to see over time; None: panels when the chart is wide enough.
        self._trend_by: str | None = None
        self.trend_scroll = QScrollArea()
        self.trend_scroll.setObjectName("maturityTrendScroll")
        self.trend_scroll.setWidgetResizable(True)
        self.trend_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.trend_scroll.setWidget(self.trend_canvas)
        trend_page = QWidget()
        trend_layout = QVBoxLayout(trend_page)
        trend_layout.setContentsMargins(0, 4, 0, 0)
        by_row = QHBoxLayout()
        by_label = QLabel(self.tr("&Show:"))
        by_label.setBuddy(self.trend_by)
        by_row.addWidget(by_label)
        by_row.addWidget(self.trend_by)
        by_row.addStretch(1)
        trend_layout.addLayout(by_row)
        trend_layout.addWidget(self.trend_scroll, 1)
        # One chart at a time, each with the whole height: stacked, the radar's legend and
        # notes left it no room at 1280×720 (matplotlib collapsed its axes).
        charts = QTabWidget()
        charts.setObjectName("maturityCharts")
        charts.addTab(self.radar_canvas, self.tr("Radar"))
        charts.addTab(trend_page, self.tr("Over time"))
        self.charts = charts
        self.radar_info: Any = None
        self.trend_info: Any = None

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(charts)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setSizes([470, 530])

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Business unit:")))
        top.addWidget(self.unit)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        #: The plan the grid was filled from, and whether the planner has changed it since:
        #: a refresh then keeps their ratings, and the assessment is recorded based on the
        #: plan they saw (team mode: a teammate's assessment meanwhile is a conflict).
        self._seen: PlanSnapshot | None = None
        self._edited = False
        self.refresh(self.snapshot)

    # -- state -----------------------------------------------------------------------------
    def unit_id(self) -> int | None:
        value = self.unit.currentData()
        return int(value) if value is not None else None

    def refresh(self, snap: PlanSnapshot) -> None:
        current = self.unit_id()
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in snap.business_units:
            self.unit.addItem(f"{unit.name} ({unit.code})", unit.id)
        index = self.unit.findData(current) if current is not None else -1
        if index < 0:
            assessed = [u.id for u in snap.business_units if snap.assessments_by_unit.get(u.id)]
            index = self.unit.findData(assessed[0]) if assessed else 0
        self.unit.setCurrentIndex(max(index, 0))
        self.unit.blockSignals(False)
        if self._edited and self.unit_id() == current and current is not None:
            self._fill_gaps(snap, current)  # keep the ratings being entered
            self.draw()
            return
        self._show_unit(snap)

    def _grid_edited(self, *_args: object) -> None:
        self._edited = True

    def _unit_changed(self, _index: int) -> None:
        self._show_unit(self.snapshot)

    def _show_unit(self, snap: PlanSnapshot) -> None:
        unit_id = self.unit_id()
        self.record_button.setEnabled(unit_id is not None)
        if unit_id is None:
            self.heading.setText(self.tr("Add a business unit to assess the partnership with it."))
            self._fill_gaps(snap, None)
            self.draw()
            return
        history = snap.assessments_by_unit.get(unit_id, ())
        if history:
            latest = history[-1]
            count = len(history)
            self.heading.setText(
                translate(
                    "MaturityView",
                    "%n assessment(s); latest on {date}. The grid starts from the latest; "
                    "record it to add a new assessment.",
                    None,
                    count,
                ).format(date=format_date(latest.assessed_on, "short"))
            )
        else:
            self.heading.setText(self.tr("Not assessed yet: rate the six dimensions and record."))
        template = partnership.assessment_template(snap, unit_id)
        for dim, score in template.items():
            key = str(getattr(dim, "value", dim))
            self.levels[key].setValue(score.level)
            target = self.targets[key]
            target.setCurrentIndex(max(target.findData(score.target), 0))
            self.evidence[key].setText(score.evidence)
        self._fill_gaps(snap, unit_id)
        self.draw()
        self._seen, self._edited = snap, False

    def ratings(self) -> dict[str, RatingInput]:
        return {
            key: RatingInput(
                self.levels[key].value(),
                self.targets[key].currentData(),
                self.evidence[key].text().strip(),
            )
            for key in self.levels
        }

    # -- editing -----------------------------------------------------------------------------
    def record_assessment(self) -> bool:
        unit_id = self.unit_id()
        if unit_id is None:
            return False
        qd = self.date.date()
        when = date(qd.year(), qd.month(), qd.day())
        command = RecordAssessment(unit_id, when, self.ratings(), replace=True)
        if not self.live.execute(command, seen=self._seen):
            self._edited = False  # Reload shows the plan as it is now
            self.message.setText(self.tr("The assessment was not recorded (see the message)."))
            return False
        self._show_unit(self.snapshot)
        self.message.setText(
            self.tr("Assessment of {date} recorded.").format(date=format_date(when, "short"))
        )
        return True

    def add_practice(self, practice: Any, unit_id: int, dimension: str) -> bool:
        if not self.live.execute(AddPracticeItem(practice, unit_id, dimension=dimension)):
            self.message.setText(
                self.tr('"{practice}" was not added (see the message).').format(
                    practice=practice.shown_title
                )
            )
            return False
        self.message.setText(
            self.tr('"{practice}" added to the roadmap as a proposed item.').format(
                practice=practice.shown_title
            )
        )
        return True

    # -- gaps ---------------------------------------------------------------------------------
    def _fill_gaps(self, snap: PlanSnapshot, unit_id: int | None) -> None:
        while self.gaps_layout.count():
            child = self.gaps_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.gap_buttons = []
        gaps = partnership.maturity_gaps(snap, [unit_id]) if unit_id is not None else []
        if not gaps:
            self.gaps_layout.addWidget(QLabel(self.tr("No gaps: every target set is reached.")))
        for gap in gaps:
            title = QLabel(
                self.tr("<b>{dimension}</b>: level {level} → target {target}").format(
                    dimension=_dimension(gap.dimension), level=gap.level, target=gap.target
                )
            )
            self.gaps_layout.addWidget(title)
            for suggestion in gap.suggestions[:3]:
                practice = suggestion.practice
                row = QWidget()
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(16, 0, 0, 0)
                text = QLabel(practice.shown_title)
                text.setToolTip(practice.shown_description)
                text.setWordWrap(True)
                row_layout.addWidget(text, 1)
                if suggestion.planned_item_id is not None:
                    row_layout.addWidget(QLabel(self.tr("planned")))
                else:
                    button = QPushButton(self.tr("Turn into roadmap item"))
                    button.setProperty("practice_code", practice.code)
                    button.clicked.connect(
                        lambda _=False, p=practice, u=gap.business_unit_id, d=gap.dimension: (
                            self.add_practice(p, u, d)
                        )
                    )
                    self.gap_buttons.append(button)
                    row_layout.addWidget(button)
                self.gaps_layout.addWidget(row)
        self.gaps_layout.addStretch(1)

    # -- charts -------------------------------------------------------------------------------
    def draw(self) -> None:
        unit_id = self.unit_id()
        filters = ItemFilter(business_unit_ids=frozenset({unit_id}) if unit_id else None)
        snap = self.snapshot
        analysis = self.live.analysis()
        self.radar_info = draw_maturity_radar(
            self.radar_figure,
            snap,
            analysis,
            MaturityRadarOptions(filters=filters, title=self.tr("Maturity radar")),
        )
        by = self.trend_shows()
        self.trend_by.setCurrentIndex(self.trend_by.findData(by))
        self.trend_info = draw_maturity_trend(
            self.trend_figure,
            snap,
            analysis,
            MaturityTrendOptions(filters=filters, by=by, title=self.tr("Maturity over time")),
        )
        self.radar_canvas.draw_idle()
        self.trend_canvas.draw_idle()

    def trend_shows(self) -> str:
        """ "dimension" or "unit": as chosen, else panels when the scroll area is wide enough
        for them (six panels overlap below 10 in; narrower, the unit's one trend line)."""
        if self._trend_by is not None:
            return self._trend_by
        dpi = self.trend_figure.get_dpi()
        wide = self.trend_scroll.viewport().width() >= _DIMENSION_PANELS_INCHES * dpi
        return "dimension" if wide else "unit"

    def _trend_by_chosen(self, index: int) -> None:
        self._trend_by = str(self.trend_by.itemData(index))
        self._fit_trend()
        self.draw()

    def _fit_trend(self) -> None:
        """Panels per dimension keep their readable size and scroll; one trend line fits."""
        wanted = DIMENSION_PANELS_SIZE if self._trend_by == "dimension" else MIN_CHART_SIZE
        self.trend_canvas.setMinimumSize(*wanted)

    def settle(self) -> None:
        self.draw()

    def focus_main(self) -> None:
        self.unit.setFocus()


register_view(
    ViewSpec(
        "maturity",
        QT_TRANSLATE_NOOP("Views", "Partnership maturity"),
        MaturityView,
        icon="chart",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "How IT and each business unit work together, and what would lift it",
        ),
        order=75,
    )
)
