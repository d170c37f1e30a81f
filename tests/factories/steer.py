"""Factories for the steering part, created through the services like the product does."""

import datetime

import factory

from actors.models import Area
from core.services import SYSTEM
from steer import services
from steer.models import (
    AnalysisActor,
    AnalysisEntry,
    EnvironmentalScan,
    Evidence,
    FollowUpRound,
    Goal,
    GoalConflict,
    GoalDocument,
    Indicator,
    OwnGoal,
)
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of


def any_area() -> Area:
    """Blekinge län (loaded by the territory migration)."""
    return Area.objects.get(scb_code="10")


class GoalDocumentFactory(factory.Factory):
    class Meta:
        model = GoalDocument

    collaboration = factory.LazyFunction(CollaborationFactory)
    kind = "own"
    title = factory.Sequence(lambda n: f"Gemensamt måldokument {n}")
    year_from = 2014

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_goal_document(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


class GoalFactory(factory.Factory):
    class Meta:
        model = Goal

    document = factory.SubFactory(GoalDocumentFactory)
    title = factory.Sequence(lambda n: f"Halvera ungdomsarbetslösheten {n}")
    term = "long"
    target_year = 2017

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_goal(kwargs.pop("document"), actor=SYSTEM, **kwargs)


class IndicatorFactory(factory.Factory):
    """A manually entered percentage with a baseline of 20 % in 2013 and a target of 10 % in 2017."""

    class Meta:
        model = Indicator

    goal = factory.SubFactory(GoalFactory)
    name = factory.Sequence(lambda n: f"Andel unga 18–24 år som är arbetslösa {n}")
    measure_type = "percentage"
    unit = "%"
    direction = "lower"
    baseline_value = 20.0
    baseline_year = 2013
    areas = factory.LazyFunction(lambda: [any_area()])
    targets = factory.LazyFunction(lambda: [{"year": 2017, "value": 10.0}])

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_indicator(kwargs.pop("goal"), actor=SYSTEM, **kwargs)


def value_of(indicator, year: int, value: float, gender: str = "T", area: Area | None = None, **data):
    return services.record_value(
        indicator, area or indicator.areas.first(), year, actor=SYSTEM, gender=gender, value=value, **data
    )


class OwnGoalFactory(factory.Factory):
    class Meta:
        model = OwnGoal

    goal = factory.SubFactory(GoalFactory)
    title = factory.Sequence(lambda n: f"Fler unga i feriepraktik {n}")
    placement = "budget"
    document_name = "Budget 2015 med plan 2016–2017"
    document_year = 2015

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        goal = kwargs.pop("goal")
        organization = kwargs.pop("organization", None) or party_of(goal.collaboration)
        return services.create_own_goal(goal.collaboration, organization, actor=SYSTEM, shared_goals=[goal], **kwargs)


class GoalConflictFactory(factory.Factory):
    class Meta:
        model = GoalConflict

    goal = factory.SubFactory(GoalFactory)
    title = "Bostäder mot jordbruksmark"
    description = "Översiktsplanen pekar ut jordbruksmark för bostäder; den regionala strategin vill skydda den."
    status = "handling"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        goal = kwargs.pop("goal")
        parties = kwargs.pop("parties", None) or [party_of(goal.collaboration)]
        return services.record_goal_conflict(goal.collaboration, actor=SYSTEM, goals=[goal], parties=parties, **kwargs)


class AnalysisActorFactory(factory.Factory):
    class Meta:
        model = AnalysisActor

    collaboration = factory.LazyFunction(CollaborationFactory)
    name = factory.Sequence(lambda n: f"Idrottsförening {n}")
    sector = "civil_society"
    effect = "Når unga som inte nås av myndigheterna."
    is_missing = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_analysis_actor(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


class FollowUpRoundFactory(factory.Factory):
    class Meta:
        model = FollowUpRound

    collaboration = factory.LazyFunction(CollaborationFactory)
    title = factory.Sequence(lambda n: f"Årlig uppföljning {2015 + n % 10}")
    year = 2016
    start_date = datetime.date(2017, 1, 15)
    due_date = datetime.date(2017, 3, 31)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        collaboration = kwargs.pop("collaboration")
        organization = kwargs.pop("coordinating_organization", None) or party_of(collaboration)
        return services.create_round(collaboration, actor=SYSTEM, coordinating_organization=organization, **kwargs)


class EvidenceFactory(factory.Factory):
    class Meta:
        model = Evidence

    collaboration = factory.LazyFunction(CollaborationFactory)
    method = "focus_group"
    title = factory.Sequence(lambda n: f"Fokusgrupp med unga {n}")
    date = datetime.date(2016, 10, 4)
    summary = "De unga saknar en väg in till arbetsgivare."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_evidence(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


class AnalysisEntryFactory(factory.Factory):
    class Meta:
        model = AnalysisEntry

    round = factory.SubFactory(FollowUpRoundFactory)
    deviation = "Arbetslösheten bland unga kvinnor minskar långsammare än bland män."
    causes = "Färre platser i branscher där kvinnor söker arbete."
    improvements = "Rikta feriejobb till vård och omsorg."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_analysis_entry(kwargs.pop("round"), actor=SYSTEM, **kwargs)


class EnvironmentalScanFactory(factory.Factory):
    class Meta:
        model = EnvironmentalScan

    collaboration = factory.LazyFunction(CollaborationFactory)
    level = "national"
    date = datetime.date(2016, 5, 1)
    title = factory.Sequence(lambda n: f"Ny nationell satsning på unga {n}")
    description = "Staten satsar på traineejobb; vi kan ansöka."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_scan(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)
