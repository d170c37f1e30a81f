"""The permissions the services of `work` check (the shared checks are in `collaborations.parts.services`)."""

MANAGE = "work.manage"
START_PLAN = "work.start_plan"
KEEP_PLAN = "work.keep_plan"
REPORT_ACTIVITY = "work.report_activity"
