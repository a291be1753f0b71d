"""Pairwise comparison: the group's majority on every pair, Copeland scores, and circles in words.

A leadership team answering "which matters more?" pair by pair is often
intransitive as a group even when every person is consistent (the Condorcet
paradox), so a ranking from pairs must say where it goes round in a circle
rather than pretend one option won. Copeland (1 per option beaten by a
majority, ½ per tie or pair nobody compared) is used because people in the
room can check it by hand.

Cost: one pass over the answers into a flat count matrix, then O(n²) work on
at most 60 options; cycles are found from a bitset transitive closure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate

_COUNT_WORDS = {
    2: QT_TRANSLATE_NOOP("Workshop", "two"),
    3: QT_TRANSLATE_NOOP("Workshop", "three"),
    4: QT_TRANSLATE_NOOP("Workshop", "four"),
    5: QT_TRANSLATE_NOOP("Workshop", "five"),
    6: QT_TRANSLATE_NOOP("Workshop", "six"),
    7: QT_TRANSLATE_NOOP("Workshop", "seven"),
    8: QT_TRANSLATE_NOOP("Workshop", "eight"),
}
#: How many names or pairs a sentence lists before it says "and N others".
_LISTED = 6
_PAIRS_LISTED = 3


def list_names(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, … and 4 others' for sentences on a results screen."""
    shown = list(names[:_LISTED])
    more = len(names) - len(shown)
    if more:
        text = translate("Lists", "{names} and %n other(s)", None, more)
        return text.format(names=", ".join(shown))
    if len(shown) <= 1:
        return "".join(shown)
    return translate("Lists", "{names} and {last}").format(
        names=", ".join(shown[:-1]), last=shown[-1]
    )


def number_g(value: float) -> str:
    """A score as ``f"{value:g}"`` writes it, with the language's decimal mark ('1.5', '1,5');
    analysis/text.py has the same, but the tallies stay free of the snapshot's imports."""
    text = f"{value:g}"
    if "e" in text or "n" in text:  # 1e+06, inf, nan: as Python writes them
        return text
    return format_number(float(text), None, grouping=False)


def _count_word(count: int) -> str:
    """'two' … 'eight' in the user's language; larger counts as digits."""
    word = _COUNT_WORDS.get(count)
    return translate("Workshop", word) if word else str(count)


@dataclass(frozen=True)
class PairwiseCount:
    """The majority graph of one round, enough to score it and to explain it once ranked."""

    options: tuple[str, ...]
    scores: tuple[float, ...]
    votes: tuple[int, ...]
    details: tuple[str, ...]
    #: (winner index, loser index) for every pair won by a strict majority.
    beats: frozenset[tuple[int, int]]
    #: (i, j, answers each way) for pairs compared with as many answers each way, i < j.
    tied: tuple[tuple[int, int, int], ...]
    #: (i, j) for pairs nobody compared, i < j.
    uncompared: tuple[tuple[int, int], ...]

    def explain(self, ranks: Sequence[int]) -> tuple[str, ...]:
        """Sentences on circles, ties and pairs never compared, given the ranks of the scores."""
        sentences: list[str] = []
        circled: list[frozenset[int]] = []
        for members in self._circles():
            circled.append(members)
            sentences.append(self._circle_sentence(members, ranks))
        sentences.extend(self._tie_sentences())
        sentences.extend(self._shared_rank_sentences(ranks, circled))
        return tuple(sentences)

    def _circles(self) -> list[frozenset[int]]:
        """Groups of options that beat each other round in a circle (strongly connected, ≥ 2)."""
        n = len(self.options)
        reach = [0] * n
        for winner, loser in self.beats:
            reach[winner] |= 1 << loser
        for k in range(n):
            bit = 1 << k
            reach_k = reach[k]
            for i in range(n):
                if reach[i] & bit:
                    reach[i] |= reach_k
        groups: list[frozenset[int]] = []
        placed: set[int] = set()
        for i in range(n):
            if i in placed or not reach[i] >> i & 1:
                continue
            members = frozenset(j for j in range(n) if reach[i] >> j & 1 and reach[j] >> i & 1)
            placed |= members
            groups.append(members)
        return groups

    def _shortest_cycle(self, members: frozenset[int]) -> list[int]:
        """The shortest circle inside the group, starting from the earliest option on the agenda."""
        order = sorted(members)
        out_edges = {i: [j for j in order if (i, j) in self.beats] for i in order}
        best: list[int] = []
        for start in order:
            parent = {start: start}
            frontier = [start]
            found: list[int] = []
            while frontier and not found:
                nxt: list[int] = []
                for node in frontier:
                    for j in out_edges[node]:
                        if j == start:
                            found = [node]
                            break
                        if j not in parent:
                            parent[j] = node
                            nxt.append(j)
                    if found:
                        break
                frontier = nxt
            if found:
                path = found
                while path[-1] != start:
                    path.append(parent[path[-1]])
                cycle = path[::-1]
                if not best or len(cycle) < len(best):
                    best = cycle
        return best

    def _circle_sentence(self, members: frozenset[int], ranks: Sequence[int]) -> str:
        cycle = self._shortest_cycle(members)
        names = [self.options[i] for i in cycle]
        steps = [
            translate("Workshop", "{first} is preferred to {second}").format(
                first=names[0], second=names[1]
            )
        ]
        steps += [
            translate("Workshop", "{first} to {second}").format(
                first=names[k], second=names[(k + 1) % len(names)]
            )
            for k in range(1, len(names))
        ]
        chain = translate("Lists", "{names} and {last}").format(
            names=", ".join(steps[:-1]), last=steps[-1]
        )
        group_ranks = {ranks[i] for i in members}
        shared = len(group_ranks) == 1
        whole = len(members) == len(cycle)
        if whole and shared:
            text = translate(
                "Workshop",
                "The group's answers go round in a circle: {chain}, so these {count} share rank "
                "{rank}.",
            )
        elif whole:
            text = translate(
                "Workshop",
                "The group's answers go round in a circle: {chain}, so these {count} have no "
                "order the group agrees on; each is placed by how many options it beats.",
            )
        elif shared:
            text = translate(
                "Workshop",
                "The group's answers go round in a circle: {chain}; together with {others}, these "
                "{count} options share rank {rank}.",
            )
        else:
            text = translate(
                "Workshop",
                "The group's answers go round in a circle: {chain}; together with {others}, these "
                "{count} options have no order the group agrees on; each is placed by how many "
                "options it beats.",
            )
        others = [self.options[i] for i in sorted(members - set(cycle))]
        return text.format(
            chain=chain,
            count=_count_word(len(members)),
            rank=next(iter(group_ranks)),
            others=list_names(others),
        )

    def _tie_sentences(self) -> list[str]:
        out: list[str] = []
        name = self.options
        if len(self.tied) <= _PAIRS_LISTED:
            for i, j, each in self.tied:
                if each:
                    text = translate(
                        "Workshop",
                        "{first} and {second} tie: %n person(s) prefer(s) each, so both get half "
                        "a point.",
                        None,
                        each,
                    )
                else:
                    text = translate(
                        "Workshop",
                        "{first} and {second} tie: everyone who compared them called it a tie, so "
                        "both get half a point.",
                    )
                out.append(text.format(first=name[i], second=name[j]))
        else:
            i, j, _ = self.tied[0]
            out.append(
                translate(
                    "Workshop",
                    "{count} pairs tie, as many people preferring one as the other (for example "
                    "{first} and {second}); both options in each get half a point.",
                ).format(count=len(self.tied), first=name[i], second=name[j])
            )
        if len(self.uncompared) == len(self.options) * (len(self.options) - 1) // 2:
            out.append(
                translate(
                    "Workshop", "No pair has been compared yet, so every option shares rank 1."
                )
            )
        elif len(self.uncompared) <= _PAIRS_LISTED:
            out += [
                translate(
                    "Workshop",
                    "{first} and {second} were never compared, so both get half a point.",
                ).format(first=name[i], second=name[j])
                for i, j in self.uncompared
            ]
        else:
            i, j = self.uncompared[0]
            out.append(
                translate(
                    "Workshop",
                    "{count} pairs were never compared (for example {first} and {second}); both "
                    "options in each get half a point.",
                ).format(count=len(self.uncompared), first=name[i], second=name[j])
            )
        return out

    def _shared_rank_sentences(
        self, ranks: Sequence[int], circled: Iterable[frozenset[int]]
    ) -> list[str]:
        """Shared ranks that no circle explains, e.g. two options beating the same number."""
        by_rank: dict[int, list[int]] = {}
        for i, rank in enumerate(ranks):
            by_rank.setdefault(rank, []).append(i)
        out: list[str] = []
        circles = list(circled)
        for rank, group in sorted(by_rank.items()):
            if len(group) < 2 or any(set(group) <= members for members in circles):
                continue
            names = [self.options[i] for i in group]
            out.append(
                translate(
                    "Workshop", "{options} share rank {rank} with {points} points each."
                ).format(
                    options=list_names(names), rank=rank, points=number_g(self.scores[group[0]])
                )
            )
        return out


def count_pairwise(
    options: Sequence[str], answers: Iterable[Sequence[tuple[str, str, str]]]
) -> PairwiseCount:
    """Majority matrix from normalised answers (one sequence of (a, b, winner) per ballot)."""
    n = len(options)
    index = {code: i for i, code in enumerate(options)}
    wins = [0] * (n * n)
    compared = bytearray(n * n)
    votes = [0] * n
    for ballot in answers:
        touched: set[int] = set()
        for a, b, winner in ballot:
            i = index[a]
            j = index[b]
            compared[i * n + j] = 1
            touched.add(i)
            touched.add(j)
            if winner == a:
                wins[i * n + j] += 1
            elif winner == b:
                wins[j * n + i] += 1
        for i in touched:
            votes[i] += 1
    scores = [0.0] * n
    beaten = [0] * n
    lost = [0] * n
    ties = [0] * n
    never = [0] * n
    beats: set[tuple[int, int]] = set()
    tied: list[tuple[int, int, int]] = []
    uncompared: list[tuple[int, int]] = []
    for i in range(n):
        for j in range(i + 1, n):
            ij, ji = wins[i * n + j], wins[j * n + i]
            if ij > ji:
                beats.add((i, j))
                beaten[i] += 1
                lost[j] += 1
                scores[i] += 1.0
                continue
            if ji > ij:
                beats.add((j, i))
                beaten[j] += 1
                lost[i] += 1
                scores[j] += 1.0
                continue
            scores[i] += 0.5
            scores[j] += 0.5
            if compared[i * n + j] or compared[j * n + i]:
                tied.append((i, j, ij))
                ties[i] += 1
                ties[j] += 1
            else:
                uncompared.append((i, j))
                never[i] += 1
                never[j] += 1
    details = []
    beats_text = translate("Workshop", "beats {count}")
    loses_text = translate("Workshop", "loses to {count}")
    ties_text = translate("Workshop", "ties {count}")
    never_text = translate("Workshop", "{count} never compared")
    for i in range(n):
        parts = [beats_text.format(count=beaten[i]), loses_text.format(count=lost[i])]
        if ties[i]:
            parts.append(ties_text.format(count=ties[i]))
        if never[i]:
            parts.append(never_text.format(count=never[i]))
        details.append(", ".join(parts))
    return PairwiseCount(
        options=tuple(options),
        scores=tuple(scores),
        votes=tuple(votes),
        details=tuple(details),
        beats=frozenset(beats),
        tied=tuple(tied),
        uncompared=tuple(uncompared),
    )


__all__ = ["PairwiseCount", "count_pairwise", "list_names"]
