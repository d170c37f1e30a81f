"""The assignment pages and the API list answer with the same number of queries for 1 and 3 assignments
(of as many bodies, meetings, owners and goals), the number kept in tests/query_counts.json."""

import datetime

import pytest

from core.services import SYSTEM
from lead import services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import MeetingFactory, owner_in
from tests.factories.organize import BodyFactory
from tests.factories.steer import GoalFactory
from tests.querycount import assert_bounded


def _world(n: int):
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    for i in range(n):
        body = BodyFactory(collaboration=collaboration, name=f"Organ {i}")
        meeting = MeetingFactory(body=body, date=datetime.date(2026, 1, 10 + i))
        person, organization = owner_in(collaboration, user.person, name=f"Kommun {i}")
        assignment = services.give_assignment(
            meeting,
            actor=SYSTEM,
            title=f"Uppdrag {i}",
            owner_person=person,
            owner_organization=organization,
            due_date=datetime.date(2026, 2, 1 + i),  # overdue
            goal=GoalFactory(document__collaboration=collaboration),
        )
        services.send_due_reminders(datetime.date(2026, 1, 10 + i))
        if i == 1:
            services.report_assignment(assignment, actor=SYSTEM, status="done", report="Klart.")
    return user, {"collaboration": collaboration}


PAGES = {
    "assignments": lambda o: f"/samverkan/{o['collaboration'].slug}/ledning/uppdrag/",
    "assignments_overdue": lambda o: f"/samverkan/{o['collaboration'].slug}/ledning/uppdrag/?forsenade=1",
    "my_assignments": lambda o: "/mina-uppdrag/",
    "api_assignments": lambda o: f"/api/assignments/?collaboration={o['collaboration'].slug}",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_page_query_count_is_bounded(page):
    assert_bounded(_world, PAGES[page], page)
