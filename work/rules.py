"""Who may change what in the work of the parties. Seeing is decided by `visible_to` (core.permissions).

* Each party chooses its own activities (trust, W1): the representatives of a party keep the party's own
  action plan and the activities in it; the coordinators keep the joint plan and may help with any.
* Anyone who takes part in the collaboration may start an action plan for their own organization.
* The owner of an activity (its person, or a representative of its organization) writes its progress
  notes and keeps its competences, target groups, resources and evaluation.
"""

from typing import Any

import rules

from collaborations.parts.rules import can_manage
from core.permissions import scope_for
from core.rules import is_participant


def _plan_of(obj: Any) -> Any:
    """The plan itself, an activity's or a version's plan, or an activity part's activity's plan."""
    activity = getattr(obj, "activity", None)
    if activity is not None:
        obj = activity
    return getattr(obj, "plan", obj)


def _activity_of(obj: Any) -> Any:
    return getattr(obj, "activity", obj)


@rules.predicate
def represents_the_plans_party(user: Any, obj: Any) -> bool:
    """The user represents the party whose action plan it is (the joint plan has none)."""
    organization_id = getattr(_plan_of(obj), "organization_id", None)
    return organization_id is not None and organization_id in scope_for(user).organization_ids


@rules.predicate
def owns_the_activity(user: Any, obj: Any) -> bool:
    """The user is the activity's responsible person or represents its responsible organization."""
    activity = _activity_of(obj)
    scope = scope_for(user)
    return (scope.person_id is not None and getattr(activity, "owner_person_id", None) == scope.person_id) or (
        getattr(activity, "owner_organization_id", None) in scope.organization_ids
    )


rules.add_perm("work.manage", can_manage)
rules.add_perm("work.start_plan", can_manage | is_participant)
rules.add_perm("work.keep_plan", can_manage | represents_the_plans_party)
rules.add_perm("work.report_activity", can_manage | represents_the_plans_party | owns_the_activity)
