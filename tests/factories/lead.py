"""Factories for leading, created through the services like the product does."""

import datetime

import factory

from core.services import SYSTEM
from lead.models import AgendaItem, Meeting, NewsPost
from lead.services import continuity, meetings, news
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
