"""The pages a coordinator uses to set up a collaboration, and what others may not do there."""

import pytest
from django.test import Client

from collaborations.models import Collaboration, Participation
from core.models import ChangeRecord
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory


@pytest.fixture
def coordinator_client():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    user = user_for(region, email="karin@example.org")
    client = Client()
    client.force_login(user)
    return client, user, region


@pytest.mark.django_db
def test_coordinator_sets_up_a_collaboration_with_the_form(coordinator_client):
    client, user, region = coordinator_client
    response = client.post(
        "/samverkan/ny/",
        {
            "coordinating_organization": region.pk,
            "name": "Unga lyfter",
            "problem": "Hög ungdomsarbetslöshet",
            "stage": "founding",
            "status": "active",
            "visibility": "public",
            "themes": ["employment"],
            "drivers": ["sudden_event"],
            "areas": [],
        },
    )
    assert response.status_code == 302
    collaboration = Collaboration.objects.get(slug="unga-lyfter")
    assert response["Location"] == f"/samverkan/{collaboration.slug}/parter/ny/"
    page = client.get(collaboration.get_absolute_url()).content.decode()
    assert "Hög ungdomsarbetslöshet" in page and "Region Blekinge" in page and "Samordnande part" in page


@pytest.mark.django_db
def test_missing_fields_are_named_and_nothing_is_saved(coordinator_client):
    client, user, region = coordinator_client
    count = ChangeRecord.objects.count()
    response = client.post(
        "/samverkan/ny/",
        {
            "coordinating_organization": region.pk,
            "name": "",
            "stage": "founding",
            "status": "active",
            "visibility": "public",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Formuläret innehåller fel" in body and 'id="id_problem_error"' in body and 'id="id_name_error"' in body
    assert ChangeRecord.objects.count() == count


@pytest.mark.django_db
def test_adding_the_same_party_twice_gives_a_clear_message(coordinator_client):
    client, user, region = coordinator_client
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=user.person)
    kommun = OrganizationFactory(name="Sölvesborgs kommun")
    url = f"/samverkan/{collaboration.slug}/parter/ny/"
    data = {"organization": kommun.pk, "role": "party", "visibility": "public"}
    assert client.post(url, data).status_code == 302
    response = client.post(url, data)
    assert response.status_code == 200
    assert f"Sölvesborgs kommun deltar redan i {collaboration.name}." in response.content.decode()
    assert Participation.objects.filter(collaboration=collaboration, organization=kommun).count() == 1


@pytest.mark.django_db
def test_inline_edit_of_a_party_with_htmx(coordinator_client):
    client, user, region = coordinator_client
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=user.person)
    kommun = OrganizationFactory(name="Olofströms kommun")
    party = collaboration.participations.create(organization=kommun, role="party", visibility="public")
    url = f"/samverkan/{collaboration.slug}/parter/{party.pk}/andra/"
    form = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert form.lstrip().startswith(f'<tr id="party-{party.pk}">') and "<form" in form and "<html" not in form
    row = client.post(
        url, {"role": "funder", "start_date": "2013-01-01", "end_date": ""}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "Finansiär" in row and "<form" not in row
    party.refresh_from_db()
    assert party.role == "funder" and str(party.start_date) == "2013-01-01"
    assert ChangeRecord.objects.filter(action="collaborations.participation.updated", object_id=party.pk).exists()
    bad = client.post(url, {"role": "coordinator"}, headers={"HX-Request": "true"}).content.decode()
    assert "en samordnande part i taget" in bad


@pytest.mark.django_db
def test_a_party_representative_gets_a_translated_refusal_not_the_form():
    collaboration = CollaborationFactory(visibility="public")
    kommun = OrganizationFactory(name="Representerad kommun")
    collaboration.participations.create(organization=kommun, role="party", visibility="public")
    client = Client()
    client.force_login(user_for(kommun, email="rep2@example.org"))
    response = client.get(f"/samverkan/{collaboration.slug}/andra/")
    assert response.status_code == 403
    assert "Bara samverkans samordnare" in response.content.decode()
    response = client.post(f"/samverkan/{collaboration.slug}/parter/ny/", {"organization": kommun.pk, "role": "party"})
    assert response.status_code == 403


@pytest.mark.django_db
def test_front_page_shows_my_collaborations_first(coordinator_client):
    client, user, region = coordinator_client
    mine = CollaborationFactory(
        name="Min samverkan", coordinating_organization=region, coordinator=user.person, visibility="participants"
    )
    CollaborationFactory(name="Någon annans offentliga", visibility="public")
    CollaborationFactory(name="Någon annans slutna", visibility="participants")
    body = client.get("/").content.decode()
    assert body.index("Samverkan där du deltar") < body.index(mine.name) < body.index("Offentlig samverkan")
    assert "Någon annans offentliga" in body and "Någon annans slutna" not in body


@pytest.mark.django_db
def test_english_is_available(coordinator_client):
    client, user, region = coordinator_client
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    body = client.get("/").content.decode()
    assert '<html lang="en">' in body
    assert "My collaborations" in body and "Skip to content" in body


@pytest.mark.django_db
def test_the_front_page_shows_the_newest_public_collaborations_and_links_to_all():
    for i in range(14):
        CollaborationFactory(name=f"Offentlig samverkan {i:02d}", visibility="public")
    page = Client().get("/").content.decode()
    shown = [i for i in range(14) if f"Offentlig samverkan {i:02d}" in page]
    assert len(shown) == 12  # a national installation has hundreds: the newest few, then the list page
    assert "De 12 senast ändrade av 14" in page and 'href="/samverkan/"' in page


@pytest.mark.django_db
def test_the_list_counts_collaborations_in_natural_swedish():
    CollaborationFactory(name="Ensam", visibility="public")

    one = Client().get("/samverkan/").content.decode()
    for n in range(2, 9):
        CollaborationFactory(name=f"Fler {n}", visibility="public")
    eight = Client().get("/samverkan/").content.decode()

    assert "1 samverkansområde<" in one
    assert "8 samverkansområden<" in eight and "8 samverkan<" not in eight
