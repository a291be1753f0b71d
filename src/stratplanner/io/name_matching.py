"""Matching a name written in a file to a record the plan already has.

A department column says "Ministry of Defence" where the plan has "MOD", or
"Cabinet office " where it has "Cabinet Office", or "Minstry of Justice". The
importer tries these, in order, before it treats a name as unknown: the same
words ignoring case, spacing and punctuation ("&" is "and"); an acronym either
way (initials with or without "of", "and", "the"…); a close spelling (at least
88% alike, names of four characters or more). A match must be the only one at
its level; two candidates equally good are no match (the user decides).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate

_STOP_WORDS = {"and", "of", "the", "for", "de", "du", "des", "la", "le", "et", "in", "on", "to"}
CLOSE_SPELLING = 0.88


@dataclass(frozen=True)
class Candidate:
    """A record that a name may mean: its id, code and name (title)."""

    rid: int
    code: str
    name: str


@dataclass(frozen=True)
class NameMatch:
    rid: int
    code: str
    name: str
    how: str  # "spelling", "acronym" or "close spelling"

    @property
    def how_shown(self) -> str:
        """How the name was matched, as the import check's "… by {how}" says it."""
        return translate("NameMatching", HOW_WORDS[self.how])


#: ``NameMatch.how`` as the import check says it ("matched … by {how}").
HOW_WORDS = {
    "spelling": QT_TRANSLATE_NOOP("NameMatching", "spelling"),
    "acronym": QT_TRANSLATE_NOOP("NameMatching", "acronym"),
    "close spelling": QT_TRANSLATE_NOOP("NameMatching", "close spelling"),
}


def plain_words(text: str) -> str:
    """'Cabinet  Office&Co.' → 'cabinet office and co'."""
    text = text.casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _initials(text: str) -> set[str]:
    words = plain_words(text).split()
    if len(words) < 2:
        return set()
    out = {"".join(w[0] for w in words)}
    kept = [w for w in words if w not in _STOP_WORDS]
    if len(kept) >= 2:
        out.add("".join(w[0] for w in kept))
    return out


def _only(found: Iterable[Candidate]) -> Candidate | None:
    unique = {c.rid: c for c in found}
    return next(iter(unique.values())) if len(unique) == 1 else None


def match_name(text: str, candidates: list[Candidate]) -> NameMatch | None:
    """The one record ``text`` most plausibly names, or None."""
    wanted = plain_words(text)
    if not wanted or not candidates:
        return None
    squeezed = wanted.replace(" ", "")
    same = _only(
        c
        for c in candidates
        if wanted in (plain_words(c.name), plain_words(c.code))
        or squeezed in (plain_words(c.name).replace(" ", ""), plain_words(c.code).replace(" ", ""))
    )
    if same is not None:
        return NameMatch(same.rid, same.code, same.name, "spelling")
    mine = _initials(text)
    acronym = _only(
        c
        for c in candidates
        if squeezed in _initials(c.name)
        or (mine & {plain_words(c.code).replace(" ", ""), plain_words(c.name).replace(" ", "")})
    )
    if acronym is not None:
        return NameMatch(acronym.rid, acronym.code, acronym.name, "acronym")
    if len(wanted) < 4:
        return None
    scored: list[tuple[float, Candidate]] = []
    for c in candidates:
        for other in (plain_words(c.name), plain_words(c.code)):
            if len(other) >= 4:
                ratio = difflib.SequenceMatcher(None, wanted, other).ratio()
                if ratio >= CLOSE_SPELLING:
                    scored.append((ratio, c))
    if not scored:
        return None
    best = max(r for r, _c in scored)
    close = _only(c for r, c in scored if r == best)
    if close is None:
        return None
    return NameMatch(close.rid, close.code, close.name, "close spelling")


__all__ = ["CLOSE_SPELLING", "HOW_WORDS", "Candidate", "NameMatch", "match_name", "plain_words"]
