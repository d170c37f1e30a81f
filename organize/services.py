"""Writes to the formal basis of a collaboration: agreements and adoptions, responsibilities and
follow-up duties, bodies and members, financing and resources.

Each function runs in one transaction, re-checks the actor's permission inside it, validates the
domain rules (naming the field and the reason) and records the change in the history.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from actors.models import Organization, Person
from collaborations.models import Collaboration
from core.permissions import Visibility, scope_for
from core.services import SYSTEM, create_object, delete_object, field_error, require, update_object
from organize.choices import AdoptionStatus, AgreementKind, ChairMode, FinancingMethod
from organize.engine import CostSharingError
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
    Body,
    BodyDocument,
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    FollowUpDuty,
    Membership,
    ResourceCommitment,
    Responsibility,
)

MANAGE = "organize.manage"


def _participating_ids(collaboration: Collaboration) -> set[int]:
    return set(collaboration.participations.values_list("organization_id", flat=True))


def _visibility_for_managers(actor: Any, obj: Any, data: dict[str, Any]) -> dict[str, Any]:
    """A party's representative records facts about its own organization; who may see them is the
    coordinators' decision, so their visibility is left as it is (or inherited)."""
    if actor is not SYSTEM and not actor.has_perm(MANAGE, obj):
        data = {k: v for k, v in data.items() if k not in ("visibility", "shared_with")}
    return data


def _require_representative(person: Person | None, organization: Organization | None, field: str) -> None:
    """The person represents the organization (a seat or a duty is held for one's own organization)."""
    if person is None or organization is None:
        return
    if not person.representations.filter(organization=organization).exists():
        raise field_error(
            field,
            _("%(person)s företräder inte %(org)s; lägg först till att personen företräder organisationen.")
            % {"person": person, "org": organization},
            code="not_representative",
        )


def _require_party(collaboration: Collaboration, organization: Organization | None, field: str) -> None:
    """The organization takes part in the collaboration (or none is given)."""
    if organization is not None and organization.pk not in _participating_ids(collaboration):
        raise field_error(
            field,
            _("%(org)s deltar inte i %(collab)s; lägg först till organisationen som part.")
            % {"org": organization, "collab": collaboration},
            code="not_participant",
        )


def _inherit_visibility(data: dict[str, Any], parent: Any) -> dict[str, Any]:
    """A new object is as visible as what it belongs to, unless told otherwise."""
    data = dict(data)
    if "visibility" not in data:
        data["visibility"] = parent.visibility
        if parent.visibility == Visibility.NAMED and "shared_with" not in data:
            data["shared_with"] = list(parent.shared_with.all())
    return data


def _cascade_visibility(parent: Any, children, *, actor: Any, action: str) -> None:
    """When a parent's visibility changes, its parts follow (each change recorded)."""
    shared = list(parent.shared_with.all())
    for child in children:
        update_object(child, action, {"visibility": parent.visibility, "shared_with": shared}, actor=actor)


# Agreements ---------------------------------------------------------------------------------------


@transaction.atomic
def create_agreement(collaboration: Collaboration, *, actor: Any, **data: Any) -> Agreement:
    require(actor, MANAGE, collaboration)
    _check_agreement(collaboration, data)
    return create_object(
        Agreement,
        "organize.agreement.created",
        _inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


def _check_agreement(collaboration: Collaboration, data: dict[str, Any]) -> None:
    commissioned = data.get("commissioned_organization")
    _require_party(collaboration, commissioned, "commissioned_organization")
    if commissioned is not None and data.get("kind") != AgreementKind.COMMISSION:
        raise field_error(
            "commissioned_organization", _("Bara ett uppdragsavtal har en uppdragstagare."), code="not_commission"
        )


@transaction.atomic
def update_agreement(agreement: Agreement, *, actor: Any, **data: Any) -> Agreement:
    require(actor, MANAGE, agreement)
    merged = {"kind": agreement.kind, "commissioned_organization": agreement.commissioned_organization, **data}
    _check_agreement(agreement.collaboration, merged)
    before = (agreement.visibility, sorted(agreement.shared_with.values_list("pk", flat=True)))
    update_object(agreement, "organize.agreement.updated", data, actor=actor)
    after = (agreement.visibility, sorted(agreement.shared_with.values_list("pk", flat=True)))
    if before != after:
        versions = list(agreement.versions.all())
        _cascade_visibility(agreement, versions, actor=actor, action="organize.agreement_version.updated")
        adoptions = Adoption.objects.filter(version__agreement=agreement)
        _cascade_visibility(agreement, adoptions, actor=actor, action="organize.adoption.updated")
    return agreement


@transaction.atomic
def delete_agreement(agreement: Agreement, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, agreement)
    for adoption in Adoption.objects.filter(version__agreement=agreement):
        delete_object(adoption, "organize.adoption.deleted", actor=actor, reason=reason)
    for version in agreement.versions.all():
        delete_object(version, "organize.agreement_version.deleted", actor=actor, reason=reason)
    delete_object(agreement, "organize.agreement.deleted", actor=actor, reason=reason)


@transaction.atomic
def add_agreement_version(agreement: Agreement, *, actor: Any, **data: Any) -> AgreementVersion:
    """A new version of the agreement; it becomes the current one, which every party must adopt."""
    require(actor, MANAGE, agreement)
    number = (agreement.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    return create_object(
        AgreementVersion,
        "organize.agreement_version.created",
        _inherit_visibility(data, agreement),
        actor=actor,
        collaboration_id=agreement.collaboration_id,
        agreement=agreement,
        number=number,
    )


@transaction.atomic
def update_agreement_version(version: AgreementVersion, *, actor: Any, **data: Any) -> AgreementVersion:
    require(actor, MANAGE, version)
    data.pop("number", None)
    drafted_on = data.get("drafted_on", version.drafted_on)
    earliest = version.adoptions.filter(decision_date__isnull=False).order_by("decision_date").first()
    if earliest is not None and drafted_on is not None and drafted_on > earliest.decision_date:
        raise field_error(
            "drafted_on",
            _("%(org)s beslutade om versionen %(date)s; versionen kan inte vara upprättad senare.")
            % {"org": earliest.organization, "date": earliest.decision_date.isoformat()},
            code="after_decision",
        )
    before = (version.visibility, sorted(version.shared_with.values_list("pk", flat=True)))
    update_object(version, "organize.agreement_version.updated", data, actor=actor)
    if before != (version.visibility, sorted(version.shared_with.values_list("pk", flat=True))):
        _cascade_visibility(version, version.adoptions.all(), actor=actor, action="organize.adoption.updated")
    return version


@transaction.atomic
def record_adoption(version: AgreementVersion, organization: Organization, *, actor: Any, **data: Any) -> Adoption:
    """Record a party's decision on a version (adopted, pending or declined); replaces an earlier record."""
    existing = Adoption.objects.filter(version=version, organization=organization).first()
    probe = existing or Adoption(collaboration_id=version.collaboration_id, version=version, organization=organization)
    require(actor, "organize.record_adoption", probe)
    data = _visibility_for_managers(actor, version, data)
    _require_party(version.agreement.collaboration, organization, "organization")
    status = data.get("status", probe.status)
    decision_date = data.get("decision_date", probe.decision_date)
    if status == AdoptionStatus.ADOPTED:
        if decision_date is None:
            raise field_error("decision_date", _("Ange beslutsdatum för ett antagande."), code="required")
        if not data.get("decision_body", probe.decision_body):
            raise field_error("decision_body", _("Ange vilket organ som fattade beslutet."), code="required")
    if decision_date is not None and decision_date < version.drafted_on:
        raise field_error(
            "decision_date",
            _("Beslutsdatum %(date)s ligger före den dag versionen upprättades (%(drafted)s).")
            % {"date": decision_date.isoformat(), "drafted": version.drafted_on.isoformat()},
            code="before_version",
        )
    if existing is not None:
        return update_object(existing, "organize.adoption.updated", data, actor=actor)
    return create_object(
        Adoption,
        "organize.adoption.recorded",
        _inherit_visibility(data, version),
        actor=actor,
        collaboration_id=version.collaboration_id,
        version=version,
        organization=organization,
    )


# Responsibilities and follow-up ----------------------------------------------------------------


@transaction.atomic
def add_responsibility(
    collaboration: Collaboration, organization: Organization, *, actor: Any, **data: Any
) -> Responsibility:
    require(actor, MANAGE, collaboration)
    _require_party(collaboration, organization, "organization")
    return create_object(
        Responsibility,
        "organize.responsibility.created",
        _inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
        organization=organization,
    )


@transaction.atomic
def update_responsibility(responsibility: Responsibility, *, actor: Any, **data: Any) -> Responsibility:
    require(actor, MANAGE, responsibility)
    _require_party(responsibility.collaboration, data.get("organization"), "organization")
    return update_object(responsibility, "organize.responsibility.updated", data, actor=actor)


@transaction.atomic
def remove_responsibility(responsibility: Responsibility, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, responsibility)
    delete_object(responsibility, "organize.responsibility.deleted", actor=actor, reason=reason)


def _check_follow_up(collaboration: Collaboration, data: dict[str, Any]) -> None:
    _require_party(collaboration, data.get("responsible_organization"), "responsible_organization")
    person = data.get("responsible_person")
    if person is not None and data.get("responsible_organization") is None:
        raise field_error(
            "responsible_organization", _("Ange vilken part den ansvariga personen företräder."), code="required"
        )
    _require_representative(person, data.get("responsible_organization"), "responsible_person")
    body = data.get("report_to")
    if body is not None and body.collaboration_id != collaboration.pk:
        raise field_error("report_to", _("Organet hör till en annan samverkan."), code="other_collaboration")


@transaction.atomic
def add_follow_up_duty(collaboration: Collaboration, *, actor: Any, **data: Any) -> FollowUpDuty:
    require(actor, MANAGE, collaboration)
    _check_follow_up(collaboration, data)
    return create_object(
        FollowUpDuty,
        "organize.follow_up_duty.created",
        _inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_follow_up_duty(duty: FollowUpDuty, *, actor: Any, **data: Any) -> FollowUpDuty:
    require(actor, MANAGE, duty)
    merged = {
        "responsible_organization": duty.responsible_organization,
        "responsible_person": duty.responsible_person,
        "report_to": duty.report_to,
        **data,
    }
    _check_follow_up(duty.collaboration, merged)
    return update_object(duty, "organize.follow_up_duty.updated", data, actor=actor)


@transaction.atomic
def remove_follow_up_duty(duty: FollowUpDuty, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, duty)
    delete_object(duty, "organize.follow_up_duty.deleted", actor=actor, reason=reason)


# Bodies and members -----------------------------------------------------------------------------


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
        _require_party(collaboration, data.get("convener"), "convener")
    mode = data.get("chair_mode", ChairMode.FIXED)
    if mode == ChairMode.FIXED and changing("chair_organization", "chair_mode"):
        _require_party(collaboration, data.get("chair_organization"), "chair_organization")
    if mode == ChairMode.ROTATING and changing("rotation_order", "chair_mode", "rotation_start", "rotation_months"):
        order = [int(pk) for pk in data.get("rotation_order") or []]
        if len(order) < 2:
            raise field_error("rotation_order", _("Ange minst två parter som turas om att vara ordförande."))
        if len(set(order)) != len(order):
            raise field_error("rotation_order", _("En part står två gånger i rotationsordningen."), code="duplicate")
        outside = set(order) - _participating_ids(collaboration)
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
        _inherit_visibility(data, collaboration),
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
        _cascade_visibility(body, body.memberships.all(), actor=actor, action="organize.membership.updated")
        _cascade_visibility(body, body.documents.all(), actor=actor, action="organize.body_document.updated")
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
    _require_party(body.collaboration, organization, "organization")
    _require_representative(person, organization, "person")


@transaction.atomic
def add_membership(body: Body, person: Person, organization: Organization, *, actor: Any, **data: Any) -> Membership:
    require(actor, MANAGE, body)
    _check_membership(body, organization, person)
    return create_object(
        Membership,
        "organize.membership.created",
        _inherit_visibility(data, body),
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


@transaction.atomic
def add_body_document(body: Body, *, actor: Any, **data: Any) -> BodyDocument:
    require(actor, MANAGE, body)
    if body.is_secret and actor is not SYSTEM and not scope_for(actor).is_admin:
        sitting = body.memberships.filter(organization_id__in=scope_for(actor).organization_ids)
        if not sitting.exists():
            message = _("%(body)s arbetar under sekretess; bara de som sitter i organet lägger till handlingar.")
            raise field_error("body", message % {"body": body}, code="secret")
    return create_object(
        BodyDocument,
        "organize.body_document.created",
        _inherit_visibility(data, body),
        actor=actor,
        collaboration_id=body.collaboration_id,
        body=body,
    )


@transaction.atomic
def remove_body_document(document: BodyDocument, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, document)
    delete_object(document, "organize.body_document.deleted", actor=actor, reason=reason)


# Financing and resources ------------------------------------------------------------------------


def _set_shares(model: FinancingModel, shares: list[tuple[Organization, Decimal | None]], *, actor: Any) -> None:
    current = {s.organization_id: s for s in model.shares.all()}
    wanted = {org.pk: (org, percent) for org, percent in shares}
    for org_id, share in current.items():
        if org_id not in wanted:
            delete_object(share, "organize.financing_share.deleted", actor=actor)
    for org_id, (org, percent) in wanted.items():
        if org_id in current:
            update_object(current[org_id], "organize.financing_share.updated", {"percent": percent}, actor=actor)
        else:
            create_object(
                FinancingShare,
                "organize.financing_share.created",
                _inherit_visibility({"percent": percent}, model),
                actor=actor,
                collaboration_id=model.collaboration_id,
                financing=model,
                organization=org,
            )


def _check_financing(
    model: FinancingModel, shares: list[tuple[Organization, Decimal | None]], *, check_parties: bool = True
) -> None:
    """The shares name each party once, only parties (when they are being set), and the engine can
    share the total with them."""
    from organize.queries import financing_computation

    collaboration = model.collaboration
    seen: set[int] = set()
    for org, _percent in shares:
        if org.pk in seen:
            raise field_error(
                "shares", _("%(org)s står två gånger bland de betalande.") % {"org": org}, code="duplicate"
            )
        seen.add(org.pk)
        if check_parties:
            _require_party(collaboration, org, "shares")
    _require_party(collaboration, model.anchor_organization, "anchor_organization")
    if model.method == FinancingMethod.ANCHOR_THEN_POPULATION:
        if model.anchor_organization is None:
            raise field_error("anchor_organization", _("Ange vilken part som betalar en fast andel."), code="required")
        if model.anchor_organization.pk in {org.pk for org, _p in shares}:
            raise field_error(
                "shares", _("Parten med fast andel ska inte också stå bland dem som delar resten."), code="duplicate"
            )
    try:
        financing_computation(model, shares)
    except CostSharingError as exc:
        raise field_error(exc.field, exc.message, code="cost_sharing") from exc


@transaction.atomic
def create_financing_model(
    collaboration: Collaboration,
    *,
    actor: Any,
    shares: list[tuple[Organization, Decimal | None]],
    **data: Any,
) -> FinancingModel:
    """A financing model with the parties that pay; refused unless the engine can share the total."""
    require(actor, MANAGE, collaboration)
    probe = FinancingModel(collaboration=collaboration, **{k: v for k, v in data.items() if k != "shared_with"})
    _check_financing(probe, shares)
    model = create_object(
        FinancingModel,
        "organize.financing_model.created",
        _inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )
    _set_shares(model, shares, actor=actor)
    return model


@transaction.atomic
def update_financing_model(
    model: FinancingModel, *, actor: Any, shares: list[tuple[Organization, Decimal | None]] | None = None, **data: Any
) -> FinancingModel:
    require(actor, MANAGE, model)
    given = shares is not None
    if shares is None:
        shares = [(s.organization, s.percent) for s in model.shares.select_related("organization")]
    before = (model.visibility, sorted(model.shared_with.values_list("pk", flat=True)))
    update_object(model, "organize.financing_model.updated", data, actor=actor)
    _check_financing(model, shares, check_parties=given)  # inside the transaction: a refusal rolls back
    _set_shares(model, shares, actor=actor)
    if before != (model.visibility, sorted(model.shared_with.values_list("pk", flat=True))):
        _cascade_visibility(model, model.shares.all(), actor=actor, action="organize.financing_share.updated")
    return model


@transaction.atomic
def delete_financing_model(model: FinancingModel, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, model)
    for share in model.shares.all():
        delete_object(share, "organize.financing_share.deleted", actor=actor, reason=reason)
    delete_object(model, "organize.financing_model.deleted", actor=actor, reason=reason)


@transaction.atomic
def add_external_funding(collaboration: Collaboration, *, actor: Any, **data: Any) -> ExternalFunding:
    require(actor, MANAGE, collaboration)
    return create_object(
        ExternalFunding,
        "organize.external_funding.created",
        _inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


@transaction.atomic
def update_external_funding(funding: ExternalFunding, *, actor: Any, **data: Any) -> ExternalFunding:
    require(actor, MANAGE, funding)
    return update_object(funding, "organize.external_funding.updated", data, actor=actor)


@transaction.atomic
def remove_external_funding(funding: ExternalFunding, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, funding)
    delete_object(funding, "organize.external_funding.deleted", actor=actor, reason=reason)


@transaction.atomic
def set_resource_commitment(
    collaboration: Collaboration, organization: Organization, year: int, *, actor: Any, **data: Any
) -> ResourceCommitment:
    """What a party sets aside in a year (committed, and later the actual outcome)."""
    existing = ResourceCommitment.objects.filter(
        collaboration=collaboration, organization=organization, year=year
    ).first()
    probe = existing or ResourceCommitment(collaboration=collaboration, organization=organization, year=year)
    require(actor, "organize.report_resources", probe)
    data = _visibility_for_managers(actor, collaboration, data)
    _require_party(collaboration, organization, "organization")
    if existing is not None:
        return update_object(existing, "organize.resource_commitment.updated", data, actor=actor)
    return create_object(
        ResourceCommitment,
        "organize.resource_commitment.created",
        _inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
        organization=organization,
        year=year,
    )


@transaction.atomic
def remove_resource_commitment(commitment: ResourceCommitment, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, commitment)
    delete_object(commitment, "organize.resource_commitment.deleted", actor=actor, reason=reason)
