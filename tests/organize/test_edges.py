"""Edges of the formal basis: visibility that follows its parent, names of hidden objects, secrecy in
the log, files through the API, dates at the ends of the calendar, parties that have left."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from collaborations import services as collaboration_services
from core.models import ChangeRecord
from core.services import SYSTEM
from organize import queries, services
from organize.models import Body, FinancingShare, FollowUpDuty
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import (
    AgreementFactory,
    AgreementVersionFactory,
    BodyDocumentFactory,
    BodyFactory,
    FinancingModelFactory,
    FollowUpDutyFactory,
    MembershipFactory,
    party_of,
    rule,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinated():
    region = OrganizationFactory(name="Regionen", sector="region", kind="region")
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=coordinator.person)
    api = APIClient()
    api.force_login(coordinator)
    return collaboration, region, coordinator, api


def test_shares_follow_their_financing_model_when_it_is_made_private():
    collaboration = CollaborationFactory(visibility="public")
    model = FinancingModelFactory(collaboration=collaboration, visibility="public")
    services.update_financing_model(model, actor=SYSTEM, visibility="participants")
    assert set(FinancingShare.objects.filter(financing=model).values_list("visibility", flat=True)) == {"participants"}
    assert not FinancingShare.objects.visible_to(None).exists()


def test_adoptions_follow_their_version_when_it_is_made_public():
    collaboration = CollaborationFactory(visibility="public")
    version = AgreementVersionFactory(
        agreement=AgreementFactory(collaboration=collaboration), visibility="participants"
    )
    services.record_adoption(version, party_of(collaboration), actor=SYSTEM, status="pending")
    services.update_agreement_version(version, actor=SYSTEM, visibility="public")
    assert list(version.adoptions.values_list("visibility", flat=True)) == ["public"]


def test_a_sub_body_or_a_duty_of_a_hidden_body_is_hidden_with_it_even_in_old_data():
    collaboration = CollaborationFactory(visibility="public")
    hidden = BodyFactory(collaboration=collaboration, name="Dold styrgrupp", visibility="public")
    child = BodyFactory(collaboration=collaboration, name="Öppen arbetsgrupp", parent=hidden, visibility="public")
    FollowUpDutyFactory(collaboration=collaboration, report_to=hidden, visibility="public", subject="Öppen uppföljning")
    # Old data: the parent was narrowed past the services, its parts were left public.
    Body.objects.filter(pk=hidden.pk).update(visibility="named")
    anonymous = APIClient()
    response = anonymous.get(child.get_absolute_url())
    assert response.status_code == 404 and "Dold styrgrupp" not in response.content.decode()
    page = anonymous.get(f"/samverkan/{collaboration.slug}/organisering/ansvar/").content.decode()
    assert "Öppen uppföljning" not in page and "Dold styrgrupp" not in page


def test_a_part_cannot_be_made_more_visible_than_its_body_and_narrowing_the_body_narrows_its_parts():
    collaboration = CollaborationFactory(visibility="public")
    body = BodyFactory(collaboration=collaboration, name="Styrgrupp", visibility="participants")
    with pytest.raises(ValidationError) as refused:
        BodyFactory(collaboration=collaboration, name="Arbetsgrupp", parent=body, visibility="public")
    assert "organ ”Styrgrupp” är synligt för deltagare" in refused.value.message_dict["visibility"][0]
    child = BodyFactory(collaboration=collaboration, name="Arbetsgrupp", parent=body, visibility="participants")
    duty = FollowUpDutyFactory(collaboration=collaboration, report_to=body, visibility="participants")
    services.update_body(body, actor=SYSTEM, visibility="named", shared_with=[party_of(collaboration)])
    child.refresh_from_db()
    duty.refresh_from_db()
    assert (child.visibility, duty.visibility) == ("named", "named")
    assert list(child.shared_with.all()) == list(body.shared_with.all())
    capped = ChangeRecord.objects.filter(object_id=child.pk, action="core.visibility.capped").get()
    assert capped.changes["visibility"] == ["participants", "named"]


def test_a_coordinator_outside_a_secret_body_sees_neither_its_material_nor_its_log(coordinated):
    collaboration, region, coordinator, api = coordinated
    member = party_of(collaboration, name="Polisen")
    body = BodyFactory(collaboration=collaboration, confidentiality="secret", visibility="public")
    MembershipFactory(body=body, organization=member)
    document = BodyDocumentFactory(body=body, title="Hemlig lägesbild", visibility="public")
    assert api.get(document.get_absolute_url()).status_code == 404
    log = api.get(f"/api/collaborations/{collaboration.slug}/log/").json()["results"]
    assert all(r["object_repr"] != "Hemlig lägesbild" for r in log)
    assert "Hemlig lägesbild" not in api.get(f"/samverkan/{collaboration.slug}/logg/").content.decode()
    # and cannot add material to it either
    refused = api.post("/api/body-documents/", {"body": body.pk, "title": "Min handling"}, format="json")
    assert refused.status_code == 400 and "sekretess" in refused.json()["body"][0]


def test_a_representative_cannot_choose_who_sees_its_adoption(coordinated):
    collaboration, region, coordinator, api = coordinated
    kommun = party_of(collaboration, name="Kommunen")
    representative = user_for(kommun, email="rep@example.org")
    version = AgreementVersionFactory(agreement=AgreementFactory(collaboration=collaboration))
    rep = APIClient()
    rep.force_login(representative)
    response = rep.post(
        "/api/adoptions/",
        {
            "version": version.pk,
            "organization": kommun.pk,
            "status": "pending",
            "visibility": "named",
            "shared_with": [],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["visibility"] == version.visibility


def test_the_party_choices_of_a_form_are_those_the_user_may_see(coordinated):
    collaboration, region, coordinator, api = coordinated
    collaboration_services.update_collaboration(collaboration, actor=SYSTEM, visibility="public")
    secret_party = OrganizationFactory(name="Hemlig part AB")
    collaboration_services.add_participation(collaboration, secret_party, actor=SYSTEM, visibility="named")
    kommun = party_of(collaboration, name="Synlig kommun")
    from tests.factories.organize import ResourceCommitmentFactory

    own = ResourceCommitmentFactory(collaboration=collaboration, organization=kommun, visibility="public")
    rep = APIClient()
    rep.force_login(user_for(kommun, email="kommun@example.org"))
    form = rep.get(f"/samverkan/{collaboration.slug}/organisering/finansiering/resurser/{own.pk}/andra/")
    assert form.status_code == 200
    assert "Synlig kommun" in form.content.decode() and "Hemlig part AB" not in form.content.decode()


def test_api_uploads_follow_the_same_file_rules(coordinated):
    collaboration, region, coordinator, api = coordinated
    body = BodyFactory(collaboration=collaboration)
    html = SimpleUploadedFile("evil.html", b"<script>alert(1)</script>", content_type="text/html")
    response = api.post("/api/body-documents/", {"body": body.pk, "title": "Ond fil", "attachment": html})
    assert response.status_code == 400 and ".html" in response.json()["attachment"][0]


def test_the_same_party_twice_among_the_payers_is_refused():
    collaboration = CollaborationFactory()
    kommun = party_of(collaboration, name="Dubbla kommunen")
    with pytest.raises(ValidationError) as exc:
        services.create_financing_model(
            collaboration,
            actor=SYSTEM,
            shares=[(kommun, Decimal("50")), (kommun, Decimal("50"))],
            name="Dubbel",
            year=2026,
            method="fixed_shares",
            total=Decimal("100.00"),
        )
    assert "två gånger" in exc.value.message_dict["shares"][0]


def test_deleting_a_body_records_that_its_follow_up_duties_lost_their_recipient():
    collaboration = CollaborationFactory()
    body = BodyFactory(collaboration=collaboration)
    duty = FollowUpDutyFactory(collaboration=collaboration, report_to=body)
    body_pk = body.pk
    services.delete_body(body, actor=SYSTEM)
    duty.refresh_from_db()
    assert duty.report_to is None
    record = ChangeRecord.objects.get(action="organize.follow_up_duty.updated", object_id=duty.pk)
    assert record.changes["report_to"] == [body_pk, None]


def test_a_party_that_has_left_does_not_block_an_unrelated_edit():
    collaboration = CollaborationFactory()
    a, b = party_of(collaboration, name="A"), party_of(collaboration, name="B")
    body = services.create_body(
        collaboration,
        actor=SYSTEM,
        name="Råd",
        kind="forum",
        chair_mode="rotating",
        chair_rules=[rule(datetime.date(2020, 1, 1), [a, b], 12)],
    )
    model = FinancingModelFactory(collaboration=collaboration, shares=[(a, None), (b, None)])
    collaboration_services.remove_participation(collaboration.participations.get(organization=b), actor=SYSTEM)
    services.update_body(body, actor=SYSTEM, name="Rådet")
    services.update_financing_model(model, actor=SYSTEM, note="Oförändrade andelar")
    with pytest.raises(ValidationError):  # but naming the party anew is refused
        services.update_body(body, actor=SYSTEM, chair_rules=[rule(datetime.date(2020, 1, 1), [b, a], 12)])


def test_a_rotation_starting_on_the_31st_hands_over_on_the_last_day_of_a_short_month():
    collaboration = CollaborationFactory()
    a, b = party_of(collaboration), party_of(collaboration)
    body = services.create_body(
        collaboration,
        actor=SYSTEM,
        name="Månadsråd",
        kind="forum",
        chair_mode="rotating",
        chair_rules=[rule(datetime.date(2024, 1, 31), [a, b], 1)],
    )
    assert queries.whose_turn(body, datetime.date(2024, 2, 28))[0] == a.pk
    assert queries.whose_turn(body, datetime.date(2024, 2, 29))[0] == b.pk  # 31 Jan + 1 month = 29 Feb 2024
    assert queries.whose_turn(body, datetime.date(2024, 3, 31))[0] == a.pk


def test_an_agreement_that_has_not_started_says_so():
    collaboration = CollaborationFactory()
    AgreementVersionFactory(
        agreement=AgreementFactory(collaboration=collaboration), valid_from=datetime.date(2099, 1, 1)
    )
    board = queries.adoption_board(queries.agreements_for(collaboration, None).get(), [], on=datetime.date(2026, 1, 1))
    assert board.warnings == ["Inte i kraft ännu: börjar gälla 2099-01-01."]


def test_a_schedule_stops_at_the_end_of_the_collaboration_and_of_the_calendar():
    ended = CollaborationFactory(start_date=datetime.date(2013, 1, 1), end_date=datetime.date(2018, 12, 31))
    duty = FollowUpDutyFactory(collaboration=ended, frequency="quarterly", first_due=datetime.date(2018, 3, 31))
    assert queries.schedule(duty, on=datetime.date(2018, 6, 1)) == [
        datetime.date(2018, 6, 30),
        datetime.date(2018, 9, 30),
        datetime.date(2018, 12, 31),
    ]
    assert queries.schedule(duty, on=datetime.date(2019, 1, 1)) == []
    far = FollowUpDutyFactory(
        collaboration=CollaborationFactory(), frequency="yearly", first_due=datetime.date(9999, 6, 1)
    )
    assert queries.schedule(far, on=datetime.date(2026, 1, 1)) == [datetime.date(9999, 6, 1)]
    page = APIClient().get(f"/samverkan/{far.collaboration.slug}/organisering/ansvar/")
    assert page.status_code == 200


def test_a_seat_or_a_duty_is_held_by_someone_who_represents_the_party():
    collaboration = CollaborationFactory()
    kommun = party_of(collaboration, name="Kommunen")
    stranger = PersonFactory(first_name="Helt", last_name="Utomstående")
    with pytest.raises(ValidationError) as exc:
        services.add_membership(BodyFactory(collaboration=collaboration), stranger, kommun, actor=SYSTEM)
    assert "företräder inte Kommunen" in exc.value.message_dict["person"][0]
    with pytest.raises(ValidationError):
        services.add_follow_up_duty(
            collaboration,
            actor=SYSTEM,
            subject="Uppföljning",
            first_due=datetime.date(2026, 1, 1),
            responsible_organization=kommun,
            responsible_person=stranger,
        )
    assert not FollowUpDuty.objects.exists()
