"""Two coordinators changing one body or agreement: a stale save or removal is refused, never a silent
loss (issue 12, item 6); a create form sent twice creates one agreement (item 9)."""

import re

import pytest
from django.test import Client
from rest_framework.test import APIClient

from collaborations import services as collaboration_services
from core.services import SYSTEM
from organize.models import Agreement, Body
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import AgreementFactory, BodyFactory
from tests.formdata import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """Business Region Test with two coordinators of Region Örebro län, a steering group and an agreement."""
    region = OrganizationFactory(name="Region Örebro län", sector="region", kind="region", area=area("18"))
    sara = user_for(region, email="sara@example.org", first_name="Sara", last_name="Lind")
    olle = user_for(region, email="olle@example.org", first_name="Olle", last_name="Berg")
    collaboration = CollaborationFactory(
        name="Business Region Test", coordinating_organization=region, coordinator=sara.person, visibility="public"
    )
    collaboration_services.assign_role(collaboration, olle.person, "coordinator", actor=SYSTEM, organization=region)
    body = BodyFactory(collaboration=collaboration, name="Styrgruppen", visibility="public")
    agreement = AgreementFactory(collaboration=collaboration, title="Samverkansavtal BRO", visibility="public")
    browsers = {}
    for name, user in (("sara", sara), ("olle", olle)):
        browsers[name] = Client()
        browsers[name].force_login(user)
    return {"collaboration": collaboration, "body": body, "agreement": agreement, "users": (sara, olle), **browsers}


def _base(collaboration):
    return f"/samverkan/{collaboration.slug}/organisering/"


def test_a_stale_body_form_is_refused_and_the_first_change_stays(world):
    body, sara, olle = world["body"], world["sara"], world["olle"]
    url = _base(world["collaboration"]) + f"organ/{body.pk}/andra/"
    saras_form, olles_form = form_data(sara.get(url).content.decode()), form_data(olle.get(url).content.decode())

    assert sara.post(url, {**saras_form, "name": "Styrgruppen för BRO"}).status_code == 302
    second = olle.post(url, {**olles_form, "purpose": "Beslutar om gemensamma satsningar."})

    assert second.status_code == 200
    page = second.content.decode()
    assert "Någon annan har ändrat ”Styrgruppen för BRO” sedan du öppnade sidan." in page
    # The conflict table with the line breaks between its tags left out (the template puts each cell on a line).
    table = re.sub(r">\s+<", "><", page[page.index('id="konflikt"') :])
    assert "<td>Styrgruppen</td><td>Styrgruppen för BRO</td>" in table  # the name: Olle's form, saved now
    assert "Beslutar om gemensamma satsningar." in table  # Olle's purpose, kept for him
    body.refresh_from_db()
    assert (body.name, body.purpose) == ("Styrgruppen för BRO", "")

    again = olle.post(
        url, {**form_data(olle.get(url).content.decode()), "purpose": "Beslutar om gemensamma satsningar."}
    )
    assert again.status_code == 302
    body.refresh_from_db()
    assert (body.name, body.purpose) == ("Styrgruppen för BRO", "Beslutar om gemensamma satsningar.")


def test_a_stale_removal_of_an_agreement_is_refused(world):
    agreement, sara, olle = world["agreement"], world["sara"], world["olle"]
    delete_url = _base(world["collaboration"]) + f"ta-bort/avtal/{agreement.pk}/"
    olles_delete_form = form_data(olle.get(agreement.get_absolute_url()).content.decode(), action=delete_url)
    edit_url = _base(world["collaboration"]) + f"avtal/{agreement.pk}/andra/"
    sara.post(edit_url, {**form_data(sara.get(edit_url).content.decode()), "title": "Samverkansavtal BRO 2025"})

    refused = olle.post(delete_url, olles_delete_form, follow=True)

    assert "Någon annan har ändrat ”Samverkansavtal BRO 2025” sedan du öppnade sidan." in refused.content.decode()
    assert "Inget togs bort" in refused.content.decode()
    assert Agreement.objects.filter(pk=agreement.pk).exists()


def test_an_agreement_form_posted_twice_creates_one_agreement(world):
    sara = world["sara"]
    url = _base(world["collaboration"]) + "avtal/nytt/"
    form = {**form_data(sara.get(url).content.decode()), "title": "Avsiktsförklaring BRO", "kind": "letter_of_intent"}

    first = sara.post(url, form)
    second = sara.post(url, form)

    assert Agreement.objects.filter(title="Avsiktsförklaring BRO").count() == 1
    assert (first.status_code, second.status_code) == (302, 302)
    assert second.url == first.url


def test_the_body_api_sends_an_etag_and_refuses_a_stale_if_match(world):
    body = world["body"]
    sara, olle = APIClient(), APIClient()
    sara.force_authenticate(world["users"][0])
    olle.force_authenticate(world["users"][1])
    url = f"/api/bodies/{body.pk}/"
    olles_etag = olle.get(url)["ETag"]
    saved = sara.patch(url, {"name": "Styrgruppen för BRO"}, format="json", HTTP_IF_MATCH=sara.get(url)["ETag"])
    assert saved.status_code == 200

    stale = olle.patch(url, {"name": "Ledningsgruppen"}, format="json", HTTP_IF_MATCH=olles_etag)
    stale_delete = olle.delete(url, HTTP_IF_MATCH=olles_etag)

    assert (stale.status_code, stale_delete.status_code) == (412, 412)
    assert stale["ETag"] == saved["ETag"]
    body.refresh_from_db()
    assert body.name == "Styrgruppen för BRO"
    assert Body.objects.filter(pk=body.pk).exists()
