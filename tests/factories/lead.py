"""Factories for leading, created through the services like the product does."""

import datetime

import factory

from core.services import SYSTEM
from lead.models import AgendaItem, Meeting
from lead.services import meetings
from tests.factories.organize import BodyFactory


class MeetingFactory(factory.Factory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    date = datetime.date(2026, 3, 10)
    start_time = datetime.time(9, 0)
    end_time = datetime.time(11, 0)
    place = "Stadshuset, sal 2"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return meetings.create_meeting(kwargs.pop("body"), actor=SYSTEM, **kwargs)


class AgendaItemFactory(factory.Factory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Punkt {n}")
    kind = "information"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return meetings.add_agenda_item(kwargs.pop("meeting"), actor=SYSTEM, **kwargs)


def held_meeting(**kwargs):
    """A meeting that has been held (its day is in the past)."""
    meeting = MeetingFactory(**kwargs)
    return meetings.hold_meeting(meeting, actor=SYSTEM)


# attendance, minutes, approval (meetings engineer) ---------------------------------------------------


def member_of(body, person=None, **kwargs):
    """A seat in `body` (a new person for a new party unless given), through the organize service."""
    from tests.factories.organize import MembershipFactory

    if person is None:
        return MembershipFactory(body=body, **kwargs)
    return MembershipFactory(body=body, person=person, **kwargs)


def approved_meeting(minutes="Beslutades att godkänna lägesrapporten.", **kwargs):
    """A held meeting with one item with minutes, approved by a named member."""
    from lead.services import minutes as minutes_services

    meeting = MeetingFactory(**kwargs)
    member_of(meeting.body)
    meetings_sync(meeting)
    item = AgendaItemFactory(meeting=meeting, title="Lägesrapport")
    meeting = meetings.hold_meeting(meeting, actor=SYSTEM)
    minutes_services.write_minutes(item, actor=SYSTEM, minutes=minutes)
    (approval,) = minutes_services.name_approvers(meeting, actor=SYSTEM, persons=[meeting.attendances.first().person])
    minutes_services.approve_minutes(approval, actor=SYSTEM, on=meeting.date)
    meeting.refresh_from_db()
    item.refresh_from_db()
    return meeting, item


def meetings_sync(meeting):
    """Call the body's members on the day again (after seats were added in a test)."""
    from lead.services import attendance

    return attendance.sync_calls(meeting, actor=SYSTEM)
