"""Cached page parts and API lists: a change shows at once, for everyone, and a cached part never
reaches someone who may not see it (core.generations, `{% cachedpart %}`, api CachedListMixin)."""

import datetime

import pytest
from django.db import transaction
from django.test import Client
from rest_framework.test import APIClient

from actors import services as actor_services
from collaborations import services as collaboration_services
from core import generations
from core.models import Generation
from core.services import SYSTEM
from steer import services
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory, value_of
from tests.querycount import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """A public collaboration with a public goal and a goal for participants only."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter (test)", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    member = user_for(karlskrona, email="eva@example.org")
    outsider = user_for(OrganizationFactory(name="Utomstående AB"), email="olle@example.org")
    document = GoalDocumentFactory(collaboration=collaboration, title="Unga lyfters mål", visibility="public")
    public = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten", visibility="public")
    internal = GoalFactory(document=document, title="Intern målsättning om budget", visibility="participants")
    return collaboration, coordinator, member, outsider, karlskrona, public, internal


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _dashboard(collaboration):
    return f"/samverkan/{collaboration.slug}/styrning/"


def test_a_recorded_change_moves_its_collaborations_counter_and_a_rolled_back_one_does_not(world):
    collaboration, coordinator, *_rest, public, _internal = world
    key = generations.collaboration_key(collaboration.pk)
    before = generations.current([key, generations.PLATFORM])
    services.update_goal(public, actor=coordinator, title="Halvera ungdomsarbetslösheten till 2017")
    after = generations.current([key, generations.PLATFORM])
    assert after[key] == before[key] + 1
    assert after[generations.PLATFORM] == before[generations.PLATFORM]  # nothing outside moved
    with transaction.atomic():
        services.update_goal(public, actor=coordinator, title="Något annat")
        transaction.set_rollback(True)
    assert generations.current([key])[key] == after[key]
    OrganizationFactory(name="Ny förening")  # a change outside any collaboration
    assert generations.current([generations.PLATFORM])[generations.PLATFORM] > before[generations.PLATFORM]


def test_the_dashboard_is_read_once_and_shows_a_change_at_once(world):
    collaboration, coordinator, *_rest, public, _internal = world
    indicator = IndicatorFactory(goal=public, name="Arbetslösa unga 18–24 år", visibility="public")
    value_of(indicator, 2014, 18.0)
    client = _client(coordinator)
    cold, status, _sql = queries_for(client, _dashboard(collaboration))
    warm, status_again, sql = queries_for(client, _dashboard(collaboration))
    assert status == status_again == 200
    # Found in the cache: session, user, the scope, the collaboration, the counters; no steering reads.
    assert warm < cold and warm <= 5, sql
    assert "steer_" not in sql
    value_of(indicator, 2015, 12.5)
    page = client.get(_dashboard(collaboration)).content.decode()
    assert "12,5" in page and "(2015)" in page
    services.update_goal(public, actor=coordinator, title="Halvera ungdomsarbetslösheten till 2017")
    assert "Halvera ungdomsarbetslösheten till 2017" in client.get(_dashboard(collaboration)).content.decode()


def test_what_one_viewer_caused_to_be_cached_never_reaches_a_viewer_who_may_not_see_it(world):
    collaboration, coordinator, member, outsider, *_rest = world
    url = _dashboard(collaboration)
    for first in (coordinator, member):  # the page is now cached for those who may see the internal goal
        assert "Intern målsättning om budget" in _client(first).get(url).content.decode()
    for viewer in (outsider, None):
        assert "Intern målsättning om budget" not in _client(viewer).get(url).content.decode()
        assert "Halvera ungdomsarbetslösheten" in _client(viewer).get(url).content.decode()
    # The API list likewise: cached for the member, never for the outsider or an anonymous caller.
    member_api = APIClient()
    member_api.force_login(member)
    assert "Intern målsättning om budget" in member_api.get("/api/goals/").content.decode()
    outsider_api = APIClient()
    outsider_api.force_login(outsider)
    for api in (outsider_api, APIClient()):
        titles = [g["title"] for g in api.get("/api/goals/").json()["results"]]
        assert titles == ["Halvera ungdomsarbetslösheten"]


def test_a_party_that_leaves_no_longer_sees_what_was_cached_for_it(world):
    collaboration, coordinator, member, _outsider, karlskrona, *_goals = world
    client = _client(member)
    assert "Intern målsättning om budget" in client.get(_dashboard(collaboration)).content.decode()
    participation = collaboration.participations.get(organization=karlskrona)
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    collaboration_services.update_participation(
        participation, actor=coordinator, start_date=yesterday - datetime.timedelta(days=30), end_date=yesterday
    )
    assert "Intern målsättning om budget" not in client.get(_dashboard(collaboration)).content.decode()


def test_a_person_who_stops_representing_an_organization_loses_what_it_could_see(world):
    collaboration, coordinator, member, *_rest = world
    client = _client(member)
    assert "Intern målsättning om budget" in client.get(_dashboard(collaboration)).content.decode()
    actor_services.remove_representation(member.person.representations.get(), actor=SYSTEM)
    assert "Intern målsättning om budget" not in client.get(_dashboard(collaboration)).content.decode()


def test_each_browser_gets_its_own_csrf_token_in_a_cached_part_and_its_form_works(world):
    collaboration, coordinator, *_rest, public, _internal = world
    indicator = IndicatorFactory(goal=public, name="Arbetslösa unga", visibility="public")
    url = f"/samverkan/{collaboration.slug}/styrning/indikatorer/{indicator.pk}/"
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    for client in (first, second):
        client.force_login(coordinator)
    tokens = []
    for client in (first, second):
        body = client.get(url).content.decode()
        assert "__csrf_token_of_this_request__" not in body
        token = body.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
        tokens.append(token)
    # The second browser's page came from the cache, with its own token put in: its form is accepted.
    assert tokens[0] != tokens[1]
    response = second.post(
        f"/samverkan/{collaboration.slug}/styrning/indikatorer/{indicator.pk}/varden/nytt/",
        {"csrfmiddlewaretoken": tokens[-1], "year": "2015", "value": "12,5", "gender": "T", "area": area("10").pk},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert "12,5" in second.get(url).content.decode()


def test_the_public_list_and_front_page_show_a_new_public_collaboration_at_once():
    anonymous = Client()
    assert "Barnens bästa gäller (test)" not in anonymous.get("/").content.decode()
    assert "Barnens bästa gäller (test)" not in anonymous.get("/samverkan/").content.decode()
    CollaborationFactory(name="Barnens bästa gäller (test)", visibility="public")
    assert "Barnens bästa gäller (test)" in anonymous.get("/").content.decode()
    assert "Barnens bästa gäller (test)" in anonymous.get("/samverkan/").content.decode()
    assert anonymous.get("/samverkan/?page=99").status_code == 404


def test_a_change_through_the_api_shows_in_the_cached_api_list(world):
    collaboration, coordinator, *_rest, public, _internal = world
    api = APIClient()
    api.force_login(coordinator)
    assert api.get("/api/goals/").json()["count"] == 2
    response = api.patch(f"/api/goals/{public.pk}/", {"title": "Halvera den till 2017"}, format="json")
    assert response.status_code == 200, response.content
    titles = {g["title"] for g in api.get("/api/goals/").json()["results"]}
    assert "Halvera den till 2017" in titles
    assert Generation.objects.get(name=generations.collaboration_key(collaboration.pk)).value > 0


def test_a_part_cached_in_english_is_not_shown_to_a_swedish_reader(world):
    collaboration, coordinator, *_rest = world
    client = _client(coordinator)
    english = client.get(_dashboard(collaboration), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    swedish = client.get(_dashboard(collaboration), HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Goals with status and trend" in english and "Mål med status och trend" not in english
    assert "Mål med status och trend" in swedish and "Goals with status and trend" not in swedish


def test_goal_statuses_in_the_api_follow_a_new_value_in_one_collaboration_and_keep_the_others(world):
    collaboration, coordinator, *_rest, public, _internal = world
    indicator = IndicatorFactory(goal=public, name="Arbetslösa unga 18–24 år", visibility="public")
    value_of(indicator, 2013, 20.0)
    value_of(indicator, 2014, 19.5)  # far from halving by 2017: off track
    other = CollaborationFactory(name="Barnens bästa gäller (test)", visibility="public")
    other_goal = GoalFactory(
        document=GoalDocumentFactory(collaboration=other, visibility="public"),
        title="Tidiga insatser",
        visibility="public",
    )
    other_indicator = IndicatorFactory(goal=other_goal, name="Andel barn i förskola", visibility="public")
    value_of(other_indicator, 2013, 20.0)
    value_of(other_indicator, 2014, 17.5)
    api = APIClient()
    api.force_login(coordinator)

    def statuses():
        return {g["title"]: g["status"] for g in api.get("/api/goals/?page_size=100").json()["results"]}

    before = statuses()
    assert before["Halvera ungdomsarbetslösheten"] == "off_track"
    value_of(indicator, 2015, 14.0)  # now on the line to 10 % in 2017
    after = statuses()
    assert after["Halvera ungdomsarbetslösheten"] == "on_track"
    assert after["Tidiga insatser"] == before["Tidiga insatser"]
