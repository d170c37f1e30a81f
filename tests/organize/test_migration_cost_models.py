"""Migration 0004 keeps existing financing models working: a model "one party pays X %, the others
the rest by population" becomes the key per capita with that party's share holding the percentage, as
visible as the model, and shares the total exactly as before; percentages the old equal and per-capita
methods ignored are cleared."""

from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("organize", "0003_cap_visibility")]
AFTER = [("organize", "0004_cost_models")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_one_party_pays_x_percent_becomes_a_share_with_its_percentage():
    from actors.models import Organization
    from collaborations.models import Collaboration, Participation
    from organize import queries
    from organize.models import FinancingModel
    from tests.factories.actors import area

    # the rows as the old schema had them
    old = _migrate(BEFORE)
    region = Organization.objects.create(name="Region Örebro län", sector="region", kind="region")
    kumla = Organization.objects.create(
        name="Kumla kommun", sector="municipality", kind="municipality", area=area("1881")
    )
    laxa = Organization.objects.create(
        name="Laxå kommun", sector="municipality", kind="municipality", area=area("1860")
    )
    collaboration = Collaboration.objects.create(name="BRO", slug="bro", visibility="public")
    for org in (region, kumla, laxa):
        Participation.objects.create(collaboration=collaboration, organization=org, role="party", visibility="public")
    OldModel = old.get_model("organize", "FinancingModel")
    OldShare = old.get_model("organize", "FinancingShare")
    anchor = OldModel.objects.create(
        collaboration_id=collaboration.pk,
        year=2026,
        name="BRO",
        method="anchor_then_population",
        total=Decimal("28062.00"),
        population_year=2025,
        anchor_organization_id=region.pk,
        anchor_percent=Decimal("50"),
        visibility="participants",
    )
    equal = OldModel.objects.create(
        collaboration_id=collaboration.pk, year=2026, name="Lika", method="equal", total=Decimal("10.00")
    )
    for model in (anchor, equal):
        for org in (kumla, laxa):
            OldShare.objects.create(
                collaboration_id=collaboration.pk, financing_id=model.pk, organization_id=org.pk, percent=Decimal("12")
            )

    _migrate(AFTER)
    _migrate([("organize", _latest())])

    model = FinancingModel.objects.get(name="BRO")
    assert model.method == "per_capita"
    shares = {s.organization.name: s for s in model.shares.all()}
    assert shares["Region Örebro län"].percent == Decimal("50")
    assert shares["Region Örebro län"].visibility == "participants"
    assert shares["Kumla kommun"].percent is None and shares["Laxå kommun"].percent is None
    amounts = {line.name: line.amount for line in queries.financing_computation(model).lines}
    # as before: half to the region, the other 14 031 kr by population (Kumla 22 665, Laxå 5 397)
    assert amounts == {
        "Region Örebro län": Decimal("14031.00"),
        "Kumla kommun": Decimal("11332.50"),
        "Laxå kommun": Decimal("2698.50"),
    }
    lika = FinancingModel.objects.get(name="Lika")
    assert lika.method == "equal" and set(lika.shares.values_list("percent", flat=True)) == {None}


def _latest() -> str:
    executor = MigrationExecutor(connection)
    return max(name for app, name in executor.loader.graph.leaf_nodes() if app == "organize")
