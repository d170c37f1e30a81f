"""Assignments (L3): given at a meeting, by a decision or directly by a body; owned by a person and the
organization the person represents; changed by the coordinators, reported on by the owner. Done or
cancelled closes an assignment (`completed_on`); reopening it clears that. A dissolved body gives none."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from collaborations.parts.services import (
    inherit_visibility,
    require_party,
    require_representative,
    require_same_collaboration,
)
from core.services import SYSTEM, create_object, field_error, require, update_object
from lead.choices import OPEN_ASSIGNMENT, AssignmentStatus
from lead.models import Assignment, Decision, Meeting
from lead.services.common import MANAGE, REPORT_ASSIGNMENT
from organize.models import Body

# What a coordinator changes with `update_assignment` (the status and report are the owner's report).
UPDATE_FIELDS = (
    "title",
    "description",
    "due_date",
    "goal",
    "owner_person",
    "owner_organization",
    "visibility",
    "shared_with",
)
CLOSED = (AssignmentStatus.DONE, AssignmentStatus.CANCELLED)


def _check_body_alive(body: Body, given_on: datetime.date) -> None:
    """A dissolved body gives no new assignments (nor one dated after it was dissolved)."""
    today = timezone.localdate()
    if body.closed_on is not None and (body.closed_on < today or body.closed_on < given_on):
        raise field_error(
            "body",
            _("%(body)s avvecklades %(closed)s och kan inte ge nya uppdrag.")
            % {"body": body, "closed": body.closed_on.isoformat()},
            code="body_closed",
        )


def _check_owner(assignment: Assignment, data: dict[str, Any]) -> None:
    """An owner person and an owner organization are both given; the person represents the organization
    and the organization takes part in the collaboration."""
    person = data["owner_person"] if "owner_person" in data else getattr(assignment, "owner_person", None)
    organization = (
        data["owner_organization"] if "owner_organization" in data else getattr(assignment, "owner_organization", None)
    )
    if person is None:
        raise field_error(
            "owner_person",
            _("Ange vem som ansvarar för uppdraget: ett uppdrag utan ansvarig person följs inte upp av någon."),
            code="required",
        )
    if organization is None:
        raise field_error(
            "owner_organization",
            _("Ange vilken organisation som ansvarar för uppdraget: den som personen företräder i samverkan."),
            code="required",
        )
    require_party(assignment.collaboration, organization, "owner_organization")
    require_representative(person, organization, "owner_person")


def _check_title(data: dict[str, Any], required: bool) -> None:
    if (required or "title" in data) and not str(data.get("title") or "").strip():
        raise field_error("title", _("Skriv vad uppdraget går ut på."), code="required")


def _check_due(given_on: datetime.date, data: dict[str, Any]) -> None:
    due = data.get("due_date")
    if due is not None and due < given_on:
        raise field_error(
            "due_date",
            _("Uppdraget gavs %(given)s och kan inte vara klart senast före det.") % {"given": given_on.isoformat()},
            code="before_given",
        )


def _source(source: Body | Meeting | Decision) -> tuple[Body, Meeting | None, Decision | None]:
    if isinstance(source, Decision):
        return source.body, source.meeting, source
    if isinstance(source, Meeting):
        return source.body, source, None
    return source, None, None


@transaction.atomic
def give_assignment(source: Body | Meeting | Decision, *, actor: Any, **data: Any) -> Assignment:
    """Give an assignment: at a meeting (given on the meeting's day, by its body), by a decision (at its
    meeting, by its body) or directly by a body (given on `given_on`, today unless said)."""
    require(actor, MANAGE, source)
    body, meeting, decision = _source(source)
    for name in ("body", "meeting", "decision", "status", "report", "completed_on", "collaboration"):
        data.pop(name, None)
    if meeting is not None:
        if meeting.is_cancelled:
            raise field_error(
                "meeting", _("Mötet %(meeting)s är inställt och ger inga uppdrag.") % {"meeting": meeting}, "cancelled"
            )
        data.pop("given_on", None)
        given_on = meeting.date
    else:
        given_on = data.pop("given_on", None) or timezone.localdate()
    _check_body_alive(body, given_on)
    probe = Assignment(collaboration=body.collaboration, body=body)
    _check_title(data, required=True)
    _check_owner(probe, data)
    _check_due(given_on, data)
    require_same_collaboration(body.collaboration_id, [data.get("goal")], "goal")
    return create_object(
        Assignment,
        "lead.assignment.given",
        inherit_visibility(data, decision or meeting or body),
        actor=actor,
        collaboration_id=body.collaboration_id,
        body=body,
        meeting=meeting,
        decision=decision,
        given_on=given_on,
    )


@transaction.atomic
def update_assignment(assignment: Assignment, *, actor: Any, **data: Any) -> Assignment:
    """Change what the assignment is, who owns it, when it is due and the goal it serves."""
    require(actor, MANAGE, assignment)
    unknown = sorted(set(data) - set(UPDATE_FIELDS) - {"collaboration"})
    if "status" in unknown or "report" in unknown:
        raise field_error(
            "status", _("Status och återrapport ändras med ”Återrapportera”, av den ansvarige."), "status_by_report"
        )
    if unknown:
        raise field_error(unknown[0], _("Fältet kan inte ändras på ett givet uppdrag."), code="read_only")
    data.pop("collaboration", None)
    _check_title(data, required=False)
    if "owner_person" in data or "owner_organization" in data:
        _check_owner(assignment, data)
    _check_due(assignment.given_on, data)
    require_same_collaboration(assignment.collaboration_id, [data.get("goal")], "goal")
    return update_object(assignment, "lead.assignment.updated", data, actor=actor)


def _closing(assignment: Assignment, status: str, on: datetime.date | None = None) -> dict[str, Any]:
    """Done or cancelled closes the assignment on the day reported (`on`, a day that has come, not before it
    was given; today unless said; kept if it was closed already); reopening clears it."""
    if status not in CLOSED:
        return {"completed_on": None}
    if on is None:
        return {"completed_on": assignment.completed_on if assignment.status in CLOSED else timezone.localdate()}
    if on > timezone.localdate():
        raise field_error("completed_on", _("Ett uppdrag kan inte ha avslutats i framtiden."), code="in_the_future")
    if on < assignment.given_on:
        raise field_error(
            "completed_on",
            _("Uppdraget gavs %(given)s och kan inte ha avslutats före det.")
            % {"given": assignment.given_on.isoformat()},
            code="before_given",
        )
    return {"completed_on": on}


@transaction.atomic
def report_assignment(
    assignment: Assignment,
    *,
    actor: Any,
    status: str | None = None,
    report: str | None = None,
    completed_on: datetime.date | None = None,
) -> Assignment:
    """The owner (or a coordinator) reports: the status and, when done, what was done (and on which day,
    when that was before today)."""
    require(actor, REPORT_ASSIGNMENT, assignment)
    status = status or assignment.status
    if status not in AssignmentStatus.values:
        raise field_error("status", _("Okänd status: %(status)s.") % {"status": status}, code="invalid")
    cancelling = status == AssignmentStatus.CANCELLED and status != assignment.status
    if cancelling and actor is not SYSTEM and not actor.has_perm(MANAGE, assignment):
        raise field_error(
            "status",
            _("Bara samverkans samordnare kan avbryta ett uppdrag; det gavs av %(body)s.") % {"body": assignment.body},
            code="cancel_by_coordinator",
        )
    text = assignment.report if report is None else report
    if status == AssignmentStatus.DONE and not str(text).strip():
        raise field_error(
            "report", _("Skriv en återrapport: vad blev gjort? Den läses när organet följer upp uppdraget."), "required"
        )
    data: dict[str, Any] = {"status": status, "report": text, **_closing(assignment, status, completed_on)}
    action = "lead.assignment.reported"
    if status == AssignmentStatus.DONE and assignment.status != AssignmentStatus.DONE:
        action = "lead.assignment.done"
    elif status in OPEN_ASSIGNMENT and assignment.status in CLOSED:
        action = "lead.assignment.reopened"
    return update_object(assignment, action, data, actor=actor)


@transaction.atomic
def cancel_assignment(assignment: Assignment, *, actor: Any, reason: str = "") -> Assignment:
    """Cancel an open assignment (it is no longer followed up); the reason is kept in its history."""
    require(actor, MANAGE, assignment)
    if assignment.status == AssignmentStatus.DONE:
        raise field_error("status", _("Uppdraget är redan klart och kan inte avbrytas."), code="already_done")
    if assignment.status == AssignmentStatus.CANCELLED:
        raise field_error("status", _("Uppdraget är redan avbrutet."), code="already_cancelled")
    data = {"status": AssignmentStatus.CANCELLED, **_closing(assignment, AssignmentStatus.CANCELLED)}
    return update_object(assignment, "lead.assignment.cancelled", data, actor=actor, reason=reason)
