"""Giving, changing, reporting on and cancelling assignments (L3), and the refusals of bad input: each names
the field and saves nothing."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.services import SYSTEM
from lead import services
from lead.models import Assignment, Decision
from organize import services as organize_services
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.lead import AgendaItemFactory, AssignmentFactory, MeetingFactory, owner_in
from tests.factories.organize import BodyFactory

pytestmark = pytest.mark.django_db


def _refused(field, call):
    before = Assignment.objects.count()
    with pytest.raises(ValidationError) as exc:
        call()
    assert field in exc.value.message_dict, exc.value.message_dict
    assert Assignment.objects.count() == before  # nothing half-saved
    return " ".join(exc.value.message_dict[field])


def _decision(meeting):
    """A decision taken at an item of the meeting (as the decision register would keep it)."""
    item = AgendaItemFactory(meeting=meeting, kind="decision")
    return Decision.objects.create(
        collaboration=meeting.collaboration,
        meeting=meeting,
        item=item,
        body=meeting.body,
        year=meeting.date.year,
        number=1,
        reference=f"SG {meeting.date.year}:1",
        text="Styrgruppen beslutar att ta fram en handlingsplan.",
    )


def test_an_assignment_given_at_a_meeting_is_given_on_its_day_by_its_body():
    meeting = MeetingFactory(date=datetime.date(2026, 2, 3))
    person, org = owner_in(meeting.collaboration)
    assignment = services.give_assignment(
        meeting, actor=SYSTEM, title="Ta fram en handlingsplan", owner_person=person, owner_organization=org
    )
    assert (assignment.body, assignment.meeting, assignment.given_on) == (meeting.body, meeting, meeting.date)
    assert assignment.status == "not_started" and assignment.completed_on is None


def test_an_assignment_given_by_a_decision_takes_its_meeting_and_body():
    meeting = MeetingFactory(date=datetime.date(2026, 2, 3))
    decision = _decision(meeting)
    assignment = AssignmentFactory(decision=decision)
    assert (assignment.decision, assignment.meeting, assignment.body) == (decision, meeting, meeting.body)
    assert assignment.given_on == meeting.date


def test_a_body_gives_an_assignment_directly_on_a_day():
    body = BodyFactory()
    assignment = AssignmentFactory(body=body, given_on=datetime.date(2026, 1, 20))
    assert assignment.meeting is None and assignment.given_on == datetime.date(2026, 1, 20)


def test_an_assignment_without_an_owner_person_is_refused_naming_the_field():
    meeting = MeetingFactory()
    _person, org = owner_in(meeting.collaboration)
    message = _refused(
        "owner_person",
        lambda: services.give_assignment(meeting, actor=SYSTEM, title="X", owner_person=None, owner_organization=org),
    )
    assert "ansvarar" in message


def test_an_assignment_without_an_owner_organization_is_refused_naming_the_field():
    meeting = MeetingFactory()
    person, _org = owner_in(meeting.collaboration)
    _refused(
        "owner_organization",
        lambda: services.give_assignment(meeting, actor=SYSTEM, title="X", owner_person=person),
    )


def test_an_owner_who_does_not_represent_the_organization_is_refused():
    meeting = MeetingFactory()
    _person, org = owner_in(meeting.collaboration)
    stranger = PersonFactory(first_name="Olle", last_name="Främling")
    message = _refused(
        "owner_person",
        lambda: services.give_assignment(
            meeting, actor=SYSTEM, title="X", owner_person=stranger, owner_organization=org
        ),
    )
    assert "Olle Främling" in message and "företräder inte" in message


def test_an_owner_organization_that_is_not_a_party_is_refused():
    meeting = MeetingFactory()
    outsider = OrganizationFactory(name="Utomstående AB")
    person = user_for(outsider).person
    _refused(
        "owner_organization",
        lambda: services.give_assignment(
            meeting, actor=SYSTEM, title="X", owner_person=person, owner_organization=outsider
        ),
    )


def test_a_dissolved_body_gives_no_new_assignments():
    body = BodyFactory()
    person, org = owner_in(body.collaboration)
    organize_services.update_body(body, actor=SYSTEM, closed_on=datetime.date(2025, 12, 31))
    message = _refused(
        "body",
        lambda: services.give_assignment(body, actor=SYSTEM, title="X", owner_person=person, owner_organization=org),
    )
    assert "avvecklades 2025-12-31" in message


def test_a_goal_of_another_collaboration_is_refused():
    from tests.factories.steer import GoalFactory

    meeting = MeetingFactory()
    person, org = owner_in(meeting.collaboration)
    goal = GoalFactory()
    _refused(
        "goal",
        lambda: services.give_assignment(
            meeting, actor=SYSTEM, title="X", owner_person=person, owner_organization=org, goal=goal
        ),
    )


def test_a_due_date_before_the_assignment_was_given_is_refused():
    meeting = MeetingFactory(date=datetime.date(2026, 3, 10))
    _refused("due_date", lambda: AssignmentFactory(meeting=meeting, due_date=datetime.date(2026, 3, 1)))


def test_a_coordinator_changes_what_when_and_the_goal():
    assignment = AssignmentFactory()
    services.update_assignment(assignment, actor=SYSTEM, title="Ny lydelse", due_date=datetime.date(2026, 6, 1))
    assignment.refresh_from_db()
    assert (assignment.title, assignment.due_date) == ("Ny lydelse", datetime.date(2026, 6, 1))


def test_the_status_is_not_changed_as_an_update():
    assignment = AssignmentFactory()
    with pytest.raises(ValidationError) as exc:
        services.update_assignment(assignment, actor=SYSTEM, status="done")
    assert "status" in exc.value.message_dict


def test_the_owner_reports_done_and_reopening_clears_the_day_it_was_done():
    collaboration_meeting = MeetingFactory()
    owner = user_for(None, email="agare@example.org")
    person, org = owner_in(collaboration_meeting.collaboration, owner.person)
    assignment = AssignmentFactory(meeting=collaboration_meeting, owner_person=person, owner_organization=org)
    services.report_assignment(assignment, actor=owner, status="in_progress")
    assert assignment.completed_on is None
    services.report_assignment(assignment, actor=owner, status="done", report="Planen är antagen.")
    assert assignment.completed_on == timezone.localdate() and assignment.report == "Planen är antagen."
    services.report_assignment(assignment, actor=owner, status="in_progress")
    assignment.refresh_from_db()
    assert assignment.status == "in_progress" and assignment.completed_on is None


def test_done_on_an_earlier_day_is_kept_and_a_day_to_come_or_before_it_was_given_is_refused():
    assignment = AssignmentFactory(meeting=MeetingFactory(date=datetime.date(2026, 3, 10)))
    for day, code in (
        (timezone.localdate() + datetime.timedelta(days=1), "framtiden"),
        (datetime.date(2026, 3, 9), "före"),
    ):
        with pytest.raises(ValidationError) as exc:
            services.report_assignment(assignment, actor=SYSTEM, status="done", report="Klart.", completed_on=day)
        assert code in str(exc.value.message_dict["completed_on"])
    assignment.refresh_from_db()
    assert assignment.status == "not_started" and assignment.completed_on is None
    services.report_assignment(
        assignment, actor=SYSTEM, status="done", report="Klart.", completed_on=datetime.date(2026, 4, 2)
    )
    assert assignment.completed_on == datetime.date(2026, 4, 2)


def test_done_without_a_report_is_refused():
    assignment = AssignmentFactory()
    with pytest.raises(ValidationError) as exc:
        services.report_assignment(assignment, actor=SYSTEM, status="done", report="")
    assert "report" in exc.value.message_dict
    assignment.refresh_from_db()
    assert assignment.status == "not_started"


def test_someone_else_may_not_report_and_the_owner_may_not_cancel():
    meeting = MeetingFactory()
    owner = user_for(None, email="agare@example.org")
    person, org = owner_in(meeting.collaboration, owner.person)
    assignment = AssignmentFactory(meeting=meeting, owner_person=person, owner_organization=org)
    other = user_for(org, email="kollega@example.org")
    with pytest.raises(PermissionDenied):
        services.report_assignment(assignment, actor=other, status="in_progress")
    with pytest.raises(ValidationError) as exc:
        services.report_assignment(assignment, actor=owner, status="cancelled")
    assert "status" in exc.value.message_dict
    with pytest.raises(PermissionDenied):
        services.cancel_assignment(assignment, actor=owner)


def test_a_coordinator_cancels_an_open_assignment_once():
    assignment = AssignmentFactory()
    services.cancel_assignment(assignment, actor=SYSTEM, reason="Ersatt av ett annat uppdrag")
    assert assignment.status == "cancelled" and assignment.completed_on == timezone.localdate()
    with pytest.raises(ValidationError) as exc:
        services.cancel_assignment(assignment, actor=SYSTEM)
    assert "status" in exc.value.message_dict
