"""The continuity view (L6, X5): each warning provoked, none in a healthy collaboration, the unknown
said as unknown; the plan for after a project set on the page."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.utils import timezone

from actors import services as actor_services
from collaborations import services as collaboration_services
from core.services import SYSTEM
from lead import services
from lead.engine import continuity as rules
from lead.models import Attendance
from lead.queries.continuity import continuity
from organize import services as organize_services
from tests.factories.actors import PersonFactory
from tests.factories.lead import after_project_plan, held_meeting
from tests.factories.organize import BodyFactory, ExternalFundingFactory, MembershipFactory, party_of
from tests.lead.communication_helpers import World, decision_at

TODAY = timezone.localdate()


# The rules, on plain values ----------------------------------------------------------------------


def test_a_person_holding_more_than_the_share_is_found():
    found = rules.concentrated_roles({1: 4, 2: 3, 3: 3}, Decimal("30"))
    assert [(c.person_id, c.held) for c in found] == [(1, 4)]
    assert rules.concentrated_roles({1: 4, 2: 3, 3: 3}, Decimal("40")) == []


def test_the_rhythm_is_unknown_without_one_and_late_after_its_interval():
    assert rules.rhythm_check(None, TODAY, None, TODAY).status == "unknown"
    assert rules.rhythm_check(12, TODAY - datetime.timedelta(days=20), None, TODAY).status == "ok"
    assert rules.rhythm_check(12, TODAY - datetime.timedelta(days=45), None, TODAY).status == "late"
    assert rules.rhythm_check(4, None, TODAY - datetime.timedelta(days=30), TODAY).status == "ok"


def test_attendance_continuity_counts_who_came_back():
    day = datetime.date(2026, 1, 1)
    rows = rules.attendance_continuity([(day, frozenset({1, 2})), (day, frozenset({1, 3})), (day, frozenset({4, 5}))])
    assert [r.returning for r in rows] == [None, 1, 0]
    assert rules.average_continuity(rows) == 0.25
    assert rules.attendance_keeps_changing(rows) is True
    assert rules.attendance_keeps_changing(rows[:1]) is None  # one meeting says nothing


def test_funding_without_an_end_date_is_unknown_not_flagged():
    assert rules.funding_needs_plan(None, False, TODAY) == "unknown"
    assert rules.funding_needs_plan(TODAY + datetime.timedelta(days=200), False, TODAY) == "flag"
    assert rules.funding_needs_plan(TODAY + datetime.timedelta(days=200), True, TODAY) == "ok"
    assert rules.funding_needs_plan(TODAY + datetime.timedelta(days=500), False, TODAY) == "ok"


# The view, on a collaboration -----------------------------------------------------------------------


def _member(body, organization, position="member", person=None):
    return MembershipFactory(body=body, person=person or PersonFactory(), organization=organization, position=position)


def _hold(body, day, present):
    meeting = held_meeting(body=body, date=day)
    for attendance in Attendance.objects.filter(meeting=meeting):
        status = "present" if attendance.person_id in present else "absent"
        Attendance.objects.filter(pk=attendance.pk).update(status=status)
    return meeting


def _healthy(world):
    """Two coordinators, a body of two parties with a chair and a vice chair, meeting monthly with the
    same people, and project funding with a plan."""
    second = PersonFactory(first_name="Andra", last_name="Samordnaren")
    actor_services.add_representation(second, world.region, actor=SYSTEM)
    collaboration_services.assign_role(
        world.collaboration, second, "coordinator", actor=SYSTEM, organization=world.region
    )
    body = BodyFactory(collaboration=world.collaboration, name="Ledningsgruppen", meetings_per_year=12)
    people = [
        _member(body, world.region, "chair").person,
        _member(body, world.municipality, "vice_chair").person,
        _member(body, world.region).person,
        _member(body, party_of(world.collaboration)).person,
    ]
    for days in (80, 50, 20):
        _hold(body, TODAY - datetime.timedelta(days=days), {p.pk for p in people})
    funding = ExternalFundingFactory(collaboration=world.collaboration, end_date=TODAY + datetime.timedelta(days=100))
    after_project_plan(funding, kind="ordinary", description="Går in i ordinarie budget 2027.")
    return body


@pytest.mark.django_db
def test_a_healthy_collaboration_has_no_warnings():
    world = World()
    _healthy(world)
    view = continuity(world.collaboration, world.coordinator, on=TODAY)
    assert view.warnings == [], [w.message for w in view.warnings]


@pytest.mark.django_db
def test_each_warning_is_provoked():
    world = World()
    # One body with members from one party only, a chair without a vice chair, not met for long, with
    # changing attendance; one person holding most roles; one coordinator; funding ending without a plan.
    body = BodyFactory(collaboration=world.collaboration, name="Arbetsgruppen", meetings_per_year=12)
    busy = world.coordinator.person
    actor_services.add_representation(busy, world.municipality, actor=SYSTEM)
    _member(body, world.municipality, "chair", person=busy)
    others = [_member(body, world.municipality).person for _ in range(3)]
    for days, present in ((200, {others[0].pk}), (170, {others[1].pk}), (140, {others[2].pk})):
        _hold(body, TODAY - datetime.timedelta(days=days), present)
    funding = ExternalFundingFactory(
        collaboration=world.collaboration,
        description="ESF-projektet Unga",
        end_date=TODAY + datetime.timedelta(days=90),
    )
    view = continuity(world.collaboration, world.coordinator, share=Decimal("30"), on=TODAY)
    kinds = {w.kind for w in view.warnings}
    assert kinds == {"concentration", "few_parties", "rhythm", "attendance", "no_deputy", "after_project"}
    messages = " ".join(w.message for w in view.warnings)
    assert "ingen vice ordförande" in messages and "bara en samordnare" in messages
    assert "ESF-projektet Unga" in messages
    # The plan, set with its decision, ends the flag.
    decision = decision_at(held_meeting(body=body, date=TODAY - datetime.timedelta(days=5)), text="Fortsätter")
    plan = services.set_after_project_plan(funding, actor=world.coordinator, kind="follow_on", decision=decision)
    assert plan.decided_on == decision.meeting.date
    view = continuity(world.collaboration, world.coordinator, on=TODAY)
    assert "after_project" not in {w.kind for w in view.warnings}


@pytest.mark.django_db
def test_what_is_unknown_is_said_and_not_warned_about():
    world = World()
    body = BodyFactory(collaboration=world.collaboration, name="Forumet utan rytm")
    _member(body, world.region, "vice_chair")
    _member(body, world.municipality)
    ExternalFundingFactory(collaboration=world.collaboration, description="Projekt utan slut", end_date=None)
    view = continuity(world.collaboration, world.coordinator, on=TODAY)
    kinds = {w.kind for w in view.warnings}
    assert "rhythm" not in kinds and "attendance" not in kinds and "after_project" not in kinds
    unknown = " ".join(view.unknown)
    assert "ingen mötesrytm angiven" in unknown
    assert "kontinuiteten är okänd" in unknown
    assert "Projekt utan slut: slutdatum okänt" in unknown


@pytest.mark.django_db
def test_a_dissolved_body_is_not_warned_about():
    world = World()
    body = BodyFactory(collaboration=world.collaboration, name="Gamla gruppen", meetings_per_year=12)
    _member(body, world.region)
    organize_services.update_body(body, actor=SYSTEM, closed_on=TODAY - datetime.timedelta(days=400))
    view = continuity(world.collaboration, world.coordinator, on=TODAY)
    assert not [w for w in view.warnings if "Gamla gruppen" in w.message]


@pytest.mark.django_db
def test_the_page_shows_the_warnings_the_share_typed_and_the_attendance_table():
    world = World()
    body = _healthy(world)
    client = Client()
    client.force_login(world.coordinator)
    url = f"/samverkan/{world.collaboration.slug}/ledning/kontinuitet/"
    page = client.get(url).content.decode()
    assert "Närvaro vid de senaste mötena: Ledningsgruppen" in page
    assert "Inga varningar i det du kan se." in page or "Varning:" in page
    strict = client.get(url + "?andel=10").content.decode()
    assert "mer än 10 %" in strict
    assert client.get(url + "?andel=abc").status_code == 200  # unreadable: the default share, and the error shown
    assert body.name in page


@pytest.mark.django_db
def test_the_plan_is_written_on_the_page_and_only_by_coordinators():
    world = World()
    funding = ExternalFundingFactory(
        collaboration=world.collaboration, end_date=timezone.localdate() + datetime.timedelta(days=60)
    )
    url = f"/samverkan/{world.collaboration.slug}/ledning/kontinuitet/finansiering/{funding.pk}/plan/"
    client = Client()
    client.force_login(world.participant)
    assert client.get(url).status_code == 403
    client.force_login(world.coordinator)
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"kind": "end", "description": "Arbetet avslutas när medlen tar slut.", "visibility": "public"}
    )
    assert response.status_code == 302
    assert funding.after_project_plan.kind == "end"
    assert (
        "Arbetet avslutas" in client.get(f"/samverkan/{world.collaboration.slug}/ledning/kontinuitet/").content.decode()
    )


@pytest.mark.django_db
def test_a_plan_with_another_collaborations_decision_is_refused_naming_the_field():
    world, other = World(), World(name="Annan samverkan")
    funding = ExternalFundingFactory(collaboration=world.collaboration)
    decision = decision_at(held_meeting(body=BodyFactory(collaboration=other.collaboration)))
    with pytest.raises(ValidationError) as refused:
        services.set_after_project_plan(funding, actor=world.coordinator, kind="ordinary", decision=decision)
    assert "decision" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        services.set_after_project_plan(funding, actor=world.coordinator, description="Utan slag")
    assert "kind" in refused.value.message_dict
    with pytest.raises(PermissionDenied):
        services.set_after_project_plan(funding, actor=world.participant, kind="end")
