"""Bodies in time: a rotating chair's rule has versions, the chair of a day is computed from the rule then
in force (a recorded chair overrides it, a turn that falls to an organization no longer taking part is
flagged, not given), bodies are established and closed, the body page and the organisation chart show
any date, and members may sit for organizations that are not parties."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from rest_framework.test import APIClient

from actors import services as actor_services
from collaborations import services as collaboration_services
from core.services import SYSTEM
from organize import queries, services
from organize.models import Membership
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import BodyDocumentFactory, BodyFactory, MembershipFactory, party_of, rule

D = datetime.date
pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    """Blekingerådet-like: three parties chair a year each from 2013; from 2016 the rule changes to
    half-years with Ronneby first. Ronneby leaves the collaboration at the end of 2016."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun")
    ronneby = party_of(collaboration, name="Ronneby kommun")
    body = BodyFactory(
        collaboration=collaboration,
        name="Blekingerådet",
        visibility="public",
        chair_mode="rotating",
        chair_rules=[
            rule(D(2013, 1, 1), [region, karlskrona, ronneby], 12),
            rule(D(2016, 1, 1), [ronneby, region, karlskrona], 6, note="Beslut i rådet 2015-11-20"),
        ],
    )
    participation = collaboration.participations.get(organization=ronneby)
    collaboration_services.update_participation(participation, actor=SYSTEM, end_date=D(2016, 12, 31))
    client = Client()
    client.force_login(coordinator)
    return body, region, karlskrona, ronneby, client


def test_the_chair_of_a_day_is_computed_from_the_rule_then_in_force(council):
    body, region, karlskrona, ronneby, _client = council
    assert queries.chair_on(body, D(2013, 6, 1)).organization_id == region.pk
    assert queries.chair_on(body, D(2015, 12, 31)).organization_id == ronneby.pk
    chair = queries.chair_on(body, D(2016, 7, 1))  # the second half-year of the new rule
    assert (chair.how, chair.organization_id, chair.rule.valid_from) == ("computed", region.pk, D(2016, 1, 1))
    assert queries.chair_on(body, D(2017, 1, 1)).organization_id == karlskrona.pk


def test_a_turn_falling_to_an_organization_that_has_left_is_flagged_not_given(council):
    body, _region, _karlskrona, ronneby, client = council
    chair = queries.chair_on(body, D(2017, 7, 1))  # the rule of 2016 comes back to Ronneby, gone since 2016
    assert chair.organization_id is None and chair.not_party.pk == ronneby.pk
    page = client.get(body.get_absolute_url() + "?per=2017-07-01").content.decode()
    assert "inte tilldelat" in page
    assert "ger ordförandeskapet till Ronneby kommun, som inte deltar i samverkan den dagen" in page


def test_a_recorded_chair_overrides_the_rule(council):
    body, _region, karlskrona, _ronneby, client = council
    MembershipFactory(
        body=body, organization=karlskrona, position="chair", start_date=D(2017, 7, 1), end_date=D(2017, 12, 31)
    )
    chair = queries.chair_on(body, D(2017, 8, 1))
    assert (chair.how, chair.organization_id) == ("recorded", karlskrona.pk)
    page = client.get(body.get_absolute_url() + "?per=2017-08-01").content.decode()
    assert "registrerad ordförande" in page and "inte tilldelat" not in page


def test_the_body_page_shows_the_computed_chair_with_its_rule_and_the_members_of_the_day(council):
    body, region, karlskrona, _ronneby, client = council
    old = PersonFactory(first_name="Gammal", last_name="Ledamot")
    new = PersonFactory(first_name="Ny", last_name="Ledamot")
    MembershipFactory(
        body=body, organization=karlskrona, person=old, start_date=D(2013, 1, 1), end_date=D(2015, 12, 31)
    )
    MembershipFactory(body=body, organization=karlskrona, person=new, start_date=D(2016, 1, 1))
    page = client.get(body.get_absolute_url() + "?per=2014-03-01").content.decode()
    assert "Gammal Ledamot" in page and "Ny Ledamot" not in page
    assert "beräknad enligt regeln från 2013-01-01" in page and "Karlskrona kommun</strong>" in page
    assert "Regeln från 2016-01-01" in page and "Beslut i rådet 2015-11-20" in page  # every version is shown
    today = client.get(body.get_absolute_url()).content.decode()
    assert "Ny Ledamot" in today and "Gammal Ledamot" not in today


def test_a_date_that_cannot_be_read_is_answered_with_a_clear_message(council):
    body, *_rest, client = council
    response = client.get(body.get_absolute_url() + "?per=31/12/2016")
    assert response.status_code == 400 and "ÅÅÅÅ-MM-DD" in response.content.decode()


def test_the_api_gives_the_chair_of_the_day_and_replaces_the_rule_versions(council):
    body, region, karlskrona, ronneby, _client = council
    answer = APIClient().get(f"/api/bodies/{body.pk}/?per=2016-07-01").json()
    assert answer["chair"]["how"] == "computed" and answer["chair"]["rule_valid_from"] == "2016-01-01"
    assert answer["current_chair"] == region.pk
    assert [r["valid_from"] for r in answer["chair_rules"]] == ["2013-01-01", "2016-01-01"]
    flagged = APIClient().get(f"/api/bodies/{body.pk}/?per=2017-07-01").json()["chair"]
    assert flagged["organization"] is None and flagged["not_party"] == ronneby.pk
    bad = APIClient().get("/api/bodies/?per=igår")
    assert bad.status_code == 400 and "per" in bad.json()


def test_a_rule_change_is_recorded_from_the_body_form(council):
    body, region, karlskrona, ronneby, client = council
    form = {
        "name": body.name,
        "kind": body.kind,
        "chair_mode": "rotating",
        "confidentiality": "normal",
        "visibility": "public",
        "rule_valid_from": "2019-01-01",
        "rule_period_months": "24",
        f"place_{karlskrona.pk}": "1",
        f"place_{region.pk}": "2",
    }
    response = client.post(body.get_absolute_url() + "andra/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert [(r.valid_from, r.period_months) for r in body.chair_rules.all()] == [
        (D(2013, 1, 1), 12),
        (D(2016, 1, 1), 6),
        (D(2019, 1, 1), 24),
    ]
    assert queries.chair_on(body, D(2021, 6, 1)).organization_id == region.pk
    form["rule_period_months"] = "12"  # the same date again changes that version
    client.post(body.get_absolute_url() + "andra/", form)
    assert body.chair_rules.get(valid_from=D(2019, 1, 1)).period_months == 12
    assert body.chair_rules.count() == 3


def test_a_rule_version_with_a_party_that_never_took_part_is_refused_naming_the_rule(council):
    body, region, *_rest = council
    stranger = OrganizationFactory(name="Främling AB")
    with pytest.raises(ValidationError) as exc:
        services.update_body(body, actor=SYSTEM, chair_rules=[rule(D(2020, 1, 1), [region, stranger], 12)])
    message = exc.value.message_dict["chair_rules"][0]
    assert "Regeln från 2020-01-01" in message and "Främling AB" in message
    assert body.chair_rules.count() == 2


def test_a_closed_body_keeps_its_history_and_leaves_the_chart_of_later_days(council):
    body, region, karlskrona, _ronneby, client = council
    MembershipFactory(body=body, organization=karlskrona, person=PersonFactory(first_name="Kvar", last_name="Såsom"))
    with pytest.raises(ValidationError) as exc:
        services.update_body(body, actor=SYSTEM, closing_reason="Projektet är slut.")
    assert "closed_on" in exc.value.message_dict
    services.update_body(
        body, actor=SYSTEM, established_on=D(2013, 1, 1), closed_on=D(2018, 12, 31), closing_reason="Projektet är slut."
    )
    chart = client.get(f"/samverkan/{body.collaboration.slug}/organisering/organ/").content.decode()
    assert "Avvecklade organ" in chart and "Projektet är slut." in chart
    then = client.get(f"/samverkan/{body.collaboration.slug}/organisering/organ/?per=2016-05-01").content.decode()
    assert "Avvecklade organ" not in then and "Blekingerådet" in then
    page = client.get(body.get_absolute_url()).content.decode()
    assert "Organet avvecklades 2018-12-31" in page and "Regeln från 2013-01-01" in page
    assert "Ordförande den 2018-12-31" in page  # the rotation stops with the body


def test_an_unknown_establishment_date_shows_as_unknown():
    body = BodyFactory(visibility="public")
    page = Client().get(body.get_absolute_url()).content.decode()
    assert "Inrättat" in page and "okänt" in page


def test_a_member_for_an_organization_that_is_not_a_party_does_not_make_it_one(council):
    body, _region, _karlskrona, _ronneby, client = council
    union = OrganizationFactory(name="Vision Blekinge", sector="civil_society", kind="association")
    expert = PersonFactory(first_name="Ulla", last_name="Facklig")
    actor_services.add_representation(expert, union, actor=SYSTEM)
    parties_before = body.collaboration.participations.count()
    services.add_membership(body, expert, union, actor=SYSTEM, outside_role="gäst, fackförbund")
    assert body.collaboration.participations.count() == parties_before
    page = client.get(body.get_absolute_url()).content.decode()
    assert "Ulla Facklig" in page and "inte part: gäst, fackförbund" in page
    chart = client.get(f"/samverkan/{body.collaboration.slug}/organisering/organ/").content.decode()
    assert "inte part: gäst, fackförbund" in chart


def test_one_person_sits_for_one_organization_at_a_time_unless_the_reason_is_stated(council):
    body, region, karlskrona, *_rest = council
    person = PersonFactory(first_name="Dubbel", last_name="Plats")
    for org in (region, karlskrona):
        actor_services.add_representation(person, org, actor=SYSTEM)
    services.add_membership(body, person, region, actor=SYSTEM, start_date=D(2020, 1, 1), end_date=D(2022, 12, 31))
    with pytest.raises(ValidationError) as exc:
        services.add_membership(body, person, karlskrona, actor=SYSTEM, start_date=D(2022, 1, 1))
    assert "sitter redan i Blekingerådet för Region Blekinge" in exc.value.message_dict["second_seat_reason"][0]
    services.add_membership(body, person, karlskrona, actor=SYSTEM, start_date=D(2023, 1, 1))  # after: fine
    services.add_membership(
        body,
        person,
        karlskrona,
        actor=SYSTEM,
        start_date=D(2021, 1, 1),
        end_date=D(2021, 12, 31),
        second_seat_reason="Ersätter kommunens ledamot under föräldraledighet; beslut i rådet.",
    )
    assert Membership.objects.filter(body=body, person=person).count() == 3


def test_secret_material_follows_todays_seats_while_the_page_shows_any_day(council):
    body, region, karlskrona, *_rest = council
    services.update_body(body, actor=SYSTEM, confidentiality="secret")
    former = user_for(karlskrona, email="tidigare@example.org", first_name="Tidigare", last_name="Ledamot")
    current = user_for(karlskrona, email="nu@example.org", first_name="Nuvarande", last_name="Ledamot")
    MembershipFactory(
        body=body, organization=karlskrona, person=former.person, start_date=D(2013, 1, 1), end_date=D(2020, 12, 31)
    )
    MembershipFactory(body=body, organization=karlskrona, person=current.person, start_date=D(2021, 1, 1))
    BodyDocumentFactory(body=body, title="Lägesbild under sekretess")
    as_former, as_current = Client(), Client()
    as_former.force_login(former)
    as_current.force_login(current)
    then = as_former.get(body.get_absolute_url() + "?per=2019-01-01").content.decode()
    assert "Tidigare Ledamot" in then and "Nuvarande Ledamot" not in then  # the members of that day
    assert "avgörs av vilka som sitter i organet i dag" in then
    today = as_former.get(body.get_absolute_url()).content.decode()
    assert "Lägesbild under sekretess" not in today  # no longer sits there, so does not read its material
    assert as_former.get(f"/api/body-documents/?collaboration={body.collaboration.slug}").json()["count"] == 0
    now = as_current.get(body.get_absolute_url()).content.decode()
    assert "Nuvarande Ledamot" in now and "Lägesbild under sekretess" in now
