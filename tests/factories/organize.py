"""Factories for the formal basis, created through the services like the product does."""

import datetime
from decimal import Decimal

import factory

from actors import services as actor_services
from collaborations import services as collaboration_services
from core.services import SYSTEM
from organize import services
from organize.models import (
    Agreement,
    AgreementVersion,
    Body,
    BodyDocument,
    ExternalFunding,
    FinancingModel,
    FollowUpDuty,
    Membership,
    ResourceCommitment,
    Responsibility,
)
from tests.factories.actors import OrganizationFactory, PersonFactory
from tests.factories.collaborations import CollaborationFactory


def party_of(collaboration, role: str = "party", **org):
    """A new organization that takes part in `collaboration`."""
    organization = OrganizationFactory(**org)
    collaboration_services.add_participation(collaboration, organization, actor=SYSTEM, role=role, visibility="public")
    return organization


class AgreementFactory(factory.Factory):
    class Meta:
        model = Agreement

    collaboration = factory.LazyFunction(CollaborationFactory)
    kind = "cooperation"
    title = factory.Sequence(lambda n: f"Samverkansavtal {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_agreement(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


class AgreementVersionFactory(factory.Factory):
    class Meta:
        model = AgreementVersion

    agreement = factory.SubFactory(AgreementFactory)
    drafted_on = datetime.date(2024, 1, 10)
    purpose = "Fler unga i arbete eller studier."
    valid_from = datetime.date(2024, 2, 1)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_agreement_version(kwargs.pop("agreement"), actor=SYSTEM, **kwargs)


class BodyFactory(factory.Factory):
    class Meta:
        model = Body

    collaboration = factory.LazyFunction(CollaborationFactory)
    name = factory.Sequence(lambda n: f"Styrgrupp {n}")
    kind = "political_steering"
    chair_mode = "none"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_body(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


def rule(valid_from, order, months, note=""):
    """One version of a rotating chair's rule, as the services take it."""
    return {"valid_from": valid_from, "order": [org.pk for org in order], "period_months": months, "note": note}


class MembershipFactory(factory.Factory):
    class Meta:
        model = Membership

    body = factory.SubFactory(BodyFactory)
    person = factory.LazyFunction(PersonFactory)
    organization = None  # a new party of the body's collaboration unless given
    position = "member"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        body, person, organization = kwargs.pop("body"), kwargs.pop("person"), kwargs.pop("organization")
        organization = organization or party_of(body.collaboration)
        if not person.representations.filter(organization=organization).exists():
            actor_services.add_representation(person, organization, actor=SYSTEM)  # a seat is held for one's own
        return services.add_membership(body, person, organization, actor=SYSTEM, **kwargs)


class BodyDocumentFactory(factory.Factory):
    class Meta:
        model = BodyDocument

    body = factory.SubFactory(BodyFactory)
    title = factory.Sequence(lambda n: f"Lägesbild {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_body_document(kwargs.pop("body"), actor=SYSTEM, **kwargs)


class ResponsibilityFactory(factory.Factory):
    class Meta:
        model = Responsibility

    collaboration = factory.LazyFunction(CollaborationFactory)
    organization = None
    kind = "operational"
    description = "Driver navigatorcentrum."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        collaboration, organization = kwargs.pop("collaboration"), kwargs.pop("organization")
        organization = organization or party_of(collaboration)
        return services.add_responsibility(collaboration, organization, actor=SYSTEM, **kwargs)


class FollowUpDutyFactory(factory.Factory):
    class Meta:
        model = FollowUpDuty

    collaboration = factory.LazyFunction(CollaborationFactory)
    subject = factory.Sequence(lambda n: f"Uppföljning av handlingsplanen {n}")
    frequency = "quarterly"
    first_due = datetime.date(2026, 1, 31)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_follow_up_duty(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


class FinancingModelFactory(factory.Factory):
    class Meta:
        model = FinancingModel

    collaboration = factory.LazyFunction(CollaborationFactory)
    name = factory.Sequence(lambda n: f"Finansiering {n}")
    year = 2026
    method = "equal"
    total = Decimal("100000.00")
    shares = None  # two new parties unless given

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        collaboration = kwargs.pop("collaboration")
        shares = kwargs.pop("shares") or [(party_of(collaboration), None), (party_of(collaboration), None)]
        return services.create_financing_model(collaboration, actor=SYSTEM, shares=shares, **kwargs)


class ExternalFundingFactory(factory.Factory):
    class Meta:
        model = ExternalFunding

    collaboration = factory.LazyFunction(CollaborationFactory)
    kind = "esf"
    description = factory.Sequence(lambda n: f"ESF-projekt {n}")
    amount = Decimal("2500000.00")
    start_date = datetime.date(2024, 1, 1)
    end_date = datetime.date(2026, 12, 31)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_external_funding(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


class ResourceCommitmentFactory(factory.Factory):
    class Meta:
        model = ResourceCommitment

    collaboration = factory.LazyFunction(CollaborationFactory)
    organization = None
    year = 2026
    money_committed = Decimal("500000.00")
    fte_committed = Decimal("1.5")  # a test that needs them unknown passes None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        collaboration, organization, year = kwargs.pop("collaboration"), kwargs.pop("organization"), kwargs.pop("year")
        organization = organization or party_of(collaboration)
        return services.set_resource_commitment(collaboration, organization, year, actor=SYSTEM, **kwargs)
