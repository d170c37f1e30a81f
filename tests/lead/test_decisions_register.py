"""The decision register (L2): search in Swedish on both databases, filters, the Excel export, the pages of a
decision and the API."""

import datetime
import io

import pytest
from openpyxl import load_workbook
from rest_framework.test import APIClient

from core.services import SYSTEM
from lead.services import decisions as services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AgendaItemFactory, DecisionFactory, MeetingFactory, decision_item
from tests.factories.organize import BodyFactory, MembershipFactory, party_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def bro():
    region = OrganizationFactory(name="Region Örebro län", sector="region", kind="region")
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Business Region Örebro",
        abbreviation="BRO",
        coordinating_organization=region,
        coordinator=coordinator.person,
        visibility="public",
    )
    steering = BodyFactory(
        collaboration=collaboration,
        name="Styrgruppen",
        abbreviation="SG",
        decision_areas=["Budget", "Överenskommelse"],
        visibility="public",
    )
    working = BodyFactory(
        collaboration=collaboration,
        name="Arbetsgruppen",
        abbreviation="AG",
        kind="working",
        decision_areas=["Arbetsplan"],
        visibility="public",
    )
    client = APIClient()
    client.force_login(coordinator)
    return {"collaboration": collaboration, "steering": steering, "working": working, "client": client}


def _register(world, **params):
    url = f"/samverkan/{world['collaboration'].slug}/ledning/beslut/"
    response = world["client"].get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def _decide(body, text, area="", day=datetime.date(2026, 3, 10)):
    return DecisionFactory(item=decision_item(body=body, date=day), text=text, area=area)


def test_search_finds_swedish_words_in_any_case_both_ways(bro):
    upper = _decide(bro["steering"], "Överenskommelse om ÅTERRAPPORTERING antas", area="Överenskommelse")
    lower = _decide(bro["steering"], "ändrad budget för året", area="Budget")

    assert upper.reference in _register(bro, q="överenskommelse")
    assert upper.reference not in _register(bro, q="budget")
    assert upper.reference in _register(bro, q="återrapportering")
    assert lower.reference in _register(bro, q="ÄNDRAD BUDGET")
    assert lower.reference in _register(bro, q="Året")
    assert lower.reference not in _register(bro, q="överenskommelse")
    # the reference, too
    assert lower.reference in _register(bro, q="bro-sg 2026:2")
    api = bro["client"].get("/api/decisions/", {"q": "ÖVERENSKOMMELSE"}).json()
    assert [d["reference"] for d in api["results"]] == [upper.reference]


def test_the_register_filters_by_body_year_area_status_and_party(bro):
    collaboration = bro["collaboration"]
    budget = _decide(bro["steering"], "Budget 2026", area="Budget")
    old = _decide(bro["steering"], "Budget 2025", area="Budget", day=datetime.date(2025, 5, 5))
    working = _decide(bro["working"], "Arbetsplan", area="Arbetsplan")
    services.cancel_decision(old, actor=SYSTEM, reason="Ersatt av ny budget")
    kumla = party_of(collaboration, name="Kumla kommun")
    lekeberg = party_of(collaboration, name="Lekebergs kommun")
    services.add_reservation(budget, actor=SYSTEM, organization=kumla, text="För dyrt")
    MembershipFactory(body=bro["working"], organization=lekeberg)

    def listed(**params):
        page = _register(bro, **params)
        return {d.reference for d in (budget, old, working) if d.reference in page}

    assert listed(body=bro["working"].pk) == {working.reference}
    assert listed(year=2025) == {old.reference}
    assert listed(area="Budget") == {budget.reference, old.reference}
    assert listed(status="cancelled") == {old.reference}
    assert listed(status="in_force") == {budget.reference, working.reference}
    assert listed(party=kumla.pk) == {budget.reference}
    assert listed(party=lekeberg.pk) == {working.reference}
    # a party counts for the decisions its seat was held on: Örebro joined the steering group in 2026
    orebro = party_of(collaboration, name="Örebro kommun")
    MembershipFactory(body=bro["steering"], organization=orebro, start_date=datetime.date(2026, 1, 1))
    assert listed(party=orebro.pk) == {budget.reference}
    api = bro["client"].get("/api/decisions/", {"collaboration": collaboration.slug, "year": 2026}).json()
    assert {d["reference"] for d in api["results"]} == {budget.reference, working.reference}


def test_each_row_shows_the_mandate_flags(bro):
    flagged = _decide(bro["working"], "Arbetsgruppen beslutar om budgeten", area="budget")
    page = _register(bro)
    assert flagged.reference in page
    assert "förbehållet Styrgruppen" in page


def test_the_excel_export_opens_and_holds_the_decisions_shown(bro):
    shown = _decide(bro["steering"], "Överenskommelsen antas", area="Överenskommelse")
    hidden_by_filter = _decide(bro["working"], "Arbetsplan", area="Arbetsplan")
    url = f"/samverkan/{bro['collaboration'].slug}/ledning/beslut/export.xlsx"

    response = bro["client"].get(url, {"body": bro["steering"].pk})

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Beslutsnummer", "Datum", "Organ", "Beslut", "Beslutsområde", "Status")
    assert [r[0] for r in rows[1:]] == [shown.reference]
    assert rows[1][1] == datetime.datetime(2026, 3, 10)  # a date cell, not text
    assert rows[1][3] == "Överenskommelsen antas"
    assert hidden_by_filter.reference not in {r[0] for r in rows}


def test_the_decision_page_shows_the_flag_the_rule_and_why_it_stands(bro):
    decision = _decide(bro["working"], "Arbetsgruppen beslutar om budgeten", area="Budget")
    url = decision.get_absolute_url()

    page = bro["client"].get(url).content.decode()
    assert "Styrgruppen får besluta om: Budget, Överenskommelse" in page
    response = bro["client"].post(
        f"/samverkan/{bro['collaboration'].slug}/ledning/beslut/{decision.pk}/mandat/",
        {"mandate_note": "Styrgruppen delegerade beslutet 2026-02-01."},
    )
    assert response.status_code == 302
    page = bro["client"].get(url).content.decode()
    assert "Styrgruppen delegerade beslutet 2026-02-01." in page
    decision.refresh_from_db()
    assert decision.reference == "BRO-AG 2026:1"


def test_a_decision_is_taken_from_an_agenda_item_on_its_page(bro):
    item = decision_item(body=bro["steering"])
    url = f"/samverkan/{bro['collaboration'].slug}/ledning/punkt/{item.pk}/beslut/nytt/"
    assert bro["client"].get(url).status_code == 200

    response = bro["client"].post(url, {"text": "Budgeten fastställs", "area": "Budget", "visibility": "public"})

    assert response.status_code == 302
    decision = item.decisions.get()
    assert (decision.reference, decision.text) == ("BRO-SG 2026:1", "Budgeten fastställs")


def test_the_page_refuses_a_decision_at_a_meeting_not_held_naming_why(bro):
    item = AgendaItemFactory(meeting=MeetingFactory(body=bro["steering"]))
    url = f"/samverkan/{bro['collaboration'].slug}/ledning/punkt/{item.pk}/beslut/nytt/"
    response = bro["client"].post(url, {"text": "För tidigt", "visibility": "public"})
    assert response.status_code == 200
    assert "inte genomfört" in response.content.decode()
    assert not item.decisions.exists()


def test_the_api_takes_a_decision_refuses_an_adoption_for_the_parties_and_never_changes_the_number(bro):
    item = decision_item(body=bro["steering"])
    client = bro["client"]

    refused = client.post(
        "/api/decisions/",
        {"item": item.pk, "text": "Antar avtalet", "agreement_effect": "adopts", "visibility": "public"},
        format="json",
    )
    assert refused.status_code == 400
    assert "varje parts eget beslut" in str(refused.json()["agreement_effect"])
    created = client.post(
        "/api/decisions/", {"item": item.pk, "text": "Budget", "area": "Budget", "visibility": "public"}, format="json"
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["reference"] == "BRO-SG 2026:1" and body["flags"] == []
    changed = client.patch(
        f"/api/decisions/{body['id']}/", {"text": "Ny text", "reference": "X 1:1"}, format="json"
    ).json()
    assert (changed["reference"], changed["text"]) == ("BRO-SG 2026:1", "Ny text")
    kumla = party_of(bro["collaboration"], name="Kumla kommun")
    reservation = client.post(
        "/api/reservations/", {"decision": body["id"], "organization": kumla.pk, "text": "Nej"}, format="json"
    )
    assert reservation.status_code == 201, reservation.content
    detail = client.get(f"/api/decisions/{body['id']}/").json()
    assert [r["organization_name"] for r in detail["reservations"]] == ["Kumla kommun"]


def test_the_api_shows_the_flags_with_their_rule(bro):
    decision = _decide(bro["working"], "Arbetsgruppen beslutar om budgeten", area="Budget")
    detail = bro["client"].get(f"/api/decisions/{decision.pk}/").json()
    assert detail["flags"] == [
        {
            "code": "reserved",
            "message": "Området ”Budget” är förbehållet Styrgruppen, inte Arbetsgruppen.",
            "rule": "Styrgruppen får besluta om: Budget, Överenskommelse",
        }
    ]
