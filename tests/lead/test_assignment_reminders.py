"""Reminder e-mails about assignments (L3): when given, three days before due and when overdue, each once,
in the owner's language, with a link to the assignment and one that turns reminders off without a login."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from core.services import SYSTEM
from lead import services
from lead.models import AssignmentReminder, ReminderPreference
from organize import services as organize_services
from tests.factories.actors import PersonFactory, user_for
from tests.factories.lead import AssignmentFactory, MeetingFactory, owner_in
from tests.factories.organize import MembershipFactory

pytestmark = pytest.mark.django_db

GIVEN = datetime.date(2026, 3, 10)
DUE = datetime.date(2026, 4, 30)


def _owned(language="sv", email="agare@example.org", **kwargs):
    meeting = kwargs.pop("meeting", None) or MeetingFactory(date=GIVEN)
    user = user_for(None, email=email, first_name="Ingrid", last_name="Ägare")
    user.language = language
    user.save()
    person, org = owner_in(meeting.collaboration, user.person)
    assignment = AssignmentFactory(
        meeting=meeting, title="Kartlägg insatserna", owner_person=person, owner_organization=org, **kwargs
    )
    return user, assignment


def _kinds(assignment):
    return sorted(AssignmentReminder.objects.filter(assignment=assignment).values_list("kind", flat=True))


def test_given_then_three_days_before_then_overdue_each_once():
    user, assignment = _owned(due_date=DUE)
    assert services.send_due_reminders(GIVEN) == 1
    assert [m.to for m in mail.outbox] == [["agare@example.org"]]
    assert "Nytt uppdrag: Kartlägg insatserna" in mail.outbox[0].subject
    assert services.send_due_reminders(GIVEN) == 0  # idempotent
    assert services.send_due_reminders(DUE - datetime.timedelta(days=4)) == 0
    assert services.send_due_reminders(DUE - datetime.timedelta(days=3)) == 1
    assert "3 dagar" in mail.outbox[-1].subject
    assert services.send_due_reminders(DUE) == 0
    assert services.send_due_reminders(DUE + datetime.timedelta(days=1)) == 1
    assert "Försenat uppdrag" in mail.outbox[-1].subject
    assert services.send_due_reminders(DUE + datetime.timedelta(days=2)) == 0
    assert len(mail.outbox) == 3
    assert _kinds(assignment) == ["due_soon", "given", "overdue"]


def test_an_assignment_given_already_overdue_gets_given_and_overdue_not_three_days_left():
    _user, assignment = _owned(due_date=GIVEN + datetime.timedelta(days=2))
    assert services.send_due_reminders(GIVEN + datetime.timedelta(days=5)) == 2
    assert _kinds(assignment) == ["given", "overdue"]
    assert services.send_due_reminders(GIVEN + datetime.timedelta(days=6)) == 0


def test_the_mail_links_to_the_assignment_and_is_in_the_owners_language():
    _user, assignment = _owned(due_date=DUE)
    _english, other = _owned(language="en", email="english@example.org", due_date=DUE)
    services.send_due_reminders(GIVEN)
    by_address = {m.to[0]: m for m in mail.outbox}
    swedish, english = by_address["agare@example.org"], by_address["english@example.org"]
    assert assignment.get_absolute_url() in swedish.body
    assert "/mina-uppdrag/paminnelser/av/" in swedish.body
    # Written in the owner's language (the dates at least, whatever the catalogue has translated yet).
    assert "30 april 2026" in swedish.body
    assert "30 April 2026" in english.body and other.get_absolute_url() in english.body


def test_the_link_in_the_mail_turns_reminders_off_without_a_login():
    user, assignment = _owned(due_date=DUE)
    services.send_due_reminders(GIVEN)
    path = re.search(r"https?://[^/\s]+(/mina-uppdrag/paminnelser/av/\S+/)", mail.outbox[0].body).group(1)
    client = Client()
    page = client.get(path)
    assert page.status_code == 200 and "Stäng av påminnelserna" in page.content.decode()
    assert ReminderPreference.objects.filter(person=user.person, send_reminders=False).count() == 0  # GET only asks
    answer = client.post(path)
    assert answer.status_code == 200 and "får inte längre påminnelser" in answer.content.decode()
    assert ReminderPreference.objects.get(person=user.person).send_reminders is False
    assert services.send_due_reminders(DUE - datetime.timedelta(days=3)) == 0
    assert client.get("/mina-uppdrag/paminnelser/av/inte-en-riktig-lank/").status_code == 404


def test_a_person_turns_reminders_back_on_from_my_assignments():
    user, _assignment = _owned(due_date=DUE)
    services.set_reminders(user.person, False, actor=user)
    client = Client()
    client.force_login(user)
    client.post("/mina-uppdrag/paminnelser/", {"send_reminders": "on"})
    assert ReminderPreference.objects.get(person=user.person).send_reminders is True
    assert services.send_due_reminders(GIVEN) == 1


def test_only_the_person_sets_their_own_reminders():
    user, _assignment = _owned()
    other = user_for(None, email="annan@example.org")
    with pytest.raises(Exception, match="Bara du"):
        services.set_reminders(user.person, False, actor=other)


def test_no_mail_to_an_owner_without_an_account_nor_about_closed_assignments():
    meeting = MeetingFactory(date=GIVEN)
    person, org = owner_in(meeting.collaboration, PersonFactory())
    AssignmentFactory(meeting=meeting, owner_person=person, owner_organization=org)
    _user, done = _owned(meeting=meeting, email="klar@example.org")
    services.report_assignment(done, actor=SYSTEM, status="done", report="Klart.")
    assert services.send_due_reminders(GIVEN) == 0
    assert mail.outbox == []


def test_an_assignment_of_a_secret_body_is_mailed_to_its_owner_only():
    meeting = MeetingFactory(date=GIVEN)
    organize_services.update_body(meeting.body, actor=SYSTEM, confidentiality="secret")
    member = user_for(None, email="ledamot@example.org")
    MembershipFactory(body=meeting.body, person=member.person)
    _user, assignment = _owned(meeting=meeting, due_date=DUE)
    assert services.send_due_reminders(GIVEN) == 1
    assert [m.to for m in mail.outbox] == [["agare@example.org"]]


def test_the_scheduler_enqueues_the_task_that_sends_and_a_second_round_sends_nothing():
    meeting = MeetingFactory(date=GIVEN)
    user = user_for(None, email="idag@example.org")
    person, org = owner_in(meeting.collaboration, user.person)
    today = timezone.localdate()
    AssignmentFactory(body=meeting.body, given_on=today, due_date=None, owner_person=person, owner_organization=org)
    call_command("lead_scheduler", "--once", stdout=io.StringIO())  # the tests' task backend runs it at once
    call_command("lead_scheduler", "--once", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [["idag@example.org"]]
