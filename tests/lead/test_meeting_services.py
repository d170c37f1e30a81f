"""Planning, moving, cancelling and holding meetings; the agenda (L1)."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from actors import services as actors
from core.services import SYSTEM
from lead.services import meetings
from organize import services as organize
from tests.factories.actors import PersonFactory
from tests.factories.lead import AgendaItemFactory, MeetingFactory
from tests.factories.organize import BodyFactory, party_of

pytestmark = pytest.mark.django_db


def test_members_on_the_day_are_called_for_their_organization():
    body = BodyFactory()
    org = party_of(body.collaboration)
    sitting, left = PersonFactory(), PersonFactory()
    for person in (sitting, left):
        actors.add_representation(person, org, actor=SYSTEM)
    organize.add_membership(body, sitting, org, actor=SYSTEM, start_date=datetime.date(2025, 1, 1))
    organize.add_membership(body, left, org, actor=SYSTEM, end_date=datetime.date(2026, 1, 31))

    meeting = MeetingFactory(body=body, date=datetime.date(2026, 3, 10))

    called = {(a.person, a.organization) for a in meeting.attendances.all()}
    assert called == {(sitting, org)}


def test_a_series_follows_the_rhythm_and_a_move_raises_the_calendar_revision():
    body = BodyFactory()
    series = meetings.plan_meetings(body, actor=SYSTEM, first=datetime.date(2026, 1, 31), rhythm="monthly", count=3)
    assert [m.date for m in series] == [
        datetime.date(2026, 1, 31),
        datetime.date(2026, 2, 28),
        datetime.date(2026, 3, 31),
    ]
    moved = meetings.update_meeting(series[1], actor=SYSTEM, date=datetime.date(2026, 3, 2))
    assert moved.sequence == 1 and series[2].sequence == 0


def test_a_dissolved_body_has_no_meetings_after_it_closed():
    body = BodyFactory(established_on=datetime.date(2020, 1, 1), closed_on=datetime.date(2025, 12, 31))
    with pytest.raises(ValidationError) as error:
        MeetingFactory(body=body, date=datetime.date(2026, 3, 10))
    assert "avvecklades 2025-12-31" in str(error.value.message_dict["date"])
    assert not body.meetings.exists()


def test_a_secret_body_keeps_no_minutes():
    body = BodyFactory(confidentiality="secret")
    with pytest.raises(ValidationError) as error:
        AgendaItemFactory(meeting=MeetingFactory(body=body), minutes="Vi diskuterade ärendet.")
    assert "sekretess" in str(error.value.message_dict["minutes"])


def test_an_item_is_carried_over_to_the_next_meeting_of_the_same_body_only():
    first = MeetingFactory(date=datetime.date(2026, 3, 10))
    later = MeetingFactory(body=first.body, date=datetime.date(2026, 4, 14))
    other_body = MeetingFactory(body=BodyFactory(collaboration=first.collaboration), date=datetime.date(2026, 4, 1))
    item = AgendaItemFactory(meeting=first, title="Budget 2027")

    carried = meetings.carry_over_item(item, actor=SYSTEM)

    assert carried.meeting == later and carried.carried_from == item and carried.title == "Budget 2027"
    with pytest.raises(ValidationError) as error:
        meetings.carry_over_item(item, actor=SYSTEM, to=other_body)
    assert "to" in error.value.message_dict
    other_collaboration = MeetingFactory(date=datetime.date(2026, 5, 1))
    with pytest.raises(ValidationError) as error:
        meetings.carry_over_item(item, actor=SYSTEM, to=other_collaboration)
    assert "annan samverkan" in str(error.value.message_dict["to"])
