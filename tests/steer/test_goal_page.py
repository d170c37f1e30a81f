"""A goal's page: its status rolled up from the sub-goals at any depth that the viewer may see, as the
dashboard rolls it up, and only what is linked to that goal."""

from decimal import Decimal

import pytest
from django.test import Client

from core.services import SYSTEM
from organize import services as organize_services
from steer import queries, services
from steer.templatetags.steer import status_badge
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import (
    EvidenceFactory,
    GoalConflictFactory,
    GoalDocumentFactory,
    GoalFactory,
    IndicatorFactory,
    OwnGoalFactory,
    value_of,
)

pytestmark = pytest.mark.django_db

ON_TRACK = [(2013, 20.0), (2014, 17.0), (2015, 14.0), (2016, 11.0)]  # towards 10 % in 2017
OFF_TRACK = [(2013, 24.0), (2014, 23.5), (2015, 23.0), (2016, 22.5)]


def _measured(goal, name, values, **data):
    indicator = IndicatorFactory(goal=goal, name=name, areas=[area("1080")], **data)
    for year, value in values:
        value_of(indicator, year, value)
    return indicator


@pytest.fixture
def world():
    """A public goal with a public sub-goal on track, under it a participants-only sub-sub-goal off
    track, and beside them another goal off track."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Unga lyfter (test)", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    document = GoalDocumentFactory(collaboration=collaboration, visibility="public")
    goal = GoalFactory(document=document, title="Fler unga i arbete", visibility="public")
    sub = GoalFactory(document=document, parent=goal, title="Fler unga i feriearbete", visibility="public")
    deep = GoalFactory(document=document, parent=sub, title="DoldDelmalMarkor", visibility="participants")
    other = GoalFactory(document=document, title="Ett annat mål", visibility="public")
    _measured(goal, "Unga i arbete", [], visibility="public")  # no data yet: left out of the roll-up
    _measured(sub, "Unga i feriearbete", ON_TRACK, visibility="public")
    _measured(deep, "DoldIndikatorMarkor", OFF_TRACK)
    _measured(other, "AnnanIndikatorMarkor", OFF_TRACK, visibility="public")
    return collaboration, coordinator, goal, sub, deep, other


def _page(user, goal) -> str:
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(goal.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _on_the_dashboard(collaboration, user, goal):
    return queries.dashboard(collaboration, user).goal_results[goal.pk]


def test_a_goal_takes_its_status_from_sub_goals_at_any_depth_as_on_the_dashboard(world):
    collaboration, coordinator, goal, sub, deep, _other = world
    page = _page(coordinator, goal)
    shown, shown_sub = (
        _on_the_dashboard(collaboration, coordinator, goal),
        _on_the_dashboard(collaboration, coordinator, sub),
    )
    # the sub-goal: one indicator on track, one sub-goal off track → at risk; and so the goal above it
    assert (shown.status, shown_sub.status) == ("at_risk", "at_risk")
    assert f"<p>{status_badge(shown.status, shown.trend)}</p>" in page
    assert f"{sub.title}</a> {status_badge(shown_sub.status, shown_sub.trend)}</li>" in page
    assert deep.title not in page  # a sub-sub-goal is listed on its own parent's page, not here


def test_what_the_viewer_may_not_see_neither_shows_nor_counts_on_a_goals_page(world):
    collaboration, _coordinator, goal, sub, deep, _other = world
    page = _page(None, goal)
    shown = _on_the_dashboard(collaboration, None, goal)
    assert shown.status == "on_track"  # without the hidden sub-sub-goal, only the sub-goal on track is left
    assert f"<p>{status_badge(shown.status, shown.trend)}</p>" in page
    assert "DoldIndikatorMarkor" not in page and deep.title not in page
    assert "DoldDelmalMarkor" not in _page(None, sub)


def test_a_goals_page_lists_its_own_indicators_and_only_what_is_linked_to_it(world):
    collaboration, coordinator, goal, sub, _deep, other = world
    karlskrona = party_of(collaboration, name="Karlskrona kommun", area=area("1080"))
    for target, marker in ((goal, "Denna"), (other, "Annan")):
        OwnGoalFactory(goal=target, organization=karlskrona, title=f"{marker}EgetMalMarkor", visibility="public")
        GoalConflictFactory(goal=target, parties=[karlskrona], title=f"{marker}KonfliktMarkor", visibility="public")
        EvidenceFactory(collaboration=collaboration, goals=[target], title=f"{marker}UnderlagMarkor")
    for target, year, money in ((goal, 2016, "250000"), (other, 2017, "990000")):
        commitment = organize_services.set_resource_commitment(
            collaboration, karlskrona, year, actor=SYSTEM, money_committed=Decimal(money), fte_committed=Decimal(1)
        )
        services.update_goal(target, actor=SYSTEM, resources=[commitment])
    page = _page(coordinator, goal)
    for marker in ("EgetMalMarkor", "KonfliktMarkor", "UnderlagMarkor"):
        assert f"Denna{marker}" in page and f"Annan{marker}" not in page
    assert "250\u00a0000,00" in page and "990\u00a0000,00" not in page
    indicators = page[page.index('id="indikatorer"') : page.index('id="egna"')]
    assert "Unga i arbete" in indicators  # the goal's own indicator …
    assert "Unga i feriearbete" not in indicators  # … not its sub-goal's (that is on the sub-goal's page)
    assert "AnnanIndikatorMarkor" not in page
