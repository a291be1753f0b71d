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

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate

METHODS = ("dots", "points", "moscow", "pairwise", "criteria", "budget")
SIDES = ("business", "it")
ANONYMITY = ("anonymous", "by_side", "named")
MOSCOW = {"must": 3, "should": 2, "could": 1, "wont": 0}
#: The word a participant reads for each MoSCoW rating (English; ``moscow_word`` translates).
MOSCOW_WORDS = {
    "must": QT_TRANSLATE_NOOP("Workshop", "must"),
    "should": QT_TRANSLATE_NOOP("Workshop", "should"),
    "could": QT_TRANSLATE_NOOP("Workshop", "could"),
    "wont": QT_TRANSLATE_NOOP("Workshop", "won't"),
}
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
            object.__setattr__(self, "budget", _spec_money(self.budget, _THE_BUDGET, ""))
        object.__setattr__(
            self,
            "costs",
            {code: _spec_money(cost, _THE_COST, code) for code, cost in self.costs.items()},
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


def moscow_word(rating: str) -> str:
    """'must', 'should', 'could', "won't" in the user's language (a rating key as it is)."""
    word = MOSCOW_WORDS.get(rating)
    return translate("Workshop", word) if word else rating


# What a number in a round or a ballot is, as a sentence names it ("{what} must be …"): marked
# here, translated only when a sentence is needed (the checks run on every ballot).
_THE_BUDGET = QT_TRANSLATE_NOOP("Workshop", "The budget")
_THE_COST = QT_TRANSLATE_NOOP("Workshop", 'The cost of "{option}"')
_DOTS_ON = QT_TRANSLATE_NOOP("Workshop", 'The dots on "{option}"')
_POINTS_FOR = QT_TRANSLATE_NOOP("Workshop", 'The points for "{option}"')
_AMOUNT_FOR = QT_TRANSLATE_NOOP("Workshop", 'The amount for "{option}"')
_SCORE_FOR = QT_TRANSLATE_NOOP("Workshop", 'The {criterion} score for "{option}"')


def _what(what: str, option: str, criterion: str = "") -> str:
    return translate("Workshop", what).format(option=_shown(option), criterion=criterion)


def _spec_money(value: object, what: str, option: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise RoundSpecError(
            translate("Workshop", "{what} must be an amount of money; enter a number.").format(
                what=_what(what, option)
            )
        )
    try:
        amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise RoundSpecError(
            translate("Workshop", "{what} must be an amount of money; enter a number.").format(
                what=_what(what, option)
            )
        ) from None
    if not amount.is_finite() or amount < 0:
        raise RoundSpecError(
            translate("Workshop", "{what} must be zero or more; enter a real amount.").format(
                what=_what(what, option)
            )
        )
    if amount >= MAX_MONEY:
        raise RoundSpecError(
            translate(
                "Workshop", "{what} is too large to vote on; enter it in thousands or millions."
            ).format(what=_what(what, option))
        )
    return amount


def _check_spec(spec: RoundSpec) -> None:
    if spec.method not in METHODS:
        raise RoundSpecError(
            translate(
                "Workshop", '"{method}" is not a voting method; use one of {methods}.'
            ).format(method=_shown(spec.method), methods=", ".join(METHODS))
        )
    if spec.anonymity not in ANONYMITY:
        raise RoundSpecError(
            translate(
                "Workshop", '"{setting}" is not an anonymity setting; use one of {settings}.'
            ).format(setting=_shown(spec.anonymity), settings=", ".join(ANONYMITY))
        )
    if not MIN_OPTIONS <= len(spec.options) <= MAX_OPTIONS:
        raise RoundSpecError(
            translate(
                "Workshop",
                "A round needs {least} to {most} options, not {count}; add or remove options.",
            ).format(least=MIN_OPTIONS, most=MAX_OPTIONS, count=len(spec.options))
        )
    if not all(isinstance(code, str) and code for code in spec.options):
        raise RoundSpecError(
            translate("Workshop", "Every option needs a code; fill in the missing ones.")
        )
    if len(set(spec.options)) != len(spec.options):
        raise RoundSpecError(
            translate("Workshop", "An option is on the agenda twice; remove the repeat.")
        )
    for name, value in (("dots", spec.dots), ("cap", spec.cap), ("points", spec.points)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise RoundSpecError(
                translate("Workshop", _NOT_WHOLE[name]).format(
                    name=translate("Workshop", _SETTING_NAMES[name])
                )
            )
        if value is not None and value < 1:
            raise RoundSpecError(
                translate("Workshop", _BELOW_ONE[name]).format(
                    name=translate("Workshop", _SETTING_NAMES[name])
                )
            )
    if spec.method == "budget":
        if spec.budget is None:
            raise RoundSpecError(
                translate("Workshop", "A budget round needs each participant's budget; enter it.")
            )
        missing = [code for code in spec.options if code not in spec.costs]
        if missing:
            raise RoundSpecError(
                translate(
                    "Workshop",
                    'A budget round needs the cost of every option; "{option}" has none.',
                ).format(option=_shown(missing[0]))
            )
    if spec.method == "criteria":
        if not spec.criteria:
            raise RoundSpecError(
                translate("Workshop", "A criteria round needs at least one criterion; add one.")
            )
        codes = [c.code for c in spec.criteria]
        if len(set(codes)) != len(codes):
            raise RoundSpecError(
                translate("Workshop", "A criterion is listed twice; remove the repeat.")
            )
        for crit in spec.criteria:
            if crit.scale_min > crit.scale_max:
                raise RoundSpecError(
                    translate(
                        "Workshop",
                        "The scale of {criterion} runs from {low} down to {high}; swap the two "
                        "ends.",
                    ).format(criterion=crit.name, low=crit.scale_min, high=crit.scale_max)
                )
            if not math.isfinite(crit.weight) or crit.weight < 0:
                raise RoundSpecError(
                    translate("Workshop", "The weight of {criterion} must be zero or more.").format(
                        criterion=crit.name
                    )
                )


#: The round's own numbers, as its set-up problems name them (English: the setting's name).
_SETTING_NAMES = {
    "dots": QT_TRANSLATE_NOOP("Workshop", "dots"),
    "cap": QT_TRANSLATE_NOOP("Workshop", "cap"),
    "points": QT_TRANSLATE_NOOP("Workshop", "points"),
}
_NOT_WHOLE = dict.fromkeys(
    _SETTING_NAMES,
    QT_TRANSLATE_NOOP("Workshop", "The number of {name} must be a whole number; enter one."),
)
_BELOW_ONE = dict.fromkeys(
    _SETTING_NAMES,
    QT_TRANSLATE_NOOP("Workshop", "The number of {name} must be at least 1; enter a larger one."),
)


def _shown(text: object, limit: int = 40) -> str:
    """User input as it may appear inside a sentence: one line, short, no control characters."""
    if isinstance(text, int) and not isinstance(text, bool):
        return _count(text)
    raw = text if isinstance(text, str) else repr(text)[: limit + 1]
    flat = "".join(ch if ch.isprintable() else " " for ch in raw[: limit + 1])
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _count(n: int) -> str:
    """A number for a sentence; absurd ones (past Python's int-to-text limit, too) in words."""
    return str(n) if abs(n) < 10**15 else translate("Workshop", "a very large number")


def _refuse(sentence: str) -> BallotError:
    return BallotError(sentence)


#: What a vote of each method must look like, as the participant is told when it doesn't.
_SHAPES = {
    "dots": QT_TRANSLATE_NOOP(
        "Workshop",
        "This dots vote must be a list of options with a number of dots each; reload the page "
        "and vote again.",
    ),
    "points": QT_TRANSLATE_NOOP(
        "Workshop",
        "This points vote must be a list of options with points each; reload the page and vote "
        "again.",
    ),
    "moscow": QT_TRANSLATE_NOOP(
        "Workshop",
        "This MoSCoW vote must be a list of options each rated must, should, could or won't; "
        "reload the page and vote again.",
    ),
    "pairwise": QT_TRANSLATE_NOOP(
        "Workshop",
        "This pairwise vote must be a list of pairs, each with its winner; reload the page and "
        "vote again.",
    ),
    "criteria": QT_TRANSLATE_NOOP(
        "Workshop",
        "This criteria vote must be a list of options, each with a score per criterion; reload "
        "the page and vote again.",
    ),
    "budget": QT_TRANSLATE_NOOP(
        "Workshop",
        "This budget vote must be a list of options with an amount each; reload the page and "
        "vote again.",
    ),
}


def _sized(values: Any, kind: type | tuple[type, ...], method: str) -> None:
    if not isinstance(values, kind):
        raise _refuse(translate("Workshop", _SHAPES[method]))
    if len(cast("Sized", values)) > MAX_ENTRIES:
        raise _refuse(
            translate(
                "Workshop", "This vote has more than {limit} entries; send one entry per option."
            ).format(limit=money_text(Decimal(MAX_ENTRIES)))
        )


def _option(spec: RoundSpec, code: object) -> str:
    if not isinstance(code, str):
        raise _refuse(
            translate(
                "Workshop",
                "Options are named by their code, not {code}; reload the page and vote again.",
            ).format(code=_shown(code))
        )
    if code not in _option_set(spec):
        raise _refuse(
            translate(
                "Workshop",
                'There is no option "{option}" in this round; reload the page and vote again.',
            ).format(option=_shown(code))
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


def _refuse_number(sentence: str, what: str, option: str) -> BallotError:
    return _refuse(translate("Workshop", sentence).format(what=_what(what, option)))


_NOT_BOOL = QT_TRANSLATE_NOOP(
    "Workshop", "{what} must be a number, not true or false; enter a number."
)
_NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "Workshop", "{what} must be a whole number; enter one like 2."
)
_NEGATIVE = QT_TRANSLATE_NOOP("Workshop", "{what} can't be negative; enter 0 or more.")
_NOT_BOOL_AMOUNT = QT_TRANSLATE_NOOP(
    "Workshop", "{what} must be a number, not true or false; enter an amount."
)
_NOT_REAL = QT_TRANSLATE_NOOP("Workshop", "{what} must be a real amount; enter one like 25000.")
_NOT_NUMBER = QT_TRANSLATE_NOOP("Workshop", "{what} must be a number; enter one like 25000.")


def _whole(value: object, what: str, option: str) -> int:
    """A non-negative whole number; integral floats (3.0 from a script) are taken as ints.
    ``what`` is a marked template naming the number, ``option`` fills it."""
    if isinstance(value, bool):
        raise _refuse_number(_NOT_BOOL, what, option)
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise _refuse_number(_NOT_WHOLE_NUMBER, what, option)
        value = int(value)
    if not isinstance(value, int):
        raise _refuse_number(_NOT_WHOLE_NUMBER, what, option)
    if value < 0:
        raise _refuse_number(_NEGATIVE, what, option)
    return value


def _amount(value: object, what: str, option: str) -> Decimal:
    if isinstance(value, bool):
        raise _refuse_number(_NOT_BOOL_AMOUNT, what, option)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _refuse_number(_NOT_REAL, what, option)
        amount = Decimal(repr(value))
    elif isinstance(value, str) and len(value) <= MAX_NUMBER_TEXT:
        try:
            amount = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            raise _refuse_number(_NOT_NUMBER, what, option) from None
    else:
        raise _refuse_number(_NOT_NUMBER, what, option)
    if not amount.is_finite():
        raise _refuse_number(_NOT_REAL, what, option)
    if amount < 0:
        raise _refuse_number(_NEGATIVE, what, option)
    return amount


def money_text(amount: Decimal) -> str:
    """'120,000' or '99.50': grouped digits, no exponent, as a participant would write it; with
    the language's marks ('120.000', '99,50' in German). Exact: the Decimal is never a float."""
    text = f"{amount.normalize() if amount == amount.to_integral_value() else amount:,f}"
    marks = format_number(1234.5, 1)  # '1,234.5' in English, '1.234,5' in German
    if marks == "1,234.5" or len(marks) != len("1,234.5"):
        return text
    return text.translate(str.maketrans(",.", marks[1] + marks[5]))


def _dots(spec: RoundSpec, values: Any) -> dict[str, int]:
    _sized(values, dict, "dots")
    out: dict[str, int] = {}
    total = 0
    cap = spec.dots_cap
    for code, raw in values.items():
        option = _option(spec, code)
        n = _whole(raw, _DOTS_ON, option)
        if n > cap:
            raise _refuse(
                translate(
                    "Workshop",
                    'You put {dots} dots on "{option}" but at most {cap} may go on one option; '
                    "move the rest to other options.",
                ).format(dots=_count(n), option=_shown(option), cap=cap)
            )
        total += n
        if n:
            out[option] = n
    if total > spec.dots_each:
        extra = total - spec.dots_each
        raise _refuse(
            translate(
                "Workshop", "You placed {dots} dots but have only {each}; take {extra} off."
            ).format(dots=_count(total), each=spec.dots_each, extra=_count(extra))
        )
    return out


def _points(spec: RoundSpec, values: Any) -> dict[str, int]:
    _sized(values, dict, "points")
    out: dict[str, int] = {}
    for code, raw in values.items():
        option = _option(spec, code)
        n = _whole(raw, _POINTS_FOR, option)
        if n:
            out[option] = n
    total, want = sum(out.values()), spec.points_each
    if total < want:
        raise _refuse(
            translate(
                "Workshop", "Your points add up to {total}, not {want}; {left} are left to give."
            ).format(total=_count(total), want=want, left=want - total)
        )
    if total > want:
        raise _refuse(
            translate(
                "Workshop",
                "Your points add up to {total}, not {want}; that is {over} over, so take some off.",
            ).format(total=_count(total), want=want, over=_count(total - want))
        )
    return out


def _moscow(spec: RoundSpec, values: Any) -> dict[str, str]:
    _sized(values, dict, "moscow")
    out: dict[str, str] = {}
    for code, raw in values.items():
        option = _option(spec, code)
        rating = raw.strip().lower().replace("'", "") if isinstance(raw, str) else None
        if rating not in MOSCOW:
            raise _refuse(
                translate(
                    "Workshop",
                    'The rating for "{option}" must be must, should, could or won\'t; pick one '
                    "of these.",
                ).format(option=_shown(option))
            )
        out[option] = rating
    return out


def _pairwise(spec: RoundSpec, values: Any) -> tuple[tuple[str, str, str], ...]:
    _sized(values, (list, tuple), "pairwise")
    options = _option_set(spec)
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str, str]] = []
    for answer in values:
        if not isinstance(answer, (list, tuple)) or len(answer) != 3:
            raise _refuse(
                translate(
                    "Workshop",
                    "Each answer must name two options and the one preferred; reload the page "
                    "and answer again.",
                )
            )
        a, b, winner = answer
        if not (isinstance(a, str) and a in options):
            a = _option(spec, a)
        if not (isinstance(b, str) and b in options):
            b = _option(spec, b)
        if a == b:
            raise _refuse(
                translate(
                    "Workshop",
                    'A pair must be two different options, but "{option}" was paired with '
                    "itself; answer a different pair.",
                ).format(option=_shown(a))
            )
        # A winner that names one of the two wins over the word "tie" (an option may be coded TIE).
        if winner not in (a, b, TIE):
            raise _refuse(
                translate(
                    "Workshop",
                    'Your answer for "{first}" against "{second}" must name one of the two, or '
                    '"tie"; answer that pair again.',
                ).format(first=_shown(a), second=_shown(b))
            )
        key = (a, b) if a < b else (b, a)
        if key in seen:
            raise _refuse(
                translate(
                    "Workshop",
                    'You answered "{first}" against "{second}" twice; answer each pair once.',
                ).format(first=_shown(a), second=_shown(b))
            )
        seen.add(key)
        out.append((a, b, winner))
    return tuple(out)


def _criteria(spec: RoundSpec, values: Any) -> dict[str, dict[str, int]]:
    _sized(values, dict, "criteria")
    by_code = {c.code: c for c in spec.criteria}
    out: dict[str, dict[str, int]] = {}
    entries = 0
    for code, scores in values.items():
        option = _option(spec, code)
        if not isinstance(scores, dict):
            raise _refuse(
                translate(
                    "Workshop",
                    'The scores for "{option}" must give a number per criterion; reload the page '
                    "and score again.",
                ).format(option=_shown(option))
            )
        entries += len(scores)
        if entries > MAX_ENTRIES:
            raise _refuse(
                translate(
                    "Workshop",
                    "This vote has more than {limit} entries; send one score per criterion.",
                ).format(limit=money_text(Decimal(MAX_ENTRIES)))
            )
        rated: dict[str, int] = {}
        for crit_code, raw in scores.items():
            crit = by_code.get(crit_code) if isinstance(crit_code, str) else None
            if crit is None:
                raise _refuse(
                    translate(
                        "Workshop",
                        'There is no criterion "{criterion}" in this round; reload the page and '
                        "score again.",
                    ).format(criterion=_shown(crit_code))
                )
            if (isinstance(raw, bool) or not isinstance(raw, int | float)) or (
                isinstance(raw, float) and (not math.isfinite(raw) or raw != int(raw))
            ):
                raise _refuse(
                    translate(
                        "Workshop", "{what} must be a whole number; pick one on the scale."
                    ).format(what=_what(_SCORE_FOR, option, crit.name))
                )
            n = int(raw)
            if not crit.scale_min <= n <= crit.scale_max:
                raise _refuse(
                    translate(
                        "Workshop",
                        "{what} is {score}, but the scale runs from {low} to {high}; pick a score "
                        "in that range.",
                    ).format(
                        what=_what(_SCORE_FOR, option, crit.name),
                        score=_count(n),
                        low=crit.scale_min,
                        high=crit.scale_max,
                    )
                )
            rated[crit.code] = n
        if rated:
            out[option] = rated
    return out


def _budget(spec: RoundSpec, values: Any) -> dict[str, Decimal]:
    _sized(values, dict, "budget")
    budget = spec.budget if spec.budget is not None else Decimal(0)
    out: dict[str, Decimal] = {}
    total = Decimal(0)
    for code, raw in values.items():
        option = _option(spec, code)
        amount = _amount(raw, _AMOUNT_FOR, option)
        # Checked one by one so no absurd figure is ever summed or printed.
        if amount > budget:
            raise _refuse(
                translate(
                    "Workshop",
                    'You put more on "{option}" than your whole budget of {budget}; enter a '
                    "smaller amount.",
                ).format(option=_shown(option), budget=money_text(budget))
            )
        amount = amount.quantize(CENT, context=_EXACT)
        total += amount
        if amount:
            out[option] = amount
    if total > budget:
        raise _refuse(
            translate(
                "Workshop",
                "You are over budget by {over} (you spent {spent} of {budget}); take some off.",
            ).format(
                over=money_text(total - budget), spent=money_text(total), budget=money_text(budget)
            )
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
        raise _refuse(
            translate(
                "Workshop", "This vote is empty; vote, or choose Abstain if you'd rather not."
            )
        )
    result: Any = _VALIDATORS[spec.method](spec, values)
    return result
