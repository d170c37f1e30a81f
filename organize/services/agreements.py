"""Agreements, their versions and each party's adoption (O1, O2, O7).

Adoption is each party's own decision: it is taken by the party's own decision-maker (never by a
body of the collaboration on the members' behalf), by a party of the agreement, and not before the
organization became a party.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Organization
from collaborations.models import Collaboration, Participation
from collaborations.parts.services import cascade_visibility, inherit_visibility, keep_visibility_unless, require_party
from core.services import create_object, delete_object, field_error, require, update_object
from organize import validity
from organize.choices import AdoptionStatus, AgreementKind
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
    Body,
)
from organize.services.common import MANAGE


@transaction.atomic
def create_agreement(collaboration: Collaboration, *, actor: Any, **data: Any) -> Agreement:
    require(actor, MANAGE, collaboration)
    _check_party_scope(data, [])
    _check_agreement(collaboration, data)
    return create_object(
        Agreement,
        "organize.agreement.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
    )


def _check_party_scope(data: dict[str, Any], named: list[Organization]) -> None:
    """Who must adopt, said explicitly (`all_parties`, taken out of `data`): every party of the
    collaboration (the agreement names none; given alone, it clears the parties named before), or the
    parties it names, at least one. Not said: the parties named decide (none named: all parties)."""
    all_parties = data.pop("all_parties", None)
    if all_parties is None:
        return
    if all_parties and "parties" not in data:
        data["parties"] = []  # switched to all parties: the parties named before are no longer named
    parties = list(data["parties"]) if "parties" in data and data["parties"] is not None else named
    if all_parties and parties:
        raise field_error(
            "parties",
            _(
                "Avtalet ska antas av alla parter; kryssa då inte i några avtalsparter, eller välj att bara "
                "de namngivna avtalsparterna ska anta det."
            ),
            code="all_and_named",
        )
    if not all_parties and not parties:
        raise field_error(
            "parties",
            _("Kryssa i vilka avtalsparter som ska anta avtalet, eller välj att alla parter ska anta det."),
            code="no_parties",
        )


def _check_agreement(collaboration: Collaboration, data: dict[str, Any]) -> None:
    commissioned = data.get("commissioned_organization")
    require_party(collaboration, commissioned, "commissioned_organization")
    for party in data.get("parties") or []:
        require_party(collaboration, party, "parties")
    if commissioned is not None and data.get("kind") != AgreementKind.COMMISSION:
        raise field_error(
            "commissioned_organization", _("Bara ett uppdragsavtal har en uppdragstagare."), code="not_commission"
        )


@transaction.atomic
def update_agreement(agreement: Agreement, *, actor: Any, **data: Any) -> Agreement:
    require(actor, MANAGE, agreement)
    _check_party_scope(data, list(agreement.parties.all()))
    merged = {"kind": agreement.kind, "commissioned_organization": agreement.commissioned_organization, **data}
    merged.setdefault("parties", [])  # the parties already named were checked when they were named
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
    _check_validity(data)
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


def _check_validity(data: dict[str, Any]) -> None:
    """A version begins on a date or on the last adoption, and ends on a date or runs until further notice."""
    if data.get("valid_from") and data.get("in_force_on_adoption"):
        raise field_error(
            "in_force_on_adoption",
            _(
                "Ange antingen ett datum då versionen börjar gälla eller att den gäller från sista antagandet, "
                "inte båda."
            ),
            code="two_starts",
        )
    if data.get("valid_until") and data.get("until_further_notice"):
        raise field_error(
            "until_further_notice",
            _("Ange antingen ett slutdatum eller att versionen gäller tills vidare, inte båda."),
            code="two_ends",
        )


@transaction.atomic
def update_agreement_version(version: AgreementVersion, *, actor: Any, **data: Any) -> AgreementVersion:
    require(actor, MANAGE, version)
    data.pop("number", None)
    fields = ("valid_from", "in_force_on_adoption", "valid_until", "until_further_notice")
    _check_validity({**{name: getattr(version, name) for name in fields}, **data})
    drafted_on = data.get("drafted_on", version.drafted_on)
    earliest = version.adoptions.filter(decision_date__isnull=False).order_by("decision_date").first()
    if (
        earliest is not None
        and earliest.decision_date
        and drafted_on is not None
        and drafted_on > earliest.decision_date
    ):
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
    """Record a party's decision on a version (adopted, pending, declined or unknown); replaces, and so
    corrects, an earlier record. An adoption's body and date may be unknown."""
    existing: Adoption | None = Adoption.objects.filter(version=version, organization=organization).first()
    probe = existing or Adoption(collaboration_id=version.collaboration_id, version=version, organization=organization)
    require(actor, "organize.record_adoption", probe)
    data = keep_visibility_unless(MANAGE, actor, version, data)
    require_party(version.agreement.collaboration, organization, "organization")
    _check_adopter(version, organization)
    _check_decision_body(version.agreement.collaboration, data.get("decision_body_name", probe.decision_body_name))
    status = data.get("status", probe.status)
    decision_date = data.get("decision_date", probe.decision_date)
    if decision_date is not None and version.drafted_on is not None and decision_date < version.drafted_on:
        raise field_error(
            "decision_date",
            _("Beslutsdatum %(date)s ligger före den dag versionen upprättades (%(drafted)s).")
            % {"date": decision_date.isoformat(), "drafted": version.drafted_on.isoformat()},
            code="before_version",
        )
    unchanged = existing is not None and (existing.status, existing.decision_date) == (status, decision_date)
    if status == AdoptionStatus.ADOPTED and decision_date is not None and not unchanged:
        _check_party_then(version, organization, decision_date)
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


@transaction.atomic
def remove_adoption(adoption: Adoption, *, actor: Any, reason: str = "") -> None:
    """Remove a party's recorded decision (recorded wrongly, or for the wrong version)."""
    require(actor, "organize.record_adoption", adoption)
    delete_object(adoption, "organize.adoption.deleted", actor=actor, reason=reason)


def _check_adopter(version: AgreementVersion, organization: Organization) -> None:
    """An agreement that names its parties is adopted by those (and its commissioned organization)."""
    agreement = version.agreement
    named = set(agreement.parties.values_list("pk", flat=True))
    if named and organization.pk not in named and organization.pk != agreement.commissioned_organization_id:
        raise field_error(
            "organization",
            _("%(org)s är inte part i avtalet %(agreement)s; lägg först till organisationen bland avtalsparterna.")
            % {"org": organization, "agreement": agreement.title},
            code="not_agreement_party",
        )


# Words that say a decision was taken for the members by someone else than each of them.
ON_BEHALF = (
    "på uppdrag av",
    "på medlemmarnas vägnar",
    "på parternas vägnar",
    "för medlemmarnas räkning",
    "för parternas räkning",
    "on behalf of",
)


def _check_decision_body(collaboration: Collaboration, name: str) -> None:
    """The deciding body is the party's own: not a body of the collaboration (its steering group, a
    board deciding for the members) nor the collaboration itself."""
    name = (name or "").strip()
    if not name:
        return
    lowered = name.casefold()
    bodies = {b.casefold() for b in Body.objects.filter(collaboration=collaboration).values_list("name", flat=True)}
    if lowered in bodies or lowered == collaboration.name.casefold() or any(w in lowered for w in ON_BEHALF):
        raise field_error(
            "decision_body_name",
            _(
                "%(body)s är ett organ för samverkan, inte partens eget. En parts antagande tas av partens egen "
                "beslutsfattare (fullmäktige, styrelse, nämnd eller den som har delegation)."
            )
            % {"body": name},
            code="collaboration_body",
        )


def _check_party_then(version: AgreementVersion, organization: Organization, day: datetime.date) -> None:
    """An organization that became a party after the decision date cannot have adopted as a party then
    (a founding party decides before the collaboration starts: `validity.joining_date`). A party still
    to come (its participation starts after today) decides before it joins. Checked when the decision
    is recorded or its date or status changed, so that a correct record stays correctable after the
    party has joined."""
    start = (
        Participation.objects.filter(collaboration_id=version.collaboration_id, organization=organization)
        .values_list("start_date", flat=True)
        .first()
    )
    joined = validity.joining_date(start, version.agreement.collaboration.start_date)
    if joined is not None and joined > day and joined <= timezone.localdate():
        raise field_error(
            "decision_date",
            _("%(org)s blev part i samverkan först %(joined)s och kan inte ha antagit avtalet som part %(day)s.")
            % {"org": organization, "joined": joined.isoformat(), "day": day.isoformat()},
            code="before_joining",
        )
