"""Who may change organizations and people. Areas are reference data, changed by the system only."""

from typing import Any

import rules

from core.permissions import scope_for
from core.rules import is_logged_in, is_platform_admin


@rules.predicate
def represents_organization(user: Any, organization: Any) -> bool:
    return organization is not None and organization.pk in scope_for(user).organization_ids


@rules.predicate
def is_self(user: Any, person: Any) -> bool:
    return person is not None and user.is_authenticated and user.person_id == person.pk


rules.add_perm("actors.view_person", is_logged_in)
rules.add_perm("actors.add_organization", is_logged_in)
rules.add_perm("actors.change_organization", is_platform_admin | represents_organization)
rules.add_perm("actors.add_person", is_logged_in)
rules.add_perm("actors.change_person", is_platform_admin | is_self)
rules.add_perm("actors.change_area", is_platform_admin)
rules.add_perm("actors.add_user", is_platform_admin)
