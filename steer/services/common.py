"""The permissions the steering services check (the shared checks are in `collaborations.parts.services`)."""

MANAGE = "steer.manage"
FOLLOW_UP = "steer.follow_up"
OWN_GOALS = "steer.own_goals"
ENTER_VALUES = "steer.enter_values"
