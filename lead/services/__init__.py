"""Writes of leading a collaboration: meetings and agenda, attendance and minutes, decisions, assignments
and reminders, rendered documents and calendar feeds, news, handovers and continuity.

Each function runs in one transaction, re-checks the actor's permission inside it, validates the domain
rules (naming the field and the reason) and records the change in the history. Every module's services
are named here, so `tests/core/test_history.py` finds them.
"""

from lead.services.assignments import cancel_assignment, give_assignment, report_assignment, update_assignment
from lead.services.attendance import (
    add_agenda_document,
    invite_guest,
    move_meeting,
    record_attendance,
    remove_agenda_document,
    remove_call,
    sync_calls,
)

# rendered documents, calendar feeds (lead.services.calendar, lead.services.documents)
from lead.services.calendar import create_feed, revoke_feed
from lead.services.common import APPROVE_MINUTES, KEEP_MEETING, MANAGE, REPORT_ASSIGNMENT
from lead.services.continuity import remove_after_project_plan, set_after_project_plan
from lead.services.decisions import (
    add_reservation,
    cancel_decision,
    remove_reservation,
    replace_decision,
    take_decision,
    update_decision,
)
from lead.services.documents import render_document, request_document, send_notice
from lead.services.handover import hand_over

# meetings and agenda
from lead.services.meetings import (
    add_agenda_item,
    cancel_meeting,
    carry_over_item,
    create_meeting,
    delete_meeting,
    hold_meeting,
    plan_meetings,
    remove_agenda_item,
    update_agenda_item,
    update_meeting,
)
from lead.services.minutes import approve_minutes, correct_minutes, name_approvers, write_minutes
from lead.services.news import create_news_post, delete_news_post, update_news_post
from lead.services.reminders import send_due_reminders, set_reminders

# attendance, minutes, approval, corrections, agenda documents

# decisions

# assignments and reminders

# news and wins

# handovers, after-project plans
