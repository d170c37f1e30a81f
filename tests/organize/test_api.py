"""The formal basis through the API: the same services, rules and gateway as the pages."""

from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from actors import services as actor_services
from core.models import ChangeRecord
from core.services import SYSTEM
from organize.models import FinancingModel
from tests.factories.actors import OrganizationFactory, PersonFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import BodyFactory, party_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    coordinator = user_for(region, email="karin@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    ronneby = party_of(collaboration, name="Ronneby kommun", area=area("1081"))
    api = APIClient()
    api.force_login(coordinator)
    return api, collaboration, region, karlskrona, ronneby


def test_agreement_version_and_adoption_through_the_api(world):
    api, collaboration, region, karlskrona, _ronneby = world
    agreement = api.post(
        "/api/agreements/",
        {"collaboration": collaboration.slug, "kind": "letter_of_intent", "title": "Avsiktsförklaring"},
        format="json",
    )
    assert agreement.status_code == 201, agreement.json()
    version = api.post(
        "/api/agreement-versions/",
        {"agreement": agreement.json()["id"], "drafted_on": "2013-01-10", "purpose": "Halvera arbetslösheten"},
        format="json",
    )
    assert version.status_code == 201, version.json()
    assert version.json()["number"] == 1
    too_early = api.post(
        "/api/adoptions/",
        {
            "version": version.json()["id"],
            "organization": karlskrona.pk,
            "status": "adopted",
            "decision_body": "kommunstyrelse",
            "decision_date": "2012-12-31",
        },
        format="json",
    )
    assert too_early.status_code == 400 and "decision_date" in too_early.json()
    adopted = api.post(
        "/api/adoptions/",
        {
            "version": version.json()["id"],
            "organization": karlskrona.pk,
            "status": "adopted",
            "decision_body": "kommunstyrelse",
            "decision_date": "2013-02-05",
            "reference": "KS 2013/4",
        },
        format="json",
    )
    assert adopted.status_code == 201, adopted.json()
    assert api.get(f"/api/agreements/{agreement.json()['id']}/").json()["current_version"] == version.json()["id"]
    assert ChangeRecord.objects.filter(action="organize.adoption.recorded").count() == 1


def test_body_with_rotating_chair_and_members_through_the_api(world):
    api, collaboration, region, karlskrona, ronneby = world
    response = api.post(
        "/api/bodies/",
        {
            "collaboration": collaboration.slug,
            "name": "Blekingerådet",
            "kind": "political_steering",
            "chair_mode": "rotating",
            "chair_rules": [{"valid_from": "2013-01-01", "order": [karlskrona.pk, ronneby.pk], "period_months": 12}],
            "decision_areas": ["Inriktning"],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    body_id = response.json()["id"]
    assert response.json()["current_chair"] in (karlskrona.pk, ronneby.pk)
    person = PersonFactory(first_name="Kommunal", last_name="Rådsson")
    not_yet = api.post(
        "/api/memberships/", {"body": body_id, "person": person.pk, "organization": karlskrona.pk}, format="json"
    )
    assert not_yet.status_code == 400 and "företräder inte Karlskrona kommun" in not_yet.json()["person"][0]
    actor_services.add_representation(person, karlskrona, actor=SYSTEM)
    member = api.post(
        "/api/memberships/", {"body": body_id, "person": person.pk, "organization": karlskrona.pk}, format="json"
    )
    assert member.status_code == 201, member.json()
    outsider = api.post(
        "/api/memberships/",
        {"body": body_id, "person": person.pk, "organization": OrganizationFactory().pk},
        format="json",
    )
    assert outsider.status_code == 400 and "företräder inte" in outsider.json()["person"][0]
    body = api.get(f"/api/bodies/{body_id}/").json()
    assert [m["person_name"] for m in body["members"]] == ["Kommunal Rådsson"]


def test_financing_through_the_api_with_the_computation(world):
    api, collaboration, region, karlskrona, ronneby = world
    bad = api.post(
        "/api/financing-models/",
        {
            "collaboration": collaboration.slug,
            "name": "Andelar",
            "year": 2026,
            "method": "fixed_shares",
            "total": "1000.00",
            "shares": [
                {"organization": karlskrona.pk, "percent": "70", "amount": "700.00"},
                {"organization": ronneby.pk, "percent": "20"},
            ],
        },
        format="json",
    )
    assert bad.status_code == 400 and "Karlskrona kommun" in bad.json()["shares"][0]
    assert not FinancingModel.objects.exists()
    good = api.post(
        "/api/financing-models/",
        {
            "collaboration": collaboration.slug,
            "name": "Per invånare",
            "year": 2026,
            "method": "per_capita",
            "total": "100.00",
            "population_year": 2025,
            "shares": [{"organization": karlskrona.pk}, {"organization": ronneby.pk}],
        },
        format="json",
    )
    assert good.status_code == 201, good.json()
    computation = api.get(f"/api/financing-models/{good.json()['id']}/computation/").json()
    amounts = {line["name"]: line["amount"] for line in computation["lines"]}
    assert sum(float(a) for a in amounts.values()) == pytest.approx(100.0)
    assert amounts["Karlskrona kommun"] > amounts["Ronneby kommun"]  # Karlskrona has more inhabitants
    assert computation["sum"] == "100.00" and "folkmängd" in computation["rule"]


def test_a_party_cannot_write_and_an_outsider_does_not_see_a_hidden_body(world):
    api, collaboration, region, karlskrona, _ronneby = world
    hidden = BodyFactory(collaboration=collaboration, name="Dold grupp", visibility="named", shared_with=[region])
    party = APIClient()
    party.force_login(user_for(karlskrona, email="kommun@example.org"))
    assert party.get(f"/api/bodies/{hidden.pk}/").status_code == 404
    assert "Dold grupp" not in party.get("/api/bodies/").content.decode()
    refused = party.post(
        "/api/bodies/", {"collaboration": collaboration.slug, "name": "Egen grupp", "kind": "working"}, format="json"
    )
    assert refused.status_code == 403 and "detail" in refused.json()
    assert api.get(f"/api/bodies/{hidden.pk}/").status_code == 200


def test_the_api_takes_stated_amounts_other_payers_groups_and_an_unknown_total(world):
    api, collaboration, region, karlskrona, ronneby = world
    response = api.post(
        "/api/financing-models/",
        {
            "collaboration": collaboration.slug,
            "name": "Regionen ett belopp, kommunerna gemensamt resten",
            "year": 2026,
            "method": "equal",
            "total": "1000.00",
            "population_year": 2025,
            "groups": [{"name": "Kommunerna gemensamt", "method": "weighted", "population_weight": "50"}],
            "shares": [
                {"organization": region.pk, "amount": "400.00", "source_note": "Avtalet § 4"},
                {"organization": karlskrona.pk, "group": "Kommunerna gemensamt"},
                {"organization": ronneby.pk, "group": "Kommunerna gemensamt", "paid_by": region.pk},
            ],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["groups"][0]["name"] == "Kommunerna gemensamt"
    shares = {s["organization_name"]: s for s in body["shares"]}
    assert (
        shares["Ronneby kommun"]["paid_by"] == region.pk and shares["Ronneby kommun"]["group"] == "Kommunerna gemensamt"
    )
    assert shares["Region Blekinge"]["source_note"] == "Avtalet § 4" and shares["Region Blekinge"]["group"] in (
        "",
        None,
    )
    computation = api.get(f"/api/financing-models/{body['id']}/computation/").json()
    region_line, group_line = computation["lines"]
    assert region_line["amount"] == "400.00" and region_line["step"] == "stated"
    assert group_line["organization"] is None and group_line["amount"] == "600.00"
    members = {m["name"]: m["amount"] for m in group_line["members"]}
    assert sum(Decimal(a) for a in members.values()) == Decimal("600.00")
    payments = {p["payer"]: p for p in computation["payments"]}
    assert payments["Region Blekinge"]["shares"] == ["Region Blekinge", "Ronneby kommun"]
    assert Decimal(payments["Region Blekinge"]["amount"]) == Decimal("400.00") + Decimal(members["Ronneby kommun"])

    changed = api.patch(f"/api/financing-models/{body['id']}/", {"total": None}, format="json")
    assert changed.status_code == 200, changed.json()
    unknown = api.get(f"/api/financing-models/{body['id']}/computation/").json()
    assert unknown["total"] is None and unknown["sum"] is None and unknown["lines"][1]["amount"] is None
    assert unknown["lines"][0]["amount"] == "400.00"  # the stated amount stays known


def test_shares_not_adding_up_are_kept_and_the_api_gives_the_shortfall(world):
    api, collaboration, _region, karlskrona, ronneby = world
    response = api.post(
        "/api/financing-models/",
        {
            "collaboration": collaboration.slug,
            "name": "Andelar",
            "year": 2026,
            "method": "fixed_shares",
            "total": "1000.00",
            "shares": [
                {"organization": karlskrona.pk, "percent": "70.1234567891"},
                {"organization": ronneby.pk, "percent": "20"},
            ],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["shares"][0]["percent"] == "70.1234567891"
    computation = api.get(f"/api/financing-models/{response.json()['id']}/computation/").json()
    assert computation["shortfall"] == "98.77" and computation["difference"] == "-98.77"
    assert "98,77 kr" in computation["balance"]
