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


def test_the_chair_sends_the_kallelse_from_the_documents_page_and_a_member_may_not(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    c = council()
    url = f"/samverkan/{c.meeting.collaboration.slug}/ledning/moten/{c.meeting.pk}/kallelse-och-protokoll/"
    client.force_login(c.bertil)  # called, but neither chair nor secretary
    assert "Skicka kallelsen" not in client.get(url).content.decode()
    assert client.post(url, {"send": "notice"}).status_code == 403
    assert not ChangeRecord.objects.filter(action="lead.meeting.notice_sent").exists()

    client.force_login(c.anna)  # the chair
    page = client.get(url).content.decode()
    assert "Skicka kallelsen med e-post" in page and "har inte skickats" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"send": "notice"}, follow=True)
    assert "Kallelsen skickas med e-post till 3 kallade." in response.content.decode()
    assert len(mailoutbox) == 3
    page = client.get(url).content.decode()
    assert "Senast skickad" in page and "Anna Ek" in page and "Skicka kallelsen igen" in page
