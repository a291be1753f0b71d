"""Stakeholders view: relationships listed; a sponsor marked as left with a successor chosen
in the dialog hands the item over in one step, undone through the window's Undo action."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from gui_helpers import by_code, view_of
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from stratplanner.analysis import partnership
from stratplanner.commands import UpdateRecord
from stratplanner.commands.partnership import AssignSuccessors, ChangeItemRole, MarkPersonLeft
from stratplanner.ui.dialogs.stakeholder_dialogs import LATER
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views import stakeholders as view_stakeholders

pytestmark = pytest.mark.gui


def test_relationships_are_listed(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    assert view.tree.topLevelItemCount() == len(snap.people)
    assert view.flags.topLevelItemCount() == len(partnership.sponsor_flags(snap))


def test_mark_a_sponsor_as_left_choosing_a_successor_then_undo(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    item = next(i for i in snap.items if i.sponsor_id and snap.person_by_id[i.sponsor_id].active)
    sponsor_id = item.sponsor_id
    assert view.select_person(sponsor_id)
    assert view.leave_button.isEnabled()
    key = ("item", item.id, "sponsor")
    chosen: dict[str, Any] = {}

    def drive(dialog: Any) -> bool:
        combo = dialog.successors[key]
        suggested = partnership.suggested_successors(snap, sponsor_id)
        assert combo.currentData() == suggested[0]  # prefilled with the best suggestion
        combo.setCurrentIndex(combo.findData(suggested[-1]))
        chosen["successor"] = suggested[-1]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(view_stakeholders, "run_dialog", drive)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)

    assert "marked as left" in view.message.text(), view.message.text()
    after = plan_window.live.snapshot
    assert after.item_by_id[item.id].sponsor_id == chosen["successor"]
    assert not after.person_by_id[sponsor_id].active
    assert "(left)" in " ".join(
        view.tree.topLevelItem(n).text(0) for n in range(view.tree.topLevelItemCount())
    )

    plan_window.undo_action.trigger()
    undone = plan_window.live.snapshot
    assert undone.item_by_id[item.id].sponsor_id == sponsor_id
    assert undone.person_by_id[sponsor_id].active


def test_cancelling_the_dialog_changes_nothing(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    person = next(p for p in snap.people if p.active)
    view.select_person(person.id)
    monkeypatch.setattr(view_stakeholders, "run_dialog", lambda dialog: False)
    assert not view.mark_selected_left()
    assert plan_window.live.snapshot.person_by_id[person.id].active


# -- driving the hand-over dialogs like a user ------------------------------------------------

JAMES, TOMAS, ROBERT, OLIVIA = "jwhitaker", "therrera", "rchen", "ogrant"


def _person(snap: Any, code: str) -> Any:
    return by_code(snap.people, code)


def _click_row(qtbot: Any, tree: Any, item: Any) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def _click_person(qtbot: Any, view: Any, person_id: int) -> None:
    item = next(
        view.tree.topLevelItem(n)
        for n in range(view.tree.topLevelItemCount())
        if view.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == person_id
    )
    _click_row(qtbot, view.tree, item)
    assert view.selected_person() == person_id


def _rows(tree: Any) -> list[list[str]]:
    return [
        [tree.topLevelItem(n).text(c) for c in range(tree.columnCount())]
        for n in range(tree.topLevelItemCount())
    ]


def _offered(combo: Any) -> list[Any]:
    return [combo.itemData(n) for n in range(combo.count())]


def _pick(combo: Any, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _driver(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    fill: Any,
    *,
    button: Any = QDialogButtonBox.StandardButton.Ok,
) -> list[str]:
    """Replace run_dialog: show the dialog, let ``fill`` set it up, click ``button``.
    Returns the list the opened dialogs' titles are appended to."""
    opened: list[str] = []

    def run(dialog: Any) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog.windowTitle())
        fill(dialog)
        qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(view_stakeholders, "run_dialog", run)
    return opened


def test_move_to_another_unit_hands_over_what_stays_behind_in_one_undo_step(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    tomas = _person(snap, TOMAS)
    marcus = _person(snap, "mbell")
    finance = by_code(snap.business_units, "FINANCE")
    supplier, wms, forecast, sfs = (
        by_code(snap.items, c) for c in ("SUPPLIER-PORTAL", "WMS", "DEMAND-FC", "SFS")
    )
    history_before = view.history.topLevelItemCount()
    steps_before = plan_window.live.undo_stack.count()
    _click_person(qtbot, view, tomas.id)

    def fill(dialog: Any) -> None:
        assert tomas.business_unit_id not in _offered(dialog.unit)  # not "moved" to where he is
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no unit chosen yet: Enter alone moves nobody
        # prefilled: what stays behind in his unit gets a successor, the rest stays with him
        suggested = partnership.suggested_successors(snap, tomas.id)[0]
        assert dialog.successors[("item", supplier.id, "sponsor")].currentData() == suggested
        assert dialog.successors[("item", sfs.id, "champion")].currentData() == LATER
        _pick(dialog.unit, finance.id)
        assert ok.isEnabled()
        dialog.role.setText("VP Finance Transformation")
        for key in dialog.successors:  # everything he holds is listed
            assert tomas.id not in _offered(dialog.successors[key])
        assert len(dialog.successors) == len(partnership.responsibilities_of(snap, tomas.id))
        for item in (supplier, wms):
            _pick(dialog.successors[("item", item.id, "sponsor")], marcus.id)
        for key, combo in dialog.successors.items():
            if key not in {("item", supplier.id, "sponsor"), ("item", wms.id, "sponsor")}:
                _pick(combo, LATER)  # Tomás keeps the rest

    opened = _driver(qtbot, monkeypatch, fill)
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)

    assert opened == [f"Move {tomas.name} to another unit"]
    assert "moved" in view.message.text(), view.message.text()
    after = plan_window.live.snapshot
    moved = after.person_by_id[tomas.id]
    assert (moved.business_unit_id, moved.role, moved.active) == (
        finance.id,
        "VP Finance Transformation",
        True,
    )
    assert after.item_by_id[supplier.id].sponsor_id == marcus.id
    assert after.item_by_id[wms.id].sponsor_id == marcus.id
    assert after.item_by_id[forecast.id].sponsor_id == tomas.id  # kept, moves with him
    row = next(r for r in _rows(view.tree) if r[0] == tomas.name)
    assert row[3] == finance.name
    assert view.history.topLevelItemCount() == history_before + 2
    assert f"{tomas.name} → {marcus.name}" in " ".join(" ".join(r) for r in _rows(view.history))
    assert plan_window.live.undo_stack.count() == steps_before + 1  # one step

    plan_window.undo_action.trigger()
    undone = plan_window.live.snapshot
    person = undone.person_by_id[tomas.id]
    assert (person.business_unit_id, person.role) == (tomas.business_unit_id, tomas.role)
    assert undone.item_by_id[supplier.id].sponsor_id == tomas.id
    assert undone.item_by_id[wms.id].sponsor_id == tomas.id
    row = next(r for r in _rows(view.tree) if r[0] == tomas.name)
    assert row[3] == undone.business_unit_by_id[tomas.business_unit_id].name
    assert view.history.topLevelItemCount() == history_before


def test_leave_without_a_successor_flags_it_and_choose_successors_clears_the_flag(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    james = _person(snap, JAMES)
    daniel = _person(snap, "dfischer")
    sandra = _person(snap, "sreyes")
    pos = by_code(snap.items, "POS-REFRESH")
    bopis = by_code(snap.items, "BOPIS")
    pos_key = ("item", pos.id, "sponsor")
    _click_person(qtbot, view, james.id)

    def leave(dialog: Any) -> None:
        assert len(dialog.successors) == len(partnership.responsibilities_of(snap, james.id))
        _pick(dialog.form.set_all, daniel.id)  # "apply to all" …
        qtbot.mouseClick(dialog.form.set_all_button, Qt.MouseButton.LeftButton)
        assert all(c.currentData() == daniel.id for c in dialog.successors.values())
        _pick(dialog.successors[pos_key], LATER)  # … but decide POS later
        dialog.reason.setText("Left the company")

    _driver(qtbot, monkeypatch, leave)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)

    after = plan_window.live.snapshot
    assert not after.person_by_id[james.id].active
    assert after.item_by_id[bopis.id].sponsor_id == daniel.id
    assert after.item_by_id[pos.id].sponsor_id == james.id  # still his: flagged
    flag_rows = [
        view.flags.topLevelItem(n)
        for n in range(view.flags.topLevelItemCount())
        if view.flags.topLevelItem(n).text(0).startswith(pos.code)
        and view.flags.topLevelItem(n).text(1) == "Sponsor"
    ]
    assert len(flag_rows) == 1
    assert flag_rows[0].text(2) == f"{james.name} has left"

    _click_row(qtbot, view.flags, flag_rows[0])
    assert view.flag_successors_button.isEnabled()
    offered: dict[str, Any] = {}

    def choose(dialog: Any) -> None:
        offered["keys"] = list(dialog.successors)
        offered["people"] = _offered(dialog.successors[pos_key])
        _pick(dialog.successors[pos_key], sandra.id)

    opened = _driver(qtbot, monkeypatch, choose)
    qtbot.mouseClick(view.flag_successors_button, Qt.MouseButton.LeftButton)

    assert opened == ["Choose successors"]
    assert offered["keys"] == [pos_key]  # only the selected flag
    assert james.id not in offered["people"]
    assert plan_window.live.snapshot.item_by_id[pos.id].sponsor_id == sandra.id
    assert not any(r[0].startswith(pos.code) and r[1] == "Sponsor" for r in _rows(view.flags))
    changes = [r for r in _rows(view.history) if r[1].startswith(pos.code) and r[2] == "Sponsor"]
    assert [f"{james.name} → {sandra.name}", date.today().isoformat()] in [
        [r[3], r[0]] for r in changes
    ]


def test_choose_successors_of_a_person_who_left_clears_all_their_flags(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    olivia = _person(snap, OLIVIA)
    assert any(olivia.name in r[2] for r in _rows(view.flags))
    _click_person(qtbot, view, olivia.id)
    assert not view.leave_button.isEnabled() and view.successors_button.isEnabled()
    _driver(qtbot, monkeypatch, lambda dialog: None)  # the prefilled suggestions, as they are
    qtbot.mouseClick(view.successors_button, Qt.MouseButton.LeftButton)
    assert not any(olivia.name in r[2] for r in _rows(view.flags))
    assert partnership.responsibilities_of(plan_window.live.snapshot, olivia.id) == []


def test_nobody_is_offered_as_their_own_successor_and_the_command_refuses_it(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    robert = _person(snap, ROBERT)
    david = _person(snap, "dokafor")
    yuki = _person(snap, "ytanaka")  # David owns the relationship with Yuki
    _click_person(qtbot, view, robert.id)
    seen: dict[Any, list[Any]] = {}
    _driver(
        qtbot,
        monkeypatch,
        lambda d: seen.update({k: _offered(c) for k, c in d.successors.items()}),
        button=QDialogButtonBox.StandardButton.Cancel,
    )
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert seen, "the dialog listed nothing"
    for (_kind, record_id, _role), people in seen.items():
        assert robert.id not in people
        assert record_id not in people  # nobody owns the relationship with themselves
    assert yuki.id not in seen[("person", david.id, "relationship_owner")]  # no circle

    key = ("person", david.id, "relationship_owner")
    refusals: list[str] = []
    plan_window.live.refused.connect(refusals.append)
    assert not plan_window.live.execute(AssignSuccessors(robert.id, {key: robert.id}))
    assert not plan_window.live.execute(MarkPersonLeft(robert.id, {key: robert.id}))
    assert len(refusals) == 2
    assert all(f"{robert.name} can't be their own successor" in r for r in refusals), refusals
    after = plan_window.live.snapshot
    assert after.person_by_id[robert.id].active
    assert after.person_by_id[david.id].relationship_owner_id == robert.id


def test_a_refused_hand_over_says_why_and_changes_nothing(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    james = _person(snap, JAMES)
    bopis = by_code(snap.items, "BOPIS")
    _click_person(qtbot, view, james.id)

    def meanwhile(dialog: Any) -> None:  # someone else re-sponsors BOPIS while the dialog is open
        _pick(dialog.successors[("item", bopis.id, "sponsor")], _person(snap, "dfischer").id)
        assert plan_window.live.execute(
            ChangeItemRole(bopis.id, "sponsor", _person(snap, "sreyes").id)
        )

    _driver(qtbot, monkeypatch, meanwhile)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert "was not marked as left; nothing was changed" in view.message.text()
    assert "no longer the sponsor" in view.message.text()
    assert plan_window.live.snapshot.person_by_id[james.id].active


def test_cancelling_a_move_changes_nothing(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    tomas = _person(snap, TOMAS)
    _click_person(qtbot, view, tomas.id)

    def fill(dialog: Any) -> None:
        _pick(dialog.unit, by_code(snap.business_units, "FINANCE").id)
        for combo in dialog.successors.values():
            combo.setCurrentIndex(combo.count() - 1)

    _driver(qtbot, monkeypatch, fill, button=QDialogButtonBox.StandardButton.Cancel)
    steps = plan_window.live.undo_stack.count()
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    after = plan_window.live.snapshot
    assert after is snap  # not even re-read: nothing was written
    assert plan_window.live.undo_stack.count() == steps
    assert after.person_by_id[tomas.id].business_unit_id == tomas.business_unit_id
    assert "moved" not in view.message.text()


def test_history_can_show_only_the_selected_persons_changes(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    olivia = _person(snap, OLIVIA)
    everything = view.history.topLevelItemCount()
    assert everything == len(snap.sponsor_changes)
    _click_person(qtbot, view, olivia.id)
    box = view.history_selected_only
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    rows = _rows(view.history)
    assert 0 < len(rows) < everything
    assert all(olivia.name in r[3] for r in rows)


def test_a_read_only_plan_offers_no_hand_over(
    qtbot: Any, window: MainWindow, sample_plan: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(sample_plan, read_only=True)
    view = view_of(window, "stakeholders")
    snap = window.live.snapshot
    monkeypatch.setattr(view_stakeholders, "run_dialog", lambda d: pytest.fail("dialog opened"))
    for code in (JAMES, OLIVIA):
        _click_person(qtbot, view, _person(snap, code).id)
        buttons = (view.leave_button, view.move_button, view.successors_button)
        assert not any(b.isEnabled() for b in buttons)
        assert not any(a.isEnabled() for a in view.tree.actions())
    assert view.flags.topLevelItemCount() > 0
    assert not view.flag_successors_button.isEnabled()
    assert not view.mark_selected_left() and not view.move_selected()
    assert not view.choose_successors_for_flags()
    assert window.live.snapshot is snap


def test_people_sort_by_what_they_hold_and_left_owners_are_marked(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "stakeholders")
    header = view.tree.header()
    holds = len(view_stakeholders.COLUMNS) - 1
    x = header.sectionViewportPosition(holds) + header.sectionSize(holds) // 2
    for _ in range(2):  # ascending, then descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        counts = [int(r[holds]) for r in _rows(view.tree)]
        assert counts == sorted(
            counts, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )
    assert counts[0] == 13  # as numbers: "13" is not below "2"
    marcus = next(r for r in _rows(view.tree) if r[0] == "Marcus Bell")
    assert marcus[4] == "Farid Haddad (left)"


def test_choose_successors_with_no_row_selected_fills_every_flag_in_one_step(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    james = _person(snap, JAMES)
    pos_key = ("item", by_code(snap.items, "POS-REFRESH").id, "sponsor")
    _click_person(qtbot, view, james.id)
    _driver(qtbot, monkeypatch, lambda d: _pick(d.successors[pos_key], None))  # nobody
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert any(r[2] == "no sponsor named" for r in _rows(view.flags))  # an empty role …
    assert any("has left" in r[2] for r in _rows(view.flags))  # … beside roles of leavers
    flags_before = view.flags.topLevelItemCount()
    assert not view.flags.selectedItems()

    seen: dict[str, Any] = {}

    def fill_every_row(dialog: Any) -> None:
        seen.update(rows=len(dialog.successors))
        for combo in dialog.successors.values():
            combo.setCurrentIndex(combo.count() - 1)  # someone, on every row

    _driver(qtbot, monkeypatch, fill_every_row)
    steps = plan_window.live.undo_stack.count()
    qtbot.mouseClick(view.flag_successors_button, Qt.MouseButton.LeftButton)
    assert seen["rows"] == flags_before
    assert view.flags.topLevelItemCount() == 0, _rows(view.flags)
    assert view.flags_title.text() == "Needs a sponsor (0)"
    assert plan_window.live.undo_stack.count() == steps + 1

    plan_window.undo_action.trigger()
    assert view.flags.topLevelItemCount() == flags_before


def _row_of(tree: Any, starts: str) -> Any:
    return next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(0).startswith(starts)
    )


def test_an_edit_elsewhere_keeps_the_details_on_the_clicked_flag(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "stakeholders")
    details = plan_window.workspace.details
    snap = plan_window.live.snapshot
    olivia = _person(snap, OLIVIA)
    _click_person(qtbot, view, olivia.id)
    assert (details.kind, details.key) == ("person", olivia.id)
    flag = view.flags.topLevelItem(0)
    kind, record_id = flag.data(0, Qt.ItemDataRole.UserRole)
    _click_row(qtbot, view.flags, flag)
    assert (details.kind, details.key) == (kind, record_id)

    other = next(i for i in snap.items if (kind, record_id) != ("item", i.id))
    assert plan_window.live.execute(UpdateRecord("item", other.id, {"title": "Renamed"}))

    assert (details.kind, details.key) == (kind, record_id)  # not back to Olivia
    assert view.selected_person() == olivia.id
    assert view.flags.currentItem() is not None and view.flags.currentItem().isSelected()
    assert view.flags.currentItem().data(0, Qt.ItemDataRole.UserRole) == (kind, record_id)
    _click_person(qtbot, view, _person(snap, JAMES).id)  # a click still shows the person
    assert (details.kind, details.key) == ("person", _person(snap, JAMES).id)


def test_names_and_titles_with_markup_show_as_typed(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    james = _person(snap, JAMES)
    pos = by_code(snap.items, "POS-REFRESH")
    name, title = "<i>Ann</i>", "R&amp;D <b>POS</b>"
    assert plan_window.live.execute(UpdateRecord("person", james.id, {"name": name}))
    assert plan_window.live.execute(UpdateRecord("item", pos.id, {"title": title}))
    _click_person(qtbot, view, james.id)
    shown: list[Any] = []

    def markup_labels(dialog: Any) -> None:
        shown.extend(
            label
            for label in dialog.findChildren(QLabel)
            if name in label.text() or title in label.text()
        )
        for combo in dialog.successors.values():
            _pick(combo, LATER)  # everything stays flagged, held by "<i>Ann</i>"

    _driver(qtbot, monkeypatch, markup_labels)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert name in view.message.text()
    shown.append(view.message)

    _click_person(qtbot, view, _person(snap, OLIVIA).id)  # flags of two leavers: headings
    _driver(qtbot, monkeypatch, markup_labels, button=QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(view.flag_successors_button, Qt.MouseButton.LeftButton)

    texts = [label.text() for label in shown]
    assert any(t.startswith(f"{name} holds") for t in texts), texts  # the intro
    assert f"Held by {name} (left)" in texts  # a heading of the successor form
    assert any(title in t for t in texts), texts  # a responsibility
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown), [
        label.text() for label in shown if label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_the_move_dialog_counts_what_stays_behind_in_words(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    robert = _person(snap, ROBERT)  # holds 3: one record of Finance, none of Stores
    intros: list[str] = []
    _driver(
        qtbot,
        monkeypatch,
        lambda dialog: intros.append(dialog.intro.text()),
        button=QDialogButtonBox.StandardButton.Cancel,
    )
    for unit in ("FINANCE", "STORES"):
        unit_id = by_code(snap.business_units, unit).id
        assert plan_window.live.execute(
            UpdateRecord("person", robert.id, {"business_unit_id": unit_id})
        )
        _click_person(qtbot, view, robert.id)
        qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    finance, stores = intros
    assert (
        f"{robert.name} holds 3 responsibilities; 1 belongs to Finance: choose who takes it"
        in finance
    )
    assert "belong " not in stores and "0 " not in stores, stores
    assert "none of them belongs to Stores" in stores, stores


def test_the_history_title_counts_the_changes_shown(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    total = len(snap.sponsor_changes)
    assert view.history_title.text() == f"Sponsor changes ({total})"
    _click_person(qtbot, view, _person(snap, OLIVIA).id)
    box = view.history_selected_only
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    shown = view.history.topLevelItemCount()
    assert 0 < shown < total
    assert view.history_title.text() == f"Sponsor changes ({shown} of {total})"
    _click_person(qtbot, view, _person(snap, "mellison").id)  # nothing to or from her
    assert view.history.topLevelItemCount() == 0
    assert view.history_title.text() == f"Sponsor changes (0 of {total})"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert view.history_title.text() == f"Sponsor changes ({total})"


def test_a_successor_is_proposed_only_from_the_right_side_and_unit(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter alone must not hand a Stores sponsor's items to a guess from another unit."""
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    james, david = _person(snap, JAMES), _person(snap, "dokafor")
    proposed: dict[str, dict[Any, Any]] = {}

    def look(name: str) -> Any:
        def fill(dialog: Any) -> None:
            proposed[name] = {key: c.currentData() for key, c in dialog.successors.items()}

        return fill

    _click_person(qtbot, view, james.id)  # Stores has no other business person still here
    _driver(qtbot, monkeypatch, look("james"), button=QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    sponsor_rows = {k: v for k, v in proposed["james"].items() if k[2] == "sponsor"}
    assert sponsor_rows and all(v == LATER for v in sponsor_rows.values())

    _click_person(qtbot, view, david.id)  # Finance has Helen Park
    _driver(qtbot, monkeypatch, look("david"), button=QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    helen = _person(snap, "hpark").id
    item_sponsor = [v for k, v in proposed["david"].items() if k[0] == "item" and k[2] == "sponsor"]
    assert item_sponsor and set(item_sponsor) == {helen}
    assert plan_window.live.snapshot.person_by_id[david.id].active  # cancelled: nothing changed
