"""An organization has one record whatever it has been called: former names and aliases are found by
search (page and API), a new organization with a name, alias or organization number that is already
taken is refused with a link to the existing one, and an organization can be linked to several areas."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from rest_framework.test import APIClient

from actors import services
from actors.models import Organization, OrganizationName
from core.models import ChangeRecord
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, area, user_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def region():
    organization = services.create_organization(
        actor=SYSTEM,
        name="Region Blekinge",
        sector="region",
        kind="region",
        org_number="232100-0081",
        area=area("10"),
        other_names=[
            {"name": "Landstinget Blekinge", "kind": "former", "valid_until": datetime.date(2018, 12, 31)},
            {"name": "RB", "kind": "alias"},
        ],
    )
    return organization


def test_search_finds_an_organization_by_a_former_name_or_an_alias_once(region):
    page = Client().get("/organisationer/?q=landstinget").content.decode()
    assert "Region Blekinge" in page
    answer = APIClient().get("/api/organizations/?q=Landstinget Blekinge").json()
    assert [o["name"] for o in answer["results"]] == ["Region Blekinge"]
    assert {"name": "Landstinget Blekinge", "kind": "former", "valid_from": None, "valid_until": "2018-12-31"} in (
        answer["results"][0]["other_names"]
    )


def test_a_new_organization_with_a_taken_name_alias_or_number_is_refused_naming_the_existing_one(region):
    for data, field in (
        ({"name": "region blekinge"}, "name"),
        ({"name": "Landstinget Blekinge"}, "name"),
        ({"name": "Nytt namn", "org_number": "2321000081"}, "org_number"),
    ):
        with pytest.raises(ValidationError) as exc:
            services.create_organization(actor=SYSTEM, sector="region", kind="region", **data)
        assert region.get_absolute_url() in exc.value.message_dict[field][0]
    assert Organization.objects.filter(name__icontains="blekinge").count() == 1
    with pytest.raises(ValidationError) as exc:  # nor can another organization take the name as an alias
        services.create_organization(
            actor=SYSTEM, name="Annan region", sector="region", kind="region", other_names=[{"name": "RB"}]
        )
    assert "annat namn för Region Blekinge" in exc.value.message_dict["other_names"][0]
    assert not Organization.objects.filter(name="Annan region").exists()  # nothing half-written


def test_the_form_refuses_a_duplicate_with_a_link_to_the_existing_organization(region):
    client = Client()
    client.force_login(user_for(OrganizationFactory(), email="ny@example.org"))
    response = client.post(
        "/organisationer/ny/", {"name": "Landstinget Blekinge", "sector": "region", "kind": "region"}
    )
    page = response.content.decode()
    assert response.status_code == 200 and f'href="{region.get_absolute_url()}"' in page
    assert "är ett annat namn för Region Blekinge" in page


def test_a_renamed_organization_keeps_its_old_name_as_a_former_name():
    kommun = services.create_organization(
        actor=SYSTEM, name="Sölvesborg kommun", sector="municipality", kind="municipality"
    )
    services.update_organization(kommun, actor=SYSTEM, name="Sölvesborgs kommun")
    assert list(kommun.other_names.values_list("name", "kind", "valid_until")) == [
        ("Sölvesborg kommun", "former", None)  # when it changed is not known: no date is invented
    ]
    assert ChangeRecord.objects.filter(action="actors.organization_name.created").count() == 1
    answer = APIClient().get("/api/organizations/?q=Sölvesborg kommun").json()
    assert [o["name"] for o in answer["results"]] == ["Sölvesborgs kommun"]


def test_other_names_and_areas_are_edited_in_the_form(region):
    user = user_for(region, email="rep@example.org")
    client = Client()
    client.force_login(user)
    response = client.post(
        f"/organisationer/{region.pk}/andra/",
        {
            "name": "Region Blekinge",
            "sector": "region",
            "kind": "region",
            "org_number": "232100-0081",
            "area": area("10").pk,
            "areas": [area("1080").pk],
            "former_names": "Landstinget Blekinge (från 1968-01-01 till 2018-12-31)",
            "aliases": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(region.other_names.values_list("name", "valid_from", "valid_until")) == [
        ("Landstinget Blekinge", datetime.date(1968, 1, 1), datetime.date(2018, 12, 31))
    ]
    assert set(region.areas.values_list("scb_code", flat=True)) == {"10", "1080"}  # the main area always counts
    page = client.get(region.get_absolute_url()).content.decode()
    assert "Landstinget Blekinge" in page and "Karlskrona" in page


def test_an_organization_is_linked_to_several_areas_through_the_api():
    api = APIClient()
    api.force_login(user_for(OrganizationFactory(), email="api@example.org"))
    response = api.post(
        "/api/organizations/",
        {"name": "Business Region Kronoberg", "sector": "other", "kind": "other", "areas": ["0780", "0764"]},
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert sorted(response.json()["areas"]) == ["0764", "0780"]
    assert OrganizationName.objects.count() == 0
