"""Workshop tallies: hand-worked rounds for every method, refusals phones show, and properties."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stratplanner.analysis.workshop import (
    MIN_SIDE_VOTERS,
    MOSCOW,
    Ballot,
    BallotError,
    CriterionSpec,
    Disagreement,
    RoundResult,
    RoundSpec,
    RoundSpecError,
    competition_ranks,
    disagreements,
    tally,
    tally_by_side,
    validate_ballot,
)

ABCD = ("A", "B", "C", "D")
VALUE = CriterionSpec("V", "Value", 2.0, 1, 5)
RISK = CriterionSpec("R", "Risk", 1.0, 1, 5)


def ballots(*values: Any, side: str | None = "business") -> list[Ballot]:
    return [Ballot(f"p{i}", side, v) for i, v in enumerate(values, 1)]


def by_code(result: RoundResult) -> dict[str, tuple[float, int, int, str]]:
    return {r.code: (r.score, r.rank, r.votes, r.detail) for r in result.results}


def refusal(spec: RoundSpec, values: Any) -> str:
    with pytest.raises(BallotError) as caught:
        validate_ballot(spec, values)
    return str(caught.value)


# --- ranks --------------------------------------------------------------------------------


def test_competition_ranks_share_and_skip() -> None:
    assert competition_ranks([5, 3, 3, 1]) == [1, 2, 2, 4]
    assert competition_ranks([1, 3, 3, 5]) == [4, 2, 2, 1]
    assert competition_ranks([0.1 + 0.2, 0.3, 0.0]) == [1, 1, 3]
    assert competition_ranks([]) == []


# --- hand-worked rounds -----------------------------------------------------------------------


def test_dots_ties_rank_1_2_2_4_and_abstentions_count_but_give_nothing() -> None:
    spec = RoundSpec("dots", ABCD, dots=5)
    votes = ballots({"A": 3, "B": 2}, {"A": 3, "C": 2}, {"B": 1, "C": 1, "D": 1})
    votes.append(Ballot("p4", "it", None, abstain=True))
    result = tally(spec, votes)
    assert (result.ballots, result.abstentions) == (4, 1)
    assert [r.code for r in result.results] == ["A", "B", "C", "D"]
    assert by_code(result) == {
        "A": (6.0, 1, 2, "6 dots from 2 people"),
        "B": (3.0, 2, 2, "3 dots from 2 people"),
        "C": (3.0, 2, 2, "3 dots from 2 people"),
        "D": (1.0, 4, 1, "1 dot from 1 person"),
    }


def test_results_sorted_by_rank_then_agenda_and_zero_options_listed() -> None:
    spec = RoundSpec("points", ABCD)
    result = tally(spec, ballots({"C": 60, "B": 40}, {"C": 30, "B": 30, "A": 40}))
    assert [(r.code, r.score, r.rank) for r in result.results] == [
        ("C", 90.0, 1),
        ("B", 70.0, 2),
        ("A", 40.0, 3),
        ("D", 0.0, 4),
    ]
    assert by_code(result)["D"][2:] == (0, "no points")


def test_moscow_averages_over_those_who_rated() -> None:
    spec = RoundSpec("moscow", ("A", "B", "C"))
    result = tally(spec, ballots({"A": "must", "B": "wont"}, {"A": "should", "B": "could"}))
    assert by_code(result) == {
        "A": (2.5, 1, 2, "2 ratings: 1 must, 1 should"),
        "B": (0.5, 2, 2, "2 ratings: 1 could, 1 won't"),
        "C": (0.0, 3, 0, "not rated"),
    }
    assert any("Nobody rated C" in s for s in result.explanation)
    assert validate_ballot(spec, {"A": "Won't"}) == {"A": "wont"}


def test_pairwise_condorcet_cycle_shares_rank_1_and_is_explained() -> None:
    spec = RoundSpec("pairwise", ("A", "B", "C"))

    def ranking(first: str, second: str, third: str) -> list[list[str]]:
        return [[first, second, first], [second, third, second], [first, third, first]]

    result = tally(
        spec, ballots(ranking("A", "B", "C"), ranking("B", "C", "A"), ranking("C", "A", "B"))
    )
    assert [(r.code, r.score, r.rank) for r in result.results] == [
        ("A", 1.0, 1),
        ("B", 1.0, 1),
        ("C", 1.0, 1),
    ]
    (sentence,) = result.explanation
    assert "go round in a circle" in sentence
    assert "A is preferred to B, B to C and C to A" in sentence
    assert "share rank 1" in sentence


def test_pairwise_copeland_with_a_tie_and_a_pair_never_compared() -> None:
    spec = RoundSpec("pairwise", ABCD)
    result = tally(
        spec,
        ballots(
            [["A", "B", "A"], ["C", "A", "A"], ["B", "C", "B"]],
            [["B", "A", "A"], ["A", "C", "tie"], ["C", "B", "C"]],
        ),
    )
    # A beats B and C (2), half a point for D never compared; B and C tie 1-1.
    assert [(r.code, r.score, r.rank) for r in result.results] == [
        ("A", 2.5, 1),
        ("D", 1.5, 2),
        ("B", 1.0, 3),
        ("C", 1.0, 3),
    ]
    assert by_code(result)["A"][3] == "beats 2, loses to 0, 1 never compared"
    assert by_code(result)["D"][2] == 0
    text = " ".join(result.explanation)
    assert "B and C tie" in text
    assert "A and D were never compared" in text
    assert "B and C share rank 3" in text
    assert "circle" not in text


def test_pairwise_circle_inside_a_larger_knot_names_the_rest() -> None:
    spec = RoundSpec("pairwise", ABCD)
    # One voter: A>B, B>C, C>A and D beats B, loses to A; C vs D: C. All four knot together.
    result = tally(
        spec,
        ballots(
            [
                ["A", "B", "A"],
                ["B", "C", "B"],
                ["C", "A", "C"],
                ["D", "B", "D"],
                ["A", "D", "A"],
                ["C", "D", "C"],
            ]
        ),
    )
    circle = [s for s in result.explanation if "circle" in s]
    assert len(circle) == 1
    assert "A is preferred to B, B to C and C to A" in circle[0]
    assert "together with D" in circle[0]


def test_criteria_medians_and_weighted_total() -> None:
    spec = RoundSpec("criteria", ("A", "B", "C"), criteria=(VALUE, RISK))
    result = tally(
        spec,
        ballots({"A": {"V": 5, "R": 2}}, {"A": {"V": 3, "R": 4}, "B": {"V": 4}}, {"A": {"V": 4}}),
    )
    assert result.proposed_scores == {"A": {"V": 4.0, "R": 3.0}, "B": {"V": 4.0}, "C": {}}
    assert by_code(result) == {
        "A": (11.0, 1, 3, "11 weighted, rated by 3 people"),
        "B": (8.0, 2, 1, "8 weighted, rated by 1 person"),
        "C": (0.0, 3, 0, "not rated"),
    }


def test_budget_pools_spending_and_says_what_is_funded_and_missing() -> None:
    spec = RoundSpec(
        "budget",
        ("A", "B", "C"),
        budget=Decimal(100_000),
        costs={"A": Decimal(120_000), "B": Decimal(50_000), "C": Decimal(30_000)},
    )
    result = tally(spec, ballots({"A": "60000", "B": 40000}, {"A": 60000.0, "C": "10,000"}))
    assert result.funded == ("A",)
    assert by_code(result) == {
        "A": (120000.0, 1, 2, "funded: 120,000 of 120,000"),
        "B": (40000.0, 2, 1, "40,000 of 50,000; 10,000 missing"),
        "C": (10000.0, 3, 1, "10,000 of 30,000; 20,000 missing"),
    }
    assert result.explanation[0] == (
        "Together 2 people spent 170,000 of the 200,000 they had (100,000 each)."
    )
    assert "Funded: A, costing 120,000." in result.explanation
    assert any("would pay for A, B and C" in s for s in result.explanation)


def test_tally_rechecks_stored_ballots_and_leaves_out_what_no_longer_fits() -> None:
    spec = RoundSpec("dots", ("A", "B"))
    stored = json.loads(json.dumps({"A": 2, "B": 1}))
    result = tally(spec, [Ballot("p1", "it", stored), Ballot("p2", "it", {"GONE": 1})])
    assert result.ballots == 1
    assert by_code(result)["A"][0] == 2.0
    assert any("1 ballot was left out" in s and '"GONE"' in s for s in result.explanation)


def test_a_participant_with_two_ballots_is_named() -> None:
    spec = RoundSpec("dots", ("A", "B"))
    result = tally(spec, [Ballot("ann", "it", {"A": 1}), Ballot("ann", "it", {"B": 1})])
    assert result.ballots == 2
    assert "ann has more than one ballot; each was counted." in result.explanation


# --- refusals ---------------------------------------------------------------------------------


def test_over_budget_refused_with_the_excess() -> None:
    spec = RoundSpec("budget", ("A", "B"), budget=Decimal(1000), costs={"A": 500, "B": 800})
    assert refusal(spec, {"A": 600, "B": "500.50"}) == (
        "You are over budget by 100.50 (you spent 1,100.50 of 1,000); take some off."
    )
    assert "whole budget" in refusal(spec, {"A": "1e999999"})
    assert validate_ballot(spec, {"A": "0.004", "B": Decimal("12.345")}) == {"B": Decimal("12.34")}


def test_cap_exceeded_refused() -> None:
    spec = RoundSpec("dots", ABCD, dots=5, cap=2)
    assert refusal(spec, {"A": 3}) == (
        'You put 3 dots on "A" but at most 2 may go on one option; move the rest to other options.'
    )
    assert (
        refusal(spec, {"A": 2, "B": 2, "C": 2}) == "You placed 6 dots but have only 5; take 1 off."
    )
    assert validate_ballot(spec, {"A": 2, "B": 0}) == {"A": 2}


def test_points_must_add_up_and_the_error_says_how_far_off() -> None:
    spec = RoundSpec("points", ABCD)
    assert refusal(spec, {"A": 50, "B": 40}) == (
        "Your points add up to 90, not 100; 10 are left to give."
    )
    assert "that is 20 over" in refusal(spec, {"A": 70, "B": 50})
    assert validate_ballot(spec, {"A": 100, "B": 0}) == {"A": 100}


@pytest.mark.parametrize(
    ("spec", "values"),
    [
        (RoundSpec("dots", ABCD), {"Z": 1}),
        (RoundSpec("points", ABCD), {"A": 90, "Z": 10}),
        (RoundSpec("moscow", ABCD), {"Z": "must"}),
        (RoundSpec("pairwise", ABCD), [["A", "Z", "A"]]),
        (RoundSpec("criteria", ABCD, criteria=(VALUE,)), {"Z": {"V": 3}}),
        (RoundSpec("budget", ("A", "B"), budget=Decimal(10), costs={"A": 5, "B": 5}), {"Z": 1}),
    ],
)
def test_unknown_option_refused_by_name(spec: RoundSpec, values: Any) -> None:
    assert refusal(spec, values) == (
        'There is no option "Z" in this round; reload the page and vote again.'
    )


@pytest.mark.parametrize(
    ("spec", "values"),
    [
        (RoundSpec("dots", ABCD), {"A": True}),
        (RoundSpec("points", ABCD), {"A": True, "B": 99}),
        (RoundSpec("criteria", ABCD, criteria=(VALUE,)), {"A": {"V": True}}),
        (RoundSpec("budget", ("A", "B"), budget=Decimal(10), costs={"A": 5, "B": 5}), {"A": False}),
    ],
)
def test_booleans_are_not_numbers(spec: RoundSpec, values: Any) -> None:
    message = refusal(spec, values)
    assert '"A"' in message
    assert "number" in message


def test_other_refusals_name_the_option_and_what_to_do() -> None:
    dots = RoundSpec("dots", ABCD)
    assert "can't be negative" in refusal(dots, {"A": -1})
    assert "whole number" in refusal(dots, {"A": 1.5})
    assert "whole number" in refusal(dots, {"A": math.nan})
    assert "must be a list of options" in refusal(dots, [1, 2])
    assert "more than 10,000 entries" in refusal(dots, {f"X{i}": 0 for i in range(10_001)})
    assert "Abstain" in refusal(dots, None)
    assert "a very large number" in refusal(dots, {"A": 10**5000})
    assert "a very large number" in refusal(RoundSpec("pairwise", ABCD), [[10**5000, "A", "A"]])
    budget = RoundSpec("budget", ("A", "B"), budget=Decimal(10), costs={"A": 5, "B": 5})
    assert "real amount" in refusal(budget, {"A": math.inf})
    assert "real amount" in refusal(budget, {"A": "NaN"})
    moscow = RoundSpec("moscow", ABCD)
    assert refusal(moscow, {"B": "maybe"}) == (
        'The rating for "B" must be must, should, could or won\'t; pick one of these.'
    )
    pairwise = RoundSpec("pairwise", ABCD)
    assert "twice" in refusal(pairwise, [["A", "B", "A"], ["B", "A", "B"]])
    assert "must name one of the two" in refusal(pairwise, [["A", "B", "C"]])
    assert "paired with itself" in refusal(pairwise, [["A", "A", "A"]])
    criteria = RoundSpec("criteria", ABCD, criteria=(VALUE,))
    assert refusal(criteria, {"A": {"V": 9}}) == (
        'The Value score for "A" is 9, but the scale runs from 1 to 5; pick a score in that range.'
    )
    assert 'no criterion "Q"' in refusal(criteria, {"A": {"Q": 3}})


def test_refusals_show_codes_on_one_short_line() -> None:
    message = refusal(RoundSpec("dots", ABCD), {"<b>x</b>\n" + "y" * 500: 1})
    assert "\n" not in message
    assert len(message) < 140
    assert "…" in message


def test_round_set_up_wrongly_is_refused_for_the_facilitator() -> None:
    with pytest.raises(RoundSpecError, match="2 to 60 options"):
        RoundSpec("dots", ("A",))
    with pytest.raises(RoundSpecError, match='"B" has none'):
        RoundSpec("budget", ("A", "B"), budget=Decimal(1), costs={"A": 1})
    with pytest.raises(RoundSpecError, match="not a voting method"):
        RoundSpec("raffle", ABCD)


# --- sides and disagreements --------------------------------------------------------------------


def side_ballots(side: str, *values: Any, first: int = 0) -> list[Ballot]:
    return [Ballot(f"{side}{i}", side, v) for i, v in enumerate(values, first)]


def test_by_side_hidden_when_anonymous_and_a_side_is_small() -> None:
    votes = side_ballots("business", {"A": 1}, {"B": 1}) + side_ballots(
        "it", {"A": 1}, {"A": 1}, {"B": 1}
    )
    assert MIN_SIDE_VOTERS == 3
    assert tally_by_side(RoundSpec("dots", ABCD, anonymity="anonymous"), votes) is None
    # An abstainer doesn't make a side big enough to hide in.
    more = [*votes, Ballot("business9", "business", None, abstain=True)]
    assert tally_by_side(RoundSpec("dots", ABCD, anonymity="anonymous"), more) is None
    shown = tally_by_side(RoundSpec("dots", ABCD, anonymity="by_side"), votes)
    assert shown is not None
    assert by_code(shown["business"])["A"][0] == 1.0
    assert by_code(shown["it"])["A"][0] == 2.0
    enough = [*votes, *side_ballots("business", {"C": 2}, first=2)]
    assert tally_by_side(RoundSpec("dots", ABCD, anonymity="anonymous"), enough) is not None


def test_by_side_unknown_side_counts_only_in_total_and_empty_side_lists_every_option() -> None:
    spec = RoundSpec("dots", ABCD, anonymity="named")
    votes = [*side_ballots("business", {"A": 2}), Ballot("x", None, {"A": 3})]
    split = tally_by_side(spec, votes)
    assert split is not None
    assert by_code(split["business"])["A"][0] == 2.0
    assert split["it"].ballots == 0
    assert [r.score for r in split["it"].results] == [0.0] * 4
    assert by_code(tally(spec, votes))["A"][0] == 5.0


def test_disagreements_biggest_gap_first_then_agenda_order() -> None:
    spec = RoundSpec("dots", ("A", "B", "C"), dots=15, cap=9)
    business = side_ballots("business", {"A": 9, "B": 3, "C": 3})  # shares .6 .2 .2
    it = side_ballots("it", {"A": 3, "B": 6, "C": 6})  # shares .2 .4 .4
    split = tally_by_side(spec, business + it)
    assert split is not None
    found = disagreements(spec, split)
    assert [d.code for d in found] == ["A", "B", "C"]
    assert found[0] == Disagreement("A", pytest.approx(0.6), pytest.approx(0.2), pytest.approx(0.4))
    assert [d.code for d in disagreements(spec, split, limit=2)] == ["A", "B"]
    alike = tally_by_side(spec, side_ballots("business", {"A": 1}) + side_ballots("it", {"A": 4}))
    assert alike is not None
    assert disagreements(spec, alike) == ()


def test_disagreements_empty_when_a_side_has_no_votes() -> None:
    spec = RoundSpec("moscow", ("A", "B"))
    split = tally_by_side(spec, side_ballots("business", {"A": "must"}))
    assert split is not None
    assert disagreements(spec, split) == ()
    both = tally_by_side(
        spec, side_ballots("business", {"A": "must"}) + side_ballots("it", {"A": "wont"})
    )
    assert both is not None
    assert [(d.code, d.business, d.it, d.gap) for d in disagreements(spec, both)] == [
        ("A", 1.0, 0.0, 1.0)
    ]


# --- properties -------------------------------------------------------------------------------

OPTIONS = ("A", "B", "C", "D", "E")
PAIRS = [(a, b) for i, a in enumerate(OPTIONS) for b in OPTIONS[i + 1 :]]
SPECS = {
    "dots": RoundSpec("dots", OPTIONS, dots=6, cap=3),
    "points": RoundSpec("points", OPTIONS, points=20),
    "moscow": RoundSpec("moscow", OPTIONS),
    "pairwise": RoundSpec("pairwise", OPTIONS),
    "criteria": RoundSpec(
        "criteria", OPTIONS, criteria=(VALUE, CriterionSpec("C", "Cost", 0.5, 0, 3))
    ),
    "budget": RoundSpec(
        "budget",
        OPTIONS,
        budget=Decimal(100),
        costs={c: Decimal(40 * (i + 1)) for i, c in enumerate(OPTIONS)},
    ),
}


@st.composite
def raw_values(draw: st.DrawFn, method: str) -> Any:
    """Raw ballots the round accepts, in the forms a phone or script sends."""
    if method == "dots":
        return draw(
            st.dictionaries(st.sampled_from(OPTIONS), st.integers(0, 3)).filter(
                lambda v: sum(v.values()) <= 6
            )
        )
    if method == "points":
        cuts = sorted(draw(st.lists(st.integers(0, 20), min_size=4, max_size=4)))
        edges = [0, *cuts, 20]
        return {c: edges[i + 1] - edges[i] for i, c in enumerate(OPTIONS)}
    if method == "moscow":
        return draw(st.dictionaries(st.sampled_from(OPTIONS), st.sampled_from(sorted(MOSCOW))))
    if method == "pairwise":
        chosen = draw(st.lists(st.sampled_from(PAIRS), unique=True))
        out = []
        for pair in chosen:
            first, second = reversed(pair) if draw(st.booleans()) else pair
            out.append([first, second, draw(st.sampled_from((first, second, "tie")))])
        return out
    if method == "criteria":
        scores = st.fixed_dictionaries(
            {}, optional={"V": st.integers(1, 5), "C": st.integers(0, 3)}
        )
        return draw(st.dictionaries(st.sampled_from(OPTIONS), scores))
    amounts = st.one_of(
        st.integers(0, 20),
        st.decimals(0, 20, places=2).map(str),
        st.floats(0, 20, allow_nan=False).map(lambda f: round(f, 1)),
    )
    return draw(st.dictionaries(st.sampled_from(OPTIONS), amounts))


@st.composite
def rounds(draw: st.DrawFn) -> tuple[RoundSpec, list[Ballot], list[Ballot]]:
    method = draw(st.sampled_from(sorted(SPECS)))
    spec = SPECS[method]
    count = draw(st.integers(0, 12))
    votes = [
        Ballot(
            f"p{i}",
            draw(st.sampled_from(("business", "it", None))),
            None
            if (abstain := draw(st.booleans())) and draw(st.booleans())
            else draw(raw_values(method)),
            abstain,
        )
        for i in range(count)
    ]
    return spec, votes, draw(st.permutations(votes))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(rounds())
def test_tally_is_independent_of_ballot_order_and_lists_every_option(
    case: tuple[RoundSpec, list[Ballot], list[Ballot]],
) -> None:
    spec, votes, shuffled = case
    result = tally(spec, votes)
    assert result == tally(spec, shuffled)
    assert sorted(r.code for r in result.results) == sorted(spec.options)
    assert result.ballots == len(votes)
    assert not any("left out" in s for s in result.explanation)
    ranks = [r.rank for r in result.results]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert tally_by_side(spec, votes) == tally_by_side(spec, shuffled)


@settings(max_examples=200)
@given(st.data())
def test_validated_values_pass_again_unchanged(data: st.DataObject) -> None:
    method = data.draw(st.sampled_from(sorted(SPECS)))
    once = validate_ballot(SPECS[method], data.draw(raw_values(method)))
    assert validate_ballot(SPECS[method], once) == once


json_like = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from([*OPTIONS, "tie", "must", "V", "1e9", "NaN"]),
    lambda inner: (
        st.lists(inner, max_size=6)
        | st.dictionaries(st.text(max_size=3) | st.sampled_from(OPTIONS), inner, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=500)
@given(st.sampled_from(sorted(SPECS)), json_like)
def test_validate_refuses_nonsense_only_with_a_ballot_error(method: str, values: Any) -> None:
    try:
        validate_ballot(SPECS[method], values)
    except BallotError as exc:
        message = str(exc)
        assert message.endswith(".")
        assert "\n" not in message
