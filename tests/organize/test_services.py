"""Rules of the formal basis as a coordinator meets them: bad input is refused with a message that
names the field and the reason, and nothing is saved half-way."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from collaborations import services as collaboration_services
from collaborations.parts.queries import visible_participations
from core.models import ChangeRecord
from core.services import SYSTEM
from organize import queries, services
from organize.models import Adoption, Body, FinancingModel, FinancingShare
from tests.factories.actors import OrganizationFactory, PersonFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import (
    AgreementFactory,
    AgreementVersionFactory,
    BodyDocumentFactory,
    BodyFactory,
    FinancingModelFactory,
    MembershipFactory,
    party_of,
    rule,
)

pytestmark = pytest.mark.django_db


def _field_error(exc_info) -> dict:
    return exc_info.value.message_dict


def test_fixed_shares_without_a_percentage_are_refused_and_nothing_is_saved():
    collaboration = CollaborationFactory()
    a, b = party_of(collaboration, name="Askersunds kommun"), party_of(collaboration, name="Degerfors kommun")
    records = ChangeRecord.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.create_financing_model(
            collaboration,
            actor=SYSTEM,
            shares=[(a, Decimal("60")), (b, None)],
            name="Fasta andelar",
            year=2026,
            method="fixed_shares",
            total=Decimal("1000.00"),
        )
    assert "Degerfors kommun" in _field_error(exc)["shares"][0]
    assert not FinancingModel.objects.exists() and not FinancingShare.objects.exists()
    assert ChangeRecord.objects.count() == records


def test_fixed_shares_that_do_not_add_up_are_kept_as_stated_and_the_shortfall_is_shown_in_kronor():
    collaboration = CollaborationFactory()
    a, b = party_of(collaboration), party_of(collaboration)
    model = services.create_financing_model(
        collaboration,
        actor=SYSTEM,
        shares=[(a, Decimal("60")), (b, Decimal("30"))],
        name="Fasta andelar",
        year=2026,
        method="fixed_shares",
        total=Decimal("1000.00"),
    )
    assert sorted(model.shares.values_list("percent", flat=True)) == [Decimal("30"), Decimal("60")]
    result = queries.financing_computation(model)
    assert result.shortfall == Decimal("100.00") and "100,00 kr" in result.balance


def test_a_population_missing_for_the_chosen_year_names_the_party_and_the_year():
    collaboration = CollaborationFactory()
    nora = party_of(collaboration, name="Nora kommun", area=area("1884"))
    with pytest.raises(ValidationError) as exc:
        services.create_financing_model(
            collaboration,
            actor=SYSTEM,
            shares=[(nora, None)],
            name="Per invånare",
            year=2031,
            method="per_capita",
            total=Decimal("1000.00"),
            population_year=2030,
        )
    message = _field_error(exc)["population_year"][0]
    assert "Nora kommun" in message and "2030" in message
    assert not FinancingModel.objects.exists()


def test_a_changed_model_that_no_longer_adds_up_is_rolled_back():
    collaboration = CollaborationFactory()
    a, b = party_of(collaboration), party_of(collaboration)
    model = FinancingModelFactory(
        collaboration=collaboration, method="fixed_shares", shares=[(a, Decimal("50")), (b, Decimal("50"))]
    )
    with pytest.raises(ValidationError):
        services.update_financing_model(
            model,
            actor=SYSTEM,
            shares=[(a, Decimal("50")), services.ShareSpec(b, Decimal("40"), Decimal("1"))],
            total=5,
        )
    model.refresh_from_db()
    assert model.total == Decimal("100000.00")
    assert sorted(model.shares.values_list("percent", flat=True)) == [Decimal("50"), Decimal("50")]


def test_per_capita_uses_the_territory_population_of_the_stated_year():
    collaboration = CollaborationFactory()
    kumla = party_of(collaboration, name="Kumla kommun", area=area("1881"))
    laxa = party_of(collaboration, name="Laxå kommun", area=area("1860"))
    model = services.create_financing_model(
        collaboration,
        actor=SYSTEM,
        shares=[(kumla, None), (laxa, None)],
        name="Per invånare",
        year=2026,
        method="per_capita",
        total=Decimal("28062.00"),
        population_year=2025,
    )
    # Kumla 22 665 and Laxå 5 397 inhabitants on 31 December 2025: exactly one krona each.
    result = queries.financing_computation(model)
    assert {line.name: line.amount for line in result.lines} == {
        "Kumla kommun": Decimal("22665.00"),
        "Laxå kommun": Decimal("5397.00"),
    }


def test_a_decision_date_before_the_version_exists_is_refused():
    version = AgreementVersionFactory(drafted_on=datetime.date(2024, 3, 1))
    organization = party_of(version.agreement.collaboration)
    with pytest.raises(ValidationError) as exc:
        services.record_adoption(
            version,
            organization,
            actor=SYSTEM,
            status="adopted",
            decision_body="kommunstyrelse",
            decision_date=datetime.date(2024, 2, 28),
        )
    assert "2024-03-01" in _field_error(exc)["decision_date"][0]
    assert not Adoption.objects.exists()


def test_an_adoption_whose_date_and_body_are_unknown_is_recorded_without_them():
    version = AgreementVersionFactory()
    organization = party_of(version.agreement.collaboration)
    adoption = services.record_adoption(version, organization, actor=SYSTEM, status="adopted")
    assert (adoption.status, adoption.decision_date, adoption.decision_body) == ("adopted", None, "")


def test_an_organization_outside_the_collaboration_cannot_adopt():
    version = AgreementVersionFactory()
    stranger = OrganizationFactory(name="Utomstående AB")
    with pytest.raises(ValidationError) as exc:
        services.record_adoption(version, stranger, actor=SYSTEM, status="pending")
    assert "Utomstående AB" in _field_error(exc)["organization"][0]
    body = BodyFactory(collaboration=version.agreement.collaboration)
    with pytest.raises(ValidationError) as exc:  # a seat is held for an organization the person represents
        services.add_membership(body, PersonFactory(), stranger, actor=SYSTEM)
    assert "företräder inte Utomstående AB" in _field_error(exc)["person"][0]
    assert not body.memberships.exists()


def test_a_second_coordinating_party_is_refused():
    collaboration = CollaborationFactory()
    with pytest.raises(ValidationError) as exc:
        collaboration_services.add_participation(collaboration, OrganizationFactory(), actor=SYSTEM, role="coordinator")
    assert "en samordnande part i taget" in _field_error(exc)["role"][0]


def test_adopting_the_current_version_clears_the_warning_and_a_new_version_brings_it_back():
    collaboration = CollaborationFactory()
    kommun = party_of(collaboration, name="Kumla kommun")
    agreement = AgreementFactory(collaboration=collaboration)
    version = AgreementVersionFactory(agreement=agreement)
    parties = list(visible_participations(collaboration, None))

    def warnings():
        return queries.adoption_board(queries.agreements_for(collaboration, None).get(), parties).warnings

    assert any("Kumla kommun" in w for w in warnings())
    coordinator = collaboration.participations.get(role="coordinator").organization
    for org in (kommun, coordinator):
        services.record_adoption(
            version,
            org,
            actor=SYSTEM,
            status="adopted",
            decision_body="kommunstyrelse",
            decision_date=datetime.date(2024, 2, 5),
            reference="KS 2024/1",
        )
    assert warnings() == []
    services.add_agreement_version(agreement, actor=SYSTEM, drafted_on=datetime.date(2025, 1, 1))
    assert any("Kumla kommun" in w and "version 2" in w for w in warnings())


def test_an_agreement_past_its_validity_or_review_date_warns():
    collaboration = CollaborationFactory()
    agreement = AgreementFactory(collaboration=collaboration)
    AgreementVersionFactory(
        agreement=agreement, valid_until=datetime.date(2025, 12, 31), review_date=datetime.date(2025, 6, 30)
    )
    board = queries.adoption_board(queries.agreements_for(collaboration, None).get(), [], on=datetime.date(2026, 1, 15))
    assert "Inte längre i kraft: gällde till 2025-12-31." in board.warnings
    assert any("omprövats" in w for w in board.warnings)


def test_a_rotating_chair_passes_in_the_stated_order():
    collaboration = CollaborationFactory()
    region, karlskrona, ronneby = (party_of(collaboration, name=n) for n in ("Region", "Karlskrona", "Ronneby"))
    body = services.create_body(
        collaboration,
        actor=SYSTEM,
        name="Blekingerådet",
        kind="political_steering",
        chair_mode="rotating",
        chair_rules=[rule(datetime.date(2013, 1, 1), [region, karlskrona, ronneby], 12)],
    )
    assert queries.whose_turn(body, datetime.date(2013, 6, 1))[0] == region.pk
    assert queries.whose_turn(body, datetime.date(2014, 1, 1))[0] == karlskrona.pk
    assert queries.whose_turn(body, datetime.date(2015, 12, 31))[0] == ronneby.pk
    assert queries.whose_turn(body, datetime.date(2016, 1, 1))[0] == region.pk


def test_a_rotation_with_an_outsider_or_a_duplicate_is_refused():
    collaboration = CollaborationFactory()
    region = party_of(collaboration)
    stranger = OrganizationFactory(name="Främling AB")
    base = dict(name="Råd", kind="forum", chair_mode="rotating")
    with pytest.raises(ValidationError) as exc:
        services.create_body(
            collaboration, actor=SYSTEM, chair_rules=[rule(datetime.date(2020, 1, 1), [region, stranger], 6)], **base
        )
    assert "Främling AB" in _field_error(exc)["chair_rules"][0]
    with pytest.raises(ValidationError):
        services.create_body(
            collaboration, actor=SYSTEM, chair_rules=[rule(datetime.date(2020, 1, 1), [region, region], 6)], **base
        )
    with pytest.raises(ValidationError) as exc:  # a rotating chair without a rule
        services.create_body(collaboration, actor=SYSTEM, **base)
    assert "behöver en regel" in _field_error(exc)["chair_rules"][0]
    assert not Body.objects.filter(collaboration=collaboration).exists()


def test_a_body_cannot_be_placed_under_itself():
    collaboration = CollaborationFactory()
    top = BodyFactory(collaboration=collaboration)
    child = BodyFactory(collaboration=collaboration, parent=top)
    with pytest.raises(ValidationError) as exc:
        services.update_body(top, actor=SYSTEM, parent=child)
    assert "parent" in _field_error(exc)


def test_the_ownerless_page_lists_what_no_party_owns():
    collaboration = CollaborationFactory()
    BodyFactory(collaboration=collaboration, name="Informell grupp")
    services.add_follow_up_duty(
        collaboration, actor=SYSTEM, subject="Uppföljning utan ansvarig", first_due=datetime.date(2026, 1, 1)
    )
    items = {str(item.obj) for item in queries.ownerless(collaboration, None)}
    assert {"Informell grupp", "Uppföljning utan ansvarig"} <= items


def test_only_a_coordinator_or_the_party_itself_records_an_adoption():
    collaboration = CollaborationFactory(visibility="public")
    kommun = party_of(collaboration, name="Kommunen")
    other = party_of(collaboration, name="Grannen")
    version = AgreementVersionFactory(agreement=AgreementFactory(collaboration=collaboration))
    representative = user_for(kommun, email="rep@example.org")
    collaboration_services.assign_role(collaboration, representative.person, "representative", actor=SYSTEM)
    adoption = services.record_adoption(
        version,
        kommun,
        actor=representative,
        status="adopted",
        decision_body="kommunstyrelse",
        decision_date=datetime.date(2024, 3, 1),
    )
    assert adoption.status == "adopted"
    with pytest.raises(PermissionDenied):
        services.record_adoption(version, other, actor=representative, status="adopted")


def test_secret_body_material_is_for_the_persons_sitting_in_it_not_their_colleagues():
    from organize.models import BodyDocument

    collaboration = CollaborationFactory(visibility="public")
    body = BodyFactory(collaboration=collaboration, confidentiality="secret", visibility="public")
    member_org, other_org = party_of(collaboration), party_of(collaboration)
    member, colleague, outsider = user_for(member_org), user_for(member_org), user_for(other_org)
    stand_in = user_for(other_org)
    admin = user_for(None, admin=True)
    MembershipFactory(body=body, organization=member_org, person=member.person, visibility="public")
    MembershipFactory(
        body=body, organization=other_org, person=stand_in.person, position="substitute", visibility="public"
    )
    document = BodyDocumentFactory(body=body, title="Hemlig lägesbild", visibility="public")

    assert list(BodyDocument.objects.visible_to(member)) == [document]
    assert list(BodyDocument.objects.visible_to(stand_in)) == [document]
    for user in (colleague, outsider, admin, None):
        assert not BodyDocument.objects.visible_to(user).exists()


def test_a_secret_body_keeps_no_minutes_and_only_its_members_add_material():
    region = OrganizationFactory(name="Regionen")
    coordinator = user_for(region)
    collaboration = CollaborationFactory(
        visibility="public", coordinating_organization=region, coordinator=coordinator.person
    )
    body = BodyFactory(collaboration=collaboration, name="Sekretessforum", confidentiality="secret")
    member = user_for(region)  # the coordinator's colleague sits in the forum; the coordinator does not
    MembershipFactory(body=body, organization=region, person=member.person)
    with pytest.raises(ValidationError) as refused:
        services.add_body_document(body, actor=SYSTEM, title="Protokoll 3", kind="minutes")
    assert "för inga minnesanteckningar" in refused.value.message_dict["kind"][0]
    with pytest.raises(ValidationError) as refused:
        services.add_body_document(body, actor=coordinator, title="Underlag", kind="material")
    assert "bara de som sitter i organet" in refused.value.message_dict["body"][0]
