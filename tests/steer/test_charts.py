"""The chart of an indicator's page and its table: one column per line of the chart, one row per year."""

import pytest

from core.services import SYSTEM
from steer import charts, queries
from steer.models import Indicator
from tests.factories.actors import OrganizationFactory, area
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory, value_of

pytestmark = pytest.mark.django_db


def _chart(indicator):
    indicator = queries.indicators_with_data(Indicator.objects.visible_to(SYSTEM), SYSTEM).get(pk=indicator.pk)
    return charts.indicator_chart(indicator, queries.indicator_statuses([indicator], SYSTEM)[indicator.pk])


@pytest.fixture
def goal():
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    collaboration = CollaborationFactory(coordinating_organization=region)
    return GoalFactory(document=GoalDocumentFactory(collaboration=collaboration))


def test_the_chart_has_women_and_men_the_baseline_the_target_and_the_projection_and_its_table_the_same(goal):
    karlskrona = party_of(goal.collaboration, name="Karlskrona kommun", area=area("1080"))
    indicator = IndicatorFactory(goal=goal, by_gender=True, areas=[area("1080")], responsible_organization=karlskrona)
    for year, women, men in [(2013, 20.0, 24.0), (2014, 17.0, 23.5), (2015, 14.0, 23.0), (2016, 11.0, 22.5)]:
        value_of(indicator, year, women, gender="K")
        value_of(indicator, year, men, gender="M")
    chart = _chart(indicator)
    assert chart.columns == ["Karlskrona, kvinnor", "Karlskrona, män", "Utgångsvärde", "Mål", "Prognos"]
    assert [(year, [v for v, _source in cells]) for year, cells in chart.table] == [
        ("2013", [20.0, 24.0, 20.0, None, None]),  # the baseline of 20 % in 2013
        ("2014", [17.0, 23.5, None, None, None]),
        ("2015", [14.0, 23.0, None, None, None]),
        ("2016", [11.0, 22.5, None, None, 22.5]),  # the men's series decides (off track): its line …
        ("2017", [None, None, None, 10.0, 22.0]),  # … reaches 22 % by the target year, against 10 %
    ]
    assert chart.source == "Källa: inmatat av Karlskrona kommun"
    # every value of the table names its source; a cell without a value names none
    assert chart.table[0][1] == [
        (20.0, "inmatat"),  # typed by the system in this test: no party named
        (24.0, "inmatat"),
        (20.0, "angivet för indikatorn"),
        (None, ""),
        (None, ""),
    ]
    assert chart.table[-1][1][3:] == [(10.0, "målvärde för indikatorn"), (22.0, "beräknad (rät linje)")]
    assert chart.svg.startswith("<svg") and f">{indicator.name}</title>" in chart.svg


def test_an_indicator_with_nothing_to_draw_has_no_chart(goal):
    indicator = IndicatorFactory(goal=goal, baseline_value=None, baseline_year=None, targets=[])
    chart = _chart(indicator)
    assert (chart.svg, chart.columns, chart.table) == ("", [], [])
    assert chart.source == "Källa: inmatade värden"
