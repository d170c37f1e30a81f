"""Agreements, their versions and each party's adoption (O1, O2, O7)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.models import Collaboration
from collaborations.parts.services import cascade_visibility, inherit_visibility, keep_visibility_unless, require_party
from core.services import create_object, delete_object, field_error, require, update_object
from organize.choices import AdoptionStatus, AgreementKind
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
)
from organize.services.common import MANAGE


@transaction.atomic
def create_agreement(collaboration: Collaboration, *, actor: Any, **data: Any) -> Agreement:
    require(actor, MANAGE, collaboration)
    _check_agreement(collaboration, data)
    return create_object(
        Agreement,
        "organize.agreement.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


def _check_agreement(collaboration: Collaboration, data: dict[str, Any]) -> None:
    commissioned = data.get("commissioned_organization")
    require_party(collaboration, commissioned, "commissioned_organization")
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
        cascade_visibility(agreement, versions, actor=actor, action="organize.agreement_version.updated")
        adoptions = Adoption.objects.filter(version__agreement=agreement)
        cascade_visibility(agreement, adoptions, actor=actor, action="organize.adoption.updated")
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
        inherit_visibility(data, agreement),
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
        cascade_visibility(version, version.adoptions.all(), actor=actor, action="organize.adoption.updated")
    return version


@transaction.atomic
def record_adoption(version: AgreementVersion, organization: Organization, *, actor: Any, **data: Any) -> Adoption:
    """Record a party's decision on a version (adopted, pending or declined); replaces an earlier record."""
    existing: Adoption | None = Adoption.objects.filter(version=version, organization=organization).first()
    probe = existing or Adoption(collaboration_id=version.collaboration_id, version=version, organization=organization)
    require(actor, "organize.record_adoption", probe)
    data = keep_visibility_unless(MANAGE, actor, version, data)
    require_party(version.agreement.collaboration, organization, "organization")
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
        inherit_visibility(data, version),
        actor=actor,
        collaboration_id=version.collaboration_id,
        version=version,
        organization=organization,
    )
