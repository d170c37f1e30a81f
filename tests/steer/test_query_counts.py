"""Every steering page answers with the same number of queries for 1 and 3 items of everything, and
the dashboard with the same number for 1 and 100 goals."""

import pytest
from django.db import transaction
from rest_framework.test import APIClient

from core.services import SYSTEM
from stats import services as stats_services
from stats.bulk import Row, write_observations
from stats.models import Series
from steer import services
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import (
    AnalysisActorFactory,
    AnalysisEntryFactory,
    EnvironmentalScanFactory,
    EvidenceFactory,
    FollowUpRoundFactory,
    GoalConflictFactory,
    GoalDocumentFactory,
    GoalFactory,
    IndicatorFactory,
    OwnGoalFactory,
    value_of,
)
from tests.querycount import assert_bounded, check_baseline, queries_for

KOMMUNER = ["1080", "1081", "1082"]


def _collaboration():
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    return region, user, collaboration


def _series(user, n: int) -> Series:
    """A followed statistical series with values for the county, the nation and the municipalities."""
    run = stats_services.start_kolada_import(actor=user, kpi_ids=["N00001"], municipality_ids=["0180"], enqueue=False)
    series = Series.objects.create(
        source="kolada", external_id="N03920", title="Arbetslöshet", is_divided_by_gender=True
    )
    areas = [area("10"), area("00"), *[area(k) for k in KOMMUNER[:n]]]
    rows = [
        Row(a.pk, str(year), year, gender, 20.0 - year % 7)
        for a in areas
        for year in range(2013, 2019)
        for gender in ("T", "K", "M")
    ]
    with transaction.atomic():
        write_observations(series, rows, run)
    return series


def _world(n: int):
    region, user, collaboration = _collaboration()
    parties = [party_of(collaboration, name=f"Kommun {i}", area=area(KOMMUNER[i])) for i in range(n)]
    series = _series(user, n)
    services.save_situation_analysis(collaboration, actor=SYSTEM, problem="Problemet.")
    objects = {"collaboration": collaboration}
    for i in range(n):
        document = GoalDocumentFactory(collaboration=collaboration, title=f"Dokument {i}")
        goal = GoalFactory(document=document, title=f"Mål {i}")
        sub = GoalFactory(document=document, parent=goal, title=f"Delmål {i}")
        manual = IndicatorFactory(goal=sub, by_gender=True, responsible_organization=parties[i])
        for year in range(2013, 2013 + n + 1):
            value_of(manual, year, 20.0 - year % 5, gender="K")
            value_of(manual, year, 21.0 - year % 4, gender="M")
        fed = IndicatorFactory(
            goal=goal,
            name=f"Från statistik {i}",
            series=series,
            by_gender=True,
            areas=[area(k) for k in KOMMUNER[:n]],
            targets=[{"year": 2017, "value": 10.0}, {"year": 2020, "value": 8.0}],
        )
        OwnGoalFactory(goal=goal, organization=parties[i])
        GoalConflictFactory(goal=goal, parties=parties)
        AnalysisActorFactory(collaboration=collaboration)
        services.set_own_benefit(collaboration, parties[i], actor=SYSTEM, text=f"Nytta {i}")
        round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=region)
        services.assess(round_, actor=SYSTEM, goal=goal, status="at_risk", text="Bedömt")
        AnalysisEntryFactory(round=round_, goal=goal, indicator=fed)
        EvidenceFactory(
            collaboration=collaboration, round=round_, goals=[goal], indicators=[fed], participant_organizations=parties
        )
        EnvironmentalScanFactory(collaboration=collaboration, round=round_, goals=[goal])
        services.close_round(round_, actor=SYSTEM)
        objects.update(goal=goal, manual=manual, fed=fed, round=round_, party=parties[0])
        objects.setdefault("evidence", round_.evidence.first())
    return user, objects


def _base(o):
    return f"/samverkan/{o['collaboration'].slug}/styrning/"


PAGES = {
    "dashboard": lambda o: _base(o),
    "dashboard_for_a_party": lambda o: _base(o) + f"?part={o['party'].pk}",
    "analysis": lambda o: _base(o) + "analys/",
    "goals": lambda o: _base(o) + "mal/",
    "goal": lambda o: o["goal"].get_absolute_url(),
    "manual_indicator": lambda o: o["manual"].get_absolute_url(),
    "indicator_from_statistics": lambda o: o["fed"].get_absolute_url(),
    "rounds": lambda o: _base(o) + "uppfoljning/",
    "round": lambda o: o["round"].get_absolute_url(),
    "evidence": lambda o: o["evidence"].get_absolute_url(),
    "scans": lambda o: _base(o) + "omvarld/",
    "indicator_history": lambda o: _base(o) + f"historik/indikator/{o['fed'].pk}/",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_page_query_count_is_bounded(page):
    assert_bounded(_world, PAGES[page], page)


@pytest.mark.django_db
def test_the_dashboard_answers_with_the_same_number_of_queries_for_1_and_100_goals():
    counts = []
    for n in (1, 100):
        with transaction.atomic():
            region, user, collaboration = _collaboration()
            document = GoalDocumentFactory(collaboration=collaboration)
            for i in range(n):
                goal = GoalFactory(document=document, title=f"Mål {i}")
                indicator = IndicatorFactory(goal=goal, name=f"Indikator {i}")
                value_of(indicator, 2014, 18.0)
                value_of(indicator, 2015, 16.0)
            round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=region)
            services.close_round(round_, actor=SYSTEM)
            client = APIClient()
            client.force_login(user)
            count, status, sql = queries_for(client, f"/samverkan/{collaboration.slug}/styrning/")
            page = client.get(f"/samverkan/{collaboration.slug}/styrning/").content.decode()
            transaction.set_rollback(True)
        assert status == 200
        assert f"Indikator {n - 1}" in page
        counts.append((count, sql))
    (one, sql_one), (hundred, _sql) = counts
    assert one == hundred, f"{one} queries for 1 goal, {hundred} for 100\n{sql_one}"
    check_baseline(one, sql_one)
