"""Languages (issue 18 item 6), the Qt-free side: the catalogues are complete and current, and
the English default formats numbers, money and dates as the app always did."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratplanner import i18n

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _translations_script()


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _placeholders(text: str) -> set[str]:
    """{name} and %1 must survive translation (a form may spell out the count: no %n)."""
    return set(PLACEHOLDER.findall(text)) - {"%n"}


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# -- the catalogues ------------------------------------------------------------------------


@pytest.mark.parametrize("area", translations.AREAS)
def test_german_catalogue_has_no_unfinished_empty_or_obsolete_entry(area: str) -> None:
    path = translations.catalogue("de", area)
    assert path.is_file(), f"{path} is missing; run python packaging/translations.py update {area}"
    problems = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        kind = (message.find("translation") or ET.Element("t")).get("type")
        forms = _forms(message)
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{kind}: [{context}] {source!r}")
        elif not all(f.strip() for f in forms):
            problems.append(f"empty: [{context}] {source!r}")
        elif message.get("numerus") == "yes" and len(forms) != translations.GERMAN_PLURALS:
            problems.append(f"needs {translations.GERMAN_PLURALS} plural forms: {source!r}")
        elif any(_placeholders(f) != _placeholders(source) for f in forms):
            problems.append(f"placeholders differ: [{context}] {source!r} -> {forms}")
    assert not problems, (
        f"resources/i18n/de/{area}.ts needs translating (edit it or open it in "
        "pyside6-linguist):\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("area", translations.AREAS)
def test_english_catalogue_has_both_forms_of_every_plural(area: str) -> None:
    path = translations.catalogue("en", area)
    assert path.is_file()
    for context, message in _messages(path):
        assert message.get("numerus") == "yes", _key(context, message)
        forms = _forms(message)
        assert len(forms) == 2 and all(forms), (_key(context, message), forms)
        assert (message.find("translation") or ET.Element("t")).get("type") is None


@pytest.mark.parametrize("area", translations.AREAS)
def test_catalogues_hold_every_marked_string_of_the_sources(area: str, tmp_path: Path) -> None:
    """A string marked in the code but not in the committed .ts fails here (run update)."""
    translations.update(area, into=tmp_path)
    for language in translations.LANGUAGES:
        fresh = {_key(c, m) for c, m in _messages(tmp_path / language / f"{area}.ts")}
        committed = {_key(c, m) for c, m in _messages(translations.catalogue(language, area))}
        missing = sorted(fresh - committed)
        stale = sorted(committed - fresh)
        assert not missing and not stale, (
            f"resources/i18n/{language}/{area}.ts is out of date; run "
            f"'python packaging/translations.py update {area}' and translate the new strings.\n"
            f"new: {missing}\ngone: {stale}"
        )


def test_every_source_file_belongs_to_one_area() -> None:
    sources = sorted((ROOT / "src" / "stratplanner").rglob("*.py"))
    assert sorted(p for a in translations.AREAS for p in translations.sources(a)) == sources
    assert translations.area_of(ROOT / "src/stratplanner/ui/views/roadmap.py") == "views"
    assert translations.area_of(ROOT / "src/stratplanner/ui/workshop/room.py") == "dialogs"
    assert translations.area_of(ROOT / "src/stratplanner/ui/widgets/details.py") == "shell"
    assert translations.area_of(ROOT / "src/stratplanner/export/pdf/sections/cover.py") == "pdf"
    assert translations.area_of(ROOT / "src/stratplanner/charts/roadmap.py") == "core"
    assert translations.area_of(ROOT / "src/stratplanner/io/table_import.py") == "io"
    assert translations.area_of(ROOT / "src/stratplanner/store/lock.py") == "store"
    assert translations.area_of(ROOT / "src/stratplanner/atomic_files.py") == "store"


def test_update_makes_every_count_message_plural_and_keeps_its_forms(tmp_path: Path) -> None:
    """lupdate flattens a plural message marked with translate(ctx, text, None, n); the
    update script makes it plural again and puts the translated forms back."""
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        'language="de_DE"><context><name>C</name>'
        '<message><source>%n item(s)</source><translation type="unfinished">%n Element'
        "</translation></message>"
        '<message><source>%n row(s)</source><translation type="unfinished"></translation>'
        "</message><message><source>Plain</source><translation>Schlicht</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    before_text = (
        '<TS><context><name>C</name><message numerus="yes"><source>%n item(s)</source>'
        "<translation><numerusform>%n Element</numerusform><numerusform>%n Elemente"
        "</numerusform></translation></message></context></TS>"
    )
    before_file = tmp_path / "before.ts"
    before_file.write_text(before_text, encoding="utf-8")
    before = translations._plural_translations(before_file)
    assert translations.make_plurals(ts, "de", before) == 3
    by_source = {m.findtext("source"): m for _, m in _messages(ts)}
    assert _forms(by_source["%n item(s)"]) == ["%n Element", "%n Elemente"]
    assert by_source["%n item(s)"].find("translation").get("type") is None  # type: ignore[union-attr]
    assert by_source["%n row(s)"].get("numerus") == "yes"
    assert _forms(by_source["%n row(s)"]) == ["", ""]
    assert by_source["Plain"].get("numerus") is None


def test_english_plural_forms_come_from_the_alternation() -> None:
    assert translations.english_forms("%n item(s)") == ("%n item", "%n items")
    assert translations.english_forms("%n match(es) in {plan}") == (
        "%n match in {plan}",
        "%n matches in {plan}",
    )


# -- the English default -----------------------------------------------------------------


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_default_numbers_are_the_english_ones_the_app_always_wrote(value: float) -> None:
    assert i18n.format_number(value, 2) == f"{value:,.2f}"
    assert i18n.format_number(value, 0, grouping=False) == f"{value:.0f}"
    shortest = i18n.format_number(value)
    assert float(shortest.replace(",", "")) == value


@given(st.floats(min_value=-5e12, max_value=5e12, allow_nan=False))
def test_default_short_money_is_analysis_texts_money(value: float) -> None:
    """The wording analysis/text.py and the PDF used before i18n: 'USD 1.2 m'."""
    magnitude = abs(value)
    if magnitude >= 1e9:
        expected = f"USD {value / 1e9:,.2f} bn"
    elif magnitude >= 1e6:
        expected = f"USD {value / 1e6:,.1f} m"
    elif magnitude >= 1e3:
        expected = f"USD {value / 1e3:,.0f}k"
    else:
        expected = f"USD {value:,.0f}"
    assert i18n.format_money(value, "USD", short=True) == expected


def test_default_dates_percent_and_plural() -> None:
    assert i18n.format_date(date(2027, 3, 7)) == "7 March 2027"
    assert i18n.format_date(date(2027, 3, 7), "medium") == "07 Mar 2027"
    assert i18n.format_date(date(2027, 3, 7), "short") == "2027-03-07"
    assert i18n.format_datetime(datetime(2027, 3, 7, 14, 5)) == "2027-03-07 14:05"
    assert i18n.format_percent(0.256) == "26%"
    assert i18n.format_money(1234567.0, "EUR") == "EUR 1,234,567"
    assert i18n.format_money(1234567.0) == "1,234,567"
    assert i18n.language() == "en"
    # a message with no English plural forms: the count is filled in, grouped
    assert i18n.translate("Nowhere", "%n thing(s)", None, 1234) == "1,234 thing(s)"


def test_installed_backend_is_used_and_can_be_put_back() -> None:
    class Shouting:
        language = "xx"

        def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
            return text.upper()

        def format_number(self, value: float, decimals: int | None, grouping: bool) -> str:
            return "#"

        def format_date(self, day: date, pattern: str) -> str:
            return pattern

    previous = i18n.install_backend(Shouting())
    try:
        assert i18n.language() == "xx"
        assert i18n.translate("C", "hello") == "HELLO"
        assert i18n.format_number(3.5) == "#"
        assert i18n.format_date(date(2027, 1, 1)) == "D MMMM YYYY"  # the pattern, translated
    finally:
        i18n.install_backend(previous)
    assert i18n.translate("C", "hello") == "hello"
