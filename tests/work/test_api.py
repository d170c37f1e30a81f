"""The API of the parties' work: action plans, versions, activities and their parts, written through the
services (history included), refused as the pages refuse (naming the field, in Swedish), and showing
nothing the caller may not see."""

import datetime
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from core.models import ChangeRecord
from core.services import SYSTEM
from work import services
from work.engine.pilot import RULE
from work.models import Activity

pytestmark = pytest.mark.django_db


def _api(user):
    client = APIClient()
    client.force_login(user)
    return client


class World:
    """A public collaboration coordinated by a region, with two parties (Karlskrona and Ronneby), a
    representative of each, an outsider, a public goal and Karlskrona's public plan with one activity."""

    def __init__(self):
        from tests.factories.actors import OrganizationFactory, user_for
        from tests.factories.collaborations import CollaborationFactory
        from tests.factories.organize import party_of
        from tests.factories.steer import GoalDocumentFactory, GoalFactory

        self.region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
        self.coordinator = user_for(self.region, email="samordnare@example.org")
        self.collaboration = CollaborationFactory(
            name="Unga i arbete", coordinating_organization=self.region, coordinator=self.coordinator.person
        )
        self.karlskrona = party_of(self.collaboration, name="Karlskrona kommun")
        self.ronneby = party_of(self.collaboration, name="Ronneby kommun")
        self.anna = user_for(self.karlskrona, email="anna@karlskrona.example.org", first_name="Anna")
        self.bo = user_for(self.ronneby, email="bo@ronneby.example.org", first_name="Bo")
        self.outsider = user_for(OrganizationFactory(name="Föreningen utanför"), email="ute@example.org")
        self.document = GoalDocumentFactory(collaboration=self.collaboration, visibility="public")
        self.goal = GoalFactory(document=self.document, title="Fler unga i arbete", visibility="public")
        self.plan = services.create_action_plan(
            self.collaboration,
            actor=SYSTEM,
            organization=self.karlskrona,
            title="Karlskronas handlingsplan",
            start_year=2026,
            visibility="public",
        )
        self.activity = self.add_activity("Feriepraktik")

    def add_activity(self, title, **data):
        data = {"owner_organization": self.karlskrona, "owner_person": self.anna.person, "goals": [self.goal], **data}
        return services.create_activity(self.plan, actor=SYSTEM, title=title, **data)

    def activity_body(self, **data):
        return {
            "plan": self.plan.pk,
            "title": "Sommarjobb för unga",
            "owner_organization": self.karlskrona.pk,
            "owner_person": self.anna.person.pk,
            "goals": [self.goal.pk],
            "start_date": "2027-06-01",
            "end_date": "2027-08-31",
            **data,
        }


@pytest.fixture
def world():
    return World()


def test_a_representative_adds_an_activity_to_the_partys_plan(world):
    response = _api(world.anna).post("/api/activities/", world.activity_body(), format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["plan"], body["owner_organization"], body["owner_person"]) == (
        world.plan.pk,
        world.karlskrona.pk,
        world.anna.person.pk,
    )
    assert (body["goals"], body["status"], body["is_late"], body["collaboration"]) == (
        [world.goal.pk],
        "planned",
        False,
        world.collaboration.slug,
    )
    assert (body["start_date"], body["visibility"]) == ("2027-06-01", "public")  # as visible as the plan
    record = ChangeRecord.objects.get(action="work.activity.created", object_id=body["id"])
    assert record.actor_id == world.anna.pk


@pytest.mark.parametrize(
    ("left_out", "message"),
    [
        ("owner_organization", "Ange vilken organisation som ansvarar för aktiviteten"),
        ("owner_person", "Ange vem som ansvarar för aktiviteten"),
        ("goals", "Ange minst ett mål som aktiviteten tjänar"),
    ],
)
def test_an_activity_without_an_owner_or_a_goal_is_refused_naming_the_field(world, left_out, message):
    body = world.activity_body()
    del body[left_out]
    response = _api(world.anna).post("/api/activities/", body, format="json")
    assert response.status_code == 400
    assert list(response.json()) == [left_out]
    assert response.json()[left_out][0].startswith(message)
    assert not Activity.objects.filter(title="Sommarjobb för unga").exists()


def test_a_pilot_is_scaled_up_only_after_its_evaluation(world):
    pilot = world.add_activity("Digital läxhjälp", knowledge_basis="innovation", pilot_scope="Två skolor")
    client = _api(world.anna)
    refused = client.post(f"/api/activities/{pilot.pk}/scale-up/", {}, format="json")
    assert refused.status_code == 400
    assert refused.json() == {"scaled_up_on": [f"Piloten är inte utvärderad än. {RULE}"]}
    evaluated = client.post(
        f"/api/activities/{pilot.pk}/evaluation/",
        {"evaluated_on": "2026-11-02", "evaluation_result": "Fler godkända betyg."},
        format="json",
    )
    assert evaluated.status_code == 200, evaluated.json()
    assert (evaluated.json()["evaluated_on"], evaluated.json()["is_pilot"]) == ("2026-11-02", True)
    scaled = client.post(f"/api/activities/{pilot.pk}/scale-up/", {"scaled_up_on": "2026-11-20"}, format="json")
    assert scaled.status_code == 200, scaled.json()
    assert (scaled.json()["scaled_up_on"], scaled.json()["is_pilot"]) == ("2026-11-20", False)
    assert ChangeRecord.objects.filter(action="work.activity.scaled_up", object_id=pilot.pk).count() == 1


def test_an_activity_shared_with_one_organization_is_hidden_from_the_others(world):
    shared = world.add_activity("Samtal med rektorer", visibility="named", shared_with=[world.karlskrona])
    assert shared.pk in [a["id"] for a in _api(world.anna).get("/api/activities/").json()["results"]]
    bo = _api(world.bo)
    assert [a["id"] for a in bo.get("/api/activities/").json()["results"]] == [world.activity.pk]
    assert bo.get(f"/api/activities/{shared.pk}/").status_code == 404
    assert bo.get("/api/progress-notes/", {"activity": shared.pk}).json()["count"] == 0


def test_a_hidden_goal_of_an_activity_is_named_neither_by_id_nor_by_title(world):
    from tests.factories.steer import GoalFactory

    secret = GoalFactory(
        document=world.document, title="Hemligt delmål", visibility="named", shared_with=[world.ronneby]
    )
    activity = world.add_activity("Mentorskap", goals=[world.goal, secret])
    anna = _api(world.anna)
    detail = anna.get(f"/api/activities/{activity.pk}/")
    assert detail.json()["goals"] == [world.goal.pk]
    listed = anna.get("/api/activities/", {"goal": secret.pk}).json()
    assert listed["count"] == 0  # nor found by filtering on it
    history = anna.get(f"/api/activities/{activity.pk}/history/")
    for answer in (detail, history, anna.get("/api/activities/")):
        assert "Hemligt delmål" not in answer.content.decode()
    assert _api(world.bo).get(f"/api/activities/{activity.pk}/").json()["goals"] == [world.goal.pk, secret.pk]

    # sending back the goals as read keeps the one the caller could not see
    changed = anna.patch(f"/api/activities/{activity.pk}/", {"goals": [world.goal.pk]}, format="json")
    assert changed.status_code == 200, changed.json()
    assert set(activity.goals.values_list("pk", flat=True)) == {world.goal.pk, secret.pk}


def test_a_representative_of_another_party_may_not_write_someone_elses_plan(world):
    bo = _api(world.bo)
    before = ChangeRecord.objects.count()
    assert bo.patch(f"/api/action-plans/{world.plan.pk}/", {"title": "Kapad"}, format="json").status_code == 403
    assert bo.post("/api/activities/", world.activity_body(), format="json").status_code == 403
    assert bo.patch(f"/api/activities/{world.activity.pk}/", {"title": "Kapad"}, format="json").status_code == 403
    assert bo.delete(f"/api/action-plans/{world.plan.pk}/").status_code == 403
    assert ChangeRecord.objects.count() == before
    own = bo.post(
        "/api/action-plans/",
        {
            "collaboration": world.collaboration.slug,
            "organization": world.karlskrona.pk,
            "title": "Fel",
            "start_year": 2026,
        },
        format="json",
    )
    assert own.status_code == 400 and list(own.json()) == ["organization"]


def test_a_participant_starts_their_own_plan_and_only_coordinators_the_joint_plan(world):
    bo = _api(world.bo)
    plan = {"collaboration": world.collaboration.slug, "title": "Ronnebys plan", "start_year": 2026, "end_year": 2027}
    created = bo.post("/api/action-plans/", {**plan, "organization": world.ronneby.pk}, format="json")
    assert created.status_code == 201, created.json()
    assert (created.json()["period"], created.json()["is_joint"]) == ("2026–2027", False)
    joint = bo.post("/api/action-plans/", {**plan, "title": "Gemensam"}, format="json")
    assert joint.status_code == 400
    assert joint.json() == {"organization": ["Den gemensamma handlingsplanen skrivs av samverkans samordnare."]}
    by_coordinator = _api(world.coordinator).post("/api/action-plans/", {**plan, "title": "Gemensam"}, format="json")
    assert by_coordinator.status_code == 201 and by_coordinator.json()["is_joint"] is True
    listed = bo.get("/api/action-plans/", {"joint": "true"}).json()["results"]
    assert [p["title"] for p in listed] == ["Gemensam"]
    ronneby = bo.get("/api/action-plans/", {"organization": world.ronneby.pk}).json()["results"]
    assert [p["title"] for p in ronneby] == ["Ronnebys plan"]


@pytest.mark.parametrize(
    ("address", "parameter"),
    [
        ("/api/activities/?plan=abc", "plan"),
        ("/api/activities/?goal=-1", "goal"),
        ("/api/activities/?status=sent", "status"),
        ("/api/action-plans/?joint=kanske", "joint"),
        ("/api/activity-resources/?activity=1.5", "activity"),
    ],
)
def test_a_filter_that_cannot_be_read_is_a_400_naming_the_parameter(world, address, parameter):
    response = _api(world.anna).get(address)
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_activities_are_filtered_by_plan_goal_status_and_knowledge_basis(world):
    pilot = world.add_activity("Pilot", knowledge_basis="innovation", end_date=datetime.date(2026, 3, 1))
    anna = _api(world.anna)

    def ids(**params):
        return [a["id"] for a in anna.get("/api/activities/", params).json()["results"]]

    assert ids(plan=world.plan.pk, goal=world.goal.pk) == [world.activity.pk, pilot.pk]
    assert ids(knowledge_basis="innovation") == [pilot.pk]
    assert ids(knowledge_basis="unknown") == [world.activity.pk]
    assert ids(status="late") == [pilot.pk]
    assert ids(status="done", owner_organization=world.karlskrona.pk) == []
    assert anna.get(f"/api/activities/{pilot.pk}/").json()["is_late"] is True


def test_a_progress_note_moves_the_status_and_is_listed_for_its_activity(world):
    anna = _api(world.anna)
    moved = anna.post(
        f"/api/activities/{world.activity.pk}/progress/", {"text": "Tio platser klara.", "status": "ongoing"}
    )
    assert moved.status_code == 200, moved.json()
    assert moved.json()["status"] == "ongoing"
    notes = anna.get("/api/progress-notes/", {"activity": world.activity.pk}).json()["results"]
    assert [(n["text"], n["status"], n["author"]) for n in notes] == [
        ("Tio platser klara.", "ongoing", world.anna.person.pk)
    ]
    empty = anna.post("/api/progress-notes/", {"activity": world.activity.pk, "text": " "}, format="json")
    assert empty.status_code == 400 and list(empty.json()) == ["text"]
    assert anna.delete(f"/api/progress-notes/{notes[0]['id']}/").status_code == 204
    assert ChangeRecord.objects.filter(action="work.activity.progress_note_removed").count() == 1
    status_by_patch = anna.patch(f"/api/activities/{world.activity.pk}/", {"status": "done"}, format="json")
    assert status_by_patch.json()["status"] == "ongoing"  # read-only: the status moves with a note


def test_versions_keep_the_rows_the_reader_may_see_and_record_the_decision(world):
    from tests.factories.steer import GoalFactory

    secret = GoalFactory(
        document=world.document, title="Ronnebys delmål", visibility="named", shared_with=[world.ronneby]
    )
    world.add_activity("Hemlig aktivitet", visibility="named", shared_with=[world.karlskrona])
    world.add_activity("Läxhjälp", goals=[world.goal, secret])
    anna = _api(world.anna)
    saved = anna.post("/api/action-plan-versions/", {"plan": world.plan.pk, "note": "Första"}, format="json")
    assert saved.status_code == 201, saved.json()
    version = saved.json()
    assert (version["number"], version["is_decided"]) == (1, False)
    assert [(r["title"], r["goals"]) for r in version["rows"]] == [
        ("Feriepraktik", "Fler unga i arbete"),
        ("Hemlig aktivitet", "Fler unga i arbete"),
        ("Läxhjälp", "Fler unga i arbete; dolt objekt"),  # Anna may not see Ronneby's goal
    ]
    seen_by_bo = _api(world.bo).get("/api/action-plan-versions/", {"plan": world.plan.pk}).json()["results"]
    assert [(r["title"], r["goals"]) for r in seen_by_bo[0]["rows"]] == [
        ("Feriepraktik", "Fler unga i arbete"),
        ("Läxhjälp", "Fler unga i arbete; Ronnebys delmål"),
    ]

    url = f"/api/action-plan-versions/{version['id']}/decision/"
    future = anna.post(url, {"decision_date": "2027-01-10"}, format="json")
    assert future.status_code == 400 and list(future.json()) == ["decision_date"]
    decided = anna.post(
        url,
        {"decision_body": "kommunstyrelse", "decision_date": "2026-12-02", "decision_reference": "KS 2026/12"},
        format="json",
    )
    assert decided.status_code == 200, decided.json()
    assert (decided.json()["decision_reference"], decided.json()["is_decided"]) == ("KS 2026/12", True)
    assert _api(world.bo).post(url, {"decision_reference": "X"}, format="json").status_code == 403


def test_competences_and_target_groups_are_written_through_the_services(world):
    anna = _api(world.anna)
    gap = anna.post(
        "/api/activity-competences/", {"activity": world.activity.pk, "competence": "Studie- och yrkesvägledning"}
    )
    assert gap.status_code == 201, gap.json()
    assert (gap.json()["is_gap"], gap.json()["provider"]) == (True, None)
    noted = anna.patch(f"/api/activity-competences/{gap.json()['id']}/", {"note": "Söks"}, format="json")
    assert (noted.json()["note"], noted.json()["provider_name"]) == ("Söks", None)
    provided = anna.patch(
        f"/api/activity-competences/{gap.json()['id']}/", {"provider": world.ronneby.pk}, format="json"
    )
    assert (provided.json()["is_gap"], provided.json()["provider_name"]) == (False, "Ronneby kommun")
    outside = anna.patch(
        f"/api/activity-competences/{gap.json()['id']}/", {"provider": world.region.pk + 1000}, format="json"
    )
    assert outside.status_code == 400 and list(outside.json()) == ["provider"]

    other = anna.post(
        "/api/activity-target-groups/",
        {"activity": world.activity.pk, "kind": "other", "involvement": "consulted"},
        format="json",
    )
    assert other.status_code == 400 and list(other.json()) == ["description"]
    pupils = anna.post(
        "/api/activity-target-groups/",
        {"activity": world.activity.pk, "kind": "pupils", "involvement": "co_creating", "description": "Årskurs 9"},
        format="json",
    )
    assert pupils.status_code == 201, pupils.json()
    assert ChangeRecord.objects.filter(action="work.activity.target_group_added").count() == 1
    assert _api(world.bo).delete(f"/api/activity-target-groups/{pupils.json()['id']}/").status_code == 403


def test_resources_are_drawn_from_the_partys_commitment(world):
    from tests.factories.organize import ResourceCommitmentFactory

    commitment = ResourceCommitmentFactory(
        collaboration=world.collaboration, organization=world.karlskrona, year=2026, visibility="public"
    )
    anna = _api(world.anna)
    set_ = anna.post(
        "/api/activity-resources/",
        {"activity": world.activity.pk, "year": 2026, "money_committed": "200000", "fte_committed": "0.5"},
        format="json",
    )
    assert set_.status_code == 201, set_.json()
    body = set_.json()
    assert (body["money_committed"], body["fte_committed"], body["commitment"]) == ("200000.00", "0.50", commitment.pk)
    noted = anna.patch(f"/api/activity-resources/{body['id']}/", {"note": "Budget 2026"}, format="json")
    assert noted.status_code == 200, noted.json()
    assert (noted.json()["money_committed"], noted.json()["note"]) == ("200000.00", "Budget 2026")
    too_much = anna.patch(f"/api/activity-resources/{body['id']}/", {"money_committed": "600000"}, format="json")
    assert too_much.status_code == 400 and list(too_much.json()) == ["money_committed"]
    assert world.activity.resources.get().money_committed == Decimal("200000.00")


def test_a_plan_with_activities_is_not_deleted(world):
    response = _api(world.anna).delete(f"/api/action-plans/{world.plan.pk}/")
    assert response.status_code == 400
    assert response.json() == {"plan": ["Handlingsplanen har aktiviteter; ta bort dem först."]}
    assert _api(world.anna).delete(f"/api/activities/{world.activity.pk}/").status_code == 204
    assert _api(world.anna).delete(f"/api/action-plans/{world.plan.pk}/").status_code == 204
    assert ChangeRecord.objects.filter(action="work.plan.deleted", object_id=world.plan.pk).exists()


def test_a_competence_is_renamed(world):
    competence = services.add_competence(world.activity, actor=SYSTEM, competence="Vägledning")
    response = _api(world.anna).patch(
        f"/api/activity-competences/{competence.pk}/", {"competence": "Studievägledning"}, format="json"
    )
    assert response.json()["competence"] == "Studievägledning"
