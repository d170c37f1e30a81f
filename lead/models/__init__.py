"""Leading a collaboration (L1–L7, X5): meetings of its bodies with agenda, attendance and minutes;
decisions and their register; assignments followed up from meeting to meeting; news and wins; calendar
feeds and reminders; handovers and the plan for what follows a project.

Every model inside a collaboration is collaboration-scoped (a foreign key to the collaboration, read
through the gateway); everything of a meeting of a body under secrecy is for the persons who sat in it.
"""

from lead.models.assignments import Assignment, AssignmentReminder
from lead.models.communication import CalendarFeed, NewsPost, ReminderPreference
from lead.models.continuity import AfterProjectPlan, Handover
from lead.models.decisions import Decision, Reservation
from lead.models.meetings import (
    AgendaDocument,
    AgendaItem,
    Attendance,
    Meeting,
    MeetingDocument,
    MinutesApproval,
    MinutesCorrection,
)

__all__ = [
    "AfterProjectPlan",
    "AgendaDocument",
    "AgendaItem",
    "Assignment",
    "AssignmentReminder",
    "Attendance",
    "CalendarFeed",
    "Decision",
    "Handover",
    "Meeting",
    "MeetingDocument",
    "MinutesApproval",
    "MinutesCorrection",
    "NewsPost",
    "ReminderPreference",
    "Reservation",
]
