"""Implausible magnitudes are refused where statistics enter: a file row is named by line and column
with the allowed range, and an absurd value from Kolada or SCB is skipped and named in the report."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from core.services import SYSTEM
from stats import services
from stats.models import Observation, Series
from tests.factories.actors import OrganizationFactory, user_for

pytestmark = pytest.mark.django_db

RANGE = "måste ligga mellan -10¹⁵ och 10¹⁵ (gränsen för alla värden)"


def _upload(content: str):
    run = services.start_file_import(actor=SYSTEM, upload=SimpleUploadedFile("bro.csv", content.encode()))
    run.refresh_from_db()
    return run


def test_a_file_with_an_extreme_value_is_refused_naming_the_row_the_column_and_the_range():
    run = _upload(
        "series;area;period;value\n"
        "BRO-etab;1880;2022;1000000000000000\n"  # 10¹⁵ itself is allowed
        "BRO-etab;1880;2023;1.7976931348623157e308\n"
        "BRO-etab;1880;2024;-1e16\n"
        "BRO-etab;1880;2025;1e400\n"  # a number too large for a float, not infinity
    )
    assert run.status == "failed"
    assert f"Rad 3, kolumn value: värdet {RANGE}, inte 1,8·10³⁰⁸." in run.reason
    assert f"Rad 4, kolumn value: värdet {RANGE}, inte -10¹⁶." in run.reason
    assert f"Rad 5, kolumn value: värdet {RANGE}, inte 10⁴⁰⁰." in run.reason
    assert "Rad 2" not in run.reason
    assert not Observation.objects.exists()


def test_an_absurd_value_from_kolada_is_skipped_and_named_in_the_report(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_extreme_value"
    run = services.start_kolada_import(actor=SYSTEM, kpi_ids=["N03702"], municipality_ids=["1885"], years=[2021])
    run.refresh_from_db()
    assert run.status == "succeeded", run.reason
    assert list(Observation.objects.values_list("gender", "value")) == [("K", 12.5)]
    (skipped,) = run.report["hoppade över"]
    assert skipped.startswith("rad 1 (N03702 1885 2021 T): Värdet " + RANGE + ", inte 1,8·10³⁰⁸.")
    admin = user_for(OrganizationFactory(), email="stat@example.org", admin=True)
    client = Client()
    client.force_login(admin)
    page = client.get(run.get_absolute_url()).content.decode()
    assert "Hoppades över" in page and "1,8·10³⁰⁸" in page
    series = Series.objects.get(external_id="N03702")
    assert Client().get(series.get_absolute_url()).status_code == 200


def test_an_absurd_value_from_scb_is_skipped_and_named_in_the_report(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.scb_extreme_value"
    selection = {"Region": ["01"], "Alder": ["0-9"], "Kon": ["TotSa", "1", "2"], "ContentsCode": ["000007SF"]}
    run = services.start_scb_import(actor=SYSTEM, table_id="TAB6471", selection=selection)
    run.refresh_from_db()
    assert run.status == "succeeded", run.reason
    assert run.report["nya"] == 2772 - 1
    (skipped,) = run.report["hoppade över"]
    assert skipped.startswith("värde 1 (01 0-9 TotSa 000007SF 2026M01): Värdet " + RANGE + ", inte -10³⁰⁰.")
    assert not Observation.objects.filter(area__scb_code="01", period="2026M01", gender="T", value__lt=0).exists()
