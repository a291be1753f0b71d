"""File ▸ Import ▸ Spreadsheet…: guessed columns, one fixed by the user, preview, import, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, on_disk
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from stratplanner.cli.main import main
from stratplanner.io.money_units import DOLLAR_CURRENCIES
from stratplanner.ui.actions import Act
from stratplanner.ui.dialogs.import_dialog import NOT_IMPORTED, ImportDialog
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


# -- the currency step (issue 21: a desktop user can't give --rate) ----------------------

POUNDS_SHEET = (
    "Project ID,Project Name,Whole life cost (£m)\n"
    "GB-1,Border system,2\n"
    "GB-2,Tax portal,1.5\n"
    "GB-3,Court records,\n"
)


def _dialog_for(qtbot: Any, window: MainWindow, path: Path) -> ImportDialog:
    """Open File ▸ Import ▸ Spreadsheet on ``path`` and wait for the first preview."""
    window.actions_by_name[Act.IMPORT_SPREADSHEET].trigger()
    shown = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitUntil(
        lambda: dialog.preview.rowCount() > 0 or dialog.currency.isVisible(), timeout=20000
    )
    return dialog


def _type_rate(qtbot: Any, dialog: ImportDialog, code: str, text: str) -> None:
    edit = dialog.currency.rate_edit(code)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        qtbot.keyClicks(edit, text)


def test_amounts_in_another_currency_are_converted_at_the_rate_typed(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    """The sample plan is in USD with items: the dialog names both currencies, asks for the
    rate in a field ("1 GBP = [ ] USD"), keeps Import off until it is a number, then converts."""
    path = tmp_path / "pounds.csv"
    path.write_text(POUNDS_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _dialog_for(qtbot, plan_window, path)
    assert plan_window.live.snapshot.info.currency == "USD" and plan_window.live.snapshot.items
    box = dialog.currency
    assert box.isVisible()
    said = box.text.text()
    assert "pounds.csv are in GBP" in said and "keeps its amounts in USD" in said
    assert "Cancel" in said and "--rate" not in said
    assert "--rate" not in dialog.report.toPlainText()
    assert not box.take.isVisible()  # a plan with items can't take the file's currency
    assert not dialog.import_button.isEnabled()
    assert dialog.blocked.text() == (
        "Import is off until you type how many USD one GBP is worth (or Cancel to stop)."
    )
    # Clicking the disabled button imports nothing.
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not any(
        i.code.startswith("GB-") for i in plan_window.live.snapshot.items
    )
    # Not a number: still off, and the sentence says why.
    _type_rate(qtbot, dialog, "GBP", "about one")
    assert not dialog.import_button.isEnabled()
    assert "“about one” is not a rate" in dialog.blocked.text()
    _type_rate(qtbot, dialog, "GBP", "0")
    assert not dialog.import_button.isEnabled()
    # A rate: the preview runs, the check says what it did, Import is on.
    _type_rate(qtbot, dialog, "GBP", "1.25")
    assert dialog.import_button.isEnabled() and dialog.blocked.text() == ""
    assert "converted to USD at 1.25 USD per GBP" in dialog.report.toPlainText()
    assert dialog.preview.rowCount() == 3
    assert "1 GBP = 1.25 USD" in box.hint.text()
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 3
    saved = on_disk(plan_window.live.document.path)
    assert saved.info.currency == "USD"
    assert by_code(saved.items, "GB-1").capex == 2_500_000  # £2m at 1.25
    assert by_code(saved.items, "GB-2").capex == 1_875_000


def test_a_decimal_comma_rate_converts_too(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "pounds.csv"
    path.write_text(POUNDS_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _dialog_for(qtbot, plan_window, path)
    _type_rate(qtbot, dialog, "GBP", "1,5")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert by_code(on_disk(plan_window.live.document.path).items, "GB-1").capex == 3_000_000


def test_cancel_in_the_currency_step_leaves_the_plan_as_it_was(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "pounds.csv"
    path.write_text(POUNDS_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    before = plan_window.live.document.path.read_bytes()
    dialog = _dialog_for(qtbot, plan_window, path)
    assert dialog.currency.isVisible()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert plan_window.live.document.path.read_bytes() == before


@pytest.fixture
def empty_window(window: MainWindow, empty_plan: Path) -> MainWindow:
    assert window.open_path(empty_plan)
    return window


def test_a_plan_without_items_offers_to_take_the_files_currency(
    qtbot: Any, empty_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "pounds.csv"
    path.write_text(POUNDS_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _dialog_for(qtbot, empty_window, path)
    qtbot.waitUntil(dialog.currency.isVisible, timeout=20000)
    box = dialog.currency
    assert "has no items yet" in box.text.text()
    assert box.take.isVisible() and box.take.isChecked()
    assert box.take.text().startswith("Use GBP for this plan")
    assert not box.rate_rows.isVisible()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    saved = on_disk(empty_window.live.document.path)
    assert saved.info.currency == "GBP"
    assert by_code(saved.items, "GB-1").capex == 2_000_000


def test_a_plan_without_items_can_keep_its_currency_and_convert(
    qtbot: Any, empty_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "pounds.csv"
    path.write_text(POUNDS_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _dialog_for(qtbot, empty_window, path)
    qtbot.waitUntil(dialog.currency.isVisible, timeout=20000)
    box = dialog.currency
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):  # a click on its round button
        qtbot.mouseClick(
            box.convert, Qt.MouseButton.LeftButton, pos=QPoint(8, box.convert.height() // 2)
        )
    assert box.convert.isChecked() and box.rate_rows.isVisible()
    assert not dialog.import_button.isEnabled()
    assert "how many USD one GBP is worth" in dialog.blocked.text()
    _type_rate(qtbot, dialog, "GBP", "2")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    saved = on_disk(empty_window.live.document.path)
    assert saved.info.currency == "USD"
    assert by_code(saved.items, "GB-1").capex == 4_000_000


def test_a_file_in_two_currencies_into_a_plan_without_money_asks_both_rates(
    qtbot: Any, empty_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    """The plan can take only one currency: the dialog picks none, it asks for a rate into
    the plan's for each (both rows stay while the first is typed), then converts both."""
    path = tmp_path / "mixed.csv"
    path.write_text("code,title,capex (GBP),opex (EUR)\nA1,Alpha,1000,1000\n", encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _dialog_for(qtbot, empty_window, path)
    qtbot.waitUntil(dialog.currency.isVisible, timeout=20000)
    box = dialog.currency
    said = box.text.text()
    assert "mixed.csv are in GBP and EUR" in said and "holds no amounts yet" in said
    assert not box.take.isVisible() and not dialog.import_button.isEnabled()
    _type_rate(qtbot, dialog, "GBP", "1.27")
    assert not dialog.import_button.isEnabled()
    assert "how many USD one EUR is worth" in dialog.blocked.text()
    _type_rate(qtbot, dialog, "EUR", "1.08")
    assert dialog.import_button.isEnabled()
    report = dialog.report.toPlainText()
    assert "converted to USD at 1.27 USD per GBP" in report
    assert "converted to USD at 1.08 USD per EUR" in report
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    saved = on_disk(empty_window.live.document.path)
    assert saved.info.currency == "USD"
    assert (by_code(saved.items, "A1").capex, by_code(saved.items, "A1").opex) == (1270, 1080)


# -- every name in the file is asked about, not only the preview's -----------------------


def test_a_unit_named_only_in_row_80_is_asked_about(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    lines = ["Project ID;Project Name;Department"]
    for n in range(1, 101):
        lines.append(f"FAR-{n};Project {n};{'Legal' if n == 80 else 'Stores'}")
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _import_dialog(qtbot, plan_window)
    qtbot.waitUntil(lambda: bool(dialog.name_combos), timeout=20000)
    assert dialog.preview.rowCount() == 50  # row 80 is not in the preview…
    assert set(dialog.name_combos) == {("business_unit", "Legal")}  # …but Legal is asked about
    legal = dialog.name_combos[("business_unit", "Legal")]
    assert legal.currentData() == "empty"  # the plan has units: empty unless the user says
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        legal.setFocus()
        qtbot.keyClicks(legal, "Create")
    assert legal.currentData() == "create"
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 101  # 100 items and the new unit
    saved = on_disk(plan_window.live.document.path)
    units = {u.id: u.name for u in saved.business_units}
    assert units[by_code(saved.items, "FAR-80").business_unit_id] == "Legal"
    assert units[by_code(saved.items, "FAR-79").business_unit_id] != "Legal"


def test_the_latest_version_of_a_column_is_guessed_and_can_be_changed(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any
) -> None:
    """The Canadian list has originalBudget and latestBudget: the latest is shown chosen, the
    check says the original was left out, and picking the original says the reverse."""
    real = Path(__file__).parents[1] / "data" / "real" / "gc-it-projects-combined-cut.csv"
    open_dialogs.paths.append(str(real))
    dialog = _import_dialog(qtbot, plan_window)
    assert dialog.combos["latestBudget"].currentData() == "capex"
    assert dialog.combos["originalBudget"].currentData() is None
    assert dialog.combos["latestEstimatedCompletionDate"].currentData() == "end"
    assert (
        "Capex is read from 'latestBudget', the later version; 'originalBudget' (the earlier "
        "one) was not imported."
    ) in dialog.report.toPlainText()
    original = dialog.combos["originalBudget"]
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        original.setFocus()
        qtbot.keyClicks(original, "capex")
    assert original.currentData() == "capex"
    assert dialog.combos["latestBudget"].currentData() is None  # a field takes one column
    assert (
        "Capex is read from 'originalBudget', though the file also has a later version, "
        "'latestBudget', which was not imported."
    ) in dialog.report.toPlainText()
    dialog.reject()


# -- the dialog speaks its own controls, never the command line's flags ------------------

DOLLARS_SHEET = (
    "Project ID,Project Name,Total Cost,Department\n"
    'DL-1,Data lake,"$1,200,000",Stores\n'
    'DL-2,Contract vault,"$300,500",Legal\n'
)


def _shown_texts(dialog: ImportDialog) -> list[str]:
    """Every text the dialog can show: labels, the check, tables and their headers, lists,
    buttons, group titles and tooltips (hidden widgets too: a flag must not wait there)."""
    texts: list[str] = [dialog.windowTitle()]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                texts.append(header.text() if header is not None else "")
                for row in range(widget.rowCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        texts.extend([item.text(), item.toolTip()])
    return texts


def _assert_no_flag(dialog: ImportDialog) -> str:
    """No text of the dialog holds a command-line flag; returns them all, joined, to search."""
    texts = _shown_texts(dialog)
    flagged = [t for t in texts if "--" in t]
    assert flagged == []
    return "\n".join(texts)


def _choose(qtbot: Any, dialog: ImportDialog, combo: QComboBox, data: Any) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        combo.setCurrentIndex(combo.findData(data))


def test_the_check_names_the_dialogs_controls_not_command_line_flags(
    qtbot: Any, plan_window: MainWindow, open_dialogs: Any, tmp_path: Path
) -> None:
    """Each hint the command line words as a flag (--unknown create|empty, --currency,
    --rate) is worded here as the control that does it, and the control does it."""
    path = tmp_path / "dollars.csv"
    path.write_text(DOLLARS_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _import_dialog(qtbot, plan_window)
    qtbot.waitUntil(lambda: bool(dialog.name_combos), timeout=20000)
    # The plan has units, so Legal is left empty: the check says how to create it instead.
    shown = _assert_no_flag(dialog)
    assert 'to make one, choose "Create this business unit" for its name' in shown
    # A bare "$": taken as the plan's USD, and the check points at the list that says which.
    assert "were taken as USD; if they are another dollar, choose it under Currency" in shown
    assert dialog.currency.isVisible() and dialog.currency.dollar_row.isVisible()
    # Create them: the check says how to leave a name empty instead.
    _choose(qtbot, dialog, dialog.unknown_policy, "create")
    shown = _assert_no_flag(dialog)
    assert 'to leave a field empty instead, choose "Leave the field empty"' in shown
    # Reject the row: the preview's row says what imports it, and so does the check.
    _choose(qtbot, dialog, dialog.unknown_policy, "reject")
    qtbot.waitUntil(lambda: bool(dialog.name_combos), timeout=20000)
    shown = _assert_no_flag(dialog)
    hint = 'choose "Create this business unit" or "Leave the field empty" for that name'
    assert f'rejected: business unit: there is no business unit "Legal" ({hint}' in shown
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is None
    shown = _assert_no_flag(dialog)
    assert "can't be imported" in dialog.report.toPlainText() and hint in shown
    # …and the hint is true: "Leave the field empty" in Legal's list lets the row in.
    legal = dialog.name_combos[("business_unit", "Legal")]
    assert legal.currentData() == "reject"
    _choose(qtbot, dialog, legal, "empty")
    assert "rejected" not in dialog.preview.item(1, 1).text()
    # Another dollar than the plan's: the rate is asked in the currency box.
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        dialog.choose_dollar("CAD")
    assert dialog.currency.rate_edit("CAD").isVisible()
    assert not dialog.import_button.isEnabled()
    _assert_no_flag(dialog)
    dialog.reject()


def test_a_currency_mismatch_is_worded_for_the_dialog() -> None:
    from stratplanner.io.table_import import CurrencyMismatch
    from stratplanner.ui.dialogs.import_dialog import DIALOG_WORDING

    said = str(CurrencyMismatch("pounds.csv", ["GBP"], "USD", wording=DIALOG_WORDING))
    assert "--" not in said
    assert "type how many USD one GBP is worth under Currency" in said
    assert "give the rate, e.g. --rate GBP=1.25 (one GBP in USD)" in str(
        CurrencyMismatch("pounds.csv", ["GBP"], "USD")
    )


# -- which dollar a bare "$" is (the command line's --currency) --------------------------

CANADIAN_SHEET = (
    'Project ID,Project Name,totalBudget\nCA-1,CRM,"$2,812,101"\nCA-2,Web,"$1,040,600"\n'
)


def test_a_bare_dollar_is_the_currency_chosen_as_the_command_line_would(
    qtbot: Any,
    empty_window: MainWindow,
    open_dialogs: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Choosing CAD for "$" in a new plan makes what `import csv … --currency CAD` makes."""
    path = tmp_path / "canada.csv"
    path.write_text(CANADIAN_SHEET, encoding="utf-8")
    open_dialogs.paths.append(str(path))
    dialog = _dialog_for(qtbot, empty_window, path)
    qtbot.waitUntil(dialog.currency.isVisible, timeout=20000)
    box = dialog.currency
    assert box.dollar_row.isVisible() and box.dollar_list.currentData() == "USD"
    assert [box.dollar_list.itemText(i) for i in range(box.dollar_list.count())] == list(
        DOLLAR_CURRENCIES
    )
    assert 'written with a bare "$"' in box.text.text()
    assert not box.take.isVisible()  # the plan is in USD already: nothing to take
    # The planner opens the list and picks CAD; the preview runs again.
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        box.dollar_list.setFocus()
        qtbot.keyClicks(box.dollar_list, "CAD")
    assert box.dollar_list.currentData() == "CAD" and box.dollar_row.isVisible()
    assert box.take.isVisible() and box.take.isChecked()
    assert box.take.text().startswith("Use CAD for this plan")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 2
    saved = on_disk(empty_window.live.document.path)

    cli_plan = tmp_path / "cli.stratplan"
    code = main(
        ["import", "csv", str(path), "--into", str(cli_plan), "--kind", "items",
         "--currency", "CAD"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    by_cli = on_disk(cli_plan)
    assert saved.info.currency == by_cli.info.currency == "CAD"
    amounts = {i.code: i.capex for i in saved.items}
    assert amounts == {i.code: i.capex for i in by_cli.items}
    assert amounts == {"CA-1": 2_812_101, "CA-2": 1_040_600}


def test_a_bare_dollar_of_another_country_needs_a_rate_into_a_plan_with_items(
    qtbot: Any,
    plan_window: MainWindow,
    open_dialogs: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Into the sample plan (USD, with items), CAD amounts are converted like
    `--currency CAD --rate CAD=0.75`; choosing USD again needs no rate."""
    path = tmp_path / "canada.csv"
    path.write_text(CANADIAN_SHEET, encoding="utf-8")
    plan = plan_window.live.document.path
    cli_plan = tmp_path / "cli.stratplan"
    cli_plan.write_bytes(plan.read_bytes())
    open_dialogs.paths.append(str(path))
    dialog = _dialog_for(qtbot, plan_window, path)
    box = dialog.currency
    qtbot.waitUntil(box.dollar_row.isVisible, timeout=20000)
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        dialog.choose_dollar("CAD")
    assert "are in CAD" in box.text.text() and box.dollar_row.isVisible()
    assert not dialog.import_button.isEnabled()
    assert "how many USD one CAD is worth" in dialog.blocked.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        dialog.choose_dollar("USD")
    assert dialog.import_button.isEnabled() and not box.rate_rows.isVisible()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        dialog.choose_dollar("CAD")
    _type_rate(qtbot, dialog, "CAD", "0.75")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 2
    code = main(
        ["import", "csv", str(path), "--into", str(cli_plan), "--kind", "items",
         "--currency", "CAD", "--rate", "CAD=0.75"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    saved, by_cli = on_disk(plan), on_disk(cli_plan)
    assert saved.info.currency == by_cli.info.currency == "USD"
    got = {i.code: i.capex for i in saved.items if i.code.startswith("CA-")}
    assert got == {i.code: i.capex for i in by_cli.items if i.code.startswith("CA-")}
    assert got == {"CA-1": pytest.approx(2_812_101 * 0.75), "CA-2": pytest.approx(780_450)}
