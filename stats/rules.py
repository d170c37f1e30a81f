"""Who may import statistics. Reading statistics is open to everyone."""

from typing import Any

import rules

from core.permissions import CollaborationRoleKind, scope_for
from core.rules import is_platform_admin


@rules.predicate
def analyses_or_coordinates(user: Any) -> bool:
    """An analyst or a coordinator in some collaboration keeps its statistics up to date."""
    wanted = {CollaborationRoleKind.ANALYST, CollaborationRoleKind.COORDINATOR}
    return any(kinds & wanted for kinds in scope_for(user).roles.values())


rules.add_perm("stats.import", is_platform_admin | analyses_or_coordinates)
