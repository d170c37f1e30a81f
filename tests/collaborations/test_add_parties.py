"""Several parties at once, one of them an organization that is not yet in the register (issue 15 §5):
all through `collaborations.services.add_parties`, in one transaction; bad input names its field and saves
nothing."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from actors.models import Organization
from collaborations import services
from collaborations.models import Participation
from core.models import ChangeRecord
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory


@pytest.fixture
def setup():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    user = user_for(region, email="karin@example.org")
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=user.person)
    client = Client()
    client.force_login(user)
    return client, collaboration, f"/samverkan/{collaboration.slug}/parter/ny/"


def parties(collaboration):
    return sorted(collaboration.participations.values_list("organization__name", flat=True))


@pytest.mark.django_db
def test_two_organizations_of_the_register_and_a_new_one_become_parties_with_one_form(setup):
    client, collaboration, url = setup
    ronneby = OrganizationFactory(name="Ronneby kommun")
    olofstrom = OrganizationFactory(name="Olofströms kommun")

    response = client.post(
        url,
        {
            "organization": [ronneby.pk, olofstrom.pk],
            "new_organization_name": "Blekinge folkhögskola",
            "new_organization_sector": "civil_society",
            "new_organization_kind": "association",
            "new_organization_area": area("10").pk,
            "role": "party",
            "visibility": "public",
        },
    )

    assert response.status_code == 302
    assert parties(collaboration) == [
        "Blekinge folkhögskola",
        "Olofströms kommun",
        "Region Blekinge",
        "Ronneby kommun",
    ]
    school = Organization.objects.get(name="Blekinge folkhögskola")
    assert (school.sector, school.kind, school.area.official_name) == ("civil_society", "association", "Blekinge län")
    assert ChangeRecord.objects.filter(action="actors.organization.created", object_id=school.pk).exists()
    assert ChangeRecord.objects.filter(action="collaborations.participation.created").count() == 4
    assert "3 parter är tillagda." in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_a_new_organization_without_a_name_is_refused_naming_the_field_and_nothing_is_saved(setup):
    client, collaboration, url = setup
    ronneby = OrganizationFactory(name="Ronneby kommun")
    count = Organization.objects.count()

    response = client.post(
        url,
        {
            "organization": [ronneby.pk],
            "new_organization_name": "  ",
            "new_organization_sector": "business",
            "new_organization_kind": "company",
            "role": "party",
            "visibility": "public",
        },
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_new_organization_name_error"' in page
    assert "Skriv den nya organisationens namn." in page
    assert parties(collaboration) == ["Region Blekinge"]
    assert Organization.objects.count() == count


@pytest.mark.django_db
def test_a_new_organization_with_a_taken_name_saves_none_of_the_parties(setup):
    client, collaboration, url = setup
    ronneby = OrganizationFactory(name="Ronneby kommun")
    OrganizationFactory(name="Karlshamns kommun")

    response = client.post(
        url,
        {
            "organization": [ronneby.pk],
            "new_organization_name": "karlshamns kommun",
            "new_organization_sector": "municipality",
            "new_organization_kind": "municipality",
            "role": "party",
            "visibility": "public",
        },
    )

    page = response.content.decode()
    assert 'id="id_new_organization_name_error"' in page
    assert "Det finns redan en organisation som heter ”karlshamns kommun”." in page
    assert parties(collaboration) == ["Region Blekinge"]


@pytest.mark.django_db
def test_a_duplicate_party_among_several_saves_none_of_them(setup):
    client, collaboration, url = setup
    ronneby = OrganizationFactory(name="Ronneby kommun")
    count = Organization.objects.count()

    response = client.post(
        url,
        {
            "organization": [ronneby.pk, collaboration.participations.get().organization_id],
            "new_organization_name": "Blekinge folkhögskola",
            "new_organization_sector": "civil_society",
            "new_organization_kind": "association",
            "role": "party",
            "visibility": "public",
        },
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_organization_error"' in page
    assert f"Region Blekinge deltar redan i {collaboration.name}." in page
    assert parties(collaboration) == ["Region Blekinge"]
    assert Organization.objects.count() == count  # the new organization went with the rest


@pytest.mark.django_db
def test_a_form_with_no_organization_at_all_asks_for_one(setup):
    client, collaboration, url = setup

    response = client.post(url, {"role": "party", "visibility": "public"})

    page = response.content.decode()
    assert 'id="id_organization_error"' in page
    assert "Välj minst en organisation i registret eller skriv in en ny." in page
    assert parties(collaboration) == ["Region Blekinge"]


@pytest.mark.django_db
def test_the_service_names_the_new_organizations_fields_and_rolls_back():
    collaboration = CollaborationFactory()
    ronneby = OrganizationFactory(name="Ronneby kommun")

    with pytest.raises(ValidationError) as refused:
        services.add_parties(
            collaboration,
            [ronneby],
            new_organization={"name": "Ny förening", "sector": "", "kind": "association", "area": None},
            actor=SYSTEM,
            role="party",
        )

    assert "new_organization_sector" in refused.value.error_dict
    assert not Participation.objects.filter(collaboration=collaboration, organization=ronneby).exists()
    assert not Organization.objects.filter(name="Ny förening").exists()


@pytest.mark.django_db
def test_the_form_offers_the_register_as_a_searchable_list_and_the_new_organization_beside_it(setup):
    client, collaboration, url = setup
    OrganizationFactory(name="Ronneby kommun")

    page = client.get(url).content.decode()

    assert 'name="organization" value=' in page and 'type="checkbox"' in page
    assert "Eller en organisation som inte finns i registret" in page
    assert 'name="new_organization_name"' in page


@pytest.mark.django_db
def test_the_list_leaves_out_the_organizations_that_are_already_parties(setup):
    client, collaboration, url = setup
    ronneby = OrganizationFactory(name="Ronneby kommun")
    region = collaboration.participations.get().organization

    page = client.get(url).content.decode()

    assert f'name="organization" value="{ronneby.pk}"' in page
    assert f'name="organization" value="{region.pk}"' not in page  # a party already: named above, not offered
