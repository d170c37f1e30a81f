"""Who may change organizations and people, and who gives people accounts. Areas are reference data,
changed by the system only."""

from typing import Any

import rules
from django.db.models import Q
from django.utils import timezone

from core.permissions import scope_for
from core.rules import is_logged_in, is_platform_admin


@rules.predicate
def represents_organization(user: Any, organization: Any) -> bool:
    return organization is not None and organization.pk in scope_for(user).organization_ids


@rules.predicate
def is_self(user: Any, person: Any) -> bool:
    return person is not None and user.is_authenticated and user.person_id == person.pk


def _valid_today(prefix: str) -> Q:
    today = timezone.localdate()
    return (Q(**{f"{prefix}start_date__isnull": True}) | Q(**{f"{prefix}start_date__lte": today})) & (
        Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": today})
    )


def coordinated_people_q(user: Any, prefix: str = "") -> Q:
    """People (`prefix` leading to a person) who represent today an organization that is today a party of a
    collaboration the user coordinates. (The participations are reached by their relation's name, so that
    `actors` needs nothing of `collaborations` but the name.)"""
    coordinated = scope_for(user).coordinated_collaboration_ids
    if not coordinated:
        return Q(pk__in=[])
    return Q(
        _valid_today(f"{prefix}representations__")
        & Q(**{f"{prefix}representations__organization__participations__collaboration_id__in": coordinated})
        & _valid_today(f"{prefix}representations__organization__participations__")
    )


@rules.predicate
def coordinates_a_party_of(user: Any, person: Any) -> bool:
    """The person represents a party of a collaboration the user coordinates."""
    if person is None or not scope_for(user).coordinated_collaboration_ids:
        return False
    return bool(type(person)._default_manager.filter(coordinated_people_q(user), pk=person.pk).exists())


@rules.predicate
def is_own_account(user: Any, account: Any) -> bool:
    return account is not None and user.is_authenticated and user.pk == account.pk


rules.add_perm("actors.view_person", is_logged_in)
rules.add_perm("actors.add_organization", is_logged_in)
rules.add_perm("actors.change_organization", is_platform_admin | represents_organization)
rules.add_perm("actors.add_person", is_logged_in)
rules.add_perm("actors.change_person", is_platform_admin | is_self)
rules.add_perm("actors.change_area", is_platform_admin)
rules.add_perm("actors.add_user", is_platform_admin)
# Accounts: administrators invite anyone; a collaboration's coordinators the people of its parties.
rules.add_perm("actors.invite_person", is_platform_admin | coordinates_a_party_of)
rules.add_perm("actors.view_user", is_platform_admin)
rules.add_perm("actors.change_user", is_platform_admin)
rules.add_perm("actors.set_password", is_platform_admin | is_own_account)
