"""An assignment given at meeting N is followed up at meeting N+1 of the same body, and at N+2 while it is
still open; not at N itself, not at another body's meeting, and no longer once done — though the meetings
held before it was done still show that they followed it up."""

import datetime

import pytest
from django.utils import timezone

from core.services import SYSTEM
from lead import services
from lead.queries.assignments import followed_up_at
from tests.factories.actors import user_for
from tests.factories.lead import AssignmentFactory, MeetingFactory
from tests.factories.organize import BodyFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 1, 13)


def _series():
    first = MeetingFactory(date=DAY)
    body = first.body
    second = MeetingFactory(body=body, date=DAY + datetime.timedelta(days=28))
    third = MeetingFactory(body=body, date=DAY + datetime.timedelta(days=56))
    return first, second, third


def _followed(meeting, user=None):
    return list(followed_up_at(meeting, user or user_for(None, admin=True)))


def test_followed_up_at_the_next_meetings_of_the_same_body_while_open():
    first, second, third = _series()
    assignment = AssignmentFactory(meeting=first, due_date=None)
    assert _followed(first) == []  # given there, not followed up there
    assert _followed(second) == [assignment]
    assert _followed(third) == [assignment]


def test_not_on_another_bodys_agenda():
    first, second, _third = _series()
    AssignmentFactory(meeting=first, due_date=None)
    other = MeetingFactory(body=BodyFactory(collaboration=first.collaboration), date=second.date)
    assert _followed(other) == []


def test_no_longer_followed_up_once_done_but_still_at_the_meetings_before():
    first, second, third = _series()
    assignment = AssignmentFactory(meeting=first, due_date=None)
    services.report_assignment(assignment, actor=SYSTEM, status="done", report="Klart.")
    # Done on a day between the second and the third meeting.
    type(assignment).objects.filter(pk=assignment.pk).update(completed_on=second.date + datetime.timedelta(days=3))
    assert _followed(second) == [assignment]
    assert _followed(third) == []


def test_a_cancelled_assignment_leaves_the_coming_agendas():
    first, second, _third = _series()
    assignment = AssignmentFactory(meeting=first, due_date=None)
    assert second.date < timezone.localdate()
    services.cancel_assignment(assignment, actor=SYSTEM)
    upcoming = MeetingFactory(body=first.body, date=timezone.localdate() + datetime.timedelta(days=10))
    assert _followed(upcoming) == []
    assert _followed(second) == [assignment]  # it was still open then
