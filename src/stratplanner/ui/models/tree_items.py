"""The rows of a ``QTreeWidget``, typed: ``topLevelItem(n)`` and ``child(n)`` return ``None``
only for an index out of range, which these never ask for."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    for n in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(n)
        assert item is not None  # n < topLevelItemCount()
        yield item


def children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    for n in range(item.childCount()):
        child = item.child(n)
        assert child is not None  # n < childCount()
        yield child


def tree_rows(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    """Each top-level row followed by its children (two levels, as the views' trees have)."""
    for top in top_level_items(tree):
        yield top
        yield from children(top)
