"""History scenarios of lead.services.documents and lead.services.calendar (tests/core/test_history.py):
one per service."""

import datetime

from core.services import SYSTEM
from lead import services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.lead import MeetingFactory
from tests.factories.organize import MembershipFactory


def _member():
    """A meeting of a body and a user who sits in it."""
    meeting = MeetingFactory(date=datetime.date(2026, 3, 10))
    user = user_for(OrganizationFactory(), email="historik@example.org")
    MembershipFactory(body=meeting.body, person=user.person)
    return meeting, user


def _requested():
    meeting, user = _member()
    return services.request_document(meeting, "kallelse", "docx", actor=user)


def _feed():
    _meeting, user = _member()
    return services.create_feed(user.person, actor=user)[0]


SCENARIOS = {
    "request_document": _requested,
    "render_document": lambda: services.render_document(_requested(), actor=SYSTEM),
    "send_notice": lambda: services.send_notice(_member()[0], actor=SYSTEM),
    "create_feed": _feed,
    "revoke_feed": lambda: services.revoke_feed(_feed(), actor=SYSTEM),
}
