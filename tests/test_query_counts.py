"""Every list and detail page (HTML and API) answers with the same number of queries for 1 and 3 items."""

from pathlib import Path

import pytest

from actors import services as actor_services
from collaborations import services
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.querycount import UPDATE, assert_bounded, read_baseline


def _world(n: int):
    """n collaborations, each with n parties and n roles; a coordinator who takes part in all."""
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaborations = []
    for i in range(n):
        c = CollaborationFactory(
            name=f"Räknad samverkan {i}",
            coordinating_organization=region,
            coordinator=user.person,
            themes=["health", "business"],
            areas=[],
            drivers=["all_gain"],
        )
        for j in range(n):
            org = OrganizationFactory(name=f"Part {i}-{j}", area=None)
            services.add_participation(c, org, actor=SYSTEM, visibility="participants")
            person = PersonFactory()
            actor_services.add_representation(person, org, actor=SYSTEM)
            services.assign_role(c, person, "representative", actor=SYSTEM, organization=org)
        collaborations.append(c)
    return user, collaborations


PAGES = {
    "home": lambda cs: "/",
    "collaboration_list": lambda cs: "/samverkan/",
    "collaboration_detail": lambda cs: cs[0].get_absolute_url(),
    "collaboration_history": lambda cs: cs[0].get_absolute_url() + "historik/",
    "collaboration_log": lambda cs: cs[0].get_absolute_url() + "logg/",
    "participation_detail": lambda cs: cs[0].participations.last().get_absolute_url(),
    "organization_list": lambda cs: "/organisationer/",
    "organization_detail": lambda cs: cs[0].participations.last().organization.get_absolute_url(),
    "person_list": lambda cs: "/personer/",
    "person_detail": lambda cs: cs[0].roles.last().person.get_absolute_url(),
    "area_list": lambda cs: "/omraden/",
    "area_detail": lambda cs: "/omraden/18/",
    "api_collaborations": lambda cs: "/api/collaborations/",
    "api_collaboration": lambda cs: f"/api/collaborations/{cs[0].slug}/",
    "api_collaboration_log": lambda cs: f"/api/collaborations/{cs[0].slug}/log/",
    "api_participations": lambda cs: "/api/participations/",
    "api_roles": lambda cs: "/api/roles/",
    "api_organizations": lambda cs: "/api/organizations/",
    "api_people": lambda cs: "/api/people/",
    "api_areas": lambda cs: "/api/areas/?kind=region",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", sorted(PAGES))
def test_query_count_does_not_grow_with_the_data(page):
    assert_bounded(_world, PAGES[page], page)


def test_every_kept_query_count_belongs_to_a_test_and_is_kept_for_both_databases():
    """A count kept for a test that is gone, or for one database only, is caught (`make query-counts`)."""
    if UPDATE:
        pytest.skip("the kept counts are being rewritten")
    baseline = read_baseline()
    assert set(baseline) == {"sqlite", "postgresql"}
    assert set(baseline["sqlite"]) == set(baseline["postgresql"])
    root = Path(__file__).resolve().parents[1]
    for key in baseline["sqlite"]:
        path, name = key.split("::")
        assert f"def {name.split('[')[0]}(" in (root / path).read_text(encoding="utf-8"), f"{key}: no such test"
