"""The statistics pages: values by area, period and gender with the source named; bounded queries."""

import pytest
from django.db import transaction
from django.test import Client

from actors.models import Area
from stats import services
from stats.bulk import Row, write_observations
from stats.models import Series
from tests.factories.actors import OrganizationFactory, user_for
from tests.querycount import assert_bounded


def _world(n: int):
    admin = user_for(OrganizationFactory(), email="stat@example.org", admin=True)
    run = services.start_kolada_import(actor=admin, kpi_ids=["N00001"], municipality_ids=["0180"], enqueue=False)
    areas = list(Area.objects.filter(kind="municipality").order_by("scb_code")[:n])
    series = []
    for i in range(n):
        s = Series.objects.create(
            source="kolada", external_id=f"N0000{i}", title=f"Serie {i}", is_divided_by_gender=True
        )
        rows = [
            Row(area.pk, str(year), year, gender, float(year + i) if gender != "M" else None)
            for area in areas
            for year in range(2020, 2020 + n)
            for gender in ("T", "K", "M")
        ]
        with transaction.atomic():
            write_observations(s, rows, run)
        series.append(s)
    return admin, series


PAGES = {
    "series_list": lambda series: "/statistik/",
    "series_detail": lambda series: series[0].get_absolute_url(),
    "runs": lambda series: "/statistik/importer/",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", sorted(PAGES))
def test_query_count_does_not_grow_with_the_data(page):
    assert_bounded(_world, PAGES[page], page)


@pytest.mark.django_db
def test_a_gender_divided_series_shows_women_and_men_and_the_source():
    _admin, series = _world(2)
    page = Client().get(series[0].get_absolute_url()).content.decode()
    assert "Källa: Kolada" in page and "T = totalt, K = kvinnor, M = män." in page
    assert ">K</td>" in page and ">M</td>" in page
    assert 'title="saknas"' in page  # a missing value is shown as missing, not as 0
    listing = Client().get("/statistik/?q=Serie 1").content.decode()
    assert "Serie 1" in listing and "Serie 0" not in listing


@pytest.mark.django_db
def test_the_chart_shows_women_men_and_total_of_the_chosen_area_beside_its_table():
    _admin, series = _world(3)
    area = Area.objects.filter(kind="municipality").order_by("scb_code")[1]
    page = Client().get(series[1].get_absolute_url() + f"?omrade={area.scb_code}").content.decode()
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'role="img"' in svg and f"Serie 1 – {area.name}" in svg
    assert f"{area.name}, kvinnor" in svg and f"{area.name}, totalt" in svg
    assert f"{area.name}, män" not in svg  # the men's values are all missing in this world: no line for them
    assert svg.count("<polyline") == 2
    assert "Värdena finns i tabellen nedan." in page and "<table" in page[page.index("</svg>") :]
