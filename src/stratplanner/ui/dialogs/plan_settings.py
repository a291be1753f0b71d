"""Edit ▸ Plan Settings: title, organisation, currency and horizon, in a window of their own.

The settings belong to no view, so they no longer borrow the details panel
(which now shows only the current view's records). The same field editors
commit each change as one undoable command.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.widgets.details import DetailsPanel


class PlanSettingsDialog(QDialog):
    def __init__(self, live: LivePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planSettings")
        self.setWindowTitle(self.tr("Plan Settings"))
        self.panel = DetailsPanel(live, collapsible=False)
        self.panel.show_record("settings", 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(460, 520)
