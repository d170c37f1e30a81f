"""Bodies, their members and their material (O6, L5, L6)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from actors.models import Organization, Person
from collaborations.models import Collaboration
from collaborations.parts.services import (
    cascade_visibility,
    inherit_visibility,
    participating_ids,
    require_party,
    require_representative,
)
from core.permissions import scope_for
from core.services import SYSTEM, create_object, delete_object, field_error, require, update_object
from organize.choices import BodyDocumentKind, ChairMode
from organize.models import (
    Body,
    BodyDocument,
    FollowUpDuty,
    Membership,
    sitting_in,
)
from organize.services.common import MANAGE


def _check_body(
    collaboration: Collaboration, data: dict[str, Any], body: Body | None = None, changed: set[str] | None = None
) -> None:
    """Checks the body's references; on a change, only the parties named by the changed fields (a party
    that has since left does not block an unrelated edit)."""

    def changing(*names: str) -> bool:
        return changed is None or bool(changed.intersection(names))

    parent = data.get("parent")
    if parent is not None:
        if parent.collaboration_id != collaboration.pk:
            raise field_error("parent", _("Organet hör till en annan samverkan."), code="other_collaboration")
        ancestor = parent
        while ancestor is not None:
            if body is not None and ancestor.pk == body.pk:
                raise field_error("parent", _("Ett organ kan inte ligga under sig självt."), code="cycle")
            ancestor = ancestor.parent
    if changing("convener"):
        require_party(collaboration, data.get("convener"), "convener")
    mode = data.get("chair_mode", ChairMode.FIXED)
    if mode == ChairMode.FIXED and changing("chair_organization", "chair_mode"):
        require_party(collaboration, data.get("chair_organization"), "chair_organization")
    if mode == ChairMode.ROTATING and changing("rotation_order", "chair_mode", "rotation_start", "rotation_months"):
        order = [int(pk) for pk in data.get("rotation_order") or []]
        if len(order) < 2:
            raise field_error("rotation_order", _("Ange minst två parter som turas om att vara ordförande."))
        if len(set(order)) != len(order):
            raise field_error("rotation_order", _("En part står två gånger i rotationsordningen."), code="duplicate")
        outside = set(order) - participating_ids(collaboration)
        if outside:
            names = ", ".join(Organization.objects.filter(pk__in=outside).values_list("name", flat=True)) or outside
            raise field_error(
                "rotation_order", _("%(names)s deltar inte i samverkan.") % {"names": names}, code="not_participant"
            )
        if data.get("rotation_start") is None:
            raise field_error("rotation_start", _("Ange när rotationen började."), code="required")
        if not data.get("rotation_months"):
            raise field_error(
                "rotation_months", _("Ange hur många månader varje ordförandeperiod är."), code="required"
            )
        data["rotation_order"] = order
    for text_list in ("decision_areas",):
        data[text_list] = [line.strip() for line in data.get(text_list) or [] if line and line.strip()]


@transaction.atomic
def create_body(collaboration: Collaboration, *, actor: Any, **data: Any) -> Body:
    require(actor, MANAGE, collaboration)
    data = dict(data)
    _check_body(collaboration, data)
    return create_object(
        Body,
        "organize.body.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_body(body: Body, *, actor: Any, **data: Any) -> Body:
    require(actor, MANAGE, body)
    fields = ("parent", "convener", "chair_mode", "chair_organization", "rotation_order", "rotation_start")
    merged = {name: getattr(body, name) for name in (*fields, "rotation_months", "decision_areas")} | data
    _check_body(body.collaboration, merged, body, changed=set(data))
    data.update({k: merged[k] for k in ("rotation_order", "decision_areas") if k in data})
    before = (body.visibility, sorted(body.shared_with.values_list("pk", flat=True)))
    update_object(body, "organize.body.updated", data, actor=actor)
    if before != (body.visibility, sorted(body.shared_with.values_list("pk", flat=True))):
        cascade_visibility(body, body.memberships.all(), actor=actor, action="organize.membership.updated")
        cascade_visibility(body, body.documents.all(), actor=actor, action="organize.body_document.updated")
    return body


@transaction.atomic
def delete_body(body: Body, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, body)
    if body.children.exists():
        raise field_error(
            "parent", _("Organet har underordnade organ; flytta eller ta bort dem först."), code="has_children"
        )
    for duty in FollowUpDuty.objects.filter(report_to=body):
        update_object(duty, "organize.follow_up_duty.updated", {"report_to": None}, actor=actor, reason=reason)
    for membership in body.memberships.all():
        delete_object(membership, "organize.membership.deleted", actor=actor, reason=reason)
    for document in body.documents.all():
        delete_object(document, "organize.body_document.deleted", actor=actor, reason=reason)
    delete_object(body, "organize.body.deleted", actor=actor, reason=reason)


def _check_membership(body: Body, organization: Organization | None, person: Person | None) -> None:
    require_party(body.collaboration, organization, "organization")
    require_representative(person, organization, "person")


@transaction.atomic
def add_membership(body: Body, person: Person, organization: Organization, *, actor: Any, **data: Any) -> Membership:
    require(actor, MANAGE, body)
    _check_membership(body, organization, person)
    return create_object(
        Membership,
        "organize.membership.created",
        inherit_visibility(data, body),
        actor=actor,
        collaboration_id=body.collaboration_id,
        body=body,
        person=person,
        organization=organization,
    )


@transaction.atomic
def update_membership(membership: Membership, *, actor: Any, **data: Any) -> Membership:
    require(actor, MANAGE, membership)
    data.pop("person", None)  # a seat is a person's; hand it over by ending it and adding another
    if "organization" in data:
        _check_membership(membership.body, data["organization"], membership.person)
    return update_object(membership, "organize.membership.updated", data, actor=actor)


@transaction.atomic
def remove_membership(membership: Membership, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, membership)
    delete_object(membership, "organize.membership.deleted", actor=actor, reason=reason)


def _check_body_document(body: Body, data: dict[str, Any], actor: Any) -> None:
    """Under secrecy only the persons sitting in the body add to its material, and it keeps no minutes."""
    if not body.is_secret:
        return
    if data.get("kind") == BodyDocumentKind.MINUTES:
        raise field_error(
            "kind",
            _("%(body)s arbetar under sekretess och för inga minnesanteckningar; välj ett annat slag av handling.")
            % {"body": body},
            code="secret_no_minutes",
        )
    person_id = scope_for(actor).person_id if actor is not SYSTEM else None
    if actor is not SYSTEM and (person_id is None or not sitting_in(person_id).filter(body_id=body.pk).exists()):
        message = _("%(body)s arbetar under sekretess; bara de som sitter i organet lägger till handlingar.")
        raise field_error("body", message % {"body": body}, code="secret")


@transaction.atomic
def add_body_document(body: Body, *, actor: Any, **data: Any) -> BodyDocument:
    require(actor, MANAGE, body)
    _check_body_document(body, data, actor)
    return create_object(
        BodyDocument,
        "organize.body_document.created",
        inherit_visibility(data, body),
        actor=actor,
        collaboration_id=body.collaboration_id,
        body=body,
    )


@transaction.atomic
def remove_body_document(document: BodyDocument, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, document)
    delete_object(document, "organize.body_document.deleted", actor=actor, reason=reason)
