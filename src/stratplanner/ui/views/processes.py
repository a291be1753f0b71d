"""Business processes: the two-level process map with the applications that enable each process,
the roadmap items that change it and the money they put into it; the gaps (processes no
application enables, applications that support no process) and investment by process.

Every edit — add, rename, move, delete, link, unlink — is one undoable command. The plan's
rules refuse a circular or three-level map with a sentence; the view says what was kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.processes import (
    ProcessInvestment,
    applications_without_process,
    investment_by_process,
    processes_without_technology,
)
from stratplanner.charts import ChartInfo, draw_chart
from stratplanner.commands import Command, CreateRecord, DeleteRecord, UpdateRecord
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.model.rules import hierarchy_problem
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.icons import icon
from stratplanner.ui.models import process_map
from stratplanner.ui.models.process_map import Key
from stratplanner.ui.models.tree_items import tree_rows
from stratplanner.ui.record_ops import next_code
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.widgets.fitting_splitter import FittingSplitter
from stratplanner.ui.widgets.mpl_canvas import MplCanvas
from stratplanner.ui.widgets.process_tree import KEY_ROLE, ProcessTree
from stratplanner.ui.widgets.side_by_side import SideBySide

#: The texts below are in the "ProcessesView" context, translated where shown.
PROCESS_COLUMNS = (
    QT_TRANSLATE_NOOP("ProcessesView", "Process"),
    QT_TRANSLATE_NOOP("ProcessesView", "Investment"),
    QT_TRANSLATE_NOOP("ProcessesView", "Enabled by"),
    QT_TRANSLATE_NOOP("ProcessesView", "Changed by"),
)
APPLICATION_COLUMNS = (
    QT_TRANSLATE_NOOP("ProcessesView", "Application"),
    QT_TRANSLATE_NOOP("ProcessesView", "Enables"),
    QT_TRANSLATE_NOOP("ProcessesView", "Changed by"),
)
TOP_LEVEL = QT_TRANSLATE_NOOP("ProcessesView", "— top level (a capability) —")
#: The registered chart (charts/registry.py) of investment by process.
CHART = "process-investment"
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ProcessesView",
    "<p><b>No business processes yet.</b></p>"
    "<p>Start with <b>Add capability</b> for each top-level capability of the business "
    "(Sell, Source, Serve…) and <b>Add process</b> for the processes under it. Add the "
    "applications that run them, then link each process to the applications that enable it "
    "and to the roadmap items that change it.</p>"
    "<p>The investment by process appears here, and the lists beside it name the processes "
    "no application enables and the applications that support no process.</p>",
)
#: A form field as a refusal names it ("The name of Sell was not changed.").
FIELD_WORDS = {
    "code": QT_TRANSLATE_NOOP("ProcessesView", "code"),
    "name": QT_TRANSLATE_NOOP("ProcessesView", "name"),
    "description": QT_TRANSLATE_NOOP("ProcessesView", "description"),
}

#: The investment chart's smallest readable height (a short window scrolls it).
CHART_MIN_HEIGHT = 560


def _columns(columns: tuple[str, ...]) -> list[str]:
    return [translate("ProcessesView", c) for c in columns]


def gap_color() -> QColor:
    """The chart's warning colour (vermillion), readable on the palette's base."""
    return theme.text_colour("gap")


def _tree_row(rec: process_map.Row) -> QTreeWidgetItem:
    """A tree row for ``rec``: its cells and tooltips, the amount right-aligned on the map,
    a gap in the warning colour with its icon."""
    row = QTreeWidgetItem(rec.cells)
    row.setData(0, KEY_ROLE, rec.key)
    for column, tip in enumerate(rec.tips):
        row.setToolTip(column, tip)
    if rec.key[0] == "process":
        row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if rec.gap_column is not None:
        row.setForeground(rec.gap_column, gap_color())
        row.setIcon(rec.gap_column, icon("warning"))
    return row


class LinkList(QWidget):
    """What the record in the form is linked to, a chooser to link another, and Unlink."""

    link_requested = Signal(int)  # the chosen record's id
    unlink_requested = Signal(int)  # the link record's id

    def __init__(self, title: str, link_tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 3)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 9)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.choices = QComboBox()
        self.choices.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choices.setMinimumContentsLength(6)
        self.choices.setToolTip(link_tip)
        self.link_button = QToolButton()
        self.link_button.setText(self.tr("Link"))
        self.link_button.setToolTip(link_tip)
        self.link_button.clicked.connect(self._link)
        self.unlink_button = QToolButton()
        self.unlink_button.setText(self.tr("Unlink"))
        self.unlink_button.setToolTip(self.tr("Remove the selected link (you can undo this)"))
        self.unlink_button.clicked.connect(self._unlink)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.unlink_button)
        row = QHBoxLayout()
        row.addWidget(self.choices, 1)
        row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._editable = True

    def set_rows(
        self,
        linked: list[tuple[int, str]],
        choices: list[tuple[int, str]],
        editable: bool,
        none: str,
    ) -> None:
        """``none``: what the empty list says."""
        selected = self.selected_link()
        self.list.clear()
        for link_id, text in linked:
            row = QListWidgetItem(text)
            row.setData(KEY_ROLE, link_id)
            row.setToolTip(text)
            self.list.addItem(row)
            if link_id == selected:
                row.setSelected(True)
        if not linked:
            row = QListWidgetItem(none)
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(row)
        chosen = self.choices.currentData()
        self.choices.clear()
        for record_id, text in choices:
            self.choices.addItem(text, record_id)
        self.choices.setCurrentIndex(max(self.choices.findData(chosen), 0))
        self._editable = editable
        self._update_buttons()

    def selected_link(self) -> int | None:
        rows = self.list.selectedItems()
        return int(rows[0].data(KEY_ROLE)) if rows else None

    def _update_buttons(self) -> None:
        self.choices.setEnabled(self._editable and self.choices.count() > 0)
        self.link_button.setEnabled(self._editable and self.choices.count() > 0)
        self.unlink_button.setEnabled(self._editable and self.selected_link() is not None)

    def _link(self) -> None:
        if self.choices.currentData() is not None:
            self.link_requested.emit(int(self.choices.currentData()))

    def _unlink(self) -> None:
        link_id = self.selected_link()
        if link_id is not None:
            self.unlink_requested.emit(link_id)


class _Actions:
    """Edit ▸ Add / Duplicate / Delete on the process or application selected in the view."""

    def __init__(self, view: ProcessesView):
        self.view = view

    @property
    def kind(self) -> str:
        return self.view.selected_kind()

    def selected_ids(self) -> list[int]:
        key = self.view.selected
        return [key[1]] if key is not None else []

    def can_add(self) -> bool:
        return not self.view.live.read_only

    def add_record(self) -> None:
        if self.kind == "application":
            self.view.add_application()
        elif self.view.parent_for_new_process() is not None:
            self.view.add_process()
        else:
            self.view.add_capability()

    def duplicate_selected(self) -> None:
        self.view.duplicate_selected()

    def delete_selected(self) -> None:
        self.view.delete_selected()


class ProcessesView(PlanView):
    """The process map and the applications, an editor for the selected one, gaps and chart."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.selected: Key | None = None
        self._form_key: Key | None = None
        self._collapsed: set[int] = set()
        self.info: ChartInfo | None = None
        self._record_actions = _Actions(self)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_capability_button = self._button(self.tr("Add capability"), self.add_capability,
            self.tr("Add a top-level process (a capability of the business)"))  # fmt: skip
        self.add_process_button = self._button(self.tr("Add process"), self.add_process, "")
        self.add_application_button = self._button(self.tr("Add application"),
            self.add_application, self.tr("Add an application of the estate"))  # fmt: skip
        self.delete_button = self._button(self.tr("Delete…"), self.delete_selected,
            self.tr("Delete the selected process or application (you can undo this)"))  # fmt: skip

        self.tree = ProcessTree()
        self.tree.setObjectName("processMap")
        self.tree.setHeaderLabels(_columns(PROCESS_COLUMNS))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setToolTip(self.tr("Drag a process onto a capability to move it there"))
        self.tree.currentItemChanged.connect(lambda *_: self._tree_selected(self.tree))
        self.tree.move_requested.connect(self.move_process)
        self.tree.itemCollapsed.connect(lambda i: self._collapsed.add(i.data(0, KEY_ROLE)[1]))
        self.tree.itemExpanded.connect(lambda i: self._collapsed.discard(i.data(0, KEY_ROLE)[1]))
        self.app_tree = QTreeWidget()
        self.app_tree.setObjectName("applications")
        self.app_tree.setHeaderLabels(_columns(APPLICATION_COLUMNS))
        self.app_tree.setRootIsDecorated(False)
        self.app_tree.setAlternatingRowColors(True)
        self.app_tree.setUniformRowHeights(True)
        self.app_tree.currentItemChanged.connect(lambda *_: self._tree_selected(self.app_tree))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("Process map"))
        self.tabs.addTab(self.app_tree, self.tr("Applications"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.form = self._build_form()

        self.level = QComboBox()
        self.level.addItem(self.tr("By capability"), "top")
        self.level.addItem(self.tr("By process"), "detail")
        self.level.setToolTip(self.tr("One bar per capability, or one per process"))
        self.level.currentIndexChanged.connect(lambda _i: self.draw())
        self.canvas = MplCanvas()
        self.canvas.setAccessibleName(self.tr("Investment by business process"))
        # Title, legend, the sub-process key and two-line labels of processes no application
        # enables need this at laptop width: below it the bars and their labels ran into each
        # other; a short window scrolls the chart.
        self.canvas.setMinimumHeight(CHART_MIN_HEIGHT)
        self.canvas.resize_settled.connect(self.draw)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._click)
        self.empty = QLabel(translate("ProcessesView", EMPTY_TEXT))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.canvas)
        self.chart_stack.addWidget(self.empty)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        level_row = QHBoxLayout()
        level_row.addStretch(1)
        self.level_label = QLabel(self.tr("Investment:"))
        level_row.addWidget(self.level_label)
        level_row.addWidget(self.level)
        chart_layout.addLayout(level_row)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setObjectName("processChartScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll.setWidget(self.chart_stack)
        chart_layout.addWidget(self.chart_scroll, 1)

        self.no_technology = self._gap_list("noTechnology")
        self.unused_applications = self._gap_list("unusedApplications")
        self.no_technology_title = QLabel()
        self.no_technology_title.setWordWrap(True)
        self.unused_title = QLabel()
        self.unused_title.setWordWrap(True)
        gaps = QWidget()
        gaps_layout = QVBoxLayout(gaps)
        gaps_layout.setContentsMargins(0, 0, 0, 0)
        for title, gap_list in (
            (self.no_technology_title, self.no_technology),
            (self.unused_title, self.unused_applications),
        ):
            gaps_layout.addWidget(title)
            gaps_layout.addWidget(gap_list, 1)

        buttons = QHBoxLayout()
        for button in (
            self.add_capability_button,
            self.add_process_button,
            self.add_application_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.tabs, 1)
        upper = QSplitter()
        upper.addWidget(left)
        form_scroll = QScrollArea()  # a short window scrolls the form, not the chart
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumHeight(120)
        upper.addWidget(form_scroll)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        lower = QSplitter()
        lower.addWidget(chart_box)
        lower.addWidget(gaps)
        lower.setStretchFactor(0, 13)
        lower.setStretchFactor(1, 7)
        self.split = split = FittingSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        for splitter, sizes in ((upper, [600, 400]), (lower, [650, 350]), (split, [470, 530])):
            splitter.setChildrenCollapsible(False)
            splitter.setSizes(sizes)
        self._user_sized = False
        split.splitterMoved.connect(lambda *_: setattr(self, "_user_sized", True))
        split.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.refresh(self.snapshot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.split and event.type() == QEvent.Type.Resize and not self._user_sized:
            height = self.split.height()  # the chart whole where it can be; the map scrolls
            lower = max(int(height * 0.53), min(CHART_MIN_HEIGHT + 40, height - 200))
            self.split.setSizes([height - lower, lower])
        return super().eventFilter(watched, event)

    # -- building ---------------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], Any], tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _gap_list(self, name: str) -> QListWidget:
        gaps = QListWidget()
        gaps.setObjectName(name)
        gaps.setToolTip(self.tr("Click to select it in the map"))
        gaps.setWordWrap(True)
        gaps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        gaps.itemClicked.connect(self._gap_clicked)
        gaps.itemActivated.connect(self._gap_clicked)
        return gaps

    def _build_form(self) -> QGroupBox:
        box = QGroupBox()
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("What the business does here (optional)"))
        for field, editor in (
            ("code", self.code_edit),
            ("name", self.name_edit),
            ("description", self.description_edit),
        ):
            editor.editingFinished.connect(lambda f=field, e=editor: self._commit(f, e))
        self.parent_combo = QComboBox()
        self.parent_combo.setToolTip(self.tr("The capability this process belongs to"))
        self.parent_combo.activated.connect(self._parent_chosen)
        self.fields = QFormLayout()
        self.fields.addRow(self.tr("Name:"), self.name_edit)
        self.fields.addRow(self.tr("Code:"), self.code_edit)
        self.fields.addRow(self.tr("Description:"), self.description_edit)
        self.fields.addRow(self.tr("Under:"), self.parent_combo)
        self.applications = LinkList(
            self.tr("Enabled by applications"),
            self.tr("Record that this application enables the process"),
        )
        self.processes = LinkList(
            self.tr("Enables processes"),
            self.tr("Record that the application enables this process"),
        )
        self.items = LinkList(
            self.tr("Changed by roadmap items"), self.tr("Record that this roadmap item changes it")
        )
        self.applications.link_requested.connect(lambda a: self._link("enablement", a))
        self.processes.link_requested.connect(lambda p: self._link("enablement", p))
        self.items.link_requested.connect(lambda i: self._link("item", i))
        self.items.list.itemDoubleClicked.connect(self._item_opened)
        self.items.list.setToolTip(
            self.tr("Click to see the item in the details; double-click to open it")
        )
        for links, kind in (
            (self.applications, "enablement"),
            (self.processes, "enablement"),
            (self.items, None),
        ):
            links.unlink_requested.connect(lambda link_id, k=kind: self._unlink(k, link_id))
        self.indirect = QLabel()
        self.indirect.setWordWrap(True)
        self.nothing_selected = QLabel(self.tr("Select a process or an application to edit it."))
        self.nothing_selected.setWordWrap(True)
        self.editor = QWidget()
        lists = SideBySide(self.applications, self.processes, self.items)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(self.fields)
        editor_layout.addWidget(lists, 1)
        editor_layout.addWidget(self.indirect)
        editor_layout.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.message)  # why the last edit was refused, beside what it was on
        layout.addWidget(self.nothing_selected)
        layout.addWidget(self.editor, 1)
        return box

    # -- showing the plan -----------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        invest = investment_by_process(snap)
        unenabled = {p.id for p in processes_without_technology(snap)}
        unused = applications_without_process(snap)
        self._fill_map(snap, invest, unenabled)
        self._fill_applications(snap, {a.id for a in unused})
        self._fill_gaps(snap, unenabled, unused)
        if self.selected is not None and not process_map.exists(snap, self.selected):
            self.selected = None
        if self.selected is None:
            first = self._current_tree().topLevelItem(0)
            if first is not None:
                self.selected = first.data(0, KEY_ROLE)
        self._select_in_tree(self.selected)
        self._fill_form(snap)
        self._update_buttons(snap)
        self.heading.setText(process_map.summary(snap, invest, len(unenabled), len(unused)))
        self.chart_stack.setCurrentWidget(self.canvas if snap.processes else self.empty)
        self.level.setVisible(bool(snap.processes))
        self.level_label.setVisible(bool(snap.processes))
        self.nothing_selected.setText(
            self.tr("Select a process or an application to edit it.")
            if snap.processes or snap.applications
            else self.tr("Add a capability or an application to start the map.")
        )
        self.draw()

    def _fill_map(self, snap: PlanSnapshot, invest: ProcessInvestment, unenabled: set[int]) -> None:
        scroll = self.tree.verticalScrollBar().value()
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for top in process_map.map_rows(snap, invest, unenabled):
            row = _tree_row(top)
            row.setFont(0, bold)
            row.setFont(1, bold)
            self.tree.addTopLevelItem(row)
            for child in top.children:
                row.addChild(_tree_row(child))
            row.setExpanded(top.key[1] not in self._collapsed)
        self.tree.blockSignals(False)
        self._fit_columns(self.tree)
        self.tree.verticalScrollBar().setValue(scroll)

    def _fill_applications(self, snap: PlanSnapshot, unused: set[int]) -> None:
        scroll = self.app_tree.verticalScrollBar().value()
        self.app_tree.blockSignals(True)
        self.app_tree.clear()
        for app in process_map.application_rows(snap, unused):
            self.app_tree.addTopLevelItem(_tree_row(app))
        self.app_tree.blockSignals(False)
        self._fit_columns(self.app_tree)
        self.app_tree.verticalScrollBar().setValue(scroll)

    def _fit_columns(self, tree: QTreeWidget) -> None:
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, min(tree.columnWidth(column), 230))

    def _fill_gaps(self, snap: PlanSnapshot, unenabled: set[int], unused: list[Any]) -> None:
        missing = list(processes_without_technology(snap))
        self.no_technology_title.setText(
            "<b>{}</b>".format(
                self.tr("Processes with no technology enablement ({count})").format(
                    count=format_number(len(missing))
                )
            )
        )
        self.unused_title.setText(
            "<b>{}</b>".format(
                self.tr("Applications supporting no process ({count})").format(
                    count=format_number(len(unused))
                )
            )
        )
        for gaps, kind, records, none in (
            (self.no_technology, "process", missing,
             self.tr("None: an application enables every process.") if snap.processes
             else self.tr("No processes yet.")),
            (self.unused_applications, "application", unused,
             self.tr("None: each supports a process.") if snap.applications
             else self.tr("No applications yet.")),
        ):  # fmt: skip
            gaps.clear()
            for rec in records:
                gap = process_map.gap_row(snap, kind, rec)
                row = QListWidgetItem(gap.cells[0])
                row.setData(KEY_ROLE, gap.key)
                row.setToolTip(gap.tips[0])
                gaps.addItem(row)
            if not records:
                row = QListWidgetItem(none)
                row.setFlags(Qt.ItemFlag.NoItemFlags)
                gaps.addItem(row)

    def _fill_form(self, snap: PlanSnapshot) -> None:
        key = self.selected
        self._form_key = key
        self.nothing_selected.setVisible(key is None)
        self.editor.setVisible(key is not None)
        if key is None:
            self.form.setTitle(self.tr("Selected"))
            return
        kind, record_id = key
        editable = not self.live.read_only
        rec: Any = process_map.lookup(snap, kind)[record_id]
        for editor, value in (
            (self.code_edit, rec.code),
            (self.name_edit, rec.name),
            (self.description_edit, rec.description),
        ):
            if not editor.hasFocus() or editor.text() == value:
                editor.setText(value)
                editor.setCursorPosition(0)
            editor.setReadOnly(not editable)
        is_process = kind == "process"
        self.fields.setRowVisible(self.parent_combo, is_process)
        self.applications.setVisible(is_process)
        self.processes.setVisible(not is_process)
        links = process_map.form_links(snap, key)
        if is_process:
            top = rec.parent_id is None
            title = self.tr("Capability {code}") if top else self.tr("Process {code}")
            self.form.setTitle(title.format(code=rec.code))
            self._fill_parent_combo(snap, rec)
            self.parent_combo.setEnabled(editable)
            self.applications.set_rows(
                links.enabled,
                links.enable_choices,
                editable,
                self.tr("No application enables {name} directly yet.").format(name=rec.name),
            )
        else:
            self.form.setTitle(self.tr("Application {code}").format(code=rec.code))
            self.processes.set_rows(
                links.enabled,
                links.enable_choices,
                editable,
                self.tr("{name} enables no process yet.").format(name=rec.name),
            )
        self.items.set_rows(
            links.changes,
            links.change_choices,
            editable,
            self.tr("No roadmap item changes it directly."),
        )
        self.indirect.setVisible(bool(links.through))
        self.indirect.setText(
            self.tr("Also changed through its applications: {items}").format(
                items=", ".join(links.through)
            )
        )

    def _fill_parent_combo(self, snap: PlanSnapshot, process: Any) -> None:
        self.parent_combo.clear()
        self.parent_combo.addItem(translate("ProcessesView", TOP_LEVEL), None)
        for top in snap.children_by_process.get(None, []):
            if top.id != process.id:
                self.parent_combo.addItem(top.name, top.id)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(process.parent_id), 0))

    def _update_buttons(self, snap: PlanSnapshot) -> None:
        editable = not self.live.read_only
        parent = self.parent_for_new_process()
        self.tree.setDragEnabled(editable)
        self.add_capability_button.setEnabled(editable)
        self.add_application_button.setEnabled(editable)
        self.add_process_button.setEnabled(editable and parent is not None)
        self.add_process_button.setToolTip(
            self.tr("Add a process under {name}").format(name=snap.process_by_id[parent].name)
            if parent is not None
            else self.tr("Select a capability first (or add one)")
        )
        self.delete_button.setEnabled(editable and self.selected is not None)
        self.actions_changed.emit()

    # -- selection --------------------------------------------------------------------------
    def _current_tree(self) -> QTreeWidget:
        return self.app_tree if self.tabs.currentWidget() is self.app_tree else self.tree

    def selected_kind(self) -> str:
        return "application" if self.tabs.currentWidget() is self.app_tree else "process"

    def _tree_selected(self, tree: QTreeWidget) -> None:
        row = tree.currentItem()
        if row is None or tree is not self._current_tree():
            return
        self.selected = tuple(row.data(0, KEY_ROLE))
        self._fill_form(self.snapshot)
        self._update_buttons(self.snapshot)

    def _tab_changed(self, _index: int) -> None:
        tree = self._current_tree()
        first = tree.topLevelItem(0)
        if tree.currentItem() is None and first is not None:
            tree.setCurrentItem(first)
        self._tree_selected(tree)
        if tree.currentItem() is None:
            self.selected = None
            self._fill_form(self.snapshot)
            self._update_buttons(self.snapshot)

    def _row_of(self, key: Key) -> QTreeWidgetItem | None:
        tree = self.app_tree if key[0] == "application" else self.tree
        for row in tree_rows(tree):
            if tuple(row.data(0, KEY_ROLE)) == key:
                return row
        return None

    def _select_in_tree(self, key: Key | None) -> None:
        if key is None:
            return
        row = self._row_of(key)
        if row is None:
            return
        tree = row.treeWidget()
        quiet = (self.tabs, self.tree, self.app_tree)  # a list taking focus picks its first row
        for widget in quiet:
            widget.blockSignals(True)
        try:
            self.tabs.setCurrentWidget(tree)
            tree.setCurrentItem(row)
        finally:
            for widget in quiet:
                widget.blockSignals(False)
        tree.scrollToItem(row)

    def select_record(self, kind: str, record_id: int) -> bool:
        """Select a process or an application in its list and show it in the form."""
        if kind not in ("process", "application") or self._row_of((kind, record_id)) is None:
            return False
        self.selected = (kind, record_id)
        self._select_in_tree(self.selected)
        self._fill_form(self.snapshot)
        self._update_buttons(self.snapshot)
        return True

    def _gap_clicked(self, row: QListWidgetItem) -> None:
        key = row.data(KEY_ROLE)
        if key and self.select_record(*key):
            self._current_tree().setFocus()

    def reveal(self, kind: str, record_id: int) -> bool:
        return self.select_record(kind, record_id)

    def record_actions(self) -> _Actions:
        return self._record_actions

    def focus_main(self) -> None:
        self._current_tree().setFocus()

    # -- editing ----------------------------------------------------------------------------
    def _run(self, command: Command, failed: str, explain: str | None = None) -> bool:
        """Execute ``command``; on a refusal say in the view what was kept, and why
        (``explain``, or ``failed`` and the refusal's own sentence)."""
        refusal = self.live.attempt(command)
        done = refusal is None
        if done:
            self.message.hide()
        else:
            self.message.setText(explain or f"{failed} {refusal}".strip())
            self.message.setStyleSheet(f"color: {theme.error_color().name()}")
            self.message.show()
        return done

    def _created(self, command: CreateRecord, kind: str) -> None:
        if command.record_id is not None and self.select_record(kind, command.record_id):
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    def parent_for_new_process(self) -> int | None:
        """The capability a new process goes under (see ``process_map``), or None."""
        return process_map.parent_for_new_process(self.snapshot, self.selected)

    def _new_code(self, kind: str, base: str) -> str:
        return next_code(process_map.codes(self.snapshot, kind), base)

    def add_capability(self) -> None:
        code = self._new_code("process", "CAP-0")
        command = CreateRecord("process", {"code": code, "name": self.tr("New capability")},
                               label=self.tr("Add capability"))  # fmt: skip
        if self._run(command, self.tr("The capability was not added.")):
            self._created(command, "process")

    def add_process(self) -> None:
        parent_id = self.parent_for_new_process()
        if parent_id is None:
            return
        parent = self.snapshot.process_by_id[parent_id]
        code = self._new_code("process", f"{parent.code}.0")
        values = {"code": code, "name": self.tr("New process"), "parent_id": parent_id}
        label = self.tr("Add a process under {name}").format(name=parent.name)
        command = CreateRecord("process", values, label=label)
        if self._run(command, self.tr("The process was not added.")):
            self._created(command, "process")

    def add_application(self) -> None:
        code = self._new_code("application", "APP-0")
        command = CreateRecord("application", {"code": code, "name": self.tr("New application")},
                               label=self.tr("Add application"))  # fmt: skip
        if self._run(command, self.tr("The application was not added.")):
            self._created(command, "application")

    def duplicate_selected(self) -> None:
        if self.selected is None:
            return
        kind, _record_id = self.selected
        rec = process_map.record_of(self.snapshot, self.selected)
        values = {
            "code": self._new_code(kind, rec.code),
            **process_map.duplicate_values(self.snapshot, self.selected),
        }
        command = CreateRecord(
            kind, values, label=self.tr("Duplicate {name}").format(name=rec.name)
        )
        if self._run(command, self.tr("{name} was not duplicated.").format(name=rec.name)):
            self._created(command, kind)

    def delete_selected(self) -> bool:
        if self.selected is None:
            return False
        kind, record_id = self.selected
        process = kind == "process"
        title = self.tr("Delete process") if process else self.tr("Delete application")
        text = self.live.session.delete_summary(kind, [record_id])
        if not self.host.confirm(title, text, self.tr("Delete")):
            return False
        failed = (
            self.tr("The process was not deleted.")
            if process
            else self.tr("The application was not deleted.")
        )
        return self._run(DeleteRecord(kind, record_id, force=True), failed)

    def _commit(self, field: str, editor: QLineEdit) -> None:
        key = self._form_key
        if key is None or self.live.read_only:
            return
        kind, record_id = key
        rec = process_map.record_of(self.snapshot, key)
        value = editor.text().strip()
        if rec is None or value == getattr(rec, field):
            return
        command = UpdateRecord(kind, record_id, {field: value})
        word = translate("ProcessesView", FIELD_WORDS.get(field, field))
        failed = self.tr("The {field} of {name} was not changed.").format(field=word, name=rec.name)
        if not self._run(command, failed):
            editor.setText(getattr(rec, field))

    def _parent_chosen(self, _index: int) -> None:
        if self._form_key is not None and self._form_key[0] == "process":
            self.move_process(self._form_key[1], self.parent_combo.currentData())

    def move_process(self, process_id: int, parent_id: int | None) -> bool:
        """Put a process under a capability (None: make it one); refusals keep the map as is."""
        snap = self.snapshot
        process = snap.process_by_id.get(process_id)
        if process is None or process.parent_id == parent_id:
            return False
        if parent_id in snap.process_by_id:
            label = self.tr("Move {name} under {parent}").format(
                name=process.name, parent=snap.process_by_id[parent_id].name
            )
        else:
            label = self.tr("Move {name} to the top level").format(name=process.name)
        command = UpdateRecord("process", process_id, {"parent_id": parent_id}, label=label)
        names = {p.id: p.name for p in snap.processes}
        parents = {p.id: p.parent_id for p in snap.processes}
        why = hierarchy_problem(parents, process_id, parent_id, names.get)
        explain = (
            self.tr("{why}. {name} stays where it was; nothing was changed.").format(
                why=why, name=process.name
            )
            if why
            else None
        )
        stays = self.tr("{name} stays where it was.").format(name=process.name)
        done = self._run(command, stays, explain)
        if not done:
            self._fill_form(self.snapshot)  # the combo shows the parent it still has
        return done

    def _link(self, kind: str, other_id: int) -> None:
        """Link the record in the form: an application and a process, or an item to it."""
        if self._form_key is None:
            return
        snap = self.snapshot
        kind, values = process_map.link_record(self._form_key, kind, other_id)
        if kind == "enablement":
            label = self.tr("{application} enables {process}").format(
                application=snap.application_by_id[values["application_id"]].name,
                process=snap.process_by_id[values["process_id"]].name,
            )
        else:
            label = self.tr("{item} changes {name}").format(
                item=snap.item_by_id[other_id].code, name=self._form_name(snap)
            )
        self._run(CreateRecord(kind, values, label=label), self.tr("The link was not made."))

    def _unlink(self, kind: str | None, link_id: int) -> None:
        if self._form_key is None:
            return
        if kind is None:
            kind = process_map.change_kind(self._form_key[0])
        name = self._form_name(self.snapshot)
        self._run(
            DeleteRecord(
                kind, link_id, force=True, label=self.tr("Unlink from {name}").format(name=name)
            ),
            self.tr("The link was not removed."),
        )

    def _changed_item(self, row: QListWidgetItem) -> int | None:
        """The roadmap item of a row in "Changed by roadmap items"."""
        if self._form_key is None or row.data(KEY_ROLE) is None:
            return None
        return process_map.changed_item(self.snapshot, self._form_key[0], row.data(KEY_ROLE))

    def _item_opened(self, row: QListWidgetItem) -> None:
        """The four panes keep the room (no details panel here): the item opens in its view."""
        item_id = self._changed_item(row)
        if item_id is not None:
            self.host.reveal("item", item_id)

    def _form_name(self, snap: PlanSnapshot) -> str:
        assert self._form_key is not None
        return str(process_map.record_of(snap, self._form_key).name)

    # -- chart --------------------------------------------------------------------------------
    def draw(self) -> None:
        if self.chart_stack.currentWidget() is not self.canvas:
            self.info = None
            return
        level = self.level.currentData() or "top"
        self.info = draw_chart(CHART, self.canvas.figure, self.snapshot, level=level, title="")
        self.canvas.draw_idle()

    def settle(self) -> None:
        self.draw()

    def _hover(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        if hit is None:
            QToolTip.hideText()
            self.canvas.unsetCursor()
            return
        QToolTip.showText(QCursor.pos(), hit.tooltip, self.canvas)
        if hit.id is not None:
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _click(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        if hit is not None and hit.kind == "process" and isinstance(hit.id, int):
            self.select_record("process", hit.id)


register_view(
    ViewSpec(
        "processes",
        QT_TRANSLATE_NOOP("Views", "Business processes"),
        ProcessesView,
        icon="link",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The process map, the applications that enable it, gaps and investment by process",
        ),
        kinds=("process", "application"),
        order=77,
    )
)
