"""How to call each steering service once, for the history test (tests/core/test_history.py)."""

import datetime

from core.services import SYSTEM
from steer import services
from tests.factories.actors import OrganizationFactory
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


def _invited():
    actor = AnalysisActorFactory()
    return services.invite_missing_actor(actor, actor=SYSTEM, organization=OrganizationFactory())


def _benefit():
    collaboration = CollaborationFactory()
    return services.set_own_benefit(collaboration, party_of(collaboration), actor=SYSTEM, text="Fler i arbete.")


def _round_with_goal():
    goal = GoalFactory()
    return FollowUpRoundFactory(collaboration=goal.collaboration), goal


def _assessment():
    round_, goal = _round_with_goal()
    return services.assess(round_, actor=SYSTEM, goal=goal, status="at_risk", text="Männen halkar efter.")


STEER_SCENARIOS = {
    "save_situation_analysis": lambda: services.save_situation_analysis(
        CollaborationFactory(), actor=SYSTEM, problem="Hög ungdomsarbetslöshet."
    ),
    "add_analysis_actor": lambda: AnalysisActorFactory(),
    "update_analysis_actor": lambda: services.update_analysis_actor(
        AnalysisActorFactory(), actor=SYSTEM, effect="Når unga via idrotten."
    ),
    "remove_analysis_actor": lambda: services.remove_analysis_actor(AnalysisActorFactory(), actor=SYSTEM),
    "invite_missing_actor": _invited,
    "answer_invitation": lambda: services.answer_invitation(_invited(), actor=SYSTEM, accepted=True),
    "set_own_benefit": _benefit,
    "remove_own_benefit": lambda: services.remove_own_benefit(_benefit(), actor=SYSTEM),
    "create_goal_document": lambda: GoalDocumentFactory(),
    "update_goal_document": lambda: services.update_goal_document(GoalDocumentFactory(), actor=SYSTEM, year_to=2020),
    "delete_goal_document": lambda: services.delete_goal_document(GoalDocumentFactory(), actor=SYSTEM),
    "create_goal": lambda: GoalFactory(),
    "update_goal": lambda: services.update_goal(GoalFactory(), actor=SYSTEM, target_year=2020),
    "delete_goal": lambda: services.delete_goal(GoalFactory(), actor=SYSTEM),
    "create_own_goal": lambda: OwnGoalFactory(),
    "update_own_goal": lambda: services.update_own_goal(OwnGoalFactory(), actor=SYSTEM, document_year=2016),
    "delete_own_goal": lambda: services.delete_own_goal(OwnGoalFactory(), actor=SYSTEM),
    "record_goal_conflict": lambda: GoalConflictFactory(),
    "update_goal_conflict": lambda: services.update_goal_conflict(
        GoalConflictFactory(), actor=SYSTEM, status="resolved"
    ),
    "delete_goal_conflict": lambda: services.delete_goal_conflict(GoalConflictFactory(), actor=SYSTEM),
    "create_indicator": lambda: IndicatorFactory(),
    "update_indicator": lambda: services.update_indicator(
        IndicatorFactory(), actor=SYSTEM, targets=[{"year": 2017, "value": 10.0}, {"year": 2020, "value": 8.0}]
    ),
    "delete_indicator": lambda: services.delete_indicator(IndicatorFactory(), actor=SYSTEM),
    "record_value": lambda: value_of(IndicatorFactory(), 2015, 17.5),
    "remove_value": lambda: services.remove_value(value_of(IndicatorFactory(), 2015, 17.5), actor=SYSTEM),
    "create_round": lambda: FollowUpRoundFactory(),
    "update_round": lambda: services.update_round(FollowUpRoundFactory(), actor=SYSTEM, status="ongoing"),
    "close_round": lambda: services.close_round(FollowUpRoundFactory(), actor=SYSTEM, summary="Vi ligger efter."),
    "delete_round": lambda: services.delete_round(FollowUpRoundFactory(), actor=SYSTEM),
    "assess": _assessment,
    "remove_assessment": lambda: services.remove_assessment(_assessment(), actor=SYSTEM),
    "add_evidence": lambda: EvidenceFactory(),
    "update_evidence": lambda: services.update_evidence(
        EvidenceFactory(), actor=SYSTEM, date=datetime.date(2016, 11, 1)
    ),
    "remove_evidence": lambda: services.remove_evidence(EvidenceFactory(), actor=SYSTEM),
    "add_analysis_entry": lambda: AnalysisEntryFactory(),
    "update_analysis_entry": lambda: services.update_analysis_entry(
        AnalysisEntryFactory(), actor=SYSTEM, causes="Få platser inom vården."
    ),
    "remove_analysis_entry": lambda: services.remove_analysis_entry(AnalysisEntryFactory(), actor=SYSTEM),
    "add_scan": lambda: EnvironmentalScanFactory(),
    "update_scan": lambda: services.update_scan(EnvironmentalScanFactory(), actor=SYSTEM, level="regional"),
    "remove_scan": lambda: services.remove_scan(EnvironmentalScanFactory(), actor=SYSTEM),
}
