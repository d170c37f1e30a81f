"""Numbers are shown the same way in the tables, charts and exports of one language: Swedish "1 000,5"
(a no-break space between the thousands), English "1,000.5"."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from core.numbers import fixed_number, plain_number
from core.services import SYSTEM
from organize.engine import format_money, format_percent
from stats import services as stats_services
from stats.charts import Line, line_chart
from stats.models import Series
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import ResourceCommitmentFactory, party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "plain", "fixed", "money", "percent"),
    [
        ("sv", f"1{NBSP}000,5", f"1{NBSP}500,25", f"7{NBSP}000{NBSP}000,00", f"33,3333{NBSP}%"),
        ("en", "1,000.5", "1,500.25", "7,000,000.00", f"33.3333{NBSP}%"),
    ],
)
def test_one_way_of_writing_numbers_per_language(language, plain, fixed, money, percent):
    with translation.override(language):
        assert plain_number(1000.5, grouped=True) == plain
        assert fixed_number(Decimal("1500.25"), 2) == fixed
        assert format_money(Decimal("7000000")) == money
        assert format_percent(Decimal("33.3333")) == percent


def _tick_labels(svg: str) -> list[str]:
    return re.findall(r'text-anchor="end"[^>]*>([^<]*)</text>', svg)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", ["0", "500", f"1{NBSP}000", f"1{NBSP}500"]), ("en", ["0", "500", "1,000", "1,500"])],
)
def test_the_axis_ticks_of_a_chart_are_written_in_the_pages_language(language, expected):
    with translation.override(language):
        svg = line_chart([Line("Karlskrona", [("2020", 1000.5), ("2021", 1400.0)])], title="t", source="s")
    labels = _tick_labels(svg)
    assert labels[: len(expected)] == expected


@pytest.mark.parametrize(("language", "expected"), [("sv", ["0", "0,2", "0,4"]), ("en", ["0", "0.2", "0.4"])])
def test_small_axis_ticks_have_the_languages_decimal_separator(language, expected):
    with translation.override(language):
        svg = line_chart([Line("Karlskrona", [("2020", 0.3), ("2021", 0.9)])], title="t", source="s")
    assert _tick_labels(svg)[:3] == expected


@pytest.mark.django_db
def test_a_table_shows_amounts_and_numbers_in_the_pages_language():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="tal@example.org")
    collaboration = CollaborationFactory(
        name="Tal", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    ResourceCommitmentFactory(
        collaboration=collaboration,
        organization=karlskrona,
        money_committed=Decimal("1250000.50"),
        fte_committed=Decimal("1.5"),
    )
    document = GoalDocumentFactory(collaboration=collaboration, title="Mål", visibility="public")
    goal = GoalFactory(document=document, title="Fler i arbete", visibility="public")
    indicator = IndicatorFactory(
        goal=goal, name="Antal", measure_type="number", baseline_value=12345.5, baseline_year=2013, visibility="public"
    )
    client = Client()
    client.force_login(coordinator)
    financing = f"/samverkan/{collaboration.slug}/organisering/finansiering/"
    detail = f"/samverkan/{collaboration.slug}/styrning/indikatorer/{indicator.pk}/"
    swedish = client.get(financing).content.decode()
    english = client.get(financing, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"1{NBSP}250{NBSP}000,50" in swedish and "1,50" in swedish
    assert "1,250,000.50" in english and "1.50" in english
    assert f"12{NBSP}345,5" in client.get(detail).content.decode()
    assert "12,345.5" in client.get(detail, HTTP_ACCEPT_LANGUAGE="en").content.decode()


@pytest.mark.django_db
def test_a_csv_export_is_what_excel_of_the_language_opens_and_reads_back_the_same():
    upload = "series;title;unit;area;period;gender;value\nBRO;Etableringar;antal;1880;2023;T;1234,5\n"
    run = stats_services.start_file_import(actor=SYSTEM, upload=SimpleUploadedFile("bro.csv", upload.encode()))
    run.refresh_from_db()
    assert run.status == "succeeded", run.reason
    series = Series.objects.get(source="file")
    url = f"/statistik/serier/{series.pk}/export.csv"

    swedish = Client().get(url).content
    english = Client().get(url, HTTP_ACCEPT_LANGUAGE="en").content

    assert swedish.endswith(b";1234,5\r\n") and next(csv.reader(io.StringIO(swedish.decode()), delimiter=";"))[0]
    assert english.endswith(b",1234.5\r\n") and len(next(csv.reader(io.StringIO(english.decode())))) == 7
    for content in (swedish, english):  # either reads back as exactly the same value
        again = stats_services.start_file_import(actor=SYSTEM, upload=SimpleUploadedFile("again.csv", content))
        again.refresh_from_db()
        assert again.status == "succeeded", again.reason
        assert list(series.observations.values_list("value", flat=True)) == [1234.5]
