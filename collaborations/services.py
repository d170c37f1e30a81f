"""Writes to collaborations: set up, change, who takes part and who holds which role.

Each function runs in one transaction, re-checks the actor's permission inside it and records
the change in the history.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from actors import services as actor_services
from actors.models import Organization, Person
from collaborations.choices import ParticipationRole
from collaborations.models import Collaboration, CollaborationRole, Participation
from core.permissions import CollaborationRoleKind, forget_scope
from core.services import SYSTEM, create_object, delete_object, field_error, require, update_object


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "samverkan"
    slug, n = base, 2
    while Collaboration.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def create_collaboration(
    *,
    actor: Any,
    coordinating_organization: Organization,
    coordinator: Person | None = None,
    organization_role: str = ParticipationRole.COORDINATOR,
    **data: Any,
) -> Collaboration:
    """Set up a collaboration. The organization setting it up (`coordinating_organization`) becomes its
    coordinating party, or, with `organization_role="party"`, a party (when the sources do not say
    which party coordinates, none is made up); the coordinator (by default the acting user's person)
    gets the coordinator's role in the platform either way."""
    if organization_role not in (ParticipationRole.COORDINATOR, ParticipationRole.PARTY):
        raise field_error("organization_role", _("Välj samordnande part eller part."), code="invalid_choice")
    require(actor, "collaborations.add_collaboration")
    if coordinator is None and actor is not SYSTEM:
        coordinator = actor.person
    represents = coordinator is not None and coordinator.representations.filter(organization=coordinating_organization)
    if actor is not SYSTEM and not actor.is_superuser and not (represents and represents.exists()):
        raise field_error(
            "coordinating_organization",
            _("Du kan bara starta en samverkan för en organisation du själv företräder."),
        )
    data = dict(data)
    data.setdefault("slug", _unique_slug(data.get("name", "")))
    collaboration = create_object(Collaboration, "collaborations.collaboration.created", data, actor=actor)
    create_object(
        Participation,
        "collaborations.participation.created",
        {
            "role": organization_role,
            "visibility": collaboration.visibility,
            # The one who sets it up has been in it from the start, as far as the platform knows.
            "start_date": collaboration.start_date,
        },
        actor=actor,
        collaboration=collaboration,
        organization=coordinating_organization,
    )
    if coordinator is not None:
        create_object(
            CollaborationRole,
            "collaborations.role.assigned",
            {"kind": CollaborationRoleKind.COORDINATOR, "visibility": collaboration.visibility},
            actor=actor,
            collaboration=collaboration,
            person=coordinator,
            organization=coordinating_organization,
        )
    forget_scope(actor)
    return collaboration


@transaction.atomic
def update_collaboration(collaboration: Collaboration, *, actor: Any, reason: str = "", **data: Any) -> Collaboration:
    require(actor, "collaborations.change_collaboration", collaboration)
    data["updated_at"] = timezone.now()
    # A change of stage is a domain event of its own, easy to find in the log: the change is then recorded
    # once, as that event (with whatever else changed with it), not as an update beside it.
    changes_stage = "stage" in data and data["stage"] != collaboration.stage
    action = "collaborations.collaboration.stage_changed" if changes_stage else "collaborations.collaboration.updated"
    update_object(collaboration, action, data, actor=actor, reason=reason)
    return collaboration


def _check_participation(
    collaboration: Collaboration,
    organization: Organization,
    role: str,
    exclude_pk: int | None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> None:
    others = Participation.objects.filter(collaboration=collaboration).exclude(pk=exclude_pk)
    if others.filter(organization=organization).exists():
        raise field_error(
            "organization",
            _("%(org)s deltar redan i %(collab)s.") % {"org": organization, "collab": collaboration},
            code="duplicate",
        )
    if start is not None and end is not None and end < start:
        raise field_error("end_date", _("Slutdatum kan inte ligga före startdatum."), code="dates_ordered")
    if role == ParticipationRole.COORDINATOR:
        # One coordinating party at a time: a coordinator whose period overlaps this one (unknown ends
        # overlap everything) stands in the way; one that ended before this one began does not.
        overlapping = others.filter(role=ParticipationRole.COORDINATOR)
        if start is not None:
            overlapping = overlapping.filter(Q(end_date__isnull=True) | Q(end_date__gte=start))
        if end is not None:
            overlapping = overlapping.filter(Q(start_date__isnull=True) | Q(start_date__lte=end))
        current = overlapping.select_related("organization").first()
        if current is not None:
            raise field_error(
                "role",
                _(
                    "%(org)s är redan samordnande part under samma tid. En samverkan har en samordnande part "
                    "i taget: ange när den ena slutade och den andra började."
                )
                % {"org": current.organization},
                code="second_coordinator",
            )


@transaction.atomic
def add_participation(
    collaboration: Collaboration, organization: Organization, *, actor: Any, **data: Any
) -> Participation:
    require(actor, "collaborations.manage_participation", collaboration)
    _check_participation(
        collaboration,
        organization,
        data.get("role", ParticipationRole.PARTY),
        None,
        data.get("start_date"),
        data.get("end_date"),
    )
    return create_object(
        Participation,
        "collaborations.participation.created",
        data,
        actor=actor,
        collaboration=collaboration,
        organization=organization,
    )


# A new organization's fields, as a form names them beside the parties chosen from the register.
NEW_ORGANIZATION_PREFIX = "new_organization_"


@transaction.atomic
def add_parties(
    collaboration: Collaboration,
    organizations: list[Organization],
    *,
    actor: Any,
    new_organization: dict[str, Any] | None = None,
    **data: Any,
) -> list[Participation]:
    """Several parties at once, each with the same role, period and visibility (`data`, as for
    `add_participation`). `new_organization` (name, sector, kind, area) is an organization not yet in the
    register: it is created first (`actors.services.create_organization`) and becomes a party too. All or
    nothing: a refusal of any one (a duplicate party, a new organization's missing or taken name) saves none,
    and names its field (a new organization's fields with `NEW_ORGANIZATION_PREFIX`)."""
    require(actor, "collaborations.manage_participation", collaboration)
    chosen = list(dict.fromkeys(organizations))
    if new_organization is not None:
        if not (new_organization.get("name") or "").strip():
            raise field_error(
                NEW_ORGANIZATION_PREFIX + "name", _("Skriv den nya organisationens namn."), code="required"
            )
        try:
            chosen.append(actor_services.create_organization(actor=actor, **new_organization))
        except ValidationError as exc:
            if not hasattr(exc, "error_dict"):
                raise
            raise ValidationError(
                {NEW_ORGANIZATION_PREFIX + name: errors for name, errors in exc.error_dict.items()}
            ) from exc
    if not chosen:
        raise field_error(
            "organization", _("Välj minst en organisation i registret eller skriv in en ny."), code="required"
        )
    return [add_participation(collaboration, organization, actor=actor, **data) for organization in chosen]


@transaction.atomic
def update_participation(participation: Participation, *, actor: Any, **data: Any) -> Participation:
    require(actor, "collaborations.manage_participation", participation.collaboration)
    data.pop("organization", None)  # who takes part is fixed; end it and add another instead
    _check_participation(
        participation.collaboration,
        participation.organization,
        data.get("role", participation.role),
        participation.pk,
        data.get("start_date", participation.start_date),
        data.get("end_date", participation.end_date),
    )
    return update_object(participation, "collaborations.participation.updated", data, actor=actor)


@transaction.atomic
def remove_participation(participation: Participation, *, actor: Any, reason: str = "") -> None:
    require(actor, "collaborations.manage_participation", participation.collaboration)
    if participation.role == ParticipationRole.COORDINATOR:
        raise field_error(
            "role",
            _("Den samordnande parten kan inte tas bort; utse först en annan samordnande part."),
            code="coordinator_required",
        )
    delete_object(participation, "collaborations.participation.deleted", actor=actor, reason=reason)


@transaction.atomic
def assign_role(
    collaboration: Collaboration,
    person: Person,
    kind: str,
    *,
    actor: Any,
    organization: Organization | None = None,
    visibility: str | None = None,
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
) -> CollaborationRole:
    require(actor, "collaborations.manage_roles", collaboration)
    if CollaborationRole.objects.filter(collaboration=collaboration, person=person, kind=kind).exists():
        raise field_error("kind", _("%(person)s har redan den rollen.") % {"person": person}, code="duplicate")
    if start_date is not None and end_date is not None and end_date < start_date:
        raise field_error("end_date", _("Slutdatum kan inte ligga före startdatum."), code="dates_ordered")
    if organization is not None and not collaboration.participations.filter(organization=organization).exists():
        raise field_error(
            "organization", _("%(org)s deltar inte i samverkan.") % {"org": organization}, code="not_participant"
        )
    role = create_object(
        CollaborationRole,
        "collaborations.role.assigned",
        {
            "kind": kind,
            "visibility": visibility or collaboration.visibility,
            "start_date": start_date,
            "end_date": end_date,
        },
        actor=actor,
        collaboration=collaboration,
        person=person,
        organization=organization,
    )
    forget_scope(actor)
    return role


@transaction.atomic
def update_role(role: CollaborationRole, *, actor: Any, reason: str = "", **data: Any) -> CollaborationRole:
    """Change when a role is held, for which organization, and who may see it (not whose or which role)."""
    require(actor, "collaborations.manage_roles", role.collaboration)
    data.pop("person", None)
    data.pop("kind", None)
    start, end = data.get("start_date", role.start_date), data.get("end_date", role.end_date)
    if start is not None and end is not None and end < start:
        raise field_error("end_date", _("Slutdatum kan inte ligga före startdatum."), code="dates_ordered")
    organization = data.get("organization", role.organization)
    if organization is not None and not role.collaboration.participations.filter(organization=organization).exists():
        raise field_error(
            "organization", _("%(org)s deltar inte i samverkan.") % {"org": organization}, code="not_participant"
        )
    update_object(role, "collaborations.role.updated", data, actor=actor, reason=reason)
    forget_scope(actor)
    return role


@transaction.atomic
def revoke_role(role: CollaborationRole, *, actor: Any, reason: str = "") -> None:
    require(actor, "collaborations.manage_roles", role.collaboration)
    if (
        role.kind == CollaborationRoleKind.COORDINATOR
        and not role.collaboration.roles.filter(kind=CollaborationRoleKind.COORDINATOR).exclude(pk=role.pk).exists()
    ):
        raise field_error("kind", _("Samverkan måste ha minst en samordnare."), code="coordinator_required")
    delete_object(role, "collaborations.role.revoked", actor=actor, reason=reason)
    forget_scope(actor)
