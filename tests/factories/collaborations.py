"""Factories for collaborations, created through the services like the product does."""

import factory

from collaborations import services
from collaborations.models import Collaboration, Participation
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory


class CollaborationFactory(factory.Factory):
    class Meta:
        model = Collaboration

    name = factory.Sequence(lambda n: f"Samverkan {n}")
    problem = "Ungdomsarbetslösheten är hög och ingen aktör kan sänka den ensam."
    visibility = "public"
    coordinating_organization = factory.LazyFunction(OrganizationFactory)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_collaboration(actor=SYSTEM, **kwargs)


class ParticipationFactory(factory.Factory):
    class Meta:
        model = Participation

    collaboration = factory.LazyFunction(CollaborationFactory)
    organization = factory.LazyFunction(OrganizationFactory)
    role = "party"
    visibility = "public"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        collaboration = kwargs.pop("collaboration")
        organization = kwargs.pop("organization")
        return services.add_participation(collaboration, organization, actor=SYSTEM, **kwargs)
