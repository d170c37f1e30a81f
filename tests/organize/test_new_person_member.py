"""A member added from the body's page as a new person of a party's organization (issue 15 §5): the person,
their representation and the seat in one transaction; a person without a name is refused by field, and nothing
is saved."""

import pytest
from django.test import Client

from actors.models import Person, Representation
from core.models import ChangeRecord
from organize.models import Membership
from tests.factories.actors import OrganizationFactory, PersonFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import BodyFactory, party_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def body_and_client():
    region = OrganizationFactory(name="Region Örebro län", sector="region", kind="region", area=area("18"))
    coordinator = user_for(region, email="sara@example.org")
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=coordinator.person)
    kumla = party_of(collaboration, name="Kumla kommun", area=area("1881"))
    body = BodyFactory(collaboration=collaboration, name="Styrgrupp")
    client = Client()
    client.force_login(coordinator)
    return body, kumla, client, f"{body.get_absolute_url()}ledamoter/ny/"


def test_a_new_person_of_a_party_becomes_a_member_from_the_bodys_page(body_and_client):
    body, kumla, client, url = body_and_client
    page = client.get(body.get_absolute_url()).content.decode()
    assert f'href="{url}#id_new_person_first_name"' in page

    response = client.post(
        url,
        {
            "new_person_first_name": "Eva",
            "new_person_last_name": "Holm",
            "new_person_title": "Kommunalråd",
            "organization": kumla.pk,
            "position": "member",
            "visibility": "public",
        },
    )

    assert response.status_code == 302
    eva = Person.objects.get(first_name="Eva", last_name="Holm")
    assert eva.title == "Kommunalråd"
    assert list(Representation.objects.filter(person=eva).values_list("organization__name", flat=True)) == [
        "Kumla kommun"
    ]
    assert list(Membership.objects.filter(body=body).values_list("person__last_name", "organization__name")) == [
        ("Holm", "Kumla kommun")
    ]
    assert ChangeRecord.objects.filter(action="actors.person.created", object_id=eva.pk).exists()
    assert "Eva Holm" in client.get(body.get_absolute_url()).content.decode()


def test_a_new_person_without_a_name_is_refused_by_field_and_nothing_is_saved(body_and_client):
    body, kumla, client, url = body_and_client
    people = Person.objects.count()

    response = client.post(
        url,
        {
            "new_person_first_name": "",
            "new_person_last_name": "",
            "new_person_email": "eva@kumla.example",
            "organization": kumla.pk,
            "position": "member",
            "visibility": "public",
        },
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_new_person_first_name_error"' in page and "Skriv personens förnamn." in page
    assert 'id="id_new_person_last_name_error"' in page and "Skriv personens efternamn." in page
    assert Person.objects.count() == people
    assert not Membership.objects.filter(body=body).exists()


def test_neither_a_person_nor_a_new_one_asks_for_one(body_and_client):
    body, kumla, client, url = body_and_client

    response = client.post(url, {"organization": kumla.pk, "position": "member", "visibility": "public"})

    assert 'id="id_person_error"' in response.content.decode()
    assert "Välj en person i registret eller skriv in en ny." in response.content.decode()
    assert not Membership.objects.filter(body=body).exists()


def test_a_new_person_whose_seat_is_refused_is_not_left_in_the_register(body_and_client):
    body, kumla, client, url = body_and_client
    people = Person.objects.count()

    response = client.post(  # an end before the start: the seat is refused after the person was created
        url,
        {
            "new_person_first_name": "Eva",
            "new_person_last_name": "Holm",
            "organization": kumla.pk,
            "position": "member",
            "start_date": "2024-01-01",
            "end_date": "2023-01-01",
            "visibility": "public",
        },
    )

    assert response.status_code == 200
    assert Person.objects.count() == people


def test_a_person_of_the_register_is_still_chosen_as_before(body_and_client):
    body, kumla, client, url = body_and_client
    person = PersonFactory(first_name="Johan", last_name="Berg")
    from actors import services as actor_services
    from core.services import SYSTEM

    actor_services.add_representation(person, kumla, actor=SYSTEM)

    response = client.post(
        url, {"person": person.pk, "organization": kumla.pk, "position": "member", "visibility": "public"}
    )

    assert response.status_code == 302
    assert Membership.objects.get(body=body).person == person
