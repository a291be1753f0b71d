"""Numbers in sentences take the right form of the noun ('1 assessment', '2 people')."""

from __future__ import annotations

import pytest

from stratplanner.analysis.text import counted


@pytest.mark.parametrize(
    ("count", "one", "many", "text"),
    [
        (0, "assessment", None, "0 assessments"),
        (1, "assessment", None, "1 assessment"),
        (4, "assessment", None, "4 assessments"),
        (1, "person", "people", "1 person"),
        (2, "person", "people", "2 people"),
    ],
)
def test_counted(count: int, one: str, many: str | None, text: str) -> None:
    assert counted(count, one, many) == text
