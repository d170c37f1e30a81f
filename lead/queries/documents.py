"""Reads of the kallelse and protokoll (L1): one meeting's document content as one reader may see it.

Everything is read through the gateway as that reader: an agenda item shared only with named
organizations is in the content only for a reader of one of them, and so are its documents and
decisions. Of a meeting of a body under secrecy the content holds only its date, the attendance and the
assignments followed up (such a body keeps no minutes); a reader who may not see the meeting gets none."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from core.permissions import VisiblePrefetch
from lead.engine.documents import (
    ApprovalContent,
    AssignmentContent,
    AttendeeContent,
    CorrectionContent,
    DecisionContent,
    ItemContent,
    Link,
    MeetingContent,
)
from lead.engine.quorum import quorum_of
from lead.models import (
    AgendaDocument,
    AgendaItem,
    Assignment,
    Attendance,
    Decision,
    Meeting,
    MeetingDocument,
    MinutesApproval,
    MinutesCorrection,
    Reservation,
)
from lead.queries.assignments import followed_up_at
from organize.models import AgreementVersion
from steer.models import FollowUpRound, Goal, Indicator


def absolute_url(obj: Any) -> str:
    """The object's address on the site, for a document read outside it ("" for a page not served)."""
    try:
        return f"{settings.SITE_URL}{obj.get_absolute_url()}"
    except NoReverseMatch:
        return ""


def meeting_url(meeting: Meeting) -> str:
    """The meeting's page on the site; its documents page where the meeting page is not served."""
    url = absolute_url(meeting)
    if url:
        return url
    return f"{settings.SITE_URL}{reverse('lead:meeting_documents', args=[meeting.collaboration.slug, meeting.pk])}"


def visible_meeting(meeting_id: int, user: Any) -> Meeting | None:
    """The meeting as `user` may see it, with what its documents are headed by."""
    return (
        Meeting.objects.visible_to(user)
        .select_related("collaboration", "body", "chair", "secretary")
        .filter(pk=meeting_id)
        .first()
    )


def _items(meeting: Meeting, user: Any) -> list[AgendaItem]:
    return list(
        AgendaItem.objects.visible_to(user)
        .filter(meeting=meeting)
        .select_related("presenter")
        .prefetch_related(
            VisiblePrefetch("documents", user, queryset=AgendaDocument.objects.select_related("collaboration")),
            VisiblePrefetch("goals", user, queryset=Goal.objects.select_related("collaboration")),
            VisiblePrefetch("indicators", user, queryset=Indicator.objects.select_related("collaboration")),
            VisiblePrefetch("follow_up_rounds", user, queryset=FollowUpRound.objects.select_related("collaboration")),
            VisiblePrefetch(
                "agreement_versions",
                user,
                queryset=AgreementVersion.objects.select_related("agreement__collaboration"),
            ),
            VisiblePrefetch(
                "decisions",
                user,
                queryset=Decision.objects.order_by("year", "number").prefetch_related(
                    VisiblePrefetch(
                        "reservations", user, queryset=Reservation.objects.select_related("organization", "person")
                    )
                ),
            ),
            VisiblePrefetch("corrections", user, queryset=MinutesCorrection.objects.order_by("corrected_at", "pk")),
        )
        .order_by("order", "pk")
    )


def _item_content(number: int, item: AgendaItem) -> ItemContent:
    links = [Link(d.title, absolute_url(d)) for d in item.documents.all()]
    for related in (item.goals, item.indicators, item.follow_up_rounds, item.agreement_versions):
        links += [Link(str(obj), absolute_url(obj)) for obj in related.all()]
    decisions = [
        DecisionContent(
            reference=d.reference,
            text=d.text,
            reservations=[
                _("Reservation av %(party)s%(person)s%(reason)s")
                % {
                    "party": r.organization.name,
                    "person": f" ({r.person})" if r.person else "",
                    "reason": f": {r.text}" if r.text else "",
                }
                for r in d.reservations.all()
            ],
        )
        for d in item.decisions.all()
    ]
    corrections = [
        CorrectionContent(c.before, c.after, c.reason, c.corrected_at.date(), c.corrected_by)
        for c in item.corrections.all()
    ]
    return ItemContent(
        number=number,
        title=item.title,
        kind=item.get_kind_display(),
        presenter=str(item.presenter) if item.presenter else "",
        description=item.description,
        documents=links,
        minutes=item.minutes,
        decisions=decisions,
        corrections=corrections,
    )


def _assignment_content(assignments: Any) -> list[AssignmentContent]:
    return [
        AssignmentContent(
            title=a.title,
            owner=str(a.owner_person),
            organization=a.owner_organization.name,
            due_date=a.due_date,
            status=a.get_status_display(),
            report=a.report,
        )
        for a in assignments
    ]


def meeting_content(meeting_id: int, kind: str, user: Any) -> MeetingContent | None:
    """The content of the meeting's kallelse (`kind` "kallelse") or protokoll ("protokoll") as `user` may
    see it; None when the user may not see the meeting."""
    meeting = visible_meeting(meeting_id, user)
    if meeting is None:
        return None
    body = meeting.body
    secret = body.is_secret
    heading = _("Kallelse till %(body)s") if kind == "kallelse" else _("Protokoll från %(body)s")
    attendances = list(
        Attendance.objects.visible_to(user)
        .filter(meeting=meeting)
        .select_related("person", "organization", "substitute_for")
    )
    quorum = quorum_of(body.quorum, [(a.status, a.is_guest) for a in attendances])
    content = MeetingContent(
        kind=kind,
        title=heading % {"body": body.name},
        collaboration=meeting.collaboration.name,
        body=body.name,
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        video_url=meeting.video_url,
        status=meeting.get_status_display(),
        is_secret=secret,
        is_cancelled=meeting.is_cancelled,
        url=meeting_url(meeting),
        attendees=[
            AttendeeContent(
                name=str(a.person),
                organization=a.organization.name if a.organization else "",
                status=a.get_status_display(),
                substitute_for=str(a.substitute_for) if a.substitute_for else "",
                guest_role=a.guest_role,
                is_guest=a.is_guest,
            )
            for a in attendances
        ],
        quorum_required=quorum.required,
        quorum_present=quorum.present,
        quorum_reached=quorum.reached,
        assignments_followed_up=_assignment_content(followed_up_at(meeting, user)),
    )
    if secret:  # only the date, the attendance and the assignments followed up
        return content
    content.chair = str(meeting.chair) if meeting.chair else ""
    content.secretary = str(meeting.secretary) if meeting.secretary else ""
    content.items = [_item_content(number, item) for number, item in enumerate(_items(meeting, user), start=1)]
    content.assignments_given = _assignment_content(
        Assignment.objects.visible_to(user)
        .filter(meeting=meeting)
        .select_related("owner_person", "owner_organization")
        .order_by("due_date", "pk")
    )
    content.approvals = [
        ApprovalContent(str(a.person), a.approved_on)
        for a in MinutesApproval.objects.visible_to(user).filter(meeting=meeting).select_related("person")
    ]
    content.minutes_approved_on = meeting.minutes_approved_on
    return content


def documents_of(meeting: Meeting, user: Any) -> Any:
    """The user's own rendered documents of the meeting (a MeetingDocument is its requester's alone)."""
    return (
        MeetingDocument.objects.visible_to(user)
        .filter(meeting=meeting)
        .select_related("progress", "collaboration")
        .order_by("-requested_at", "-pk")
    )
