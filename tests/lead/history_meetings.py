"""History scenarios of the meeting and agenda services (tests/core/test_history.py): one per service."""

import datetime

from core.services import SYSTEM
from lead import services
from tests.factories.lead import AgendaItemFactory, MeetingFactory
from tests.factories.organize import BodyFactory


def _carried():
    item = AgendaItemFactory()
    MeetingFactory(body=item.meeting.body, date=item.meeting.date + datetime.timedelta(days=30))
    return services.carry_over_item(item, actor=SYSTEM)


SCENARIOS = {
    "create_meeting": lambda: MeetingFactory(),
    "plan_meetings": lambda: services.plan_meetings(
        BodyFactory(), actor=SYSTEM, first=datetime.date(2026, 1, 15), rhythm="quarterly", count=2
    )[0],
    "update_meeting": lambda: services.update_meeting(MeetingFactory(), actor=SYSTEM, place="Rådhuset"),
    "cancel_meeting": lambda: services.cancel_meeting(MeetingFactory(), actor=SYSTEM, reason="För få kunde"),
    "hold_meeting": lambda: services.hold_meeting(MeetingFactory(date=datetime.date(2026, 1, 5)), actor=SYSTEM),
    "delete_meeting": lambda: services.delete_meeting(MeetingFactory(), actor=SYSTEM),
    "add_agenda_item": lambda: AgendaItemFactory(),
    "update_agenda_item": lambda: services.update_agenda_item(AgendaItemFactory(), actor=SYSTEM, title="Ny rubrik"),
    "remove_agenda_item": lambda: services.remove_agenda_item(AgendaItemFactory(), actor=SYSTEM),
    "carry_over_item": _carried,
}
