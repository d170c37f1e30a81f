"""Predicates every collaboration part's rules are built from (seeing is decided by the gateway)."""

from __future__ import annotations

from typing import Any

import rules

from core.permissions import scope_for
from core.rules import is_coordinator, is_platform_admin

# The coordinators of the collaboration (and the platform's administrators) manage its parts.
can_manage = is_platform_admin | is_coordinator


@rules.predicate
def represents_the_party(user: Any, obj: Any) -> bool:
    """The object is about the user's own organization (`obj.organization_id`)."""
    return getattr(obj, "organization_id", None) in scope_for(user).organization_ids
