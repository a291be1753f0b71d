"""The details panel: every field of the selected record, editable, and what it is connected to.

It shows whatever a view selected — a roadmap item, an objective, an
alignment cell (linked or not), the plan settings — and edits through the
same field descriptions and commands as the tables. A refused edit keeps
what was typed and says why, right under the heading. A roadmap item opens
with its business case (ui/widgets/business_case.py); its sponsor, champion and IT
owner change through ``ChangeItemRole`` so the sponsor history keeps them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratplanner.commands.partnership import ITEM_ROLE_COLUMNS
from stratplanner.i18n import format_money, translate
from stratplanner.snapshot import DemandRec, KpiRec, LinkRec, MilestoneRec, PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.fields import (
    FIELDS,
    Field,
    InputError,
    command_for,
    kind_title,
    number_text,
    record_title,
    ref_text,
    strength_word,
)
from stratplanner.ui.icons import set_icon
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.widgets.business_case import (
    BusinessCaseCard,
    FlagBanner,
    RoleChangeReason,
    sponsor_flag_lines,
    sponsor_history_lines,
)
from stratplanner.ui.widgets.editors import FieldEditor, MultiLineEditor, create_editor

_RELATED_LIMIT = 12


class _WheelGuard(QObject):
    """Scrolling the panel must not turn a combo or spin box the pointer passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()
            return True
        return False


def _link(kind: str, record_id: int, text: str) -> str:
    return f'<a href="{kind}:{record_id}">{html.escape(text)}</a>'


class DetailsPanel(QWidget):
    """Shows and edits one record; ``reveal_requested`` asks the window to jump to a related one."""

    reveal_requested = Signal(str, int)
    #: The panel's "hide" button: the window collapses the panel (View ▸ Details Panel).
    collapse_requested = Signal()

    def __init__(self, live: LivePlan, parent: QWidget | None = None, *, collapsible: bool = True):
        super().__init__(parent)
        self.live = live
        self._kind: str | None = None
        self._key: Any = None
        self._editors: dict[str, FieldEditor] = {}
        self._shown: dict[str, Any] = {}  # each editor's value as last shown (vs. typed)
        #: The plan each editor's value was last shown from: an edit is based on it, so a
        #: teammate's change that arrived while the planner was typing is a conflict.
        self._seen: dict[str, PlanSnapshot] = {}
        self._fields: list[Field] = []
        self._committing = False
        self._reason: RoleChangeReason | None = None
        self._guard = _WheelGuard(self)
        self.setMinimumWidth(260)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self._kind_label = QLabel()
        self._kind_label.setObjectName("detailsKind")
        self.collapse_button = QToolButton()
        self.collapse_button.setObjectName("detailsCollapse")
        set_icon(self.collapse_button, "close")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setToolTip(
            self.tr("Hide the details panel (View ▸ Details Panel shows it again)")
        )
        self.collapse_button.setAccessibleName(self.tr("Hide the details panel"))
        self.collapse_button.clicked.connect(self.collapse_requested)
        if not collapsible:
            self.collapse_button.hide()  # never show() before it has a parent: a window of its own
        self._hint = self.tr("Select a record in a view to see and edit all of its fields here.")
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._title.setFont(font)
        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setObjectName("detailsError")
        self._error.hide()
        self._sponsor_flags = FlagBanner("detailsSponsorFlags")
        self._business_case = BusinessCaseCard(live)
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._form.setContentsMargins(0, 0, 0, 0)

        self._related = QLabel()
        self._related.setWordWrap(True)
        self._related.setTextFormat(Qt.TextFormat.RichText)
        self._related.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._related.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._related.linkActivated.connect(self._related_link)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 10, 12, 12)
        column.setSpacing(8)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._kind_label, 1)
        top.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self._title)
        column.addWidget(self._error)
        column.addWidget(self._business_case)
        column.addWidget(self._sponsor_flags)
        column.addWidget(self._empty)
        column.addWidget(self._form_host)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._line = line
        column.addWidget(line)
        column.addWidget(self._related)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        live.changed.connect(self.refresh)
        self._empty.setText(self._hint)
        self._apply_colors()
        self.show_record(None, None)

    # -- what is shown -------------------------------------------------------------------
    @property
    def kind(self) -> str | None:
        return self._kind

    @property
    def key(self) -> Any:
        return self._key

    def focus_first(self) -> None:
        """Keyboard focus on the first field that can be edited (or the panel)."""
        editable = [e for e in self._editors.values() if e.isVisible() and e.isEnabled()]
        (editable[0] if editable else self).setFocus()

    def set_hint(self, text: str) -> None:
        """What the panel says when nothing is selected (it names the view's kind of record)."""
        self._hint = text
        self._empty.setText(text)

    @property
    def hint(self) -> str:
        return self._empty.text() if self._empty.isVisibleTo(self) else ""

    def editor(self, name: str) -> FieldEditor:
        return self._editors[name]

    def show_record(self, kind: str | None, key: Any) -> None:
        """Show a record: an id, ``(objective_id, item_id)`` for a link, or ``None``."""
        if isinstance(key, list):
            key = tuple(key)
        changed_kind = kind != self._kind
        changed_record = changed_kind or key != self._key
        self._kind, self._key = kind, key
        self._error.hide()
        if changed_kind:
            self._build_form()
        elif changed_record and self._reason is not None:
            self._reason.clear()  # a reason is about one item's change, not the next item's
        for editor in self._editors.values():
            if editor.property("invalid"):
                editor.setProperty("invalid", False)
                editor.setStyleSheet("")
        self.refresh(self.live.snapshot)

    def _record(self, snap: PlanSnapshot) -> Any:
        kind, key = self._kind, self._key
        if kind is None:
            return None
        if kind == "settings":
            return snap.info
        if kind == "link":
            objective_id, item_id = key
            if objective_id not in snap.objective_by_id or item_id not in snap.item_by_id:
                return None
            for link in snap.links_by_item.get(item_id, ()):
                if link.objective_id == objective_id:
                    return link
            return LinkRec(0, objective_id, item_id, 0, "")
        return _by_id(snap, kind, key)

    def _build_form(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors = {}
        self._shown = {}
        self._seen = {}
        self._reason = None
        self._fields = [f for f in FIELDS.get(self._kind or "", []) if f.editable]
        snap = self.live.snapshot
        for fld in self._fields:
            editor = create_editor(fld, snap, self._form_host)
            editor.setToolTip(editor.toolTip() or fld.tooltip)
            editor.setObjectName(f"details_{fld.name}")
            if isinstance(editor, QComboBox | QAbstractSpinBox):
                editor.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                editor.installEventFilter(self._guard)
            if isinstance(editor, MultiLineEditor):
                editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 5)
                editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            editor.committed.connect(lambda f=fld, e=editor: self._commit(f, e))
            if self._kind == "item" and fld.name == "sponsor_id":
                # Above the roles: a new person is saved the moment it is chosen.
                self._reason = RoleChangeReason(self._form_host)
                self._form.addRow(self.tr("Reason for change"), self._reason)
            label = fld.header(snap) if fld.editor == "money" else fld.label
            self._form.addRow(label if fld.editor != "bool" else "", editor)
            self._editors[fld.name] = editor

    def refresh(self, snap: PlanSnapshot) -> None:
        rec = self._record(snap)
        has_record = rec is not None
        self._empty.setVisible(not has_record)
        self._form_host.setVisible(has_record)
        self._line.setVisible(has_record)
        self._related.setVisible(has_record)
        self._business_case.show_item(snap, rec if self._kind == "item" else None)
        flags = sponsor_flag_lines(snap, self._kind or "", rec) if has_record else []
        self._sponsor_flags.set_message(self.tr("Needs a sponsor"), flags)
        if not has_record:
            self._kind_label.setText(self.tr("Details"))
            self._title.setText(
                self.tr("Nothing selected")
                if self._kind is None
                else self.tr("This record was deleted")
            )
            return
        kind = self._kind or ""
        heading = kind_title(kind).upper()
        if kind in ("person", "team", "business_unit", "kpi"):
            heading += f" · {rec.code}"
        self._kind_label.setText(heading)
        title = record_title(snap, kind, rec)
        self._title.setText(title if len(title) <= 160 else title[:159] + "…")
        self._title.setToolTip(title[:2000] if len(title) > 160 else "")
        read_only = self.live.read_only
        for fld in self._fields:
            editor = self._editors[fld.name]
            if not self._typing_in(fld.name, editor) and not editor.property("invalid"):
                editor.set_value(fld.value(snap, rec))
                self._shown[fld.name] = _value_of(editor)
                self._seen[fld.name] = snap
            enabled = not read_only
            if kind == "link" and fld.name == "rationale" and rec.strength == 0:
                enabled = False
                assert isinstance(editor, MultiLineEditor)  # the rationale field is multiline
                editor.setPlaceholderText(self.tr("Choose a strength to link the item first"))
            editor.setEnabled(enabled)
        if self._reason is not None:
            self._reason.setEnabled(not read_only)
        self._related.setText(self._related_html(snap, kind, rec))

    def _typing_in(self, name: str, editor: FieldEditor) -> bool:
        """Focused and changed since shown: keep what is typed. A focused combo that merely
        holds the focus (after Undo from the toolbar, say) shows the plan's value again."""
        return editor.hasFocus() and _value_of(editor) != self._shown.get(name, _UNSET)

    # -- editing -------------------------------------------------------------------------
    def _commit(self, fld: Field, editor: FieldEditor) -> None:
        if self._committing or self._kind is None:
            return
        snap = self.live.snapshot
        rec = self._record(snap)
        if rec is None or self.live.read_only:
            return
        try:
            value = editor.value()
            changes = fld.changes_for(snap, rec, value)
        except InputError as exc:
            self._mark(editor, str(exc))
            return
        if not changes:
            self._mark(editor, None)
            return
        role_change = self._kind == "item" and fld.name in ITEM_ROLE_COLUMNS
        reason = ""
        if role_change and self._reason is not None:
            try:
                reason = self._reason.reason()
            except InputError as exc:
                self._mark(self._reason, str(exc))
                return
        command = command_for(self._kind, rec, changes, reason=reason)
        self._committing = True
        try:
            refusal = self.live.attempt(command, seen=self._seen.get(fld.name))
        finally:
            self._committing = False
        self._mark(editor, refusal)
        if refusal is None:
            self._shown[fld.name] = _value_of(editor)  # saved: no longer "being typed"
            if role_change and self._reason is not None:
                self._reason.clear()
            self.refresh(self.live.snapshot)

    def _mark(self, editor: QWidget, problem: str | None) -> None:
        editor.setProperty("invalid", bool(problem))
        editor.setStyleSheet(f"border: 1px solid {theme.error_color().name()};" if problem else "")
        if problem:
            self._error.setText(self.tr("Not saved: {problem}").format(problem=problem))
            self._error.show()
        else:
            self._error.hide()

    def _apply_colors(self) -> None:
        muted = theme.muted_text().name()
        self._kind_label.setStyleSheet(f"color: {muted}; font-weight: 600; letter-spacing: 1px;")
        self._empty.setStyleSheet(f"color: {muted};")
        self._error.setStyleSheet(f"color: {theme.error_color().name()};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)

    def _related_link(self, href: str) -> None:
        kind, _, record_id = href.partition(":")
        if record_id.isdigit():
            self.reveal_requested.emit(kind, int(record_id))

    # -- connections -------------------------------------------------------------------
    def _related_html(self, snap: PlanSnapshot, kind: str, rec: Any) -> str:
        sections: list[tuple[str, list[str]]] = []
        if kind == "item":
            links = sorted(snap.links_by_item.get(rec.id, ()), key=lambda link: -link.strength)
            sections.append(
                (
                    self.tr("Supports"),
                    [
                        f"{_ref(snap, 'objective', link.objective_id)}"
                        f" — {strength_word(link.strength)}"
                        for link in links
                    ],
                )
            )
            sections.append((self.tr("Sponsor history"), sponsor_history_lines(snap, rec.id)))
            sections.append(
                (
                    self.tr("Team demands"),
                    [
                        f"{_link('demand', d.id, ref_text(snap, 'team', d.team_id))}: "
                        + self.tr("{fte} FTE").format(fte=number_text(d.fte))
                        for d in snap.demands_by_item.get(rec.id, ())
                    ],
                )
            )
            sections.append(
                (
                    self.tr("Milestones"),
                    [
                        f"{m.quarter} {_link('milestone', m.id, m.title)}"
                        for m in sorted(
                            snap.milestones_by_item.get(rec.id, ()), key=lambda m: m.quarter
                        )
                    ],
                )
            )
            sections.append(
                (self.tr("KPIs"), [_kpi_line(k) for k in snap.kpis_by_item.get(rec.id, ())])
            )
            before = snap.predecessors.get(rec.id, [])
            sections.append(
                (
                    self.tr("Depends on"),
                    [_link("item", b, ref_text(snap, "item", b)) for b in before],
                )
            )
            after = [d.after_id for d in snap.dependencies if d.before_id == rec.id]
            sections.append(
                (
                    self.tr("Needed by"),
                    [_link("item", a, ref_text(snap, "item", a)) for a in after],
                )
            )
            currency = snap.info.currency
            sections.append(
                (
                    self.tr("Money"),
                    [
                        html.escape(
                            self.tr("Cost {cost} (capex + opex), value {value} a year").format(
                                cost=format_money(rec.capex + rec.opex, currency),
                                value=format_money(rec.annual_value, currency),
                            )
                        )
                    ],
                )
            )
        elif kind == "objective":
            children = snap.children_by_objective.get(rec.id, [])
            sections.append(
                (
                    self.tr("Sub-objectives"),
                    [_link("objective", c.id, f"{c.code} — {c.title}") for c in children],
                )
            )
            links = sorted(snap.links_by_objective.get(rec.id, ()), key=lambda link: -link.strength)
            sections.append(
                (
                    self.tr("Supported by"),
                    [
                        f"{_ref(snap, 'item', link.item_id)} — {strength_word(link.strength)}"
                        for link in links
                    ],
                )
            )
            sections.append(
                (
                    self.tr("KPIs"),
                    [_kpi_line(k) for k in snap.kpis_by_objective.get(rec.id, ())],
                )
            )
        elif kind == "person":
            sponsored = [
                i for i in snap.items if rec.id in (i.sponsor_id, i.champion_id, i.it_owner_id)
            ]
            sections.append(
                (
                    self.tr("Roadmap items"),
                    [_link("item", i.id, f"{i.code} — {i.title}") for i in sponsored],
                )
            )
            owned = [o for o in snap.objectives if o.owner_id == rec.id]
            sections.append(
                (
                    self.tr("Owns objectives"),
                    [_link("objective", o.id, f"{o.code} — {o.title}") for o in owned],
                )
            )
        elif kind == "team":
            demands = [d for d in snap.demands if d.team_id == rec.id]
            total = sum(d.fte for d in demands)
            sections.append(
                (
                    self.tr("Demands ({fte} FTE in total)").format(fte=number_text(total)),
                    [
                        f"{_ref(snap, 'item', d.item_id)}: "
                        + self.tr("{fte} FTE").format(fte=number_text(d.fte))
                        for d in demands
                    ],
                )
            )
        elif kind == "business_unit":
            items = [i for i in snap.items if i.business_unit_id == rec.id]
            sections.append(
                (
                    self.tr("Roadmap items"),
                    [_link("item", i.id, f"{i.code} — {i.title}") for i in items],
                )
            )
            people = [p for p in snap.people if p.business_unit_id == rec.id]
            sections.append((self.tr("People"), [_link("person", p.id, p.name) for p in people]))
        elif kind in ("demand", "milestone"):
            sections.append(
                (
                    self.tr("Roadmap item"),
                    [_link("item", rec.item_id, ref_text(snap, "item", rec.item_id))],
                )
            )
        elif kind == "kpi":
            if rec.objective_id is not None:
                target = _link(
                    "objective", rec.objective_id, ref_text(snap, "objective", rec.objective_id)
                )
            else:
                target = _link("item", rec.item_id, ref_text(snap, "item", rec.item_id))
            sections.append((self.tr("Measures"), [target]))
        elif kind == "link":
            sections.append(
                (
                    self.tr("Open"),
                    [
                        _link(
                            "objective",
                            rec.objective_id,
                            ref_text(snap, "objective", rec.objective_id),
                        ),
                        _link("item", rec.item_id, ref_text(snap, "item", rec.item_id)),
                    ],
                )
            )
        elif kind == "settings":
            quarters = snap.info.quarters
            sections.append(
                (
                    self.tr("Horizon"),
                    [
                        html.escape(
                            translate(
                                "DetailsPanel", "{start} to {end} (%n quarter(s))", None, quarters
                            ).format(start=snap.info.start, end=snap.info.end)
                        )
                    ],
                )
            )
        return "".join(_section(title, lines) for title, lines in sections)


_UNSET = object()
_HALF_TYPED = object()


def _value_of(editor: FieldEditor) -> Any:
    try:
        return editor.value()
    except InputError:
        return _HALF_TYPED  # never equal to what was shown


def _ref(snap: PlanSnapshot, kind: str, record_id: int) -> str:
    return _link(kind, record_id, ref_text(snap, kind, record_id))


def _section(title: str, lines: list[str]) -> str:
    if not lines:
        none = html.escape(translate("DetailsPanel", "none"))
        return f"<p><b>{html.escape(title)}</b><br><i>{none}</i></p>"
    shown = lines[:_RELATED_LIMIT]
    more = ""
    if len(lines) > len(shown):
        hidden = len(lines) - len(shown)
        more = "<br>" + html.escape(translate("DetailsPanel", "…and %n more", None, hidden))
    return f"<p><b>{html.escape(title)}</b><br>" + "<br>".join(shown) + more + "</p>"


def _kpi_line(kpi: Any) -> str:
    values = " → ".join(
        number_text(v) for v in (kpi.baseline, kpi.actual, kpi.target) if v is not None
    )
    unit = f" {html.escape(kpi.unit)}" if kpi.unit else ""
    return f"{_link('kpi', kpi.id, kpi.name)}{': ' + values + unit if values else ''}"


def _by_id(snap: PlanSnapshot, kind: str, record_id: int) -> Any:
    lookups: dict[str, Mapping[int, object]] = {
        "item": snap.item_by_id,
        "objective": snap.objective_by_id,
        "person": snap.person_by_id,
        "team": snap.team_by_id,
        "business_unit": snap.business_unit_by_id,
    }
    if kind in lookups:
        return lookups[kind].get(record_id)
    collections: dict[str, Sequence[DemandRec | KpiRec | MilestoneRec]] = {
        "demand": snap.demands,
        "kpi": snap.kpis,
        "milestone": snap.milestones,
    }
    return next((r for r in collections[kind] if r.id == record_id), None)
