"""Who may change the steering. Seeing is decided by `visible_to` (core.permissions).

* The coordinators keep the situation analysis, the goal documents, goals, indicators and rounds.
* An analyst of the collaboration also does the follow-up work: assessments, evidence, the analysis
  dialogue, environmental scans and manually entered values.
* A party's own representative records its own goals and its own benefit, and enters the values of
  the indicators its organization is responsible for.
"""

from typing import Any

import rules

from collaborations.parts.rules import can_manage, represents_the_party
from core.permissions import CollaborationRoleKind, scope_for
from core.rules import is_participant


@rules.predicate
def is_analyst(user: Any, obj: object) -> bool:
    return scope_for(user).has_role(getattr(obj, "scope_collaboration_id", None), CollaborationRoleKind.ANALYST)


@rules.predicate
def represents_the_responsible_party(user: Any, obj: object) -> bool:
    """The object is an indicator (or one of its values) that the user's organization is responsible for."""
    indicator = getattr(obj, "indicator", obj)
    return getattr(indicator, "responsible_organization_id", None) in scope_for(user).organization_ids


can_follow_up = can_manage | (is_participant & is_analyst)

rules.add_perm("steer.manage", can_manage)
rules.add_perm("steer.follow_up", can_follow_up)
rules.add_perm("steer.own_goals", can_manage | (is_participant & represents_the_party))
rules.add_perm("steer.enter_values", can_follow_up | (is_participant & represents_the_responsible_party))
