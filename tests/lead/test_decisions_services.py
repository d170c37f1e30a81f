"""Decisions (L2): numbered per body and year for good, checked against the mandate and the quorum, never
an adoption on behalf of the parties, only at a held meeting; replaced, cancelled, reservations."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from core.services import SYSTEM, update_object
from lead.engine import mandate
from lead.engine.quorum import Quorum
from lead.queries import decisions as queries
from lead.services import decisions as services
from tests.factories.actors import PersonFactory
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AgendaItemFactory, DecisionFactory, MeetingFactory, decision_item, held_meeting
from tests.factories.organize import AgreementFactory, BodyFactory, MembershipFactory, party_of

pytestmark = pytest.mark.django_db


def _bro():
    return CollaborationFactory(name="Business Region Örebro", abbreviation="BRO")


def test_reference_numbers_run_per_body_and_year_and_never_change():
    bro = _bro()
    lg = BodyFactory(collaboration=bro, name="Ledningsgruppen", abbreviation="LG", kind="management")
    sg = BodyFactory(collaboration=bro, name="Styrgruppen", kind="political_steering")
    spring = decision_item(body=lg, date=datetime.date(2026, 3, 10))
    autumn = decision_item(body=lg, date=datetime.date(2026, 9, 8))
    last_year = decision_item(body=lg, date=datetime.date(2025, 11, 4))
    steering = decision_item(body=sg, date=datetime.date(2026, 4, 1))

    first = DecisionFactory(item=spring)
    second = DecisionFactory(item=spring)
    third = DecisionFactory(item=autumn)
    old = DecisionFactory(item=last_year)
    other = DecisionFactory(item=steering)

    assert [first.reference, second.reference, third.reference] == ["BRO-LG 2026:1", "BRO-LG 2026:2", "BRO-LG 2026:3"]
    assert old.reference == "BRO-LG 2025:1"
    assert other.reference == "BRO-S 2026:1"  # no abbreviation: the initials of the name
    changed = services.update_decision(first, actor=SYSTEM, text="Ny lydelse", area="Budget")
    assert changed.reference == "BRO-LG 2026:1" and changed.number == 1
    with pytest.raises(ValidationError) as error:
        services.update_decision(first, actor=SYSTEM, reference="BRO-LG 2026:99")
    assert "reference" in error.value.message_dict
    first.refresh_from_db()
    assert first.reference == "BRO-LG 2026:1"


def test_abbreviations_fall_back_to_the_initials_in_upper_case():
    collaboration = CollaborationFactory(name="Business region örebro", abbreviation="")
    body = BodyFactory(collaboration=collaboration, name="politisk styrgrupp")
    decision = DecisionFactory(item=decision_item(body=body))
    assert decision.reference == "BRÖ-PS 2026:1"


def _mandated_bodies():
    bro = _bro()
    steering = BodyFactory(
        collaboration=bro, name="Styrgruppen", kind="political_steering", decision_areas=["Budget", "Verksamhetsplan"]
    )
    working = BodyFactory(
        collaboration=bro, name="Arbetsgruppen", kind="working", decision_areas=["Aktiviteter i handlingsplanen"]
    )
    forum = BodyFactory(collaboration=bro, name="Operativt forum", kind="forum")
    return steering, working, forum


def _flags(decision):
    [decision] = queries.with_flags([queries.decisions_for(decision.collaboration, None).get(pk=decision.pk)], None)
    return decision.flags


def test_a_working_group_deciding_in_a_steering_group_area_is_flagged_with_the_rule():
    steering, working, _forum = _mandated_bodies()
    decision = DecisionFactory(item=decision_item(body=working), area="  budget. ")

    [flag] = _flags(decision)

    assert flag.code == mandate.RESERVED
    assert "förbehållet Styrgruppen" in flag.message
    assert flag.rule == "Styrgruppen får besluta om: Budget, Verksamhetsplan"
    assert _flags(DecisionFactory(item=decision_item(body=steering), area="BUDGET")) == []
    assert _flags(DecisionFactory(item=decision_item(body=working), area="aktiviteter i handlingsplanen!")) == []


def test_a_forum_that_leads_but_does_not_decide_is_flagged_when_it_decides():
    _steering, _working, forum = _mandated_bodies()
    [flag] = _flags(DecisionFactory(item=decision_item(body=forum), area=""))
    assert flag.code == mandate.LEADS_ONLY
    assert "leder men beslutar inte" in flag.message
    assert flag.rule == "Operativt forum har inga beslutsområden: organet leder men beslutar inte."


def test_an_area_in_no_mandate_is_flagged_and_swedish_letters_are_kept():
    steering, _working, _forum = _mandated_bodies()
    [flag] = _flags(DecisionFactory(item=decision_item(body=steering), area="Mål"))
    assert flag.code == mandate.UNNAMED
    assert flag.rule == "Styrgruppen får besluta om: Budget, Verksamhetsplan"
    assert mandate.normalize(" Mål för året. ") == "mål för året" != mandate.normalize("mal for aret")


def _record(meeting, statuses):
    with transaction.atomic():
        for attendance, status in zip(meeting.attendances.order_by("pk"), statuses, strict=True):
            update_object(attendance, "lead.attendance.recorded", {"status": status}, actor=SYSTEM)


def test_a_decision_without_quorum_is_flagged_and_unknown_attendance_is_not():
    body = BodyFactory(name="Styrgruppen", quorum=3, decision_areas=["Budget"])
    for _ in range(4):
        MembershipFactory(body=body, start_date=datetime.date(2025, 1, 1))
    meeting = held_meeting(body=body, date=datetime.date(2026, 3, 10))
    decision = DecisionFactory(item=AgendaItemFactory(meeting=meeting), area="Budget")

    assert _flags(decision) == []  # attendance not recorded: unknown is not "no"
    _record(meeting, ["present", "present", "absent", "absent"])
    [flag] = _flags(decision)
    assert flag.code == mandate.NO_QUORUM
    assert flag.rule == "Styrgruppen är beslutfört när minst 3 ledamöter är närvarande."
    _record(meeting, ["present", "present", "substitute", "absent"])
    assert _flags(decision) == []


def test_the_engine_never_flags_an_unknown_quorum():
    body = mandate.BodyMandate(1, "Styrgruppen", ("Budget",))
    assert mandate.check_decision("Budget", body, [], Quorum(None, 1)) == []
    assert mandate.check_decision("Budget", body, [], Quorum(5, None)) == []
    assert [f.code for f in mandate.check_decision("Budget", body, [], Quorum(5, 4))] == [mandate.NO_QUORUM]


def test_a_body_cannot_adopt_the_agreement_on_behalf_of_the_parties():
    item = decision_item()
    agreement = AgreementFactory(collaboration=item.collaboration)

    with pytest.raises(ValidationError) as error:
        services.take_decision(
            item, actor=SYSTEM, text="Styrgruppen antar avtalet", agreement=agreement, agreement_effect="adopts"
        )

    [message] = error.value.message_dict["agreement_effect"]
    assert "varje parts eget beslut" in message and "föreslå" in message
    assert not item.decisions.exists()
    proposed = services.take_decision(
        item, actor=SYSTEM, text="Föreslår parterna att anta avtalet", agreement=agreement, agreement_effect="proposes"
    )
    assert proposed.agreement == agreement
    with pytest.raises(ValidationError) as error:
        services.update_decision(proposed, actor=SYSTEM, agreement_effect="adopts")
    assert "agreement_effect" in error.value.message_dict


def test_a_decision_at_a_meeting_not_held_is_refused_naming_the_item():
    item = AgendaItemFactory(meeting=MeetingFactory(date=datetime.date(2026, 3, 10)))
    with pytest.raises(ValidationError) as error:
        services.take_decision(item, actor=SYSTEM, text="Beslut i förväg")
    [message] = error.value.message_dict["item"]
    assert "inte genomfört" in message
    assert not item.decisions.exists()


def test_links_to_another_collaboration_are_refused():
    item = decision_item()
    foreign = AgreementFactory()
    with pytest.raises(ValidationError) as error:
        services.take_decision(item, actor=SYSTEM, text="Beslut", agreement=foreign)
    assert "annan samverkan" in str(error.value.message_dict["agreement"])
    assert not item.decisions.exists()


def test_a_replaced_decision_points_to_the_new_one_and_a_cancelled_one_needs_a_reason():
    item = decision_item()
    old, new = DecisionFactory(item=item), DecisionFactory(item=item)

    services.replace_decision(old, new, actor=SYSTEM)
    old.refresh_from_db()
    assert (old.status, old.replaced_by) == ("replaced", new)
    with pytest.raises(ValidationError) as error:
        services.cancel_decision(new, actor=SYSTEM, reason=" ")
    assert "reason" in error.value.message_dict
    services.cancel_decision(new, actor=SYSTEM, reason="Felaktigt underlag")
    new.refresh_from_db()
    assert new.status == "cancelled"
    with pytest.raises(ValidationError) as error:
        services.cancel_decision(new, actor=SYSTEM, reason="Igen")
    assert "status" in error.value.message_dict


def test_a_reservation_is_by_a_party_of_the_collaboration():
    decision = DecisionFactory()
    party = party_of(decision.collaboration, name="Lindesbergs kommun")
    outsider = party_of(CollaborationFactory(), name="Utomstående kommun")

    reservation = services.add_reservation(decision, actor=SYSTEM, organization=party, text="Vi vill ha mer tid")
    assert list(decision.reservations.all()) == [reservation]
    with pytest.raises(ValidationError) as error:
        services.add_reservation(decision, actor=SYSTEM, organization=outsider)
    assert "deltar inte" in str(error.value.message_dict["organization"])
    with pytest.raises(ValidationError) as error:
        services.add_reservation(decision, actor=SYSTEM, organization=party, person=PersonFactory())
    assert "person" in error.value.message_dict
    services.remove_reservation(reservation, actor=SYSTEM)
    assert not decision.reservations.exists()


def test_a_secret_body_may_decide():
    body = BodyFactory(confidentiality="secret", decision_areas=["Insatser"])
    decision = DecisionFactory(item=decision_item(body=body), area="Insatser")
    assert decision.reference.endswith("2026:1")
