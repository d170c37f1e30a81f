"""Reads every collaboration part needs: the parties of a collaboration that a user may see."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import QuerySet

from actors.models import Organization
from collaborations.models import Collaboration, Participation
from collaborations.parts.time import active_on


def visible_participations(
    collaboration: Collaboration, user: Any, on: datetime.date | None = None
) -> QuerySet[Participation]:
    """The collaboration's participations the user may see, coordinators and parties first: those of
    the day `on`, or all of them (past and coming too) when `on` is None."""
    participations = Participation.objects.visible_to(user).filter(collaboration=collaboration)
    if on is not None:
        participations = participations.filter(active_on(on))
    return participations.select_related("organization").order_by("role", "organization__name")


def visible_parties(
    collaboration: Collaboration | None, user: Any, on: datetime.date | None = None
) -> QuerySet[Organization]:
    """The organizations taking part in the collaboration, as far as the user may see that they do,
    by name: on the day `on` (what a page lists per party, today's parties), or ever (what a form
    offers, so that the history of a party that has left can still be recorded)."""
    visible = Participation.objects.visible_to(user).filter(collaboration=collaboration)
    if on is not None:
        visible = visible.filter(active_on(on))
    return Organization.objects.filter(participations__in=visible).distinct().order_by("name")
