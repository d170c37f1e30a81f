"""Reads of meetings (L1), each through the gateway: the bodies' next and last meetings, a meeting's
agenda, attendance and approvals as far as the user may see them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from core.permissions import VisiblePrefetch
from lead.choices import MeetingStatus
from lead.engine.quorum import Quorum, quorum_of
from lead.models import (
    AgendaDocument,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinutesApproval,
    MinutesCorrection,
)
from organize.models import AgreementVersion, Body
from steer.models import FollowUpRound, Goal, Indicator


@dataclass
class BodyRow:
    body: Any
    next_meeting: Any
    last_held: Any


def bodies_led(collaboration: Any, user: Any, on: datetime.date) -> list[BodyRow]:
    """Every body of the collaboration the user sees and that is not dissolved on the day, with its next
    meeting (not cancelled, on or after the day) and its last held meeting."""
    bodies = list(
        Body.objects.visible_to(user)
        .filter(Q(closed_on__isnull=True) | Q(closed_on__gte=on), collaboration=collaboration)
        .select_related("collaboration")
        .order_by("name", "pk")
    )
    meetings = Meeting.objects.visible_to(user).filter(collaboration=collaboration).select_related("collaboration")
    upcoming: dict[int, Any] = {}
    for meeting in meetings.filter(date__gte=on).exclude(status=MeetingStatus.CANCELLED).order_by("-date", "-pk"):
        upcoming[meeting.body_id] = meeting  # the earliest comes last
    held: dict[int, Any] = {}
    for meeting in meetings.filter(status=MeetingStatus.HELD).order_by("date", "pk"):
        held[meeting.body_id] = meeting  # the latest comes last
    return [BodyRow(body, upcoming.get(body.pk), held.get(body.pk)) for body in bodies]


def meetings_of(collaboration: Any, user: Any, body: int | None = None, year: int | None = None) -> Any:
    qs = (
        Meeting.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "body")
        .order_by("-date", "-start_time", "-pk")
    )
    if body is not None:
        qs = qs.filter(body_id=body)
    if year is not None:
        qs = qs.filter(date__year=year)
    return qs


def agenda(meeting: Meeting, user: Any) -> list[AgendaItem]:
    """The meeting's items in order, with their presenter, documents, linked objects, corrections and decisions."""
    return list(
        AgendaItem.objects.visible_to(user)
        .filter(meeting=meeting)
        .select_related("presenter", "collaboration", "carried_from")
        .prefetch_related(
            "shared_with",
            VisiblePrefetch("documents", user, queryset=AgendaDocument.objects.select_related("collaboration")),
            VisiblePrefetch("goals", user, queryset=Goal.objects.select_related("collaboration")),
            VisiblePrefetch("indicators", user, queryset=Indicator.objects.select_related("collaboration")),
            VisiblePrefetch("follow_up_rounds", user, queryset=FollowUpRound.objects.select_related("collaboration")),
            VisiblePrefetch(
                "agreement_versions",
                user,
                queryset=AgreementVersion.objects.select_related("collaboration", "agreement"),
            ),
            VisiblePrefetch("corrections", user, queryset=MinutesCorrection.objects.all()),
            VisiblePrefetch(
                "decisions", user, queryset=Decision.objects.select_related("collaboration").order_by("number")
            ),
        )
        .order_by("order", "pk")
    )


def attendance_of(meeting: Meeting, user: Any) -> list[Attendance]:
    return list(
        Attendance.objects.visible_to(user)
        .filter(meeting=meeting)
        .select_related("person", "organization", "substitute_for", "membership", "meeting__body")
    )


def approvals_of(meeting: Meeting, user: Any) -> list[MinutesApproval]:
    return list(MinutesApproval.objects.visible_to(user).filter(meeting=meeting).select_related("person"))


def quorum_at(meeting: Meeting, attendances: list[Attendance]) -> Quorum:
    return quorum_of(meeting.body.quorum, [(a.status, a.is_guest) for a in attendances])
