"""History scenarios of lead.services.assignments and lead.services.reminders (tests/core/test_history.py):
one per service."""

import datetime

from django.utils import timezone

from core.services import SYSTEM
from lead import services
from tests.factories.actors import user_for
from tests.factories.lead import AssignmentFactory, MeetingFactory, owner_in


def _reminded():
    meeting = MeetingFactory()
    owner = user_for(None, email="paminnelse@example.org")
    person, organization = owner_in(meeting.collaboration, owner.person)
    today = timezone.localdate()
    AssignmentFactory(
        body=meeting.body, given_on=today, due_date=None, owner_person=person, owner_organization=organization
    )
    return services.send_due_reminders(today + datetime.timedelta(days=1))


SCENARIOS = {
    "give_assignment": lambda: AssignmentFactory(),
    "update_assignment": lambda: services.update_assignment(AssignmentFactory(), actor=SYSTEM, title="Nytt namn"),
    "report_assignment": lambda: services.report_assignment(
        AssignmentFactory(), actor=SYSTEM, status="done", report="Klart och redovisat."
    ),
    "cancel_assignment": lambda: services.cancel_assignment(AssignmentFactory(), actor=SYSTEM, reason="Behövs inte"),
    "send_due_reminders": _reminded,
    "set_reminders": lambda: services.set_reminders(user_for(None).person, False, actor=SYSTEM),
}
