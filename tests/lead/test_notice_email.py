"""The kallelse by e-mail (L1, L5): each called person gets the agenda they may see, in their language,
with the meeting as an .ics file; nothing of a secret forum reaches anyone outside it."""

import icalendar
import pytest

from actors.models import User
from core.models import ChangeRecord
from lead.services import documents
from tests.lead.documents_world import council

pytestmark = pytest.mark.django_db


def _sent(meeting, actor, capture):
    with capture(execute=True):
        count = documents.send_notice(meeting, actor=actor)
    return count


def test_each_called_person_gets_the_agenda_they_may_see_with_the_meeting_as_ics(
    mailoutbox, django_capture_on_commit_callbacks
):
    c = council()
    User.objects.filter(pk=c.bertil.pk).update(language="en")
    count = _sent(c.meeting, c.coordinator, django_capture_on_commit_callbacks)
    by_address = {m.to[0]: m for m in mailoutbox}
    assert count == 3 and set(by_address) == {c.anna.person.email, c.bertil.person.email, c.david.person.email}
    anna, bertil = by_address[c.anna.person.email], by_address[c.bertil.person.email]
    assert anna.subject == "Kallelse: Ledningsgruppen 10 mars 2026"
    assert "Budget för 2027" in anna.body and "Personalärende i Kommun Alfa" in anna.body
    assert "Budget för 2027" in bertil.body and "Personalärende i Kommun Alfa" not in bertil.body
    assert anna.extra_headers["Content-Language"] == "sv" and bertil.extra_headers["Content-Language"] == "en"
    name, ics, mimetype = anna.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    event = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    assert str(event["UID"]) == f"{c.meeting.uid}@localhost" and event["SEQUENCE"] == c.meeting.sequence
    assert c.outsider.person.email not in by_address
    assert ChangeRecord.objects.filter(action="lead.meeting.notice_sent", object_id=c.meeting.pk).exists()


def test_a_secret_forums_kallelse_goes_only_to_those_called_and_shows_no_agenda(
    mailoutbox, django_capture_on_commit_callbacks
):
    c = council()
    count = _sent(c.secret_meeting, c.coordinator, django_capture_on_commit_callbacks)
    assert count == 1 and [m.to for m in mailoutbox] == [[c.anna.person.email]]
    assert "Individärende Hemlig" not in mailoutbox[0].body and "sekretess" in mailoutbox[0].body
    for user in (c.outsider, c.david, c.bertil, c.coordinator):
        assert all(user.person.email not in m.to for m in mailoutbox)
