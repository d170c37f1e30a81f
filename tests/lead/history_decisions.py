"""History scenarios of lead.services.decisions (tests/core/test_history.py): one per service."""

from core.services import SYSTEM
from lead import services
from tests.factories.lead import DecisionFactory, decision_item
from tests.factories.organize import party_of


def _replaced():
    item = decision_item()
    return services.replace_decision(DecisionFactory(item=item), DecisionFactory(item=item), actor=SYSTEM)


def _reservation():
    decision = DecisionFactory()
    return services.add_reservation(decision, actor=SYSTEM, organization=party_of(decision.collaboration))


SCENARIOS: dict = {
    "take_decision": lambda: DecisionFactory(),
    "update_decision": lambda: services.update_decision(DecisionFactory(), actor=SYSTEM, area="Budget"),
    "replace_decision": _replaced,
    "cancel_decision": lambda: services.cancel_decision(DecisionFactory(), actor=SYSTEM, reason="Fel underlag"),
    "add_reservation": _reservation,
    "remove_reservation": lambda: services.remove_reservation(_reservation(), actor=SYSTEM),
}
