"""The steering of the eight examples is in the demo: faithful to the sources, every invented figure
marked, loaded once and offline."""

import pytest
from django.core.management import call_command

from actors.models import User
from collaborations.demo import INVENTED
from collaborations.models import Collaboration
from core.services import SYSTEM
from stats import demo as stats_demo
from stats.models import ImportRun
from steer import engine, queries
from steer.demo.examples import STEERING
from steer.models import (
    AnalysisActor,
    AnalysisEntry,
    Assessment,
    EnvironmentalScan,
    Evidence,
    FollowUpRound,
    Goal,
    GoalConflict,
    GoalDocument,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    OwnBenefit,
    OwnGoal,
    SituationAnalysis,
)

pytestmark = pytest.mark.django_db

STEER_MODELS = [
    SituationAnalysis,
    AnalysisActor,
    OwnBenefit,
    GoalDocument,
    Goal,
    OwnGoal,
    GoalConflict,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    FollowUpRound,
    Assessment,
    AnalysisEntry,
    Evidence,
    EnvironmentalScan,
]


def _counts():
    return {model.__name__: model.objects.count() for model in STEER_MODELS}


def test_every_example_has_its_steering_loaded_offline(demo):
    assert set(STEERING) == set(Collaboration.objects.values_list("slug", flat=True))
    for collaboration in Collaboration.objects.all():
        slug = collaboration.slug
        assert collaboration.situation_analyses.exists(), slug
        assert collaboration.analysis_actors.exists(), slug
        assert 2 <= collaboration.goals.count() <= 5, slug
        assert 1 <= collaboration.indicators.count() <= 3, slug
        for indicator in collaboration.indicators.all():
            assert indicator.areas.exists(), indicator
            assert indicator.rationale and indicator.source_note and indicator.responsible_organization, indicator
            if indicator.measure_type != "qualitative":  # a qualitative one is judged in the rounds instead
                assert indicator.targets.exists(), indicator
                # a baseline the sources do not give is left unknown, and the indicator says so
                assert indicator.baseline_year is not None or "utgångsvärde saknas" in indicator.source_note
        # own benefits are stated by some parties, not all, so the page shows who has not stated theirs
        assert 0 < collaboration.own_benefits.count() < collaboration.participations.count(), slug
    assert any(c.situation_analyses.count() == 2 for c in Collaboration.objects.all())
    assert AnalysisActor.objects.filter(is_missing=True).values("collaboration").distinct().count() >= 4
    assert AnalysisActor.objects.filter(invitation_status="invited").exists()
    # the real series come from the statistics shipped with the demo, not from a live import
    assert set(ImportRun.objects.values_list("label", flat=True)) == {stats_demo.LABEL}
    brp = Indicator.objects.get(collaboration__slug="business-region-orebro", series__external_id="N03702")
    observed = queries.indicator_statuses([brp])[brp.pk]
    assert {s.area.scb_code: len(s.values) for s in observed.series} == {"1885": 12, "1883": 10}


def test_running_the_demo_twice_creates_nothing_new(demo):
    before = _counts()
    assert before["IndicatorValue"] > 100 and before["FollowUpRound"] >= 10
    call_command("seed_demo", "--force", verbosity=0)
    assert _counts() == before


def test_blekinge_shows_young_women_and_men_apart(demo):
    indicator = Indicator.objects.get(collaboration__slug="blekinge-unga-lyfter", name__startswith="Ungdomsarbetslös")
    assert indicator.by_gender and indicator.measure_type == "percentage" and indicator.direction == "lower"
    assert [a.scb_code for a in indicator.areas.all()] == ["10"]
    assert indicator.baseline_year == 2013
    target_2017 = indicator.targets.get(year=2017)
    assert target_2017.value == pytest.approx(indicator.baseline_value / 2, abs=0.05)
    values = IndicatorValue.objects.filter(indicator=indicator)
    for gender in ("K", "M"):
        assert sorted(values.filter(gender=gender).values_list("year", flat=True)) == [2013, 2014, 2015, 2016, 2017]
    assert not values.filter(gender="T").exists()
    result = queries.indicator_statuses([indicator])[indicator.pk]
    by_gender = {s.gender: s.evaluation.status for s in result.series}
    assert by_gender == {"K": engine.ON_TRACK, "M": engine.OFF_TRACK}  # the halving reached for women only
    assert result.status == engine.OFF_TRACK  # the indicator takes the worse of the two
    page = _admin_client().get(indicator.get_absolute_url()).content.decode()
    assert "kvinnor" in page and "män" in page and INVENTED in page
    # the goal nests: the nollvision, the halving by 2017, the sub-goal for women and men 15–29
    halving = indicator.goal
    assert halving.term == "short" and halving.target_year == 2017
    assert halving.parent.title.startswith("Nollvision") and halving.children.get().target_year == 2017


def test_every_invented_value_is_marked_and_real_values_are_not_faked(demo):
    manual = IndicatorValue.objects.select_related("indicator")
    assert manual.exists()
    assert not manual.filter(is_invented=False).exists()
    # typed values are invented: all of an indicator's, or those typed beside a real series (and say where from)
    assert not manual.filter(indicator__values_invented=False, indicator__series__isnull=True).exists()
    assert all(INVENTED in v.source_note for v in manual.filter(indicator__series__isnull=False))
    for indicator in Indicator.objects.all():
        if indicator.values_invented:
            assert INVENTED in indicator.source_note, indicator
        if indicator.series_id:  # real values from the series, and the invented targets say so
            assert not indicator.values_invented
            assert "verklig" in indicator.source_note.lower()
            assert all(INVENTED in t.note for t in indicator.targets.all()), indicator
    real = Indicator.objects.filter(series__isnull=False)
    assert set(real.values_list("series__external_id", flat=True)) == {"N03702", "N01951"}


def test_every_goal_stands_in_a_document_of_the_right_kind(demo):
    expected = {
        "business-region-orebro": "regional_strategy",
        "business-region-kronoberg": "regional_strategy",
        "nya-perspektiv-varmland": "direction_document",
    }
    for collaboration in Collaboration.objects.all():
        kinds = set(collaboration.goals.values_list("document__kind", flat=True))
        assert kinds == {expected.get(collaboration.slug, "own")}, collaboration.slug
        for goal in collaboration.goals.select_related("document"):
            assert goal.source_note and goal.document.source_note, goal
    rus = GoalDocument.objects.get(collaboration__slug="business-region-orebro")
    assert "RUS" in rus.title
    direction = GoalDocument.objects.get(collaboration__slug="nya-perspektiv-varmland")
    assert "fastställs årligen" in direction.description and INVENTED in direction.description  # 2 of 6 invented


def test_the_facts_of_the_sources(demo):
    # BRO: goal conflicts between the RUS and the twelve comprehensive plans, and no formal joint follow-up
    conflict = GoalConflict.objects.get(collaboration__slug="business-region-orebro")
    assert "tolv översiktsplaner" in conflict.title and conflict.parties.count() == 13
    bro_rounds = FollowUpRound.objects.filter(collaboration__slug="business-region-orebro")
    assert bro_rounds.exists() and not bro_rounds.filter(status="closed").exists()
    assert "ingen formaliserad gemensam uppföljning" in AnalysisEntry.objects.get(round__in=bro_rounds).source_note
    # Piteå accepts the give-and-take conflict
    assert GoalConflict.objects.get(collaboration__slug="pitea-alvsbyn-femkanten").status == "accepted"
    # Borås inspects in the field; Blekinge travelled to Scotland and Örnsköldsvik; Borås looked at Göteborg
    assert Evidence.objects.filter(
        collaboration__slug="boras-myndighetssamverkan-trygghet", method="inspection"
    ).exists()
    trips = EnvironmentalScan.objects.filter(collaboration__slug="blekinge-unga-lyfter")
    assert {(s.level, s.title) for s in trips} == {
        ("international", "Studieresa till Skottland"),
        ("national", "Studieresa till Örnsköldsvik"),
    }
    assert EnvironmentalScan.objects.filter(
        collaboration__slug="boras-myndighetssamverkan-trygghet", title__contains="Göteborg"
    ).exists()
    # Nya perspektiv: the yearly seminar takes no formal decisions; the parties decide in their budgets
    seminar = AnalysisEntry.objects.get(collaboration__slug="nya-perspektiv-varmland")
    assert seminar.decision_status == "none" and "Inga formella beslut" in seminar.source_note
    placements = OwnGoal.objects.filter(collaboration__slug="nya-perspektiv-varmland").values_list(
        "placement", flat=True
    )
    assert set(placements) == {"budget"}


def test_the_dashboard_shows_what_changed_since_the_last_closed_round(demo):
    admin = User.objects.get(email="admin@samverkan.example")
    changed = 0
    for collaboration in Collaboration.objects.all():
        dashboard = queries.dashboard(collaboration, admin)
        if dashboard.last_round is not None:
            assert dashboard.last_round.closed_on.year == dashboard.last_round.year or (
                dashboard.last_round.closed_on.year == dashboard.last_round.year + 1
            )
            changed += bool(dashboard.changes)
    assert changed >= 3
    boras = Collaboration.objects.get(slug="boras-myndighetssamverkan-trygghet")
    assert any(c.new_data for c in queries.dashboard(boras, admin).changes)


def _admin_client():
    from django.test import Client

    client = Client()
    client.force_login(User.objects.get(email="admin@samverkan.example"))
    return client


def test_the_steering_is_as_visible_as_its_collaboration(demo):
    """Borås works under secrecy: its steering is seen by its parties only, not by other demo logins."""
    party = User.objects.get(email="enhetschef@migrationsverket.example")
    outsider = User.objects.get(email="koordinator@regionvarmland.example")
    for model in (SituationAnalysis, Goal, Indicator, IndicatorValue, FollowUpRound, Evidence):
        boras = model.objects.filter(collaboration__slug="boras-myndighetssamverkan-trygghet")
        assert boras.visible_to(party).count() == boras.count() > 0, model.__name__
        assert not boras.visible_to(outsider).exists(), model.__name__


def test_the_demo_has_a_ratio_a_typed_baseline_beside_kolada_and_goals_achieved_and_superseded(demo):
    blekinge = "blekinge-unga-lyfter"
    ratio = Indicator.objects.get(collaboration__slug=blekinge, is_ratio=True)
    counted = ratio.manual_values.get(year=2017)
    assert (counted.numerator, counted.denominator) == (601, 1064)
    assert counted.value == pytest.approx(601 / 1064 * 100)
    assert ratio.baseline_year is None
    page = _admin_client().get(ratio.get_absolute_url()).content.decode()
    assert "601 av 1\u00a0064" in page and "utgångsvärde saknas" in page  # thousands apart, as in tables
    # Älvsbyn's population: the baseline typed from a report, the later year from Kolada, each with its source
    population = Indicator.objects.get(series__external_id="N01951")
    (series,) = queries.indicator_statuses([population])[population.pk].series
    assert series.typed_years == {2018} and 2025 in dict(series.values)
    page = _admin_client().get(population.get_absolute_url()).content.decode()
    assert "Kolada (N01951)" in page and "årsredovisning 2018" in page
    # the halving by 2017 was superseded by Mind the Gap; the sub-goal for work and studies was achieved
    halving = Goal.objects.get(collaboration__slug=blekinge, title__startswith="Halvera")
    successor = halving.superseded_by
    assert successor.title.endswith("Mind the Gap") and list(successor.supersedes.all()) == [halving]
    achieved = Goal.objects.get(collaboration__slug=blekinge, achieved_year=2018)
    assert "lyckades väl" in achieved.achieved_evidence
    statuses = queries.goal_statuses_in([halving.collaboration_id], SYSTEM)
    assert (statuses[halving.pk].status, statuses[achieved.pk].status) == (engine.SUPERSEDED, engine.ACHIEVED)
    page = _admin_client().get(halving.get_absolute_url()).content.decode()
    assert "Ersatt av nytt mål" in page and successor.get_absolute_url() in page
