"""Financing models and shares, external funding and resources (O5, S4)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.models import Collaboration
from collaborations.parts.services import cascade_visibility, inherit_visibility, keep_visibility_unless, require_party
from core.services import create_object, delete_object, field_error, require, update_object
from organize.choices import FinancingMethod
from organize.engine import CostSharingError
from organize.models import (
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    ResourceCommitment,
)
from organize.services.common import MANAGE


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
                inherit_visibility({"percent": percent}, model),
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
            require_party(collaboration, org, "shares")
    require_party(collaboration, model.anchor_organization, "anchor_organization")
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
        inherit_visibility(data, collaboration),
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
        cascade_visibility(model, model.shares.all(), actor=actor, action="organize.financing_share.updated")
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
        inherit_visibility(data, collaboration),
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
    existing: ResourceCommitment | None = ResourceCommitment.objects.filter(
        collaboration=collaboration, organization=organization, year=year
    ).first()
    probe = existing or ResourceCommitment(collaboration=collaboration, organization=organization, year=year)
    require(actor, "organize.report_resources", probe)
    data = keep_visibility_unless(MANAGE, actor, collaboration, data)
    require_party(collaboration, organization, "organization")
    if existing is not None:
        return update_object(existing, "organize.resource_commitment.updated", data, actor=actor)
    return create_object(
        ResourceCommitment,
        "organize.resource_commitment.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
        organization=organization,
        year=year,
    )


@transaction.atomic
def remove_resource_commitment(commitment: ResourceCommitment, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, commitment)
    delete_object(commitment, "organize.resource_commitment.deleted", actor=actor, reason=reason)
