"""The permissions the services of `lead` check (the shared checks are in `collaborations.parts.services`)."""

MANAGE = "lead.manage"
KEEP_MEETING = "lead.keep_meeting"
APPROVE_MINUTES = "lead.approve_minutes"
REPORT_ASSIGNMENT = "lead.report_assignment"
REQUEST_DOCUMENT = "lead.request_document"
KEEP_CALENDAR = "lead.keep_calendar"
