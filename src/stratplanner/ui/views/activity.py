"""Activity: who changed what in the plan, and when (everyone's edits on a shared plan)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_datetime, translate
from stratplanner.model.kinds import kind_label
from stratplanner.snapshot import PlanSnapshot
from stratplanner.store.errors import PlanFileError
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view

LIMIT = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("ActivityView", "When"),
    QT_TRANSLATE_NOOP("ActivityView", "Who"),
    QT_TRANSLATE_NOOP("ActivityView", "What changed"),
    QT_TRANSLATE_NOOP("ActivityView", "Records"),
)


def _when(at: Any) -> str:
    """Activity times are stored in UTC; show them in the planner's own time."""
    if not isinstance(at, datetime):
        return str(at or "")
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()
    return format_datetime(local)


def _kinds(kinds: list[str]) -> str:
    """'roadmap item, alignment link' in the user's language."""
    return ", ".join(kind_label(k) for k in kinds)


class ActivityView(PlanView):
    """The latest changes, newest first; refreshed whenever the plan changes."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("activityList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([translate("ActivityView", c) for c in COLUMNS])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.refresh(self.snapshot)

    def refresh(self, snap: PlanSnapshot) -> None:
        doc = self.live.document
        try:
            rows = doc.recent_activity(LIMIT)
        except (SQLAlchemyError, sqlite3.Error, OSError, PlanFileError):
            self.heading.setText(
                self.tr(
                    "The activity can't be read right now (the plan server can't be reached); "
                    "it shows again when the connection is back."
                )
            )
            return
        count = len(rows)
        self.heading.setText(
            translate(
                "ActivityView", "The latest %n change(s) to this plan, newest first.", None, count
            )
            if rows
            else self.tr("No changes have been recorded in this plan yet.")
        )
        self.tree.clear()
        items = []
        for row in rows:
            user = str(row["user"])
            who = self.tr("{user} (you)").format(user=user) if row["mine"] else user
            item = QTreeWidgetItem([_when(row["at"]), who, row["label"], _kinds(row["kinds"])])
            for column in (1, 2, 3):  # whole, where a narrow column cuts it
                item.setToolTip(column, item.text(column))
            items.append(item)
        self.tree.addTopLevelItems(items)
        for column in range(len(COLUMNS) - 1):
            self.tree.resizeColumnToContents(column)

    def focus_main(self) -> None:
        self.tree.setFocus()


register_view(
    ViewSpec(
        "activity",
        QT_TRANSLATE_NOOP("Views", "Activity"),
        ActivityView,
        icon="history",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Who changed what in this plan, and when",
        ),
        order=90,
    )
)
