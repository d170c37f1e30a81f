import pytest

from actors.models import Area, AreaPopulation


@pytest.mark.django_db
def test_the_territory_has_290_municipalities_21_regions_and_the_nation():
    assert Area.objects.filter(kind="municipality").count() == 290
    assert Area.objects.filter(kind="region").count() == 21
    assert Area.objects.filter(kind="nation").count() == 1
    kumla = Area.objects.get(scb_code="1881")
    assert (kumla.kolada_id, kumla.county.scb_code, kumla.county.official_name) == ("1881", "18", "Örebro län")
    assert Area.objects.get(scb_code="18").kolada_id == "0018"


@pytest.mark.django_db
def test_population_is_stored_with_its_source_and_sums_to_the_nation():
    stockholm = AreaPopulation.objects.get(area__scb_code="0180", year=2025, gender="T")
    assert stockholm.value == 999239
    assert "N01951" in stockholm.source and not stockholm.derived
    nation = AreaPopulation.objects.get(area__scb_code="00", year=2025)
    assert nation.value == 10605520 and nation.derived
    municipal_sum = sum(
        AreaPopulation.objects.filter(area__kind="municipality", year=2025).values_list("value", flat=True)
    )
    assert municipal_sum == nation.value
