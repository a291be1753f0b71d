"""File ▸ Merge Another Plan…, Import ▸ ArchiMate and File ▸ Export ▸ …, driven like a user."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, on_disk
from PySide6.QtCore import Qt

from stratplanner.commands import UpdateRecord
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan
from stratplanner.ui.actions import Act
from stratplanner.ui.dialogs.merge_dialog import MergeDialog
from stratplanner.ui.main_window import MainWindow

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def file_dialogs(dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    def open_file_path(parent: Any, title: str, folder: str, file_filter: str) -> str | None:
        return dialogs._next_path("open_file", title)

    def save_file_path(parent: Any, title: str, suggested: str, file_filter: str) -> str | None:
        return dialogs._next_path("save_file", title, suggested)

    monkeypatch.setattr(dialogs, "open_file_path", open_file_path, raising=False)
    monkeypatch.setattr(dialogs, "save_file_path", save_file_path, raising=False)
    return dialogs


def _offline_copy(plan_window: MainWindow, tmp_path: Path) -> Path:
    """What a second laptop brings back: one item renamed, one item added (as plan JSON)."""
    assert plan_window.live is not None
    doc = plan_to_dict(plan_window.live.snapshot)
    for item in doc["items"]:
        if item["code"] == "CLOUD-LZ":
            item["title"] = "Cloud landing zone (offsite)"
        if item["code"] == "CHECKOUT":
            item["title"] = "Checkout, as the offsite saw it"
    new = dict(doc["items"][0])
    new.update(code="OFFSITE-1", title="Idea from the offsite")
    doc["items"].append(new)
    path = tmp_path / "offsite.json"
    path.write_text(json.dumps(doc, default=str), encoding="utf-8")
    return path


def _merge_dialog(qtbot: Any, window: MainWindow, act: Act) -> MergeDialog:
    with qtbot.waitSignal(window.transfer.merge_shown) as blocker:
        window.actions_by_name[act].trigger()
    dialog = blocker.args[0]
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    return dialog


def test_merge_with_one_choice_changed_is_one_undo_step(
    qtbot: Any, plan_window: MainWindow, file_dialogs: Any, tmp_path: Path
) -> None:
    other = _offline_copy(plan_window, tmp_path)
    file_dialogs.paths.append(str(other))
    dialog = _merge_dialog(qtbot, plan_window, Act.MERGE)
    assert len(dialog.plan.added) == 1 and len(dialog.plan.conflicts) == 2
    added = dialog.row_of('roadmap item OFFSITE-1 "Idea from the offsite"')
    assert added.checkState(0) == Qt.CheckState.Checked
    taken = dialog.row_of('roadmap item CLOUD-LZ "Cloud landing zone (offsite)"')
    assert taken.checkState(0) == Qt.CheckState.Unchecked  # conflicts keep ours by default
    assert "Cloud landing zone (offsite)" in taken.text(3) and "title" in taken.text(2)
    # The planner takes theirs for one conflict, by clicking its tick box.
    dialog.tree.setCurrentItem(taken)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert taken.checkState(0) == Qt.CheckState.Checked
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    path = plan_window.live.document.path
    snap = on_disk(path)
    assert by_code(snap.items, "CLOUD-LZ").title == "Cloud landing zone (offsite)"
    assert by_code(snap.items, "CHECKOUT").title != "Checkout, as the offsite saw it"
    assert by_code(snap.items, "OFFSITE-1").title == "Idea from the offsite"
    # One step back undoes the whole merge.
    assert plan_window.undo_action.isEnabled()
    plan_window.undo_action.trigger()
    snap = on_disk(path)
    assert by_code(snap.items, "CLOUD-LZ").title == "Cloud landing zone"
    assert not any(i.code == "OFFSITE-1" for i in snap.items)


def test_archimate_import_goes_through_the_review(
    qtbot: Any, plan_window: MainWindow, file_dialogs: Any
) -> None:
    file_dialogs.paths.append(str(FIXTURES / "archimate" / "other-tool-model.xml"))
    dialog = _merge_dialog(qtbot, plan_window, Act.IMPORT_ARCHIMATE)
    assert dialog.plan.added
    dialog.reject()


def test_a_broken_file_is_one_message(
    plan_window: MainWindow, file_dialogs: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "not a plan.json"
    bad.write_text("{ nope", encoding="utf-8")
    file_dialogs.paths.append(str(bad))
    plan_window.actions_by_name[Act.MERGE].trigger()
    errors = file_dialogs.of("error")
    assert len(errors) == 1 and errors[0][1] == "Can't Merge"


@pytest.mark.parametrize(
    ("act", "name"),
    [
        (Act.EXPORT_XLSX, "plan.xlsx"),
        (Act.EXPORT_CSV, "items.csv"),
        (Act.EXPORT_MSPDI, "roadmap.xml"),
        (Act.EXPORT_ARCHIMATE, "model.xml"),
        (Act.EXPORT_JSON, "plan.json"),
    ],
)
def test_exports_write_the_file(  # noqa: PLR0917 - fixtures
    qtbot: Any, plan_window: MainWindow, file_dialogs: Any, tmp_path: Path, act: Act, name: str
) -> None:
    target = tmp_path / name
    file_dialogs.paths.append(str(target))
    with qtbot.waitSignal(plan_window.transfer.exported, timeout=30000) as blocker:
        plan_window.actions_by_name[act].trigger()
    assert blocker.args[0] == target
    assert target.stat().st_size > 0
    if name.endswith(".json"):
        data = json.loads(target.read_text(encoding="utf-8"))
        assert len(data["items"]) == 31


def test_merging_an_offline_copy_file(
    qtbot: Any, plan_window: MainWindow, file_dialogs: Any, tmp_path: Path, sample_plan: Path
) -> None:
    copy = tmp_path / "laptop.stratplan"
    assert plan_window.live is not None
    plan_window.live.document.save_copy(copy)
    with open_plan(copy) as doc:
        item = by_code(load_snapshot(doc.session).items, "CHECKOUT")
        doc.execute(UpdateRecord("item", item.id, {"title": "Checkout from the laptop"}))
    file_dialogs.paths.append(str(copy))
    dialog = _merge_dialog(qtbot, plan_window, Act.MERGE)
    dialog.set_all("theirs")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert by_code(plan_window.live.snapshot.items, "CHECKOUT").title == "Checkout from the laptop"


def test_ms_project_import_round_trip_goes_through_the_review(
    qtbot: Any, plan_window: MainWindow, file_dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "schedule.xml"
    file_dialogs.paths.append(str(target))
    with qtbot.waitSignal(plan_window.transfer.exported, timeout=30000):
        plan_window.actions_by_name[Act.EXPORT_MSPDI].trigger()
    file_dialogs.paths.append(str(target))
    dialog = _merge_dialog(qtbot, plan_window, Act.IMPORT_MSPDI)
    # Our own schedule brings nothing new: no record is added.
    assert not dialog.plan.added
    dialog.reject()
