"""The decision register, a decision's page and the API list answer with the same number of queries for
1 and 3 decisions (each with a reservation, a goal and an adoption, in bodies with mandates)."""

import pytest

from core.services import SYSTEM
from lead.services import decisions as services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import DecisionFactory, decision_item
from tests.factories.organize import BodyFactory, MembershipFactory, party_of
from tests.factories.steer import GoalFactory
from tests.querycount import assert_bounded


def _world(n: int):
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    BodyFactory(collaboration=collaboration, name="Styrgruppen", decision_areas=["Budget"], visibility="public")
    objects = {"collaboration": collaboration}
    for i in range(n):
        body = BodyFactory(
            collaboration=collaboration, name=f"Arbetsgrupp {i}", kind="working", quorum=1, visibility="public"
        )
        MembershipFactory(body=body)
        party = party_of(collaboration, name=f"Kommun {i}")
        goal = GoalFactory(document__collaboration=collaboration, title=f"Mål {i}")
        decision = DecisionFactory(item=decision_item(body=body), area="Budget", text=f"Beslut {i}", goals=[goal])
        services.add_reservation(decision, actor=SYSTEM, organization=party, text="Nej")
        objects.setdefault("decision", decision)
    return user, objects


def _base(o):
    return f"/samverkan/{o['collaboration'].slug}/ledning/beslut/"


PAGES = {
    "decisions": _base,
    "decisions_searched": lambda o: _base(o) + "?q=beslut&status=in_force",
    "decision_detail": lambda o: o["decision"].get_absolute_url(),
    "api_decisions": lambda o: "/api/decisions/",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_page_query_count_is_bounded(page):
    assert_bounded(_world, PAGES[page], page)
