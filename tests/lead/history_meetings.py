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


# attendance, minutes, approval, corrections, agenda documents ----------------------------------------


def _guest():
    from tests.factories.actors import PersonFactory

    return services.invite_guest(MeetingFactory(), PersonFactory(), actor=SYSTEM, guest_role="Sakkunnig")


def _called():
    from tests.factories.lead import meetings_sync, member_of

    meeting = MeetingFactory()
    member_of(meeting.body)
    meetings_sync(meeting)
    return meeting.attendances.get()


def _removed_call():
    services.remove_call(_guest(), actor=SYSTEM)


def _recorded():
    attendance = _called()
    return services.record_attendance(attendance.meeting, actor=SYSTEM, rows=[(attendance, "present", None)])[0]


def _synced():
    from tests.factories.lead import member_of

    meeting = MeetingFactory()
    member_of(meeting.body)
    return services.sync_calls(meeting, actor=SYSTEM).attendances.get()


def _moved():
    return services.move_meeting(MeetingFactory(), actor=SYSTEM, date=datetime.date(2026, 3, 17))


def _document():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return services.add_agenda_document(
        AgendaItemFactory(),
        actor=SYSTEM,
        title="Underlag",
        attachment=SimpleUploadedFile("underlag.pdf", b"%PDF-1.4 underlag", content_type="application/pdf"),
    )


def _written():
    from tests.factories.lead import held_meeting

    item = AgendaItemFactory(meeting=held_meeting(date=datetime.date(2026, 2, 3)))
    return services.write_minutes(item, actor=SYSTEM, minutes="Informationen noterades.")


def _named():
    attendance = _called()
    return services.name_approvers(attendance.meeting, actor=SYSTEM, persons=[attendance.person])[0]


def _approved():
    from tests.factories.lead import approved_meeting

    meeting, _item = approved_meeting()
    return meeting.approvals.get()


def _corrected():
    from tests.factories.lead import approved_meeting

    _meeting, item = approved_meeting()
    return services.correct_minutes(item, actor=SYSTEM, after="Beslutades att återremittera.", reason="Felskrivning")


SCENARIOS.update(
    {
        "invite_guest": _guest,
        "remove_call": _removed_call,
        "record_attendance": _recorded,
        "sync_calls": _synced,
        "move_meeting": _moved,
        "add_agenda_document": _document,
        "remove_agenda_document": lambda: services.remove_agenda_document(_document(), actor=SYSTEM),
        "write_minutes": _written,
        "name_approvers": _named,
        "approve_minutes": _approved,
        "correct_minutes": _corrected,
    }
)
