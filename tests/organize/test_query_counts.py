"""Every page and API list of the formal basis answers with the same number of queries for 1 and 3
items of everything (agreements, versions, adoptions, bodies, members, documents, financing …)."""

import datetime
from decimal import Decimal

import pytest

from core.services import SYSTEM
from organize import services
from tests.factories.actors import OrganizationFactory, PersonFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import (
    AgreementFactory,
    AgreementVersionFactory,
    BodyDocumentFactory,
    BodyFactory,
    ExternalFundingFactory,
    FollowUpDutyFactory,
    MembershipFactory,
    ResourceCommitmentFactory,
    ResponsibilityFactory,
    party_of,
    rule,
)
from tests.querycount import assert_bounded

KOMMUNER = ["1880", "1881", "1860"]


def _world(n: int):
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    parties = [party_of(collaboration, name=f"Kommun {i}", area=area(KOMMUNER[i])) for i in range(n)]
    objects = {"collaboration": collaboration}
    top = None
    for i in range(n):
        agreement = AgreementFactory(collaboration=collaboration, title=f"Avtal {i}")
        version = AgreementVersionFactory(agreement=agreement)
        for org in parties:
            services.record_adoption(
                version,
                org,
                actor=SYSTEM,
                status="adopted",
                decision_body="kommunstyrelse",
                decision_date=datetime.date(2024, 3, 1),
                reference=f"KS {i}",
            )
        body = BodyFactory(
            collaboration=collaboration,
            name=f"Organ {i}",
            parent=top,
            convener=parties[i] if i else None,
            chair_mode="rotating",
            chair_rules=[
                rule(datetime.date(2020, 1, 1), [*parties, region], 12),
                rule(datetime.date(2024, 1, 1), [region, *parties], 6),
            ],
        )
        top = top or body
        for org in parties:
            MembershipFactory(body=body, organization=org, person=PersonFactory())
        BodyDocumentFactory(body=body)
        ResponsibilityFactory(collaboration=collaboration, organization=parties[i])
        FollowUpDutyFactory(collaboration=collaboration, report_to=body, responsible_organization=None)
        services.create_financing_model(
            collaboration,
            actor=SYSTEM,
            # the region half, the municipalities jointly the rest (half by population, half equally),
            # the region paying the first municipality's share
            shares=[
                services.ShareSpec(region, Decimal("50")),
                *(
                    services.ShareSpec(p, paid_by=region if j == 0 else None, group="Kommunerna")
                    for j, p in enumerate(parties)
                ),
            ],
            groups=[services.GroupSpec("Kommunerna", "weighted", Decimal("50"))],
            name=f"Modell {i}",
            year=2026,
            method="per_capita",
            total=Decimal("1000000.00"),
            population_year=2025,
        )
        ExternalFundingFactory(collaboration=collaboration)
        ResourceCommitmentFactory(collaboration=collaboration, organization=parties[i])
        objects.update(agreement=agreement, version=version, body=body, document=body.documents.first())
    objects["top"] = top
    return user, objects


def _base(o):
    return f"/samverkan/{o['collaboration'].slug}/organisering/"


PAGES = {
    "overview": lambda o: _base(o),
    "agreement": lambda o: o["agreement"].get_absolute_url(),
    "responsibilities": lambda o: _base(o) + "ansvar/",
    "ownerless": lambda o: _base(o) + "utan-agare/",
    "organigram": lambda o: _base(o) + "organ/",
    "body": lambda o: o["top"].get_absolute_url(),
    "body_document": lambda o: o["document"].get_absolute_url(),
    "financing": lambda o: _base(o) + "finansiering/",
    "financing_detail": lambda o: o["collaboration"].financing_models.first().get_absolute_url(),
    "agreement_history": lambda o: _base(o) + f"historik/avtal/{o['agreement'].pk}/",
    "adoption_form": lambda o: (
        o["agreement"].get_absolute_url()
        + f"versioner/{o['version'].pk}/beslut/{o['collaboration'].participations.last().organization_id}/"
    ),
    "financing_form": lambda o: _base(o) + "finansiering/ny/",
    "body_form": lambda o: _base(o) + "organ/nytt/",
    "api_agreements": lambda o: "/api/agreements/",
    "api_versions": lambda o: "/api/agreement-versions/",
    "api_adoptions": lambda o: "/api/adoptions/",
    "api_responsibilities": lambda o: "/api/responsibilities/",
    "api_follow_up": lambda o: "/api/follow-up-duties/",
    "api_bodies": lambda o: "/api/bodies/",
    "api_memberships": lambda o: "/api/memberships/",
    "api_documents": lambda o: "/api/body-documents/",
    "api_financing": lambda o: "/api/financing-models/",
    "api_computation": lambda o: f"/api/financing-models/{o['collaboration'].financing_models.first().pk}/computation/",
    "api_shares": lambda o: "/api/financing-shares/",
    "api_external": lambda o: "/api/external-funding/",
    "api_resources": lambda o: "/api/resource-commitments/",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", sorted(PAGES))
def test_query_count_does_not_grow_with_the_data(page):
    assert_bounded(_world, PAGES[page], page)
