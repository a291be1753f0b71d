"""The business case at the top of an item's details, its value drivers, and the sponsor history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, click_cell, on_disk, row_of_code, view_of
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def select_item(qtbot: Any, window: MainWindow, code: str) -> Any:
    """Click the item's title in the roadmap table; the details panel shows it."""
    roadmap = view_of(window, "roadmap")
    model = roadmap.table.model
    click_cell(qtbot, roadmap.table.view, model.index(row_of_code(model, code), 1))
    details = window.workspace.details
    assert details.kind == "item" and code in details._title.text()
    return details


def plain(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def top_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


def type_into(qtbot: Any, field: QLineEdit, text: str) -> None:
    """Replace the field's text by keyboard, as a user would; emoji are pasted (Ctrl+V), as
    QTest can't type characters outside the Basic Multilingual Plane."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if not text:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    elif all(ord(c) <= 0xFFFF for c in text):
        qtbot.keyClicks(field, text)
    else:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == text


def drivers_on_disk(window: MainWindow, code: str) -> dict[str, tuple[float | None, str]]:
    snap = on_disk(window.live.document.path)
    item = by_code(snap.items, code)
    return {d.driver: (d.amount, d.statement) for d in snap.value_drivers_by_item.get(item.id, [])}


def test_the_business_statement_comes_before_the_technical_fields(
    qtbot: Any, plan_window: MainWindow
) -> None:
    details = select_item(qtbot, plan_window, "ERP-FIN")
    card = details._business_case
    assert card.isVisible()
    assert card.headline.text().startswith("A 5-day close saves about USD 2.2m a year")
    drivers = plain(card.summary.text())
    assert "Cost USD 2.2 m a year" in drivers
    assert "Compliance USD 600k a year" in drivers
    assert "Together USD 2.8 m a year" in drivers
    assert card.flag.isHidden()
    body = details._form_host.parentWidget()
    assert top_in(card.headline, body) < top_in(details.editor("code"), body)
    assert top_in(card, body) < top_in(details._form_host, body)
    assert card.edit_button.text() == "Edit value drivers"

    select_item(qtbot, plan_window, "INTRANET")
    assert card.flag.isVisible() and "No business case" in plain(card.flag.text())
    assert card.headline.text() == "No value statement or value driver yet."
    assert card.edit_button.text() == "Add value drivers"


def test_a_value_driver_clears_the_technical_only_flag_in_one_undo_step(
    qtbot: Any, plan_window: MainWindow
) -> None:
    details = select_item(qtbot, plan_window, "IAM-SSO")
    card = details._business_case
    assert card.flag.isVisible()
    assert "Justified only in technical terms" in plain(card.flag.text())
    assert drivers_on_disk(plan_window, "IAM-SSO") == {}

    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert card.editing
    type_into(qtbot, card.amounts["risk"], "1.2m")
    type_into(qtbot, card.statements["risk"], "Halves the chance of a USD 5m breach")
    type_into(qtbot, card.statements["compliance"], "Meets the PCI DSS 4.0 MFA rule")
    qtbot.mouseClick(card.apply_button, Qt.MouseButton.LeftButton)

    assert not card.editing and card.message.isHidden()
    assert card.flag.isHidden()
    assert card.headline.text() == "Halves the chance of a USD 5m breach"
    assert "Compliance not quantified" in plain(card.summary.text())
    assert drivers_on_disk(plan_window, "IAM-SSO") == {
        "risk": (1_200_000.0, "Halves the chance of a USD 5m breach"),
        "compliance": (None, "Meets the PCI DSS 4.0 MFA rule"),
    }
    undo = plan_window.undo_action
    assert undo.text().replace("&", "") == "Undo Change value drivers of IAM-SSO"

    undo.trigger()  # one step takes back both drivers
    assert drivers_on_disk(plan_window, "IAM-SSO") == {}
    assert card.flag.isVisible()
    assert "Justified only in technical terms" in plain(card.flag.text())
    assert "Halves" not in card.headline.text()
    assert undo.text().replace("&", "") != "Undo Change value drivers of IAM-SSO"


def test_apply_without_retyping_keeps_an_exact_amount(qtbot: Any, plan_window: MainWindow) -> None:
    from stratplanner.commands.partnership import SetValueDrivers

    item = by_code(plan_window.live.snapshot.items, "IAM-SSO")
    assert plan_window.live.execute(
        SetValueDrivers(item.id, {"risk": (1234.567, "Fewer breaches")})
    )
    steps = plan_window.live.undo_stack.count()
    card = select_item(qtbot, plan_window, "IAM-SSO")._business_case
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert card.amounts["risk"].text() == "1,234.57"  # shown rounded …
    type_into(qtbot, card.statements["cost"], "Less time on password resets")
    qtbot.mouseClick(card.apply_button, Qt.MouseButton.LeftButton)
    drivers = drivers_on_disk(plan_window, "IAM-SSO")
    assert drivers["risk"] == (1234.567, "Fewer breaches")  # … but not rewritten
    assert drivers["cost"] == (None, "Less time on password resets")
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.apply_button, Qt.MouseButton.LeftButton)  # nothing retyped
    assert plan_window.live.undo_stack.count() == steps + 1  # only the cost statement
    assert drivers_on_disk(plan_window, "IAM-SSO") == drivers


@pytest.mark.parametrize(
    ("field", "typed", "says"),
    [
        ("amount", "about forty", "Revenue: 'about forty' is not an amount"),
        ("amount", "-250k", "Revenue: the amount can't be negative"),
        ("amount", "2000bn", "more than USD 1,000 bn a year"),
        ("amount", "EUR 400k", "amounts are in the plan's currency, USD, not EUR"),
        ("statement", "x" * 301, "the text is 301 characters long"),
    ],
)
def test_bad_input_says_what_to_type_and_loses_nothing(
    qtbot: Any, plan_window: MainWindow, dialogs: Any, *, field: str, typed: str, says: str
) -> None:
    details = select_item(qtbot, plan_window, "IAM-SSO")
    card = details._business_case
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    amount, statement = card.amounts["revenue"], card.statements["revenue"]
    type_into(
        qtbot,
        statement if field == "amount" else amount,
        "Sells more" if field == "amount" else "100k",
    )
    bad = amount if field == "amount" else statement
    type_into(qtbot, bad, typed)
    qtbot.keyClick(bad, Qt.Key.Key_Return)

    assert card.editing and card.message.isVisible()
    assert says in card.message.text()
    assert card.message.text().startswith("Not applied:")
    assert card.message.text().endswith("Nothing was changed.")
    assert bad.property("invalid")
    assert bad.text() == typed  # kept as typed, so it can be fixed
    assert drivers_on_disk(plan_window, "IAM-SSO") == {}
    assert card.flag.isVisible()

    # Looking at another item and coming back keeps the unapplied edit.
    select_item(qtbot, plan_window, "ERP-FIN")
    assert not card.editing
    select_item(qtbot, plan_window, "IAM-SSO")
    assert card.editing and bad.text() == typed
    assert "Not applied yet" in card.message.text()
    assert dialogs.calls == []


def test_every_problem_of_a_row_is_named_at_once(qtbot: Any, plan_window: MainWindow) -> None:
    card = select_item(qtbot, plan_window, "IAM-SSO")._business_case
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, card.amounts["cost"], "lots")
    type_into(qtbot, card.statements["cost"], "y" * 400)
    qtbot.mouseClick(card.apply_button, Qt.MouseButton.LeftButton)
    assert "Cost: 'lots' is not an amount" in card.message.text()
    assert "Cost statement: the text is 400 characters long" in card.message.text()
    assert card.amounts["cost"].property("invalid")
    assert card.statements["cost"].property("invalid")
    assert drivers_on_disk(plan_window, "IAM-SSO") == {}


def test_markup_and_emoji_in_a_statement_survive_verbatim(
    qtbot: Any, plan_window: MainWindow
) -> None:
    hostile = "R&D <b>&amp; savings</b> 🚀 «Ωμέγα» <img src=x>"
    details = select_item(qtbot, plan_window, "IAM-SSO")
    card = details._business_case
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, card.amounts["cost"], "400,000")
    type_into(qtbot, card.statements["cost"], hostile)
    qtbot.keyClick(card.statements["cost"], Qt.Key.Key_Return)

    assert drivers_on_disk(plan_window, "IAM-SSO") == {"cost": (400_000.0, hostile)}
    assert card.headline.text() == hostile
    assert "Cost USD 400k a year" in plain(card.summary.text())
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert card.statements["cost"].text() == hostile
    assert card.amounts["cost"].text() == "400,000"


def test_a_new_sponsor_with_a_reason_goes_to_the_sponsor_history(
    qtbot: Any, plan_window: MainWindow
) -> None:
    details = select_item(qtbot, plan_window, "ERP-FIN")
    assert "Sponsor history\nnone" in plain(details._related.text())
    reason = details._reason
    assert reason is not None and reason.isEnabled()
    type_into(qtbot, reason, "Finance <re-org> & CFO 🔁")
    sponsor = details.editor("sponsor_id")
    assert sponsor.currentText().startswith("David Okafor")
    sponsor.setFocus()
    qtbot.keyClick(sponsor, Qt.Key.Key_Down)  # the next person in the list
    assert sponsor.currentText().startswith("Emma Lindqvist")

    snap = plan_window.live.snapshot
    item = by_code(snap.items, "ERP-FIN")
    assert snap.person_by_id[item.sponsor_id].name == "Emma Lindqvist"
    change = snap.sponsor_changes_by_item[item.id][-1]
    assert (change.role, change.reason) == ("sponsor", "Finance <re-org> & CFO 🔁")
    assert snap.person_by_id[change.from_person_id].name == "David Okafor"
    assert snap.person_by_id[change.to_person_id].name == "Emma Lindqvist"
    saved = on_disk(plan_window.live.document.path)
    assert [c.reason for c in saved.sponsor_changes_by_item[item.id]] == [change.reason]

    history = plain(details._related.text())
    assert (
        f"{change.changed_on.isoformat()} · Sponsor: David Okafor → Emma Lindqvist "
        "(Finance <re-org> & CFO 🔁)"
    ) in history
    assert reason.text() == ""  # used once, for this change
    assert plan_window.undo_action.text().replace("&", "") == "Undo Change sponsor of ERP-FIN"

    plan_window.undo_action.trigger()
    assert "Sponsor history\nnone" in plain(details._related.text())
    assert sponsor.currentText().startswith("David Okafor")


def test_a_reason_typed_for_one_item_is_not_saved_with_another(
    qtbot: Any, plan_window: MainWindow
) -> None:
    details = select_item(qtbot, plan_window, "ERP-FIN")
    type_into(qtbot, details._reason, "Finance re-organisation")
    select_item(qtbot, plan_window, "NET-SDWAN")
    assert details._reason.text() == ""
    sponsor = details.editor("sponsor_id")
    sponsor.setFocus()
    qtbot.keyClick(sponsor, Qt.Key.Key_Down)
    snap = plan_window.live.snapshot
    change = snap.sponsor_changes_by_item[by_code(snap.items, "NET-SDWAN").id][-1]
    assert change.reason == ""
    assert by_code(snap.items, "ERP-FIN").id not in snap.sponsor_changes_by_item


def test_a_too_long_reason_is_refused_and_nothing_changes(
    qtbot: Any, plan_window: MainWindow
) -> None:
    details = select_item(qtbot, plan_window, "ERP-FIN")
    type_into(qtbot, details._reason, "because " * 40)
    sponsor = details.editor("sponsor_id")
    sponsor.setFocus()
    qtbot.keyClick(sponsor, Qt.Key.Key_Down)
    assert details._error.isVisible()
    assert "Reason for the change" in details._error.text()
    assert "at most 300" in details._error.text()
    assert details._reason.text() == "because " * 40
    item = by_code(on_disk(plan_window.live.document.path).items, "ERP-FIN")
    assert plan_window.live.snapshot.person_by_id[item.sponsor_id].name == "David Okafor"


def test_an_item_whose_sponsor_left_needs_a_sponsor(qtbot: Any, plan_window: MainWindow) -> None:
    details = select_item(qtbot, plan_window, "MOBILE-POS")
    banner = details._sponsor_flags
    assert banner.isVisible()
    text = plain(banner.text())
    assert text.startswith("Needs a sponsor")
    assert "needs a new sponsor: Olivia Grant has left" in text
    history = plain(details._related.text())
    assert "Sponsor: James Whitaker → Olivia Grant (left) (Queue busting moved" in history

    sponsor = details.editor("sponsor_id")
    sponsor.setFocus()
    qtbot.keyClick(sponsor, Qt.Key.Key_Home)  # "—": nobody
    qtbot.keyClick(sponsor, Qt.Key.Key_Down)  # the first active person
    assert banner.isHidden()

    select_item(qtbot, plan_window, "ERP-FIN")
    assert banner.isHidden()


def test_a_read_only_plan_shows_the_case_but_cannot_edit_it(
    qtbot: Any, window: MainWindow, sample_plan: Path
) -> None:
    assert window.open_path(sample_plan, read_only=True)
    details = select_item(qtbot, window, "IAM-SSO")
    card = details._business_case
    assert card.isVisible() and card.flag.isVisible()
    assert not card.edit_button.isEnabled()
    assert card.edit_button.toolTip() == "This plan is read-only"
    assert not card.apply_button.isEnabled()
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    card.open_editor()  # even when asked directly
    assert not card.editing
    assert details._reason is not None and not details._reason.isEnabled()
    assert not details.editor("sponsor_id").isEnabled()
    assert drivers_on_disk(window, "IAM-SSO") == {}
