"""Calendar feeds (L1): a private, revocable iCalendar address per person (all their bodies) or per body,
with updates and cancellations calendar clients understand, and nothing of a secret forum for a
non-member."""

import datetime
import hashlib
import re

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from core.services import SYSTEM
from lead.models import CalendarFeed
from lead.services import calendar, meetings
from tests.factories.actors import PersonFactory
from tests.factories.lead import MeetingFactory
from tests.lead.documents_world import council

pytestmark = pytest.mark.django_db


def _events(client, address):
    response = client.get(address)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    parsed = icalendar.Calendar.from_ical(response.content)
    return parsed, {str(e["UID"]): e for e in parsed.walk("VEVENT")}


def test_my_calendar_gives_the_address_once_and_the_feed_shows_my_meetings_with_updates_and_cancellations():
    c = council()
    client = Client()
    client.force_login(c.anna)
    page = client.post("/kalender/", {"body": ""}).content.decode()
    address = re.search(r'value="(http://testserver/kalender/[^"]+\.ics)"', page).group(1)
    assert "Den visas bara den här gången" in page
    assert address not in client.get("/kalender/").content.decode()  # shown once
    feed = CalendarFeed.objects.get(person=c.anna.person)
    token = address.rsplit("/", 1)[1].removesuffix(".ics")
    assert feed.token_hash == hashlib.sha256(token.encode()).hexdigest()  # only its digest is kept

    anonymous = Client()  # the address is the key: no login
    parsed, events = _events(anonymous, address)
    assert parsed.walk("VTIMEZONE")[0]["TZID"] == "Europe/Stockholm"
    event = events[f"{c.meeting.uid}@localhost"]
    assert str(event["SUMMARY"]) == "Ledningsgruppen: möte"
    assert event.decoded("DTSTART") == datetime.datetime(2026, 3, 10, 9, 0, tzinfo=event.decoded("DTSTART").tzinfo)
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/Stockholm"
    assert str(event["LOCATION"]) == "Stadshuset, sal 2" and str(event["STATUS"]) == "CONFIRMED"
    assert str(event["URL"]).startswith("http://localhost:8000/samverkan/samverkan-ungdom/ledning/moten/")
    assert "Budget" not in anonymous.get(address).content.decode()  # never the agenda
    assert f"{c.secret_meeting.uid}@localhost" in events  # Anna sits in the forum

    later = MeetingFactory(body=c.body, date=datetime.date(2026, 12, 15), start_time=None, end_time=None)
    _parsed, events = _events(anonymous, address)
    assert events[f"{later.uid}@localhost"].decoded("DTSTART") == datetime.date(2026, 12, 15)  # all day
    meetings.update_meeting(later, actor=SYSTEM, place="Rådhuset")
    meetings.cancel_meeting(later, actor=SYSTEM, reason="Få kunde")
    _parsed, events = _events(anonymous, address)
    cancelled = events[f"{later.uid}@localhost"]
    assert str(cancelled["STATUS"]) == "CANCELLED" and cancelled["SEQUENCE"] == 2

    client.post("/kalender/", {"revoke": feed.pk})
    assert anonymous.get(address).status_code == 410
    assert anonymous.get("/kalender/okand-adress.ics").status_code == 404


def test_a_non_members_feed_does_not_contain_the_secret_forums_meeting_at_all():
    c = council()
    for user in (c.david, c.bertil, c.coordinator):
        _feed, token = calendar.create_feed(user.person, actor=user)
        content = Client().get(f"/kalender/{token}.ics").content.decode()
        assert str(c.secret_meeting.uid) not in content and "Operativa forumet" not in content
    _feed, token = calendar.create_feed(c.bertil.person, actor=c.bertil)
    assert str(c.meeting.uid) in Client().get(f"/kalender/{token}.ics").content.decode()


def test_a_body_feed_is_for_its_members_and_shows_that_body_only():
    c = council()
    _feed, token = calendar.create_feed(c.anna.person, c.secret_body, actor=c.anna)
    content = Client().get(f"/kalender/{token}.ics").content.decode()
    assert str(c.secret_meeting.uid) in content and str(c.meeting.uid) not in content
    with pytest.raises(ValidationError) as error:
        calendar.create_feed(c.david.person, c.secret_body, actor=c.david)
    assert "sitter inte i" in str(error.value.message_dict["body"])
    with pytest.raises(ValidationError) as error:
        calendar.create_feed(PersonFactory(), actor=SYSTEM)
    assert "inget konto" in str(error.value.message_dict["person"])
    with pytest.raises(Exception, match="behörighet"):
        calendar.create_feed(c.anna.person, actor=c.david)  # a feed is the person's own
    assert CalendarFeed.objects.count() == 1
