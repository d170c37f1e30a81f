"""The steering of a collaboration (S1–S11): the situation analysis, shared and own goals, goal
conflicts, indicators with baseline and targets, follow-up rounds with assessments, qualitative
evidence, the analysis dialogue and environmental scans.

Every model is collaboration-scoped: it carries its own foreign key to the collaboration (the
permission gateway filters on it) and a visibility.
"""

from steer.models.analysis import AnalysisActor, OwnBenefit, SituationAnalysis
from steer.models.follow_up import AnalysisEntry, Assessment, EnvironmentalScan, Evidence, FollowUpRound
from steer.models.goals import Goal, GoalConflict, GoalDocument, OwnGoal
from steer.models.indicators import Indicator, IndicatorTarget, IndicatorValue

__all__ = [
    "AnalysisActor",
    "AnalysisEntry",
    "Assessment",
    "EnvironmentalScan",
    "Evidence",
    "FollowUpRound",
    "Goal",
    "GoalConflict",
    "GoalDocument",
    "Indicator",
    "IndicatorTarget",
    "IndicatorValue",
    "OwnBenefit",
    "OwnGoal",
    "SituationAnalysis",
]
