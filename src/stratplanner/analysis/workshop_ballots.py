"""Workshop rounds and ballots: what a round asks, and the check every phone vote passes.

A ballot arrives as parsed JSON from a phone or the CLI; :func:`validate_ballot`
either returns it in one normalised shape (so the tally never meets a bool, a
NaN or a code that isn't on the agenda) or refuses it with one sentence the
participant reads on a small screen. The check is idempotent, so the tally can
re-run it on ballots read back from the database.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sized
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation
from typing import Any, cast

METHODS = ("dots", "points", "moscow", "pairwise", "criteria", "budget")
SIDES = ("business", "it")
ANONYMITY = ("anonymous", "by_side", "named")
MOSCOW = {"must": 3, "should": 2, "could": 1, "wont": 0}
#: The word a participant reads for each MoSCoW rating.
MOSCOW_WORDS = {"must": "must", "should": "should", "could": "could", "wont": "won't"}
DEFAULT_DOTS = 5
DEFAULT_POINTS = 100
MIN_OPTIONS, MAX_OPTIONS = 2, 60
#: A phone never sends more; anything bigger is a script or a mistake, refused before it is read.
MAX_ENTRIES = 10_000
#: A numeric string longer than this is refused before Decimal parses it.
MAX_NUMBER_TEXT = 40
#: Budgets and costs stay below this, so every sum of cents is exact in Decimal's 28 digits
#: and a tally never depends on the order ballots are added in.
MAX_MONEY = Decimal(10) ** 15
CENT = Decimal("0.01")
_EXACT = Context(prec=40)
TIE = "tie"


class BallotError(ValueError):
    """A ballot refused; str(exc) is one sentence a participant reads on a phone.

    The sentence says what is wrong and what to do; it is plain text, never markup.
    """


class RoundSpecError(ValueError):
    """A round set up wrongly; str(exc) is one sentence for the facilitator, not participants."""


@dataclass(frozen=True)
class CriterionSpec:
    code: str
    name: str
    weight: float
    scale_min: int
    scale_max: int


@dataclass(frozen=True)
class RoundSpec:
    """One voting round; checked when built, so a bad set-up fails at the facilitator's desk."""

    method: str
    options: tuple[str, ...]
    dots: int | None = None
    cap: int | None = None
    points: int | None = None
    budget: Decimal | None = None
    costs: Mapping[str, Decimal] = field(default_factory=dict)
    criteria: tuple[CriterionSpec, ...] = ()
    anonymity: str = "by_side"

    def __post_init__(self) -> None:
        # Lists and plain numbers from callers are accepted and stored in the declared shapes.
        object.__setattr__(self, "options", tuple(self.options))
        object.__setattr__(self, "criteria", tuple(self.criteria))
        if self.budget is not None:
            object.__setattr__(self, "budget", _spec_money(self.budget, "The budget"))
        object.__setattr__(
            self,
            "costs",
            {code: _spec_money(cost, f'The cost of "{code}"') for code, cost in self.costs.items()},
        )
        _check_spec(self)

    @property
    def dots_each(self) -> int:
        return DEFAULT_DOTS if self.dots is None else self.dots

    @property
    def dots_cap(self) -> int:
        return self.dots_each if self.cap is None else min(self.cap, self.dots_each)

    @property
    def points_each(self) -> int:
        return DEFAULT_POINTS if self.points is None else self.points


@dataclass(frozen=True)
class Ballot:
    participant: str
    side: str | None
    values: Any = None
    abstain: bool = False


def _spec_money(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise RoundSpecError(f"{what} must be an amount of money; enter a number.")
    try:
        amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise RoundSpecError(f"{what} must be an amount of money; enter a number.") from None
    if not amount.is_finite() or amount < 0:
        raise RoundSpecError(f"{what} must be zero or more; enter a real amount.")
    if amount >= MAX_MONEY:
        raise RoundSpecError(f"{what} is too large to vote on; enter it in thousands or millions.")
    return amount


def _check_spec(spec: RoundSpec) -> None:
    if spec.method not in METHODS:
        raise RoundSpecError(
            f'"{_shown(spec.method)}" is not a voting method; use one of {", ".join(METHODS)}.'
        )
    if spec.anonymity not in ANONYMITY:
        raise RoundSpecError(
            f'"{_shown(spec.anonymity)}" is not an anonymity setting; '
            f"use one of {', '.join(ANONYMITY)}."
        )
    if not MIN_OPTIONS <= len(spec.options) <= MAX_OPTIONS:
        raise RoundSpecError(
            f"A round needs {MIN_OPTIONS} to {MAX_OPTIONS} options, not {len(spec.options)}; "
            "add or remove options."
        )
    if not all(isinstance(code, str) and code for code in spec.options):
        raise RoundSpecError("Every option needs a code; fill in the missing ones.")
    if len(set(spec.options)) != len(spec.options):
        raise RoundSpecError("An option is on the agenda twice; remove the repeat.")
    for name, value in (("dots", spec.dots), ("cap", spec.cap), ("points", spec.points)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise RoundSpecError(f"The number of {name} must be a whole number; enter one.")
        if value is not None and value < 1:
            raise RoundSpecError(f"The number of {name} must be at least 1; enter a larger one.")
    if spec.method == "budget":
        if spec.budget is None:
            raise RoundSpecError("A budget round needs each participant's budget; enter it.")
        missing = [code for code in spec.options if code not in spec.costs]
        if missing:
            raise RoundSpecError(
                f'A budget round needs the cost of every option; "{_shown(missing[0])}" has none.'
            )
    if spec.method == "criteria":
        if not spec.criteria:
            raise RoundSpecError("A criteria round needs at least one criterion; add one.")
        codes = [c.code for c in spec.criteria]
        if len(set(codes)) != len(codes):
            raise RoundSpecError("A criterion is listed twice; remove the repeat.")
        for crit in spec.criteria:
            if crit.scale_min > crit.scale_max:
                raise RoundSpecError(
                    f"The scale of {crit.name} runs from {crit.scale_min} down to "
                    f"{crit.scale_max}; swap the two ends."
                )
            if not math.isfinite(crit.weight) or crit.weight < 0:
                raise RoundSpecError(f"The weight of {crit.name} must be zero or more.")


def _shown(text: object, limit: int = 40) -> str:
    """User input as it may appear inside a sentence: one line, short, no control characters."""
    if isinstance(text, int) and not isinstance(text, bool):
        return _count(text)
    raw = text if isinstance(text, str) else repr(text)[: limit + 1]
    flat = "".join(ch if ch.isprintable() else " " for ch in raw[: limit + 1])
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _count(n: int) -> str:
    """A number for a sentence; absurd ones (past Python's int-to-text limit, too) in words."""
    return str(n) if abs(n) < 10**15 else "a very large number"


def _refuse(sentence: str) -> BallotError:
    return BallotError(sentence)


def _sized(values: Any, kind: type | tuple[type, ...], shape: str, method: str) -> None:
    if not isinstance(values, kind):
        raise _refuse(f"This {method} vote must be {shape}; reload the page and vote again.")
    if len(cast("Sized", values)) > MAX_ENTRIES:
        raise _refuse(
            f"This vote has more than {MAX_ENTRIES:,} entries; send one entry per option."
        )


def _option(spec: RoundSpec, code: object) -> str:
    if not isinstance(code, str):
        raise _refuse(
            f"Options are named by their code, not {_shown(code)}; reload the page and vote again."
        )
    if code not in _option_set(spec):
        raise _refuse(
            f'There is no option "{_shown(code)}" in this round; reload the page and vote again.'
        )
    return code


_OPTION_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _option_set(spec: RoundSpec) -> frozenset[str]:
    found = _OPTION_SETS.get(spec.options)
    if found is None:
        if len(_OPTION_SETS) > 256:
            _OPTION_SETS.clear()
        found = _OPTION_SETS[spec.options] = frozenset(spec.options)
    return found


def _whole(value: object, what: str) -> int:
    """A non-negative whole number; integral floats (3.0 from a script) are taken as ints."""
    if isinstance(value, bool):
        raise _refuse(f"{what} must be a number, not true or false; enter a number.")
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise _refuse(f"{what} must be a whole number; enter one like 2.")
        value = int(value)
    if not isinstance(value, int):
        raise _refuse(f"{what} must be a whole number; enter one like 2.")
    if value < 0:
        raise _refuse(f"{what} can't be negative; enter 0 or more.")
    return value


def _amount(value: object, what: str) -> Decimal:
    if isinstance(value, bool):
        raise _refuse(f"{what} must be a number, not true or false; enter an amount.")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _refuse(f"{what} must be a real amount; enter one like 25000.")
        amount = Decimal(repr(value))
    elif isinstance(value, str) and len(value) <= MAX_NUMBER_TEXT:
        try:
            amount = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            raise _refuse(f"{what} must be a number; enter one like 25000.") from None
    else:
        raise _refuse(f"{what} must be a number; enter one like 25000.")
    if not amount.is_finite():
        raise _refuse(f"{what} must be a real amount; enter one like 25000.")
    if amount < 0:
        raise _refuse(f"{what} can't be negative; enter 0 or more.")
    return amount


def money_text(amount: Decimal) -> str:
    """'120,000' or '99.50': grouped digits, no exponent, as a participant would write it."""
    return f"{amount.normalize() if amount == amount.to_integral_value() else amount:,f}"


def _dots(spec: RoundSpec, values: Any) -> dict[str, int]:
    _sized(values, dict, "a list of options with a number of dots each", "dots")
    out: dict[str, int] = {}
    total = 0
    cap = spec.dots_cap
    for code, raw in values.items():
        option = _option(spec, code)
        n = _whole(raw, f'The dots on "{_shown(option)}"')
        if n > cap:
            raise _refuse(
                f'You put {_count(n)} dots on "{_shown(option)}" but at most {cap} may go '
                "on one option; move the rest to other options."
            )
        total += n
        if n:
            out[option] = n
    if total > spec.dots_each:
        extra = total - spec.dots_each
        raise _refuse(
            f"You placed {_count(total)} dots but have only {spec.dots_each}; "
            f"take {_count(extra)} off."
        )
    return out


def _points(spec: RoundSpec, values: Any) -> dict[str, int]:
    _sized(values, dict, "a list of options with points each", "points")
    out: dict[str, int] = {}
    for code, raw in values.items():
        option = _option(spec, code)
        n = _whole(raw, f'The points for "{_shown(option)}"')
        if n:
            out[option] = n
    total, want = sum(out.values()), spec.points_each
    if total < want:
        raise _refuse(
            f"Your points add up to {_count(total)}, not {want}; {want - total} are left to give."
        )
    if total > want:
        raise _refuse(
            f"Your points add up to {_count(total)}, not {want}; "
            f"that is {_count(total - want)} over, "
            "so take some off."
        )
    return out


def _moscow(spec: RoundSpec, values: Any) -> dict[str, str]:
    _sized(values, dict, "a list of options each rated must, should, could or won't", "MoSCoW")
    out: dict[str, str] = {}
    for code, raw in values.items():
        option = _option(spec, code)
        rating = raw.strip().lower().replace("'", "") if isinstance(raw, str) else None
        if rating not in MOSCOW:
            raise _refuse(
                f'The rating for "{_shown(option)}" must be must, should, could or won\'t; '
                "pick one of these."
            )
        out[option] = rating
    return out


def _pairwise(spec: RoundSpec, values: Any) -> tuple[tuple[str, str, str], ...]:
    _sized(values, (list, tuple), "a list of pairs, each with its winner", "pairwise")
    options = _option_set(spec)
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str, str]] = []
    for answer in values:
        if not isinstance(answer, (list, tuple)) or len(answer) != 3:
            raise _refuse(
                "Each answer must name two options and the one preferred; "
                "reload the page and answer again."
            )
        a, b, winner = answer
        if not (isinstance(a, str) and a in options):
            a = _option(spec, a)
        if not (isinstance(b, str) and b in options):
            b = _option(spec, b)
        if a == b:
            raise _refuse(
                f'A pair must be two different options, but "{_shown(a)}" was paired with itself; '
                "answer a different pair."
            )
        # A winner that names one of the two wins over the word "tie" (an option may be coded TIE).
        if winner not in (a, b, TIE):
            raise _refuse(
                f'Your answer for "{_shown(a)}" against "{_shown(b)}" must name one of the two, '
                'or "tie"; answer that pair again.'
            )
        key = (a, b) if a < b else (b, a)
        if key in seen:
            raise _refuse(
                f'You answered "{_shown(a)}" against "{_shown(b)}" twice; answer each pair once.'
            )
        seen.add(key)
        out.append((a, b, winner))
    return tuple(out)


def _criteria(spec: RoundSpec, values: Any) -> dict[str, dict[str, int]]:
    _sized(values, dict, "a list of options, each with a score per criterion", "criteria")
    by_code = {c.code: c for c in spec.criteria}
    out: dict[str, dict[str, int]] = {}
    entries = 0
    for code, scores in values.items():
        option = _option(spec, code)
        if not isinstance(scores, dict):
            raise _refuse(
                f'The scores for "{_shown(option)}" must give a number per criterion; '
                "reload the page and score again."
            )
        entries += len(scores)
        if entries > MAX_ENTRIES:
            raise _refuse(
                f"This vote has more than {MAX_ENTRIES:,} entries; send one score per criterion."
            )
        rated: dict[str, int] = {}
        for crit_code, raw in scores.items():
            crit = by_code.get(crit_code) if isinstance(crit_code, str) else None
            if crit is None:
                raise _refuse(
                    f'There is no criterion "{_shown(crit_code)}" in this round; '
                    "reload the page and score again."
                )
            what = f'The {crit.name} score for "{_shown(option)}"'
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise _refuse(f"{what} must be a whole number; pick one on the scale.")
            if isinstance(raw, float) and (not math.isfinite(raw) or raw != int(raw)):
                raise _refuse(f"{what} must be a whole number; pick one on the scale.")
            n = int(raw)
            if not crit.scale_min <= n <= crit.scale_max:
                raise _refuse(
                    f"{what} is {_count(n)}, but the scale runs from {crit.scale_min} to "
                    f"{crit.scale_max}; pick a score in that range."
                )
            rated[crit.code] = n
        if rated:
            out[option] = rated
    return out


def _budget(spec: RoundSpec, values: Any) -> dict[str, Decimal]:
    _sized(values, dict, "a list of options with an amount each", "budget")
    budget = spec.budget if spec.budget is not None else Decimal(0)
    out: dict[str, Decimal] = {}
    total = Decimal(0)
    for code, raw in values.items():
        option = _option(spec, code)
        amount = _amount(raw, f'The amount for "{_shown(option)}"')
        # Checked one by one so no absurd figure is ever summed or printed.
        if amount > budget:
            raise _refuse(
                f'You put more on "{_shown(option)}" than your whole budget of '
                f"{money_text(budget)}; enter a smaller amount."
            )
        amount = amount.quantize(CENT, context=_EXACT)
        total += amount
        if amount:
            out[option] = amount
    if total > budget:
        raise _refuse(
            f"You are over budget by {money_text(total - budget)} "
            f"(you spent {money_text(total)} of {money_text(budget)}); take some off."
        )
    return out


_VALIDATORS = {
    "dots": _dots,
    "points": _points,
    "moscow": _moscow,
    "pairwise": _pairwise,
    "criteria": _criteria,
    "budget": _budget,
}


def validate_ballot(spec: RoundSpec, values: Any) -> Any:
    """Check raw parsed JSON against the round; return the normalised values or raise BallotError.

    Normalised shapes: dots and points ``{code: int}``, moscow ``{code: "must"|…|"wont"}``,
    pairwise ``((a, b, winner), …)`` with winner ``a``, ``b`` or ``"tie"``, criteria
    ``{code: {criterion: int}}``, budget ``{code: Decimal}`` in cents; zero entries are
    dropped. Normalised values pass again unchanged, so stored ballots can be re-checked.
    """
    if values is None:
        raise _refuse("This vote is empty; vote, or choose Abstain if you'd rather not.")
    result: Any = _VALIDATORS[spec.method](spec, values)
    return result
