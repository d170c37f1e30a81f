"""A small collaboration with two parties' plans and activities, for the page tests of `work`."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import owner_in
from tests.factories.steer import GoalDocumentFactory, GoalFactory
from work import services

TODAY = datetime.date(2026, 12, 4)


@dataclass
class PagesWorld:
    collaboration: Any
    coordinator: Any
    goals: list[Any]
    plans: list[Any]
    activities: list[Any]
    people: list[Any]
    orgs: list[Any]

    def url(self, tail: str = "") -> str:
        return f"/samverkan/{self.collaboration.slug}/arbete/{tail}"


def build(n: int = 2, visibility: str = "public") -> PagesWorld:
    """`n` parties, each with a plan and an activity serving goal i; one more goal that no activity serves;
    the first activity is late (it ended before today and is ongoing)."""
    region = OrganizationFactory(name="Region Provlän", sector="region", kind="region")
    coordinator = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(
        name="Unga i arbete", coordinating_organization=region, coordinator=coordinator.person, visibility=visibility
    )
    document = GoalDocumentFactory(collaboration=collaboration)
    goals = [GoalFactory(document=document, title=f"Mål {i + 1}: fler unga i arbete") for i in range(n)]
    goals.append(GoalFactory(document=document, title="Mål utan aktivitet: fler lärlingar"))
    plans, activities, people, orgs = [], [], [], []
    for i in range(n):
        person, organization = owner_in(collaboration, name=f"Kommun {i + 1}")
        plan = services.create_action_plan(
            collaboration,
            actor=SYSTEM,
            organization=organization,
            title=f"Handlingsplan Kommun {i + 1}",
            start_year=2025,
        )
        activity = services.create_activity(
            plan,
            actor=SYSTEM,
            title=f"Navigatorcentrum {i + 1}",
            owner_organization=organization,
            owner_person=person,
            start_date=datetime.date(2025, 1, 1 + i),
            end_date=datetime.date(2026, 6, 30) if i == 0 else datetime.date(2027, 6, 30),
            goals=[goals[i]],
            status="ongoing",
        )
        plans.append(plan)
        activities.append(activity)
        people.append(person)
        orgs.append(organization)
    return PagesWorld(collaboration, coordinator, goals, plans, activities, people, orgs)
