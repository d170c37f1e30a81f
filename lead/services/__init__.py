"""Writes of leading a collaboration: meetings and agenda, attendance and minutes, decisions, assignments
and reminders, rendered documents and calendar feeds, news, handovers and continuity.

Each function runs in one transaction, re-checks the actor's permission inside it, validates the domain
rules (naming the field and the reason) and records the change in the history. Each module's services
are listed here (tests/core/test_history.py finds them here); one block per module.
"""

# rendered documents, calendar feeds (lead.services.calendar, lead.services.documents)
from lead.services.calendar import create_feed, revoke_feed
from lead.services.common import APPROVE_MINUTES, KEEP_MEETING, MANAGE, REPORT_ASSIGNMENT
from lead.services.documents import render_document, request_document, send_notice

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

# attendance, minutes, approval, corrections, agenda documents

# decisions

# assignments and reminders

# news and wins

# handovers, after-project plans
