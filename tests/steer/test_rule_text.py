"""The rule the steering pages show is the rule the engine applies.

The numbers in the shown rule are the engine's constants (`WINDOW_YEARS`, `AT_RISK_SHARE`, `STABLE_SHARE`),
read when the page is drawn: change a constant and the status and the text on the page change together. The
goal's roll-up rule has no constants; each of its clauses is held to `roll_up` and `roll_up_trend` here.
"""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from steer import engine, queries
from steer.engine import (
    AT_RISK,
    IMPROVING,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    STABLE,
    UNKNOWN,
    WORSENING,
    roll_up,
    roll_up_trend,
)
from steer.models import Goal
from tests.factories.actors import OrganizationFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory, value_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicator():
    """Unemployment among the young, lower is better: 20 % at the baseline (2013), 10 % the target in 2017;
    20 → 18,5 → 17 projects 14 in 2017, which closes 60 % of the way: at risk while at least 50 % is."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region", area=area("10"))
    coordinator = user_for(region, email="regel@example.org")
    collaboration = CollaborationFactory(
        name="Regeln (test)", coordinating_organization=region, coordinator=coordinator.person, visibility="public"
    )
    document = GoalDocumentFactory(collaboration=collaboration, title="Måldokument", visibility="public")
    goal = GoalFactory(document=document, title="Halvera ungdomsarbetslösheten", visibility="public")
    indicator = IndicatorFactory(goal=goal, name="Arbetslösa unga", visibility="public")
    for year, value in [(2013, 20.0), (2014, 18.5), (2015, 17.0)]:
        value_of(indicator, year, value)
    return indicator


def _page(indicator, language: str = "sv") -> str:
    client = Client()
    if language != "sv":
        client.post("/i18n/setlang/", {"language": language, "next": "/"})
    url = f"/samverkan/{indicator.goal.document.collaboration.slug}/styrning/indikatorer/{indicator.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _rule(page: str) -> str:
    """The rule in full, as the page's "Regeln i sin helhet" shows it."""
    return re.search(r'<ol class="why">(.*?)</ol>', page, flags=re.DOTALL).group(1)


def _number(share: float) -> str:
    return f"{share * 100:g}".replace(".", ",")


def test_the_shown_rule_states_the_engines_constants(indicator):
    rule = _rule(_page(indicator))

    assert f"de senaste {engine.WINDOW_YEARS} åren" in rule
    assert f"minst {_number(engine.AT_RISK_SHARE)} % ger Risk" in rule
    assert f"mindre än {_number(engine.STABLE_SHARE)} % av värdenas medelnivå" in rule


def test_the_english_rule_states_the_same_constants(indicator):
    rule = _rule(_page(indicator, "en"))

    assert f"the last {engine.WINDOW_YEARS} years" in rule
    assert f"at least {engine.AT_RISK_SHARE * 100:g} % gives At risk" in rule
    assert f"less than {engine.STABLE_SHARE * 100:g} % of the values" in rule


def test_the_status_and_the_shown_rule_change_together_with_the_constants(indicator, monkeypatch):
    before = _page(indicator)
    monkeypatch.setattr(engine, "WINDOW_YEARS", 3)
    monkeypatch.setattr(engine, "AT_RISK_SHARE", 0.75)
    monkeypatch.setattr(engine, "STABLE_SHARE", 0.02)
    cache.clear()  # changed constants are a new release, which never reads the cached parts of the last one
    after = _page(indicator)

    assert "minst 50 % ger Risk, mindre ger Ur fas → Risk." in before
    assert "minst 75 % ger Risk, mindre ger Ur fas → Ur fas." in after  # the same 60 % now falls short
    rule = _rule(after)
    assert ("de senaste 3 åren" in rule, "minst 75 % ger Risk" in rule, "mindre än 2 % av" in rule) == (
        True,
        True,
        True,
    )
    assert ("senaste 5 åren" in rule, "minst 50 %" in rule, "mindre än 1 %" in rule) == (False, False, False)


def test_the_goal_page_shows_the_roll_up_rule(indicator):
    goal = indicator.goal
    client = Client()
    page = client.get(f"/samverkan/{goal.document.collaboration.slug}/styrning/mal/{goal.pk}/").content.decode()

    assert str(engine.ROLL_UP_RULE) in page


# Each clause of the shown roll-up rule, and what roll_up / roll_up_trend must do for it to be true.
ROLL_UP_CLAUSES = [
    ("de utan data räknas inte (aldrig som noll)", lambda: roll_up([ON_TRACK, NO_DATA, NO_DATA]) == ON_TRACK),
    ("finns inga kvar blir det Data saknas", lambda: roll_up([NO_DATA, NO_DATA]) == NO_DATA),
    ("Alla i fas ger I fas", lambda: roll_up([ON_TRACK, ON_TRACK, ON_TRACK]) == ON_TRACK),
    ("mer än hälften ur fas ger Ur fas", lambda: roll_up([OFF_TRACK, OFF_TRACK, ON_TRACK]) == OFF_TRACK),
    ("annars Risk", lambda: (roll_up([OFF_TRACK, ON_TRACK]), roll_up([AT_RISK, ON_TRACK])) == (AT_RISK, AT_RISK)),
    (
        "fler som förbättras än försämras ger Förbättras",
        lambda: roll_up_trend([IMPROVING, IMPROVING, WORSENING, UNKNOWN]) == IMPROVING,
    ),
    ("fler som försämras ger Försämras", lambda: roll_up_trend([WORSENING, STABLE, STABLE]) == WORSENING),
    ("annars Oförändrad", lambda: roll_up_trend([IMPROVING, WORSENING, STABLE]) == STABLE),
    (
        "Ett mål som har markerats som uppnått (med år och belägg) visar Uppnått och räknas som I fas i målet ovanför",
        lambda: _with_marked_sub_goal(achieved_year=2018) == (engine.ACHIEVED, ON_TRACK),
    ),
    (
        "ett mål som har ersatts av ett nytt mål visar Ersatt och räknas inte",
        lambda: _with_marked_sub_goal(superseded_by_id=99) == (engine.SUPERSEDED, NO_DATA),
    ),
]


def _with_marked_sub_goal(**mark):
    """The status of a marked sub-goal and of its overall goal, whose other sub-goal has no data."""
    goals = [Goal(pk=1), Goal(pk=2, parent_id=1, **mark), Goal(pk=3, parent_id=1)]
    results = queries.goal_statuses(goals, [], {})
    return results[2].status, results[1].status


@pytest.mark.parametrize("clause,holds", ROLL_UP_CLAUSES, ids=[c for c, _ in ROLL_UP_CLAUSES])
def test_each_clause_of_the_shown_roll_up_rule_is_what_the_engine_does(clause, holds):
    assert clause in str(engine.ROLL_UP_RULE)
    assert holds()


def test_the_roll_up_clauses_cover_the_whole_shown_rule():
    text = str(engine.ROLL_UP_RULE)
    for clause, _ in ROLL_UP_CLAUSES:
        text = text.replace(clause, "")

    assert re.sub(r"[\s.;:,]|Målets status räknas fram ur dess indikatorer och delmål|Trenden", "", text) == ""
