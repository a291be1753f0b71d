"""File ▸ Import ▸ Spreadsheet…: guessed columns, one fixed by the user, preview, import, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, on_disk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from stratplanner.ui.actions import Act
from stratplanner.ui.import_dialog import NOT_IMPORTED, ImportDialog
from stratplanner.ui.main_window import MainWindow

SHEET = (
    "Project ID;Project Name;Start Date;Finish;Total Cost;Notes;Department\n"
    "IMP-1;Data lake;2027-01-15;2027-09-30;$1,200,000;urgent;Stores\n"
    "IMP-2;Chatbot pilot;Q2 2027;Q4 2027;1.2M;NA;E-commerce\n"
    "IMP-3;Vendor portal;TBC;;exempt under section 43;later;Finance\n"
)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "roadmap export.csv"
    path.write_bytes(SHEET.encode("utf-8-sig"))
    return path


@pytest.fixture
def open_dialogs(dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    def open_file_path(parent: Any, title: str, folder: str, file_filter: str) -> str | None:
        return dialogs._next_path("open_file", title)

    monkeypatch.setattr(dialogs, "open_file_path", open_file_path, raising=False)
    return dialogs


def _import_dialog(qtbot: Any, window: MainWindow) -> ImportDialog:
    window.actions_by_name[Act.IMPORT_SPREADSHEET].trigger()
    shown = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitUntil(lambda: dialog.preview.rowCount() > 0, timeout=20000)
    return dialog


def test_import_with_one_mapping_fixed_then_undo(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, sheet: Path
) -> None:
    open_dialogs.paths.append(str(sheet))
    dialog = _import_dialog(qtbot, plan_window)
    combos = dialog.combos
    # The guesses: the planner sees them in the lists.
    assert combos["Project Name"].currentData() == "title"
    assert combos["Project ID"].currentData() == "code"
    assert combos["Total Cost"].currentData() == "capex"
    assert combos["Notes"].currentData() is None
    assert combos["Notes"].currentText() == NOT_IMPORTED
    # The planner decides "Notes" is the description: picks it in that column's list.
    notes = combos["Notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "description")
    assert notes.currentData() == "description"
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        pass
    headers = [
        dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())
    ]
    assert "description" in headers
    # The preview shows the cell it couldn't read as a warning, not a rejection.
    texts = [dialog.preview.item(2, c).text() for c in range(dialog.preview.columnCount())]
    assert texts[1] == "imports"
    assert "exempt" in texts[-1] or "TBC" in texts[-1]
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 3
    assert not dialog.isVisible()
    path = plan_window.live.document.path
    snap = on_disk(path)
    assert by_code(snap.items, "IMP-1").capex == 1_200_000
    assert by_code(snap.items, "IMP-2").description == "NA"
    assert by_code(snap.items, "IMP-1").description == "urgent"
    assert "Undo" in plan_window.statusBar().currentMessage()
    # One undo takes the whole import back.
    assert plan_window.undo_action.text().replace("&", "").startswith("Undo Import 3")
    plan_window.undo_action.trigger()
    assert not any(i.code.startswith("IMP-") for i in on_disk(path).items)


def test_rejected_rows_are_reported_and_nothing_changes(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Code,Title\nX-1,Fine\nX-2,\nX-1,Twice\n", encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _import_dialog(qtbot, plan_window)
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is None
    assert dialog.isVisible()
    report = dialog.report.toPlainText()
    assert "can't be imported" in report and "row 3" in report.lower()
    assert not any(i.code == "X-1" for i in on_disk(plan_window.live.document.path).items)
    # Accepting the clean rows imports the one good row.
    dialog.accept_clean.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 1


def test_a_file_that_is_not_a_spreadsheet_is_one_message(
    plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "scan.csv"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4)
    open_dialogs.paths.append(str(path))
    plan_window.actions_by_name[Act.IMPORT_SPREADSHEET].trigger()
    errors = open_dialogs.of("error")
    assert len(errors) == 1 and errors[0][1] == "Can't Import the Spreadsheet"


def test_a_saved_mapping_is_used_again(  # noqa: PLR0917 - fixtures
    qtbot: Any,
    plan_window: MainWindow,
    open_dialogs: Any,
    sheet: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = tmp_path / "gmpp.mapping.json"

    def save_file_path(parent: Any, title: str, suggested: str, file_filter: str) -> str | None:
        return str(saved)

    monkeypatch.setattr(open_dialogs, "save_file_path", save_file_path, raising=False)
    open_dialogs.paths.append(str(sheet))
    dialog = _import_dialog(qtbot, plan_window)
    dialog.set_column("Notes", "description")
    dialog.set_column("Department", None)
    save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Save Mapping…")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved.exists()
    dialog.reject()

    open_dialogs.paths.extend([str(sheet), str(saved)])
    again = _import_dialog(qtbot, plan_window)
    assert again.combos["Notes"].currentData() is None  # the guess, before the saved mapping
    use = next(b for b in again.findChildren(QPushButton) if b.text() == "Use a Saved Mapping…")
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert again.combos["Notes"].currentData() == "description"
    assert again.combos["Department"].currentData() is None
    assert again.combos["Project Name"].currentData() == "title"
    again.reject()


UNITS_SHEET = (
    "Project ID;Project Name;Department\n"
    "UN-1;Shelf scanners;stores\n"
    "UN-2;Checkout app;Ecommerce\n"
    "UN-3;Contract vault;Legal\n"
    "UN-4;Till refresh;Store Ops\n"
    "UN-5;Courier portal;Shipping\n"
)


def test_names_the_plan_lacks_are_asked_about_one_by_one(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    """The sample plan has units (Stores, E-commerce, …): 'stores' and 'Ecommerce' match them;
    Legal, Store Ops and Shipping don't, and the planner says what each becomes."""
    path = tmp_path / "units.csv"
    path.write_text(UNITS_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _import_dialog(qtbot, plan_window)
    assert dialog.combos["Department"].currentData() == "business_unit"
    qtbot.waitUntil(lambda: bool(dialog.name_combos), timeout=20000)
    asked = {name: combo.currentData() for (_k, name), combo in dialog.name_combos.items()}
    # The plan has units, so by default a name that matches nothing leaves the field empty;
    # 'Ecommerce' is shown with the unit it was matched to, so the planner can change it.
    assert asked == {
        "Ecommerce": "match:ECOM",
        "Legal": "empty",
        "Store Ops": "empty",
        "Shipping": "empty",
    }
    assert dialog.names.isVisible()
    # Legal: the planner picks "Create this business unit" in its list.
    legal = dialog.name_combos[("business_unit", "Legal")]
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        legal.setFocus()
        qtbot.keyClicks(legal, "Create")
    assert legal.currentData() == "create"
    # Store Ops: matched by hand to Stores, chosen from the list with the keyboard.
    ops = dialog.name_combos[("business_unit", "Store Ops")]
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        ops.setFocus()
        qtbot.keyClicks(ops, "Match to STORES")
    assert ops.currentData() == "match:STORES"
    # Shipping stays empty; the check says so.
    assert "Shipping" in dialog.report.toPlainText()
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 6  # five items and the new unit
    snap = plan_window.live.snapshot
    units = {u.id: u.code for u in snap.business_units}
    got = {i.code: units.get(i.business_unit_id) for i in snap.items if i.code.startswith("UN-")}
    assert got == {
        "UN-1": "STORES",
        "UN-2": "ECOM",
        "UN-3": "Legal",
        "UN-4": "STORES",
        "UN-5": None,
    }
    saved = on_disk(plan_window.live.document.path)
    assert "Legal" in {u.name for u in saved.business_units}
    assert len([i for i in saved.items if i.code.startswith("UN-")]) == 5
