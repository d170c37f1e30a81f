"""An indicator's numbers stay within the range of its measure (core.numbers.RANGES) on every channel —
API, forms, services — with a message naming the field and the range; pages with an extreme value
stored before the check (old data) still render."""

import sys

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from rest_framework.test import APIClient

from core.numbers import RANGES, VALUE
from core.services import SYSTEM
from stats.models import Observation, Series
from steer import services
from steer.choices import MeasureType
from steer.models import Indicator, IndicatorTarget, IndicatorValue
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory

pytestmark = pytest.mark.django_db

ANY = "mellan -10¹⁵ och 10¹⁵ (gränsen för alla värden)"


@pytest.fixture
def world():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="karin@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    document = GoalDocumentFactory(collaboration=collaboration, title="Inriktningsdokument 2014", visibility="public")
    goal = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten", visibility="public")
    api = APIClient()
    api.force_login(coordinator)
    client = Client()
    client.force_login(coordinator)
    return collaboration, goal, api, client


def _indicator(goal, measure_type, **kwargs):
    targets = [{"year": 2017, "value": 1.0 if measure_type == "yes_no" else 10.0}]
    return IndicatorFactory(
        goal=goal, measure_type=measure_type, baseline_value=0.0, targets=targets, visibility="public", **kwargs
    )


def test_every_measure_type_has_a_stated_range():
    assert set(RANGES) == {VALUE, *MeasureType.values}
    assert (RANGES["percentage"].low, RANGES["percentage"].high) == (0, 100)


@pytest.mark.parametrize(
    ("measure_type", "value", "words"),
    [
        ("number", sys.float_info.max, f"Värdet måste ligga {ANY}, inte 1,8·10³⁰⁸."),
        ("money", -1e16, f"Värdet måste ligga {ANY}, inte -10¹⁶."),
        ("percentage", 100.5, "Värdet måste ligga mellan 0 och 100 (andel i procent), inte 100,5."),
        ("rate", -1, "mellan 0 och 1\u00a0000\u00a0000\u00a0000 (antal per 1 000 invånare), inte -1."),
        (
            "rate_100k",
            1e12,
            "och 100\u00a0000\u00a0000\u00a0000 (antal per 100 000 invånare), inte 1\u00a0000\u00a0000",
        ),
        ("yes_no", 0.5, "anges som 1 (ja) eller 0 (nej), inte 0,5."),
        ("number", "NaN", "giltigt nummer"),
        ("number", "Infinity", "giltigt nummer"),
    ],
)
def test_an_indicator_value_out_of_its_range_is_a_400_naming_the_field_and_the_range(world, measure_type, value, words):
    _collaboration, goal, api, _client = world
    indicator = _indicator(goal, measure_type)
    response = api.post(
        "/api/indicator-values/",
        {"indicator": indicator.pk, "area": indicator.areas.first().scb_code, "year": 2015, "value": value},
        format="json",
    )
    assert response.status_code == 400, response.json()
    assert words in " ".join(response.json()["value"])
    assert not IndicatorValue.objects.exists()


def test_a_baseline_or_target_beyond_any_range_is_a_400_naming_the_field(world):
    _collaboration, goal, api, _client = world
    base = {"goal": goal.pk, "name": "Nya företag", "measure_type": "number", "areas": ["10"], "baseline_year": 2013}
    baseline = api.post("/api/indicators/", {**base, "baseline_value": 1e16}, format="json")
    assert baseline.status_code == 400
    assert f"måste ligga {ANY}, inte 10¹⁶." in baseline.json()["baseline_value"][0]
    target = api.post(
        "/api/indicators/",
        {**base, "baseline_value": 5, "targets": [{"year": 2017, "value": 1e300}]},
        format="json",
    )
    assert target.status_code == 400, target.json()
    assert target.json()["targets"] == {"0": {"value": [f"Värdet måste ligga {ANY}, inte 10³⁰⁰."]}}
    share = api.post(
        "/api/indicators/",
        {**base, "measure_type": "percentage", "baseline_value": 5, "targets": [{"year": 2017, "value": 140}]},
        format="json",
    )
    assert share.status_code == 400
    assert "Målvärdet för 2017 måste ligga mellan 0 och 100 (andel i procent), inte 140." in share.json()["targets"]
    assert not Indicator.objects.filter(name="Nya företag").exists()


def test_the_forms_refuse_an_extreme_value_and_target_with_the_range(world):
    collaboration, goal, _api, client = world
    indicator = _indicator(goal, "number")
    base = f"/samverkan/{collaboration.slug}/styrning/indikatorer/"
    url = f"{base}{indicator.pk}/varden/nytt/"
    typed = {"area": indicator.areas.first().pk, "year": 2016}
    value = client.post(url, {**typed, "value": "1" + "0" * 308})  # 309 digits: read exactly, out of range
    assert value.status_code == 200 and f"Värde måste ligga {ANY}, inte 10³⁰⁸." in value.content.decode()
    exponent = client.post(url, {**typed, "value": "1e308"})  # nobody types an exponent: not read as a number
    assert exponent.status_code == 200 and "Värde: ”1e308” är inte ett tal." in exponent.content.decode()
    assert not IndicatorValue.objects.exists()
    target = client.post(
        f"{base}ny/",
        {
            "goal": goal.pk,
            "name": "Nya företag",
            "measure_type": "number",
            "direction": "higher",
            "baseline_value": "5",
            "baseline_year": "2013",
            "targets": "2016: 12\n2017: 1" + "0" * 400,  # 400 digits: a number too large, not infinity
            "areas": [area("10").pk],
            "frequency": "yearly",
            "order": "0",
            "visibility": "public",
        },
    )
    assert target.status_code == 200
    assert f"Rad 2: målvärdet måste ligga {ANY}, inte 10⁴⁰⁰." in target.content.decode()
    assert not Indicator.objects.filter(name="Nya företag").exists()


def test_the_service_refuses_what_is_not_a_finite_number(world):
    _collaboration, goal, _api, _client = world
    indicator = _indicator(goal, "number")
    for bad in (float("nan"), float("inf"), 10**400):
        with pytest.raises(ValidationError) as refused:
            services.record_value(indicator, indicator.areas.first(), 2016, actor=SYSTEM, value=bad)
        assert "value" in refused.value.message_dict
    assert not IndicatorValue.objects.exists()


def test_the_indicator_page_and_dashboard_render_with_extreme_values_stored_before_the_check(world):
    collaboration, goal, _api, _client = world
    manual = _indicator(goal, "number", name="Inmatade extremvärden")
    place = manual.areas.first()
    for year, value in [(2014, 3.0), (2015, sys.float_info.max), (2016, -1e308)]:
        IndicatorValue.objects.create(  # straight into the table, as old data might be
            collaboration=collaboration, indicator=manual, area=place, year=year, value=value, visibility="public"
        )
    IndicatorTarget.objects.filter(indicator=manual).update(value=1e300)
    series = Series.objects.create(source="file", external_id="BRO-extrem", title="Etableringar")
    fed = _indicator(goal, "number", name="Från en serie", series=series, areas=[area("10")])
    for year, value in [(2014, 5.0), (2015, 5e-324), (2016, sys.float_info.max)]:
        Observation.objects.create(series=series, area=area("10"), period=str(year), year=year, value=value)
    anonymous = Client()
    base = f"/samverkan/{collaboration.slug}/styrning/"
    for indicator in (manual, fed):
        response = anonymous.get(f"{base}indikatorer/{indicator.pk}/")
        assert response.status_code == 200
        page = response.content.decode()
        assert indicator.name in page and "10³⁰⁸" in page[page.index("<svg") : page.index("</svg>")]
    dashboard = anonymous.get(base)
    assert dashboard.status_code == 200 and "Inmatade extremvärden" in dashboard.content.decode()
