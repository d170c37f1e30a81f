"""The set-up form chooses the coordinating organization when the user represents only one (issue 15 §5)."""

import pytest
from django.test import Client

from tests.factories.actors import OrganizationFactory, user_for


def form_for(user) -> str:
    client = Client()
    client.force_login(user)
    return client.get("/samverkan/ny/").content.decode()


@pytest.mark.django_db
def test_the_only_organization_a_coordinator_represents_is_chosen_already():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")

    page = form_for(user_for(region, email="karin@example.org"))

    assert f'<option value="{region.pk}" selected>Region Blekinge</option>' in page


@pytest.mark.django_db
def test_with_two_organizations_none_is_chosen_for_the_user():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    kommun = OrganizationFactory(name="Karlskrona kommun")
    user = user_for(region, email="karin@example.org")
    from actors import services
    from core.services import SYSTEM

    services.add_representation(user.person, kommun, actor=SYSTEM)

    page = form_for(user)

    assert f'<option value="{region.pk}">Region Blekinge</option>' in page
    assert f'<option value="{kommun.pk}">Karlskrona kommun</option>' in page
    assert '<option value="" selected>---------</option>' in page  # the user chooses
