"""Invitations and attendance of a meeting (L1): named guests, removing a call, attendance per person
(present, absent, substitute for whom), the calls brought in line with the body's members after a move,
and the documents an agenda item needs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.services import create_object, delete_object, field_error, require, update_object
from core.uploads import validate_document
from lead.choices import AttendanceStatus
from lead.models import AgendaDocument, AgendaItem, Attendance, Meeting
from lead.services.common import KEEP_MEETING
from lead.services.meetings import members_on, update_meeting
from organize.choices import MemberPosition


def _require_open(meeting: Meeting, field: str = "meeting") -> None:
    if meeting.is_cancelled:
        raise field_error(field, _("Mötet är inställt."), code="cancelled")


@transaction.atomic
def invite_guest(meeting: Meeting, person: Any, *, actor: Any, guest_role: str = "", **data: Any) -> Attendance:
    """Call a named guest to the meeting (an expert, a substitute called in, a presenter), with the role
    they come in."""
    require(actor, KEEP_MEETING, meeting)
    _require_open(meeting)
    if meeting.attendances.filter(person=person).exists():
        raise field_error(
            "person", _("%(person)s är redan kallad till mötet.") % {"person": person}, code="already_called"
        )
    return create_object(
        Attendance,
        "lead.attendance.guest_invited",
        {"person": person, "guest_role": guest_role, "is_guest": True, **data},
        actor=actor,
        collaboration_id=meeting.collaboration_id,
        meeting=meeting,
    )


@transaction.atomic
def remove_call(attendance: Attendance, *, actor: Any, reason: str = "") -> None:
    """Take back a call (a guest who does not come, a member called by mistake)."""
    meeting = attendance.meeting
    require(actor, KEEP_MEETING, meeting)
    standing_in = meeting.attendances.filter(substitute_for_id=attendance.person_id).first()
    if standing_in is not None:
        raise field_error(
            "person",
            _("%(other)s är registrerad som ersättare för %(person)s; ändra det först.")
            % {"other": standing_in.person, "person": attendance.person},
            code="substituted",
        )
    if meeting.approvals.filter(person_id=attendance.person_id).exists():
        raise field_error(
            "person",
            _("%(person)s är justerare av protokollet; välj andra justerare först.") % {"person": attendance.person},
            code="approver",
        )
    delete_object(attendance, "lead.attendance.removed", actor=actor, reason=reason)


def _may_substitute(attendance: Attendance) -> bool:
    """A substitute sits in the body as ersättare, or is called as a guest."""
    if attendance.is_guest:
        return True
    membership = attendance.membership
    return membership is not None and membership.position == MemberPosition.SUBSTITUTE


@transaction.atomic
def record_attendance(meeting: Meeting, *, actor: Any, rows: Iterable[tuple[Attendance, str, Any]]) -> list[Attendance]:
    """Record who attended: for each person called, (their call, status, whom they stood in for). All
    or nothing: one wrong row refuses every row, naming the person."""
    require(actor, KEEP_MEETING, meeting)
    _require_open(meeting, "status")
    if meeting.date > timezone.localdate():
        raise field_error(
            "status",
            _("Mötet är planerat till %(day)s; närvaron kan registreras först på mötesdagen.")
            % {"day": meeting.date.isoformat()},
            code="in_the_future",
        )
    rows = list(rows)
    called = {a.person_id: a for a in meeting.attendances.select_related("person", "membership")}
    substituted: dict[int, Any] = {}
    for attendance, status, substitute_for in rows:
        if attendance.meeting_id != meeting.pk:
            raise field_error("person", _("%(person)s är inte kallad till mötet.") % {"person": attendance.person})
        if status not in AttendanceStatus.values:
            raise field_error("status", _("Okänd närvaro: %(status)s.") % {"status": status}, code="invalid")
        if status != AttendanceStatus.SUBSTITUTE:
            continue
        person = attendance.person
        if substitute_for is None:
            raise field_error(
                "substitute_for",
                _("Ange vem %(person)s var ersättare för.") % {"person": person},
                code="required",
            )
        if substitute_for.pk not in called or called[substitute_for.pk].is_guest:
            raise field_error(
                "substitute_for",
                _("%(person)s är inte kallad till mötet som ledamot; en ersättare går bara in för en kallad ledamot.")
                % {"person": substitute_for},
                code="not_called",
            )
        if substitute_for.pk == person.pk:
            raise field_error("substitute_for", _("En person kan inte vara ersättare för sig själv."), code="self")
        if not _may_substitute(called.get(person.pk, attendance)):
            raise field_error(
                "substitute_for",
                _("%(person)s sitter inte i organet som ersättare och är inte kallad som gäst.") % {"person": person},
                code="not_a_substitute",
            )
        if substitute_for.pk in substituted:
            raise field_error(
                "substitute_for",
                _("%(member)s har redan en ersättare: %(other)s.")
                % {"member": substitute_for, "other": substituted[substitute_for.pk]},
                code="twice",
            )
        substituted[substitute_for.pk] = person
    for member_id, substitute in substituted.items():
        member_row = next((status for a, status, _sub in rows if a.person_id == member_id), called[member_id].status)
        if member_row in (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE):
            raise field_error(
                "substitute_for",
                _("%(member)s var själv närvarande; %(other)s kan inte ha ersatt hen.")
                % {"member": called[member_id].person, "other": substitute},
                code="member_present",
            )
    saved = []
    for attendance, status, substitute_for in rows:
        data = {
            "status": status,
            "substitute_for": substitute_for if status == AttendanceStatus.SUBSTITUTE else None,
        }
        saved.append(update_object(attendance, "lead.attendance.recorded", data, actor=actor))
    return saved


def _sync(meeting: Meeting, *, actor: Any) -> None:
    day = meeting.date
    seats = members_on(meeting.body, day)
    seated = {m.person_id for m in seats}
    for attendance in meeting.attendances.filter(is_guest=False).select_related("person"):
        if attendance.person_id in seated:
            continue
        if attendance.status != AttendanceStatus.INVITED:
            continue  # attendance recorded: it stays as it was recorded
        if meeting.attendances.filter(substitute_for_id=attendance.person_id).exists():
            continue
        delete_object(attendance, "lead.attendance.removed", actor=actor, reason=_("Sitter inte i organet på dagen."))
    called = set(meeting.attendances.values_list("person_id", flat=True))
    for membership in seats:
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
def sync_calls(meeting: Meeting, *, actor: Any) -> Meeting:
    """Bring the calls in line with the body's members on the meeting's date: members on the day not yet
    called are called; members called who do not sit in the body that day, and whose attendance is not
    recorded, are no longer called. Guests stay."""
    require(actor, KEEP_MEETING, meeting)
    _sync(meeting, actor=actor)
    return meeting


@transaction.atomic
def move_meeting(meeting: Meeting, *, actor: Any, **data: Any) -> Meeting:
    """Change a meeting (`update_meeting`); moved to another date, its calls follow the members on the
    new date."""
    old_date = meeting.date
    meeting = update_meeting(meeting, actor=actor, **data)
    if meeting.date != old_date:
        _sync(meeting, actor=actor)
    return meeting


# Documents of an agenda item ----------------------------------------------------------------------


@transaction.atomic
def _refuse_after_approval(meeting: Meeting, field: str) -> None:
    """The documents of a meeting whose minutes are approved are part of its record: kept as they were."""
    if meeting.minutes_frozen:
        raise field_error(
            field,
            _("Protokollet justerades %(day)s; mötets handlingar hör till det och ändras inte i efterhand.")
            % {"day": meeting.minutes_approved_on.isoformat() if meeting.minutes_approved_on else ""},
            code="minutes_frozen",
        )


def add_agenda_document(item: AgendaItem, *, actor: Any, title: str, attachment: Any) -> AgendaDocument:
    """Attach a document an item needs (an office document within the size limit), until the minutes are
    approved."""
    require(actor, KEEP_MEETING, item.meeting)
    _require_open(item.meeting, "attachment")
    _refuse_after_approval(item.meeting, "attachment")
    if not attachment:
        raise field_error("attachment", _("Välj en fil."), code="required")
    try:
        validate_document(attachment)
    except ValidationError as exc:
        raise field_error("attachment", " ".join(exc.messages), code="invalid_file") from exc
    return create_object(
        AgendaDocument,
        "lead.agenda_document.created",
        {"title": title, "attachment": attachment},
        actor=actor,
        collaboration_id=item.collaboration_id,
        item=item,
    )


@transaction.atomic
def remove_agenda_document(document: AgendaDocument, *, actor: Any, reason: str = "") -> None:
    """Remove a document, until the minutes are approved; its file goes with it, once the removal is
    committed."""
    require(actor, KEEP_MEETING, document.item.meeting)
    _refuse_after_approval(document.item.meeting, "document")
    attachment = document.attachment
    delete_object(document, "lead.agenda_document.removed", actor=actor, reason=reason)
    if attachment:
        storage, name = attachment.storage, attachment.name
        transaction.on_commit(lambda: storage.delete(name))
