"""Team mode in the window: open by address, others' changes, conflicts, lost server, activity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, edit_cell_by_keyboard, row_of_code, view_of
from sqlalchemy.exc import OperationalError

from stratplanner.commands import UpdateRecord
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan
from stratplanner.store.errors import ConnectionLostError, PlanFileError
from stratplanner.ui.actions import Act
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.team import LOST_TEXT, OVERWRITE, RELOAD, SharedLivePlan


@pytest.fixture
def team_dialogs(dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    dialogs.texts = []
    dialogs.choices = []

    def ask_text(parent: Any, title: str, label: str, text: str = "") -> str | None:
        dialogs.calls.append(("ask_text", title, text))
        return dialogs.texts.pop(0) if dialogs.texts else None

    def choose(parent: Any, title: str, text: str, choices: list[str], **_kw: Any) -> str | None:
        dialogs.calls.append(("choose", title, text, *choices))
        return dialogs.choices.pop(0) if dialogs.choices else None

    monkeypatch.setattr(dialogs, "ask_text", ask_text, raising=False)
    monkeypatch.setattr(dialogs, "choose", choose, raising=False)
    return dialogs


def _open_team_plan(window: MainWindow, team_dialogs: Any, url: str) -> None:
    team_dialogs.texts.append(url)
    window.actions_by_name[Act.OPEN_TEAM].trigger()


def _edit_title(qtbot: Any, window: MainWindow, code: str, title: str) -> None:
    roadmap = view_of(window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    index = model.index(row_of_code(model, code), model.column_of("title"))
    edit_cell_by_keyboard(qtbot, view, index, title)


def test_activity_view_lists_my_edits_on_a_plan_file(qtbot: Any, plan_window: MainWindow) -> None:
    _edit_title(qtbot, plan_window, "CLOUD-LZ", "Cloud foundation")
    activity = view_of(plan_window, "activity")
    top = activity.tree.topLevelItem(0)
    assert top is not None
    assert top.text(2) == "Change title of Cloud landing zone"
    assert top.text(1).endswith("(you)")
    assert top.text(3) == "roadmap item"


@pytest.mark.postgres
def test_team_plan_sees_others_changes_and_keeps_the_selection(
    qtbot: Any, window: MainWindow, team_dialogs: Any, server_plan_url: str
) -> None:
    _open_team_plan(window, team_dialogs, server_plan_url)
    assert window.live is not None and window.live.document.server is not None
    assert "?plan=" in window.windowTitle() or "on" in window.windowTitle()
    roadmap = view_of(window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    view.setCurrentIndex(model.index(row_of_code(model, "CHECKOUT"), model.column_of("title")))
    # Alice, on another laptop, renames an item.
    with open_plan(server_plan_url) as other:
        item = by_code(load_snapshot(other.session).items, "CLOUD-LZ")
        other.execute(UpdateRecord("item", item.id, {"title": "Alice's landing zone"}))
    qtbot.waitUntil(
        lambda: by_code(window.live.snapshot.items, "CLOUD-LZ").title == "Alice's landing zone",
        timeout=15000,
    )
    current = view.currentIndex()
    assert model.record_at(current.row()).code == "CHECKOUT"
    activity = view_of(window, "activity")
    assert activity.tree.topLevelItem(0).text(2) == "Change title of Cloud landing zone"
    assert not activity.tree.topLevelItem(0).text(1).endswith("(you)")
    # Only the address (no password) is remembered for next time.
    remembered = window.context.settings.qsettings.value("team/last_location")
    assert remembered and ":" not in remembered.split("@")[0].split("//")[1]


@pytest.mark.postgres
def test_conflict_asks_and_overwrite_wins(
    qtbot: Any, window: MainWindow, team_dialogs: Any, server_plan_url: str
) -> None:
    _open_team_plan(window, team_dialogs, server_plan_url)
    assert window.team_sync is not None
    window.team_sync.stop()  # the planner hasn't seen Alice's change yet
    with open_plan(server_plan_url) as other:
        item = by_code(load_snapshot(other.session).items, "CLOUD-LZ")
        other.execute(UpdateRecord("item", item.id, {"title": "Alice's title"}))
    team_dialogs.choices.append(OVERWRITE)
    _edit_title(qtbot, window, "CLOUD-LZ", "My title")
    asked = team_dialogs.of("choose")
    assert len(asked) == 1
    assert asked[0][1] == "Changed by Someone Else" and "changed by" in asked[0][2]
    assert asked[0][3:] == (RELOAD, OVERWRITE)
    with open_plan(server_plan_url, read_only=True) as check:
        assert by_code(load_snapshot(check.session).items, "CLOUD-LZ").title == "My title"
    # The overwrite is one undoable step like any edit.
    assert window.undo_action.isEnabled()


@pytest.mark.postgres
def test_conflict_reload_shows_their_change(
    qtbot: Any, window: MainWindow, team_dialogs: Any, server_plan_url: str
) -> None:
    _open_team_plan(window, team_dialogs, server_plan_url)
    assert window.team_sync is not None
    window.team_sync.stop()
    with open_plan(server_plan_url) as other:
        item = by_code(load_snapshot(other.session).items, "CLOUD-LZ")
        other.execute(UpdateRecord("item", item.id, {"title": "Alice's title"}))
    team_dialogs.choices.append(RELOAD)
    _edit_title(qtbot, window, "CLOUD-LZ", "My title")
    assert by_code(window.live.snapshot.items, "CLOUD-LZ").title == "Alice's title"


@pytest.mark.postgres
def test_lost_connection_banner_refuses_edits_and_clears_itself(
    qtbot: Any,
    window: MainWindow,
    team_dialogs: Any,
    server_plan_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _open_team_plan(window, team_dialogs, server_plan_url)
    sync = window.team_sync
    assert sync is not None and window.live is not None
    doc = window.live.document

    def server_gone(limit: int = 200) -> Any:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(doc, "recent_activity", server_gone)
    qtbot.waitUntil(sync.banner.isVisible, timeout=15000)
    assert "Connection lost" in sync.banner.label.text()
    before = by_code(window.live.snapshot.items, "CLOUD-LZ").title
    _edit_title(qtbot, window, "CLOUD-LZ", "Typed while offline")
    assert window.workspace is not None
    assert window.workspace.message_bar.text == LOST_TEXT
    assert by_code(window.live.snapshot.items, "CLOUD-LZ").title == before
    monkeypatch.undo()
    qtbot.waitUntil(lambda: not sync.banner.isVisible(), timeout=15000)
    _edit_title(qtbot, window, "CLOUD-LZ", "Back online")
    assert by_code(window.live.snapshot.items, "CLOUD-LZ").title == "Back online"


def test_unreachable_server_offers_a_local_copy(
    qtbot: Any, window: MainWindow, team_dialogs: Any, sample_plan: Path
) -> None:
    team_dialogs.choices.append("Open a Local Copy…")
    team_dialogs.paths.append(str(sample_plan))
    _open_team_plan(
        window, team_dialogs, "postgresql+psycopg://nobody@127.0.0.1:9/strategy?plan=fy27"
    )
    asked = team_dialogs.of("choose")
    assert len(asked) == 1 and asked[0][1] == "Can't Open the Team Plan"
    assert "local copy" in asked[0][2]
    assert window.live is not None and window.live.document.path == sample_plan
    assert window.context.settings.qsettings.value("team/last_location") is None


@pytest.mark.postgres
def test_own_edits_undo_and_redo_are_never_conflicts(
    qtbot: Any, window: MainWindow, team_dialogs: Any, server_plan_url: str
) -> None:
    _open_team_plan(window, team_dialogs, server_plan_url)
    _edit_title(qtbot, window, "CLOUD-LZ", "First")
    _edit_title(qtbot, window, "CLOUD-LZ", "Second")
    window.undo_action.trigger()
    window.redo_action.trigger()
    window.undo_action.trigger()
    assert not team_dialogs.of("choose")
    assert by_code(window.live.snapshot.items, "CLOUD-LZ").title in ("First", "Cloud landing zone")
    with open_plan(server_plan_url, read_only=True) as check:
        on_server = by_code(load_snapshot(check.session).items, "CLOUD-LZ").title
    assert on_server == by_code(window.live.snapshot.items, "CLOUD-LZ").title


def test_a_lost_connection_is_known_by_its_kind_not_its_words(
    qtbot: Any, sample_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's sentences are in the user's language: a team plan tells a lost server by
    the error's type, so a German refusal still shows the banner, and an English sentence that
    merely mentions the connection does not."""
    doc = open_plan(sample_plan)
    try:
        live = SharedLivePlan(doc)
        monkeypatch.setattr(doc, "server", object())  # as a team plan on a server
        shown: list[str] = []
        live.refused.connect(shown.append)
        item = live.snapshot.items[0]
        other = PlanFileError("The connection to the plan server is fine; this is another fault.")
        monkeypatch.setattr(live.session, "execute", _raises(other))
        assert not live.execute(UpdateRecord("item", item.id, {"title": "Offline"}))
        assert not live.connection_lost
        german = "Die Verbindung zum Planserver ist abgebrochen; versuchen Sie es gleich erneut."
        monkeypatch.setattr(live.session, "execute", _raises(ConnectionLostError(german)))
        with qtbot.waitSignal(live.connection_changed) as changed:
            assert not live.execute(UpdateRecord("item", item.id, {"title": "Offline"}))
        assert changed.args == [True] and live.connection_lost
        assert shown[-1] == german
    finally:
        doc.close()


def _raises(error: Exception) -> Any:
    def execute(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    return execute
