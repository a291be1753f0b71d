"""KPI actuals as a planner types or pastes them (io/actual_values.py), and the date the
Adoption & outcomes view suggests for the next one (analysis/adoption.py): Qt-free."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratplanner.analysis.adoption import suggested_date
from stratplanner.io.actual_values import InputError, parse_date, parse_series, parse_value


def test_typed_values_dates_and_pasted_lines() -> None:
    assert parse_value("64,5") == 64.5
    assert parse_value("1,250") == 1250
    assert parse_value("24 %", "%") == 24
    assert parse_value("4.4 m members", "m members") == 4.4
    with pytest.raises(InputError, match="is not a number"):
        parse_value("nan")
    with pytest.raises(InputError, match=r"as a number, such as 64\.5"):
        parse_value("  ", "%")
    rows = parse_series("date;value\n2027-09-30;34;survey\n2027-12-31 36\n")
    assert rows == [(date(2027, 9, 30), 34.0, "survey"), (date(2027, 12, 31), 36.0, "")]
    with pytest.raises(InputError, match="Line 2"):
        parse_series("2027-09-30 34\n2027-02-30 35")
    with pytest.raises(InputError, match="one actual a line"):
        parse_series("date\tvalue\n")


def test_a_date_is_written_year_month_day() -> None:
    assert parse_date(" 2027-9-30 ") == date(2027, 9, 30)
    with pytest.raises(InputError, match='"30/09/2027" is not a date; write it as YYYY-MM-DD'):
        parse_date("30/09/2027")
    with pytest.raises(InputError, match="Give the date of the actual"):
        parse_date("")


def test_the_next_date_follows_the_series_rhythm() -> None:
    month_ends = ((date(2027, 4, 30), 1.0), (date(2027, 5, 31), 2.0))
    assert suggested_date(month_ends, date(2030, 1, 1)) == date(2027, 6, 30)
    quarter_ends = ((date(2027, 9, 30), 1.0), (date(2027, 12, 31), 2.0))
    assert suggested_date(quarter_ends, date(2030, 1, 1)) == date(2028, 3, 31)
    weekly = ((date(2027, 3, 1), 1.0), (date(2027, 3, 8), 2.0))
    assert suggested_date(weekly, date(2030, 1, 1)) == date(2027, 3, 15)
    assert suggested_date((), date(2030, 1, 1)) == date(2030, 1, 1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_every_iso_date_reads_back(day: date) -> None:
    assert parse_date(day.isoformat()) == day


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False),
    st.sampled_from(["", "%", "m members"]),
)
def test_a_number_reads_back_with_its_unit_and_a_decimal_comma(value: Decimal, unit: str) -> None:
    text = f"{value:f}"
    assert parse_value(f"{text} {unit}".strip(), unit) == float(value)
    if "." in text and "," not in text:
        assert parse_value(text.replace(".", ","), unit) == float(value)
    grouped = f"{value:,.2f}"
    assert parse_value(grouped, unit) == float(round(value, 2))
