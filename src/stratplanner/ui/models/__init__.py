"""Qt item models over the snapshot (tables, trees, the alignment matrix)."""
