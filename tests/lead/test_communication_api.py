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
