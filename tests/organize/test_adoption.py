"""Adoption is each party's own decision (O1): an agreement names its parties (or binds every party
on a version's date), a party's adoption is taken by its own decision-maker, a version is in force
from a stated date or from the last required adoption, and the adoption board uses the parties of
the date."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from collaborations import services as collaboration_services
from collaborations.parts.queries import visible_participations
from core.models import ChangeRecord
from core.services import SYSTEM
from organize import queries, services
from organize.models import Adoption, AgreementVersion
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import AgreementFactory, AgreementVersionFactory, BodyFactory, party_of

pytestmark = pytest.mark.django_db

d = datetime.date


def _board(collaboration, on=None, agreement=None):
    agreement = queries.agreements_for(collaboration, None).get(**({"pk": agreement.pk} if agreement else {}))
    return queries.adoption_board(agreement, list(visible_participations(collaboration, None)), on)


def _adopt(version, org, day, **data):
    return services.record_adoption(
        version, org, actor=SYSTEM, status="adopted", decision_body="kommunstyrelse", decision_date=day, **data
    )


def _coordinator():
    from actors.models import User

    return User.objects.get(email="sara@example.org")


@pytest.fixture
def commission():
    """Region Örebro län coordinates; Örebro kommun and Kumla kommun are parties. The commission
    agreement is between the region and Örebro kommun only."""
    region = OrganizationFactory(name="Region Örebro län")
    coordinator = user_for(region, email="sara@example.org")
    collaboration = CollaborationFactory(
        name="BRO", coordinating_organization=region, coordinator=coordinator.person, start_date=d(2015, 1, 1)
    )
    orebro = party_of(collaboration, name="Örebro kommun")
    kumla = party_of(collaboration, name="Kumla kommun")
    agreement = AgreementFactory(
        collaboration=collaboration,
        kind="commission",
        title="Uppdragsavtal",
        commissioned_organization=orebro,
        parties=[region, orebro],
    )
    version = AgreementVersionFactory(agreement=agreement, drafted_on=d(2014, 11, 1), valid_from=d(2015, 1, 1))
    return collaboration, region, orebro, kumla, version


# Who must adopt ---------------------------------------------------------------------------------


def test_a_commission_agreement_is_adopted_by_its_two_parties_only(commission):
    collaboration, region, orebro, kumla, version = commission
    board = _board(collaboration)
    assert {r.participation.organization.name: r.required for r in board.rows} == {
        "Region Örebro län": True,
        "Örebro kommun": True,
        "Kumla kommun": False,
    }
    assert not any("Kumla" in w for w in board.warnings)
    _adopt(version, region, d(2014, 12, 4))
    _adopt(version, orebro, d(2014, 12, 9))
    assert _board(collaboration).warnings == []
    with pytest.raises(ValidationError) as exc:
        _adopt(version, kumla, d(2014, 12, 10))
    assert "Kumla kommun är inte part i avtalet" in exc.value.message_dict["organization"][0]


def test_a_coordinating_office_that_is_not_named_is_not_a_required_adopter():
    office = OrganizationFactory(name="Samordningskansliet")
    collaboration = CollaborationFactory(coordinating_organization=office)
    a, b = party_of(collaboration, name="A kommun"), party_of(collaboration, name="B kommun")
    AgreementVersionFactory(agreement=AgreementFactory(collaboration=collaboration, parties=[a, b]))
    board = _board(collaboration)
    assert board.required_count == 2
    assert not any("Samordningskansliet" in w for w in board.warnings)


def test_an_agreement_naming_no_parties_binds_every_party_and_the_page_says_so(commission):
    collaboration, region, orebro, kumla, _version = commission
    services.update_agreement(_version.agreement, actor=SYSTEM, parties=[])
    board = _board(collaboration)
    assert board.required_count == 3 and not board.named_parties
    coordinator = Client()
    coordinator.force_login(_coordinator())
    services.update_agreement(_version.agreement, actor=SYSTEM, parties=[region, orebro])
    page = coordinator.get(_version.agreement.get_absolute_url()).content.decode()
    assert "Avtalsparter" in page and "Bara de ska anta avtalet." in page
    services.update_agreement(_version.agreement, actor=SYSTEM, parties=[])
    page = coordinator.get(_version.agreement.get_absolute_url()).content.decode()
    assert "Avtalet namnger inga parter: alla parter i samverkan på versionens datum" in page


def test_a_named_party_must_take_part_in_the_collaboration():
    collaboration = CollaborationFactory()
    with pytest.raises(ValidationError) as exc:
        AgreementFactory(collaboration=collaboration, parties=[OrganizationFactory(name="Utomstående AB")])
    assert "Utomstående AB deltar inte" in exc.value.message_dict["parties"][0]


def test_the_agreement_form_names_the_parties(commission):
    collaboration, region, orebro, kumla, _version = commission
    client = Client()
    client.force_login(_coordinator())
    response = client.post(
        f"/samverkan/{collaboration.slug}/organisering/avtal/nytt/",
        {
            "kind": "cooperation",
            "title": "Avtal för två",
            "visibility": "public",
            "all_parties": "false",
            "parties": [region.pk, kumla.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    agreement = collaboration.agreements.get(title="Avtal för två")
    assert set(agreement.parties.values_list("name", flat=True)) == {"Region Örebro län", "Kumla kommun"}


def test_the_agreement_form_says_who_must_adopt_all_parties_by_default(commission):
    collaboration, region, orebro, kumla, version = commission
    client = Client()
    client.force_login(_coordinator())
    url = f"/samverkan/{collaboration.slug}/organisering/avtal/nytt/"
    form = client.get(url).content.decode()
    assert "Vilka ska anta avtalet?" in form
    assert re.search(r'<input type="radio" name="all_parties" value="true"[^>]*checked', form)
    # "only the parties ticked" with none ticked: refused, naming the field, nothing saved
    refused = client.post(
        url, {"kind": "cooperation", "title": "Ingen part", "visibility": "public", "all_parties": "false"}
    )
    assert refused.status_code == 200
    assert "Kryssa i vilka avtalsparter som ska anta avtalet" in refused.content.decode()
    assert not collaboration.agreements.filter(title="Ingen part").exists()
    # all parties: boxes left ticked say nothing
    client.post(
        url,
        {
            "kind": "cooperation",
            "title": "För alla",
            "visibility": "public",
            "all_parties": "true",
            "parties": [kumla.pk],
        },
    )
    assert list(collaboration.agreements.get(title="För alla").parties.all()) == []
    # the commission agreement's form shows that it names its parties, and switching to all parties clears them
    edit = f"{version.agreement.get_absolute_url()}andra/"
    assert re.search(
        r'<input type="radio" name="all_parties" value="false"[^>]*checked', client.get(edit).content.decode()
    )
    services.update_agreement(version.agreement, actor=SYSTEM, all_parties=True)
    assert not version.agreement.parties.exists()
    assert _board(collaboration, agreement=version.agreement).required_count == 3


def test_the_board_and_the_overview_count_only_the_agreements_parties(commission):
    collaboration, region, orebro, kumla, version = commission
    _adopt(version, region, d(2014, 12, 4))
    board = _board(collaboration)
    assert (board.adopted_count, board.required_count) == (1, 2)
    assert [w for w in board.warnings if "har inte antagit" in w] == [
        "Örebro kommun är avtalspart men har inte antagit aktuell version (version 1)."
    ]
    client = Client()
    client.force_login(_coordinator())
    overview = client.get(f"/samverkan/{collaboration.slug}/organisering/").content.decode()
    assert re.search(r"1/2\s*<span class=\"muted\">namngivna parter</span>", overview)
    page = client.get(version.agreement.get_absolute_url()).content.decode()
    assert "Kumla kommun är avtalspart" not in page


def test_the_api_says_and_sets_whether_all_parties_must_adopt(commission):
    collaboration, region, orebro, kumla, version = commission
    client = Client()
    client.force_login(_coordinator())
    url = f"/api/agreements/{version.agreement.pk}/"
    assert client.get(url).json()["all_parties"] is False
    refused = client.post(
        "/api/agreements/",
        {"collaboration": collaboration.slug, "kind": "cooperation", "title": "Ingen", "all_parties": False},
        content_type="application/json",
    )
    assert refused.status_code == 400 and "Kryssa i vilka avtalsparter" in refused.json()["parties"][0]
    both = client.patch(url, {"all_parties": True, "parties": [kumla.pk]}, content_type="application/json")
    assert both.status_code == 400 and "parties" in both.json()
    switched = client.patch(url, {"all_parties": True}, content_type="application/json")
    assert switched.status_code == 200, switched.content
    assert (switched.json()["all_parties"], switched.json()["parties"]) == (True, [])
    board = client.get(url + "board/").json()
    assert {r["organization_name"] for r in board["rows"] if r["required"]} == {
        "Region Örebro län",
        "Örebro kommun",
        "Kumla kommun",
    }


# The party's own decision-maker -----------------------------------------------------------------


def test_an_adoption_by_a_body_of_the_collaboration_is_refused(commission):
    collaboration, region, orebro, _kumla, version = commission
    BodyFactory(collaboration=collaboration, name="BRO:s styrgrupp")
    for name in ("BRO:s styrgrupp", "bro:s STYRGRUPP ", "Styrelsen på uppdrag av medlemmarna"):
        with pytest.raises(ValidationError) as exc:
            _adopt(version, orebro, d(2014, 12, 9), decision_body_name=name)
        assert (
            "En parts antagande tas av partens egen beslutsfattare" in (exc.value.message_dict["decision_body_name"][0])
        )
    assert not Adoption.objects.exists()
    adoption = _adopt(version, orebro, d(2014, 12, 9), decision_body_name="Kommunstyrelsen")
    assert adoption.decision_body_name == "Kommunstyrelsen"


def test_the_refusal_is_shown_on_the_form_and_in_the_api(commission):
    collaboration, region, orebro, _kumla, version = commission
    BodyFactory(collaboration=collaboration, name="Styrgruppen")
    client = Client()
    client.force_login(_coordinator())
    url = f"{version.agreement.get_absolute_url()}versioner/{version.pk}/beslut/{orebro.pk}/"
    response = client.post(
        url, {"status": "adopted", "decision_body_name": "Styrgruppen", "decision_date": "2014-12-09"}
    )
    assert response.status_code == 200
    assert "Styrgruppen är ett organ för samverkan, inte partens eget" in response.content.decode()
    api = client.post(
        "/api/adoptions/",
        {"version": version.pk, "organization": orebro.pk, "status": "adopted", "decision_body_name": "Styrgruppen"},
        content_type="application/json",
    )
    assert api.status_code == 400 and "decision_body_name" in api.json()


def test_a_party_that_joined_later_cannot_have_adopted_before_it_joined(commission):
    collaboration, region, _orebro, _kumla, _version = commission
    latecomer = OrganizationFactory(name="Lekebergs kommun")
    collaboration_services.add_participation(
        collaboration, latecomer, actor=SYSTEM, role="party", start_date=d(2020, 1, 1), visibility="public"
    )
    agreement = AgreementFactory(collaboration=collaboration)
    version = AgreementVersionFactory(agreement=agreement, drafted_on=d(2018, 1, 1), valid_from=d(2018, 2, 1))
    with pytest.raises(ValidationError) as exc:
        _adopt(version, latecomer, d(2018, 3, 1))
    assert exc.value.message_dict["decision_date"] == [
        "Lekebergs kommun blev part i samverkan först 2020-01-01 och kan inte ha antagit avtalet som part 2018-03-01."
    ]
    # a founding party decides before the collaboration starts
    assert _adopt(version, region, d(2018, 1, 20)).decision_date == d(2018, 1, 20)
    # and the latecomer is no required adopter of the earlier version
    rows = {r.participation.organization.name: r for r in _board(collaboration, agreement=agreement).rows}
    assert rows["Lekebergs kommun"].required is False
    assert rows["Lekebergs kommun"].note == "Blev part 2020-01-01, efter versionens datum"


def test_a_party_that_has_left_is_not_missing_an_adoption_after_it_left():
    collaboration = CollaborationFactory(start_date=d(2013, 1, 1))
    leaving = OrganizationFactory(name="Landstinget Blekinge")
    collaboration_services.add_participation(
        collaboration, leaving, actor=SYSTEM, role="party", end_date=d(2018, 12, 31), visibility="public"
    )
    AgreementVersionFactory(
        agreement=AgreementFactory(collaboration=collaboration), drafted_on=d(2013, 1, 1), valid_from=d(2013, 2, 1)
    )
    during = _board(collaboration, on=d(2017, 6, 1))
    assert any(w.startswith("Landstinget Blekinge är avtalspart men har inte antagit") for w in during.warnings)
    after = _board(collaboration, on=d(2019, 6, 1))
    assert not any("Landstinget Blekinge" in w for w in after.warnings)
    assert [r.note for r in after.rows if r.participation.organization == leaving] == ["Lämnade samverkan 2018-12-31"]


# Adoption states --------------------------------------------------------------------------------


def test_an_adoption_whose_date_is_unknown_says_so_and_unknown_status_warns(commission):
    collaboration, region, orebro, _kumla, version = commission
    services.record_adoption(version, region, actor=SYSTEM, status="adopted")
    services.record_adoption(version, orebro, actor=SYSTEM, status="unknown")
    board = _board(collaboration)
    assert board.adopted_count == 1
    assert "Det är okänt om Örebro kommun har antagit aktuell version (version 1)." in board.warnings
    client = Client()
    client.force_login(_coordinator())
    page = client.get(version.agreement.get_absolute_url()).content.decode()
    assert "datum okänt" in page and "organ okänt" in page and "? Okänt" in page


def test_an_adoption_is_corrected_and_removed_with_history(commission):
    collaboration, region, orebro, _kumla, version = commission
    adoption = _adopt(version, orebro, d(2014, 12, 9))
    services.record_adoption(version, orebro, actor=SYSTEM, decision_date=d(2014, 12, 10), reference="KS 14/1")
    assert ChangeRecord.objects.filter(action="organize.adoption.updated", object_id=adoption.pk).exists()
    client = Client()
    client.force_login(_coordinator())
    page = client.get(version.agreement.get_absolute_url()).content.decode()
    assert f"ta-bort/beslut/{adoption.pk}/" in page
    response = client.post(f"/samverkan/{collaboration.slug}/organisering/ta-bort/beslut/{adoption.pk}/")
    assert response.status_code == 302 and not Adoption.objects.filter(pk=adoption.pk).exists()
    assert ChangeRecord.objects.filter(action="organize.adoption.deleted", object_id=adoption.pk).exists()
    again = _adopt(version, orebro, d(2014, 12, 9))
    assert client.delete(f"/api/adoptions/{again.pk}/").status_code == 204
    assert not Adoption.objects.filter(pk=again.pk).exists()


# Validity and in force --------------------------------------------------------------------------


def test_a_version_drafted_on_an_unknown_day_has_no_date_and_unknown_validity_is_not_until_further_notice():
    region = OrganizationFactory()
    coordinator = user_for(region)
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=coordinator.person)
    version = services.add_agreement_version(AgreementFactory(collaboration=collaboration), actor=SYSTEM)
    assert (version.drafted_on, version.valid_from, version.valid_until) == (None, None, None)
    board = _board(collaboration)
    assert board.in_force.state == "unknown"
    assert "Okänt om versionen är i kraft: det är inte angivet från när den gäller." in board.warnings
    client = Client()
    client.force_login(coordinator)
    page = client.get(version.agreement.get_absolute_url()).content.decode()
    assert "slutdatum okänt" in page and "tills vidare" not in page
    services.update_agreement_version(version, actor=SYSTEM, valid_from=d(2020, 1, 1), until_further_notice=True)
    page = client.get(version.agreement.get_absolute_url()).content.decode()
    assert "tills vidare" in page and "I kraft sedan 2020-01-01, tills vidare." in page


def test_a_version_in_force_from_the_last_adoption(commission):
    collaboration, region, orebro, _kumla, version = commission
    services.update_agreement_version(version, actor=SYSTEM, valid_from=None, in_force_on_adoption=True)
    board = _board(collaboration)
    assert board.in_force.state == "awaiting_adoptions"
    assert board.current == version  # current, yet not in force
    _adopt(version, region, d(2014, 12, 4))
    _adopt(version, orebro, d(2014, 12, 9))
    board = _board(collaboration)
    assert (board.in_force.state, board.in_force.since) == ("in_force", d(2014, 12, 9))
    assert _board(collaboration, on=d(2014, 12, 8)).in_force.state == "not_yet"


def test_a_version_cannot_begin_both_on_a_date_and_on_the_last_adoption(commission):
    *_rest, version = commission
    with pytest.raises(ValidationError) as exc:
        services.update_agreement_version(version, actor=SYSTEM, in_force_on_adoption=True)
    assert "in_force_on_adoption" in exc.value.message_dict
    with pytest.raises(ValidationError) as exc:
        services.update_agreement_version(version, actor=SYSTEM, valid_until=d(2027, 1, 1), until_further_notice=True)
    assert "until_further_notice" in exc.value.message_dict
    assert AgreementVersion.objects.get(pk=version.pk).in_force_on_adoption is False


# As of a date -----------------------------------------------------------------------------------


def test_the_agreement_page_and_the_api_show_the_board_as_of_a_date(commission):
    collaboration, region, orebro, _kumla, version = commission
    services.add_agreement_version(version.agreement, actor=SYSTEM, drafted_on=d(2024, 1, 1), valid_from=d(2024, 3, 1))
    client = Client()
    client.force_login(_coordinator())
    url = version.agreement.get_absolute_url()
    assert "Antagande av aktuell version (2)" in client.get(url).content.decode()
    assert "Antagande av aktuell version (1)" in client.get(url + "?per=2020-01-01").content.decode()
    bad = client.get(url + "?per=igår")
    assert bad.status_code == 400 and "kunde inte läsas" in bad.content.decode()
    api = client.get(f"/api/agreements/{version.agreement.pk}/board/?per=2020-01-01").json()
    assert api["version"] == version.pk and api["in_force"]["state"] == "in_force"
    assert {r["organization_name"]: r["required"] for r in api["rows"]}["Kumla kommun"] is False
    assert client.get(f"/api/agreements/{version.agreement.pk}/board/?per=x").json().keys() == {"per"}


def test_the_api_names_the_parties_and_refuses_an_organization_outside_the_collaboration(commission):
    collaboration, region, orebro, kumla, _version = commission
    client = Client()
    client.force_login(_coordinator())
    created = client.post(
        "/api/agreements/",
        {"collaboration": collaboration.slug, "kind": "commission", "title": "Nytt uppdrag", "parties": [kumla.pk]},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["parties"] == [kumla.pk]
    stranger = OrganizationFactory(name="Utomstående AB")
    refused = client.post(
        "/api/agreements/",
        {"collaboration": collaboration.slug, "kind": "cooperation", "title": "Fel", "parties": [stranger.pk]},
        content_type="application/json",
    )
    assert refused.status_code == 400 and "Utomstående AB deltar inte" in refused.json()["parties"][0]
    version = client.post(
        "/api/agreement-versions/",
        {"agreement": created.json()["id"], "in_force_on_adoption": True, "until_further_notice": True},
        content_type="application/json",
    ).json()
    assert (version["drafted_on"], version["valid_from"], version["in_force_on_adoption"]) == (None, None, True)
    both = client.patch(
        f"/api/agreement-versions/{version['id']}/", {"valid_from": "2025-01-01"}, content_type="application/json"
    )
    assert both.status_code == 400 and "in_force_on_adoption" in both.json()


# Parties still to come ---------------------------------------------------------------------------


@pytest.fixture
def starting_next_year():
    """A collaboration that starts next year; Kumla kommun joins a couple of months after the start.
    The founding agreement's version is drafted today."""
    today = timezone.localdate()
    start = d(today.year + 1, 1, 1)
    region = OrganizationFactory(name="Region Örebro län")
    coordinator = user_for(region, email="sara@example.org")
    collaboration = CollaborationFactory(
        name="Nya BRO", coordinating_organization=region, coordinator=coordinator.person, start_date=start
    )
    kumla = OrganizationFactory(name="Kumla kommun")
    collaboration_services.add_participation(
        collaboration, kumla, actor=SYSTEM, role="party", start_date=d(today.year + 1, 3, 1), visibility="public"
    )
    agreement = AgreementFactory(collaboration=collaboration, title="Samverkansavtal", parties=[region, kumla])
    version = AgreementVersionFactory(agreement=agreement, drafted_on=today, valid_from=start)
    return collaboration, region, kumla, version


def test_a_party_whose_participation_starts_later_is_in_the_adoption_table_and_its_decision_can_be_recorded(
    starting_next_year,
):
    collaboration, region, kumla, version = starting_next_year
    today = timezone.localdate()
    rows = {r.participation.organization.name: r for r in _board(collaboration).rows}
    assert set(rows) == {"Region Örebro län", "Kumla kommun"}
    assert rows["Region Örebro län"].required
    assert rows["Kumla kommun"].note == f"Blir part {today.year + 1}-03-01, efter versionens datum"
    client = Client()
    client.force_login(_coordinator())
    page = client.get(version.agreement.get_absolute_url()).content.decode()
    assert 'Registrera beslut<span class="visually-hidden"> – Kumla kommun' in page
    response = client.post(
        f"{version.agreement.get_absolute_url()}versioner/{version.pk}/beslut/{kumla.pk}/",
        {"status": "adopted", "decision_body_name": "Kommunfullmäktige", "decision_date": today.isoformat()},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    adoption = Adoption.objects.get(organization=kumla)
    assert adoption.decision_date == today
    # and the record stays correctable once Kumla has joined
    services.record_adoption(version, kumla, actor=SYSTEM, reference="KS 2026/12")
    assert Adoption.objects.get(organization=kumla).reference == "KS 2026/12"


def test_a_party_coming_before_a_version_dated_in_the_future_must_adopt_it():
    """The collaboration's start is not known yet; the parties start next year, and so does the version."""
    today = timezone.localdate()
    start = d(today.year + 1, 1, 1)
    collaboration = CollaborationFactory()
    coming = OrganizationFactory(name="Lekebergs kommun")
    collaboration_services.add_participation(
        collaboration, coming, actor=SYSTEM, role="party", start_date=start, visibility="public"
    )
    AgreementVersionFactory(
        agreement=AgreementFactory(collaboration=collaboration), drafted_on=None, valid_from=d(today.year + 1, 2, 1)
    )
    rows = {r.participation.organization.name: r for r in _board(collaboration).rows}
    assert rows["Lekebergs kommun"].required and rows["Lekebergs kommun"].note == f"Blir part {start.isoformat()}"
    assert any(
        w.startswith("Lekebergs kommun är avtalspart men har inte antagit") for w in _board(collaboration).warnings
    )
