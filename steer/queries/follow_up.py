"""Follow-up: the last closed round, and the indicators whose status changed or which got newer values
since it was closed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from steer.choices import RoundStatus
from steer.models import Assessment, FollowUpRound, Indicator
from steer.queries.indicators import IndicatorResult


def last_closed_round(collaboration: Any, user: Any) -> FollowUpRound | None:
    return (
        FollowUpRound.objects.visible_to(user)
        .filter(collaboration=collaboration, status=RoundStatus.CLOSED)
        .select_related("collaboration")
        .order_by("-closed_on", "-year")
        .first()
    )


@dataclass
class Change:
    indicator: Indicator
    before: str
    after: str
    new_data: bool


def changes_since(
    round_: FollowUpRound | None, indicators: list[Indicator], results: dict[int, IndicatorResult], user: Any
) -> list[Change]:
    """Indicators whose status changed, or which got newer values, since the round was closed."""
    if round_ is None:
        return []
    kept = {
        a.indicator_id: a for a in Assessment.objects.visible_to(user).filter(round=round_, indicator__isnull=False)
    }
    changes = []
    for indicator in indicators:
        then = kept.get(indicator.pk)
        now = results[indicator.pk]
        if then is None:
            continue
        new_data = now.latest_year is not None and (then.latest_year is None or now.latest_year > then.latest_year)
        if then.computed_status != now.status or new_data:
            changes.append(Change(indicator, then.computed_status, now.status, new_data))
    return changes
