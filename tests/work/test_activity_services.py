"""Activities (W1–W4) through their services: nothing without an owner or a goal is saved, the status moves
only with a progress note, an innovation is scaled up only after its evaluation, and the competences,
target groups and resources an activity needs. Each refusal names the field and saves nothing."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import ResourceCommitmentFactory, party_of
from tests.factories.steer import OwnGoalFactory
from tests.factories.work import (
    ActionPlanFactory,
    ActivityCompetenceFactory,
    ActivityFactory,
    ActivityResourceFactory,
    ActivityTargetGroupFactory,
    ProgressNoteFactory,
    goal_in,
    innovation,
    representative_of,
)
from work import services
from work.engine.pilot import RULE
from work.models import Activity, ActivityCompetence, ActivityResource, ActivityTargetGroup, ProgressNote

pytestmark = pytest.mark.django_db


def _refused(field, call, model=Activity):
    """`call` is refused naming `field`, and nothing of `model` is saved; the message is returned."""
    before = model.objects.count()
    with pytest.raises(ValidationError) as exc:
        call()
    assert field in exc.value.message_dict, exc.value.message_dict
    assert model.objects.count() == before
    return " ".join(exc.value.message_dict[field])


def _plan_and_owner():
    """The joint plan of a new collaboration, a party of it, a person representing the party and a goal."""
    plan = ActionPlanFactory()
    organization = party_of(plan.collaboration, name="Karlskrona kommun")
    person = representative_of(organization, PersonFactory(first_name="Eva", last_name="Holm"))
    return plan, organization, person, goal_in(plan.collaboration)


def _create(plan, **data):
    return services.create_activity(plan, actor=SYSTEM, title="Feriepraktik", **data)


# Owner, goals, dates, knowledge basis --------------------------------------------------------------


def test_an_activity_is_saved_with_its_owner_and_goal_and_starts_planned():
    plan, organization, person, goal = _plan_and_owner()
    activity = _create(plan, owner_organization=organization, owner_person=person, goals=[goal])
    activity.refresh_from_db()
    assert (activity.owner_organization, activity.owner_person, activity.plan) == (organization, person, plan)
    assert list(activity.goals.all()) == [goal]
    assert activity.status == "planned"


def test_an_activity_without_an_owner_organization_is_refused():
    plan, _organization, person, goal = _plan_and_owner()
    message = _refused("owner_organization", lambda: _create(plan, owner_person=person, goals=[goal]))
    assert "ansvarar" in message


def test_an_activity_without_an_owner_person_is_refused():
    plan, organization, _person, goal = _plan_and_owner()
    message = _refused("owner_person", lambda: _create(plan, owner_organization=organization, goals=[goal]))
    assert "ansvarar" in message


def test_an_owner_person_who_does_not_represent_the_organization_is_refused():
    plan, organization, _person, goal = _plan_and_owner()
    stranger = PersonFactory(first_name="Ola", last_name="Ek")
    message = _refused(
        "owner_person", lambda: _create(plan, owner_organization=organization, owner_person=stranger, goals=[goal])
    )
    assert "Ola Ek" in message and "Karlskrona kommun" in message


def test_an_activity_without_any_goal_is_refused():
    plan, organization, person, _goal = _plan_and_owner()
    message = _refused(
        "goals", lambda: _create(plan, owner_organization=organization, owner_person=person, goals=[], own_goals=[])
    )
    assert "minst ett mål" in message


def test_an_activity_ending_before_it_starts_is_refused():
    plan, organization, person, goal = _plan_and_owner()
    message = _refused(
        "end_date",
        lambda: _create(
            plan,
            owner_organization=organization,
            owner_person=person,
            goals=[goal],
            start_date=datetime.date(2026, 5, 1),
            end_date=datetime.date(2026, 4, 30),
        ),
    )
    assert "2026-05-01" in message


def test_a_goal_of_another_collaboration_is_refused():
    plan, organization, person, _goal = _plan_and_owner()
    elsewhere = goal_in(CollaborationFactory(name="Annan samverkan"), title="Främmande mål")
    message = _refused(
        "goals", lambda: _create(plan, owner_organization=organization, owner_person=person, goals=[elsewhere])
    )
    assert "Främmande mål" in message and "Annan samverkan" in message


def test_another_partys_own_goal_is_refused_and_the_owners_own_goal_is_taken():
    plan, organization, person, goal = _plan_and_owner()
    other = party_of(plan.collaboration, name="Ronneby kommun")
    others_goal = OwnGoalFactory(goal=goal, organization=other, title="Ronnebys eget mål")
    message = _refused(
        "own_goals",
        lambda: _create(plan, owner_organization=organization, owner_person=person, own_goals=[others_goal]),
    )
    assert "Ronnebys eget mål" in message
    own = OwnGoalFactory(goal=goal, organization=organization)
    activity = _create(plan, owner_organization=organization, owner_person=person, own_goals=[own])
    assert list(activity.own_goals.all()) == [own] and list(activity.goals.all()) == []


def test_an_evidence_based_activity_without_its_reference_is_refused():
    plan, organization, person, goal = _plan_and_owner()
    data = {"owner_organization": organization, "owner_person": person, "goals": [goal], "knowledge_basis": "evidence"}
    message = _refused("evidence_reference", lambda: _create(plan, **data))
    assert "evidens" in message
    activity = _create(plan, evidence_reference="Kunskapsstöd från Skolverket", **data)
    assert activity.knowledge_basis == "evidence"


def test_a_change_of_owner_is_checked_like_a_new_activity():
    activity = ActivityFactory()
    other = party_of(activity.collaboration)
    _refused("owner_person", lambda: services.update_activity(activity, actor=SYSTEM, owner_organization=other))
    activity.refresh_from_db()
    assert activity.owner_organization != other


# Status by progress notes --------------------------------------------------------------------------


def test_the_status_is_not_set_directly_but_with_a_progress_note():
    activity = ActivityFactory()
    message = _refused("status", lambda: services.update_activity(activity, actor=SYSTEM, status="done"))
    assert "lägesrapport" in message
    activity.refresh_from_db()
    assert activity.status == "planned"
    ProgressNoteFactory(activity=activity, status="ongoing")
    activity.refresh_from_db()
    assert activity.status == "ongoing"


def test_the_latest_note_by_its_date_decides_the_status():
    activity = ActivityFactory()
    ProgressNoteFactory(activity=activity, status="ongoing", written_on=datetime.date(2026, 11, 10))
    ProgressNoteFactory(activity=activity, status="paused", written_on=datetime.date(2026, 10, 1))  # written late
    activity.refresh_from_db()
    assert activity.status == "ongoing"
    ProgressNoteFactory(activity=activity, status="done", written_on=datetime.date(2026, 11, 20))
    activity.refresh_from_db()
    assert activity.status == "done"
    assert [n.status for n in ProgressNote.objects.filter(activity=activity)] == ["done", "ongoing", "paused"]


def test_a_progress_note_in_the_future_is_refused():
    activity = ActivityFactory()
    message = _refused(
        "written_on",
        lambda: services.add_progress_note(
            activity, actor=SYSTEM, text="Det kommer att gå bra.", status="done", written_on=datetime.date(2026, 12, 3)
        ),
        model=ProgressNote,
    )
    assert "i förväg" in message
    activity.refresh_from_db()
    assert activity.status == "planned"


def test_the_owner_person_reports_progress_but_does_not_keep_the_joint_plans_activity():
    activity = ActivityFactory()
    owner = user_for(None, email="agare@example.org")
    activity = services.update_activity(
        activity, actor=SYSTEM, owner_person=representative_of(activity.owner_organization, owner.person)
    )
    note = services.add_progress_note(activity, actor=owner, text="Tio unga har börjat.", status="ongoing")
    assert note.author == owner.person
    outsider = user_for(party_of(activity.collaboration))
    with pytest.raises(PermissionDenied):
        services.add_progress_note(activity, actor=outsider, text="Inte min.", status="done")
    activity.refresh_from_db()
    assert activity.status == "ongoing"


# The pilot and its evaluation (W3) ------------------------------------------------------------------


def test_an_innovation_is_not_scaled_up_before_its_evaluation():
    activity = innovation()
    message = _refused("scaled_up_on", lambda: services.scale_up_activity(activity, actor=SYSTEM))
    assert str(RULE) in message
    activity.refresh_from_db()
    assert activity.scaled_up_on is None and activity.is_pilot


def test_an_innovation_is_scaled_up_after_its_evaluation_but_not_on_a_day_before_it():
    activity = innovation()
    activity = services.record_evaluation(
        activity, actor=SYSTEM, evaluated_on=datetime.date(2026, 6, 1), evaluation_result="Fler fullföljde."
    )
    message = _refused(
        "scaled_up_on", lambda: services.scale_up_activity(activity, actor=SYSTEM, on=datetime.date(2026, 5, 31))
    )
    assert "2026-06-01" in message
    activity = services.scale_up_activity(activity, actor=SYSTEM, on=datetime.date(2026, 6, 1))
    activity.refresh_from_db()
    assert activity.scaled_up_on == datetime.date(2026, 6, 1)
    assert activity.is_evaluated and not activity.is_pilot


def test_an_activity_that_is_not_an_innovation_is_neither_evaluated_nor_scaled_up_as_a_pilot():
    activity = ActivityFactory(knowledge_basis="proven")
    assert "innovation" in _refused(
        "evaluated_on",
        lambda: services.record_evaluation(
            activity, actor=SYSTEM, evaluated_on=datetime.date(2026, 6, 1), evaluation_result="Bra."
        ),
    )
    assert "innovation" in _refused("scaled_up_on", lambda: services.scale_up_activity(activity, actor=SYSTEM))
    activity.refresh_from_db()
    assert (activity.evaluated_on, activity.scaled_up_on) == (None, None)


def test_the_database_refuses_a_scale_up_without_an_evaluation():
    activity = innovation()
    with pytest.raises(IntegrityError), transaction.atomic():
        Activity.objects.filter(pk=activity.pk).update(scaled_up_on=datetime.date(2026, 6, 1))
    activity.refresh_from_db()
    assert activity.scaled_up_on is None


# Competences and target groups (W4) ----------------------------------------------------------------


def test_a_competence_without_a_provider_is_a_gap_and_with_a_party_it_is_not():
    activity = ActivityFactory()
    gap = ActivityCompetenceFactory(activity=activity, competence="Arbetsmarknadskunskap")
    provided = ActivityCompetenceFactory(activity=activity, provider=activity.owner_organization)
    assert (gap.is_gap, provided.is_gap) == (True, False)
    services.update_competence(gap, actor=SYSTEM, provider=activity.owner_organization)
    gap.refresh_from_db()
    assert not gap.is_gap


def test_a_provider_that_is_not_a_party_is_refused():
    activity = ActivityFactory()
    outsider = OrganizationFactory(name="Utomstående AB")
    message = _refused(
        "provider",
        lambda: services.add_competence(activity, actor=SYSTEM, competence="Handledning", provider=outsider),
        model=ActivityCompetence,
    )
    assert "Utomstående AB" in message


def test_a_target_group_of_another_kind_needs_a_description():
    activity = ActivityFactory()
    message = _refused(
        "description",
        lambda: services.add_target_group(activity, actor=SYSTEM, kind="other", involvement="informed"),
        model=ActivityTargetGroup,
    )
    assert "vilken grupp" in message
    group = ActivityTargetGroupFactory(activity=activity, kind="other", description="Nyanlända föräldrar")
    assert str(group) == "Nyanlända föräldrar"


# Resources, drawn from the owner's commitment ------------------------------------------------------


def _commitment(activity, year=2026, money="150000.00", organization=None):
    return ResourceCommitmentFactory(
        collaboration=activity.collaboration,
        organization=organization or activity.owner_organization,
        year=year,
        money_committed=Decimal(money),
    )


def test_a_resource_is_drawn_from_the_owners_commitment_of_that_year():
    activity = ActivityFactory()
    commitment = _commitment(activity, year=2026)
    _commitment(activity, year=2027)
    resource = ActivityResourceFactory(activity=activity, year=2026)
    assert resource.commitment == commitment
    assert list(commitment.activity_resources.all()) == [resource]


def test_activities_together_take_no_more_money_than_the_owner_set_aside():
    first = ActivityFactory()
    commitment = _commitment(first, money="150000.00")
    second = ActivityFactory(
        plan=first.plan, owner_organization=first.owner_organization, owner_person=first.owner_person
    )
    ActivityResourceFactory(activity=first, money_committed=Decimal("100000.00"))
    message = _refused(
        "money_committed",
        lambda: services.set_activity_resource(second, actor=SYSTEM, year=2026, money_committed=Decimal("60000")),
        model=ActivityResource,
    )
    assert str(commitment.organization) in message and "2026" in message
    resource = services.set_activity_resource(second, actor=SYSTEM, year=2026, money_committed=Decimal("50000"))
    assert resource.commitment == commitment


def test_a_resource_without_a_commitment_stands_alone():
    resource = ActivityResourceFactory(money_committed=Decimal("9000000.00"))
    resource.refresh_from_db()
    assert resource.commitment is None
    assert resource.money_committed == Decimal("9000000.00")


def test_a_new_owner_draws_the_resources_from_its_own_commitment():
    activity = ActivityFactory()
    _commitment(activity)
    resource = ActivityResourceFactory(activity=activity)
    new_owner = party_of(activity.collaboration)
    theirs = _commitment(activity, organization=new_owner)
    services.update_activity(
        activity, actor=SYSTEM, owner_organization=new_owner, owner_person=representative_of(new_owner)
    )
    resource.refresh_from_db()
    assert resource.commitment == theirs


def test_a_resource_without_any_amount_is_refused_and_a_year_is_set_once():
    activity = ActivityFactory()
    _refused(
        "money_committed",
        lambda: services.set_activity_resource(activity, actor=SYSTEM, year=2026, note="Okänt"),
        model=ActivityResource,
    )
    ActivityResourceFactory(activity=activity, year=2026, money_committed=Decimal("1000.00"))
    services.set_activity_resource(activity, actor=SYSTEM, year=2026, money_actual=Decimal("800.00"))
    (resource,) = ActivityResource.objects.filter(activity=activity)
    assert (resource.money_committed, resource.money_actual) == (Decimal("1000.00"), Decimal("800.00"))


def test_an_activity_is_as_visible_as_its_plan():
    collaboration = CollaborationFactory()
    party = party_of(collaboration)
    plan = ActionPlanFactory(collaboration=collaboration, visibility="named", shared_with=[party])
    activity = ActivityFactory(plan=plan)
    assert activity.visibility == "named"
    assert list(activity.shared_with.all()) == [party]
