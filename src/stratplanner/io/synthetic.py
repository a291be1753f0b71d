"""Synthetic plans of any size in the interchange format, for benchmarks and scale tests.

The ratios follow a large real portfolio (about 3 links and 1 team demand
per item, a few orphan and unscheduled items, most work proposed or
approved), and item start dates drift later with the item's number so most
dependencies, which always point from a lower to a higher item number, can
be met. The same seed always gives the same document.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from stratplanner.io.plan_json import FORMAT, VERSION
from stratplanner.model.values import MAX_HORIZON, Quarter

_THEMES = (
    "Grow digital revenue",
    "Operational excellence",
    "Customer loyalty",
    "Resilience & compliance",
    "Data-driven decisions",
    "Simplify the technology estate",
    "Sustainability",
    "People & ways of working",
)
_GOALS = (
    "Grow online revenue",
    "Cut cost to serve",
    "Raise Net Promoter Score",
    "Reduce stock-outs",
    "Shorten month-end close",
    "Grow active loyalty members",
    "Recover critical systems faster",
    "Shrink compliance scope",
    "Cut energy use",
    "Lift store productivity",
    "Speed up product launches",
    "Retire legacy applications",
    "Improve forecast accuracy",
    "Reduce supplier lead times",
    "Raise employee engagement",
)
_SCOPES = (
    "in the North region",
    "in the South region",
    "for premium customers",
    "in home & garden",
    "in fashion",
    "in grocery",
    "for marketplace sellers",
    "in distribution centres",
    "across stores",
    "in the contact centre",
    "for B2B accounts",
    "in new markets",
)
_VERBS = (
    "Modernise",
    "Replace",
    "Upgrade",
    "Consolidate",
    "Automate",
    "Migrate",
    "Launch",
    "Extend",
    "Retire",
    "Harden",
    "Integrate",
    "Rebuild",
    "Digitise",
    "Standardise",
    "Optimise",
)
_NOUNS = (
    "payments platform",
    "order management",
    "store network",
    "customer data platform",
    "warehouse management",
    "ERP finance",
    "pricing engine",
    "loyalty programme",
    "identity and access management",
    "data warehouse",
    "contact centre",
    "supplier portal",
    "HR and payroll",
    "mobile app",
    "e-commerce storefront",
    "POS estate",
    "demand forecasting",
    "returns processing",
    "document management",
    "API gateway",
    "monitoring and observability",
    "backup and recovery",
    "cloud hosting",
    "reporting and BI",
    "fraud detection",
    "product information management",
    "transport management",
    "workforce scheduling",
    "procurement",
    "tax engine",
    "email marketing",
    "search and recommendations",
    "endpoint management",
    "master data",
    "integration middleware",
)
_BENEFITS = (
    "lower licence and hosting cost",
    "higher online conversion",
    "fewer stock-outs",
    "less manual reconciliation",
    "faster delivery to customers",
    "lower fraud losses",
    "reduced outage risk at peak",
    "more repeat purchases from members",
    "shorter queues in stores",
    "lower audit and compliance cost",
)
_UNITS = ("Stores", "E-commerce", "Supply Chain", "Finance", "Marketing", "HR", "B2B", "Property")
_TEAMS = (
    "Platform Engineering",
    "Data & Analytics",
    "Store Systems",
    "E-commerce Squad",
    "ERP & Finance Systems",
    "Security & Compliance",
    "Supply Chain Systems",
    "Customer Engagement",
    "Integration",
    "Workplace Technology",
)
_BUSINESS_ROLES = (
    "VP Store Operations",
    "Finance Director",
    "Marketing Director",
    "Head of Supply Chain",
    "Category Manager",
    "Regional Manager",
    "Head of Customer Service",
    "HR Director",
)
_IT_ROLES = (
    "Product Owner",
    "Solution Architect",
    "Engineering Manager",
    "Programme Manager",
    "Data Lead",
    "Security Architect",
)
_FIRST = (
    "Alex", "Sam", "Maria", "Wei", "Priya", "James", "Fatima", "Lukas", "Aisha", "Diego",
    "Hannah", "Kenji", "Olga", "Tariq", "Emma", "Noah", "Sofia", "Ravi", "Chloe", "Mateo",
)  # fmt: skip
_LAST = (
    "Smith", "Chen", "Garcia", "Okafor", "Patel", "Novak", "Kim", "Müller", "Haddad", "Silva",
    "Johnson", "Tanaka", "Nowak", "Rossi", "Andersen", "Mensah", "Lopez", "Kowalski",
)  # fmt: skip
_KPIS = (  # name, unit, higher is better, baseline range
    ("Online share of sales", "%", True, (10, 30)),
    ("Cost to serve per order", "USD", False, (6, 15)),
    ("Net Promoter Score", "NPS", True, (15, 45)),
    ("Stock-out rate", "%", False, (3, 9)),
    ("Days to close the books", "days", False, (5, 12)),
    ("Active loyalty members", "m members", True, (1, 8)),
    ("Recovery time for tier-1 systems", "hours", False, (4, 72)),
    ("Revenue from new services", "USD m", True, (0, 50)),
)

# Proportions of a working portfolio.
_CATEGORIES = (("run", 45), ("grow", 35), ("transform", 20))
_RISKS = (("low", 30), ("medium", 50), ("high", 20))
_LINKS_PER_ITEM = ((1, 10), (2, 25), (3, 30), (4, 20), (5, 15))  # mean 3.05
_STRENGTHS = ((1, 30), (2, 40), (3, 30))
_DURATIONS = ((1, 10), (2, 20), (3, 25), (4, 20), (5, 10), (6, 8), (8, 5), (10, 2))
_FTE = ((0.5, 20), (1, 30), (1.5, 10), (2, 18), (3, 10), (4, 7), (5, 3), (6, 2))
_STATUS_PAST = (("done", 85), ("cancelled", 10), ("on_hold", 5))
_STATUS_NOW = (("in_progress", 85), ("on_hold", 10), ("cancelled", 5))
_STATUS_SOON = (("approved", 55), ("proposed", 35), ("on_hold", 4), ("cancelled", 6))
_STATUS_LATER = (("proposed", 75), ("approved", 18), ("on_hold", 2), ("cancelled", 5))
_STATUS_UNSCHEDULED = (("proposed", 85), ("on_hold", 15))

ORPHAN_SHARE = 0.03
UNSCHEDULED_SHARE = 0.05
DEMAND_SHARE = 0.8  # items with a team demand; a quarter of those draw on two teams


def _draws(rng: random.Random, table: tuple[tuple[Any, int], ...], count: int) -> list[Any]:
    """``count`` weighted choices from a (value, weight) table, drawn in one go (fast)."""
    return rng.choices([v for v, _ in table], [w for _, w in table], k=count)


def _money(rand: Callable[[], float], low: float, high: float) -> int:
    """A log-uniform amount between low and high, rounded to USD 10k."""
    value = low * (high / low) ** rand()
    return int(round(value, -4))


def synthetic_plan_dict(
    items: int,
    *,
    seed: int = 1,
    teams: int | None = None,
    start: str = "2027-Q1",
    quarters: int = 40,
) -> dict[str, Any]:
    """A valid version-1 interchange document with ``items`` roadmap items.

    Other collections scale with it: objectives max(12, items // 100) in themes of
    about six, people max(20, items // 50), teams max(6, min(50, items // 400)),
    about 3 links and 1 demand per item, items // 10 dependencies, items // 5 milestones.
    """
    if items < 0:
        raise ValueError(f"items must be 0 or more, not {items}")
    if not 1 <= quarters <= MAX_HORIZON:
        raise ValueError(f"quarters must be 1 to {MAX_HORIZON}, not {quarters}")
    if teams is not None and teams < 0:
        raise ValueError(f"teams must be 0 or more, not {teams}")
    rng = random.Random(seed)
    first = Quarter.parse(start).ordinal
    horizon = [str(Quarter(first + q)) for q in range(quarters)]
    last_q = quarters - 1

    # -- organisation ------------------------------------------------------------------
    n_units = max(5, items // 2000)
    units = [{"code": f"BU{u + 1:02d}", "name": _unit_name(u)} for u in range(n_units)]
    unit_codes = [u["code"] for u in units]

    n_people = max(20, items // 50)
    people = []
    business: list[str] = []
    it: list[str] = []
    for p in range(n_people):
        code = f"P{p + 1:05d}"
        side = "business" if p % 20 < 11 else "it"  # 55% business, 45% IT
        roles = _BUSINESS_ROLES if side == "business" else _IT_ROLES
        person: dict[str, Any] = {
            "code": code,
            "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            "role": roles[p % len(roles)],
            "side": side,
            "business_unit": unit_codes[p % n_units] if side == "business" or p % 3 else None,
        }
        if rng.random() < 0.03:
            person["active"] = False  # left the organisation; may still own work
        people.append(person)
        (business if side == "business" else it).append(code)

    # -- objectives: themes of about six objectives each -------------------------------
    n_objectives = max(12, items // 100)
    n_themes = max(1, round(n_objectives / 6))
    objectives = []
    for t in range(n_themes):
        name = _THEMES[t % len(_THEMES)]
        objectives.append(
            {
                "code": f"TH{t + 1:03d}",
                "title": name if t < len(_THEMES) else f"{name} {t // len(_THEMES) + 1}",
                "description": f"Strategic theme: {name.lower()}.",
                "owner": business[t % len(business)],
                "weight": rng.randint(3, 5),
                "target": horizon[last_q],
            }
        )
    leaf_codes = []
    for o in range(n_objectives):
        code = f"OB{o + 1:05d}"
        goal = _GOALS[o % len(_GOALS)]
        scope = _SCOPES[(o // len(_GOALS)) % len(_SCOPES)]
        objectives.append(
            {
                "code": code,
                "title": f"{goal} {scope} ({o + 1})",
                "description": f"{goal} {scope}, measured quarterly by the owner.",
                "parent": f"TH{o % n_themes + 1:03d}",
                "business_unit": unit_codes[o % n_units],
                "owner": rng.choice(business),
                "weight": rng.randint(1, 5),
                "target": horizon[rng.randint(min(3, last_q), last_q)],
            }
        )
        leaf_codes.append(code)

    # -- teams -----------------------------------------------------------------------
    n_teams = teams if teams is not None else max(6, min(50, items // 400))
    team_codes = [f"TM{t + 1:02d}" for t in range(n_teams)]

    # -- items -----------------------------------------------------------------------
    rand = rng.random

    def pick(seq: list[str] | tuple[str, ...]) -> str:
        return seq[int(rand() * len(seq))]

    categories = _draws(rng, _CATEGORIES, items)
    risks = _draws(rng, _RISKS, items)
    durations = _draws(rng, _DURATIONS, items)
    by_phase = {  # status depends on where the item sits against "now"
        phase: _draws(rng, table, items)
        for phase, table in (
            ("past", _STATUS_PAST),
            ("now", _STATUS_NOW),
            ("soon", _STATUS_SOON),
            ("later", _STATUS_LATER),
            ("unscheduled", _STATUS_UNSCHEDULED),
        )
    }
    now = min(2, last_q)  # the plan is reviewed early in its horizon
    item_codes = [f"IT{i + 1:06d}" for i in range(items)]
    spans: list[tuple[int, int] | None] = []
    item_rows = []
    for i, code in enumerate(item_codes):
        title = f"{pick(_VERBS)} {pick(_NOUNS)} {i + 1}"
        row: dict[str, Any] = {
            "code": code,
            "title": title,
            "description": f"{title}: scope, suppliers and rollout agreed with the business.",
            "category": categories[i],
        }
        if rand() < UNSCHEDULED_SHARE:
            spans.append(None)
            phase = "unscheduled"
        else:
            # Later item numbers start later, so most lower-to-higher dependencies can hold.
            s = max(0, min(last_q, i * last_q // items + int(rand() * 7) - 4))
            e = min(last_q, s + durations[i] - 1)
            spans.append((s, e))
            row["start"], row["end"] = horizon[s], horizon[e]
            if e < now:
                phase = "past"
            elif s <= now:
                phase = "now"
            else:
                phase = "soon" if s <= now + 6 else "later"
        row["status"] = by_phase[phase][i]
        capex = _money(rand, 100_000, 8_000_000)
        value = _money(rand, 50_000, 12_000_000) if rand() < 0.9 else 0
        row["capex"] = capex
        row["opex"] = int(round(capex * (0.15 + 0.45 * rand()), -4))
        row["annual_value"] = value
        if value and rand() < 0.9:
            row["value_statement"] = f"About USD {value / 1e6:.1f}m a year from {pick(_BENEFITS)}."
        row["sponsor"] = pick(business)
        if rand() < 0.6:
            row["champion"] = pick(business)
        row["it_owner"] = pick(it)
        row["risk"] = risks[i]
        row["business_unit"] = pick(unit_codes)
        item_rows.append(row)

    # -- alignment links: unique per (objective, item), a few items left orphan --------
    n_leaf = len(leaf_codes)
    link_counts = _draws(rng, _LINKS_PER_ITEM, items)
    strengths = iter(_draws(rng, _STRENGTHS, items * 5))
    rationale = {1: "Indirect effect", 2: "Enabler", 3: "Direct contribution"}
    links = []
    for i, code in enumerate(item_codes):
        if rand() < ORPHAN_SHARE:
            continue
        chosen: list[int] = []
        wanted_links = min(n_leaf, link_counts[i])
        while len(chosen) < wanted_links:
            o = int(rand() * n_leaf)
            if o not in chosen:
                chosen.append(o)
        for o in chosen:
            strength = next(strengths)
            links.append(
                {
                    "objective": leaf_codes[o],
                    "item": code,
                    "strength": strength,
                    "rationale": rationale[strength],
                }
            )

    # -- demands; capacity sized so teams run near full and some quarters overbook -----
    ftes = iter(_draws(rng, _FTE, items * 2))
    demands = []
    team_load = [0.0] * n_teams
    if n_teams:
        for i, code in enumerate(item_codes):
            if rand() >= DEMAND_SHARE:
                continue
            first_team = int(rand() * n_teams)
            picks = [first_team]
            if n_teams > 1 and rand() < 0.25:
                picks.append((first_team + 1 + int(rand() * (n_teams - 1))) % n_teams)
            span = spans[i]
            for t in picks:
                amount = next(ftes)
                demands.append({"item": code, "team": team_codes[t], "fte": amount})
                if span is not None and item_rows[i]["status"] != "cancelled":
                    team_load[t] += amount * (span[1] - span[0] + 1)
    team_rows = []
    for t, code in enumerate(team_codes):
        average = team_load[t] / quarters
        capacity = max(4.0, round(average * (0.95 + 0.45 * rand()) * 2) / 2)
        name = _TEAMS[t % len(_TEAMS)]
        if t >= len(_TEAMS):
            name = f"{name} {t // len(_TEAMS) + 1}"
        team_rows.append({"code": code, "name": name, "capacity": capacity})

    # -- dependencies: lower to higher item number, so never a cycle -------------------
    dependencies: list[dict[str, str]] = []
    seen: set[tuple[int, int]] = set()
    gap_mean = max(1.0, items / 8)
    while len(dependencies) < items // 10:
        before = int(rand() * (items - 1))
        after = min(items - 1, before + 1 + int(rng.expovariate(1 / gap_mean)))
        if (before, after) in seen:
            continue
        b_span, a_span = spans[before], spans[after]
        if b_span and a_span and a_span[0] <= b_span[1] and rand() < 0.85:
            continue  # keep most dependencies satisfiable; a few are violated, as in life
        seen.add((before, after))
        dependencies.append({"before": item_codes[before], "after": item_codes[after]})

    # -- KPIs and milestones -----------------------------------------------------------
    kpis = []
    for k in range(n_objectives):
        name, unit, higher, (low, high) = _KPIS[k % len(_KPIS)]
        baseline = round(rng.uniform(low, high), 1)
        change = baseline * rng.uniform(0.1, 0.5) or 5.0
        target = round(baseline + change if higher else baseline - change, 1)
        kpi: dict[str, Any] = {"code": f"KP{k + 1:05d}", "name": name}
        if rng.random() < 0.7 or not items:
            kpi["objective"] = leaf_codes[k]
        else:
            kpi["item"] = item_codes[rng.randrange(items)]
        kpi.update({"unit": unit, "baseline": baseline, "target": target})
        if rng.random() < 0.6:
            kpi["actual"] = round(baseline + (target - baseline) * rng.random(), 1)
        if not higher:
            kpi["higher_is_better"] = False
        kpis.append(kpi)

    scheduled = [i for i, span in enumerate(spans) if span is not None]
    milestones = []
    stages = ("Design signed off", "Pilot live", "Go-live", "Legacy retired")
    if scheduled:
        for _ in range(items // 5):
            i = scheduled[int(rand() * len(scheduled))]
            s, e = spans[i]  # type: ignore[misc]
            q = s + int(rand() * (e - s + 1))
            stage = stages[(q - s) * len(stages) // (e - s + 1)]  # early quarters, early stages
            milestones.append({"item": item_codes[i], "title": stage, "quarter": horizon[q]})

    return {
        "format": FORMAT,
        "version": VERSION,
        "plan": {
            "title": f"Synthetic roadmap ({items:,} items)",
            "organization": "Synthetic Retail Co",
            "currency": "USD",
            "start": horizon[0],
            "quarters": quarters,
        },
        "business_units": units,
        "people": people,
        "objectives": objectives,
        "teams": team_rows,
        "items": item_rows,
        "links": links,
        "demands": demands,
        "dependencies": dependencies,
        "kpis": kpis,
        "milestones": milestones,
    }


def _unit_name(index: int) -> str:
    name = _UNITS[index % len(_UNITS)]
    return name if index < len(_UNITS) else f"{name} {index // len(_UNITS) + 1}"
