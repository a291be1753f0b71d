"""The Qt models are thin, well-behaved adapters: qtmodeltester on each, filtered and sorted too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from stratplanner.commands import SetLink, UpdateRecord
from stratplanner.store import open_plan
from stratplanner.ui.fields import FIELDS
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.models.alignment_model import AlignmentModel
from stratplanner.ui.models.objective_model import ObjectiveTreeModel, support_by_objective
from stratplanner.ui.models.table_model import RecordFilter, RecordTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def live(qapp: Any, sample_plan: Path) -> Any:
    plan = LivePlan(open_plan(sample_plan))
    yield plan
    plan.close()


# The tester stays connected after check(), so the filtering, sorting and edits that
# follow each check are verified signal by signal (one check per model).


@pytest.mark.parametrize(
    "kind", ["item", "objective", "person", "business_unit", "team", "demand", "kpi", "milestone"]
)
def test_record_tables_pass_the_model_tester(qtmodeltester: Any, live: LivePlan, kind: str) -> None:
    model = RecordTableModel(live, kind)
    live.changed.connect(model.set_snapshot)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == model.total > 0
    model.sort(1, Qt.SortOrder.DescendingOrder)
    first = model.fields[0].text(live.snapshot, model.record_at(model.rowCount() - 1))
    model.set_filter(RecordFilter(text=first))
    assert 0 < model.rowCount() < model.total
    model.set_filter(RecordFilter())
    assert model.rowCount() == model.total


def test_a_filtered_sorted_table_passes_the_model_tester(
    qtmodeltester: Any, live: LivePlan
) -> None:
    model = RecordTableModel(live, "item")
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.set_filter(RecordFilter(text="store"))
    qtmodeltester.check(model, force_py=True)
    live.changed.connect(model.set_snapshot)
    live.execute(UpdateRecord("item", model.record_at(0).id, {"title": "No longer matching"}))
    assert model.rowCount() > 0


def test_item_filter_combines_text_values_and_quarters(live: LivePlan) -> None:
    model = RecordTableModel(live, "item")
    model.set_filter(RecordFilter(text="landing"))
    assert {model.record_at(r).code for r in range(model.rowCount())} == {"CLOUD-LZ", "DC-EXIT"}
    model.set_filter(RecordFilter(text="cloud-lz"))
    assert [model.record_at(r).code for r in range(model.rowCount())] == ["CLOUD-LZ"]
    model.set_filter(RecordFilter().with_values("status", frozenset({"done"})))
    assert {model.record_at(r).code for r in range(model.rowCount())} == {"CLOUD-LZ", "CHECKOUT"}
    snap = live.snapshot
    start = next(i for i in snap.items if i.code == "WMS").start
    model.set_filter(RecordFilter(first_quarter=start, last_quarter=start))
    shown = [model.record_at(r) for r in range(model.rowCount())]
    assert shown and all(i.start <= start <= i.end for i in shown)
    assert len(shown) < model.total


def test_filtering_and_edits_keep_the_selected_record(live: LivePlan, qtbot: Any) -> None:
    model = RecordTableModel(live, "item")
    live.changed.connect(model.set_snapshot)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    row = next(r for r in range(model.rowCount()) if model.record_at(r).code == "WMS")
    view.selectRow(row)
    model.sort(1)
    model.set_filter(RecordFilter(text="warehouse"))
    wms = model.record_at(view.selectionModel().selectedRows()[0].row())
    assert wms.code == "WMS"
    live.execute(UpdateRecord("item", wms.id, {"title": "Warehouse management (WMS)"}))
    selected = view.selectionModel().selectedRows()
    assert [model.record_at(i.row()).title for i in selected] == ["Warehouse management (WMS)"]


def test_objective_tree_passes_the_model_tester(qtmodeltester: Any, live: LivePlan) -> None:
    model = ObjectiveTreeModel(live)
    live.changed.connect(model.set_snapshot)
    qtmodeltester.check(model, force_py=True)
    themes = model.rowCount()
    assert themes == 5 and model.rowCount(model.index(0, 0)) > 0
    model.set_filter("stock")
    shown = {live.snapshot.objective_by_id[i].code for i in model.visible_ids()}
    assert "T3.2" in shown and "T3" in shown and "T1.1" not in shown
    model.set_filter("")
    objective = next(o for o in live.snapshot.objectives if o.code == "T3.3")
    live.execute(UpdateRecord("objective", objective.id, {"parent_id": None}))
    assert model.rowCount() == themes + 1


def test_a_filtered_objective_tree_passes_the_model_tester(
    qtmodeltester: Any, live: LivePlan
) -> None:
    model = ObjectiveTreeModel(live)
    model.set_filter("stock")
    qtmodeltester.check(model, force_py=True)
    themes = {
        live.snapshot.objective_by_id[model.index(r, 0).internalId()].code
        for r in range(model.rowCount())
    }
    assert "T3" in themes
    assert len(model.visible_ids()) < len(live.snapshot.objectives)


def test_theme_support_counts_each_item_once(live: LivePlan) -> None:
    snap = live.snapshot
    cancelled = frozenset(i.id for i in snap.items if i.status == "cancelled")
    support = support_by_objective(snap, cancelled)
    theme = next(o for o in snap.objectives if o.code == "T1")
    children = [o.id for o in snap.children_by_objective[theme.id]]
    items = {
        link.item_id
        for link in snap.links
        if link.objective_id in {theme.id, *children} and link.item_id not in cancelled
    }
    assert support[theme.id].items == len(items)


def test_alignment_matrix_passes_the_model_tester_both_ways(
    qtmodeltester: Any, live: LivePlan
) -> None:
    model = AlignmentModel(live)
    live.changed.connect(model.set_snapshot)
    qtmodeltester.check(model, force_py=True)
    assert (model.rowCount(), model.columnCount()) == (
        len(live.snapshot.objectives),
        len(live.snapshot.items),
    )
    model.set_transposed(True)
    assert model.rowCount() == len(live.snapshot.items)
    index = model.index(0, 0)
    objective_id, item_id = model.pair(index)
    assert model.setData(index, 3)
    assert index.data() == "3"
    link = next(
        x for x in live.snapshot.links if (x.objective_id, x.item_id) == (objective_id, item_id)
    )
    assert link.strength == 3
    model.set_item_filter("cloud-lz", only_linked=False)
    assert model.rowCount() == 1
    model.set_item_filter("", only_linked=False)
    live.execute(SetLink(objective_id, item_id, 0))
    assert model.strength(model.index_of_pair(objective_id, item_id)) == 0


def test_a_transposed_filtered_matrix_passes_the_model_tester(
    qtmodeltester: Any, live: LivePlan
) -> None:
    model = AlignmentModel(live)
    model.set_transposed(True)
    model.set_item_filter("store", only_linked=True)
    qtmodeltester.check(model, force_py=True)
    assert 0 < model.rowCount() < len(live.snapshot.items)


@pytest.mark.parametrize("kind", ["item", "person", "kpi", "demand"])
def test_fast_sort_keys_order_like_the_displayed_values(live: LivePlan, kind: str) -> None:
    snap = live.snapshot
    records = list(RecordTableModel(live, kind).records())
    for fld in FIELDS[kind]:
        fast = sorted(records, key=fld.sorter(snap))
        slow = sorted(records, key=lambda r, f=fld: f.sort_key(snap, r))
        assert [r.id for r in fast] == [r.id for r in slow], fld.name
