"""Reading the territory from the shipped files and from Kolada's area list."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from actors.models import Area

DATA_DIR = Path(__file__).resolve().parent / "data"
KIND_FROM_FILE = {"kommun": "municipality", "region": "region", "riket": "nation"}
POPULATION_SOURCE = "Kolada N01951 Invånare totalt, antal (Källa: SCB), 31 dec 2025"
DERIVED_SOURCE = "Summa av kommunernas värden i Kolada N01951 (Källa: SCB), 31 dec 2025; beräknad"


@cache
def official_organization_names() -> dict[str, str]:
    """SCB code → the official name of the organization of that kommun or region ("2080": "Falu kommun",
    "01": "Region Stockholm", "0980" and "09": "Region Gotland"), from `data/organization_names.csv`.
    The one source of such names: never formed by adding "s kommun" to a place name."""
    with open(DATA_DIR / "organization_names.csv", encoding="utf-8") as fh:
        return {row["scb_code"]: row["organization_name"] for row in csv.DictReader(fh)}


def organization_name(scb_code: str) -> str:
    """The official name of the organization of the kommun or region with this SCB code."""
    return official_organization_names()[scb_code]


def area_rows_from_file(path: Path = DATA_DIR / "areas.csv") -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = official_organization_names()
    for row in rows:
        row["kind"] = KIND_FROM_FILE[row["kind"]]
        row["organization_name"] = names.get(row["scb_code"], "")
    return rows


def population_rows_from_files() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with open(DATA_DIR / "kommun_population_2025.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.append(
                {
                    "scb_code": row["kolada_id"],
                    "year": int(row["year"]),
                    "gender": row["gender"],
                    "value": int(row["population"]),
                    "source": POPULATION_SOURCE,
                    "derived": False,
                }
            )
    with open(DATA_DIR / "region_population_2025_derived.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = "00" if row["kolada_id"] == "0000" else row["kolada_id"][2:]
            rows.append(
                {
                    "scb_code": code,
                    "year": int(row["year"]),
                    "gender": row["gender"],
                    "value": int(row["population_sum_of_kommuner"]),
                    "source": DERIVED_SOURCE,
                    "derived": True,
                }
            )
    return rows


def area_rows_from_kolada(values: list[dict[str, Any]]) -> tuple[list[dict[str, str]], list[str]]:
    """Map Kolada's `/municipality` values onto area rows, keeping what Kolada does not carry
    (official names, counties) from the areas already known. Returns rows and problems."""
    known = {a.kolada_id: a for a in Area.objects.select_related("county")}
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    for value in values:
        kid, title, ktype = str(value["id"]), str(value["title"]), str(value["type"])
        if len(kid) != 4 or not kid.isdigit() or ktype not in ("K", "L"):
            problems.append(_("Okänt område från Kolada: id %(id)s, typ %(type)s") % {"id": kid, "type": ktype})
            continue
        if kid == "0000":
            kind, scb_code, county_code = "nation", "00", ""
        elif ktype == "L":
            kind, scb_code, county_code = "region", kid[2:], kid[2:]
        else:
            kind, scb_code, county_code = "municipality", kid, kid[:2]
        area = known.get(kid)
        rows.append(
            {
                "scb_code": scb_code,
                "kolada_id": kid,
                "kind": kind,
                "name": (title if kind == "municipality" else (area.name if area else title)),
                "official_name": area.official_name if area else title,
                "kolada_title": title,
                "organization_name": official_organization_names().get(scb_code, "")
                or (area.organization_name if area else ""),
                "county_code": county_code,
            }
        )
    return rows, problems
