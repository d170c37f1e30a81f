"""Importing files in the project's own format: line-by-line errors, nothing half-applied, exact round trip."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from stats import services
from stats.models import Observation, Series
from tests.factories.actors import OrganizationFactory, user_for

pytestmark = pytest.mark.django_db

GOOD = (
    "series;title;unit;area;period;gender;value\n"
    "BRO-etab;Nya etableringar;antal;1880;2023;T;12\n"
    "BRO-etab;Nya etableringar;antal;1880;2024;T;15,5\n"
    "BRO-etab;Nya etableringar;antal;1881;2024;K;\n"
    "BRO-etab;Nya etableringar;antal;1881;2024M03;M;0.1\n"
)


def _upload(name: str, content: bytes | str):
    data = content.encode("utf-8") if isinstance(content, str) else content
    run = services.start_file_import(actor=None, upload=SimpleUploadedFile(name, data))
    run.refresh_from_db()
    return run


def test_a_semicolon_csv_with_decimal_commas_is_imported():
    run = _upload("bro.csv", GOOD)
    assert run.status == "succeeded", run.reason
    series = Series.objects.get(source="file", external_id="BRO-etab")
    assert series.title == "Nya etableringar" and series.unit == "antal" and series.is_divided_by_gender
    values = dict(((o.area.scb_code, o.period, o.gender), o.value) for o in Observation.objects.select_related("area"))
    assert values == {
        ("1880", "2023", "T"): 12.0,
        ("1880", "2024", "T"): 15.5,
        ("1881", "2024", "K"): None,
        ("1881", "2024M03", "M"): 0.1,
    }


def test_bad_rows_are_named_by_line_and_column_and_nothing_is_imported():
    _upload("bro.csv", GOOD)
    before = dict(Observation.objects.values_list("pk", "value"))
    bad = GOOD.replace("1880;2024;T;15,5", "9999;2024;T;15,5").replace("1881;2024;K;", "1881;tjugo;K;") + (
        "BRO-etab;;;1880;2025;X;1\nBRO-etab;;;1880;2026;T;många\n"
    )
    run = _upload("bro.csv", bad)
    assert run.status == "failed"
    for expected in ("Rad 3, kolumn area", "Rad 4, kolumn period", "Rad 6, kolumn gender", "Rad 7, kolumn value"):
        assert expected in run.reason, run.reason
    assert dict(Observation.objects.values_list("pk", "value")) == before


def test_wrong_columns_and_files_that_are_not_what_they_say():
    assert "kolumner saknas: area" in _upload("x.csv", "series,period,value\nA,2024,1\n").reason
    assert "inte läsas som en Excelfil" in _upload("x.xlsx", b"not a zip at all").reason
    with pytest.raises(Exception) as exc:  # noqa: PT011 - a ValidationError naming the field
        services.start_file_import(actor=None, upload=SimpleUploadedFile("x.pdf", b"%PDF"))
    assert "file" in exc.value.message_dict


def test_export_and_import_round_trip_exactly_in_csv_and_excel():
    _upload("bro.csv", GOOD)
    series = Series.objects.get(external_id="BRO-etab")
    client = Client()
    original = sorted(Observation.objects.values_list("area__scb_code", "period", "gender", "value"))
    for kind in ("csv", "xlsx"):
        exported = client.get(f"/statistik/serier/{series.pk}/export.{kind}")
        assert exported.status_code == 200
        Observation.objects.all().delete()
        run = _upload(f"round.{kind}", exported.content)
        assert run.status == "succeeded", run.reason
        assert sorted(Observation.objects.values_list("area__scb_code", "period", "gender", "value")) == original


def test_the_upload_page_and_the_template():
    admin = Client()
    admin.force_login(user_for(OrganizationFactory(), email="fil@example.org", admin=True))
    template = admin.get("/statistik/import/mall.csv")
    assert template.status_code == 200 and template.content.startswith(b"series,title,unit,area,period,gender,value")
    response = admin.post("/statistik/import/fil/", {"file": SimpleUploadedFile("bro.csv", GOOD.encode())})
    assert response.status_code == 302
    assert "Klar" in admin.get(response["Location"]).content.decode()
