"""The demo holds the eight collaborations of SKR's publication with their real parties."""

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from actors.models import User
from collaborations.models import Collaboration


@pytest.mark.django_db
def test_eight_collaborations_with_their_coordinators_and_parties(demo):
    coordinators = dict(
        Collaboration.objects.filter(participations__role="coordinator").values_list(
            "slug", "participations__organization__name"
        )
    )
    assert coordinators == {
        "boras-myndighetssamverkan-trygghet": "Borås Stad",
        "nya-perspektiv-varmland": "Region Värmland",
        "business-region-orebro": "Region Örebro län",
        "blekinge-unga-lyfter": "Region Blekinge",
        "karlskronakommissionen": "Karlskrona kommun",
        "barnens-basta-galler-kronoberg": "Region Kronoberg",
        "business-region-kronoberg": "Region Kronoberg",
        "pitea-alvsbyn-femkanten": "Piteå kommun",
    }
    bro = Collaboration.objects.get(slug="business-region-orebro")
    assert bro.participations.count() == 13  # the region and all twelve municipalities
    assert bro.participations.filter(organization__sector="municipality").count() == 12
    boras = Collaboration.objects.get(slug="boras-myndighetssamverkan-trygghet")
    assert boras.participations.count() == 15
    assert boras.participations.filter(organization__sector="state").count() == 10


@pytest.mark.django_db
def test_demo_is_idempotent_and_people_are_marked_invented(demo):
    call_command("seed_demo", "--force", verbosity=0)
    assert Collaboration.objects.count() == 8
    assert all(u.person.is_invented for u in User.objects.select_related("person"))


@pytest.mark.django_db
def test_a_collaboration_restricted_to_other_organizations_is_unreachable_on_every_channel(demo):
    client = APIClient()
    client.force_login(User.objects.get(email="koordinator@regionvarmland.example"))
    slug = "boras-myndighetssamverkan-trygghet"
    assert client.get(f"/samverkan/{slug}/").status_code == 404
    assert client.get(f"/samverkan/{slug}/historik/").status_code == 404
    assert client.get(f"/api/collaborations/{slug}/").status_code == 404
    assert "Borås" not in client.get("/samverkan/").content.decode()
    assert slug not in client.get("/api/collaborations/?page_size=100").content.decode()
    assert "myndighetssamverkan" not in client.get("/api/participations/?collaboration=" + slug).content.decode()
    assert "Borås" not in client.get("/").content.decode()
    client.force_login(User.objects.get(email="cks@boras.example"))
    assert client.get(f"/samverkan/{slug}/").status_code == 200
