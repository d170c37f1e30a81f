"""Bodies, their members and their material (O6, L5, L6)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from actors import services as actor_services
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
    ChairRule,
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
    if data.get("closed_on") is None and data.get("closing_reason"):
        raise field_error("closed_on", _("Ange när organet avvecklades."), code="required")
    for text_list in ("decision_areas",):
        data[text_list] = [line.strip() for line in data.get(text_list) or [] if line and line.strip()]


def _check_chair_rules(collaboration: Collaboration, rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The versions of a rotating chair's rule, each complete and naming only parties of the
    collaboration, in the order they took effect."""
    cleaned: dict[Any, dict[str, Any]] = {}
    parties = participating_ids(collaboration)
    for rule in rules:
        valid_from = rule.get("valid_from")
        if valid_from is None:
            raise field_error("chair_rules", _("Ange från vilket datum regeln gäller."), code="required")
        label = _("Regeln från %(day)s") % {"day": valid_from.isoformat()}
        if valid_from in cleaned:
            raise field_error("chair_rules", _("%(rule)s står två gånger.") % {"rule": label}, code="duplicate_version")
        order = [int(pk) for pk in rule.get("order") or []]
        if len(order) < 2:
            raise field_error(
                "chair_rules", _("%(rule)s: ange minst två parter som turas om att vara ordförande.") % {"rule": label}
            )
        if len(set(order)) != len(order):
            raise field_error(
                "chair_rules",
                _("%(rule)s: en part står två gånger i turordningen.") % {"rule": label},
                code="duplicate",
            )
        outside = set(order) - parties
        if outside:
            names = ", ".join(Organization.objects.filter(pk__in=outside).values_list("name", flat=True)) or outside
            raise field_error(
                "chair_rules",
                _("%(rule)s: %(names)s deltar inte i samverkan.") % {"rule": label, "names": names},
                code="not_participant",
            )
        if not rule.get("period_months"):
            raise field_error(
                "chair_rules",
                _("%(rule)s: ange hur många månader varje ordförandeperiod är.") % {"rule": label},
                code="required",
            )
        cleaned[valid_from] = {
            "valid_from": valid_from,
            "order": order,
            "period_months": rule["period_months"],
            "note": rule.get("note") or "",
        }
    return [cleaned[day] for day in sorted(cleaned)]


def _set_chair_rules(body: Body, rules: list[dict[str, Any]], *, actor: Any) -> None:
    """Make the body's rule versions exactly `rules` (matched by the day they take effect), each
    change recorded."""
    current = {rule.valid_from: rule for rule in body.chair_rules.all()}
    wanted = {rule["valid_from"]: rule for rule in rules}
    for day, rule in current.items():
        if day not in wanted:
            delete_object(rule, "organize.chair_rule.deleted", actor=actor)
    for day, data in wanted.items():
        if day in current:
            values = {k: v for k, v in data.items() if getattr(current[day], k) != v}
            if values:
                update_object(current[day], "organize.chair_rule.updated", values, actor=actor)
        else:
            create_object(
                ChairRule,
                "organize.chair_rule.created",
                data,
                actor=actor,
                collaboration_id=body.collaboration_id,
                body=body,
            )


def _require_rule(body: Body) -> None:
    if body.chair_mode == ChairMode.ROTATING and not body.chair_rules.exists():
        raise field_error(
            "chair_rules",
            _("Ett roterande ordförandeskap behöver en regel: turordningen, periodens längd och från när den gäller."),
            code="required",
        )


@transaction.atomic
def create_body(
    collaboration: Collaboration, *, actor: Any, chair_rules: list[dict[str, Any]] | None = None, **data: Any
) -> Body:
    """A body; a rotating chair's rule is given as its versions (`chair_rules`)."""
    require(actor, MANAGE, collaboration)
    data = dict(data)
    _check_body(collaboration, data)
    rules = _check_chair_rules(collaboration, chair_rules or [])
    body = create_object(
        Body,
        "organize.body.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )
    _set_chair_rules(body, rules, actor=actor)
    _require_rule(body)
    return body


@transaction.atomic
def update_body(body: Body, *, actor: Any, chair_rules: list[dict[str, Any]] | None = None, **data: Any) -> Body:
    """Change a body; `chair_rules`, when given, are all the versions of its rotating chair's rule."""
    require(actor, MANAGE, body)
    fields = ("parent", "convener", "chair_mode", "chair_organization", "decision_areas", "closed_on", "closing_reason")
    merged = {name: getattr(body, name) for name in fields} | data
    _check_body(body.collaboration, merged, body, changed=set(data))
    data.update({k: merged[k] for k in ("decision_areas",) if k in data})
    before = (body.visibility, sorted(body.shared_with.values_list("pk", flat=True)))
    update_object(body, "organize.body.updated", data, actor=actor)
    if chair_rules is not None:
        _set_chair_rules(body, _check_chair_rules(body.collaboration, chair_rules), actor=actor)
    _require_rule(body)
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
    for rule in body.chair_rules.all():
        delete_object(rule, "organize.chair_rule.deleted", actor=actor, reason=reason)
    for document in body.documents.all():
        delete_object(document, "organize.body_document.deleted", actor=actor, reason=reason)
    delete_object(body, "organize.body.deleted", actor=actor, reason=reason)


def _check_membership(
    body: Body,
    organization: Organization | None,
    person: Person | None,
    data: dict[str, Any],
    membership: Membership | None = None,
) -> None:
    """A seat is held for an organization the person represents. The organization need not be a party:
    experts, guests, a union or a university department sit in a body without becoming parties. One
    person sits for one organization in a body at a time, unless the reason for a second seat is stated."""
    require_representative(person, organization, "person")
    if person is None or organization is None or data.get("second_seat_reason"):
        return
    start, end = data.get("start_date"), data.get("end_date")
    others = Membership.objects.filter(body=body, person=person).exclude(organization=organization)
    if membership is not None:
        others = others.exclude(pk=membership.pk)
    if end is not None:
        others = others.filter(Q(start_date__isnull=True) | Q(start_date__lte=end))
    if start is not None:
        others = others.filter(Q(end_date__isnull=True) | Q(end_date__gte=start))
    other = others.select_related("organization").first()
    if other is not None:
        raise field_error(
            "second_seat_reason",
            _(
                "%(person)s sitter redan i %(body)s för %(org)s under samma tid. En person sitter för en "
                "organisation åt gången; ange skälet om det är beslutat att personen har två platser."
            )
            % {"person": person, "body": body, "org": other.organization},
            code="second_seat",
        )


@transaction.atomic
def add_membership(body: Body, person: Person, organization: Organization, *, actor: Any, **data: Any) -> Membership:
    require(actor, MANAGE, body)
    _check_membership(body, organization, person, data)
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


# A new person's fields, as a form names them beside the person chosen from the register.
NEW_PERSON_PREFIX = "new_person_"


@transaction.atomic
def add_new_person_as_member(
    body: Body, organization: Organization | None, *, new_person: dict[str, Any], actor: Any, **data: Any
) -> Membership:
    """A seat for a person not yet in the register: the person is created as a representative of
    `organization` (`actors.services.create_person_representing`) and seated, in one transaction. A refusal
    saves nothing and names its field (the person's with `NEW_PERSON_PREFIX`)."""
    require(actor, MANAGE, body)
    if organization is None:
        raise field_error("organization", _("Välj organisationen personen sitter för."), code="required")
    for name, message in (
        ("first_name", _("Skriv personens förnamn.")),
        ("last_name", _("Skriv personens efternamn.")),
    ):
        if not (new_person.get(name) or "").strip():
            raise field_error(NEW_PERSON_PREFIX + name, message, code="required")
    try:
        person = actor_services.create_person_representing(organization, actor=actor, **new_person)
    except ValidationError as exc:
        if not hasattr(exc, "error_dict"):
            raise
        raise ValidationError({NEW_PERSON_PREFIX + name: errors for name, errors in exc.error_dict.items()}) from exc
    return add_membership(body, person, organization, actor=actor, **data)


@transaction.atomic
def update_membership(membership: Membership, *, actor: Any, **data: Any) -> Membership:
    require(actor, MANAGE, membership)
    data.pop("person", None)  # a seat is a person's; hand it over by ending it and adding another
    fields = ("organization", "start_date", "end_date", "second_seat_reason")
    merged = {name: getattr(membership, name) for name in fields} | data
    if set(data) & set(fields):
        _check_membership(membership.body, merged["organization"], membership.person, merged, membership)
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
