"""What a source does not say stays unknown: a responsibility whose party is missing, a follow-up
duty without a first date (issue 14, §2 and §7)."""

import pytest
from django.test import Client

from organize.models import FollowUpDuty, Responsibility
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator():
    region = OrganizationFactory(name="Region Kronoberg", sector="region", kind="region")
    user = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Kronobergs trygghetsarbete", coordinating_organization=region, coordinator=user.person
    )
    party_of(collaboration, name="Växjö kommun")
    client = Client()
    client.force_login(user)
    return client, collaboration


def test_a_responsibility_without_a_responsible_party_is_listed_under_utan_agare(coordinator):
    client, collaboration = coordinator
    response = client.post(
        f"/samverkan/{collaboration.slug}/organisering/ansvar/nytt/",
        {
            "organization": "",
            "kind": "follow_up",
            "description": "Sammanställa den gemensamma lägesbilden",
            "visibility": "participants",
            "source_note": "Överenskommelse 2023, avsnitt 5",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    responsibility = Responsibility.objects.get()
    assert responsibility.organization is None and responsibility.source_note == "Överenskommelse 2023, avsnitt 5"

    matrix = client.get(f"/samverkan/{collaboration.slug}/organisering/ansvar/").content.decode()
    assert "Ansvarig part saknas" in matrix and "Sammanställa den gemensamma lägesbilden" in matrix
    ownerless = client.get(f"/samverkan/{collaboration.slug}/organisering/utan-agare/").content.decode()
    assert "Ansvarig part saknas." in ownerless


def test_the_api_takes_a_responsibility_whose_party_is_missing(coordinator):
    client, collaboration = coordinator
    answer = client.post(
        "/api/responsibilities/",
        {"collaboration": collaboration.slug, "kind": "operational", "description": "Driva nätverket"},
        content_type="application/json",
    )
    assert answer.status_code == 201, answer.json()
    assert answer.json()["organization"] is None and answer.json()["organization_name"] is None


def test_a_follow_up_duty_without_a_first_date_says_so_and_invents_no_date(coordinator):
    client, collaboration = coordinator
    response = client.post(
        f"/samverkan/{collaboration.slug}/organisering/uppfoljning/ny/",
        {"subject": "Årlig uppföljning av handlingsplanen", "frequency": "yearly", "visibility": "participants"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert FollowUpDuty.objects.get().first_due is None
    page = client.get(f"/samverkan/{collaboration.slug}/organisering/ansvar/").content.decode()
    row = page.split("Årlig uppföljning av handlingsplanen")[1].split("</tr>")[0]
    assert "första tillfälle ej angivet" in row and "2026" not in row


def _left(collaboration, organization):
    """The party's participation ended yesterday."""
    import datetime

    from collaborations import services as collaboration_services
    from core.services import SYSTEM

    participation = collaboration.participations.get(organization=organization)
    ended = datetime.date.today() - datetime.timedelta(days=1)
    collaboration_services.update_participation(participation, actor=SYSTEM, end_date=ended)


def test_a_body_and_a_duty_whose_owning_party_has_left_are_listed_under_utan_agare(coordinator):
    from tests.factories.organize import BodyFactory, FollowUpDutyFactory

    client, collaboration = coordinator
    leaving = party_of(collaboration, name="Alvesta kommun")
    BodyFactory(collaboration=collaboration, name="Nätverket för trygghet", convener=leaving)
    FollowUpDutyFactory(collaboration=collaboration, subject="Lägesbild per kvartal", responsible_organization=leaving)
    _left(collaboration, leaving)

    page = client.get(f"/samverkan/{collaboration.slug}/organisering/utan-agare/").content.decode()

    assert "Nätverket för trygghet" in page
    assert "Den sammankallande parten, Alvesta kommun, deltar inte längre i samverkan." in page
    assert "Lägesbild per kvartal" in page and "Alvesta kommun deltar inte längre i samverkan." in page


def test_an_open_assignment_whose_owner_no_longer_represents_the_party_is_listed_under_utan_agare(coordinator):
    import datetime

    from actors import services as actor_services
    from core.services import SYSTEM
    from lead import services as lead_services
    from tests.factories.lead import owner_in
    from tests.factories.organize import BodyFactory

    client, collaboration = coordinator
    body = BodyFactory(collaboration=collaboration, name="Styrgruppen")
    person, organization = owner_in(collaboration, name="Ljungby kommun")
    lead_services.give_assignment(
        body,
        actor=SYSTEM,
        given_on=datetime.date(2026, 1, 20),
        title="Samla in lägesbilden från skolorna",
        owner_person=person,
        owner_organization=organization,
    )
    actor_services.remove_representation(person.representations.get(organization=organization), actor=SYSTEM)

    page = client.get(f"/samverkan/{collaboration.slug}/organisering/utan-agare/").content.decode()

    assert "Samla in lägesbilden från skolorna" in page
    assert f"{person} företräder inte längre Ljungby kommun." in page
