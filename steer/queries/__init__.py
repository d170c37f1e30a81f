"""Reads of the steering part, one module per aggregate: status and trend of indicators (`indicators`)
and goals (`goals`), computed in bulk with a fixed number of queries; what changed since the last
follow-up round (`follow_up`); the dashboard (`dashboard`); and what the pages of a goal and an
indicator show.

Every collaboration-scoped read goes through `visible_to`.
"""

from steer.queries.dashboard import Dashboard, dashboard
from steer.queries.follow_up import Change, changes_since, last_closed_round
from steer.queries.goals import GoalPage, GoalResult, goal_page, goal_statuses, goal_statuses_in, goal_tree, outcome_of
from steer.queries.indicators import (
    GENDER_LABELS,
    IndicatorResult,
    SeriesResult,
    genders_of,
    genders_read,
    indicator_statuses,
    indicators_with_data,
    sparkline,
)

__all__ = [
    "Change",
    "Dashboard",
    "GENDER_LABELS",
    "GoalPage",
    "GoalResult",
    "IndicatorResult",
    "SeriesResult",
    "changes_since",
    "dashboard",
    "genders_of",
    "genders_read",
    "goal_page",
    "goal_statuses",
    "goal_statuses_in",
    "goal_tree",
    "indicator_statuses",
    "indicators_with_data",
    "last_closed_round",
    "outcome_of",
    "sparkline",
]
