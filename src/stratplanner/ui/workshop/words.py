"""The workshop's fixed words in the user's language: voting methods, anonymity, round states,
MoSCoW answers, ways to adopt a result, the two sides of the room.

The analysis and the commands name these in English for the command line and the plan file
(``METHOD_NAMES``, ``ANONYMITY_NAMES``, ``STATE_NAMES``, ``MOSCOW_WORDS``, ``ADOPT_NAMES``);
the console shows them through the tables here, whose English is the same word for word
(tests/ui/test_workshop_gui.py checks it, so a word changed there is not silently shown in
English here).
"""

from __future__ import annotations

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "WorkshopWords"

METHODS = {
    "dots": QT_TRANSLATE_NOOP("WorkshopWords", "Dot voting"),
    "points": QT_TRANSLATE_NOOP("WorkshopWords", "100 points"),
    "moscow": QT_TRANSLATE_NOOP("WorkshopWords", "MoSCoW"),
    "pairwise": QT_TRANSLATE_NOOP("WorkshopWords", "Pairwise comparison"),
    "criteria": QT_TRANSLATE_NOOP("WorkshopWords", "Scoring on the plan's criteria"),
    "budget": QT_TRANSLATE_NOOP("WorkshopWords", "Buy a feature"),
}
ANONYMITY = {
    "anonymous": QT_TRANSLATE_NOOP("WorkshopWords", "anonymous"),
    "by_side": QT_TRANSLATE_NOOP("WorkshopWords", "results by side, voters not named"),
    "named": QT_TRANSLATE_NOOP("WorkshopWords", "named"),
}
STATES = {
    "draft": QT_TRANSLATE_NOOP("WorkshopWords", "not open yet"),
    "open": QT_TRANSLATE_NOOP("WorkshopWords", "open"),
    "closed": QT_TRANSLATE_NOOP("WorkshopWords", "closed"),
}
MOSCOW = {
    "must": QT_TRANSLATE_NOOP("WorkshopWords", "must"),
    "should": QT_TRANSLATE_NOOP("WorkshopWords", "should"),
    "could": QT_TRANSLATE_NOOP("WorkshopWords", "could"),
    "wont": QT_TRANSLATE_NOOP("WorkshopWords", "won't"),
}
ADOPT_WAYS = {
    "statuses": QT_TRANSLATE_NOOP("WorkshopWords", "status changes (approved, not now)"),
    "scores": QT_TRANSLATE_NOOP("WorkshopWords", "proposed scores on the plan's criteria"),
    "ranking": QT_TRANSLATE_NOOP("WorkshopWords", "the ranking (the group's order pinned)"),
    "scenario": QT_TRANSLATE_NOOP("WorkshopWords", "a budget scenario"),
}
SIDES = {
    "business": QT_TRANSLATE_NOOP("WorkshopWords", "Business"),
    "it": QT_TRANSLATE_NOOP("WorkshopWords", "IT"),
}


def _word(table: dict[str, str], key: str) -> str:
    return translate(CONTEXT, table[key]) if key in table else key


def method_name(key: str) -> str:
    """'Dot voting'."""
    return _word(METHODS, key)


def anonymity_name(key: str) -> str:
    """'results by side, voters not named'."""
    return _word(ANONYMITY, key)


def state_name(key: str) -> str:
    """'not open yet', 'open', 'closed'."""
    return _word(STATES, key)


def moscow_word(key: str) -> str:
    """'must', 'should', 'could', "won't"."""
    return _word(MOSCOW, key)


def adopt_way(key: str) -> str:
    """'a budget scenario'."""
    return _word(ADOPT_WAYS, key)


def side_name(key: str | None) -> str:
    """'Business' or 'IT' ('' for no side)."""
    return _word(SIDES, key) if key else ""
