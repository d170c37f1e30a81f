"""The API of news posts and after-project plans: written through the services, refused as the pages
refuse, naming the field."""

import datetime

import pytest
from rest_framework.test import APIClient

from core.models import ChangeRecord
from tests.factories.organize import ExternalFundingFactory
from tests.factories.steer import GoalFactory
from tests.lead.communication_helpers import World

pytestmark = pytest.mark.django_db


def _api(user):
    client = APIClient()
    client.force_login(user)
    return client


def test_news_posts_are_created_changed_and_removed_through_the_services():
    world = World()
    client = _api(world.coordinator)
    created = client.post(
        "/api/news-posts/",
        {"collaboration": world.collaboration.slug, "title": "Seger!", "is_win": True, "published_on": "2026-02-02"},
        format="json",
    )
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    assert ChangeRecord.objects.filter(action="lead.news_post.created", object_id=pk).exists()
    assert (
        client.patch(f"/api/news-posts/{pk}/", {"title": "Stor seger"}, format="json").json()["title"] == "Stor seger"
    )
    assert _api(world.participant).patch(f"/api/news-posts/{pk}/", {"title": "Nej"}, format="json").status_code == 403
    assert client.delete(f"/api/news-posts/{pk}/").status_code == 204
    assert ChangeRecord.objects.filter(action="lead.news_post.deleted", object_id=pk).exists()


def test_a_post_about_another_collaborations_goal_is_refused_naming_the_field():
    world, other = World(), World(name="Annan samverkan")
    goal = GoalFactory(document__collaboration=other.collaboration, visibility="public")
    response = _api(world.coordinator).post(
        "/api/news-posts/", {"collaboration": world.collaboration.slug, "title": "Fel", "goal": goal.pk}, format="json"
    )
    assert response.status_code == 400 and "goal" in response.json()


def test_an_after_project_plan_is_written_and_changed_through_the_service():
    world = World()
    funding = ExternalFundingFactory(collaboration=world.collaboration, end_date=datetime.date(2027, 3, 31))
    client = _api(world.coordinator)
    refused = client.post("/api/after-project-plans/", {"funding": funding.pk}, format="json")
    assert refused.status_code == 400 and "kind" in refused.json()
    created = client.post(
        "/api/after-project-plans/", {"funding": funding.pk, "kind": "follow_on", "description": "ESF 2"}, format="json"
    )
    assert created.status_code == 201, created.content
    assert created.json()["collaboration"] == world.collaboration.slug
    pk = created.json()["id"]
    assert (
        client.patch(f"/api/after-project-plans/{pk}/", {"kind": "ordinary"}, format="json").json()["kind"]
        == "ordinary"
    )
    assert (
        _api(world.participant)
        .post("/api/after-project-plans/", {"funding": funding.pk, "kind": "end"}, format="json")
        .status_code
        == 403
    )


def test_a_news_post_on_a_secret_forums_decision_shows_the_decision_only_to_those_who_sat_in_it():
    from core.services import SYSTEM
    from lead.services import news
    from tests.factories.lead import held_meeting
    from tests.factories.organize import BodyFactory, MembershipFactory
    from tests.lead.communication_helpers import decision_at

    world = World()
    forum = BodyFactory(
        collaboration=world.collaboration, name="Forum under sekretess", confidentiality="secret", visibility="public"
    )
    MembershipFactory(body=forum, organization=world.municipality, person=world.participant.person)
    decision = decision_at(held_meeting(body=forum, date=datetime.date(2026, 2, 17)), visibility="public")
    goal = GoalFactory(collaboration=world.collaboration, title="Fler i arbete", visibility="public")
    post = news.create_news_post(
        world.collaboration, actor=SYSTEM, title="Ett steg framåt", decision=decision, goal=goal, visibility="public"
    )

    def shown(user):
        listed = _api(user).get("/api/news-posts/").json()["results"]
        detail = _api(user).get(f"/api/news-posts/{post.pk}/").json()
        assert [p["decision"] for p in listed] == [detail["decision"]]
        return detail["goal"], detail["decision"]

    assert shown(world.participant) == (goal.pk, decision.pk)  # sat in the forum
    assert shown(world.coordinator) == (goal.pk, None)  # secrecy binds persons: the coordinator did not
    assert shown(world.outsider) == (goal.pk, None)


def test_sending_back_a_hidden_reference_as_read_keeps_it():
    from core.services import SYSTEM
    from lead.models import NewsPost
    from lead.services import news
    from tests.factories.lead import held_meeting
    from tests.factories.organize import BodyFactory, MembershipFactory
    from tests.lead.communication_helpers import decision_at

    world = World()
    forum = BodyFactory(
        collaboration=world.collaboration, name="Forum under sekretess", confidentiality="secret", visibility="public"
    )
    MembershipFactory(body=forum, organization=world.municipality, person=world.participant.person)
    decision = decision_at(held_meeting(body=forum, date=datetime.date(2026, 2, 17)), visibility="public")
    post = news.create_news_post(world.collaboration, actor=SYSTEM, title="Ett steg", decision=decision)
    client = _api(world.coordinator)
    read = client.get(f"/api/news-posts/{post.pk}/").json()
    assert read["decision"] is None
    changed = client.patch(f"/api/news-posts/{post.pk}/", {"title": "Ett steg till", "decision": None}, format="json")
    assert changed.status_code == 200, changed.json()
    post = NewsPost.objects.get(pk=post.pk)
    assert post.title == "Ett steg till" and post.decision_id == decision.pk  # not unlinked by the coordinator
