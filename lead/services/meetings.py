"""Meetings and their agenda (L1): plan one meeting or a series from the body's rhythm, move, cancel
and hold them; keep the agenda. Everything is recorded; a meeting's calendar revision (SEQUENCE) rises
with every change a calendar shows."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from collaborations.parts.services import inherit_visibility, require_same_collaboration
from core.services import create_object, delete_object, field_error, require, update_object
from lead.choices import MeetingStatus
from lead.models import AgendaItem, Attendance, Meeting
from lead.services.common import KEEP_MEETING, MANAGE
from organize.models import Body, Membership

CALENDAR_FIELDS = ("date", "start_time", "end_time", "place", "video_url", "status")


def _check_body_open(body: Body, day: datetime.date | None, field: str = "date") -> None:
    """A meeting is held by a body that exists on its day (not before it was set up, not after it was
    dissolved)."""
    if day is None:
        return
    if body.closed_on is not None and body.closed_on < day:
        raise field_error(
            field,
            _("%(body)s avvecklades %(closed)s och kan inte ha möten efter det.")
            % {"body": body, "closed": body.closed_on.isoformat()},
            code="body_closed",
        )
    if body.established_on is not None and day < body.established_on:
        raise field_error(
            field,
            _("%(body)s inrättades %(established)s; ett möte kan inte ligga före det.")
            % {"body": body, "established": body.established_on.isoformat()},
            code="body_not_established",
        )


def members_on(body: Body, day: datetime.date) -> list[Membership]:
    """The body's seats on the day (for the services: all of them, not only the ones some user may see)."""
    return list(
        Membership.objects.filter(body=body)
        .exclude(start_date__gt=day)
        .exclude(end_date__lt=day)
        .select_related("person", "organization")
    )


def _invite_members(meeting: Meeting, *, actor: Any) -> None:
    """Call the body's members on the meeting's date, each for the organization of their seat (one call
    per person: a person with two seats is called once, for the first)."""
    called = set(meeting.attendances.values_list("person_id", flat=True))
    for membership in members_on(meeting.body, meeting.date):
        if membership.person_id in called:
            continue
        called.add(membership.person_id)
        create_object(
            Attendance,
            "lead.attendance.invited",
            {"person": membership.person, "organization": membership.organization},
            actor=actor,
            collaboration_id=meeting.collaboration_id,
            meeting=meeting,
            membership=membership,
        )


@transaction.atomic
def create_meeting(body: Body, *, actor: Any, **data: Any) -> Meeting:
    """Plan a meeting of `body`; its members on the day are called."""
    require(actor, MANAGE, body)
    _check_body_open(body, data.get("date"))
    meeting = create_object(
        Meeting,
        "lead.meeting.created",
        inherit_visibility(data, body),
        actor=actor,
        collaboration_id=body.collaboration_id,
        body=body,
    )
    _invite_members(meeting, actor=actor)
    return meeting


def rhythm_dates(first: datetime.date, *, rhythm: str, count: int, per_year: int | None = None) -> list[datetime.date]:
    """The dates of a series: monthly or quarterly on the same day of the month as the first (the last
    day of a shorter month), or `per_year` times a year at even intervals."""
    if count < 1 or count > 120:
        raise field_error("count", _("Planera mellan 1 och 120 möten åt gången."), code="count_out_of_range")
    if rhythm == "per_year":
        if not per_year or not 1 <= per_year <= 52:
            raise field_error("per_year", _("Ange hur många möten per år, mellan 1 och 52."), code="required")
        step_days = 365 / per_year
        return [first + datetime.timedelta(days=round(i * step_days)) for i in range(count)]
    months = {"monthly": 1, "quarterly": 3}.get(rhythm)
    if months is None:
        raise field_error("rhythm", _("Okänd mötesrytm: %(rhythm)s.") % {"rhythm": rhythm}, code="invalid")
    dates = []
    for i in range(count):
        month_index = first.month - 1 + i * months
        year, month = first.year + month_index // 12, month_index % 12 + 1
        day = first.day
        while True:
            try:
                dates.append(datetime.date(year, month, day))
                break
            except ValueError:
                day -= 1
    return dates


@transaction.atomic
def plan_meetings(
    body: Body,
    *,
    actor: Any,
    first: datetime.date,
    rhythm: str,
    count: int,
    per_year: int | None = None,
    **data: Any,
) -> list[Meeting]:
    """Plan a series of meetings from the body's rhythm; each can then be moved one by one. All or none:
    a date in the series outside the body's life refuses the whole series."""
    require(actor, MANAGE, body)
    dates = rhythm_dates(first, rhythm=rhythm, count=count, per_year=per_year)
    for day in dates:
        _check_body_open(body, day, "first")
    series = uuid.uuid4()
    meetings = []
    for day in dates:
        meeting = create_object(
            Meeting,
            "lead.meeting.created",
            inherit_visibility({**data, "date": day}, body),
            actor=actor,
            collaboration_id=body.collaboration_id,
            body=body,
            series=series,
        )
        _invite_members(meeting, actor=actor)
        meetings.append(meeting)
    return meetings


@transaction.atomic
def update_meeting(meeting: Meeting, *, actor: Any, **data: Any) -> Meeting:
    """Change a meeting (move it, change its place …); a change a calendar shows raises its SEQUENCE."""
    require(actor, KEEP_MEETING, meeting)
    data.pop("body", None)
    if "status" in data and data["status"] != meeting.status:
        raise field_error("status", _("Ställ in eller genomför mötet med sina egna knappar."), code="status_by_action")
    _check_body_open(meeting.body, data.get("date", meeting.date))
    if any(name in data and data[name] != getattr(meeting, name) for name in CALENDAR_FIELDS):
        data["sequence"] = meeting.sequence + 1
    return update_object(meeting, "lead.meeting.updated", data, actor=actor)


@transaction.atomic
def cancel_meeting(meeting: Meeting, *, actor: Any, reason: str = "") -> Meeting:
    require(actor, MANAGE, meeting)
    if meeting.is_held:
        raise field_error("status", _("Mötet är redan genomfört och kan inte ställas in."), code="already_held")
    return update_object(
        meeting,
        "lead.meeting.cancelled",
        {"status": MeetingStatus.CANCELLED, "cancelled_reason": reason, "sequence": meeting.sequence + 1},
        actor=actor,
        reason=reason,
    )


@transaction.atomic
def hold_meeting(meeting: Meeting, *, actor: Any) -> Meeting:
    """Mark the meeting held (on or after its day)."""
    require(actor, KEEP_MEETING, meeting)
    if meeting.is_cancelled:
        raise field_error("status", _("Mötet är inställt och kan inte ha genomförts."), code="cancelled")
    if meeting.date > timezone.localdate():
        raise field_error(
            "status",
            _("Mötet är planerat till %(day)s och kan inte markeras som genomfört i förväg.")
            % {"day": meeting.date.isoformat()},
            code="in_the_future",
        )
    return update_object(
        meeting, "lead.meeting.held", {"status": MeetingStatus.HELD, "sequence": meeting.sequence + 1}, actor=actor
    )


@transaction.atomic
def delete_meeting(meeting: Meeting, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, meeting)
    if meeting.decisions.exists() or meeting.assignments.exists():
        raise field_error(
            "meeting",
            _("Mötet har beslut eller uppdrag och kan inte tas bort; ställ in det i stället."),
            code="has_decisions",
        )
    delete_object(meeting, "lead.meeting.deleted", actor=actor, reason=reason)


# The agenda ---------------------------------------------------------------------------------------


def _check_item_links(meeting: Meeting, data: dict[str, Any]) -> None:
    for name in ("goals", "indicators", "follow_up_rounds", "agreement_versions"):
        require_same_collaboration(meeting.collaboration_id, data.get(name) or [], name)


def _check_minutes(meeting: Meeting, item: AgendaItem | None, data: dict[str, Any]) -> None:
    if data.get("minutes") and meeting.body.is_secret:
        raise field_error(
            "minutes",
            _("%(body)s är under sekretess och för inga minnesanteckningar eller protokoll.") % {"body": meeting.body},
            code="secret_body",
        )
    if item is not None and meeting.minutes_frozen and "minutes" in data and data["minutes"] != item.minutes:
        raise field_error(
            "minutes",
            _("Protokollet justerades %(day)s och kan inte ändras i efterhand. Gör en rättelse, med skälet till den.")
            % {"day": meeting.minutes_approved_on.isoformat() if meeting.minutes_approved_on else ""},
            code="minutes_frozen",
        )


@transaction.atomic
def add_agenda_item(meeting: Meeting, *, actor: Any, **data: Any) -> AgendaItem:
    """Add an item at the end of the agenda (or at `order`)."""
    require(actor, KEEP_MEETING, meeting)
    if meeting.is_cancelled:
        raise field_error("meeting", _("Mötet är inställt."), code="cancelled")
    _check_item_links(meeting, data)
    _check_minutes(meeting, None, data)
    if "order" not in data:
        last = meeting.items.aggregate(last=Max("order"))["last"]
        data["order"] = 1 if last is None else last + 1
    return create_object(
        AgendaItem,
        "lead.agenda_item.created",
        inherit_visibility(data, meeting),
        actor=actor,
        collaboration_id=meeting.collaboration_id,
        meeting=meeting,
    )


@transaction.atomic
def update_agenda_item(item: AgendaItem, *, actor: Any, **data: Any) -> AgendaItem:
    require(actor, KEEP_MEETING, item.meeting)
    if "meeting" in data and data["meeting"] != item.meeting:
        raise field_error(
            "meeting", _("Flytta punkten till ett annat möte med ”Flytta till nästa möte”."), code="move_by_action"
        )
    _check_item_links(item.meeting, data)
    _check_minutes(item.meeting, item, data)
    return update_object(item, "lead.agenda_item.updated", data, actor=actor)


@transaction.atomic
def remove_agenda_item(item: AgendaItem, *, actor: Any, reason: str = "") -> None:
    require(actor, KEEP_MEETING, item.meeting)
    if item.decisions.exists():
        raise field_error("item", _("Punkten har beslut och kan inte tas bort."), code="has_decisions")
    delete_object(item, "lead.agenda_item.removed", actor=actor, reason=reason)


def next_meeting_of(meeting: Meeting) -> Meeting | None:
    """The body's next meeting after this one that is not cancelled (for the services)."""
    return (
        Meeting.objects.filter(body_id=meeting.body_id, date__gt=meeting.date)
        .exclude(status=MeetingStatus.CANCELLED)
        .order_by("date", "start_time", "pk")
        .first()
    )


@transaction.atomic
def carry_over_item(item: AgendaItem, *, actor: Any, to: Meeting | None = None) -> AgendaItem:
    """Carry an item over to a later meeting of the same body (the next one unless `to` is given): a new
    item there, linked to this one."""
    meeting = item.meeting
    require(actor, KEEP_MEETING, meeting)
    target = to or next_meeting_of(meeting)
    if target is None:
        raise field_error(
            "to",
            _("%(body)s har inget senare möte planerat; planera nästa möte först.") % {"body": meeting.body},
            code="no_next_meeting",
        )
    if target.collaboration_id != meeting.collaboration_id:
        raise field_error(
            "to", _("Mötet %(target)s hör till en annan samverkan.") % {"target": target}, code="other_collaboration"
        )
    if target.body_id != meeting.body_id:
        raise field_error(
            "to",
            _("Punkten kan bara flyttas till ett senare möte i %(body)s.") % {"body": meeting.body},
            code="other_body",
        )
    if target.date <= meeting.date or target.is_cancelled:
        raise field_error("to", _("Välj ett senare möte som inte är inställt."), code="not_later")
    require(actor, KEEP_MEETING, target)
    data = {
        "title": item.title,
        "kind": item.kind,
        "presenter": item.presenter,
        "description": item.description,
        "visibility": item.visibility,
        "shared_with": list(item.shared_with.all()),
        "goals": list(item.goals.all()),
        "indicators": list(item.indicators.all()),
        "follow_up_rounds": list(item.follow_up_rounds.all()),
        "agreement_versions": list(item.agreement_versions.all()),
    }
    last = target.items.aggregate(last=Max("order"))["last"]
    return create_object(
        AgendaItem,
        "lead.agenda_item.carried_over",
        {**data, "order": 1 if last is None else last + 1},
        actor=actor,
        collaboration_id=target.collaboration_id,
        meeting=target,
        carried_from=item,
    )
