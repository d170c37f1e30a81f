"""Financing models and shares, external funding and resources (O5, S4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.models import Collaboration
from collaborations.parts.services import cascade_visibility, inherit_visibility, keep_visibility_unless, require_party
from core.services import create_object, delete_object, field_error, require, update_object
from organize.engine import CostSharingError
from organize.models import (
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    PayerGroup,
    ResourceCommitment,
)
from organize.queries import GroupSpec, ShareInput, ShareSpec, as_share, saved_shares
from organize.services.common import MANAGE


def _set_groups(model: FinancingModel, groups: list[GroupSpec], *, actor: Any) -> dict[str, PayerGroup]:
    current = {g.pk: g for g in model.groups.all()}
    by_name = {g.name: g for g in current.values()}
    kept: dict[str, PayerGroup] = {}
    for spec in groups:
        data = {
            "name": spec.name,
            "method": spec.method,
            "population_weight": spec.population_weight,
            "percent": spec.percent,
            "amount": spec.amount,
        }
        existing = current.get(spec.pk) if spec.pk is not None else by_name.get(spec.name)
        if existing is not None and existing not in kept.values():
            kept[spec.name] = update_object(existing, "organize.payer_group.updated", data, actor=actor)
        else:
            kept[spec.name] = create_object(
                PayerGroup,
                "organize.payer_group.created",
                data,
                actor=actor,
                collaboration_id=model.collaboration_id,
                financing=model,
            )
    return kept


def _set_shares(model: FinancingModel, shares: list[ShareSpec], groups: dict[str, PayerGroup], *, actor: Any) -> None:
    current = {s.organization_id: s for s in model.shares.all()}
    wanted = {spec.organization.pk: spec for spec in shares}
    for org_id, share in current.items():
        if org_id not in wanted:
            delete_object(share, "organize.financing_share.deleted", actor=actor)
    for org_id, spec in wanted.items():
        data: dict[str, Any] = {
            "percent": spec.percent,
            "amount": spec.amount,
            "paid_by": spec.paid_by,
            "group": groups.get(spec.group) if spec.group else None,
            **(spec.source or {}),
        }
        if org_id in current:
            update_object(current[org_id], "organize.financing_share.updated", data, actor=actor)
        else:
            create_object(
                FinancingShare,
                "organize.financing_share.created",
                inherit_visibility(data, model),
                actor=actor,
                collaboration_id=model.collaboration_id,
                financing=model,
                organization=spec.organization,
            )


def _remove_groups(model: FinancingModel, keep: dict[str, PayerGroup], *, actor: Any) -> None:
    kept = {g.pk for g in keep.values()}
    for group in model.groups.all():
        if group.pk not in kept:
            delete_object(group, "organize.payer_group.deleted", actor=actor)


def _normalized(shares: Sequence[ShareInput]) -> list[ShareSpec]:
    out = []
    for item in shares:
        spec = as_share(item)
        if spec.paid_by is not None and spec.paid_by.pk == spec.organization.pk:
            spec = replace(spec, paid_by=None)  # a party paying its own share is no other payer
        out.append(spec)
    return out


def _check_financing(
    model: FinancingModel, shares: list[ShareSpec], groups: list[GroupSpec], *, check_parties: bool = True
) -> None:
    """The shares name each party once, only parties (when they are being set), each a percentage or
    an amount, groups that exist and have members; and the engine can share the total with them."""
    from organize.queries import financing_computation

    collaboration = model.collaboration
    seen: set[int] = set()
    names = [g.name.strip() for g in groups]
    if any(not n for n in names):
        raise field_error("groups", _("Ge varje grupp ett namn."), code="required")
    if len(set(names)) != len(names):
        raise field_error("groups", _("Två grupper har samma namn."), code="duplicate")
    for spec in shares:
        org = spec.organization
        if org.pk in seen:
            raise field_error(
                "shares", _("%(org)s står två gånger bland de betalande.") % {"org": org}, code="duplicate"
            )
        seen.add(org.pk)
        if check_parties:
            require_party(collaboration, org, "shares")
            require_party(collaboration, spec.paid_by, "shares")
        if spec.percent is not None and spec.amount is not None:
            raise field_error(
                "shares",
                _("%(org)s: ange antingen en andel i procent eller ett belopp, inte båda.") % {"org": org},
                code="percent_or_amount",
            )
        if spec.group and spec.group not in names:
            raise field_error("shares", _("%(org)s: gruppen %(group)s finns inte.") % {"org": org, "group": spec.group})
    for name in names:
        if not any(spec.group == name for spec in shares):
            raise field_error("groups", _("Gruppen %(name)s har inga medlemmar.") % {"name": name}, code="empty")
    for g in groups:
        if g.percent is not None and g.amount is not None:
            raise field_error(
                "groups",
                _("%(name)s: ange antingen en andel i procent eller ett belopp, inte båda.") % {"name": g.name},
                code="percent_or_amount",
            )
    try:
        financing_computation(model, shares, groups)
    except CostSharingError as exc:
        raise field_error(exc.field, exc.message, code="cost_sharing") from exc


def _strip_names(groups: list[GroupSpec]) -> list[GroupSpec]:
    return [replace(g, name=g.name.strip()) for g in groups]


@transaction.atomic
def create_financing_model(
    collaboration: Collaboration,
    *,
    actor: Any,
    shares: Sequence[ShareInput],
    groups: list[GroupSpec] | None = None,
    **data: Any,
) -> FinancingModel:
    """A financing model with the parties that pay (and the groups that pay as one); refused unless the
    engine can share the total with them. Shares that do not add up are accepted: the model's page
    shows the shortfall or surplus in kronor."""
    require(actor, MANAGE, collaboration)
    specs, group_specs = _normalized(shares), _strip_names(groups or [])
    probe = FinancingModel(collaboration=collaboration, **{k: v for k, v in data.items() if k != "shared_with"})
    _check_financing(probe, specs, group_specs)
    model = create_object(
        FinancingModel,
        "organize.financing_model.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )
    _set_shares(model, specs, _set_groups(model, group_specs, actor=actor), actor=actor)
    return model


@transaction.atomic
def update_financing_model(
    model: FinancingModel,
    *,
    actor: Any,
    shares: Sequence[ShareInput] | None = None,
    groups: list[GroupSpec] | None = None,
    **data: Any,
) -> FinancingModel:
    require(actor, MANAGE, model)
    given = shares is not None
    saved, saved_groups = saved_shares(model)
    specs = _normalized(shares) if shares is not None else saved
    group_specs = _strip_names(groups) if groups is not None else saved_groups
    before = (model.visibility, sorted(model.shared_with.values_list("pk", flat=True)))
    update_object(model, "organize.financing_model.updated", data, actor=actor)
    _check_financing(model, specs, group_specs, check_parties=given)  # inside the transaction: a refusal rolls back
    kept = _set_groups(model, group_specs, actor=actor)
    _set_shares(model, specs, kept, actor=actor)
    _remove_groups(model, kept, actor=actor)
    if before != (model.visibility, sorted(model.shared_with.values_list("pk", flat=True))):
        cascade_visibility(model, model.shares.all(), actor=actor, action="organize.financing_share.updated")
    return model


@transaction.atomic
def delete_financing_model(model: FinancingModel, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, model)
    for share in model.shares.all():
        delete_object(share, "organize.financing_share.deleted", actor=actor, reason=reason)
    for group in model.groups.all():
        delete_object(group, "organize.payer_group.deleted", actor=actor, reason=reason)
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
