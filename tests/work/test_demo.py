"""The eight examples carry out their work in the demo as the publication describes it: every example has a
party's action plan with activities, every activity an owner who represents its organization and a goal,
the innovations keep the pilot rule, and every invented plan, activity and note is marked as invented."""

import dataclasses

import pytest

from collaborations.demo import INVENTED, SKR, TALK
from collaborations.models import Collaboration
from steer.models import Goal
from work import demo as work_demo
from work.choices import KnowledgeBasis
from work.demo.examples import WORK
from work.models import ActionPlan, Activity, ActivityCompetence, ActivityResource, ActivityTargetGroup, ProgressNote

pytestmark = pytest.mark.django_db


def _marked(text: str) -> bool:
    return INVENTED in text or SKR in text or TALK in text


def test_every_example_has_a_party_plan_with_a_saved_version_and_activities(demo):
    assert set(WORK) == set(Collaboration.objects.values_list("slug", flat=True))
    for slug in WORK:
        plans = ActionPlan.objects.filter(collaboration__slug=slug, organization__isnull=False)
        assert plans.exists(), slug
        for plan in ActionPlan.objects.filter(collaboration__slug=slug):
            assert plan.activities.exists(), plan
            assert plan.versions.exists(), plan
            assert plan.versions.order_by("-number").first().rows, plan
    assert ActionPlan.objects.filter(organization__isnull=False, versions__decision_date__isnull=False).exists()
    # Business Region Kronoberg's joint plan is continuously updated: its versions differ.
    joint = ActionPlan.objects.get(collaboration__slug="business-region-kronoberg", organization__isnull=True)
    first, second = joint.versions.order_by("number")
    assert len(second.rows) > len(first.rows)


def test_every_activity_has_an_owner_who_represents_its_organization_and_serves_a_goal(demo):
    activities = Activity.objects.select_related("owner_person", "owner_organization").prefetch_related(
        "goals", "own_goals"
    )
    assert activities.count() >= 30
    for activity in activities:
        assert activity.owner_person.representations.filter(organization=activity.owner_organization).exists()
        assert activity.goals.exists() or activity.own_goals.exists(), activity
        assert 1 <= activity.notes.count() <= 3, activity
        latest = activity.notes.order_by("-written_on", "-pk").first()
        assert activity.status == latest.status, activity
    assert Activity.objects.filter(own_goals__isnull=False).exists()


def test_the_publications_activities_are_there(demo):
    seniors = Activity.objects.get(title__startswith="Seniorer i skolan")
    assert seniors.owner_organization.name == "Studiefrämjandet" and "19 år" in seniors.source_note
    navigator = Activity.objects.get(title__startswith="Navigatorcentrum i alla kommuner")
    assert navigator.target_groups.filter(kind="employers").exists()
    groups = Activity.objects.filter(
        collaboration__slug="barnens-basta-galler-kronoberg", title__startswith="Arbetsgrupp för Barnens bästa"
    )
    assert groups.values("owner_organization").distinct().count() == 8
    model = Activity.objects.get(title__contains="Skottlandsmodellen")
    assert model.knowledge_basis == KnowledgeBasis.EVIDENCE and "GIRFEC" in model.evidence_reference
    pre_studies = Activity.objects.filter(collaboration__slug="pitea-alvsbyn-femkanten", title__startswith="Förstudie")
    assert {a.owner_person.title.split(",")[0] for a in pre_studies} == {"Förvaltningschef"}
    follow_up = Activity.objects.get(title__startswith="Ledningsgruppens månatliga uppföljning")
    assert follow_up.notes.count() == 3


def test_innovations_run_as_pilots_and_only_an_evaluated_one_is_scaled_up(demo):
    innovations = Activity.objects.filter(knowledge_basis=KnowledgeBasis.INNOVATION)
    assert innovations.filter(scaled_up_on__isnull=False).exists()
    assert innovations.filter(scaled_up_on__isnull=True, evaluated_on__isnull=False).exists()
    assert innovations.filter(evaluated_on__isnull=True).exists()
    for activity in innovations:
        assert activity.pilot_scope and activity.evaluation_plan, activity
        if activity.scaled_up_on is not None:
            assert activity.is_evaluated and activity.evaluated_on <= activity.scaled_up_on
    for activity in Activity.objects.filter(knowledge_basis=KnowledgeBasis.EVIDENCE):
        assert activity.evidence_reference.strip(), activity


def test_competences_target_groups_and_resources_within_the_commitments(demo):
    assert ActivityCompetence.objects.filter(provider__isnull=True).exists()
    assert ActivityTargetGroup.objects.filter(involvement="co_creating").exists()
    linked = ActivityResource.objects.filter(commitment__isnull=False).select_related("commitment")
    assert linked.count() >= 4
    for resource in linked:
        commitment = resource.commitment
        assert commitment.organization_id == resource.activity.owner_organization_id
        shares = ActivityResource.objects.filter(commitment=commitment)
        if commitment.fte_committed is not None:
            assert sum(r.fte_committed or 0 for r in shares) <= commitment.fte_committed
        if commitment.money_committed is not None:
            assert sum(r.money_committed or 0 for r in shares) <= commitment.money_committed


def test_some_shared_goal_has_no_activity(demo):
    free = Goal.objects.filter(collaboration__slug="nya-perspektiv-varmland", activities=None)
    assert free.filter(title__startswith="Vuxenlivet").exists()


def test_invented_values_are_marked(demo):
    for model in (ActionPlan, Activity):
        for obj in model.objects.all():
            assert _marked(obj.source_note), obj
    for note in ProgressNote.objects.all():
        assert _marked(note.text), note
    for resource in ActivityResource.objects.all():
        assert _marked(resource.note), resource
    for obj in ActivityCompetence.objects.exclude(note=""):
        assert _marked(obj.note), obj
    for obj in ActivityTargetGroup.objects.exclude(evidence=""):
        assert _marked(obj.evidence), obj
    for plan in WORK.values():
        for person in plan.people:
            assert person.email.endswith(".example")
    assert not Activity.objects.filter(owner_person__is_invented=False).exists()


def test_the_specs_name_only_goals_of_steers_demo():
    from steer.demo.examples import STEERING

    for slug, spec in WORK.items():
        keys = {goal.key for doc in STEERING[slug].documents for goal in doc.goals}
        for plan in spec.plans:
            for activity in plan.activities:
                assert set(activity.goals) <= keys, (slug, activity.title)
                assert dataclasses.is_dataclass(activity)


def test_loading_again_changes_nothing(demo):
    count = Activity.objects.count()
    assert work_demo.load({}, {}) == 0
    assert Activity.objects.count() == count
