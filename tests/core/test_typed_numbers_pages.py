"""Numbers typed on the pages as a Swede types them: a baseline of "6,2" is 6,2 (it was once saved as 62),
amounts with spaces between the thousands, and what cannot be read refused with the field named and
nothing saved; in the English interface the English way."""

from decimal import Decimal

import pytest
from django.test import Client

from organize.models import ResourceCommitment
from steer.models import Indicator, IndicatorValue
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter (tal)", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    document = GoalDocumentFactory(collaboration=collaboration, title="Mål", visibility="public")
    goal = GoalFactory(document=document, title="Fler unga i arbete", visibility="public")
    client = Client()
    client.force_login(coordinator)
    return collaboration, goal, karlskrona, client


def _indicator_data(goal, **more):
    return {
        "goal": goal.pk,
        "name": "Arbetslösa unga",
        "measure_type": "number",
        "unit": "personer",
        "direction": "lower",
        "baseline_year": "2013",
        "areas": [area("10").pk],
        "frequency": "yearly",
        "order": "0",
        "visibility": "public",
        **more,
    }


def _indicator_url(collaboration):
    return f"/samverkan/{collaboration.slug}/styrning/indikatorer/ny/"


@pytest.mark.parametrize(
    ("typed", "saved"), [("6,2", 6.2), ("1 000,5", 1000.5), ("1\u00a0000,5", 1000.5), ("1\u202f000,5", 1000.5)]
)
def test_a_baseline_typed_with_a_decimal_comma_and_spaces_is_saved_as_typed(setting, typed, saved):
    collaboration, goal, _party, client = setting
    response = client.post(_indicator_url(collaboration), _indicator_data(goal, baseline_value=typed))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Indicator.objects.get(name="Arbetslösa unga").baseline_value == saved


@pytest.mark.parametrize("typed", ["6,2,3", "abc", "1e400", "6.2.3", "sex"])
def test_a_baseline_that_cannot_be_read_is_refused_naming_the_field_and_nothing_is_saved(setting, typed):
    collaboration, goal, _party, client = setting
    response = client.post(_indicator_url(collaboration), _indicator_data(goal, baseline_value=typed))
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Utgångsvärde: ”{typed}” är inte ett tal. Skriv till exempel 1\u00a0000,5." in page
    assert f'value="{typed}"' in page  # what was typed stays in the box
    assert not Indicator.objects.filter(name="Arbetslösa unga").exists()


def test_the_indicator_form_has_text_boxes_with_a_number_keyboard_not_number_inputs(setting):
    collaboration, _goal, _party, client = setting
    page = client.get(_indicator_url(collaboration)).content.decode()
    assert 'type="number"' not in page
    assert 'name="baseline_value" inputmode="decimal"' in page
    assert 'name="baseline_year" inputmode="numeric"' in page


def test_a_saved_baseline_is_shown_in_its_form_with_a_decimal_comma(setting):
    collaboration, goal, _party, client = setting
    indicator = IndicatorFactory(
        goal=goal, name="Antal", measure_type="number", baseline_value=1000.5, baseline_year=2013
    )
    page = client.get(f"/samverkan/{collaboration.slug}/styrning/indikatorer/{indicator.pk}/andra/").content.decode()
    assert 'name="baseline_value" value="1000,5"' in page


def test_a_value_typed_by_hand_reads_a_comma_and_refuses_letters_naming_the_field(setting):
    collaboration, goal, _party, client = setting
    indicator = IndicatorFactory(goal=goal, name="Antal", measure_type="number", visibility="public")
    indicator.areas.add(area("10"))
    url = f"/samverkan/{collaboration.slug}/styrning/indikatorer/{indicator.pk}/varden/nytt/"
    data = {"area": area("10").pk, "year": "2017", "gender": "T"}
    assert client.post(url, {**data, "value": "12 345,75"}).status_code == 302
    assert IndicatorValue.objects.get(indicator=indicator, year=2017).value == 12345.75
    refused = client.post(url, {**data, "year": "2018", "value": "12,3,4"})
    assert "Värde: ”12,3,4” är inte ett tal." in refused.content.decode()
    assert not IndicatorValue.objects.filter(indicator=indicator, year=2018).exists()


def _resources_url(collaboration):
    return f"/samverkan/{collaboration.slug}/organisering/finansiering/resurser/ny/"


def test_money_and_staff_time_are_read_with_spaces_between_thousands_and_a_decimal_comma(setting):
    collaboration, _goal, karlskrona, client = setting
    response = client.post(
        _resources_url(collaboration),
        {
            "organization": karlskrona.pk,
            "year": "2026",
            "money_committed": "1 250 000,50",
            "fte_committed": "0,75",
            "visibility": "public",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = ResourceCommitment.objects.get(organization=karlskrona)
    assert saved.money_committed == Decimal("1250000.50") and saved.fte_committed == Decimal("0.75")


def test_staff_time_with_letters_is_refused_naming_the_field_and_nothing_is_saved(setting):
    collaboration, _goal, karlskrona, client = setting
    response = client.post(
        _resources_url(collaboration),
        {"organization": karlskrona.pk, "year": "2026", "money_committed": "1000", "fte_committed": "en halv"},
    )
    assert response.status_code == 200
    assert "Årsarbetskrafter, utlovat: ”en halv” är inte ett tal." in response.content.decode()
    assert not ResourceCommitment.objects.filter(organization=karlskrona).exists()


def test_in_english_a_comma_separates_thousands_and_a_point_decimals(setting):
    collaboration, goal, karlskrona, client = setting
    response = client.post(
        _resources_url(collaboration),
        {"organization": karlskrona.pk, "year": "2026", "money_committed": "1,250,000.50", "visibility": "public"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ResourceCommitment.objects.get(organization=karlskrona).money_committed == Decimal("1250000.50")
    english = client.post(
        _indicator_url(collaboration), _indicator_data(goal, baseline_value="6,2,3"), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "“6,2,3”" in english.content.decode() and "1,000.5" in english.content.decode()
    assert not Indicator.objects.filter(name="Arbetslösa unga").exists()
