"""The news page, the continuity view and the news API list answer with the same number of queries for
1 and 3 items of everything they show."""

import datetime

import pytest
from django.utils import timezone

from collaborations import services as collaboration_services
from core.services import SYSTEM
from lead.models import Attendance
from steer import services as steer_services
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import NewsPostFactory, after_project_plan, held_meeting
from tests.factories.organize import BodyFactory, ExternalFundingFactory, MembershipFactory, party_of
from tests.factories.steer import FollowUpRoundFactory, GoalFactory
from tests.lead.communication_helpers import assignment_for, decision_at
from tests.querycount import assert_bounded


def _world(n: int):
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    today = timezone.localdate()
    for i in range(n):
        party = party_of(collaboration, name=f"Part {i}")
        collaboration_services.update_participation(
            collaboration.participations.get(organization=party), actor=SYSTEM, start_date=datetime.date(2023, 1, 1 + i)
        )
        body = BodyFactory(collaboration=collaboration, name=f"Grupp {i}", meetings_per_year=12)
        seats = [
            MembershipFactory(body=body, organization=o, position=p) for o, p in ((region, "chair"), (party, "member"))
        ]
        for days in (60, 30):
            meeting = held_meeting(body=body, date=today - datetime.timedelta(days=days + i))
            Attendance.objects.filter(meeting=meeting).update(status="present")
        decision = decision_at(meeting, text=f"Beslut {i}")
        assignment_for(body, seats[1].person, party, title=f"Uppdrag {i}")
        goal = GoalFactory(document__collaboration=collaboration, title=f"Mål {i}")
        steer_services.update_goal(goal, actor=SYSTEM, achieved_year=2024)
        round_ = FollowUpRoundFactory(
            collaboration=collaboration, coordinating_organization=region, title=f"Omgång {i}"
        )
        steer_services.close_round(
            round_, actor=SYSTEM, closed_on=datetime.date(2025, 4, 1 + i), confirm_before_start=True
        )
        NewsPostFactory(
            collaboration=collaboration, title=f"Nyhet {i}", is_win=bool(i % 2), goal=goal, decision=decision
        )
        funding = ExternalFundingFactory(collaboration=collaboration, end_date=today + datetime.timedelta(days=100 + i))
        after_project_plan(funding, decision=decision)
        collaboration_services.assign_role(collaboration, PersonFactory(), "analyst", actor=SYSTEM)
    return user, collaboration


PAGES = {
    "lead:news": lambda c: f"/samverkan/{c.slug}/ledning/nyheter/",
    "lead:wins": lambda c: f"/samverkan/{c.slug}/ledning/nyheter/segrar/",
    # With a share of 1 %, every holder of a role is warned about, whatever the size.
    "lead:continuity": lambda c: f"/samverkan/{c.slug}/ledning/kontinuitet/?andel=1",
    "api:news-posts": lambda c: f"/api/news-posts/?collaboration={c.slug}",
    "api:after-project-plans": lambda c: f"/api/after-project-plans/?collaboration={c.slug}",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_query_count_is_bounded(page):
    assert_bounded(_world, PAGES[page], page)
