"""Official names of the 290 kommuner and 21 regions, from the shipped list (actors/data/
organization_names.csv), never formed by adding "s kommun" to a place name."""

import csv

import pytest
from django.test import Client

from actors.models import Area
from actors.territory import DATA_DIR, area_rows_from_file, official_organization_names, organization_name
from collaborations.demo import ORGS

VOWELS = "aeiouyåäö"
OWN_FORMS = {"Falun": "Falu kommun", "Kalmar": "Kalmar kommun", "Orust": "Orust kommun"}


def _genitive(name: str) -> str:
    """The official name of a kommun as Swedish forms it; a check of the list, not how the product
    gets the names (it reads them from the list)."""
    if name in OWN_FORMS:
        return OWN_FORMS[name]
    return f"{name} kommun" if name[-1].lower() in VOWELS + "sx" else f"{name}s kommun"


@pytest.fixture(scope="module")
def rows():
    with open(DATA_DIR / "organization_names.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_the_list_names_all_290_kommuner_and_21_regions_of_the_territory(rows):
    kinds = [r["kind"] for r in rows]
    assert kinds.count("kommun") == 290 and kinds.count("region") == 21
    areas = {r["scb_code"]: r for r in area_rows_from_file()}
    assert {r["scb_code"] for r in rows} == {code for code, a in areas.items() if a["kind"] != "nation"}
    names = [r["organization_name"] for r in rows]
    assert len(set(names)) == len(names) - 1  # only Region Gotland is named twice (kommun 0980 and län 09)


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("2514", "Kalix kommun"),
        ("2513", "Överkalix kommun"),
        ("0880", "Kalmar kommun"),
        ("2080", "Falu kommun"),
        ("1421", "Orust kommun"),
        ("0114", "Upplands Väsby kommun"),
        ("0139", "Upplands-Bro kommun"),
        ("1490", "Borås kommun"),
        ("2062", "Mora kommun"),
        ("1780", "Karlstads kommun"),
        ("2023", "Malung-Sälens kommun"),
        ("0980", "Region Gotland"),  # the kommun is the organization Region Gotland
        ("09", "Region Gotland"),  # which has the tasks of the region too
        ("01", "Region Stockholm"),
        ("08", "Region Kalmar län"),
        ("06", "Region Jönköpings län"),
        ("14", "Västra Götalandsregionen"),
        ("23", "Region Jämtland Härjedalen"),
        ("04", "Region Sörmland"),
    ],
)
def test_the_official_names_of_the_examples(code, name):
    assert organization_name(code) == name


def test_every_kommun_has_its_official_name_with_its_own_genitive(rows):
    areas = {r["scb_code"]: r for r in area_rows_from_file()}
    wrong = []
    for row in rows:
        if row["kind"] != "kommun":
            continue
        area = areas[row["scb_code"]]
        expected = _genitive(area["name"])
        if area["official_name"] != expected:
            wrong.append((row["scb_code"], area["official_name"], expected))
        if row["scb_code"] != "0980" and row["organization_name"] != expected:
            wrong.append((row["scb_code"], row["organization_name"], expected))
    assert wrong == []
    assert areas["0980"]["official_name"] == "Gotlands kommun"  # the area keeps SCB's name


def test_every_region_is_named_as_an_organization_not_as_a_county(rows):
    for row in rows:
        if row["kind"] == "region":
            name = row["organization_name"]
            assert name.startswith("Region ") or name == "Västra Götalandsregionen", name
            assert not name.endswith("s län") or name in {"Region Jönköpings län", "Region Örebro län"}, name


@pytest.mark.django_db
def test_the_stored_areas_carry_the_official_names():
    kalix = Area.objects.get(scb_code="2514")
    assert (kalix.official_name, kalix.organization_name) == ("Kalix kommun", "Kalix kommun")
    assert Area.objects.get(scb_code="2080").official_name == "Falu kommun"
    assert Area.objects.get(scb_code="01").organization_name == "Region Stockholm"
    assert not Area.objects.exclude(kind="nation").filter(organization_name="").exists()
    assert not Area.objects.filter(official_name__regex=r"[xs]s kommun$").exists()
    page = Client().get(Area.objects.get(scb_code="2513").get_absolute_url()).content.decode()
    assert "Överkalix kommun" in page and "Överkalixs" not in page


def test_the_demo_names_its_kommuner_and_regions_by_the_official_list():
    names = official_organization_names()
    for org in ORGS.values():
        if org.kind in ("municipality", "region") and (org.name.endswith(" kommun") or org.name.startswith("Region")):
            assert org.name == names[org.area], org
    assert "Kalix kommun" in ORGS and "Region Örebro län" in ORGS
