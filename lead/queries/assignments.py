"""Reads of assignments (L3)."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Q

from core.permissions import ScopedQuerySet
from lead.choices import OPEN_ASSIGNMENT
from lead.models import Assignment, Meeting


def followed_up_q(body_id: int, day: datetime.date) -> Q:
    """The assignments the meeting on `day` of body `body_id` follows up: every assignment of that body
    given before the day and still open on it. It appears at the body's next meeting and at every
    following one until it is done or cancelled, and on no other body's agenda."""
    return Q(body_id=body_id, given_on__lt=day) & (Q(status__in=OPEN_ASSIGNMENT) | Q(completed_on__gte=day))


def followed_up_at(meeting: Meeting, user: Any) -> ScopedQuerySet:
    """The assignments on the meeting's agenda under "Uppföljning av uppdrag", as far as the user may see."""
    return (
        Assignment.objects.visible_to(user)
        .filter(followed_up_q(meeting.body_id, meeting.date))
        .select_related("owner_person", "owner_organization")
        .order_by("due_date", "pk")
    )
