"""The news feed (L4, L7): posts and the events the product knows, each with its own visibility;
wins per year and on the overview; the Atom feed of the public news only."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from collaborations import services as collaboration_services
from core.services import SYSTEM
from lead import services
from steer import services as steer_services
from tests.factories.lead import NewsPostFactory, held_meeting
from tests.factories.organize import BodyFactory
from tests.factories.steer import FollowUpRoundFactory, GoalFactory
from tests.lead.communication_helpers import World, decision_at

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _news(world, user=None, query=""):
    return _client(user).get(f"/samverkan/{world.collaboration.slug}/ledning/nyheter/{query}")


def _events(world):
    """A public decision (2026-03-10), a closed round (2025-04-01), a goal reached in 2024, a new party
    (2023-09-01), and a participants-only post (2026-02-01)."""
    body = BodyFactory(collaboration=world.collaboration, name="Styrgruppen", visibility="public")
    decision = decision_at(held_meeting(body=body, visibility="public"), text="Handlingsplanen fastställs.")
    round_ = FollowUpRoundFactory(collaboration=world.collaboration, title="Uppföljning 2024", visibility="public")
    steer_services.close_round(round_, actor=SYSTEM, closed_on=datetime.date(2025, 4, 1), confirm_before_start=True)
    goal = GoalFactory(document__collaboration=world.collaboration, title="Fler unga i arbete", visibility="public")
    steer_services.update_goal(goal, actor=SYSTEM, achieved_year=2024)
    from tests.factories.actors import OrganizationFactory

    collaboration_services.add_participation(
        world.collaboration,
        OrganizationFactory(name="Arbetsförmedlingen i test", sector="state", kind="authority"),
        actor=SYSTEM,
        role="party",
        visibility="public",
        start_date=datetime.date(2023, 9, 1),
    )
    post = NewsPostFactory(collaboration=world.collaboration, title="Intern nyhet", visibility="participants")
    return decision, round_, goal, post


def test_the_feed_merges_posts_and_events_newest_first():
    world = World()
    _events(world)
    body = _news(world, world.participant).content.decode()
    order = [
        body.index("Styrgruppen beslutade"),
        body.index("Intern nyhet"),
        body.index("Uppföljningen ”Uppföljning 2024” är avslutad"),
        body.index("Målet är nått: Fler unga i arbete"),
        body.index("Ny part: Arbetsförmedlingen i test"),
    ]
    assert order == sorted(order)
    assert "år 2024 (dag okänd)" in body  # a goal reached is known by its year only


def test_each_item_has_its_own_visibility():
    world = World()
    _events(world)
    anonymous = _news(world).content.decode()
    assert "Styrgruppen beslutade" in anonymous
    assert "Intern nyhet" not in anonymous
    assert "Intern nyhet" in _news(world, world.participant).content.decode()


def test_a_secret_bodys_decision_stays_out_of_the_feed_for_those_who_did_not_sit_in_it():
    world = World()
    body = BodyFactory(collaboration=world.collaboration, name="Forumet", confidentiality="secret")
    decision_at(held_meeting(body=body), text="Hemligt beslut")
    assert "Hemligt beslut" not in _news(world, world.coordinator).content.decode()


def test_the_feed_filters_by_kind_and_year():
    world = World()
    _events(world)
    by_kind = _news(world, world.participant, "?slag=decision").content.decode()
    assert "Styrgruppen beslutade" in by_kind and "Intern nyhet" not in by_kind
    by_year = _news(world, world.participant, "?ar=2025").content.decode()
    assert "Uppföljning 2024" in by_year and "Styrgruppen beslutade" not in by_year


def test_wins_are_listed_per_year():
    world = World()
    NewsPostFactory(
        collaboration=world.collaboration, title="Första segern", is_win=True, published_on=datetime.date(2024, 5, 1)
    )
    NewsPostFactory(
        collaboration=world.collaboration, title="Andra segern", is_win=True, published_on=datetime.date(2026, 1, 9)
    )
    NewsPostFactory(collaboration=world.collaboration, title="Bara en nyhet", published_on=datetime.date(2026, 1, 10))
    body = (
        _client(world.participant)
        .get(f"/samverkan/{world.collaboration.slug}/ledning/nyheter/segrar/")
        .content.decode()
    )
    assert "Bara en nyhet" not in body
    assert body.index(">2026<") < body.index("Andra segern") < body.index(">2024<") < body.index("Första segern")


def test_the_overview_highlights_the_latest_wins_the_visitor_may_see():
    world = World()
    NewsPostFactory(collaboration=world.collaboration, title="Offentlig seger", is_win=True, visibility="public")
    NewsPostFactory(collaboration=world.collaboration, title="Intern seger", is_win=True, visibility="participants")
    overview = f"/samverkan/{world.collaboration.slug}/"
    anonymous = _client().get(overview).content.decode()
    assert "Senaste segrarna" in anonymous and "Offentlig seger" in anonymous
    assert "Intern seger" not in anonymous
    assert "Intern seger" in _client(world.participant).get(overview).content.decode()


def test_the_atom_feed_holds_only_public_items_of_a_public_collaboration():
    world = World()
    _events(world)
    NewsPostFactory(collaboration=world.collaboration, title="Offentlig seger", is_win=True, visibility="public")
    secret = BodyFactory(collaboration=world.collaboration, name="Forumet", confidentiality="secret")
    decision_at(held_meeting(body=secret, date=datetime.date(2026, 3, 12)), text="Hemligt beslut")
    url = f"/samverkan/{world.collaboration.slug}/ledning/nyheter/atom.xml"
    for user in (None, world.coordinator):  # the same for a logged-in reader: the feed is for the public
        response = _client(user).get(url)
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ET.fromstring(response.content)
        titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
        assert "Offentlig seger" in titles
        assert any(t.startswith("Styrgruppen beslutade") for t in titles)
        assert "Intern nyhet" not in titles
        assert not any("Forumet" in t for t in titles)


def test_there_is_no_atom_feed_of_a_collaboration_that_is_not_public():
    world = World(visibility="participants")
    NewsPostFactory(collaboration=world.collaboration, title="Offentlig i en sluten", visibility="public")
    response = _client(world.coordinator).get(f"/samverkan/{world.collaboration.slug}/ledning/nyheter/atom.xml")
    assert response.status_code == 404


def test_a_coordinator_writes_a_win_on_the_page():
    world = World()
    client = _client(world.coordinator)
    url = f"/samverkan/{world.collaboration.slug}/ledning/nyheter/ny/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "title": "Hundra unga i jobb",
            "text": "Målet nåddes.",
            "published_on": "2026-02-03",
            "is_win": "on",
            "visibility": "public",
        },
    )
    assert response.status_code == 302
    post = world.collaboration.news_posts.get()
    assert post.is_win and post.author == world.coordinator.person
    assert "Hundra unga i jobb" in _client().get(f"/samverkan/{world.collaboration.slug}/").content.decode()


def test_only_the_coordinators_write_news():
    world = World()
    assert (
        _client(world.participant).get(f"/samverkan/{world.collaboration.slug}/ledning/nyheter/ny/").status_code == 403
    )
    with pytest.raises(PermissionDenied):
        services.create_news_post(world.collaboration, actor=world.participant, title="Nej")


def test_a_post_about_another_collaborations_goal_is_refused_naming_the_field():
    world, other = World(), World(name="Annan samverkan")
    goal = GoalFactory(document__collaboration=other.collaboration)
    with pytest.raises(ValidationError) as refused:
        services.create_news_post(world.collaboration, actor=world.coordinator, title="Fel mål", goal=goal)
    assert "goal" in refused.value.message_dict
    assert not world.collaboration.news_posts.exists()


def test_a_post_changed_and_removed_with_its_history():
    world = World()
    post = NewsPostFactory(collaboration=world.collaboration, title="Utkast")
    services.update_news_post(post, actor=world.coordinator, title="Slutlig")
    client = _client(world.coordinator)
    history = client.get(f"/samverkan/{world.collaboration.slug}/ledning/historik/nyhet/{post.pk}/").content.decode()
    assert "Slutlig" in history
    response = client.post(f"/samverkan/{world.collaboration.slug}/ledning/ta-bort/nyhet/{post.pk}/")
    assert response.status_code == 302
    assert not world.collaboration.news_posts.exists()
