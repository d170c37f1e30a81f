"""Words of the formal basis: no kind said twice, empty lists that say what exists and what to do next."""

import pytest
from django.test import Client

from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import AgreementFactory, party_of

pytestmark = pytest.mark.django_db


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_an_agreement_titled_by_its_kind_is_not_named_twice():
    collaboration = CollaborationFactory()
    agreement = AgreementFactory(
        collaboration=collaboration,
        kind="commission",
        title="Uppdragsavtal: Örebro kommun leder BRO:s operativa arbete",
        commissioned_organization=party_of(collaboration),
    )
    other = AgreementFactory(collaboration=collaboration, kind="commission", title="Drift av BRO")

    assert str(agreement) == "Uppdragsavtal: Örebro kommun leder BRO:s operativa arbete"
    assert str(other) == "Uppdragsavtal: Drift av BRO"


def test_the_ownerless_page_names_a_commission_once():
    coordinator = user_for(None)
    collaboration = CollaborationFactory(coordinator=coordinator.person)
    AgreementFactory(collaboration=collaboration, kind="commission", title="Drift av BRO")

    page = _client(coordinator).get(f"/samverkan/{collaboration.slug}/organisering/utan-agare/").content.decode()

    assert "Drift av BRO" in page
    assert "Uppdragsavtal: Drift av BRO" not in page


def test_an_empty_overview_says_nothing_exists_yet_and_offers_the_first_to_whoever_may_add():
    coordinator = user_for(None)
    collaboration = CollaborationFactory(coordinator=coordinator.person, visibility="public")
    url = f"/samverkan/{collaboration.slug}/organisering/"

    own = _client(coordinator).get(url).content.decode()
    other = _client(user_for(OrganizationFactory())).get(url).content.decode()

    assert "Inga avtal ännu." in own and "Lägg till det första avtalet" in own
    assert "Inga organ ännu." in own and "Lägg till det första organet" in own
    assert "som du kan se" not in own
    assert "Inga avtal ännu." in other and "Lägg till det första avtalet" not in other


def test_an_overview_whose_agreements_are_hidden_says_so():
    collaboration = CollaborationFactory(visibility="public")
    AgreementFactory(collaboration=collaboration, title="Internt avtal", visibility="participants")

    page = _client(user_for(OrganizationFactory())).get(f"/samverkan/{collaboration.slug}/organisering/")

    text = page.content.decode()
    assert "Inga avtal som du kan se." in text
    assert "Internt avtal" not in text and "Inga avtal ännu." not in text
