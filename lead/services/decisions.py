"""Decisions (L2): taken by a body at an item of one of its held meetings, numbered in the collaboration's
register ("BRO-LG 2026:14", stable forever), changed (never their number), replaced, cancelled; and the
reservations of named parties. Everything is recorded.

A body cannot adopt the formal basis on behalf of the parties: adoption is each party's own decision
(O1), recorded per party under the agreement; a body may propose it."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.parts.services import (
    inherit_visibility,
    require_party,
    require_representative,
    require_same_collaboration,
)
from collaborations.parts.sources import SOURCE_FIELDS
from core.services import create_object, delete_object, field_error, require, update_object
from lead.choices import AgreementEffect, DecisionStatus
from lead.models import AgendaItem, Decision, Reservation
from lead.services.common import MANAGE
from organize.models import Body

# What update_decision may change; the number, the body, the meeting and the status are fixed or set by
# their own actions.
EDITABLE = (
    "text",
    "area",
    "goals",
    "agreement",
    "agreement_effect",
    "is_identical",
    "adoptions",
    "mandate_note",
    "visibility",
    "shared_with",
    *SOURCE_FIELDS,
)
FIXED = ("reference", "year", "number", "meeting", "item", "body", "collaboration")


def initials(name: str) -> str:
    """The first letter of each word, upper case ("Business Region Örebro" → "BRÖ")."""
    return "".join(word[0] for word in name.split() if word[:1].isalnum()).upper()


def abbreviation_of(obj: Any) -> str:
    """A collaboration's or body's abbreviation, else the initials of its name."""
    return (obj.abbreviation or "").strip() or initials(obj.name) or "X"


def search_text_of(reference: str, area: str, text: str) -> str:
    """What the register searches, casefolded in Python (å, ä and ö too), on every database alike."""
    return " ".join(part for part in (reference, area, text) if part).casefold()


def _check_links(collaboration_id: int, data: dict[str, Any]) -> None:
    require_same_collaboration(collaboration_id, data.get("goals") or [], "goals")
    require_same_collaboration(collaboration_id, [data.get("agreement")], "agreement")
    require_same_collaboration(collaboration_id, data.get("adoptions") or [], "adoptions")


def _check_agreement(data: dict[str, Any], current: Decision | None = None) -> None:
    agreement = data.get("agreement", current.agreement if current else None)
    effect = data.get("agreement_effect", current.agreement_effect if current else "")
    if effect == AgreementEffect.ADOPTS:
        raise field_error(
            "agreement_effect",
            _(
                "Ett organ kan inte anta avtalet för parternas räkning: att anta den formella grunden är varje "
                "parts eget beslut. Registrera varje parts antagande under avtalet; organet kan föreslå "
                "parterna att anta det."
            ),
            code="adoption_is_each_partys",
        )
    if effect and agreement is None:
        raise field_error(
            "agreement", _("Ange vilket avtal beslutet gäller, eller ta bort vad det gör med avtalet."), code="required"
        )
    if agreement is not None and not effect:
        data["agreement_effect"] = AgreementEffect.CONCERNS


def _reference(collaboration: Any, body: Body, year: int, number: int) -> str:
    reference = f"{abbreviation_of(collaboration)}-{abbreviation_of(body)} {year}:{number}"
    if Decision.objects.filter(collaboration=collaboration, reference=reference).exclude(body=body).exists():
        # another body of the collaboration goes by the same letters: this body's own id tells them apart
        reference = f"{abbreviation_of(collaboration)}-{abbreviation_of(body)}{body.pk} {year}:{number}"
    return reference


@transaction.atomic
def take_decision(item: AgendaItem, *, actor: Any, **data: Any) -> Decision:
    """Record a decision taken at `item` by the meeting's body; it gets the body's next number of the
    meeting's year."""
    meeting = item.meeting
    require(actor, MANAGE, meeting)
    if not meeting.is_held:
        raise field_error(
            "item",
            _(
                "Mötet %(meeting)s är inte genomfört (%(status)s); ett beslut fattas vid ett genomfört möte. "
                "Markera mötet som genomfört först."
            )
            % {"meeting": meeting, "status": meeting.get_status_display().lower()},
            code="meeting_not_held",
        )
    for name in FIXED + ("status", "replaced_by"):
        data.pop(name, None)
    _check_links(meeting.collaboration_id, data)
    _check_agreement(data)
    # One number at a time per body: the body's row is locked until the decision is saved.
    body = Body.objects.select_for_update().get(pk=meeting.body_id)
    collaboration = meeting.collaboration
    year = meeting.date.year
    last = Decision.objects.filter(body=body, year=year).aggregate(last=Max("number"))["last"]
    number = (last or 0) + 1
    reference = _reference(collaboration, body, year, number)
    data["search_text"] = search_text_of(reference, data.get("area", ""), data.get("text", ""))
    return create_object(
        Decision,
        "lead.decision.taken",
        inherit_visibility(data, item),
        actor=actor,
        collaboration_id=meeting.collaboration_id,
        meeting=meeting,
        item=item,
        body=body,
        year=year,
        number=number,
        reference=reference,
    )


@transaction.atomic
def update_decision(decision: Decision, *, actor: Any, **data: Any) -> Decision:
    """Change a decision's text, area, what it concerns, or the coordinator's note on why it stands. Its
    number never changes."""
    require(actor, MANAGE, decision)
    for name in FIXED:
        if name in data and data[name] != getattr(decision, name):
            raise field_error(
                name,
                _("Beslutets nummer, organ och möte ändras inte: %(reference)s står fast.")
                % {"reference": decision.reference},
                code="fixed",
            )
        data.pop(name, None)
    for name in ("status", "replaced_by"):
        if name in data and data[name] != getattr(decision, name):
            raise field_error(name, _("Ersätt eller upphäv beslutet med sina egna knappar."), code="status_by_action")
        data.pop(name, None)
    unknown = set(data) - set(EDITABLE)
    if unknown:
        name = sorted(unknown)[0]
        raise field_error(name, _("Fältet kan inte ändras här."), code="not_editable")
    _check_links(decision.collaboration_id, data)
    _check_agreement(data, decision)
    data["search_text"] = search_text_of(
        decision.reference, data.get("area", decision.area), data.get("text", decision.text)
    )
    return update_object(decision, "lead.decision.updated", data, actor=actor)


def _require_in_force(decision: Decision, field: str) -> None:
    if decision.status != DecisionStatus.IN_FORCE:
        raise field_error(
            field,
            _("Beslutet %(reference)s är redan %(status)s.")
            % {"reference": decision.reference, "status": decision.get_status_display().lower()},
            code="not_in_force",
        )


@transaction.atomic
def replace_decision(old: Decision, new: Decision, *, actor: Any, reason: str = "") -> Decision:
    """`new` replaces `old`: the old decision stays in the register, replaced, and points to the new."""
    require(actor, MANAGE, old)
    require(actor, MANAGE, new)
    if new.pk == old.pk:
        raise field_error("replaced_by", _("Ett beslut kan inte ersätta sig självt."), code="self")
    require_same_collaboration(old.collaboration_id, [new], "replaced_by")
    _require_in_force(old, "status")
    _require_in_force(new, "replaced_by")
    return update_object(
        old,
        "lead.decision.replaced",
        {"status": DecisionStatus.REPLACED, "replaced_by": new},
        actor=actor,
        reason=reason,
    )


@transaction.atomic
def cancel_decision(decision: Decision, *, actor: Any, reason: str) -> Decision:
    """Cancel (upphäva) a decision, with the reason; it stays in the register."""
    require(actor, MANAGE, decision)
    if not (reason or "").strip():
        raise field_error("reason", _("Ange skälet till att beslutet upphävs."), code="required")
    _require_in_force(decision, "status")
    return update_object(
        decision, "lead.decision.cancelled", {"status": DecisionStatus.CANCELLED}, actor=actor, reason=reason.strip()
    )


@transaction.atomic
def add_reservation(
    decision: Decision, *, actor: Any, organization: Organization, person: Any = None, text: str = ""
) -> Reservation:
    """A party reserves itself against the decision (dissent), optionally by a named person, with why."""
    require(actor, MANAGE, decision)
    require_party(decision.collaboration, organization, "organization")
    require_representative(person, organization, "person")
    if decision.reservations.filter(organization=organization).exists():
        raise field_error(
            "organization",
            _("%(org)s har redan reserverat sig mot %(reference)s.")
            % {"org": organization, "reference": decision.reference},
            code="already_reserved",
        )
    return create_object(
        Reservation,
        "lead.reservation.added",
        {"organization": organization, "person": person, "text": text},
        actor=actor,
        collaboration_id=decision.collaboration_id,
        decision=decision,
    )


@transaction.atomic
def remove_reservation(reservation: Reservation, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, reservation.decision)
    delete_object(reservation, "lead.reservation.removed", actor=actor, reason=reason)
