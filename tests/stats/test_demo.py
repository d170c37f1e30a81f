"""The demo's statistics are shipped with the project: real Kolada values for the examples' areas, offline."""

import pytest
from django.core.management import call_command

from actors.models import AreaPopulation
from stats.models import Observation, Series

pytestmark = pytest.mark.django_db


def test_the_demo_snapshot_holds_real_values_with_their_source():
    call_command("seed_demo", "--force", verbosity=0)  # the tests refuse the network: this is offline
    population = Series.objects.get(source="kolada", external_id="N01951")
    assert population.title == "Invånare totalt, antal" and population.producer == "SCB"
    orebro = Observation.objects.get(series=population, area__scb_code="1880", period="2025", gender="T")
    territory = AreaPopulation.objects.get(area__scb_code="1880", year=2025, gender="T")
    assert orebro.value == territory.value == 160687  # the same public fact, from two shipped files
    assert Observation.objects.filter(series=population).count() == 49
    brp = Series.objects.get(external_id="N03702")
    assert Observation.objects.filter(series=brp, area__scb_code="1885").count() == 12  # 2012–2023
    call_command("seed_demo", "--force", verbosity=0)  # idempotent
    assert Observation.objects.filter(series=population).count() == 49
