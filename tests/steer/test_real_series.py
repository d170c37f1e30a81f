"""A held-out real series through the whole product: Kolada's N00945 (share of temporary parental
benefit days taken by men, %) is imported from the recorded 2026 response, an indicator follows it for
Göteborg, and the page and the API give the status, trend and projection of a hand computation."""

import json
from pathlib import Path

import pytest
from django.test import Client

from core.services import SYSTEM
from stats import services as stats_services
from stats.models import Series
from steer import services
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "kolada" / "data" / "N00945.json"


def _recorded_goteborg() -> dict[int, float]:
    rows = json.loads(FIXTURE.read_text())["values"]
    return {
        row["period"]: value["value"]
        for row in rows
        if row["municipality"] == "1480"
        for value in row["values"]
        if value["gender"] == "T" and value["value"] is not None
    }


def _hand_computation(values: dict[int, float]):
    """Least squares over 2016–2020 by the textbook sums, projected to 2030; the share of the way from
    the 2010 baseline to 50 % that the projection covers; the slope against 1 % of the mean level."""
    years = [2016, 2017, 2018, 2019, 2020]
    ys = [values[y] for y in years]
    n = len(years)
    sx, sy = sum(years), sum(ys)
    sxx = sum(x * x for x in years)
    sxy = sum(x * y for x, y in zip(years, ys, strict=True))
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    intercept = (sy - slope * sx) / n
    projection = intercept + slope * 2030
    closed = (projection - values[2010]) / (50.0 - values[2010])
    status = "on_track" if projection >= 50 else "at_risk" if closed >= 0.5 else "off_track"
    mean = sy / n
    trend = "stable" if abs(slope) < 0.01 * mean else ("improving" if slope > 0 else "worsening")
    return projection, status, trend


def test_the_product_judges_a_real_kolada_series_as_a_hand_computation_does(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_2026"
    run = stats_services.start_kolada_import(actor=SYSTEM, kpi_ids=["N00945"], municipality_ids=["1480"])
    run.refresh_from_db()
    assert run.status == "succeeded", run.reason
    series = Series.objects.get(external_id="N00945")

    region = OrganizationFactory(name="Västra Götalandsregionen", sector="region", kind="region")
    coordinator = user_for(region, email="vgr@example.org")
    collaboration = CollaborationFactory(
        name="Jämställd vård av barn",
        coordinating_organization=region,
        coordinator=coordinator.person,
        visibility="public",
    )
    goal = GoalFactory(document=GoalDocumentFactory(collaboration=collaboration), title="Jämställt uttag av VAB")
    values = _recorded_goteborg()
    indicator = services.create_indicator(
        goal,
        actor=SYSTEM,
        name="Mäns andel av VAB-dagarna, Göteborg",
        measure_type="percentage",
        unit="%",
        direction="higher",
        baseline_value=values[2010],
        baseline_year=2010,
        series=series,
        areas=[area("1480")],
        targets=[{"year": 2030, "value": 50.0}],
        visibility="public",
    )
    projection, status, trend = _hand_computation(values)

    client = Client()
    client.force_login(coordinator)
    api = client.get(f"/api/indicators/{indicator.pk}/").json()
    assert (api["status"], api["trend"]) == (status, trend)
    assert api["latest_year"] == 2020 and api["latest_value"] == pytest.approx(values[2020])

    page = client.get(indicator.get_absolute_url()).content.decode()

    def swedish(value: float) -> str:  # two decimals at most, no trailing zeros, decimal comma
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")

    shown = swedish(projection)
    assert f"Prognos för 2030: {shown} %" in page
    assert "2016–2020" in page  # the window of the line
    assert "Källa: Kolada (N00945)" in page
    assert f">{swedish(values[2020])}</td>" in page  # the data table beside the chart
