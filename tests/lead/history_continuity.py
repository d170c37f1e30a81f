"""History scenarios of lead.services.continuity and lead.services.handover (tests/core/test_history.py):
one per service."""

import datetime

from actors import services as actor_services
from core.services import SYSTEM
from lead import services
from tests.factories.actors import PersonFactory
from tests.factories.lead import after_project_plan
from tests.factories.organize import ExternalFundingFactory, MembershipFactory


def _handover():
    seat = MembershipFactory()
    successor = PersonFactory()
    actor_services.add_representation(successor, seat.organization, actor=SYSTEM)
    return services.hand_over(
        seat.person,
        successor,
        collaborations=[seat.body.collaboration],
        effective_on=datetime.date(2026, 6, 1),
        actor=SYSTEM,
    )


SCENARIOS: dict = {
    "set_after_project_plan": lambda: after_project_plan(ExternalFundingFactory()),
    "remove_after_project_plan": lambda: services.remove_after_project_plan(
        after_project_plan(ExternalFundingFactory()), actor=SYSTEM
    ),
    "hand_over": _handover,
}
