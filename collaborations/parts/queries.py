"""Reads every collaboration part needs: the parties of a collaboration that a user may see."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from actors.models import Organization
from collaborations.models import Collaboration, Participation


def visible_participations(collaboration: Collaboration, user: Any) -> QuerySet[Participation]:
    """The collaboration's participations the user may see, coordinators and parties first."""
    return (
        Participation.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("organization")
        .order_by("role", "organization__name")
    )


def visible_parties(collaboration: Collaboration | None, user: Any) -> QuerySet[Organization]:
    """The organizations taking part in the collaboration, as far as the user may see that they do,
    by name. What a form offers, what a page lists per party."""
    visible = Participation.objects.visible_to(user).filter(collaboration=collaboration)
    return Organization.objects.filter(participations__in=visible).distinct().order_by("name")
