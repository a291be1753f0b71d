"""The Qt-free core in the user's language (issue 18 item 6): record kinds, value labels,
capacity-sequence reasons, sensitivity crossings, practices, hand-over sentences and workshop
tallies, the field rules, KPI series and process map sentences, and the figures' phrases read
German from resources/i18n/de/core.ts, and English stays what it always was.

German comes from a small backend that reads the committed catalogue (no Qt needed); the
Qt backend itself is tested in tests/ui/test_translation.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from stratplanner import i18n
from stratplanner.analysis.figures import objectives_text, status_mix
from stratplanner.analysis.partnership import PRACTICES, Responsibility, role_label
from stratplanner.analysis.sensitivity import Crossing
from stratplanner.analysis.sequencing import sequence_portfolio
from stratplanner.analysis.workshop import (
    Ballot,
    BallotError,
    RoundSpec,
    RoundSpecError,
    tally,
    validate_ballot,
)
from stratplanner.analysis.workshop_ballots import money_text, moscow_word
from stratplanner.analysis.workshop_outcome import method_name
from stratplanner.commands import CommandError, CreateRecord, UpdateRecord, plan_delete
from stratplanner.commands.partnership import RatingInput, RecordAssessment, RecordKpiActuals
from stratplanner.io.plan_json import PlanJsonError, parse_plan_dict, snapshot_from_dict
from stratplanner.model import kinds
from stratplanner.model.kinds import KINDS, kind_label, kind_labels
from stratplanner.model.rules import (
    DIMENSIONS,
    SeriesFault,
    check_fields,
    check_level,
    hierarchy_problem,
    series_problems,
)
from stratplanner.model.values import (
    MAX_BALLOT_BYTES,
    Quarter,
    QuarterError,
    category_label,
    dimension_level_text,
    kpi_kind_label,
    maturity_level_description,
    sponsor_role_label,
    status_label,
    strength_label,
    value_driver_label,
)
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan
from test_partnership_model import small_doc

CORE = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "de" / "core.ts"
IO = CORE.with_name("io.ts")


class GermanCatalogue:
    """German text from the core catalogue; numbers with the German marks ('1.234,5'), dates as
    the English default writes them (the Qt backend's QLocale is tested elsewhere)."""

    language = "de"

    def __init__(self, *paths: Path) -> None:
        self.messages: dict[tuple[str, str, str], str | list[str]] = {}
        contexts = [c for path in paths for c in ET.parse(path).getroot().iter("context")]
        for context in contexts:
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                translation = message.find("translation")
                assert translation is not None
                forms = [f.text or "" for f in translation.iter("numerusform")]
                self.messages[key] = forms if forms else (translation.text or "")

    def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = self.messages.get((context, text, disambiguation or ""), text)
        if isinstance(found, list):
            found = found[0] if n == 1 else found[1]
        return found.replace("%n", self.format_number(n, None, True)) if n >= 0 else found

    def format_number(self, value: float, decimals: int | None, grouping: bool) -> str:
        english = i18n.DEFAULT_BACKEND.format_number(value, decimals, grouping)
        return english.translate(str.maketrans(",.", ".,"))

    def format_date(self, day: date, pattern: str) -> str:
        return i18n.DEFAULT_BACKEND.format_date(day, pattern)


@pytest.fixture
def german() -> Iterator[None]:
    previous = i18n.install_backend(GermanCatalogue(CORE))
    try:
        yield
    finally:
        i18n.install_backend(previous)


@pytest.fixture
def german_with_io() -> Iterator[None]:
    """German from the core and the io catalogues: a plan document's problems whole."""
    previous = i18n.install_backend(GermanCatalogue(CORE, IO))
    try:
        yield
    finally:
        i18n.install_backend(previous)


def _plan(items: list[dict[str, Any]], **collections: Any) -> Any:
    doc: dict[str, Any] = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {"title": "Languages", "start": "2027-Q1", "quarters": 4},
        "items": items,
    }
    doc.update(collections)
    return snapshot_from_dict(doc)


def _item(code: str, start: str | None, end: str | None, status: str = "proposed") -> Any:
    return {"code": code, "title": f"Item {code}", "start": start, "end": end, "status": status}


# -- record kinds and value labels -----------------------------------------------------------


def test_every_kind_has_its_plural_marked_for_the_catalogue() -> None:
    """A new kind fails here until its plural label is added to kinds._LABELS_MANY."""
    assert sorted(kinds._LABELS_MANY) == sorted(k.labels for k in KINDS.values())


def test_kind_labels_are_english_by_default_and_german_with_the_catalogue(german: None) -> None:
    assert kind_label("item") == "Roadmap-Vorhaben"
    assert kind_labels("person") == "Personen"
    assert kind_labels("criterion") == "Kriterien"
    assert kind_label("no_such_kind") == "no such kind"
    # every kind and its plural is translated, none left in English by mistake
    untranslated = [
        k.name
        for k in KINDS.values()
        if k.label not in ("KPI", "workshop") and kind_label(k.name) == k.label
    ]
    assert not untranslated


def test_kind_labels_in_english() -> None:
    assert [kind_label("item"), kind_labels("item"), kind_labels("person")] == [
        "roadmap item",
        "roadmap items",
        "people",
    ]


def test_value_labels_in_english_and_german(german: None) -> None:
    german_words = [
        status_label("on_hold"),
        category_label("transform"),
        strength_label(2),
        value_driver_label("customer_experience"),
        kpi_kind_label("it_service"),
        sponsor_role_label("champion"),
        maturity_level_description(1),
        dimension_level_text("trust_delivery", 2),
    ]
    assert german_words == [
        "Zurückgestellt",
        "Transformation",
        "mittel",
        "Kundenerlebnis",
        "IT-Service-Kennzahl",
        "Fürsprecher",
        "Die IT ist Auftragsempfänger, stellt Geräte bereit und bringt sich kaum ein.",
        "Der Betrieb ist zuverlässig; Projekte verzögern sich oft.",
    ]
    assert status_label("someday") == "someday"  # no status: shown as it is
    assert strength_label(7) == "7"
    with pytest.raises(QuarterError, match="ist kein Quartal"):
        Quarter.parse("Q1 2027")


def test_value_labels_stay_english_by_default() -> None:
    assert [status_label("on_hold"), category_label("run"), strength_label(3)] == [
        "On hold",
        "Run",
        "strong",
    ]
    assert value_driver_label("revenue") == "Revenue"
    with pytest.raises(QuarterError, match="'Q1 2027' is not a quarter; write it as YYYY-Qn"):
        Quarter.parse("Q1 2027")


# -- sentences the analysis gives ------------------------------------------------------------


def _waiting_plan() -> Any:
    return _plan(
        [
            _item("A", "2027-Q1", "2027-Q1", "on_hold"),
            _item("B", "2027-Q1", "2027-Q2"),
            _item("C", None, None),
        ],
        dependencies=[{"before": "A", "after": "B"}],
    )


def test_sequence_reasons_in_german(german: None) -> None:
    reasons = {p.code: p.reason for p in sequence_portfolio(_waiting_plan()).placements}
    assert reasons == {
        "A": "Zurückgestellt: nicht eingeplant.",
        "B": "Wartet auf Item A, das zurückgestellt ist.",
        "C": "Nicht eingeplant: Geben Sie ein Start- und Endquartal (seine Dauer) an, damit es "
        "eingeplant werden kann.",
    }


def test_sequence_reasons_in_english() -> None:
    reasons = {p.code: p.reason for p in sequence_portfolio(_waiting_plan()).placements}
    assert reasons["B"] == "Waits for Item A, which is on hold."
    assert reasons["A"] == "On hold: not placed."


def test_sensitivity_crossings_read_as_whole_sentences(german: None) -> None:
    out = Crossing("ALIGN", 0.2, "top", False, "the top 10", "10")
    into = Crossing("VALUE", -0.2, "funded", True, "the funded set", "Cap")
    assert out.label == "ALIGN +20 % wirft es aus den Top 10"
    assert out.where == "aus den Top 10"
    assert into.label == "VALUE −20 % bringt es in die finanzierte Auswahl von „Cap“"


def test_sensitivity_crossings_in_english() -> None:
    crossing = Crossing("ALIGN", 0.2, "top", False, "the top 10", "10")
    assert crossing.label == "ALIGN +20% drops it out of the top 10"
    assert crossing.where == "out of top 10"


def test_practices_and_responsibilities_in_german(german: None) -> None:
    practice = PRACTICES[0]
    assert practice.title == "Quarterly joint portfolio reviews"  # the catalogue key stays
    assert practice.shown_title == "Vierteljährliche gemeinsame Portfolio-Reviews"
    assert all(p.shown_description != p.description for p in PRACTICES)
    assert all(p.shown_value_statement != p.value_statement for p in PRACTICES)
    item = Responsibility("item", 1, "it_owner", "POS", "Mobile POS")
    person = Responsibility("person", 2, "relationship_owner", "JD", "Jane Doe")
    assert item.describe() == "IT-Verantwortlicher des Vorhabens POS „Mobile POS“"
    assert person.describe() == "Beziehungsverantwortlicher für Jane Doe (JD)"
    assert role_label("owner", capital=True) == "Verantwortlicher"


def test_practices_and_responsibilities_in_english() -> None:
    assert PRACTICES[0].shown_title == PRACTICES[0].title
    item = Responsibility("item", 1, "sponsor", "POS", "Mobile POS")
    assert item.describe() == 'sponsor of item POS "Mobile POS"'
    assert role_label("it_owner", capital=True) == "IT owner"


# -- workshop tallies and ballot refusals ------------------------------------------------------


def test_workshop_tally_speaks_german(german: None) -> None:
    spec = RoundSpec("dots", ("A", "B", "C"), dots=5)
    votes = [Ballot("p1", "business", {"A": 3, "B": 2}), Ballot("p2", "it", {"A": 1})]
    details = {r.code: r.detail for r in tally(spec, votes).results}
    assert details == {
        "A": "4 Punkte von 2 Personen",
        "B": "2 Punkte von 1 Person",
        "C": "keine Punkte",
    }
    circle = RoundSpec("pairwise", ("A", "B", "C"))
    answers = [Ballot("p1", "it", [["A", "B", "A"], ["B", "C", "B"], ["A", "C", "C"]])]
    assert tally(circle, answers).explanation == (
        "Die Antworten der Gruppe drehen sich im Kreis: A wird B vorgezogen, B gegenüber C und "
        "C gegenüber A; daher teilen sich diese drei Rang 1.",
    )


def test_ballot_refusals_speak_german_and_keep_what_to_do_after_the_semicolon(
    german: None,
) -> None:
    """The tally quotes a refused ballot's problem without its fix: the part before '; '."""
    spec = RoundSpec(
        "budget", ("A", "B"), budget=Decimal(100000), costs={"A": Decimal(5), "B": Decimal(5)}
    )
    with pytest.raises(BallotError) as caught:
        validate_ballot(spec, {"A": 60000, "B": 50000})
    assert str(caught.value) == (
        "Sie liegen 10.000 über dem Budget (Sie haben 110.000 von 100.000 ausgegeben); nehmen Sie "
        "etwas weg."
    )
    with pytest.raises(BallotError, match=r"^Die Anzahl der Punkte auf „A“ darf nicht negativ"):
        validate_ballot(RoundSpec("dots", ("A", "B")), {"A": -1})
    with pytest.raises(RoundSpecError, match=r"^Eine Runde braucht 2 bis 60 Optionen, nicht 1;"):
        RoundSpec("dots", ("A",))
    stored = [Ballot("p1", "it", {"Z": 1}), Ballot("p2", "it", {"A": 1})]
    assert tally(RoundSpec("dots", ("A", "B")), stored).explanation == (
        "1 Stimmzettel wurde nicht gezählt, weil er nicht mehr zur Runde passt (Es gibt in "
        "dieser Runde keine Option „Z“).",
    )


def test_workshop_words_stay_english_by_default() -> None:
    spec = RoundSpec(
        "budget", ("A", "B"), budget=Decimal(100000), costs={"A": Decimal(5), "B": Decimal(5)}
    )
    with pytest.raises(BallotError) as caught:
        validate_ballot(spec, {"A": 60000, "B": 50000})
    assert str(caught.value) == (
        "You are over budget by 10,000 (you spent 110,000 of 100,000); take some off."
    )
    assert money_text(Decimal("1234.50")) == "1,234.50"
    assert [method_name("dots"), moscow_word("wont")] == ["Dot voting", "won't"]


# -- commands: the step's name in Edit ▸ Undo and the sentence a refusal shows --------------------


def test_every_field_and_reference_has_its_name_marked() -> None:
    """A new field fails here until its name is added to kinds._FIELD_WORDS."""
    words = set(kinds._FIELD_WORDS)
    for kind in KINDS.values():
        for field in kind.fields:
            assert field.column.removesuffix("_id").replace("_", " ") in words, field
        for ref in kind.references:
            assert ref.json_key in words, ref


def test_commands_name_their_step_and_refusals_in_german(german: None, sample_plan: Path) -> None:
    doc = open_plan(sample_plan)
    try:
        create = CreateRecord(
            "item", {"code": "NEW-1", "title": "Self-checkout pilot", "start": "2027-Q2"}
        )
        assert create.label == "Roadmap-Vorhaben Self-checkout pilot hinzufügen"
        with pytest.raises(CommandError) as refused:
            doc.execute(create)  # an end quarter is missing
        assert str(refused.value) == (
            "Roadmap-Vorhaben NEW-1 „Self-checkout pilot“: geben Sie Beginn und Ende an oder "
            "keines von beiden (nicht eingeplant)."
        )
        create = CreateRecord(
            "item",
            {"code": "NEW-1", "title": "Self-checkout pilot", "start": "2027-Q2", "end": "2027-Q3"},
        )
        doc.execute(create)
        assert create.record_id is not None
        update = UpdateRecord("item", create.record_id, {"annual_value": 5.0, "status": "approved"})
        doc.execute(update)
        assert update.label == "Jährlicher Nutzen, Status von Self-checkout pilot ändern"
        summary = plan_delete(doc.session, "item", create.record_id).summary()
        doc.session.rollback()
        assert summary == "Löscht Roadmap-Vorhaben NEW-1 „Self-checkout pilot“."
        with pytest.raises(CommandError, match=r"^Dieser Eintrag \(Roadmap-Vorhaben\) existiert"):
            doc.execute(UpdateRecord("item", 10**9, {"title": "x"}))
        duplicate = CreateRecord("item", {"code": "NEW-1", "title": "Again"})
        with pytest.raises(CommandError, match="Der Code NEW-1 wird bereits von einem anderen"):
            doc.execute(duplicate)
    finally:
        doc.close()


def test_commands_keep_their_english_names(sample_plan: Path) -> None:
    doc = open_plan(sample_plan)
    try:
        create = CreateRecord(
            "item",
            {"code": "NEW-1", "title": "Self-checkout pilot", "start": "2027-Q2", "end": "2027-Q3"},
        )
        doc.execute(create)
        assert create.record_id is not None
        update = UpdateRecord("item", create.record_id, {"annual_value": 5.0, "status": "approved"})
        doc.execute(update)
        assert create.label == "Add roadmap item Self-checkout pilot"
        assert update.label == "Change annual value, status of Self-checkout pilot"
        summary = plan_delete(doc.session, "item", create.record_id).summary()
        doc.session.rollback()
        assert summary == 'Deletes roadmap item NEW-1 "Self-checkout pilot".'
    finally:
        doc.close()


# -- field rules, KPI series and the process map ------------------------------------------------


def _field_problems(kind: str, row: dict[str, Any]) -> list[str]:
    return [m for _f, m in check_fields(kind, row, has_code=False, title_field=None)]


LEVEL_DE = "muss eine ganze Zahl von 1 bis 4 sein (1 Auftragsempfänger … 4 strategischer Partner)"


def test_partnership_and_workshop_field_rules_in_german(german: None) -> None:
    assert _field_problems("rating", {"level": 5, "target": 0}) == [
        f"eine Reifestufe {LEVEL_DE}, nicht 5",
        f"eine Zielstufe {LEVEL_DE}, nicht 0",
    ]
    assert check_level(True, "the target") == f"die Zielstufe {LEVEL_DE}, nicht True"
    change = {"from_person_id": 3, "to_person_id": 3, "changed_on": None}
    assert _field_problems("sponsor_change", change) == [
        "eine Person kann nicht ihr eigener Nachfolger sein",
        "ein Datum des Wechsels ist erforderlich",
    ]
    assert _field_problems("kpi_actual", {"value": "viel", "measured_on": "gestern"}) == [
        "'viel' ist keine Zahl",
        "'gestern' ist kein Datum; schreiben Sie es als JJJJ-MM-TT",
    ]
    assert _field_problems("value_driver", {"amount": -1}) == [
        "der Betrag eines Werttreibers muss 0 oder mehr betragen, nicht -1"
    ]
    a_round = {"dots": 0, "cap": 0, "points": True, "timer_seconds": 2.5, "budget": -1,
               "position": "2", "revealed": "ja"}  # fmt: skip
    assert _field_problems("workshop_round", a_round) == [
        "die Anzahl der Punkte muss eine ganze Zahl ab 1 sein, nicht 0",
        "die Höchstzahl an Punkten je Option muss eine ganze Zahl ab 1 sein, nicht 0",
        "die Punkte je Person müssen eine ganze Zahl ab 1 sein, nicht True",
        "der Timer muss eine ganze Zahl ab 1 sein, nicht 2.5",
        "das Budget einer Runde muss ein Betrag von 0 oder mehr sein, nicht -1",
        "die Position muss eine ganze Zahl sein, nicht '2'",
        "Aufgedeckt muss wahr oder falsch sein, nicht 'ja'",
    ]
    assert _field_problems("workshop_action", {"due": "bald", "done": 1}) == [
        "'bald' ist kein Datum; schreiben Sie es als JJJJ-MM-TT",
        "Erledigt muss wahr oder falsch sein, nicht 1",
    ]
    big = "x" * (MAX_BALLOT_BYTES + 1)
    assert _field_problems("workshop_ballot", {"ballot_values": big}) == [
        "diese Stimme ist 65.537 Byte lang; ein Stimmzettel fasst höchstens 64 KiB"
    ]
    assert _field_problems("workshop_ballot", {"ballot_values": 3}) == [
        "die Werte eines Stimmzettels müssen als JSON-Text gespeichert sein"
    ]
    assert _field_problems("workshop_ballot", {"ballot_values": None, "abstain": False}) == [
        "ein Stimmzettel braucht Werte, außer bei Enthaltung"
    ]
    link = {"item_id": None, "objective_id": None}
    assert _field_problems("workshop_decision_link", link) == [
        "eine Entscheidungsverknüpfung nennt genau ein Vorhaben oder ein Ziel"
    ]


def test_partnership_and_workshop_field_rules_keep_their_english() -> None:
    assert _field_problems("assessment", {"assessed_on": None}) == [
        "an assessment date is required"  # was "a assessment date"
    ]
    assert _field_problems("workshop_round", {"cap": 0, "revealed": 1}) == [
        "the most dots on one option must be a whole number from 1, not 0",
        "revealed must be true or false, not 1",
    ]
    big = "x" * (MAX_BALLOT_BYTES + 1)
    assert _field_problems("workshop_ballot", {"ballot_values": big}) == [
        "this vote is 65,537 bytes long; a ballot holds at most 64 KiB"
    ]
    assert check_level(7, "the target") == (
        "the target must be a whole number from 1 to 4 (1 order taker … 4 strategic partner), not 7"
    )


def test_kpi_series_problems_carry_their_kind_in_every_language(german: None) -> None:
    dates = [date(2027, 1, 31), date(2027, 3, 31), date(2027, 2, 28), date(2027, 3, 31)]
    found = series_problems(dates)
    assert [(p.index, p.fault) for p in found] == [
        (2, SeriesFault.OUT_OF_ORDER),
        (3, SeriesFault.REPEATED),
    ]
    assert [p.message for p in found] == [
        "das Datum 2027-02-28 folgt in der Reihe auf 2027-03-31; führen Sie die Istwerte vom "
        "ältesten an auf",
        "das Datum 2027-03-31 kommt in der Reihe zweimal vor (auch Eintrag 2); behalten Sie "
        "einen Istwert je Datum",
    ]


def test_a_repeated_kpi_date_in_a_document_is_reported_once_in_german(
    german_with_io: None,
) -> None:
    """The document check leaves a repeated date to its duplicate-record check, told by the
    problem's kind: matched on the English words, the German sentence would come twice."""
    doc = small_doc()
    doc["kpi_actuals"] = [
        {"kpi": "K2", "date": day, "value": 1}
        for day in ("2027-01-31", "2027-03-31", "2027-02-28", "2027-03-31")
    ]
    with pytest.raises(PlanJsonError) as bad:
        parse_plan_dict(doc)
    about_actuals = [p for p in bad.value.problems if p.startswith("kpi_actuals")]
    assert about_actuals == [
        "kpi_actuals[3]: doppelt: Istwert von K2 am 2027-03-31 (auch kpi_actuals[1])",
        "kpi_actuals[2].date: in der Reihe von KPI K2: das Datum 2027-02-28 folgt in der Reihe "
        "auf 2027-03-31; führen Sie die Istwerte vom ältesten an auf",
    ]


def test_the_process_map_refusals_in_german(german: None) -> None:
    names = {1: "Verkaufen", 2: "Verkauf im Laden", 3: "Bedienen"}
    parents: dict[int, int | None] = {1: None, 2: 1, 3: None}
    assert hierarchy_problem(parents, 1, 1, names.get) == (
        "Verkaufen kann nicht unter sich selbst stehen"
    )
    assert hierarchy_problem(parents, 1, 2, names.get) == (
        "Verkaufen kann nicht unter Verkauf im Laden stehen: Die Prozesslandkarte würde sich "
        "dadurch im Kreis drehen (Verkauf im Laden steht bereits unter Verkaufen)"
    )
    assert hierarchy_problem(parents, 3, 2, names.get) == (
        "Bedienen kann nicht unter Verkauf im Laden stehen, denn Verkauf im Laden steht selbst "
        "unter Verkaufen: Die Prozesslandkarte hat zwei Ebenen"
    )
    assert hierarchy_problem(parents, 1, 3, names.get) == (
        "Verkaufen hat untergeordnete Prozesse und kann daher nicht unter Bedienen stehen: Die "
        "Prozesslandkarte hat zwei Ebenen"
    )
    assert hierarchy_problem(parents, 3, None, names.get) is None


def test_kpi_actuals_and_maturity_levels_refused_in_german(german: None, sample_plan: Path) -> None:
    doc = open_plan(sample_plan)
    try:
        snap = load_snapshot(doc.session)
        kpi = next(k for k in snap.kpis if k.code == "K-WALLET-ADOPT")
        series = [(date(2027, 9, 30), 31.0), (date(2027, 9, 30), 30.0), (date(2027, 9, 1), 1.0)]
        with pytest.raises(CommandError) as refused:
            doc.execute(RecordKpiActuals(kpi.id, series))
        assert refused.value.problems == [
            "KPI K-WALLET-ADOPT: das Datum 2027-09-30 kommt in der Reihe zweimal vor (auch "
            "Eintrag 1); behalten Sie einen Istwert je Datum.",
            "KPI K-WALLET-ADOPT: das Datum 2027-09-01 folgt in der Reihe auf 2027-09-30; "
            "führen Sie die Istwerte vom ältesten an auf.",
        ]
        stores = next(u.id for u in snap.business_units if u.code == "STORES")
        ratings = {d: RatingInput(2, 3) for d in DIMENSIONS}
        ratings["strategic_planning"] = RatingInput(5, 3)
        with pytest.raises(CommandError) as refused:
            doc.execute(RecordAssessment(stores, date(2027, 9, 30), ratings))
        assert refused.value.problems == [
            "Die Bewertung von Stores am 30.09.2027: Einbindung in die strategische Planung: "
            f"die Stufe {LEVEL_DE}, nicht 5."
        ]
    finally:
        doc.close()


def test_the_figures_phrases_in_german(german: None) -> None:
    assert objectives_text(1, 0) == "1 Ziel"
    assert objectives_text(1858, 1) == "1.858 Ziele in 1 Thema"
    snap = _plan(
        [
            _item("A", None, None, "in_progress"),
            _item("B", None, None, "in_progress"),
            _item("C", None, None, "done"),
        ]
    )
    assert status_mix(snap.items) == "1 abgeschlossen, 2 in Arbeit"


def test_the_figures_phrases_keep_their_english() -> None:
    assert objectives_text(1858, 5) == "1,858 objectives under 5 themes"
    snap = _plan([_item("A", None, None, "on_hold"), _item("B", None, None, "done")])
    assert status_mix(snap.items) == "1 done, 1 on hold"


@pytest.mark.parametrize("language", ["en", "de"])
def test_roadmap_legend_stays_on_a_full_pdf_page_in_every_language(
    language: str, request: pytest.FixtureRequest
) -> None:
    """German legend words are longer: at the board pack's timeline size the legend takes a
    third row, which used to run off the figure's foot into the note under it."""
    import json

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from stratplanner.charts.registry import draw_chart
    from stratplanner.paths import sample_plan_json

    if language == "de":
        request.getfixturevalue("german")
    snap = snapshot_from_dict(json.loads(Path(sample_plan_json()).read_text(encoding="utf-8")))
    width_pt, height_pt = 689.3, 492.3 - 16  # a landscape Letter page's frame, less the note
    rows_per_page = max(8, int((height_pt - 150) / 13))
    for page in (0, 1):
        fig = Figure(figsize=(width_pt / 72, height_pt / 72))
        canvas = FigureCanvasAgg(fig)
        draw_chart(
            "roadmap",
            fig,
            snap,
            lane_by="theme",
            colour_by="category",
            labels="beside",
            rows_per_page=rows_per_page,
            page=page,
            today=date(2026, 12, 6),
        )
        canvas.draw()
        renderer = canvas.get_renderer()
        (legend,) = fig.legends
        box = legend.get_window_extent(renderer)
        axes_box = fig.axes[0].get_window_extent(renderer)
        assert box.y0 >= 0, f"page {page + 1}: the legend runs {-box.y0:.0f} px off the foot"
        assert box.y1 < axes_box.y0  # and stays under the plot


@pytest.mark.parametrize("language", ["en", "de"])
def test_coverage_axis_label_stays_on_the_figure(
    language: str, request: pytest.FixtureRequest
) -> None:
    """The support axis's German label is a third longer: wrapped to the plot, it no longer
    runs past the figure's right edge on the PDF's portrait page."""
    import json

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from stratplanner.charts.registry import draw_chart
    from stratplanner.paths import sample_plan_json

    if language == "de":
        request.getfixturevalue("german")
    snap = snapshot_from_dict(json.loads(Path(sample_plan_json()).read_text(encoding="utf-8")))
    fig = Figure(figsize=(509 / 72, 0.45 * 672 / 72))  # the portrait Letter frame, 45% high
    canvas = FigureCanvasAgg(fig)
    draw_chart("coverage", fig, snap)
    canvas.draw()
    label = fig.axes[0].xaxis.label.get_window_extent(canvas.get_renderer())
    assert label.x0 >= 0 and label.x1 <= fig.bbox.width, (label.x0, label.x1, fig.bbox.width)
