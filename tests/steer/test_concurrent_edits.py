"""Two people editing one goal: the second, stale save is refused, never a silent loss (issue 12, item 6);
a create form sent twice creates one object (item 9)."""

import re

import pytest
from django.test import Client

from collaborations import services as collaboration_services
from core.models import ChangeRecord
from core.services import SYSTEM
from steer.models import Goal
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory
from tests.formdata import form_data

pytestmark = pytest.mark.django_db

STALE = "Någon annan har ändrat ”Halvera ungdomsarbetslösheten” sedan du öppnade sidan."


@pytest.fixture
def goal_world():
    """A goal of Unga lyfter and two coordinators of Region Blekinge, each in a browser of their own."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    anna = user_for(region, email="anna@example.org", first_name="Anna", last_name="Ek")
    bo = user_for(region, email="bo@example.org", first_name="Bo", last_name="Ek")
    collaboration = CollaborationFactory(
        name="Unga lyfter (test)", coordinating_organization=region, coordinator=anna.person, visibility="public"
    )
    collaboration_services.assign_role(collaboration, bo.person, "coordinator", actor=SYSTEM, organization=region)
    document = GoalDocumentFactory(collaboration=collaboration, title="Unga lyfters mål", visibility="public")
    goal = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten", target_year=2017, visibility="public")
    browsers = []
    for user in (anna, bo):
        browser = Client()
        browser.force_login(user)
        browsers.append(browser)
    goal.users = (anna, bo)
    return goal, browsers


def _edit_url(goal):
    return f"/samverkan/{goal.collaboration.slug}/styrning/mal/{goal.pk}/andra/"


def test_a_stale_goal_form_is_refused_and_shows_both_versions(goal_world):
    goal, (anna, bo) = goal_world
    url = _edit_url(goal)
    annas_form, bos_form = form_data(anna.get(url).content.decode()), form_data(bo.get(url).content.decode())

    first = anna.post(url, {**annas_form, "target_year": "2020"})
    second = bo.post(url, {**bos_form, "title": "Halvera ungdomsarbetslösheten i Blekinge"})

    assert first.status_code == 302
    assert second.status_code == 200
    page = second.content.decode()
    assert STALE in page
    # Both versions, field by field: Bo's input beside what is saved now.
    # The conflict table with the line breaks between its tags left out (the template puts each cell on a line).
    table = re.sub(r">\s+<", "><", page[page.index('id="konflikt"') :])
    assert "Halvera ungdomsarbetslösheten i Blekinge" in table  # Bo's title, kept …
    assert "<td>2017</td><td>2020</td>" in table.replace("\xa0", "")  # … and the year Anna saved
    assert "Senast sparat av Anna Ek" in table
    assert 'value="Halvera ungdomsarbetslösheten i Blekinge"' in page  # Bo's input is still in the form
    goal.refresh_from_db()
    assert (goal.title, goal.target_year) == ("Halvera ungdomsarbetslösheten", 2020)  # Anna's change stands
    updates = ChangeRecord.objects.filter(object_id=goal.pk, action="steer.goal.updated")
    assert [record.changes for record in updates] == [{"target_year": [2017, 2020]}]


def test_after_a_reload_the_second_change_is_saved_on_top_of_the_first(goal_world):
    goal, (anna, bo) = goal_world
    url = _edit_url(goal)
    bos_stale_form = form_data(bo.get(url).content.decode())
    anna.post(url, {**form_data(anna.get(url).content.decode()), "target_year": "2020"})
    assert bo.post(url, {**bos_stale_form, "order": "5"}).status_code == 200

    reloaded = form_data(bo.get(url).content.decode())
    again = bo.post(url, {**reloaded, "order": "5"})

    assert again.status_code == 302
    goal.refresh_from_db()
    assert (goal.target_year, goal.order) == (2020, 5)  # both changes kept


def test_saving_again_from_the_conflict_page_is_a_deliberate_replacement(goal_world):
    goal, (anna, bo) = goal_world
    url = _edit_url(goal)
    bos_stale_form = form_data(bo.get(url).content.decode())
    anna.post(url, {**form_data(anna.get(url).content.decode()), "target_year": "2020"})
    conflict = bo.post(url, {**bos_stale_form, "target_year": "2019"})

    confirmed = bo.post(url, form_data(conflict.content.decode()))

    assert confirmed.status_code == 302
    goal.refresh_from_db()
    assert goal.target_year == 2019


def test_the_same_edit_sent_twice_is_no_conflict(goal_world):
    goal, (anna, _bo) = goal_world
    url = _edit_url(goal)
    form = {**form_data(anna.get(url).content.decode()), "target_year": "2020"}

    first, second = anna.post(url, form), anna.post(url, form)

    assert (first.status_code, second.status_code) == (302, 302)
    assert second.url == first.url
    assert ChangeRecord.objects.filter(object_id=goal.pk, action="steer.goal.updated").count() == 1


def test_a_stale_delete_is_refused_and_the_goal_stays(goal_world):
    goal, (anna, bo) = goal_world
    detail = bo.get(goal.get_absolute_url()).content.decode()
    delete_url = f"/samverkan/{goal.collaboration.slug}/styrning/ta-bort/mal/{goal.pk}/"
    bos_delete_form = form_data(detail, action=delete_url)
    anna.post(_edit_url(goal), {**form_data(anna.get(_edit_url(goal)).content.decode()), "target_year": "2020"})

    refused = bo.post(delete_url, bos_delete_form, follow=True)

    assert STALE in refused.content.decode()
    assert "Inget togs bort" in refused.content.decode()
    assert Goal.objects.filter(pk=goal.pk).exists()
    # The page Bo is sent back to shows the goal as it is now, and its delete form works.
    current_form = form_data(refused.content.decode(), action=delete_url)
    assert bo.post(delete_url, current_form).status_code == 302
    assert not Goal.objects.filter(pk=goal.pk).exists()


def test_a_create_form_posted_twice_creates_one_goal(goal_world):
    goal, (anna, _bo) = goal_world
    url = f"/samverkan/{goal.collaboration.slug}/styrning/mal/nytt/?document={goal.document_id}"
    form = {**form_data(anna.get(url).content.decode()), "title": "Fler unga i utbildning", "term": "long"}

    first = anna.post(url, form)
    second = anna.post(url, form, follow=True)

    created = Goal.objects.filter(title="Fler unga i utbildning")
    assert created.count() == 1
    assert first.url == created.get().get_absolute_url()
    assert second.redirect_chain[0][0] == first.url
    assert "Formuläret var redan skickat; inget skapades två gånger." in second.content.decode()


def test_a_create_form_refused_as_invalid_can_be_corrected_and_sent(goal_world):
    goal, (anna, _bo) = goal_world
    url = f"/samverkan/{goal.collaboration.slug}/styrning/mal/nytt/?document={goal.document_id}"
    form = {**form_data(anna.get(url).content.decode()), "title": "", "term": "long"}
    refused = anna.post(url, form)
    assert refused.status_code == 200

    sent = anna.post(url, {**form_data(refused.content.decode()), "title": "Fler unga i utbildning"})

    assert sent.status_code == 302
    assert Goal.objects.filter(title="Fler unga i utbildning").count() == 1


def test_the_api_answers_412_to_a_stale_if_match_and_a_new_etag_to_a_current_one(goal_world, api):
    goal, _browsers = goal_world
    anna, bo = goal.users
    api.force_authenticate(bo)
    other = type(api)()
    other.force_authenticate(anna)
    url = f"/api/goals/{goal.pk}/"
    etag = api.get(url)["ETag"]
    other.patch(url, {"target_year": 2020}, format="json", HTTP_IF_MATCH=other.get(url)["ETag"])

    stale = api.patch(url, {"title": "Halvera ungdomsarbetslösheten i Blekinge"}, format="json", HTTP_IF_MATCH=etag)

    assert stale.status_code == 412
    assert STALE in stale.json()["detail"]
    goal.refresh_from_db()
    assert (goal.title, goal.target_year) == ("Halvera ungdomsarbetslösheten", 2020)
    current = api.patch(
        url, {"title": "Halvera ungdomsarbetslösheten i Blekinge"}, format="json", HTTP_IF_MATCH=stale["ETag"]
    )
    assert current.status_code == 200
    assert current.json()["title"] == "Halvera ungdomsarbetslösheten i Blekinge"
    assert current["ETag"] not in (etag, stale["ETag"])
    assert api.get(url)["ETag"] == current["ETag"]


def test_the_api_refuses_a_stale_delete_and_takes_a_current_one(goal_world, api):
    goal, _browsers = goal_world
    api.force_authenticate(goal.users[0])
    url = f"/api/goals/{goal.pk}/"
    etag = api.get(url)["ETag"]
    api.patch(url, {"target_year": 2020}, format="json")  # a client that sends no If-Match is not checked

    assert api.delete(url, HTTP_IF_MATCH=etag).status_code == 412
    assert Goal.objects.filter(pk=goal.pk).exists()
    assert api.delete(url, HTTP_IF_MATCH=api.get(url)["ETag"]).status_code == 204
    assert not Goal.objects.filter(pk=goal.pk).exists()
