"""The producer of a Kolada KPI (and so its attribution) is read from "Källa: …" in its description,
however the sentence ends: with a full stop, a line break, the end of the text, or no colon at all."""

import pytest

from stats.catalogue import snapshot_kpis
from stats.importers import producer_from_description, series_from_kolada


@pytest.fixture(scope="module")
def catalogue():
    return {kpi["id"]: kpi for kpi in snapshot_kpis()}


@pytest.mark.parametrize(
    ("kpi_id", "producer"),
    [
        ("N00247", "SKR"),  # "Källa: SKR" ends the text
        ("N00082", "SCB Räkenskapssammandraget"),  # ends with a line break written out as \n
        ("N00218", "SKR:s personalstatistik (novemberstatistiken) och SCB:s utbildningsregister"),  # no colon
        ("N17562", "SCB"),  # right after a written-out line break: "…\nKälla: SCB."
        ("N00106", "SKR:s personalstatistik (novemberstatistiken)"),  # a full stop with the next sentence glued on
        ("N01700", "SCB och Försäkringskassan via finsam.se"),  # a full stop inside a name
        ("N00945", "Försäkringskassan"),  # the ordinary case: "Källa: Försäkringskassan."
    ],
)
def test_the_producer_is_read_from_the_recorded_description(catalogue, kpi_id, producer):
    assert series_from_kolada(catalogue[kpi_id])["producer"] == producer


def test_every_kpi_that_names_its_source_keeps_its_producer(catalogue):
    naming = [k for k in catalogue.values() if "Källa" in (k.get("description") or "")]
    assert len(naming) > 6000
    lost = [k["id"] for k in naming if not producer_from_description(k["description"])]
    assert lost == []


def test_a_description_without_a_source_gives_no_producer():
    assert producer_from_description("Antal invånare. Uppgiften hämtas från en annan källa varje år.") == ""
    assert producer_from_description("") == ""
