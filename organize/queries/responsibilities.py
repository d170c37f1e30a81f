"""Responsibilities and follow-up: the responsibility matrix (a row per party, a column per kind), the
follow-up duties and the dates on which a duty falls due."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from collaborations.models import Collaboration, Participation
from organize.choices import FREQUENCY_MONTHS, ResponsibilityKind
from organize.models import FollowUpDuty, Responsibility
from organize.queries.common import add_months, months_between


@dataclass
class MatrixRow:
    participation: Participation | None  # None: the responsible party is missing
    cells: dict[str, list[Responsibility]]

    def cell_list(self, kinds: list[str]) -> list[list[Responsibility]]:
        return [self.cells.get(k, []) for k in kinds]


def responsibility_matrix(collaboration: Collaboration, user: Any, parties: list[Participation]) -> list[MatrixRow]:
    """One row per visible party, one column per kind of responsibility; a last row (with no
    participation) holds the responsibilities whose responsible party is missing."""
    rows = {p.organization_id: MatrixRow(p, {}) for p in parties}
    missing = MatrixRow(None, {})
    for r in Responsibility.objects.visible_to(user).filter(collaboration=collaboration).select_related("organization"):
        row = missing if r.organization_id is None else rows.get(r.organization_id)
        if row is not None:
            row.cells.setdefault(r.kind, []).append(r)
    return [*rows.values(), *([missing] if missing.cells else [])]


RESPONSIBILITY_COLUMNS = list(ResponsibilityKind)


def follow_up_duties(collaboration: Collaboration, user: Any) -> QuerySet[FollowUpDuty]:
    return (
        FollowUpDuty.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("responsible_organization", "responsible_person", "report_to__collaboration", "collaboration")
    )


def schedule(duty: FollowUpDuty, on: datetime.date | None = None, count: int = 3) -> list[datetime.date]:
    """The next `count` dates on which the duty falls due, from `on` (today) onward, and not after
    the collaboration has ended."""
    on = on or timezone.localdate()
    if duty.first_due is None:  # unknown: no date is made up
        return []
    until = duty.collaboration.end_date or datetime.date.max
    step = FREQUENCY_MONTHS[duty.frequency]
    if step == 0:
        return [duty.first_due] if on <= duty.first_due <= until else []
    dates: list[datetime.date] = []
    n = max(0, months_between(duty.first_due, on) // step - 1)
    try:
        while len(dates) < count:
            due = add_months(duty.first_due, step * n)
            if due > until:
                break
            if due >= on:
                dates.append(due)
            n += 1
    except (ValueError, OverflowError):  # past the last representable date
        pass
    return dates
