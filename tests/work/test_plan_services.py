"""Action plans (S5) through their services: each party writes its own plan and the coordinators the joint
one, a plan with activities stays, versions are numbered and keep the activities as they were, and a
decision on a version is dated between the version and today."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.work import ActionPlanFactory, ActionPlanVersionFactory, ActivityFactory, party_plan
from work import services
from work.models import ActionPlan, ActionPlanVersion

pytestmark = pytest.mark.django_db


def _refused(field, call, model=ActionPlan):
    before = model.objects.count()
    with pytest.raises(ValidationError) as exc:
        call()
    assert field in exc.value.message_dict, exc.value.message_dict
    assert model.objects.count() == before
    return " ".join(exc.value.message_dict[field])


def _collaboration_with_coordinator():
    region = OrganizationFactory(name="Region Blekinge", kind="region", sector="region")
    coordinator = user_for(region, email="samordnare@example.org")
    return CollaborationFactory(coordinating_organization=region, coordinator=coordinator.person), coordinator


# Who writes which plan -----------------------------------------------------------------------------


def test_a_representative_starts_and_keeps_its_own_partys_plan():
    collaboration = CollaborationFactory()
    party = party_of(collaboration, name="Karlskrona kommun")
    user = user_for(party)
    plan = services.create_action_plan(
        collaboration, actor=user, organization=party, title="Karlskronas plan", start_year=2026
    )
    plan = services.update_action_plan(plan, actor=user, end_year=2028)
    plan.refresh_from_db()
    assert (plan.organization, plan.period, plan.is_joint) == (party, "2026–2028", False)


def test_a_representative_of_one_party_cannot_write_another_partys_plan():
    collaboration = CollaborationFactory()
    theirs = party_plan(collaboration, title="Ronnebys plan")
    user = user_for(party_of(collaboration, name="Karlskrona kommun"))
    with pytest.raises(PermissionDenied):
        services.update_action_plan(theirs, actor=user, title="Kapad")
    with pytest.raises(PermissionDenied):
        services.create_activity(theirs, actor=user, title="Smygaktivitet")
    theirs.refresh_from_db()
    assert theirs.title == "Ronnebys plan" and theirs.activities.count() == 0


def test_a_representative_cannot_start_a_plan_for_another_party():
    collaboration = CollaborationFactory()
    other = party_of(collaboration, name="Ronneby kommun")
    user = user_for(party_of(collaboration, name="Karlskrona kommun"))
    message = _refused(
        "organization",
        lambda: services.create_action_plan(collaboration, actor=user, organization=other, title="X", start_year=2026),
    )
    assert "Ronneby kommun" in message


def test_only_the_coordinators_write_the_joint_plan():
    collaboration, coordinator = _collaboration_with_coordinator()
    participant = user_for(party_of(collaboration))
    message = _refused(
        "organization",
        lambda: services.create_action_plan(collaboration, actor=participant, title="Gemensam", start_year=2026),
    )
    assert "samordnare" in message
    joint = services.create_action_plan(collaboration, actor=coordinator, title="Gemensam", start_year=2026)
    assert joint.is_joint
    with pytest.raises(PermissionDenied):
        services.update_action_plan(joint, actor=participant, title="Ändrad")
    services.update_action_plan(joint, actor=coordinator, title="Gemensam handlingsplan")
    joint.refresh_from_db()
    assert joint.title == "Gemensam handlingsplan"


def test_a_plan_needs_a_title_and_a_first_year():
    collaboration = CollaborationFactory()
    title = _refused(
        "title", lambda: services.create_action_plan(collaboration, actor=SYSTEM, title=" ", start_year=2026)
    )
    year = _refused("start_year", lambda: services.create_action_plan(collaboration, actor=SYSTEM, title="Plan"))
    assert title == "Ge handlingsplanen en rubrik."
    assert year == "Ange från vilket år planen gäller."


def test_a_plan_with_activities_is_not_deleted():
    activity = ActivityFactory()
    plan = activity.plan
    message = _refused("plan", lambda: services.delete_action_plan(plan, actor=SYSTEM))
    assert message == "Handlingsplanen har aktiviteter; ta bort dem först."
    services.delete_activity(activity, actor=SYSTEM)
    services.delete_action_plan(plan, actor=SYSTEM)
    assert not ActionPlan.objects.filter(pk=plan.pk).exists()


# Versions and decisions ----------------------------------------------------------------------------


def test_versions_are_numbered_one_two_three():
    plan = ActionPlanFactory()
    numbers = [ActionPlanVersionFactory(plan=plan).number for _ in range(3)]
    assert numbers == [1, 2, 3]
    assert list(ActionPlanVersion.objects.filter(plan=plan).values_list("number", flat=True)) == [3, 2, 1]


def test_a_version_keeps_the_activities_as_they_were():
    activity = ActivityFactory(title="Feriepraktik")
    version = ActionPlanVersionFactory(plan=activity.plan)
    services.update_activity(activity, actor=SYSTEM, title="Sommarjobb", end_date=datetime.date(2027, 6, 30))
    ActivityFactory(plan=activity.plan, title="Mentorskap")
    version.refresh_from_db()
    assert [(row["id"], row["title"], row["end_date"]) for row in version.rows] == [
        (activity.pk, "Feriepraktik", "2026-12-31")
    ]
    assert version.rows[0]["owner_organization"] == activity.owner_organization.name
    latest = services.save_plan_version(activity.plan, actor=SYSTEM)
    assert sorted(row["title"] for row in latest.rows) == ["Mentorskap", "Sommarjobb"]


def test_a_decision_on_a_version_is_recorded_with_its_body_day_and_reference():
    version = ActionPlanVersionFactory(saved_on=datetime.date(2026, 2, 1))
    version = services.record_plan_decision(
        version,
        actor=SYSTEM,
        decision_body="kommunstyrelse",
        decision_body_name="Kommunstyrelsen i Karlskrona",
        decision_date=datetime.date(2026, 3, 4),
        decision_reference="KS 2026/112",
    )
    version.refresh_from_db()
    assert version.is_decided
    assert (version.decision_date, version.decision_reference) == (datetime.date(2026, 3, 4), "KS 2026/112")


def test_a_decision_in_the_future_is_refused():
    version = ActionPlanVersionFactory()
    message = _refused(
        "decision_date",
        lambda: services.record_plan_decision(version, actor=SYSTEM, decision_date=datetime.date(2026, 12, 3)),
        model=ActionPlanVersion,
    )
    assert "framtiden" in message
    version.refresh_from_db()
    assert version.decision_date is None


def test_a_decision_before_the_version_was_saved_is_refused():
    version = ActionPlanVersionFactory(saved_on=datetime.date(2026, 2, 1))
    message = _refused(
        "decision_date",
        lambda: services.record_plan_decision(version, actor=SYSTEM, decision_date=datetime.date(2026, 1, 31)),
        model=ActionPlanVersion,
    )
    assert "2026-02-01" in message
    version.refresh_from_db()
    assert not version.is_decided


def test_a_representative_records_the_decision_on_its_own_plan_only():
    collaboration = CollaborationFactory()
    own, other = party_plan(collaboration), party_plan(collaboration)
    user = user_for(own.organization)
    with pytest.raises(PermissionDenied):
        services.save_plan_version(other, actor=user)
    version = services.save_plan_version(own, actor=user, note="Till nämnden.", saved_on=datetime.date(2026, 11, 1))
    services.record_plan_decision(version, actor=user, decision_date=datetime.date(2026, 12, 1))
    version.refresh_from_db()
    assert (version.number, version.decision_date) == (1, datetime.date(2026, 12, 1))
