"""The room panel: the voting server for phones, its link, PIN and QR code, and who may come in.

The server (``stratplanner.workshop.server``) serves one address the facilitator
picks, never every interface. Its calls into the plan hop to the GUI thread
(``bridge.GuiThreadBox``) and ballots are applied with ``LivePlan.apply_unrecorded``,
so the facilitator's Ctrl+Z never takes back a participant's vote. Admit, refuse
and remove return futures that are never waited on here: the server's worker may be
waiting for this very thread.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.workshop.bridge import GuiThreadBox, ServerEvents, _Invoker, room_addresses
from stratplanner.ui.workshop.dialogs import plain
from stratplanner.ui.workshop.words import side_name

if TYPE_CHECKING:  # the server (aiohttp) loads when the room first opens
    from stratplanner.workshop import WorkshopServer
    from stratplanner.workshop.plan_box import PlanBallotBox

REACH_HINT = QT_TRANSLATE_NOOP(
    "RoomPanel",
    "Test from my phone first: scan the code. If the page does not load, the Wi-Fi keeps "
    "devices apart (guest networks do): connect the laptop and the phones to one network "
    "you control, or use a fallback below.",
)
PLAIN_HTTP = QT_TRANSLATE_NOOP(
    "RoomPanel",
    "The voting page is plain HTTP on the room's network: anyone on this network can see "
    "the traffic, so vote on plans, not on secrets.",
)


def server_threads() -> list[threading.Thread]:
    """Voting server threads still running in this process (for tests and shutdown checks)."""
    return [t for t in threading.enumerate() if t.name == "workshop-server" and t.is_alive()]


class RoomPanel(QGroupBox):
    """Start/stop the room's voting server; the link, PIN, QR, join requests and fallbacks."""

    #: Serving started or stopped (the projector shows the QR only while serving).
    serving_changed = Signal(bool)
    #: A message for the console's status line.
    message = Signal(str)
    vote_here_requested = Signal()
    paper_requested = Signal()

    def __init__(self, live: LivePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The room"))
        self.live = live
        self.server: WorkshopServer | None = None
        self.box: PlanBallotBox | None = None
        self.gui_box: GuiThreadBox | None = None
        self.qr: QPixmap | None = None
        self._invoker = _Invoker(self)
        self.events = ServerEvents(self)
        self.events.join_requested.connect(lambda _p: self.refresh_pending())
        self.events.admitted.connect(self._admitted)
        self.events.removed.connect(lambda _p: self.refresh_pending())
        self.events.failed.connect(self.message)
        self.events.phone_reached.connect(self._phone_reached)
        #: Addresses of other devices that opened the page while serving (the phone test).
        self.reached: list[str] = []
        self.workshop_code = ""
        self.round_code = ""
        self.round_open = False

        self.address = QComboBox()
        self.address.setToolTip(
            self.tr("The network the phones are on; 127.0.0.1 is this laptop only")
        )
        self.address.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.address.setMinimumContentsLength(10)
        self.reload_addresses()
        self.start_button = QPushButton(self.tr("&Start serving"))
        self.start_button.setToolTip(
            self.tr("Serve the voting page to phones on the chosen network")
        )
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("St&op"))
        self.stop_button.setToolTip(self.tr("Stop serving; phones can no longer reach the vote"))
        self.stop_button.clicked.connect(self.stop)
        self.status = plain(self.tr("Not serving. Open a round, then start serving."))
        self.url = plain()
        self.url.setWordWrap(True)
        self.url.setMinimumWidth(10)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin = QLabel()
        self.pin.setTextFormat(Qt.TextFormat.PlainText)
        self.pin.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.rotate_button = QPushButton(self.tr("&Rotate link"))
        self.rotate_button.setToolTip(
            self.tr(
                "A new link and PIN (the old ones stop working; phones already in keep working)"
            )
        )
        self.rotate_button.clicked.connect(self.rotate)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(120, 120)
        self.pending = QTableWidget(0, 3)
        self.pending.setHorizontalHeaderLabels(
            [self.tr("Waiting to join"), self.tr("Side"), self.tr("Note")]
        )
        self.pending.verticalHeader().hide()
        self.pending.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pending.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pending.horizontalHeader().setStretchLastSection(True)
        self.pending.setMaximumHeight(120)
        self.admit_button = QPushButton(self.tr("&Admit"))
        self.admit_button.clicked.connect(self.admit_selected)
        self.refuse_button = QPushButton(self.tr("Re&fuse"))
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.auto_admit = QCheckBox(self.tr("Admit people on the &list\nautomatically"))
        self.auto_admit.setToolTip(
            self.tr("Someone who picks their own name from the list comes straight in")
        )
        self.auto_admit.toggled.connect(self._auto_admit_changed)
        self.hint = MutedLabel(translate("RoomPanel", REACH_HINT))
        self.hint.setWordWrap(True)
        self.reach = QLabel()
        self.reach.setObjectName("phoneReached")
        self.reach.setTextFormat(Qt.TextFormat.PlainText)
        self.reach.setWordWrap(True)
        self.vote_here_button = QPushButton(self.tr("&Vote on this laptop…"))
        self.vote_here_button.setToolTip(
            self.tr("Pass the laptop round: each participant enters their ballot")
        )
        self.vote_here_button.clicked.connect(self.vote_here_requested)
        self.paper_button = QPushButton(self.tr("Enter a &paper ballot…"))
        self.paper_button.setToolTip(self.tr("Type a ballot written on paper"))
        self.paper_button.clicked.connect(self.paper_requested)
        self.http_note = MutedLabel(translate("RoomPanel", PLAIN_HTTP))
        self.http_note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.start_button, 1)
        top.addWidget(self.stop_button)
        link = QHBoxLayout()
        link.addWidget(self.pin, 1)
        link.addWidget(self.rotate_button)
        requests = QHBoxLayout()
        requests.addWidget(self.admit_button)
        requests.addWidget(self.refuse_button)
        requests.addStretch(1)
        fallbacks = QVBoxLayout()
        fallbacks.addWidget(self.vote_here_button)
        fallbacks.addWidget(self.paper_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.address)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.url)
        layout.addLayout(link)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.pending)
        layout.addLayout(requests)
        layout.addWidget(self.auto_admit)
        layout.addWidget(self.reach)
        layout.addWidget(self.hint)
        layout.addLayout(fallbacks)
        layout.addWidget(self.http_note)
        layout.addStretch(1)
        self._update()

    # -- addresses and life cycle ---------------------------------------------------------

    def reload_addresses(self) -> None:
        current = self.address.currentData()
        self.address.clear()
        for address, name in room_addresses():
            self.address.addItem(f"{address}  ({name})", address)
        if current is not None and self.address.findData(current) >= 0:
            self.address.setCurrentIndex(self.address.findData(current))

    def choose_address(self, address: str) -> bool:
        index = self.address.findData(address)
        if index >= 0:
            self.address.setCurrentIndex(index)
        return index >= 0

    @property
    def serving(self) -> bool:
        return self.server is not None

    def follow(self, workshop_code: str, round_code: str, round_open: bool) -> None:
        """The console's current round: the page shows it from now on."""
        self.workshop_code, self.round_code, self.round_open = workshop_code, round_code, round_open
        if self.box is not None:
            self.box.workshop_code = workshop_code
            self.box.round_code = round_code
        self.notify()
        self._update()

    def notify(self) -> None:
        """Tell the phones the round changed (opened, closed, revealed, switched, edited)."""
        if self.server is not None:
            self.server.notify_changed()

    def start(self) -> None:
        if self.server is not None:
            return
        if not self.round_open:
            self.message.emit(
                self.tr("Open a round first: the voting page serves only an open round.")
            )
            return
        from stratplanner.workshop import WorkshopServer, qr_png
        from stratplanner.workshop.plan_box import PlanBallotBox

        address = self.address.currentData()
        self.box = PlanBallotBox(
            read=lambda: self.live.snapshot,
            execute=self.live.apply_unrecorded,
            workshop_code=self.workshop_code,
            round_code=self.round_code,
        )
        self.gui_box = GuiThreadBox(self.box, self._invoker)
        try:
            server = WorkshopServer(
                self.gui_box,
                address,
                on_event=self.events.forward,
                auto_admit_registered=self.auto_admit.isChecked(),
            )
            server.start()
        except (OSError, ValueError, RuntimeError) as exc:
            self.box = None
            self.message.emit(
                self.tr(
                    "The voting page could not be served on {address}: {error}. Choose another "
                    "address, or use a fallback."
                ).format(address=address, error=exc)
            )
            return
        self.server = server
        self.qr = QPixmap()
        self.qr.loadFromData(qr_png(server.join_url, scale=8))
        self._update()
        self.serving_changed.emit(True)

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        if self.gui_box is not None:
            self.gui_box.close()
        server.stop()
        self.gui_box = None
        self.box = None
        self.qr = None
        self.reached = []
        self.pending.setRowCount(0)
        self._update()
        self.serving_changed.emit(False)

    def rotate(self) -> None:
        if self.server is None:
            return
        from stratplanner.workshop import qr_png

        url = self.server.rotate_token()
        self.qr = QPixmap()
        self.qr.loadFromData(qr_png(url, scale=8))
        self._update()
        self.serving_changed.emit(True)
        self.message.emit(self.tr("New link and PIN: the old ones no longer work."))

    # -- join requests --------------------------------------------------------------------

    def _phone_reached(self, payload: dict[str, Any]) -> None:
        """The phone test: a device other than this laptop opened the page."""
        address = str(payload.get("address") or "")
        if payload.get("own") or not address or address in self.reached:
            return
        self.reached.append(address)
        self._update()

    def _reach_text(self) -> str:
        if self.server is None:
            return ""
        if self.reached:
            count = len(self.reached)
            return translate(
                "RoomPanel",
                "✓ %n device(s) have reached this laptop over the room's network: phones can "
                "vote here.",
                None,
                count,
            )
        return self.tr("No phone has opened the page yet.")

    def _auto_admit_changed(self, on: bool) -> None:
        if self.server is not None:
            self.server.auto_admit_registered = on

    def _admitted(self, payload: dict[str, Any]) -> None:
        self.refresh_pending()
        name = payload.get("name")
        if name:
            self.message.emit(self.tr("{name} is in the vote.").format(name=name))

    def refresh_pending(self) -> None:
        requests = self.server.pending() if self.server is not None else []
        self.pending.setRowCount(len(requests))
        for row, request in enumerate(requests):
            note = request.get("note") or (
                self.tr("on the list") if request.get("key") else self.tr("new name")
            )
            values = (
                str(request.get("name") or ""),
                side_name(str(request.get("side") or "")),
                str(note),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, request.get("id"))
                self.pending.setItem(row, column, cell)
        if requests and self.pending.currentRow() < 0:
            self.pending.selectRow(0)
        self._update()

    def _selected_request(self) -> str | None:
        cell = self.pending.item(self.pending.currentRow(), 0)
        return cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None

    def admit_selected(self) -> None:
        request = self._selected_request()
        if self.server is None or request is None:
            return
        self.events.watch(self.server.admit_request(request), self.tr("Letting them in"))

    def refuse_selected(self) -> None:
        request = self._selected_request()
        if self.server is None or request is None:
            return
        self.events.watch(self.server.refuse_request(request), self.tr("Refusing them"))
        self.pending.removeRow(self.pending.currentRow())

    # -- showing it -----------------------------------------------------------------------

    def _update(self) -> None:
        serving = self.server is not None
        self.start_button.setEnabled(not serving and self.round_open)
        self.start_button.setToolTip(
            self.tr("Serve the voting page to phones on the chosen network")
            if self.round_open
            else self.tr("Open a round first; the page serves only while a round is open")
        )
        self.stop_button.setEnabled(serving)
        self.reach.setText(self._reach_text())
        self.reach.setVisible(serving)
        self.address.setEnabled(not serving)
        self.rotate_button.setEnabled(serving)
        has_requests = self.pending.rowCount() > 0
        self.admit_button.setEnabled(serving and has_requests)
        self.refuse_button.setEnabled(serving and has_requests)
        self.pending.setVisible(serving)
        self.admit_button.setVisible(serving)
        self.refuse_button.setVisible(serving)
        if self.server is not None:
            self.status.setText(
                self.tr("Serving round {round}. Phones join at:").format(round=self.round_code)
            )
            self.url.setText(self.server.join_url)
            self.pin.setText(self.tr("PIN {pin}").format(pin=self.server.pin))
            self.url.show()
            self.pin.show()
            if self.qr is not None:
                self.qr_label.setPixmap(
                    self.qr.scaled(
                        180,
                        180,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.FastTransformation,
                    )
                )
            self.qr_label.show()
        else:
            self.status.setText(
                self.tr(
                    "Not serving. Start serving while a round is open; phones then scan the code."
                )
                if not self.round_open
                else self.tr("Round open: start serving so phones can vote.")
            )
            self.url.hide()
            self.pin.hide()
            self.qr_label.clear()
            self.qr_label.hide()
