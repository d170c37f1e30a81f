"""Indicators with baseline and targets, and values entered by hand (S2, S7)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from django.db import transaction
from django.utils.translation import gettext as _

from actors.models import Area
from collaborations.parts.services import (
    inherit_visibility,
    keep_visibility_unless,
    require_party,
    require_same_collaboration,
)
from core.numbers import NumberError, check_number, plain_number
from core.services import create_object, delete_object, field_error, require, update_object
from stats.models import Observation
from steer.choices import Direction, MeasureType
from steer.models import Goal, Indicator, IndicatorTarget, IndicatorValue
from steer.services.common import ENTER_VALUES, MANAGE

TARGET_FIELDS = ("year", "value", "value_high", "note")
# What a share of two counts is multiplied by, per measure: a percentage, per 1 000 or per 100 000.
RATIO_SCALE = {MeasureType.PERCENTAGE: 100, MeasureType.RATE: 1_000, MeasureType.RATE_100K: 100_000}


def check_value(measure_type: str, value: Any, field: str, label: str) -> float:
    """A value of an indicator is a finite number within the range its measure allows
    (`core.numbers.RANGES`)."""
    try:
        return check_number(value, measure_type, label)
    except NumberError as exc:
        raise field_error(field, str(exc), code=exc.code) from exc


def _check_indicator(indicator: Indicator, targets: list[dict[str, Any]] | None, areas: list[Area] | None) -> None:
    measure = indicator.measure_type
    if indicator.baseline_value is not None:
        check_value(measure, indicator.baseline_value, "baseline_value", _("Utgångsvärdet"))
    require_party(indicator.collaboration, indicator.responsible_organization, "responsible_organization")
    # `indicator.series` is read only when `series_id` says there is one (cast: mypy cannot follow the id).
    if indicator.series_id and indicator.by_gender and not cast(Any, indicator.series).is_divided_by_gender:
        raise field_error(
            "by_gender",
            _("Statistikserien %(series)s är inte uppdelad på kön.")
            % {"series": cast(Any, indicator.series).external_id},
            code="no_gender",
        )
    if areas is not None and not areas:
        raise field_error("areas", _("Ange minst ett område som indikatorn mäts för."), code="required")
    if measure == MeasureType.QUALITATIVE and indicator.series_id:
        raise field_error("series", _("En kvalitativ indikator hämtar inte värden från statistik."))
    if indicator.is_ratio and measure not in RATIO_SCALE:
        raise field_error(
            "is_ratio",
            _(
                "Täljare och nämnare ger en andel (%%) eller ett antal per 1 000 eller 100 000 invånare, "
                "inte %(measure)s."
            )
            % {"measure": str(MeasureType(measure).label).lower()},
            code="not_a_share",
        )
    seen: set[int | None] = set()
    for i, target in enumerate(targets if targets is not None else _current_targets(indicator)):
        year = target.get("year")
        label = _("Målvärdet för %(year)s") % {"year": year}
        if year in seen:
            raise field_error("targets", _("Målåret %(year)s står två gånger.") % {"year": year}, code="duplicate")
        seen.add(year)
        if indicator.baseline_year is not None and year is not None and year < indicator.baseline_year:
            raise field_error(
                "targets",
                _("Målåret %(year)s ligger före utgångsåret %(baseline)s (målvärde %(n)s).")
                % {"year": year, "baseline": indicator.baseline_year, "n": i + 1},
                code="before_baseline",
            )
        check_value(measure, target.get("value"), "targets", label)
        high = target.get("value_high")
        if indicator.direction == Direction.RANGE:
            if high is None:
                raise field_error(
                    "targets", _("%(label)s: ange intervallets övre gräns.") % {"label": label}, code="required"
                )
            check_value(measure, high, "targets", label)
            if high < target["value"]:
                raise field_error("targets", _("%(label)s: övre gränsen är lägre än den nedre.") % {"label": label})
        elif high is not None:
            raise field_error(
                "targets", _("%(label)s: bara ett målintervall har en övre gräns.") % {"label": label}, code="no_range"
            )


def _current_targets(indicator: Indicator) -> list[dict[str, Any]]:
    if indicator.pk is None:
        return []
    return [{name: getattr(t, name) for name in TARGET_FIELDS} for t in indicator.targets.all()]


def _set_targets(indicator: Indicator, targets: Iterable[dict[str, Any]], *, actor: Any) -> None:
    current = {t.year: t for t in indicator.targets.all()}
    wanted = {t["year"]: t for t in targets}
    for year, target in current.items():
        if year not in wanted:
            delete_object(target, "steer.indicator_target.deleted", actor=actor)
    for year, spec in wanted.items():
        data = {name: spec.get(name) for name in ("value", "value_high")} | {"note": spec.get("note") or ""}
        if year in current:
            update_object(current[year], "steer.indicator_target.updated", data, actor=actor)
        else:
            create_object(
                IndicatorTarget,
                "steer.indicator_target.created",
                data,
                actor=actor,
                collaboration_id=indicator.collaboration_id,
                indicator=indicator,
                year=year,
            )


@transaction.atomic
def create_indicator(
    goal: Goal, *, actor: Any, areas: list[Area], targets: list[dict[str, Any]] | None = None, **data: Any
) -> Indicator:
    """An indicator of a goal, with its areas and targets (milestones)."""
    require(actor, MANAGE, goal)
    probe = Indicator(collaboration_id=goal.collaboration_id, goal=goal)
    for key, value in data.items():
        if key != "shared_with":
            setattr(probe, key, value)
    targets = list(targets or [])
    _check_indicator(probe, targets, list(areas))
    indicator = create_object(
        Indicator,
        "steer.indicator.created",
        inherit_visibility({**data, "areas": areas}, goal),
        actor=actor,
        collaboration_id=goal.collaboration_id,
        goal=goal,
    )
    _set_targets(indicator, targets, actor=actor)
    return indicator


@transaction.atomic
def update_indicator(
    indicator: Indicator,
    *,
    actor: Any,
    targets: list[dict[str, Any]] | None = None,
    areas: list[Area] | None = None,
    **data: Any,
) -> Indicator:
    require(actor, MANAGE, indicator)
    require_same_collaboration(indicator.collaboration_id, [data.get("goal")], "goal")
    probe = Indicator.objects.get(pk=indicator.pk)
    for key, value in data.items():
        if key != "shared_with":
            setattr(probe, key, value)
    _check_indicator(probe, targets, None if areas is None else list(areas))
    if areas is not None:
        data["areas"] = areas
    before_visibility = indicator.visibility
    indicator = update_object(indicator, "steer.indicator.updated", data, actor=actor)
    if targets is not None:
        _set_targets(indicator, targets, actor=actor)
    if "visibility" in data and data["visibility"] != before_visibility:  # its targets are parts: they follow
        shared = list(indicator.shared_with.all())
        for value in indicator.manual_values.all():
            update_object(
                value, "steer.value.updated", {"visibility": indicator.visibility, "shared_with": shared}, actor=actor
            )
    return indicator


@transaction.atomic
def delete_indicator(indicator: Indicator, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, indicator)
    delete_object(indicator, "steer.indicator.deleted", actor=actor, reason=reason)


def _ratio(indicator: Indicator, data: dict[str, Any], existing: IndicatorValue | None) -> None:
    """For a ratio indicator: the numerator and denominator are both given (the denominator above zero)
    and the value is their share; for any other indicator, the value itself is given."""
    if not indicator.is_ratio:
        if data.get("numerator") is not None or data.get("denominator") is not None:
            raise field_error(
                "numerator", _("Indikatorn är inte en andel av två antal: ange bara värdet."), code="not_a_ratio"
            )
        if data.get("value") is None and (existing is None or "value" in data):
            raise field_error("value", _("Ange värdet."), code="required")
        return
    counts = {}
    for name, label in (("numerator", _("Täljaren")), ("denominator", _("Nämnaren"))):
        number = data.get(name, getattr(existing, name, None))
        if number is None:
            raise field_error(
                name,
                _("%(label)s saknas: indikatorn är en andel, ange både täljare och nämnare.") % {"label": label},
                code="required",
            )
        counts[name] = check_value(MeasureType.NUMBER, number, name, label)
    if counts["denominator"] <= 0:
        raise field_error("denominator", _("Nämnaren måste vara större än noll."), code="not_positive")
    if counts["numerator"] < 0:
        raise field_error("numerator", _("Täljaren kan inte vara negativ."), code="negative")
    if indicator.measure_type == MeasureType.PERCENTAGE and counts["numerator"] > counts["denominator"]:
        raise field_error(
            "numerator",
            _("Täljaren (%(n)s) är större än nämnaren (%(d)s): en andel kan inte vara över 100 %%.")
            % {"n": plain_number(counts["numerator"]), "d": plain_number(counts["denominator"])},
            code="above_whole",
        )
    share = counts["numerator"] / counts["denominator"] * RATIO_SCALE[cast(Any, indicator.measure_type)]
    data.update(counts, value=share)


@transaction.atomic
def record_value(
    indicator: Indicator, area: Area, year: int, *, actor: Any, gender: str = "T", **data: Any
) -> IndicatorValue:
    """Enter (or correct) one value of an indicator, typed from its source. Beside a statistical series, a
    value can be typed for a year the series lacks (a baseline from a report, say). For a ratio indicator,
    the numerator and denominator are entered and the share is computed."""
    existing: IndicatorValue | None = IndicatorValue.objects.filter(
        indicator=indicator, area=area, year=year, gender=gender
    ).first()
    probe = existing or IndicatorValue(collaboration_id=indicator.collaboration_id, indicator=indicator)
    require(actor, ENTER_VALUES, probe)
    if indicator.measure_type == MeasureType.QUALITATIVE:
        raise field_error(
            "value", _("En kvalitativ indikator bedöms i uppföljningen och har inga värden."), code="qualitative"
        )
    if indicator.series_id is not None and (
        Observation.objects.filter(series_id=indicator.series_id, area=area, gender=gender, year=year)
        .exclude(value=None)
        .filter(period=str(year))
        .exists()
    ):
        raise field_error(
            "year",
            _("Statistikserien %(series)s har redan ett värde för %(area)s %(year)s; det används.")
            % {"series": cast(Any, indicator.series).external_id, "area": area, "year": year},
            code="from_series",
        )
    if not indicator.areas.filter(pk=area.pk).exists():
        raise field_error("area", _("%(area)s är inte ett av indikatorns områden.") % {"area": area}, code="other_area")
    if gender != "T" and not indicator.by_gender:
        raise field_error("gender", _("Indikatorn redovisas inte för kvinnor och män."), code="no_gender")
    if indicator.baseline_year is not None and year < indicator.baseline_year:
        raise field_error(
            "year",
            _("Året %(year)s ligger före utgångsåret %(baseline)s.")
            % {"year": year, "baseline": indicator.baseline_year},
            code="before_baseline",
        )
    require_party(indicator.collaboration, data.get("entered_by"), "entered_by")
    _ratio(indicator, data, existing)
    if data.get("value") is not None:
        data["value"] = check_value(indicator.measure_type, data["value"], "value", _("Värdet"))
    elif "value" in data:
        del data["value"]
    data = keep_visibility_unless(MANAGE, actor, indicator, data)
    if existing is not None:
        return update_object(existing, "steer.value.updated", data, actor=actor)
    return create_object(
        IndicatorValue,
        "steer.value.created",
        inherit_visibility(data, indicator),
        actor=actor,
        collaboration_id=indicator.collaboration_id,
        indicator=indicator,
        area=area,
        year=year,
        gender=gender,
    )


@transaction.atomic
def remove_value(value: IndicatorValue, *, actor: Any, reason: str = "") -> None:
    require(actor, ENTER_VALUES, value)
    delete_object(value, "steer.value.deleted", actor=actor, reason=reason)
