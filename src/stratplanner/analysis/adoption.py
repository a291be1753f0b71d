"""Adoption and outcomes: KPI series against their targets, and "delivered is not successful".

A KPI's *latest* value is its most recent dated actual, or its single ``actual`` when it has
no series. The *trend* compares the latest value with the one up to three actuals earlier:
a move smaller than 2% of the distance from baseline to target (or of the earlier value when
there is no target) is "flat"; otherwise it is "improving" when it goes the KPI's good way.
An item marked done whose adoption KPI (``adoption`` true) is below target at its latest
actual is called out; so is a done item whose adoption KPI has no actual yet.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from stratplanner.model.values import kpi_kind_label
from stratplanner.snapshot import KpiRec, PlanSnapshot

#: How many actuals back the trend looks.
TREND_WINDOW = 3
#: Smaller moves than this share of the baseline-to-target distance are "flat".
FLAT_SHARE = 0.02

IMPROVING = "improving"
WORSENING = "worsening"
FLAT = "flat"
#: The trends as words (the keys stay English in JSON; ``trend_label`` translates).
TREND_LABELS = {
    IMPROVING: QT_TRANSLATE_NOOP("KPIs", "improving"),
    WORSENING: QT_TRANSLATE_NOOP("KPIs", "worsening"),
    FLAT: QT_TRANSLATE_NOOP("KPIs", "flat"),
}


def trend_label(trend: str) -> str:
    """'improving', 'worsening', 'flat' in the user's language."""
    label = TREND_LABELS.get(trend)
    return translate("KPIs", label) if label else trend


@dataclass(frozen=True)
class KpiSeries:
    """One KPI with its dated actuals and where it stands."""

    kpi: KpiRec
    points: tuple[tuple[date, float], ...]  # oldest first
    latest: float | None
    latest_on: date | None  # None when the latest is the undated single actual
    trend: str | None  # IMPROVING | WORSENING | FLAT, None with fewer than two actuals

    @property
    def target(self) -> float | None:
        return self.kpi.target

    @property
    def baseline(self) -> float | None:
        return self.kpi.baseline

    @property
    def on_target(self) -> bool | None:
        """Whether the latest value meets the target in the KPI's good direction."""
        if self.latest is None or self.kpi.target is None:
            return None
        if self.kpi.higher_is_better:
            return self.latest >= self.kpi.target
        return self.latest <= self.kpi.target

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target (1.0 = reached; may be below 0 or above 1)."""
        if self.latest is None or self.kpi.target is None or self.kpi.baseline is None:
            return None
        span = self.kpi.target - self.kpi.baseline
        if span == 0:
            return 1.0 if self.on_target else 0.0
        return (self.latest - self.kpi.baseline) / span

    @property
    def kind_label(self) -> str:
        return kpi_kind_label(self.kpi.kind)

    def status_text(self) -> str:
        """'64 % against a target of 66 %, improving' for tables and tooltips."""
        if self.latest is None:
            return translate("KPIs", "not measured yet")
        text = with_unit(self.latest, self.kpi.unit)
        if self.kpi.target is not None:
            text = translate("KPIs", "{value} against a target of {target}").format(
                value=text, target=with_unit(self.kpi.target, self.kpi.unit)
            )
        if self.trend:
            text += f", {trend_label(self.trend)}"
        if self.on_target:
            text += " " + translate("KPIs", "(on target)")
        return text


def with_unit(value: float, unit: str) -> str:
    """'24%', '4.4 m members', '48 hours': a KPI value as people write it."""
    number = format_number(float(f"{value:g}"), grouping=False)
    if not unit:
        return number
    if unit in ("%", "‰"):
        return translate("KPIs", "{value}{percent_sign}").format(value=number, percent_sign=unit)
    return f"{number} {unit}"


def _trend(kpi: KpiRec, values: list[float]) -> str | None:
    if len(values) < 2:
        return None
    latest = values[-1]
    earlier = values[max(0, len(values) - 1 - TREND_WINDOW)]
    delta = latest - earlier
    if kpi.target is not None and kpi.baseline is not None and kpi.target != kpi.baseline:
        scale = abs(kpi.target - kpi.baseline)
    else:
        scale = abs(earlier) or 1.0
    if abs(delta) < FLAT_SHARE * scale:
        return FLAT
    return IMPROVING if (delta > 0) == kpi.higher_is_better else WORSENING


def kpi_series(snap: PlanSnapshot, kpi: KpiRec) -> KpiSeries:
    actuals = snap.actuals_by_kpi.get(kpi.id, [])
    points = tuple((a.measured_on, a.value) for a in actuals)
    latest: float | None
    latest_on: date | None
    if points:
        latest, latest_on = points[-1][1], points[-1][0]
    else:
        latest, latest_on = kpi.actual, None
    return KpiSeries(kpi, points, latest, latest_on, _trend(kpi, [v for _d, v in points]))


def all_kpi_series(snap: PlanSnapshot) -> list[KpiSeries]:
    """Every KPI in plan order."""
    return [kpi_series(snap, kpi) for kpi in snap.kpis]


@dataclass(frozen=True)
class AdoptionCallout:
    """A done item whose adoption is below target (or not measured): delivered, not successful."""

    item_id: int
    kpi_id: int
    latest: float | None
    target: float | None
    message: str

    @property
    def measured(self) -> bool:
        return self.latest is not None


def adoption_callouts(snap: PlanSnapshot) -> list[AdoptionCallout]:
    """Done items with an adoption KPI below its target or not measured, in plan order."""
    out = []
    for item in snap.items:
        if item.status != "done":
            continue
        for kpi in snap.kpis_by_item.get(item.id, []):
            if not kpi.adoption:
                continue
            series = kpi_series(snap, kpi)
            named = translate("Records", '{code} "{title}"').format(
                code=item.code, title=item.title
            )
            if series.latest is None:
                message = translate(
                    "KPIs",
                    "Item {item} is done but its adoption ({kpi}) has not been measured; record "
                    "an actual to know whether it is used.",
                ).format(item=named, kpi=kpi.name)
            elif series.on_target is False:
                was = with_unit(series.latest, kpi.unit)
                if series.latest_on:
                    was = translate("KPIs", "{value} on {date}").format(
                        value=was, date=format_date(series.latest_on, "short")
                    )
                target = with_unit(kpi.target or 0.0, kpi.unit)
                if series.trend:
                    target += f", {trend_label(series.trend)}"
                message = translate(
                    "KPIs",
                    "Item {item} is done but adoption is below target: {kpi} was {value} against "
                    "{target}. Delivered is not the same as successful: ask its sponsor and "
                    "champion what stands in the way.",
                ).format(item=named, kpi=kpi.name, value=was, target=target)

            else:
                continue
            out.append(AdoptionCallout(item.id, kpi.id, series.latest, kpi.target, message))
    return out


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def suggested_date(points: tuple[tuple[date, float], ...], today: date) -> date:
    """The next date of the series' rhythm (month ends stay month ends), else today."""
    if len(points) < 2:
        return today
    before, latest = points[-2][0], points[-1][0]
    if before == _month_end(before.year, before.month) and latest == _month_end(
        latest.year, latest.month
    ):
        months = (latest.year - before.year) * 12 + latest.month - before.month
        index = latest.year * 12 + latest.month - 1 + max(1, months)
        return _month_end(index // 12, index % 12 + 1)
    return latest + (latest - before)


__all__ = [
    "FLAT",
    "IMPROVING",
    "WORSENING",
    "AdoptionCallout",
    "KpiSeries",
    "adoption_callouts",
    "all_kpi_series",
    "kpi_series",
    "suggested_date",
    "with_unit",
]
