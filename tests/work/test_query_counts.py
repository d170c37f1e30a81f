"""The pages of the parties' work and their API lists answer with the same number of queries for 1 and 3
items (plans, activities with goals, own goals, notes, competences, target groups, resources, versions),
the number kept in tests/query_counts.json."""

import datetime

import pytest

from core.services import SYSTEM
from organize import services as organize_services
from steer import services as steer_services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import owner_in
from tests.factories.steer import GoalDocumentFactory, GoalFactory
from tests.querycount import assert_bounded
from work import services


def _world(n: int):
    region = OrganizationFactory(name="Region Räknad", sector="region", kind="region")
    user = user_for(region, email="count@example.org")
    collaboration = CollaborationFactory(
        name="Räknad samverkan", coordinating_organization=region, coordinator=user.person, visibility="public"
    )
    document = GoalDocumentFactory(collaboration=collaboration)
    round = None
    for i in range(n):
        goal = GoalFactory(document=document, title=f"Mål {i}")
        GoalFactory(document=document, title=f"Mål utan aktivitet {i}")
        person, organization = owner_in(collaboration, name=f"Kommun {i}")
        own = steer_services.create_own_goal(
            collaboration,
            organization,
            actor=SYSTEM,
            title=f"Eget mål {i}",
            shared_goals=[goal],
            placement="budget",
            document_name="Budget",
        )
        organize_services.set_resource_commitment(
            collaboration, organization, actor=SYSTEM, year=2026, money_committed=100000
        )
        plan = services.create_action_plan(
            collaboration, actor=SYSTEM, organization=organization, title=f"Plan {i}", start_year=2026
        )
        activity = services.create_activity(
            plan,
            actor=SYSTEM,
            title=f"Aktivitet {i}",
            owner_organization=organization,
            owner_person=person,
            start_date=datetime.date(2026, 1, 1 + i),
            end_date=datetime.date(2026, 3, 1),
            goals=[goal],
            own_goals=[own],
            knowledge_basis="innovation",
            status="ongoing",
        )
        services.add_progress_note(activity, actor=SYSTEM, text=f"Läget {i}", written_on=datetime.date(2026, 2, 1))
        services.add_competence(activity, actor=SYSTEM, competence=f"Studievägledning {i}")
        services.add_target_group(activity, actor=SYSTEM, kind="pupils", involvement="consulted")
        services.set_activity_resource(activity, actor=SYSTEM, year=2026, money_committed=50000)
        services.save_plan_version(plan, actor=SYSTEM)
        round = round or steer_services.create_round(
            collaboration,
            actor=SYSTEM,
            title="Uppföljning 2026",
            year=2026,
            start_date=datetime.date(2026, 1, 1),
            due_date=datetime.date(2026, 12, 31),
            coordinating_organization=organization,
        )
    return user, {"collaboration": collaboration, "plan": plan, "activity": activity, "goal": goal, "round": round}


def _base(o):
    return f"/samverkan/{o['collaboration'].slug}/arbete/"


PAGES = {
    "work_joint": lambda o: _base(o),
    "work_joint_filtered": lambda o: _base(o) + "?status=late&kunskap=innovation",
    "work_timeline": lambda o: _base(o) + "tidslinje/",
    "work_plans": lambda o: _base(o) + "planer/",
    "work_plan": lambda o: o["plan"].get_absolute_url(),
    "work_activity": lambda o: o["activity"].get_absolute_url(),
    "work_round_panel": lambda o: o["round"].get_absolute_url(),
    "work_goal_panel": lambda o: o["goal"].get_absolute_url(),
    "work_ownerless": lambda o: f"/samverkan/{o['collaboration'].slug}/organisering/utan-agare/",
}


@pytest.mark.django_db
@pytest.mark.parametrize("page", PAGES)
def test_page_query_count_is_bounded(page):
    assert_bounded(_world, PAGES[page], page)
