"""The pages of the formal basis as a coordinator, a party's representative and an outsider use them."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from actors import services as actor_services
from core.models import ChangeRecord
from core.services import SYSTEM
from organize import services
from organize.models import Adoption, Agreement, Body, Membership
from tests.factories.actors import OrganizationFactory, PersonFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import (
    AgreementFactory,
    AgreementVersionFactory,
    BodyDocumentFactory,
    BodyFactory,
    MembershipFactory,
    party_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    """A collaboration coordinated by a region, with one municipality as party."""
    region = OrganizationFactory(name="Region Örebro län", sector="region", kind="region", area=area("18"))
    coordinator = user_for(region, email="sara@example.org", first_name="Sara", last_name="Lindqvist")
    collaboration = CollaborationFactory(
        name="Business Region Test",
        coordinating_organization=region,
        coordinator=coordinator.person,
        visibility="public",
    )
    kumla = party_of(collaboration, name="Kumla kommun", area=area("1881"))
    representative = user_for(kumla, email="eva@example.org", first_name="Eva", last_name="Holm")
    client = Client()
    client.force_login(coordinator)
    return collaboration, region, kumla, coordinator, representative, client


def _base(collaboration):
    return f"/samverkan/{collaboration.slug}/organisering/"


def test_coordinator_creates_an_agreement_and_a_version_with_an_attachment(setting):
    collaboration, region, kumla, coordinator, _rep, client = setting
    response = client.post(
        _base(collaboration) + "avtal/nytt/",
        {"kind": "cooperation", "title": "Samverkansavtal om BRO", "visibility": "public"},
    )
    agreement = Agreement.objects.get(title="Samverkansavtal om BRO")
    assert response["Location"] == f"{_base(collaboration)}avtal/{agreement.pk}/versioner/ny/"
    pdf = SimpleUploadedFile("avtal.pdf", b"%PDF-1.4 avtalstext", content_type="application/pdf")
    response = client.post(
        response["Location"],
        {"drafted_on": "2024-01-10", "valid_from": "2024-02-01", "purpose": "Fler företag", "attachment": pdf},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Fler företag" in page and "Version 1" in page
    assert "Kumla kommun är avtalspart men har inte antagit aktuell version" in page
    version = agreement.versions.get()
    download = client.get(f"{_base(collaboration)}avtal/{agreement.pk}/versioner/{version.pk}/fil/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 avtalstext"
    download.close()


def test_an_attachment_of_the_wrong_type_is_refused_by_name(setting):
    collaboration, *_rest, client = setting
    agreement = AgreementFactory(collaboration=collaboration)
    exe = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(
        f"{_base(collaboration)}avtal/{agreement.pk}/versioner/ny/", {"drafted_on": "2024-01-10", "attachment": exe}
    )
    assert response.status_code == 200
    assert ".exe tas inte emot" in response.content.decode()
    assert not agreement.versions.exists()


def test_the_representative_records_the_adoption_and_the_warning_disappears(setting):
    collaboration, region, kumla, coordinator, representative, client = setting
    version = AgreementVersionFactory(agreement=AgreementFactory(collaboration=collaboration, visibility="public"))
    for org in (region,):
        services.record_adoption(
            version,
            org,
            actor=SYSTEM,
            status="adopted",
            decision_body="regionstyrelse",
            decision_date=datetime.date(2024, 2, 1),
        )
    rep = Client()
    rep.force_login(representative)
    page = rep.get(version.agreement.get_absolute_url()).content.decode()
    assert "Kumla kommun är avtalspart men har inte antagit" in page
    url = f"{version.agreement.get_absolute_url()}versioner/{version.pk}/beslut/{kumla.pk}/"
    assert url in page  # the representative may record the own organization's decision
    assert f"versioner/{version.pk}/beslut/{region.pk}/" not in page  # but not the region's
    too_early = rep.post(url, {"status": "adopted", "decision_body": "kommunstyrelse", "decision_date": "2023-12-31"})
    assert too_early.status_code == 200 and "ligger före den dag versionen upprättades" in too_early.content.decode()
    response = rep.post(
        url,
        {
            "status": "adopted",
            "decision_body": "kommunstyrelse",
            "decision_date": "2024-03-05",
            "reference": "KS 2024/17",
        },
    )
    assert response.status_code == 302
    page = rep.get(version.agreement.get_absolute_url()).content.decode()
    assert "Alla avtalsparter har antagit aktuell version" in page and "KS 2024/17" in page
    record = ChangeRecord.objects.get(
        action="organize.adoption.recorded", object_id=Adoption.objects.get(organization=kumla).pk
    )
    assert record.actor == representative
    assert (
        rep.get(f"{version.agreement.get_absolute_url()}versioner/{version.pk}/beslut/{region.pk}/").status_code == 403
    )


def test_an_outsider_cannot_open_the_forms(setting):
    collaboration, *_rest = setting
    outsider = Client()
    outsider.force_login(user_for(OrganizationFactory(name="Utomstående"), email="ute@example.org"))
    for path in ("avtal/nytt/", "organ/nytt/", "finansiering/ny/", "ansvar/nytt/", "uppfoljning/ny/"):
        assert outsider.get(_base(collaboration) + path).status_code == 403, path


def test_the_organigram_shows_nested_bodies_members_and_whose_turn_it_is(setting):
    collaboration, region, kumla, _coordinator, _rep, client = setting
    response = client.post(
        _base(collaboration) + "organ/nytt/",
        {
            "name": "Styrgrupp",
            "kind": "political_steering",
            "decision_areas": "Inriktning\nBudget",
            "convener": region.pk,
            "chair_mode": "rotating",
            "rule_valid_from": "2020-01-01",
            "rule_period_months": "12",
            f"place_{region.pk}": "2",
            f"place_{kumla.pk}": "1",
            "confidentiality": "normal",
            "visibility": "public",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    body = Body.objects.get(name="Styrgrupp")
    assert [r.order for r in body.chair_rules.all()] == [[kumla.pk, region.pk]]
    assert body.decision_areas == ["Inriktning", "Budget"]
    BodyFactory(collaboration=collaboration, name="Arbetsgrupp näringsliv", parent=body, kind="working")
    person = PersonFactory(first_name="Eva", last_name="Kommunalråd")
    member = {"person": person.pk, "organization": kumla.pk, "position": "member", "visibility": "public"}
    # only people who represent a party are offered
    assert client.post(f"{body.get_absolute_url()}ledamoter/ny/", member).status_code == 200
    actor_services.add_representation(person, kumla, actor=SYSTEM)
    assert client.post(f"{body.get_absolute_url()}ledamoter/ny/", member).status_code == 302
    organigram = client.get(_base(collaboration) + "organ/").content.decode()
    assert "Styrgrupp" in organigram and "Arbetsgrupp näringsliv" in organigram and "Eva Kommunalråd" in organigram
    page = client.get(body.get_absolute_url()).content.decode()
    expected_turn = ["Kumla kommun", "Region Örebro län"][
        ((datetime.date.today().year - 2020) * 12 + datetime.date.today().month - 1) // 12 % 2
    ]
    assert f"<strong>{expected_turn}</strong>" in page and "Budget" in page


def test_a_member_for_an_organization_the_person_does_not_represent_is_refused(setting):
    collaboration, *_rest, client = setting
    body = BodyFactory(collaboration=collaboration)
    stranger_org = OrganizationFactory(name="Främmande AB")
    person = PersonFactory()
    actor_services.add_representation(person, OrganizationFactory(), actor=SYSTEM)
    response = client.post(
        f"{body.get_absolute_url()}ledamoter/ny/",
        {"person": person.pk, "organization": stranger_org.pk, "position": "member", "visibility": "public"},
    )
    assert response.status_code == 200 and "företräder inte Främmande AB" in response.content.decode()
    assert not Membership.objects.exists()


def test_financing_form_keeps_shares_not_adding_up_and_shows_the_shortfall_then_the_computation(setting):
    collaboration, region, kumla, *_rest, client = setting
    laxa = party_of(collaboration, name="Laxå kommun", area=area("1860"))
    data = {
        "name": "BRO 2026",
        "year": "2026",
        "method": "fixed_shares",
        "total": "1000.00",
        "visibility": "public",
        f"pays_{region.pk}": "on",
        f"percent_{region.pk}": "50",
        f"pays_{kumla.pk}": "on",
        f"percent_{kumla.pk}": "30",
    }
    response = client.post(_base(collaboration) + "finansiering/ny/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = client.get(response["Location"]).content.decode()
    assert "Andelarna summerar till 80\u00a0%" in page and "200,00 kr av beloppet betalas inte av någon part" in page
    assert "Underskott" in page and "räknas inte om" in page
    # Half to the region; the rest by population: the region's percentage with the key per capita.
    data.update(
        {
            "name": "BRO 2026 per invånare",
            "method": "per_capita",
            "population_year": "2025",
            "total": "28062.00",
            f"percent_{kumla.pk}": "",
            f"pays_{laxa.pk}": "on",
        }
    )
    response = client.post(_base(collaboration) + "finansiering/ny/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = client.get(response["Location"]).content.decode()
    # Half to the region; the other 14 031 kr by population: Kumla 22 665 and Laxå 5 397 (31 Dec 2025).
    assert "14\u00a0031,00" in page
    assert "11\u00a0332,50" in page and "2\u00a0698,50" in page
    assert "största-restmetoden" in page


def test_secret_body_material_is_reachable_only_for_the_persons_sitting_in_it(setting):
    collaboration, region, kumla, _coordinator, representative, client = setting
    body = BodyFactory(
        collaboration=collaboration, name="Forum under sekretess", confidentiality="secret", visibility="public"
    )
    seated = user_for(region, email="ledamot@example.org")
    MembershipFactory(body=body, organization=region, person=seated.person, visibility="public")
    pdf = SimpleUploadedFile("lagesbild.pdf", b"%PDF hemligt", content_type="application/pdf")
    document = BodyDocumentFactory(body=body, title="Hemlig lägesbild", attachment=pdf, visibility="public")
    rep = Client()
    rep.force_login(representative)
    assert "Hemlig lägesbild" not in rep.get(body.get_absolute_url()).content.decode()
    assert rep.get(document.get_absolute_url()).status_code == 404
    assert rep.get(document.get_absolute_url() + "fil/").status_code == 404
    api = rep.get("/api/body-documents/").json()
    assert all(d["title"] != "Hemlig lägesbild" for d in api["results"])
    assert rep.get(f"/api/body-documents/{document.pk}/").status_code == 404
    # a colleague of the member, in the same region, does not sit in the forum
    colleague = Client()
    colleague.force_login(user_for(region, email="kollega@example.org"))
    assert colleague.get(document.get_absolute_url() + "fil/").status_code == 404
    assert "Hemlig lägesbild" not in colleague.get(f"/samverkan/{collaboration.slug}/logg/").content.decode()
    # the person who sits in the forum does
    member = Client()
    member.force_login(seated)
    download = member.get(document.get_absolute_url() + "fil/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF hemligt"
    download.close()


def test_ownerless_page_and_english(setting):
    collaboration, *_rest, client = setting
    BodyFactory(collaboration=collaboration, name="Grupp utan ägare")
    page = client.get(_base(collaboration) + "utan-agare/").content.decode()
    assert "Grupp utan ägare" in page and "Ingen sammankallande part" in page
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get(_base(collaboration) + "utan-agare/").content.decode()
    assert 'lang="en"' in english and "Organising" in english and "No convening party." in english


def test_removing_a_member_is_recorded(setting):
    collaboration, region, *_rest, client = setting
    member = MembershipFactory(body=BodyFactory(collaboration=collaboration), organization=region)
    response = client.post(f"{_base(collaboration)}ta-bort/ledamot/{member.pk}/")
    assert response.status_code == 302 and not Membership.objects.filter(pk=member.pk).exists()
    assert ChangeRecord.objects.filter(action="organize.membership.deleted", object_id=member.pk).exists()


def test_a_representative_reports_the_actual_resources_of_the_own_organization_only(setting):
    collaboration, region, kumla, _coordinator, representative, _client = setting
    from tests.factories.organize import ResourceCommitmentFactory

    own = ResourceCommitmentFactory(collaboration=collaboration, organization=kumla, visibility="public")
    other = ResourceCommitmentFactory(collaboration=collaboration, organization=region, visibility="public")
    rep = Client()
    rep.force_login(representative)
    page = rep.get(_base(collaboration) + "finansiering/").content.decode()
    assert f"resurser/{own.pk}/andra/" in page and f"resurser/{other.pk}/andra/" not in page
    response = rep.post(
        f"{_base(collaboration)}finansiering/resurser/{own.pk}/andra/",
        {
            "money_committed": "500000.00",
            "money_actual": "480000.00",
            "fte_committed": "1.5",
            "fte_actual": "1.2",
            "visibility": "public",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    own.refresh_from_db()
    assert own.money_actual == Decimal("480000.00") and own.fte_actual == Decimal("1.2")
    assert rep.get(f"{_base(collaboration)}finansiering/resurser/{other.pk}/andra/").status_code == 403
