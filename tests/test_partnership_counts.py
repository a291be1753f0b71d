"""The stakeholders' responsibility counts come from one pass (issue 20 item 3) and agree
with ``responsibilities_of`` person by person."""

from __future__ import annotations

import json
from datetime import date

from stratplanner.analysis.partnership import (
    relationships,
    responsibilities_of,
    responsibility_counts,
)
from stratplanner.io.plan_json import snapshot_from_dict
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.paths import sample_plan_json


def test_one_pass_counts_agree_with_each_persons_responsibilities() -> None:
    sample = json.loads(sample_plan_json().read_text(encoding="utf-8"))
    for doc in (sample, synthetic_plan_dict(600, seed=3)):
        snap = snapshot_from_dict(doc)
        counts = responsibility_counts(snap)
        assert any(counts.values())
        for person in snap.people:
            assert counts.get(person.id, 0) == len(responsibilities_of(snap, person.id))
        rows = {r.person_id: r for r in relationships(snap, date(2027, 6, 1))}
        for person in snap.people:
            assert rows[person.id].responsibilities == counts.get(person.id, 0)
