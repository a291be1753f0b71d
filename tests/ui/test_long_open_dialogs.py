"""Team mode and long-open dialogs: an edit is based on the plan the planner saw when the dialog
opened, so a teammate's change that arrived (and refreshed the views) while the dialog was open
is a conflict — refused with the team-mode message, nothing written — never a silent overwrite.

SQLite stands in for the plan server: the teammate is a second document on the same database
(another session id and user, as another laptop would be), and the version policy is the same
(tests/test_team_mode.py and tests/ui/test_team_gui.py run it on PostgreSQL).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, view_of
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from stratplanner.commands import Command, UpdateRecord, UpdateSettings
from stratplanner.commands.partnership import RatingInput, RecordAssessment
from stratplanner.commands.workshop import (
    AddParticipant,
    CastBallot,
    CreateRound,
    CreateWorkshop,
    SetRoundState,
)
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.model.values import MaturityDimension
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store.document import PlanDocument
from stratplanner.ui.actions import Act
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views import stakeholders as view_stakeholders

pytestmark = pytest.mark.gui

#: A teammate's change while the dialog is open (True) or none (False: the edit goes through).
MEANWHILE = pytest.mark.parametrize("meanwhile", [True, False], ids=["teammate", "alone"])


class Teammate:
    """Another planner on the same plan: their own document, session id and name."""

    def __init__(self, window: MainWindow, dialogs: Any):
        assert window.live is not None
        self.window, self.dialogs = window, dialogs
        mine = window.live.document
        self.doc = PlanDocument(mine.path, mine.engine, read_only=False)
        self.doc.user_name = "Bea"

    @property
    def snapshot(self) -> PlanSnapshot:
        snap = load_snapshot(self.doc.session)
        self.doc.session.rollback()
        return snap

    def change(self, command: Command) -> None:
        """Save ``command`` as Bea, then let the window see it (as TeamSync's poll does)."""
        self.doc.execute(command)
        assert self.window.live is not None
        assert self.window.live.document.poll_external_changes()

    def close(self) -> None:
        self.doc.session.close()  # the engine is the window's: leave it open


@pytest.fixture
def bea(plan_window: MainWindow, dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The teammate; a conflict's Reload/Overwrite question is recorded and answered with
    neither (the planner closes it), so the edit stays refused."""

    def choose(parent: Any, title: str, text: str, choices: list[str], **_kw: Any) -> None:
        dialogs.calls.append(("choose", title, text, *choices))

    monkeypatch.setattr(dialogs, "choose", choose, raising=False)
    mate = Teammate(plan_window, dialogs)
    yield mate
    mate.close()


def _on_disk(window: MainWindow) -> PlanSnapshot:
    assert window.live is not None
    return load_snapshot(window.live.document.new_session())


def _asked_conflict(dialogs: Any) -> str:
    """The one Reload/Overwrite question asked, naming the teammate."""
    asked = dialogs.of("choose")
    assert len(asked) == 1, asked
    assert asked[0][1] == "Changed by Someone Else"
    assert "changed by Bea" in asked[0][2]
    return str(asked[0][2])


# -- stakeholders: leave, move, choose successors ----------------------------------------------


def _drive_hand_over(qtbot: Any, monkeypatch: pytest.MonkeyPatch, fill: Any) -> None:
    def run(dialog: Any) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(view_stakeholders, "run_dialog", run)


def _sponsor(snap: PlanSnapshot) -> tuple[Any, Any]:
    """An item whose sponsor is active, and that sponsor."""
    item = next(i for i in snap.items if i.sponsor_id and snap.person_by_id[i.sponsor_id].active)
    return item, snap.person_by_id[item.sponsor_id]


@MEANWHILE
def test_leave_dialog_is_based_on_the_plan_it_opened_on(
    qtbot: Any,
    bea: Teammate,
    monkeypatch: pytest.MonkeyPatch,
    meanwhile: bool,
) -> None:
    plan_window, dialogs = bea.window, bea.dialogs
    view = view_of(plan_window, "stakeholders")
    item, person = _sponsor(plan_window.live.snapshot)
    assert view.select_person(person.id)

    def fill(dialog: Any) -> None:
        if meanwhile:  # Bea gives the person a new role while the dialog is open
            bea.change(UpdateRecord("person", person.id, {"role": "Bea's role"}))
            assert plan_window.live.snapshot.person_by_id[person.id].role == "Bea's role"

    _drive_hand_over(qtbot, monkeypatch, fill)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    after = _on_disk(plan_window)
    if meanwhile:
        text = _asked_conflict(dialogs)
        assert "was not marked as left; nothing was changed" in view.message.text()
        assert text in view.message.text()
        assert after.person_by_id[person.id].active
        assert after.person_by_id[person.id].role == "Bea's role"
        assert after.item_by_id[item.id].sponsor_id == person.id
    else:
        assert not dialogs.of("choose")
        assert "marked as left" in view.message.text(), view.message.text()
        assert not after.person_by_id[person.id].active


@MEANWHILE
def test_move_dialog_is_based_on_the_plan_it_opened_on(
    qtbot: Any,
    bea: Teammate,
    monkeypatch: pytest.MonkeyPatch,
    meanwhile: bool,
) -> None:
    plan_window, dialogs = bea.window, bea.dialogs
    view = view_of(plan_window, "stakeholders")
    _item, person = _sponsor(plan_window.live.snapshot)
    assert view.select_person(person.id)
    chosen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        dialog.unit.setCurrentIndex(0)
        chosen["unit"] = dialog.unit.currentData()
        if meanwhile:
            bea.change(UpdateRecord("person", person.id, {"role": "Bea's role"}))

    _drive_hand_over(qtbot, monkeypatch, fill)
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    after = _on_disk(plan_window)
    if meanwhile:
        text = _asked_conflict(dialogs)
        assert "was not moved; nothing was changed" in view.message.text()
        assert text in view.message.text()
        assert after.person_by_id[person.id].business_unit_id == person.business_unit_id
        assert after.person_by_id[person.id].role == "Bea's role"
    else:
        assert not dialogs.of("choose")
        assert "moved" in view.message.text(), view.message.text()
        assert after.person_by_id[person.id].business_unit_id == chosen["unit"]


@MEANWHILE
def test_successors_dialog_is_based_on_the_plan_it_opened_on(
    qtbot: Any,
    bea: Teammate,
    monkeypatch: pytest.MonkeyPatch,
    meanwhile: bool,
) -> None:
    plan_window, dialogs = bea.window, bea.dialogs
    view = view_of(plan_window, "stakeholders")
    item, person = _sponsor(plan_window.live.snapshot)
    assert view.select_person(person.id)
    chosen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        combo = dialog.successors[("item", item.id, "sponsor")]
        index = next(n for n in range(combo.count()) if isinstance(combo.itemData(n), int))
        combo.setCurrentIndex(index)
        chosen["successor"] = combo.currentData()
        if meanwhile:  # Bea renames the item being handed over
            bea.change(UpdateRecord("item", item.id, {"title": "Bea's title"}))

    _drive_hand_over(qtbot, monkeypatch, fill)
    qtbot.mouseClick(view.successors_button, Qt.MouseButton.LeftButton)
    after = _on_disk(plan_window)
    if meanwhile:
        text = _asked_conflict(dialogs)
        assert "nothing was changed" in view.message.text()
        assert text in view.message.text()
        assert after.item_by_id[item.id].sponsor_id == person.id
        assert after.item_by_id[item.id].title == "Bea's title"
    else:
        assert not dialogs.of("choose")
        assert after.item_by_id[item.id].sponsor_id == chosen["successor"]


# -- maturity: the assessment grid -------------------------------------------------------------


@MEANWHILE
def test_an_assessment_is_based_on_the_plan_the_grid_was_filled_from(
    qtbot: Any, bea: Teammate, meanwhile: bool
) -> None:
    plan_window, dialogs = bea.window, bea.dialogs
    view = view_of(plan_window, "maturity")
    unit_id = view.unit_id()
    assert unit_id is not None
    when = date(2031, 1, 15)
    view.date.setDate(QDate(when.year, when.month, when.day))
    dim = MaturityDimension.TRUST_DELIVERY.value
    spin = view.levels[dim]
    mine = 4 if spin.value() != 4 else 1
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(mine))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == mine
    if meanwhile:  # Bea records her assessment of the unit on the same day meanwhile
        theirs = {d.value: RatingInput(2, None, "Bea's evidence") for d in MaturityDimension}
        bea.change(RecordAssessment(unit_id, when, theirs, replace=True))
        assert spin.value() == mine  # the refresh keeps what the planner is entering
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    after = _on_disk(plan_window)
    recorded = [a for a in after.assessments_by_unit[unit_id] if a.assessed_on == when]
    assert len(recorded) == 1
    ratings = after.ratings_by_assessment[recorded[0].id]
    if meanwhile:
        _asked_conflict(dialogs)
        assert "was not recorded" in view.message.text()
        assert ratings[dim].level == 2 and ratings[dim].evidence == "Bea's evidence"
    else:
        assert not dialogs.of("choose")
        assert ratings[dim].level == mine
        assert "recorded" in view.message.text()


# -- workshop: a paper ballot ------------------------------------------------------------------


@MEANWHILE
def test_a_paper_ballot_is_based_on_the_plan_the_form_opened_on(
    qtbot: Any, bea: Teammate, meanwhile: bool
) -> None:
    from stratplanner.ui.views import view_specs

    view_specs()  # every view registered before one view's module is imported on its own
    from stratplanner.ui.workshop.dialogs import BallotForm

    plan_window, dialogs = bea.window, bea.dialogs
    live = plan_window.live
    assert live is not None
    assert live.execute(CreateWorkshop("W", "W"))
    workshop = live.snapshot.workshop_by_code["W"]
    assert live.execute(AddParticipant(workshop.id, person="rchen"))
    assert live.execute(CreateRound(workshop.id, "P", "Which?", "pairwise", ["CDP", "SFS"]))
    (round_,) = live.snapshot.rounds_of(workshop.id)
    assert live.execute(SetRoundState(round_.id, "open"))
    (person,) = live.snapshot.participants_by_workshop[workshop.id]

    form = BallotForm(live.snapshot, round_, [person], live.attempt, paper=True)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.set_value(("CDP", "SFS"), "SFS")
    if meanwhile:  # the same participant's ballot arrives from another laptop meanwhile
        bea.change(CastBallot(round_.id, person.id, [["CDP", "SFS", "CDP"]]))
        assert live.snapshot.ballots_of(round_.id)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    (stored,) = _on_disk(plan_window).ballots_of(round_.id)
    if meanwhile:
        text = _asked_conflict(dialogs)
        assert form.isVisible() and form.problem.text() == text  # stays open with the reason
        assert stored.values == [["CDP", "SFS", "CDP"]]
    else:
        assert not dialogs.of("choose")
        assert form.command_done is not None
        assert stored.values == [["CDP", "SFS", "SFS"]]


# -- plan settings: a field being typed in -----------------------------------------------------


@MEANWHILE
def test_a_plan_setting_is_based_on_the_value_shown_when_typing_began(
    qtbot: Any, bea: Teammate, meanwhile: bool
) -> None:
    plan_window, dialogs = bea.window, bea.dialogs
    plan_window.show_plan_settings()
    dialog = plan_window.settings_dialog
    assert dialog is not None
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    title = dialog.panel.editor("title")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    assert title.hasFocus()
    title.selectAll()
    qtbot.keyClicks(title, "My title")
    if meanwhile:  # Bea renames the plan while the planner types
        bea.change(UpdateSettings({"title": "Bea's title"}))
        assert plan_window.live.snapshot.info.title == "Bea's title"
        assert title.text() == "My title"  # what is being typed is kept
    qtbot.keyClick(title, Qt.Key.Key_Return)
    after = _on_disk(plan_window)
    if meanwhile:
        text = _asked_conflict(dialogs)
        assert title.property("invalid")
        assert dialog.panel._error.text() == f"Not saved: {text}"
        assert after.info.title == "Bea's title"
    else:
        assert not dialogs.of("choose")
        assert after.info.title == "My title"


# -- portfolio: weights being tried ------------------------------------------------------------


@MEANWHILE
def test_saved_weights_are_based_on_the_plan_they_were_tried_on(
    qtbot: Any, bea: Teammate, meanwhile: bool
) -> None:
    plan_window, dialogs = bea.window, bea.dialogs
    view = view_of(plan_window, "portfolio")
    spin = view.spins["VALUE"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "10")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    value = by_code(plan_window.live.snapshot.criteria, "VALUE")
    if meanwhile:  # Bea saves her weight for the same criterion meanwhile
        bea.change(UpdateRecord("criterion", value.id, {"weight": 5}))
        assert plan_window.live.snapshot.criterion_by_id[value.id].weight == 5
        assert spin.value() == 10  # the weight being tried is kept
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    stored = by_code(_on_disk(plan_window).criteria, "VALUE").weight
    if meanwhile:
        _asked_conflict(dialogs)
        assert stored == 5
        assert view.unsaved() == {"VALUE": 10}  # still there to save again or reset
    else:
        assert not dialogs.of("choose")
        assert stored == 10


# -- merging another plan ---------------------------------------------------------------------


@MEANWHILE
def test_a_merge_is_based_on_the_plan_it_was_reviewed_against(
    qtbot: Any, bea: Teammate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meanwhile: bool
) -> None:
    plan_window, dialogs = bea.window, bea.dialogs
    monkeypatch.setattr(
        dialogs, "open_file_path", lambda *a: dialogs._next_path("open_file"), raising=False
    )
    live = plan_window.live
    assert live is not None
    doc = plan_to_dict(live.snapshot)
    for record in doc["items"]:
        if record["code"] == "CLOUD-LZ":
            record["title"] = "Cloud landing zone (offsite)"
    other = tmp_path / "offsite.json"
    other.write_text(json.dumps(doc, default=str), encoding="utf-8")
    dialogs.paths.append(str(other))
    with qtbot.waitSignal(plan_window.transfer.merge_shown) as blocker:
        plan_window.actions_by_name[Act.MERGE].trigger()
    dialog = blocker.args[0]
    taken = dialog.row_of('roadmap item CLOUD-LZ "Cloud landing zone (offsite)"')
    dialog.tree.setCurrentItem(taken)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # take theirs
    assert taken.checkState(0) == Qt.CheckState.Checked
    item = by_code(live.snapshot.items, "CLOUD-LZ")
    if meanwhile:  # Bea renames the item while the planner reviews the merge
        bea.change(UpdateRecord("item", item.id, {"title": "Bea's landing zone"}))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    title = _on_disk(plan_window).item_by_id[item.id].title
    if meanwhile:
        text = _asked_conflict(dialogs)
        assert dialog.isVisible() and dialog.problem.text() == f"Not merged: {text}"
        assert title == "Bea's landing zone"
    else:
        assert not dialogs.of("choose")
        assert not dialog.isVisible()
        assert title == "Cloud landing zone (offsite)"
