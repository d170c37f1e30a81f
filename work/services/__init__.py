"""Writes of the parties' work: action plans and their versions and decisions, the Excel import,
activities with their progress notes, pilot evaluation, competences, target groups and resources.

Each function runs in one transaction, re-checks the actor's permission inside it, validates the domain
rules (naming the field and the reason) and records the change in the history. Every module's services
are named here, so `tests/core/test_history.py` finds them.
"""

from work.services.activities import (
    add_progress_note,
    create_activity,
    delete_activity,
    record_evaluation,
    remove_progress_note,
    scale_up_activity,
    update_activity,
)
from work.services.parts import (
    add_competence,
    add_target_group,
    remove_competence,
    remove_target_group,
    update_competence,
    update_target_group,
)
from work.services.plan_import import import_action_plan
from work.services.plans import (
    create_action_plan,
    delete_action_plan,
    record_plan_decision,
    save_plan_version,
    update_action_plan,
)
from work.services.resources import remove_activity_resource, set_activity_resource

__all__ = [
    "add_competence",
    "add_progress_note",
    "add_target_group",
    "create_action_plan",
    "create_activity",
    "delete_action_plan",
    "delete_activity",
    "import_action_plan",
    "record_evaluation",
    "record_plan_decision",
    "remove_activity_resource",
    "remove_competence",
    "remove_progress_note",
    "remove_target_group",
    "save_plan_version",
    "scale_up_activity",
    "set_activity_resource",
    "update_action_plan",
    "update_activity",
    "update_competence",
    "update_target_group",
]
