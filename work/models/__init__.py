"""The models of the work of the parties: action plans (S5) and their activities (W1–W4)."""

from work.models.activities import Activity, ActivityCompetence, ActivityResource, ActivityTargetGroup, ProgressNote
from work.models.plans import ActionPlan, ActionPlanVersion

__all__ = [
    "ActionPlan",
    "ActionPlanVersion",
    "Activity",
    "ActivityCompetence",
    "ActivityResource",
    "ActivityTargetGroup",
    "ProgressNote",
]
