"""Handover (L6): when a person leaves an organization or a body, or a new politician arrives after an
election, one action moves everything the person held in the chosen collaborations to a successor.

What moves, in each chosen collaboration (with `organization`: only what the person held for it):

* each role in the collaboration (`collaborations.CollaborationRole`) held on the day: the leaver's ends
  the day before, the successor's starts on the day (a role that starts on or after the day changes
  holder; a successor who already holds that kind of role keeps theirs);
* each seat in a body (`organize.Membership`) held on the day: the leaver's ends the day before, one for
  the successor opens on the day, in the same body, for the same organization, in the same position;
* each open assignment the person owns (`lead.Assignment.owner_person`);
* each follow-up duty naming the person (`organize.FollowUpDuty.responsible_person`). A responsibility
  of the matrix (`organize.Responsibility`) names a party and no person, so it has nothing to move;
* the chair and the secretary of the meetings planned from the day on, the person's call to them
  (`lead.Attendance`, not as a guest), and their unapproved minutes approvals (`lead.MinutesApproval`).

History: the handover is ONE record, `lead.handover.done` on the `Handover`, whose `moved` lists every
object moved (its model, id, what changed, the successor's new object). The moved objects are written
past `core.services.update_object` — validated and saved one by one (`save_validated`: full_clean, save),
but not recorded each on its own: a handover of a coordinator moves dozens of objects, and the
collaboration's history should say "handed over" once, not dozens of unconnected edits. Each save sends
Django's signals, so every change counter (`core.generations`, docs/adding-a-model.md point 11) moves
with it and nothing cached shows the old holder; nothing is written with `QuerySet.update` or
`bulk_*`. The receipt page reads each moved object back through the gateway.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from actors.models import Organization, Person
from collaborations.models import Collaboration, CollaborationRole
from core.history import record_change, snapshot
from core.services import SYSTEM, field_error, require, save_validated
from lead.choices import OPEN_ASSIGNMENT, MeetingStatus
from lead.models import Assignment, Attendance, Handover, Meeting, MinutesApproval
from lead.services.common import MANAGE
from organize.models import FollowUpDuty, Membership

# What a receipt entry says happened to the object.
ENDED_AND_OPENED = "ended_and_opened"  # the leaver's ended the day before; the successor's opens
ENDED = "ended"  # the leaver's ended; the successor already held one
REASSIGNED = "reassigned"  # the person field now names the successor
REMOVED = "removed"  # the leaver's call or approval removed: the successor already had one


def _label(obj: models.Model) -> str:
    return obj._meta.label_lower


def _entry(obj: models.Model, change: str, field: str, successor: models.Model | None = None) -> dict[str, Any]:
    return {
        "model": _label(obj),
        "id": obj.pk,
        "collaboration": getattr(obj, "collaboration_id", None),
        "change": change,
        "field": field,
        "successor_id": successor.pk if successor is not None else None,
    }


def _copy(obj: models.Model, **changes: Any) -> models.Model:
    """A new object like `obj` (same fields, same visibility and sharing) with `changes`."""
    values = {
        f.attname: getattr(obj, f.attname)
        for f in obj._meta.concrete_fields
        if not f.primary_key and f.name not in ("created_at",)
    }
    new = type(obj)(**values)
    for name, value in changes.items():
        setattr(new, name, value)
    shared = list(obj.shared_with.all()) if hasattr(obj, "shared_with") else []
    save_validated(new, {"shared_with": shared} if hasattr(obj, "shared_with") else None)
    return new


def _held_on(day: datetime.date) -> Q:
    """Held on the day or later: not ended before it."""
    return Q(end_date__isnull=True) | Q(end_date__gte=day)


def _end_and_open(obj: Any, to_person: Person, day: datetime.date, field: str = "person") -> dict[str, Any]:
    """End the leaver's period the day before `day` and open the successor's from `day`; a period that
    starts on or after the day changes holder instead."""
    if obj.start_date is not None and obj.start_date >= day:
        setattr(obj, field, to_person)
        save_validated(obj)
        return _entry(obj, REASSIGNED, field)
    end_date = obj.end_date
    obj.end_date = day - datetime.timedelta(days=1)
    save_validated(obj)
    successor = _copy(obj, **{field: to_person, "start_date": day, "end_date": end_date})
    return _entry(obj, ENDED_AND_OPENED, field, successor)


def _represents(person: Person, day: datetime.date) -> set[int]:
    return set(
        person.representations.filter(Q(start_date__isnull=True) | Q(start_date__lte=day), _held_on(day)).values_list(
            "organization_id", flat=True
        )
    )


def _check_successor(
    from_person: Person,
    to_person: Person,
    organizations: Iterable[int],
    *,
    day: datetime.date,
    successor_outside: bool,
) -> None:
    if to_person.pk == from_person.pk:
        raise field_error("to_person", _("Efterträdaren kan inte vara samma person som lämnar."), code="same_person")
    if successor_outside:
        return
    missing = sorted(set(organizations) - _represents(to_person, day))
    if missing:
        names = ", ".join(Organization.objects.filter(pk__in=missing).order_by("name").values_list("name", flat=True))
        raise field_error(
            "successor_outside",
            _(
                "%(person)s företräder inte %(organizations)s, som uppdragen hålls för. Ange att efterträdaren "
                "kommer från en annan organisation om det är så det är beslutat."
            )
            % {"person": to_person, "organizations": names},
            code="successor_outside",
        )


def _require_coordinator_of_all(actor: Any, collaborations: list[Collaboration]) -> None:
    if actor is SYSTEM:
        return
    if actor is None:
        require(actor, MANAGE)  # refuses: no one is given
    refused = [c for c in collaborations if not actor.has_perm(MANAGE, c)]
    if refused:
        raise PermissionDenied(
            _("Bara den som samordnar varje vald samverkan kan lämna över uppdragen. Du samordnar inte: %(names)s.")
            % {"names": ", ".join(c.name for c in refused)}
        )


@transaction.atomic
def hand_over(
    from_person: Person,
    to_person: Person,
    *,
    collaborations: Iterable[Collaboration],
    effective_on: datetime.date,
    organization: Organization | None = None,
    successor_outside: bool = False,
    reason: str = "",
    actor: Any,
) -> Handover:
    """Move every role, seat, open assignment, follow-up duty and meeting duty `from_person` holds in
    `collaborations` to `to_person` from `effective_on`, and record it once (see the module). All or
    nothing: a refusal moves nothing."""
    chosen = list(collaborations)
    if not chosen:
        raise field_error("collaborations", _("Välj minst en samverkan vars uppdrag ska lämnas över."), "required")
    _require_coordinator_of_all(actor, chosen)
    if effective_on is None:
        raise field_error("effective_on", _("Ange från vilken dag efterträdaren tar över."), code="required")
    ids = [c.pk for c in chosen]
    day = effective_on
    for_org = Q() if organization is None else Q(organization=organization)

    roles = list(
        CollaborationRole.objects.filter(
            _held_on(day),
            Q() if organization is None else Q(organization=organization) | Q(organization__isnull=True),
            collaboration_id__in=ids,
            person=from_person,
        ).order_by("pk")
    )
    seats = list(
        Membership.objects.filter(_held_on(day), for_org, collaboration_id__in=ids, person=from_person).order_by("pk")
    )
    assignments = list(
        Assignment.objects.filter(
            Q() if organization is None else Q(owner_organization=organization),
            collaboration_id__in=ids,
            owner_person=from_person,
            status__in=OPEN_ASSIGNMENT,
        ).order_by("pk")
    )
    duties = list(
        FollowUpDuty.objects.filter(
            Q()
            if organization is None
            else Q(responsible_organization=organization) | Q(responsible_organization__isnull=True),
            collaboration_id__in=ids,
            responsible_person=from_person,
        ).order_by("pk")
    )
    future = Meeting.objects.filter(collaboration_id__in=ids, date__gte=day, status=MeetingStatus.PLANNED)
    chaired = list(future.filter(Q(chair=from_person) | Q(secretary=from_person)).order_by("pk"))
    calls = list(
        Attendance.objects.filter(
            meeting__in=future,
            person=from_person,
            is_guest=False,
            **({} if organization is None else {"organization": organization}),
        ).order_by("pk")
    )
    approvals = list(
        MinutesApproval.objects.filter(
            meeting__collaboration_id__in=ids, person=from_person, approved_on__isnull=True
        ).order_by("pk")
    )

    organizations = {o for o in [organization.pk if organization else None] if o}
    organizations |= {r.organization_id for r in roles if r.organization_id}
    organizations |= {s.organization_id for s in seats}
    organizations |= {a.owner_organization_id for a in assignments}
    organizations |= {d.responsible_organization_id for d in duties if d.responsible_organization_id}
    _check_successor(from_person, to_person, organizations, day=day, successor_outside=successor_outside)

    moved: list[dict[str, Any]] = []
    for role in roles:
        already = CollaborationRole.objects.filter(
            _held_on(day), collaboration_id=role.collaboration_id, person=to_person, kind=role.kind
        ).exists()
        if already and (role.start_date is None or role.start_date < day):
            role.end_date = day - datetime.timedelta(days=1)
            save_validated(role)
            moved.append(_entry(role, ENDED, "person"))
        elif already:
            moved.append(_entry(role, REMOVED, "person"))
            role.delete()
        elif CollaborationRole.objects.filter(
            collaboration_id=role.collaboration_id, person=to_person, kind=role.kind
        ).exists():
            # The successor held this kind of role once (it has ended); it opens again from the day.
            earlier = CollaborationRole.objects.get(
                collaboration_id=role.collaboration_id, person=to_person, kind=role.kind
            )
            end_date = role.end_date
            role.end_date = day - datetime.timedelta(days=1)
            save_validated(role)
            earlier.start_date, earlier.end_date = day, end_date
            save_validated(earlier)
            moved.append(_entry(role, ENDED_AND_OPENED, "person", earlier))
        else:
            moved.append(_end_and_open(role, to_person, day))
    opened: dict[int, Membership] = {}
    for seat in seats:
        entry = _end_and_open(seat, to_person, day)
        moved.append(entry)
        successor_seat = Membership.objects.get(pk=entry["successor_id"] or seat.pk)
        opened[seat.pk] = successor_seat
    for assignment in assignments:
        assignment.owner_person = to_person
        save_validated(assignment)
        moved.append(_entry(assignment, REASSIGNED, "owner_person"))
    for duty in duties:
        duty.responsible_person = to_person
        save_validated(duty)
        moved.append(_entry(duty, REASSIGNED, "responsible_person"))
    for meeting in chaired:
        fields = [name for name in ("chair", "secretary") if getattr(meeting, f"{name}_id") == from_person.pk]
        for name in fields:
            setattr(meeting, name, to_person)
        meeting.sequence += 1  # what a calendar shows (the organizer) changed
        save_validated(meeting)
        moved.extend(_entry(meeting, REASSIGNED, name) for name in fields)
    for call in calls:
        if Attendance.objects.filter(meeting_id=call.meeting_id, person=to_person).exists():
            moved.append(_entry(call, REMOVED, "person"))
            call.delete()
            continue
        call.person = to_person
        if call.membership_id in opened:
            call.membership = opened[call.membership_id]
        save_validated(call)
        moved.append(_entry(call, REASSIGNED, "person"))
    for approval in approvals:
        if MinutesApproval.objects.filter(meeting_id=approval.meeting_id, person=to_person).exists():
            moved.append(_entry(approval, REMOVED, "person"))
            approval.delete()
            continue
        approval.person = to_person
        save_validated(approval)
        moved.append(_entry(approval, REASSIGNED, "person"))

    handover = Handover(
        from_person=from_person,
        to_person=to_person,
        organization=organization,
        successor_outside=successor_outside,
        effective_on=day,
        reason=reason,
        moved=moved,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    save_validated(handover, {"collaborations": chosen})
    record_change(handover, "lead.handover.done", actor=actor, after=snapshot(handover), reason=reason)
    return handover
