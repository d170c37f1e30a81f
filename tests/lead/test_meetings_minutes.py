"""Guests, attendance, calls after a move, agenda documents, minutes, approval and corrections (L1, L5)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from core.models import ChangeRecord
from core.services import SYSTEM
from lead.models import AgendaDocument, Attendance, Meeting, MinutesCorrection
from lead.services import attendance as attendance_services
from lead.services import meetings
from lead.services import minutes as minutes_services
from tests.factories.actors import PersonFactory, user_for
from tests.factories.lead import AgendaItemFactory, MeetingFactory, approved_meeting, held_meeting, member_of
from tests.factories.organize import BodyFactory

pytestmark = pytest.mark.django_db


def _body_with(*positions, **body):
    body = BodyFactory(**body)
    seats = [member_of(body, position=position) for position in positions]
    return body, seats


def _call_of(meeting, membership):
    return meeting.attendances.get(person=membership.person)


# Guests and calls ---------------------------------------------------------------------------------


def test_a_named_guest_is_called_with_the_role_they_come_in():
    meeting = MeetingFactory()
    expert = PersonFactory(first_name="Greta", last_name="Gäst")

    guest = attendance_services.invite_guest(meeting, expert, actor=SYSTEM, guest_role="Sakkunnig i budget")

    assert (guest.is_guest, guest.guest_role, guest.status) == (True, "Sakkunnig i budget", "invited")
    with pytest.raises(ValidationError) as error:
        attendance_services.invite_guest(meeting, expert, actor=SYSTEM)
    assert "redan kallad" in error.value.message_dict["person"][0]
    assert meeting.attendances.filter(person=expert).count() == 1


def test_a_call_is_removed_unless_someone_stands_in_for_the_person():
    body, (member, substitute) = _body_with("member", "substitute")
    meeting = MeetingFactory(body=body)
    attendance_services.record_attendance(
        meeting,
        actor=SYSTEM,
        rows=[
            (_call_of(meeting, member), "absent", None),
            (_call_of(meeting, substitute), "substitute", member.person),
        ],
    )
    with pytest.raises(ValidationError) as error:
        attendance_services.remove_call(_call_of(meeting, member), actor=SYSTEM)
    assert "ersättare" in error.value.message_dict["person"][0]

    guest = attendance_services.invite_guest(meeting, PersonFactory(), actor=SYSTEM)
    attendance_services.remove_call(guest, actor=SYSTEM)
    assert not Attendance.objects.filter(pk=guest.pk).exists()


# Attendance ---------------------------------------------------------------------------------------


def test_attendance_per_person_with_a_substitute_for_a_called_member():
    body, (member, substitute, other) = _body_with("member", "substitute", "member", quorum=2)
    meeting = MeetingFactory(body=body)

    attendance_services.record_attendance(
        meeting,
        actor=SYSTEM,
        rows=[
            (_call_of(meeting, member), "absent", None),
            (_call_of(meeting, substitute), "substitute", member.person),
            (_call_of(meeting, other), "present", None),
        ],
    )

    recorded = {a.person: (a.status, a.substitute_for) for a in meeting.attendances.all()}
    assert recorded == {
        member.person: ("absent", None),
        substitute.person: ("substitute", member.person),
        other.person: ("present", None),
    }


def test_a_substitute_for_someone_not_called_is_refused_and_nothing_is_saved():
    body, (member, substitute) = _body_with("member", "substitute")
    meeting = MeetingFactory(body=body)
    stranger = PersonFactory(first_name="Okänd", last_name="Ledamot")

    with pytest.raises(ValidationError) as error:
        attendance_services.record_attendance(
            meeting,
            actor=SYSTEM,
            rows=[
                (_call_of(meeting, member), "present", None),
                (_call_of(meeting, substitute), "substitute", stranger),
            ],
        )

    assert "inte kallad" in error.value.message_dict["substitute_for"][0]
    assert set(meeting.attendances.values_list("status", flat=True)) == {"invited"}


def test_an_ordinary_member_cannot_be_recorded_as_a_substitute():
    body, (first, second) = _body_with("member", "member")
    meeting = MeetingFactory(body=body)

    with pytest.raises(ValidationError) as error:
        attendance_services.record_attendance(
            meeting,
            actor=SYSTEM,
            rows=[(_call_of(meeting, first), "absent", None), (_call_of(meeting, second), "substitute", first.person)],
        )

    assert "inte i organet som ersättare" in error.value.message_dict["substitute_for"][0]


def test_a_guest_may_stand_in_for_an_absent_member():
    body, (member,) = _body_with("member")
    meeting = MeetingFactory(body=body)
    guest = attendance_services.invite_guest(meeting, PersonFactory(), actor=SYSTEM, guest_role="Inkallad ersättare")

    attendance_services.record_attendance(
        meeting,
        actor=SYSTEM,
        rows=[(_call_of(meeting, member), "absent", None), (guest, "substitute", member.person)],
    )

    guest.refresh_from_db()
    assert (guest.status, guest.substitute_for) == ("substitute", member.person)


def test_attendance_of_a_future_meeting_waits_for_its_day():
    body, (member,) = _body_with("member")
    meeting = MeetingFactory(body=body, date=datetime.date.today() + datetime.timedelta(days=7))

    with pytest.raises(ValidationError) as error:
        attendance_services.record_attendance(
            meeting, actor=SYSTEM, rows=[(_call_of(meeting, member), "present", None)]
        )

    assert "mötesdagen" in error.value.message_dict["status"][0]


# Calls after a move -------------------------------------------------------------------------------


def test_a_moved_meeting_calls_the_members_of_the_new_date():
    body = BodyFactory()
    leaving = member_of(body, end_date=datetime.date(2026, 3, 31))
    joining = member_of(body, start_date=datetime.date(2026, 4, 1))
    staying = member_of(body)
    meeting = MeetingFactory(body=body, date=datetime.date(2026, 3, 10))
    guest = attendance_services.invite_guest(meeting, PersonFactory(), actor=SYSTEM)
    assert set(meeting.attendances.values_list("person", flat=True)) == {
        leaving.person_id,
        staying.person_id,
        guest.person_id,
    }

    moved = attendance_services.move_meeting(meeting, actor=SYSTEM, date=datetime.date(2026, 4, 14))

    assert moved.sequence == 1
    assert set(moved.attendances.values_list("person", flat=True)) == {
        joining.person_id,
        staying.person_id,
        guest.person_id,
    }
    assert ChangeRecord.objects.filter(action="lead.attendance.removed").count() == 1


def test_a_move_outside_the_bodys_life_changes_nothing():
    body = BodyFactory(closed_on=datetime.date(2026, 6, 30))
    member_of(body)
    meeting = MeetingFactory(body=body, date=datetime.date(2026, 3, 10))

    with pytest.raises(ValidationError) as error:
        attendance_services.move_meeting(meeting, actor=SYSTEM, date=datetime.date(2026, 9, 1))

    assert "avvecklades" in error.value.message_dict["date"][0]
    meeting.refresh_from_db()
    assert (meeting.date, meeting.attendances.count()) == (datetime.date(2026, 3, 10), 1)


# Agenda documents ---------------------------------------------------------------------------------


def test_an_agenda_document_must_be_an_office_document():
    item = AgendaItemFactory()
    with pytest.raises(ValidationError) as error:
        attendance_services.add_agenda_document(
            item, actor=SYSTEM, title="Program", attachment=SimpleUploadedFile("program.exe", b"MZ")
        )
    assert ".exe" in error.value.message_dict["attachment"][0]
    assert not AgendaDocument.objects.exists()

    document = attendance_services.add_agenda_document(
        item, actor=SYSTEM, title="Budgetunderlag", attachment=SimpleUploadedFile("budget.pdf", b"%PDF-1.4")
    )
    assert list(item.documents.all()) == [document]
    attendance_services.remove_agenda_document(document, actor=SYSTEM)
    assert not item.documents.exists()


# Minutes ------------------------------------------------------------------------------------------


def test_minutes_are_written_only_for_a_held_meeting():
    item = AgendaItemFactory(meeting=MeetingFactory(date=datetime.date(2026, 3, 10)))
    with pytest.raises(ValidationError) as error:
        minutes_services.write_minutes(item, actor=SYSTEM, minutes="Noterades.")
    assert "inte genomfört" in error.value.message_dict["minutes"][0]

    meetings.hold_meeting(item.meeting, actor=SYSTEM)
    item.refresh_from_db()
    written = minutes_services.write_minutes(item, actor=SYSTEM, minutes="Noterades.")
    assert written.minutes == "Noterades."


def test_a_secret_body_keeps_no_minutes_and_names_no_approvers():
    body = BodyFactory(confidentiality="secret")
    member_of(body)
    meeting = held_meeting(body=body)
    item = AgendaItemFactory(meeting=meeting)

    with pytest.raises(ValidationError) as error:
        minutes_services.write_minutes(item, actor=SYSTEM, minutes="Vi diskuterade ett ärende.")
    assert "sekretess" in error.value.message_dict["minutes"][0]
    with pytest.raises(ValidationError) as error:
        minutes_services.name_approvers(meeting, actor=SYSTEM, persons=[meeting.attendances.get().person])
    assert "sekretess" in error.value.message_dict["persons"][0]
    item.refresh_from_db()
    assert item.minutes == "" and not meeting.approvals.exists()


def test_approvers_are_persons_called_to_the_meeting():
    meeting = held_meeting()
    with pytest.raises(ValidationError) as error:
        minutes_services.name_approvers(meeting, actor=SYSTEM, persons=[PersonFactory()])
    assert "inte kallad" in error.value.message_dict["persons"][0]


def test_minutes_are_approved_when_every_approver_has_approved_and_then_frozen():
    body, (first, second) = _body_with("member", "member")
    meeting = held_meeting(body=body, date=datetime.date(2026, 3, 10))
    item = AgendaItemFactory(meeting=meeting)
    minutes_services.write_minutes(item, actor=SYSTEM, minutes="Beslutades enligt förslaget.")
    one, two = minutes_services.name_approvers(meeting, actor=SYSTEM, persons=[first.person, second.person])

    minutes_services.approve_minutes(one, actor=SYSTEM, on=datetime.date(2026, 3, 12))
    meeting.refresh_from_db()
    assert meeting.minutes_approved_on is None
    minutes_services.approve_minutes(two, actor=SYSTEM, on=datetime.date(2026, 3, 13))
    meeting.refresh_from_db()
    assert meeting.minutes_approved_on == datetime.date(2026, 3, 13)

    item.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        minutes_services.write_minutes(item, actor=SYSTEM, minutes="Beslutades något annat.")
    assert "rättelse" in error.value.message_dict["minutes"][0]
    with pytest.raises(ValidationError) as error:
        meetings.update_agenda_item(item, actor=SYSTEM, minutes="Tyst ändring.")
    assert "minutes" in error.value.message_dict
    item.refresh_from_db()
    assert item.minutes == "Beslutades enligt förslaget."


def test_only_the_approver_approves_in_their_own_name():
    body = BodyFactory()
    approver_user = user_for(None, email="justerare@example.org")
    other_user = user_for(None, email="annan@example.org")
    member_of(body, person=approver_user.person)
    member_of(body, person=other_user.person)
    meeting = held_meeting(body=body)
    minutes_services.name_approvers(meeting, actor=SYSTEM, persons=[approver_user.person, other_user.person])
    approval = meeting.approvals.get(person=approver_user.person)

    with pytest.raises(PermissionDenied):
        minutes_services.approve_minutes(approval, actor=other_user)
    with pytest.raises(PermissionDenied):
        minutes_services.approve_minutes(approval, actor=user_for(None, email="utomstaende@example.org"))
    minutes_services.approve_minutes(approval, actor=approver_user)

    approval.refresh_from_db()
    assert approval.approved_on == datetime.date.today()


def test_a_correction_records_what_stood_what_stands_and_why():
    meeting, item = approved_meeting(minutes="Beslutades att anta budgeten.")

    correction = minutes_services.correct_minutes(
        item, actor=SYSTEM, after="Beslutades att återremittera budgeten.", reason="Fel i protokollet"
    )

    item.refresh_from_db()
    assert item.minutes == "Beslutades att återremittera budgeten."
    assert (correction.before, correction.after, correction.reason) == (
        "Beslutades att anta budgeten.",
        "Beslutades att återremittera budgeten.",
        "Fel i protokollet",
    )
    assert ChangeRecord.objects.filter(action="lead.minutes.corrected").count() == 2  # the correction and the item


def test_a_correction_needs_a_reason_and_approved_minutes():
    meeting, item = approved_meeting()
    with pytest.raises(ValidationError) as error:
        minutes_services.correct_minutes(item, actor=SYSTEM, after="Något annat.", reason=" ")
    assert "reason" in error.value.message_dict
    assert not MinutesCorrection.objects.exists()

    open_item = AgendaItemFactory(meeting=held_meeting())
    with pytest.raises(ValidationError) as error:
        minutes_services.correct_minutes(open_item, actor=SYSTEM, after="Något.", reason="Skäl")
    assert "inte justerat" in error.value.message_dict["after"][0]


# Bad input ----------------------------------------------------------------------------------------


def test_an_agenda_item_moved_to_a_meeting_of_another_collaboration_is_refused():
    item = AgendaItemFactory(title="Budget")
    elsewhere = MeetingFactory(date=item.meeting.date + datetime.timedelta(days=30))

    with pytest.raises(ValidationError) as error:
        meetings.update_agenda_item(item, actor=SYSTEM, meeting=elsewhere)
    assert "meeting" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        meetings.carry_over_item(item, actor=SYSTEM, to=elsewhere)
    assert "annan samverkan" in error.value.message_dict["to"][0]
    assert not elsewhere.items.exists()
    item.refresh_from_db()
    assert item.meeting_id != elsewhere.pk


def test_a_removed_agenda_documents_file_goes_and_approved_minutes_keep_their_documents(
    django_capture_on_commit_callbacks,
):
    meeting, item = approved_meeting()
    with pytest.raises(ValidationError) as error:
        attendance_services.add_agenda_document(
            item, actor=SYSTEM, title="Sent underlag", attachment=SimpleUploadedFile("sent.pdf", b"%PDF-1.4")
        )
    assert "justerades" in error.value.message_dict["attachment"][0]
    assert not item.documents.exists()

    open_item = AgendaItemFactory(meeting=held_meeting())
    document = attendance_services.add_agenda_document(
        open_item, actor=SYSTEM, title="Underlag", attachment=SimpleUploadedFile("underlag.pdf", b"%PDF-1.4")
    )
    storage, name = document.attachment.storage, document.attachment.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        attendance_services.remove_agenda_document(document, actor=SYSTEM)
    assert not storage.exists(name) and not open_item.documents.exists()

    kept = attendance_services.add_agenda_document(
        open_item, actor=SYSTEM, title="Kvar", attachment=SimpleUploadedFile("kvar.pdf", b"%PDF-1.4")
    )
    Meeting.objects.filter(pk=open_item.meeting_id).update(minutes_approved_on=datetime.date(2026, 3, 20))
    kept.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        attendance_services.remove_agenda_document(kept, actor=SYSTEM)
    assert "justerades" in error.value.message_dict["document"][0]
    assert open_item.documents.filter(pk=kept.pk).exists()


def test_a_file_name_longer_than_a_file_system_keeps_is_refused_saying_so():
    item = AgendaItemFactory()
    name = "Protokollsbilaga " + "å" * 120 + ".pdf"  # 140 characters, 261 bytes
    with pytest.raises(ValidationError) as error:
        attendance_services.add_agenda_document(
            item, actor=SYSTEM, title="Bilaga", attachment=SimpleUploadedFile(name, b"%PDF-1.4")
        )
    assert "Filnamnet är för långt" in error.value.message_dict["attachment"][0]
    assert not item.documents.exists()
    document = attendance_services.add_agenda_document(
        item, actor=SYSTEM, title="Bilaga", attachment=SimpleUploadedFile("Bilaga " + "å" * 90 + ".pdf", b"%PDF-1.4")
    )
    assert document.attachment.name.endswith(".pdf")
