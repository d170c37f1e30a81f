"""The formal basis of the eight examples is in the demo, faithful to the publication, on every channel."""

import datetime
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from actors.models import User
from collaborations.models import Collaboration
from collaborations.parts.queries import visible_participations
from organize import queries
from organize.models import Adoption, Body, BodyDocument, FinancingModel
from tests.organize.test_engine import OREBRO_2025

pytestmark = pytest.mark.django_db


def _client(email=None):
    client = APIClient()
    if email:
        client.force_login(User.objects.get(email=email))
    return client


def test_business_region_orebro_financing_matches_the_hand_computation_to_the_ore(demo):
    model = FinancingModel.objects.get(
        collaboration__slug="business-region-orebro", name="Gemensam finansiering av BRO"
    )
    result = queries.financing_computation(model)
    amounts = {line.name: line.amount for line in result.lines}
    assert amounts.pop("Region Örebro län") == Decimal("7000000.00")
    expected = {
        next(n for n in amounts if n.startswith(name[:5])): Decimal(amount) for name, (_, amount) in OREBRO_2025.items()
    }
    assert amounts == expected
    page = _client().get(model.get_absolute_url()).content.decode()
    assert "3\u00a0647\u00a0690,05" in page  # Örebro kommun's share, on the public page
    assert "påhittat belopp" in page  # the total is invented and says so


def test_the_demo_has_a_cost_model_of_each_new_kind(demo):
    # Örebro as the publication says it: the region half, the municipalities jointly the rest; no total
    bro = FinancingModel.objects.get(collaboration__slug="business-region-orebro", total__isnull=True)
    assert bro.is_assumption and not bro.is_invented and "exempel 3" in bro.source_note
    result = queries.financing_computation(bro)
    region, joint = sorted(result.lines, key=lambda line: line.is_group)
    assert region.share_percent == Decimal("50") and region.amount is None
    assert joint.group is not None and len(joint.group.lines) == 12
    page = _client().get(bro.get_absolute_url()).content.decode()
    assert "belopp okänt" in page and "antaget värde" in page and "Kommunerna i Örebro län gemensamt" in page

    # Kronoberg: the region a stated amount, the eight municipalities the rest per capita
    kronoberg = FinancingModel.objects.get(collaboration__slug="barnens-basta-galler-kronoberg", year=2027)
    result = queries.financing_computation(kronoberg)
    region_line = next(line for line in result.lines if line.name == "Region Kronoberg")
    assert region_line.amount == Decimal("1200000.00") and region_line.step == "stated"
    assert result.sum == kronoberg.total and len(result.lines) == 9

    # Blekinge: percentages with six decimals, and the region pays Ronneby's share
    blekinge = FinancingModel.objects.get(collaboration__slug="blekinge-unga-lyfter")
    result = queries.financing_computation(blekinge)
    assert result.sum == Decimal("1800000.00") and result.balance == ""
    amounts = {line.name: line.amount for line in result.lines}
    assert amounts["Karlskrona kommun"] == Decimal("758222.21")  # 42,123456 % of 1 800 000 kr = 758 222,208
    assert "Ronneby kommun betalas av Region Blekinge." in result.notes
    page = _client().get(blekinge.get_absolute_url()).content.decode()
    assert "Att betala per betalare" in page


def test_every_example_has_bodies_members_and_adoptions_on_its_pages_and_in_the_api(demo):
    admin = _client("admin@samverkan.example")
    for collaboration in Collaboration.objects.all():
        bodies = Body.objects.filter(collaboration=collaboration)
        assert bodies.exists(), collaboration.slug
        assert Adoption.objects.filter(collaboration=collaboration).exists(), collaboration.slug
        organigram = admin.get(f"/samverkan/{collaboration.slug}/organisering/organ/").content.decode()
        for body in bodies:
            assert body.name in organigram.replace("&#x27;", "'"), body.name
        api = admin.get(f"/api/bodies/?collaboration={collaboration.slug}").json()
        assert {b["name"] for b in api["results"]} == set(bodies.values_list("name", flat=True))
        members = sum(len(b["members"]) for b in api["results"])
        assert members > 0 or collaboration.slug == "nya-perspektiv-varmland", collaboration.slug
        adoptions = admin.get(f"/api/adoptions/?collaboration={collaboration.slug}").json()["count"]
        assert adoptions == Adoption.objects.filter(collaboration=collaboration).count()


def test_the_facts_of_the_publication(demo):
    bro = Body.objects.get(collaboration__slug="business-region-orebro", name="BRO:s styrgrupp")
    members = list(bro.memberships.select_related("organization"))
    assert len(members) == 13  # the chair of the regional growth committee and one politician per municipality
    assert {m.organization.name for m in members if m.position == "chair"} == {"Region Örebro län"}
    commission = Collaboration.objects.get(slug="business-region-orebro").agreements.get(kind="commission")
    assert commission.commissioned_organization.name == "Örebro kommun"
    assert set(commission.parties.values_list("name", flat=True)) == {"Region Örebro län", "Örebro kommun"}
    kronoberg = Adoption.objects.filter(collaboration__slug="barnens-basta-galler-kronoberg", status="adopted")
    assert kronoberg.count() == 9 and set(kronoberg.values_list("decision_body", flat=True)) == {"namnd"}
    assert set(kronoberg.values_list("decision_date", flat=True)) == {None}  # the talk gives no dates
    assert kronoberg.first().version.agreement.kind == "identical_decisions"
    blekinge = Body.objects.get(collaboration__slug="blekinge-unga-lyfter", name__startswith="Blekingerådet")
    assert blekinge.chair_mode == "rotating" and [len(r.order) for r in blekinge.chair_rules.all()] == [6]
    assert (blekinge.established_on, blekinge.closed_on) == (datetime.date(2013, 1, 1), datetime.date(2018, 12, 31))
    boras = Collaboration.objects.get(slug="boras-myndighetssamverkan-trygghet")
    forum = Body.objects.get(collaboration=boras, kind="forum")
    assert forum.confidentiality == "secret" and forum.meetings_per_year == 12
    assert forum.memberships.count() == 15
    assert boras.agreements.get().kind == "letter_of_intent"
    pitea = Body.objects.get(collaboration__slug="pitea-alvsbyn-femkanten")
    assert pitea.meetings_per_year == 4


def test_a_party_does_not_see_the_secret_material_of_a_body_it_does_not_sit_in(demo):
    migrationsverket = _client("enhetschef@migrationsverket.example")
    forum_doc = BodyDocument.objects.get(
        body__kind="forum", body__collaboration__slug="boras-myndighetssamverkan-trygghet"
    )
    subgroup_doc = BodyDocument.objects.get(
        body__kind="working", body__collaboration__slug="boras-myndighetssamverkan-trygghet"
    )
    assert migrationsverket.get(forum_doc.get_absolute_url()).status_code == 200
    assert migrationsverket.get(subgroup_doc.get_absolute_url()).status_code == 404
    assert migrationsverket.get(f"/api/body-documents/{subgroup_doc.pk}/").status_code == 404
    listed = migrationsverket.get("/api/body-documents/").json()["results"]
    assert [d["title"] for d in listed] == [forum_doc.title]
    subgroup_page = migrationsverket.get(subgroup_doc.body.get_absolute_url()).content.decode()
    assert subgroup_doc.title not in subgroup_page
    # Region Värmland's coordinator sees nothing of Borås at all
    varmland = _client("koordinator@regionvarmland.example")
    assert varmland.get(forum_doc.get_absolute_url()).status_code == 404
    assert varmland.get(forum_doc.body.get_absolute_url()).status_code == 404


def test_the_warnings_the_demo_is_meant_to_show(demo):
    admin = User.objects.get(email="admin@samverkan.example")
    warnings = {}
    for collaboration in Collaboration.objects.all():
        parties = list(visible_participations(collaboration, admin))
        for agreement in queries.agreements_for(collaboration, admin):
            warnings[agreement.title] = queries.adoption_board(agreement, parties).warnings
    boras = warnings["Avsiktsförklaring för myndighetssamverkan för trygghet, rättvisa och demokrati"]
    assert any(w.startswith("Ulricehamns kommun är avtalspart men har inte antagit") for w in boras)
    assert any(
        w.startswith("Älvsbyns kommun är avtalspart men har inte antagit")
        for w in warnings["Riktlinjer för ökad samverkan med Älvsbyns kommun"]
    )
    assert warnings["Samverkansavtal om Business Region Örebro"] == ["Avtalet skulle ha omprövats senast 2026-06-30."]
    # the commission agreement is the region's and Örebro kommun's: the other municipalities are not missing
    assert warnings["Uppdragsavtal: Örebro kommun leder BRO:s operativa arbete"] == []
    # every party decided, but the sources give neither the dates nor when the decisions apply
    assert warnings["Likalydande beslut om Barnens bästa gäller"] == [
        "Okänt om versionen är i kraft: det är inte angivet från när den gäller."
    ]
