"""Minutes of a meeting (L1): minutes per item of a held meeting, the named approvers (justerare) and
their approval, and corrections after approval. Approved minutes are frozen: a later change is a
recorded correction (what stood, what stands, why), never a silent edit. A body under secrecy keeps no
minutes (L5)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.permissions import scope_for
from core.services import SYSTEM, create_object, delete_object, field_error, require, update_object
from lead.models import AgendaItem, Meeting, MinutesApproval, MinutesCorrection
from lead.services.common import APPROVE_MINUTES, KEEP_MEETING


def _refuse_secret(meeting: Meeting, field: str) -> None:
    if meeting.body.is_secret:
        raise field_error(
            field,
            _("%(body)s är under sekretess och för inga minnesanteckningar eller protokoll.") % {"body": meeting.body},
            code="secret_body",
        )


def _refuse_frozen(meeting: Meeting, field: str) -> None:
    if meeting.minutes_frozen:
        raise field_error(
            field,
            _("Protokollet justerades %(day)s och kan inte ändras i efterhand. Gör en rättelse, med skälet till den.")
            % {"day": meeting.minutes_approved_on.isoformat() if meeting.minutes_approved_on else ""},
            code="minutes_frozen",
        )


def _require_held(meeting: Meeting, field: str) -> None:
    if not meeting.is_held:
        raise field_error(
            field,
            _("Mötet %(meeting)s är inte genomfört; protokoll förs först när mötet har hållits.")
            % {"meeting": meeting},
            code="not_held",
        )


@transaction.atomic
def write_minutes(item: AgendaItem, *, actor: Any, minutes: str) -> AgendaItem:
    """Write the minutes of one item of a held meeting (not under secrecy, not once approved)."""
    meeting = item.meeting
    require(actor, KEEP_MEETING, meeting)
    if minutes == item.minutes:
        return item
    _refuse_secret(meeting, "minutes")
    _refuse_frozen(meeting, "minutes")
    _require_held(meeting, "minutes")
    return update_object(item, "lead.minutes.written", {"minutes": minutes}, actor=actor)


@transaction.atomic
def name_approvers(meeting: Meeting, *, actor: Any, persons: Iterable[Any]) -> list[MinutesApproval]:
    """Name who approves (justerar) the minutes: persons called to the meeting. The list replaces the
    one before; someone who has already approved stays."""
    require(actor, KEEP_MEETING, meeting)
    _refuse_secret(meeting, "persons")
    _refuse_frozen(meeting, "persons")
    if meeting.is_cancelled:
        raise field_error("persons", _("Mötet är inställt."), code="cancelled")
    persons = list(dict.fromkeys(persons))
    if not persons:
        raise field_error("persons", _("Ange minst en justerare."), code="required")
    called = set(meeting.attendances.values_list("person_id", flat=True))
    for person in persons:
        if person.pk not in called:
            raise field_error(
                "persons",
                _("%(person)s är inte kallad till mötet och kan inte justera protokollet.") % {"person": person},
                code="not_called",
            )
    wanted = {person.pk for person in persons}
    for approval in meeting.approvals.select_related("person"):
        if approval.person_id in wanted:
            continue
        if approval.approved_on is not None:
            raise field_error(
                "persons",
                _("%(person)s har redan justerat protokollet och kan inte strykas som justerare.")
                % {"person": approval.person},
                code="already_approved",
            )
        delete_object(approval, "lead.minutes_approval.removed", actor=actor)
    named = set(meeting.approvals.values_list("person_id", flat=True))
    for person in persons:
        if person.pk in named:
            continue
        create_object(
            MinutesApproval,
            "lead.minutes_approval.named",
            {"person": person},
            actor=actor,
            collaboration_id=meeting.collaboration_id,
            meeting=meeting,
        )
    return list(meeting.approvals.select_related("person"))


@transaction.atomic
def approve_minutes(approval: MinutesApproval, *, actor: Any, on: datetime.date | None = None) -> MinutesApproval:
    """The approver approves the minutes (by themselves; SYSTEM for a loader). When every named approver
    has approved, the minutes are approved on the last day and frozen."""
    meeting = approval.meeting
    if actor is not SYSTEM:
        require(actor, APPROVE_MINUTES, meeting)
        if scope_for(actor).person_id != approval.person_id:
            raise PermissionDenied(_("Bara %(person)s själv kan justera i sitt namn.") % {"person": approval.person})
    _refuse_secret(meeting, "approved_on")
    _require_held(meeting, "approved_on")
    if approval.approved_on is not None:
        raise field_error(
            "approved_on",
            _("%(person)s justerade protokollet redan %(day)s.")
            % {"person": approval.person, "day": approval.approved_on.isoformat()},
            code="already_approved",
        )
    day = on or timezone.localdate()
    if day < meeting.date:
        raise field_error("approved_on", _("Protokollet kan inte justeras före mötet."), code="before_meeting")
    approval = update_object(approval, "lead.minutes_approval.approved", {"approved_on": day}, actor=actor)
    if not meeting.approvals.filter(approved_on__isnull=True).exists():
        last = max(a.approved_on for a in meeting.approvals.all() if a.approved_on is not None)
        update_object(meeting, "lead.minutes.approved", {"minutes_approved_on": last}, actor=actor)
    return approval


def _corrector(actor: Any) -> str:
    if actor is SYSTEM or not hasattr(actor, "get_full_name"):
        return ""
    return str(actor.get_full_name() or actor.get_username())[:200]


@transaction.atomic
def correct_minutes(item: AgendaItem, *, actor: Any, after: str, reason: str) -> MinutesCorrection:
    """Correct an item's approved minutes: the correction records what stood, what stands and why."""
    meeting = item.meeting
    require(actor, KEEP_MEETING, meeting)
    _refuse_secret(meeting, "after")
    if not meeting.minutes_frozen:
        raise field_error(
            "after",
            _("Protokollet är inte justerat än; ändra anteckningen direkt i stället för att rätta den."),
            code="not_approved",
        )
    if not (reason or "").strip():
        raise field_error("reason", _("Ange skälet till rättelsen."), code="required")
    if after == item.minutes:
        raise field_error("after", _("Rättelsen ändrar ingenting i anteckningen."), code="unchanged")
    correction = create_object(
        MinutesCorrection,
        "lead.minutes.corrected",
        {"before": item.minutes, "after": after, "reason": reason},
        actor=actor,
        reason=reason,
        collaboration_id=item.collaboration_id,
        item=item,
        corrected_by=_corrector(actor),
    )
    update_object(item, "lead.minutes.corrected", {"minutes": after}, actor=actor, reason=reason)
    return correction
