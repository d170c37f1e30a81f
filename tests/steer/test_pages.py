"""The steering pages as a coordinator, an analyst, a party's representative and an outsider use them."""

import datetime

import pytest
from django.test import Client

from collaborations import services as collaboration_services
from core.services import SYSTEM
from steer import services
from steer.models import AnalysisActor, Goal, Indicator, IndicatorValue, OwnGoal, SituationAnalysis
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import (
    EvidenceFactory,
    FollowUpRoundFactory,
    GoalDocumentFactory,
    GoalFactory,
    IndicatorFactory,
    value_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    """Unga lyfter, in short: Region Blekinge coordinates, Karlskrona kommun takes part."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="samordnare@example.org", first_name="Sara", last_name="Lind")
    collaboration = CollaborationFactory(
        name="Unga lyfter (test)", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    representative = user_for(karlskrona, email="eva@example.org", first_name="Eva", last_name="Holm")
    client = Client()
    client.force_login(coordinator)
    return collaboration, region, karlskrona, coordinator, representative, client


def _base(collaboration):
    return f"/samverkan/{collaboration.slug}/styrning/"


def _gender_indicator(collaboration):
    document = GoalDocumentFactory(collaboration=collaboration, title="Unga lyfters mål", visibility="public")
    goal = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten till 2017", visibility="public")
    indicator = IndicatorFactory(goal=goal, name="Arbetslösa unga 15–29 år", by_gender=True, visibility="public")
    for year, women, men in [(2013, 20.0, 24.0), (2014, 17.0, 23.5), (2015, 14.0, 23.0), (2016, 11.0, 22.5)]:
        value_of(indicator, year, women, gender="K")
        value_of(indicator, year, men, gender="M")
    return goal, indicator


def test_the_indicator_page_shows_women_and_men_separately_with_the_rule_and_the_numbers(setting):
    collaboration, *_rest, client = setting
    _goal, indicator = _gender_indicator(collaboration)
    page = client.get(f"{_base(collaboration)}indikatorer/{indicator.pk}/").content.decode()
    assert "Blekinge, kvinnor" in page and "Blekinge, män" in page
    # Women: 20 → 11 in three years, a line reaching 10 % by 2017: on track. Men: 24 → 22.5, far off.
    women = page.index("Blekinge, kvinnor:")
    men = page.index("Blekinge, män:")
    assert "I fas" in page[women:men]
    assert "Ur fas" in page[men:]
    assert "Prognos för 2017" in page  # the why-text states the projection …
    assert "minst 50 % ger Risk" in page  # … and the threshold
    assert "<svg" in page and "<table" in page  # a chart, and its data table


def test_the_dashboard_shows_goal_status_rolled_up_and_filters_by_party(setting):
    collaboration, region, karlskrona, *_rest, client = setting
    goal, indicator = _gender_indicator(collaboration)
    services.update_indicator(indicator, actor=SYSTEM, responsible_organization=karlskrona)
    page = client.get(_base(collaboration)).content.decode()
    assert goal.title in page and indicator.name in page
    assert "Ur fas" in page  # the worse of women and men decides, and the goal rolls it up
    assert "<polyline" in page  # the sparkline
    other_goal = GoalFactory(document=goal.document, title="Fler unga i utbildning", visibility="public")
    filtered = client.get(_base(collaboration) + f"?part={karlskrona.pk}").content.decode()
    assert indicator.name in filtered  # Karlskrona answers for it
    assert other_goal.title not in filtered
    assert "Vad Karlskrona kommun bidrar till" in filtered


def test_entering_a_value_by_hand_and_a_bad_value_is_refused_with_a_message(setting):
    collaboration, *_rest, client = setting
    _goal, indicator = _gender_indicator(collaboration)
    url = f"{_base(collaboration)}indikatorer/{indicator.pk}/varden/nytt/"
    blekinge = area("10")
    ok = client.post(url, {"area": blekinge.pk, "year": 2017, "gender": "K", "value": "9,5", "comment": "Preliminärt"})
    assert ok.status_code == 302
    saved = IndicatorValue.objects.get(indicator=indicator, year=2017, gender="K")
    assert saved.value == 9.5 and saved.comment == "Preliminärt"
    too_high = client.post(url, {"area": blekinge.pk, "year": 2017, "gender": "M", "value": "140"})
    assert "mellan 0 och 100" in too_high.content.decode()
    not_a_number = client.post(url, {"area": blekinge.pk, "year": 2017, "gender": "M", "value": "tio"})
    assert not_a_number.status_code == 200 and "errorlist" in not_a_number.content.decode()
    assert not IndicatorValue.objects.filter(indicator=indicator, year=2017, gender="M").exists()


def test_an_indicator_with_a_target_before_its_baseline_is_refused_and_nothing_is_saved(setting):
    collaboration, *_rest, client = setting
    goal, _indicator = _gender_indicator(collaboration)
    response = client.post(
        f"{_base(collaboration)}indikatorer/ny/",
        {
            "goal": goal.pk,
            "name": "Andel unga i arbete",
            "measure_type": "percentage",
            "unit": "%",
            "direction": "higher",
            "baseline_value": "60",
            "baseline_year": "2013",
            "targets": "2010: 70",
            "areas": [area("10").pk],
            "frequency": "yearly",
            "order": "0",
            "visibility": "public",
        },
    )
    assert response.status_code == 200
    assert "Målåret 2010 ligger före utgångsåret 2013" in response.content.decode()
    assert not Indicator.objects.filter(name="Andel unga i arbete").exists()
    garbled = client.post(
        f"{_base(collaboration)}indikatorer/ny/",
        {
            "goal": goal.pk,
            "name": "X",
            "measure_type": "number",
            "direction": "higher",
            "targets": "år 2017 tio",
            "areas": [area("10").pk],
            "frequency": "yearly",
            "order": "0",
            "visibility": "public",
        },
    )
    assert "Rad 1" in garbled.content.decode()


def test_the_analysis_is_versioned_and_shows_who_has_not_stated_its_own_benefit(setting):
    collaboration, region, karlskrona, *_rest, client = setting
    url = f"{_base(collaboration)}analys/ny-version/"
    client.post(url, {"problem": "Många unga står utanför arbete och studier.", "visibility": "public"})
    client.post(url, {"problem": "Ungdomsarbetslösheten är högst i landet.", "visibility": "public"})
    assert list(SituationAnalysis.objects.filter(collaboration=collaboration).values_list("number", flat=True)) == [
        2,
        1,
    ]
    page = client.get(f"{_base(collaboration)}analys/").content.decode()
    assert "högst i landet" in page
    old = client.get(f"{_base(collaboration)}analys/?version=1").content.decode()
    assert "utanför arbete och studier" in old and "tidigare version" in old
    services.set_own_benefit(collaboration, region, actor=SYSTEM, text="Fler i arbete ger högre skatteintäkter.")
    page = client.get(f"{_base(collaboration)}analys/").content.decode()
    missing = page[page.index("Parter som inte har beskrivit") :]
    assert "Karlskrona kommun" in missing[: missing.index("</ul>")]
    assert "Region Blekinge" not in missing[: missing.index("</ul>")]


def test_a_missing_actor_is_invited_and_becomes_a_party_when_it_says_yes(setting):
    collaboration, *_rest, client = setting
    employer = OrganizationFactory(name="Företagarna Blekinge", sector="business", kind="association")
    actor_row = services.add_analysis_actor(
        collaboration, actor=SYSTEM, name="Arbetsgivarna", effect="Har jobben.", is_missing=True, visibility="public"
    )
    response = client.post(
        f"{_base(collaboration)}analys/aktorer/{actor_row.pk}/bjud-in/",
        {"organization": employer.pk, "message": "Välkomna in i Unga lyfter!"},
    )
    assert response.status_code == 302
    actor_row.refresh_from_db()
    assert actor_row.invitation_status == "invited" and actor_row.organization == employer
    client.post(f"{_base(collaboration)}analys/aktorer/{actor_row.pk}/svar/", {"answer": "yes"})
    assert collaboration.participations.filter(organization=employer).exists()
    assert AnalysisActor.objects.get(pk=actor_row.pk).is_missing is False


def test_a_representative_records_its_own_goal_but_not_the_coordinators_things(setting):
    collaboration, region, karlskrona, coordinator, representative, _client = setting
    goal, _indicator = _gender_indicator(collaboration)
    client = Client()
    client.force_login(representative)
    response = client.post(
        f"{_base(collaboration)}mal/egna/nytt/",
        {
            "organization": karlskrona.pk,
            "title": "100 feriejobb för unga varje sommar",
            "shared_goals": [goal.pk],
            "placement": "budget",
            "document_name": "Budget 2016",
            "document_year": "2016",
            "visibility": "public",
        },
    )
    assert response.status_code == 302
    assert OwnGoal.objects.get(title="100 feriejobb för unga varje sommar").organization == karlskrona
    refused = client.post(
        f"{_base(collaboration)}mal/egna/nytt/",
        {
            "organization": region.pk,
            "title": "Regionens mål",
            "shared_goals": [goal.pk],
            "placement": "budget",
            "document_name": "Budget 2016",
            "document_year": "2016",
            "visibility": "public",
        },
    )
    assert refused.status_code == 403
    assert client.get(f"{_base(collaboration)}mal/nytt/").status_code == 403
    assert not OwnGoal.objects.filter(title="Regionens mål").exists()


def test_closing_a_round_keeps_the_state_and_the_dashboard_shows_what_changed(setting):
    collaboration, region, *_rest, client = setting
    _goal, indicator = _gender_indicator(collaboration)
    round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=region, visibility="public")
    response = client.post(f"{_base(collaboration)}uppfoljning/{round_.pk}/avsluta/")
    assert response.status_code == 302
    round_.refresh_from_db()
    assert round_.status == "closed" and round_.closed_on == datetime.date.today()
    kept = round_.assessments.get(indicator=indicator)
    assert kept.computed_status == "off_track" and kept.latest_year == 2016
    # A new year arrives: men's unemployment falls fast; the dashboard says what changed since the round.
    value_of(indicator, 2017, 9.0, gender="K")
    value_of(indicator, 2017, 11.0, gender="M")
    page = client.get(_base(collaboration)).content.decode()
    changed = page[page.index("Ändrat sedan senaste uppföljningen") :]
    assert indicator.name in changed[: changed.index("</section>")]
    assert "nya värden" in changed[: changed.index("</section>")]


def test_round_pages_evidence_dialogue_and_scans_render_for_an_analyst(setting):
    collaboration, region, *_rest, _client = setting
    goal, _indicator = _gender_indicator(collaboration)
    analyst = user_for(region, email="analytiker@example.org", first_name="Ali", last_name="Berg")
    collaboration_services.assign_role(collaboration, analyst.person, actor=SYSTEM, kind="analyst", organization=region)
    round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=region, visibility="public")
    EvidenceFactory(collaboration=collaboration, round=round_, goals=[goal], visibility="public")
    client = Client()
    client.force_login(analyst)
    response = client.post(
        f"{_base(collaboration)}uppfoljning/{round_.pk}/dialog/ny/",
        {"goal": goal.pk, "deviation": "Unga män lämnar arbetslösheten långsammare.", "decision_status": "decided"},
    )
    assert "behöver beslutstext och beslutsdatum" in response.content.decode()
    client.post(
        f"{_base(collaboration)}uppfoljning/{round_.pk}/bedomning/mal/{goal.pk}/",
        {"status": "at_risk", "text": "Kvinnorna i fas, männen inte."},
    )
    page = client.get(f"{_base(collaboration)}uppfoljning/{round_.pk}/").content.decode()
    assert "Kvinnorna i fas, männen inte." in page and "Fokusgrupp med unga" in page
    assert client.post(f"{_base(collaboration)}uppfoljning/{round_.pk}/avsluta/").status_code == 403
    client.post(
        f"{_base(collaboration)}omvarld/ny/",
        {
            "level": "international",
            "date": "2015-09-01",
            "title": "Studieresa till Skottland",
            "description": "Skottlands modell för unga.",
            "goals": [goal.pk],
            "visibility": "public",
        },
    )
    scans = client.get(f"{_base(collaboration)}omvarld/").content.decode()
    assert "Studieresa till Skottland" in scans


def test_an_outsider_sees_nothing_of_a_participants_only_goal(setting):
    collaboration, *_rest, client = setting
    document = GoalDocumentFactory(collaboration=collaboration, visibility="public")
    hidden = GoalFactory(document=document, title="HemligtMålMarkör", visibility="participants")
    outsider = user_for(OrganizationFactory(name="Utomstående"), email="ute@example.org")
    other = Client()
    other.force_login(outsider)
    assert other.get(f"{_base(collaboration)}mal/{hidden.pk}/").status_code == 404
    for path in ("", "mal/", "uppfoljning/"):
        assert "HemligtMålMarkör" not in other.get(_base(collaboration) + path).content.decode()
    assert "HemligtMålMarkör" in client.get(f"{_base(collaboration)}mal/").content.decode()
    assert Goal.objects.filter(pk=hidden.pk).exists()


def test_an_indicator_from_statistics_is_compared_with_its_county_and_the_nation(setting):
    from django.db import transaction

    from stats import services as stats_services
    from stats.bulk import Row, write_observations
    from stats.models import Series

    collaboration, *_rest, client = setting
    run = stats_services.start_kolada_import(actor=SYSTEM, kpi_ids=["N1"], municipality_ids=["1080"], enqueue=False)
    series = Series.objects.create(source="kolada", external_id="N03920", title="Arbetslöshet 18–24 år")
    rows = [
        Row(area(code).pk, str(year), year, "T", level - year % 2)
        for code, level in (("1080", 14.0), ("10", 15.0), ("00", 9.0))
        for year in range(2014, 2018)
    ]
    with transaction.atomic():
        write_observations(series, rows, run)
    goal = GoalFactory(
        document=GoalDocumentFactory(collaboration=collaboration, visibility="public"), visibility="public"
    )
    indicator = IndicatorFactory(goal=goal, series=series, areas=[area("1080")], visibility="public")
    page = client.get(indicator.get_absolute_url()).content.decode()
    table = page[page.index("Värden i diagrammet") :]
    for label in ("Karlskrona", "Blekinge", "Riket", "Utgångsvärde", "Mål"):
        assert f">{label}</th>" in table  # each line of the chart is a column of its table
    assert "Källa: Kolada (N03920)" in page


def test_a_partys_view_shows_its_resources_against_the_goals_they_serve(setting):
    from decimal import Decimal

    from organize import services as organize_services

    collaboration, region, karlskrona, *_rest, client = setting
    goal, _indicator = _gender_indicator(collaboration)
    commitment = organize_services.set_resource_commitment(
        collaboration,
        karlskrona,
        2016,
        actor=SYSTEM,
        money_committed=Decimal("250000"),
        fte_committed=Decimal("1.5"),
        visibility="public",
    )
    services.update_goal(goal, actor=SYSTEM, resources=[commitment])
    page = client.get(_base(collaboration) + f"?part={karlskrona.pk}").content.decode()
    section = page[page.index("Resurser som Karlskrona kommun har avsatt") :]
    assert "250\u00a0000,00" in section and goal.title in section
    assert "250\u00a0000,00" in client.get(goal.get_absolute_url()).content.decode()  # and on the goal's page


def test_resources_a_party_has_not_stated_show_as_ej_angivet_not_0(setting):
    from decimal import Decimal

    from organize import services as organize_services

    collaboration, region, karlskrona, *_rest, client = setting
    goal, _indicator = _gender_indicator(collaboration)
    commitment = organize_services.set_resource_commitment(
        collaboration, karlskrona, 2016, actor=SYSTEM, fte_committed=Decimal("1.5"), visibility="public"
    )
    assert commitment.money_committed is None  # not given: unknown, not 0 kr
    services.update_goal(goal, actor=SYSTEM, resources=[commitment])
    page = client.get(_base(collaboration) + f"?part={karlskrona.pk}").content.decode()
    section = page[page.index("Resurser som Karlskrona kommun har avsatt") :].split("</table>")[0]
    assert "ej angivet" in section and "0,00" not in section
    goal_page = client.get(goal.get_absolute_url()).content.decode()
    row = goal_page[goal_page.index(">Karlskrona kommun") :].split("</tr>")[0]
    assert "ej angivet" in row and "0,00" not in row


def test_the_latest_value_names_the_area_and_gender_it_belongs_to(setting):
    collaboration, *_rest, client = setting
    goal, indicator = _gender_indicator(collaboration)
    area_name = indicator.areas.get().name
    page = client.get(_base(collaboration)).content.decode()
    row = page[page.index(indicator.name) :]
    row = row[: row.index("</tr>")]
    # men's 22.5 decides (off track); its row says whose value it is, and of which year
    assert f'22,5 % <span class="muted">({area_name}, män, 2016)</span>' in row
    goal_page = client.get(goal.get_absolute_url()).content.decode()
    assert f"({area_name}, män, 2016)" in goal_page


def test_an_empty_collaboration_does_not_say_that_all_indicators_have_values(setting):
    collaboration, region, karlskrona, *_rest, client = setting
    page = client.get(_base(collaboration)).content.decode()
    assert "Alla indikatorer har värden" not in page
    assert "Inga indikatorer ännu." in page
    party_page = client.get(_base(collaboration) + f"?part={karlskrona.pk}").content.decode()
    assert "Alla indikatorer har värden" not in party_page
    assert "Parten svarar inte för någon indikator" in party_page
    _gender_indicator(collaboration)
    services.update_indicator(Indicator.objects.get(), actor=SYSTEM, responsible_organization=karlskrona)
    assert "Alla indikatorer har värden och ansvarig part." in client.get(_base(collaboration)).content.decode()


def test_closing_a_round_whose_period_has_not_begun_asks_for_confirmation(setting):
    collaboration, region, *_rest, client = setting
    today = datetime.date.today()
    round_ = FollowUpRoundFactory(
        collaboration=collaboration,
        coordinating_organization=region,
        year=today.year + 1,
        start_date=today + datetime.timedelta(days=30),
        due_date=today + datetime.timedelta(days=90),
        visibility="public",
    )
    page = client.get(round_.get_absolute_url()).content.decode()
    assert "Omgångens period har inte börjat" in page and 'name="confirm_before_start"' in page
    refused = client.post(f"{_base(collaboration)}uppfoljning/{round_.pk}/avsluta/", follow=True)
    assert "Omgångens period har inte börjat: den startar" in refused.content.decode()
    round_.refresh_from_db()
    assert round_.status != "closed" and not round_.assessments.exists()
    closed = client.post(f"{_base(collaboration)}uppfoljning/{round_.pk}/avsluta/", {"confirm_before_start": "on"})
    assert closed.status_code == 302
    round_.refresh_from_db()
    assert round_.status == "closed" and round_.closed_on == today
    # a round whose period has begun is closed without the question
    begun = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=region, visibility="public")
    assert 'name="confirm_before_start"' not in client.get(begun.get_absolute_url()).content.decode()
