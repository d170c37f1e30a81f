"""The models of the work of the parties: action plans (S5) and their activities (W1–W4)."""

from work.models.activities import (
    PLAN_ORDER,
    Activity,
    ActivityCompetence,
    ActivityResource,
    ActivityTargetGroup,
    ProgressNote,
)
from work.models.plans import ActionPlan, ActionPlanVersion

__all__ = [
    "PLAN_ORDER",
    "ActionPlan",
    "ActionPlanVersion",
    "Activity",
    "ActivityCompetence",
    "ActivityResource",
    "ActivityTargetGroup",
    "ProgressNote",
]
