"""The bulk writer moves the statistics' change counter in its own transaction: values it writes show at once
in every cached status, whoever calls it, and a write that does not commit moves nothing (`stats.bulk`)."""

import pytest
from django.db import transaction
from rest_framework.test import APIClient

from core import generations
from stats.bulk import Row, write_observations
from stats.models import ImportRun, Observation, Series
from tests.factories.actors import area
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fed():
    """A public goal whose indicator (20 % in 2013, 10 % wanted in 2017) is fed by a statistical series."""
    collaboration = CollaborationFactory(name="Unga lyfter (test)", visibility="public")
    goal = GoalFactory(
        document=GoalDocumentFactory(collaboration=collaboration, visibility="public"),
        title="Halvera ungdomsarbetslösheten",
        visibility="public",
    )
    series = Series.objects.create(source="file", external_id="UNGA-18-24", title="Arbetslösa 18–24 år")
    IndicatorFactory(goal=goal, name="Arbetslösa unga", visibility="public", series=series, areas=[area("10")])
    run = ImportRun.objects.create(source="file", label="Arbetslösa unga, fil")
    return series, run


def _rows(*values):
    return [Row(area("10").pk, str(year), year, "T", value) for year, value in values]


def _status():
    results = APIClient().get("/api/goals/").json()["results"]
    return {g["title"]: g["status"] for g in results}["Halvera ungdomsarbetslösheten"]


def test_values_written_by_the_bulk_writer_alone_show_at_once_in_the_cached_goal_status(fed):
    series, run = fed
    write_observations(series, _rows((2013, 20.0), (2014, 19.5)), run)  # no service, no history record
    assert _status() == "off_track"
    assert _status() == "off_track"  # kept in the cache

    write_observations(series, _rows((2015, 14.0)), run)  # outside any transaction: it opens its own

    assert _status() == "on_track"  # on the line to 10 % in 2017


def test_a_bulk_write_that_does_not_commit_leaves_neither_values_nor_a_moved_counter(fed):
    series, run = fed
    before = generations.current([generations.STATISTICS, generations.PLATFORM])
    with transaction.atomic():
        write_observations(series, _rows((2013, 20.0)), run)
        assert generations.current([generations.STATISTICS])[generations.STATISTICS] > before[generations.STATISTICS]
        transaction.set_rollback(True)  # the import failed after this series

    assert not Observation.objects.filter(series=series).exists()
    assert generations.current([generations.STATISTICS, generations.PLATFORM]) == before


def test_a_write_of_the_same_values_again_moves_nothing(fed):
    series, run = fed
    write_observations(series, _rows((2013, 20.0)), run)
    before = generations.current([generations.STATISTICS])

    report = write_observations(series, _rows((2013, 20.0)), run)

    assert report.unchanged == 1
    assert generations.current([generations.STATISTICS]) == before  # nothing cached needs to go
