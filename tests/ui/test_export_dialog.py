"""File ▸ Export PDF…: options dialog, background export with progress, open the PDF, remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

from stratplanner.ui.dialogs.pdf_dialog import PdfOptionsDialog, remembered_options
from stratplanner.ui.main_window import MainWindow


@pytest.fixture
def pdf_dialogs(dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Scripted answers for the questions the export asks."""
    dialogs.choices = []
    dialogs.opened = []

    def save_file_path(parent: Any, title: str, suggested: str, file_filter: str) -> str | None:
        return dialogs._next_path("save_file", title, suggested)

    def choose(parent: Any, title: str, text: str, choices: list[str], **_kw: Any) -> str | None:
        dialogs.calls.append(("choose", title, text))
        return dialogs.choices.pop(0) if dialogs.choices else None

    def open_url(url: QUrl) -> bool:
        dialogs.opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(dialogs, "save_file_path", save_file_path, raising=False)
    monkeypatch.setattr(dialogs, "choose", choose, raising=False)
    monkeypatch.setattr(dialogs, "open_url", open_url, raising=False)
    return dialogs


def _open_options(qtbot: Any, window: MainWindow) -> PdfOptionsDialog:
    file_menu = window.menu("File")
    assert file_menu is not None
    action = next(a for a in file_menu.actions() if a.text() == "Export &PDF…")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(PdfOptionsDialog, "pdfOptionsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_board_pdf_through_the_dialog(
    qtbot: Any, plan_window: MainWindow, pdf_dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "Board pack.pdf"
    target.parent.mkdir()
    pdf_dialogs.paths.append(str(target))
    pdf_dialogs.choices.append("Open the PDF")
    dialog = _open_options(qtbot, plan_window)
    assert dialog.preset.currentData() == "board"
    qtbot.mouseClick(dialog.paper, Qt.MouseButton.LeftButton)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.confidentiality.clear()
    qtbot.keyClicks(dialog.confidentiality, "Board only")
    export = plan_window.pdf_export
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == target
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 2
    text = "".join(page.extract_text() for page in reader.pages[:3])
    assert "Board only" in text
    assert pdf_dialogs.opened == [str(target)]
    assert [c[1] for c in pdf_dialogs.of("choose")] == ["PDF Exported"]

    # The choices are remembered for this plan: the next export starts from them.
    assert plan_window.live is not None
    remembered = remembered_options(
        plan_window.context.settings.qsettings, plan_window.live.document.location
    )
    assert remembered.paper == "letter" and remembered.confidentiality == "Board only"
    again = _open_options(qtbot, plan_window)
    assert again.paper.currentData() == "letter"
    assert again.confidentiality.text() == "Board only"
    again.reject()


def test_cancelling_leaves_no_file(
    qtbot: Any, plan_window: MainWindow, pdf_dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "Team.pdf"
    pdf_dialogs.paths.append(str(target))
    dialog = _open_options(qtbot, plan_window)
    dialog.preset.setCurrentIndex(dialog.preset.findData("team"))
    assert dialog.section_boxes["appendix"].isChecked()
    export = plan_window.pdf_export
    assert export is not None
    # Cancel as soon as the worker reports progress: the export stops and writes nothing.
    started: list[int] = []

    def cancel_on_progress(done: int, total: int) -> None:
        if not started and export.progress is not None:
            started.append(done)
            qtbot.mouseClick(
                export.progress.findChild(type(dialog.export_button)), Qt.MouseButton.LeftButton
            )

    with qtbot.waitSignal(export.finished, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert export.task is not None
        export.task.progress.connect(cancel_on_progress)
    if blocker.args[0] is None:
        assert not target.exists()
        assert not list(tmp_path.glob("Team*.pdf*"))
    else:  # the machine was faster than the click: a whole file, never a partial one
        assert PdfReader(str(target)).pages


def test_unwritable_folder_is_one_message(
    qtbot: Any, plan_window: MainWindow, pdf_dialogs: Any, tmp_path: Path
) -> None:
    pdf_dialogs.paths.append(str(tmp_path / "missing" / "folder" / "x.pdf"))
    dialog = _open_options(qtbot, plan_window)
    export = plan_window.pdf_export
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is None
    errors = pdf_dialogs.of("error")
    assert len(errors) == 1 and errors[0][1] == "Can't Export the PDF"
    assert "Traceback" not in errors[0][2]


def test_changes_section_compares_with_the_baseline_chosen_in_the_dialog(
    qtbot: Any, plan_window: MainWindow, pdf_dialogs: Any, tmp_path: Path
) -> None:
    from stratplanner.commands import UpdateRecord
    from stratplanner.commands.portfolio import SaveBaseline

    live = plan_window.live
    assert live is not None
    assert live.execute(SaveBaseline("Offsite draft"))
    item = next(i for i in live.snapshot.items if i.code == "CLOUD-LZ")
    assert live.execute(UpdateRecord("item", item.id, {"end": "2028-Q2"}))  # moved 5 quarters
    assert live.execute(SaveBaseline("After the offsite"))

    dialog = _open_options(qtbot, plan_window)
    assert not dialog.baseline.isEnabled()  # the board preset has no changes section
    qtbot.mouseClick(dialog.section_boxes["changes"], Qt.MouseButton.LeftButton)
    assert dialog.baseline.isEnabled()
    assert dialog.baseline.currentData() == "After the offsite"  # the latest comes first
    dialog.baseline.setCurrentIndex(dialog.baseline.findData("Offsite draft"))
    assert dialog.options().baseline == "Offsite draft"

    target = tmp_path / "changes.pdf"
    pdf_dialogs.paths.append(str(target))
    export = plan_window.pdf_export
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    changes = text[text.index("Changes since the baseline Compared") :]
    assert changes.startswith(
        "Changes since the baseline Compared with the baseline “Offsite draft”"
    )
    assert "Cloud landing zone" in changes  # the move since that baseline, not the later one


def test_the_workshop_outcome_pack_from_the_dialog(
    qtbot: Any, plan_window: MainWindow, pdf_dialogs: Any, tmp_path: Path
) -> None:
    from stratplanner.commands.workshop import CreateWorkshop, RecordDecision

    live = plan_window.live
    assert live is not None
    from stratplanner.export.pdf.options import PdfOptions

    empty = PdfOptionsDialog(live.snapshot, PdfOptions(preset="workshop"))
    qtbot.addWidget(empty)
    assert not empty.workshop.isEnabled()  # no workshop in the plan yet
    assert empty.workshop.currentData() is None
    assert live.execute(CreateWorkshop("Q1-OFFSITE", "Q1 offsite"))
    workshop = live.snapshot.workshop_by_code["Q1-OFFSITE"]
    assert live.execute(RecordDecision(workshop.id, "Fund identity first"))

    dialog = _open_options(qtbot, plan_window)
    dialog.preset.setCurrentIndex(dialog.preset.findData("workshop"))
    assert dialog.section_boxes["workshop"].isChecked()
    assert not dialog.section_boxes["cover"].isChecked()
    assert dialog.workshop.isEnabled() and dialog.workshop.currentData() == "Q1-OFFSITE"
    assert dialog.options().workshop == "Q1-OFFSITE"

    target = tmp_path / "outcome.pdf"
    pdf_dialogs.paths.append(str(target))
    export = plan_window.pdf_export
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    assert "Workshop outcome: Q1 offsite" in text and "Fund identity first" in text
