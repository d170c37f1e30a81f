"""Factories for leading, created through the services like the product does."""

import datetime

import factory

from core.services import SYSTEM
from lead.models import AgendaItem, Assignment, Decision, Meeting, NewsPost
from lead.services import assignments, continuity, decisions, meetings, news
from tests.factories.collaborations import CollaborationFactory
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


# decisions ----------------------------------------------------------------------------------------


def decision_item(**kwargs):
    """An item of a held meeting, where decisions are taken (`kwargs` for the meeting)."""
    return AgendaItemFactory(meeting=held_meeting(**kwargs), kind="decision", title="Beslutspunkt")


class DecisionFactory(factory.Factory):
    """A decision taken at an item of a held meeting (through `take_decision`)."""

    class Meta:
        model = Decision

    item = factory.LazyFunction(decision_item)
    text = factory.Sequence(lambda n: f"Beslutet nummer {n}")
    area = ""

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return decisions.take_decision(kwargs.pop("item"), actor=SYSTEM, **kwargs)


# Assignments ---------------------------------------------------------------------------------------


def owner_in(collaboration, person=None, **org):
    """A person representing a new party of `collaboration`: (person, organization)."""
    from actors import services as actor_services
    from tests.factories.actors import PersonFactory
    from tests.factories.organize import party_of

    organization = party_of(collaboration, **org)
    person = person or PersonFactory()
    actor_services.add_representation(person, organization, actor=SYSTEM)
    return person, organization


class AssignmentFactory(factory.Factory):
    """An assignment given at a meeting (`meeting`), by a body (`body`, given on `given_on`) or, by
    default, at a new meeting; the owner is a person representing a new party unless given."""

    class Meta:
        model = Assignment

    title = factory.Sequence(lambda n: f"Uppdrag {n}")
    due_date = datetime.date(2026, 4, 30)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        source = kwargs.pop("meeting", None) or kwargs.pop("decision", None) or kwargs.pop("body", None)
        source = source or MeetingFactory()
        collaboration = source.collaboration
        if "owner_person" not in kwargs or "owner_organization" not in kwargs:
            person, organization = owner_in(collaboration, kwargs.pop("owner_person", None))
            kwargs.setdefault("owner_person", person)
            kwargs.setdefault("owner_organization", organization)
        return assignments.give_assignment(source, actor=SYSTEM, **kwargs)


# news, after-project plans (communication) ----------------------------------------------------------


class NewsPostFactory(factory.Factory):
    class Meta:
        model = NewsPost

    collaboration = factory.LazyFunction(CollaborationFactory)
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    text = "Något hände i samverkan."
    published_on = datetime.date(2026, 2, 1)
    is_win = False

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return news.create_news_post(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


def after_project_plan(funding, **data):
    return continuity.set_after_project_plan(funding, actor=SYSTEM, **{"kind": "ordinary", **data})


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
