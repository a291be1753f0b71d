"""Workshop mode in the desktop app, driven like a facilitator: forms filled with qtbot, real
clicks, a real voting server on 127.0.0.1 with a phone simulated by HTTP from another thread."""

from __future__ import annotations

import concurrent.futures
import http.client
import json
import secrets
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from gui_helpers import view_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from stratplanner.commands import CommandError
from stratplanner.commands.workshop import AddParticipant, CastBallot, CreateRound, CreateWorkshop
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views import view_specs

view_specs()  # register every view in menu order before importing one view's module directly
from stratplanner.ui.workshop.adopt import AdoptDialog  # noqa: E402
from stratplanner.ui.workshop.console import WorkshopView  # noqa: E402
from stratplanner.ui.workshop.dialogs import (  # noqa: E402
    DecisionForm,
    ParticipantForm,
    RoundForm,
    WorkshopForm,
)
from stratplanner.ui.workshop.room import server_threads  # noqa: E402

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
MARKUP_NAME = '<b>Eve</b> & "Mallory"'


@pytest.fixture
def phone_thread() -> Iterator[concurrent.futures.ThreadPoolExecutor]:
    """The phone talks from its own thread: the server's box calls need the GUI thread free."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    yield pool
    pool.shutdown(wait=True)


def answer(view: WorkshopView, qtbot: Any, fill: Callable[[Any], None]) -> list[QDialog]:
    """The next form the console opens is filled in by ``fill`` (which presses OK or Cancel)."""
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    view.run_dialog = run
    return opened


def press_ok(qtbot: Any, form: Any) -> None:
    qtbot.mouseClick(form.ok_button, LEFT)


def new_workshop(qtbot: Any, view: WorkshopView, code: str = "OFFSITE") -> None:
    def fill(form: WorkshopForm) -> None:
        qtbot.keyClicks(form.code, code)
        qtbot.keyClicks(form.title, "Spring offsite")
        press_ok(qtbot, form)

    answer(view, qtbot, fill)
    qtbot.mouseClick(view.new_button, LEFT)


def add_round(qtbot: Any, view: WorkshopView, options: list[str]) -> None:
    def fill(form: RoundForm) -> None:
        qtbot.keyClicks(form.question, "Which should we start first?")
        qtbot.keyClicks(form.options.filter, options[0][:3])
        assert any(
            not form.options.list.item(r).isHidden() for r in range(form.options.list.count())
        )
        form.options.filter.clear()
        form.options.check(options)
        press_ok(qtbot, form)

    answer(view, qtbot, fill)
    qtbot.mouseClick(view.add_round_button, LEFT)


def add_person(
    qtbot: Any,
    view: WorkshopView,
    *,
    person: str | None = None,
    name: str = "",
    side: str = "business",
) -> None:
    def fill(form: ParticipantForm) -> None:
        if person is not None:
            form.from_register.setChecked(True)
            form.person.setCurrentIndex(
                next(
                    i
                    for i in range(form.person.count())
                    if f"({person})" in form.person.itemText(i)
                )
            )
        else:
            qtbot.mouseClick(form.new_name, LEFT)
            form.new_name.setChecked(True)
            qtbot.keyClicks(form.name, name)
            form.side.setCurrentIndex(form.side.findData(side))
        press_ok(qtbot, form)

    answer(view, qtbot, fill)
    qtbot.mouseClick(view.add_person_button, LEFT)


def people_names(view: WorkshopView) -> list[str]:
    return [view.people.item(r, 0).text() for r in range(view.people.rowCount())]


def voted_marks(view: WorkshopView) -> dict[str, str]:
    return {
        view.people.item(r, 0).text(): view.people.item(r, 3).text()
        for r in range(view.people.rowCount())
    }


# -- the phone ---------------------------------------------------------------------------


def call(
    server: Any, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", server.host)
        sent = dict(headers or {})
        data = b"" if body is None else json.dumps(body).encode()
        if method == "POST":
            sent["Origin"] = server.origin
            sent["Content-Type"] = "application/json"
            sent["Content-Length"] = str(len(data))
        for name, value in sent.items():
            conn.putheader(name, value)
        conn.endheaders(data if method == "POST" else None)
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        conn.close()


def on_phone(qtbot: Any, pool: Any, fn: Callable[[], Any]) -> Any:
    future = pool.submit(fn)
    qtbot.waitUntil(future.done, timeout=20000)
    return future.result()


# -- tests -------------------------------------------------------------------------------


def test_ballots_from_phones_are_not_undone(qtbot: Any, plan_window: MainWindow) -> None:
    live = plan_window.live
    assert live is not None
    assert live.execute(CreateWorkshop("W", "W"))
    workshop = live.snapshot.workshop_by_code["W"]
    assert live.execute(AddParticipant(workshop.id, person="rchen"))
    assert live.execute(CreateRound(workshop.id, "R1", "Q", "dots", ["CDP", "SFS"]))
    round_ = live.snapshot.rounds_of(workshop.id)[0]
    from stratplanner.commands.workshop import SetRoundState

    assert live.execute(SetRoundState(round_.id, "open"))
    steps = live.undo_stack.count()
    person = live.snapshot.participants_by_workshop[workshop.id][0]
    with qtbot.waitSignal(live.changed):
        live.apply_unrecorded(CastBallot(round_.id, person.id, {"CDP": 2}))
    assert live.undo_stack.count() == steps
    assert len(live.snapshot.ballots_of(round_.id)) == 1
    with pytest.raises(CommandError):
        live.apply_unrecorded(CastBallot(round_.id, person.id, {"NOPE": 2}))


def test_empty_plan_starts_here(qtbot: Any, window: MainWindow, empty_plan: Any) -> None:
    assert window.open_path(empty_plan)
    view = view_of(window, "workshop")
    assert view.stack.currentWidget() is view.start_here
    assert "Start here" in view.start_text.text()
    new_workshop(qtbot, view)
    assert view.stack.currentWidget() is view.splitter
    assert view.workshop.currentText().startswith("Spring offsite (OFFSITE)")


def test_a_refused_form_stays_open_with_the_reason(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "workshop")
    new_workshop(qtbot, view)
    opened = answer(view, qtbot, lambda form: press_ok(qtbot, form))  # no options chosen
    qtbot.mouseClick(view.add_round_button, LEFT)
    form = opened[0]
    assert form.result() != QDialog.DialogCode.Accepted
    assert form.problem.text()  # the command's sentence, in the form
    assert not plan_window.live.snapshot.workshop_rounds


def test_a_workshop_run_end_to_end(
    qtbot: Any, plan_window: MainWindow, phone_thread: Any, dialogs: Any
) -> None:
    live = plan_window.live
    assert live is not None
    view = view_of(plan_window, "workshop")
    new_workshop(qtbot, view)
    for code in ("mellison", "dokafor", "sreyes", "rchen", "lnovak", "skowalski"):
        add_person(qtbot, view, person=code)
    add_round(qtbot, view, ["CDP", "SFS", "IAM-SSO", "INTRANET"])
    snap = live.snapshot
    workshop = snap.workshop_by_code["OFFSITE"]
    round_ = snap.rounds_of(workshop.id)[0]
    assert [o.code for o in snap.options_of(round_.id)] == [
        "IAM-SSO",
        "INTRANET",
        "CDP",
        "SFS",
    ] or {o.code for o in snap.options_of(round_.id)} == {"CDP", "SFS", "IAM-SSO", "INTRANET"}
    assert view.agenda.count() == 1 and "not open yet" in view.agenda.item(0).text()
    assert not view.room.start_button.isEnabled()  # serves only an open round

    # open voting; ballots typed on the laptop count at once
    qtbot.mouseClick(view.round_panel.open_button, LEFT)
    assert view.current_round().state == "open"
    assert "open" in view.agenda.item(0).text()
    people = {p.code: p for p in live.snapshot.participants_by_workshop[workshop.id]}
    for code, values in (
        ("mellison", {"CDP": 3, "SFS": 2}),
        ("dokafor", {"CDP": 2, "INTRANET": 3}),
        ("sreyes", {"CDP": 3, "SFS": 2}),
        ("rchen", {"IAM-SSO": 3, "INTRANET": 2}),
        ("lnovak", {"IAM-SSO": 3, "CDP": 2}),
    ):
        assert live.execute(CastBallot(round_.id, people[code].id, values))
    assert view.round_panel.progress.text() == "5 of 6 have voted"
    assert voted_marks(view)["Margaret Ellison"] == "✓"
    assert voted_marks(view)["Stefan Kowalski"] == ""

    # the projector shows the QR once the room is served
    qtbot.keyClick(
        view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    projector = view.projector
    assert projector is not None and projector.isVisible()
    assert not projector.showing_qr
    assert view.room.choose_address("127.0.0.1")
    qtbot.mouseClick(view.room.start_button, LEFT)
    server = view.room.server
    assert server is not None and server.host.startswith("127.0.0.1:")
    assert server_threads()
    assert projector.showing_qr
    assert server.pin in projector.pin.text()
    assert view.room.url.text() == server.join_url
    qtbot.keyClick(projector, Qt.Key.Key_F5)
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_F5)
    assert not projector.isFullScreen()

    # a phone with a new name asks to join; the facilitator admits it; its ballot counts live
    token = server.join_url.rsplit("/", 1)[1]
    with qtbot.waitSignal(view.room.events.join_requested, timeout=20000):
        status, join = on_phone(
            qtbot,
            phone_thread,
            lambda: call(
                server,
                "POST",
                "/api/join",
                {
                    "token": token,
                    "nonce": secrets.token_urlsafe(12),
                    "name": MARKUP_NAME,
                    "side": "business",
                },
            ),
        )
    assert status == 202 and join["status"] == "pending"
    assert view.room.pending.rowCount() == 1
    assert view.room.pending.item(0, 0).text() == MARKUP_NAME
    with qtbot.waitSignal(view.room.events.admitted, timeout=20000):
        qtbot.mouseClick(view.room.admit_button, LEFT)
    assert MARKUP_NAME in people_names(view)  # a table item: plain text, never markup
    # The phone test: requests from the laptop itself prove nothing; another device does.
    assert view.room.reach.text() == "No phone has opened the page yet."
    view.room.events.phone_reached.emit({"address": "192.0.2.50", "own": False})
    assert view.room.reach.text().startswith("✓ 1 device has reached this laptop")
    assert view.message.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP_NAME in view.message.text()
    status, answered = on_phone(
        qtbot,
        phone_thread,
        lambda: call(
            server, "GET", f"/api/join/{join['request']}", headers={"X-Workshop-Wait": join["wait"]}
        ),
    )
    assert answered["status"] == "admitted"
    key = answered["device_key"]
    steps = live.undo_stack.count()
    with qtbot.waitSignal(view.room.events.ballot_cast, timeout=20000):
        status, _ = on_phone(
            qtbot,
            phone_thread,
            lambda: call(
                server,
                "POST",
                "/api/ballot",
                {"nonce": secrets.token_urlsafe(12), "values": {"SFS": 5}},
                headers={"X-Workshop-Key": key},
            ),
        )
    assert status == 200
    assert view.round_panel.progress.text() == "6 of 7 have voted"
    assert voted_marks(view)[MARKUP_NAME] == "✓"
    assert projector.progress.text() == "6 of 7 have voted"
    assert live.undo_stack.count() == steps  # the facilitator's Ctrl+Z can't take a vote back

    # close and reveal: the chart with business and IT side by side
    qtbot.mouseClick(view.round_panel.close_button, LEFT)
    qtbot.mouseClick(view.round_panel.reveal_button, LEFT)
    round_ = view.current_round()
    assert round_.state == "closed" and round_.revealed
    assert "revealed" in view.agenda.item(0).text()
    assert view.round_panel.stack.currentWidget() is view.round_panel.results
    axes = view.round_panel.canvas.figure.axes
    assert len(axes) == 2  # everyone, and business against IT
    assert view.round_panel.chart_notes and "disagree" in view.round_panel.chart_notes[0]
    assert projector.showing_results and not projector.showing_qr
    assert projector.canvas.figure.axes

    # adopt as statuses: one undo step restores every status and the round
    before = {i.code: i.status for i in live.snapshot.items}

    def accept(dialog: AdoptDialog) -> None:
        assert dialog.how.currentData() == "statuses"
        assert dialog.status_rows["CDP"][0].isChecked()  # pre-filled from the result
        intranet, choice = dialog.status_rows["INTRANET"]
        intranet.setChecked(True)
        choice.setCurrentIndex(choice.findData("approved"))
        assert "INTRANET" in dialog.chosen_statuses()
        assert dialog.summary.text()
        assert dialog.preview.rowCount() > 0
        qtbot.mouseClick(dialog.accept_button, LEFT)
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()

    answer(view, qtbot, accept)
    steps = live.undo_stack.count()
    qtbot.mouseClick(view.round_panel.adopt_button, LEFT)
    assert live.undo_stack.count() == steps + 1, [
        *[live.undo_stack.text(i) for i in range(live.undo_stack.count())][-4:],
        view.message.text(),
        live.undo_stack.index(),
    ]
    after = {i.code: i.status for i in live.snapshot.items}
    assert after != before
    assert view.current_round().adopted.startswith("statuses")
    assert "adopted" in view.agenda.item(0).text()
    plan_window.undo_action.trigger()  # Edit > Undo (Ctrl+Z)
    assert {i.code: i.status for i in live.snapshot.items} == before
    assert view.current_round().adopted is None

    # closing the window stops the server and the projector
    plan_window.close()
    qtbot.waitUntil(lambda: not server_threads(), timeout=20000)
    assert view.room.server is None if _alive(view) else True


def _alive(widget: Any) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def test_the_decision_log(qtbot: Any, plan_window: MainWindow) -> None:
    live = plan_window.live
    assert live is not None
    view = view_of(plan_window, "workshop")
    new_workshop(qtbot, view)

    def fill(form: DecisionForm) -> None:
        qtbot.keyClicks(form.decision, "Fund the customer data platform first")
        qtbot.keyClicks(form.rationale, "Both sides put it first")
        qtbot.keyClicks(form.review_on, "2027-06-30")
        form.items.check(["CDP"])
        press_ok(qtbot, form)

    answer(view, qtbot, fill)
    qtbot.mouseClick(view.log.add_decision_button, LEFT)
    workshop = live.snapshot.workshop_by_code["OFFSITE"]
    decision = live.snapshot.decisions_by_workshop[workshop.id][0]
    assert decision.rationale == "Both sides put it first"
    assert view.log.decisions.item(0, 1).text() == "Fund the customer data platform first"
    assert view.log.decisions.item(0, 7).text() == "CDP"

    def bad_date(form: DecisionForm) -> None:
        form.review_on.setText("soon")
        press_ok(qtbot, form)
        assert "date" in form.problem.text()
        form.review_on.clear()
        form.decision.setText("Fund CDP and SFS first")
        press_ok(qtbot, form)

    answer(view, qtbot, bad_date)
    view.log.decisions.selectRow(0)
    qtbot.mouseClick(view.log.edit_decision_button, LEFT)
    decision = live.snapshot.decisions_by_workshop[workshop.id][0]
    assert decision.decision == "Fund CDP and SFS first" and decision.review_on is None
    assert view.log.decisions.item(0, 1).text() == "Fund CDP and SFS first"

    def action(form: Any) -> None:
        qtbot.keyClicks(form.action, "Bring a costed plan")
        press_ok(qtbot, form)

    answer(view, qtbot, action)
    view.log.setCurrentIndex(1)
    qtbot.mouseClick(view.log.add_action_button, LEFT)
    assert view.log.action_table.item(0, 1).text() == "Bring a costed plan"
    view.log.action_table.selectRow(0)
    qtbot.mouseClick(view.log.done_button, LEFT)
    assert live.snapshot.actions_by_workshop[workshop.id][0].done
    assert view.log.action_table.item(0, 4).text() == "✓"


def test_the_details_panel_steps_aside_for_the_console(qtbot: Any, plan_window: MainWindow) -> None:
    """The console has no record for the details panel: it gets the room, then gives it back."""
    workspace = plan_window.workspace
    assert workspace is not None
    view_of(plan_window, "roadmap")
    assert not workspace.details.isHidden()
    view_of(plan_window, "workshop")
    assert workspace.details.isHidden()
    view_of(plan_window, "objectives")
    assert not workspace.details.isHidden()


def test_ballots_export_from_the_console(
    qtbot: Any,
    plan_window: MainWindow,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    from openpyxl import load_workbook

    from stratplanner.commands.workshop import SetRoundState

    live = plan_window.live
    assert live is not None
    assert live.execute(CreateWorkshop("W", "W"))
    workshop = live.snapshot.workshop_by_code["W"]
    assert live.execute(AddParticipant(workshop.id, person="rchen"))
    assert live.execute(
        CreateRound(workshop.id, "R1", "Q", "dots", ["CDP", "SFS"], anonymity="named")
    )
    round_ = live.snapshot.rounds_of(workshop.id)[0]
    assert live.execute(SetRoundState(round_.id, "open"))
    person = live.snapshot.participants_by_workshop[workshop.id][0]
    live.apply_unrecorded(CastBallot(round_.id, person.id, {"CDP": 2, "SFS": 1}))
    target = tmp_path / "ballots.xlsx"
    monkeypatch.setattr(dialogs, "save_file_path", lambda *_a: str(target), raising=False)
    view = view_of(plan_window, "workshop")
    assert view.ballots_button.isEnabled()
    qtbot.mouseClick(view.ballots_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
    assert {(r[4], r[6], r[8]) for r in rows} == {
        (person.name, "CDP", "2"),
        (person.name, "SFS", "1"),
    }
    assert view.message.text() == "Wrote 1 ballot to ballots.xlsx."


def test_pass_the_laptop_takes_pairwise_and_criteria_ballots(
    qtbot: Any, plan_window: MainWindow
) -> None:
    from stratplanner.commands.workshop import SetRoundState
    from stratplanner.ui.workshop.dialogs import BallotForm

    live = plan_window.live
    assert live is not None
    assert live.execute(CreateWorkshop("W", "W"))
    workshop = live.snapshot.workshop_by_code["W"]
    assert live.execute(AddParticipant(workshop.id, person="rchen"))
    assert live.execute(
        CreateRound(workshop.id, "P", "Which?", "pairwise", ["CDP", "SFS", "CCAAS"])
    )
    if not any(c.measure == "scored" for c in live.snapshot.criteria):
        from stratplanner.commands import CreateRecord

        fit = {"code": "FIT", "name": "Strategic fit", "measure": "scored", "weight": 1}
        assert live.execute(CreateRecord("criterion", fit))
    assert live.execute(CreateRound(workshop.id, "C", "Score", "criteria", ["CDP", "SFS"]))
    snap = live.snapshot
    pairwise, criteria = snap.rounds_of(workshop.id)
    for round_ in (pairwise, criteria):
        assert live.execute(SetRoundState(round_.id, "open"))
    people = live.snapshot.participants_by_workshop[workshop.id]

    form = BallotForm(live.snapshot, pairwise, people, live.attempt, paper=True)
    qtbot.addWidget(form)
    assert form.ok_button.isEnabled()
    assert set(form.fields) == {("CDP", "SFS"), ("CDP", "CCAAS"), ("SFS", "CCAAS")}
    form.set_value(("CDP", "SFS"), "SFS")
    form.set_value(("SFS", "CCAAS"), "tie")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    (stored,) = live.snapshot.ballots_of(pairwise.id)
    assert stored.values == [["CDP", "SFS", "SFS"], ["SFS", "CCAAS", "tie"]]

    form = BallotForm(live.snapshot, criteria, people, live.attempt, paper=True)
    qtbot.addWidget(form)
    scored = [key for key in form.fields if key[0] == "CDP"]
    assert scored, "the plan's scored criteria are offered"
    form.set_value(scored[0], 4)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    (stored,) = live.snapshot.ballots_of(criteria.id)
    assert stored.values == {"CDP": {scored[0][1]: 4}}
