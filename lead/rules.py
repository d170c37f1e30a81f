"""Who may change what in leading a collaboration. Seeing is decided by `visible_to` (core.permissions).

* The coordinators plan and hold the meetings, keep the agenda, minutes, decisions, assignments, news,
  handovers and the plans for after a project.
* The secretary and the chair of a meeting keep its agenda, attendance and minutes too.
* A named approver (justerare) approves the minutes of the meeting they were chosen for.
* The owner of an assignment reports on it and sets its status.
"""

from typing import Any

import rules

from collaborations.parts.rules import can_manage
from core.permissions import scope_for
from core.rules import is_logged_in


def _meeting_of(obj: Any) -> Any:
    """The meeting itself, an item's or a call's meeting, or an item's document's meeting."""
    if hasattr(obj, "meeting"):
        return obj.meeting
    item = getattr(obj, "item", None)
    return item.meeting if item is not None else obj


@rules.predicate
def keeps_the_meeting(user: Any, obj: Any) -> bool:
    """The user is the chair or the secretary of the meeting (of an item, a call or a document of an item:
    of its meeting)."""
    meeting = _meeting_of(obj)
    person_id = scope_for(user).person_id
    return person_id is not None and person_id in (
        getattr(meeting, "chair_id", None),
        getattr(meeting, "secretary_id", None),
    )


@rules.predicate
def approves_the_minutes(user: Any, obj: Any) -> bool:
    """The user is named to approve (justera) the meeting's minutes."""
    meeting = _meeting_of(obj)
    person_id = scope_for(user).person_id
    approvals = getattr(meeting, "approvals", None)
    return person_id is not None and approvals is not None and approvals.filter(person_id=person_id).exists()


@rules.predicate
def owns_the_assignment(user: Any, obj: Any) -> bool:
    person_id = scope_for(user).person_id
    return person_id is not None and getattr(obj, "owner_person_id", None) == person_id


rules.add_perm("lead.manage", can_manage)
rules.add_perm("lead.keep_meeting", can_manage | keeps_the_meeting)
rules.add_perm("lead.approve_minutes", approves_the_minutes)
rules.add_perm("lead.report_assignment", can_manage | owns_the_assignment)


# Rendered documents and calendar feeds --------------------------------------------------------------------


@rules.predicate
def is_the_person(user: Any, person: Any) -> bool:
    """The user's account is the person's (a calendar feed is the person's own)."""
    person_id = scope_for(user).person_id
    return person_id is not None and getattr(person, "pk", None) == person_id


# Anyone signed in who may see the meeting (the service reads it through the gateway) may have its kallelse
# or protokoll rendered for themselves; a calendar feed is kept by the person it is for.
rules.add_perm("lead.request_document", is_logged_in)
rules.add_perm("lead.keep_calendar", is_the_person)
