"""What the tests of news, handovers and continuity need of the other modules of `lead` (decisions,
assignments), written with core.services.create_object like the services do, and a small world."""

import datetime

from core.services import SYSTEM
from tests.factories.lead import AgendaItemFactory


def decision_at(meeting, *, text="Beslutet att gå vidare.", visibility=None, **data):
    """A decision taken at a held meeting, written with core.services.create_object (the decision
    services are another module's)."""
    from core.services import create_object
    from lead.models import Decision

    item = AgendaItemFactory(meeting=meeting, kind="decision")
    number = Decision.objects.filter(body=meeting.body, year=meeting.date.year).count() + 1
    return create_object(
        Decision,
        "lead.decision.created",
        {"text": text, "visibility": visibility or meeting.visibility, **data},
        actor=SYSTEM,
        collaboration_id=meeting.collaboration_id,
        meeting=meeting,
        item=item,
        body=meeting.body,
        year=meeting.date.year,
        number=number,
        reference=f"T-{meeting.body_id} {meeting.date.year}:{number}",
    )


def assignment_for(body, person, organization, **data):
    """An open assignment of the body, written with core.services.create_object (the assignment
    services are another module's)."""
    from core.services import create_object
    from lead.models import Assignment

    return create_object(
        Assignment,
        "lead.assignment.created",
        {
            "title": "Ta fram en lägesbild",
            "given_on": datetime.date(2026, 1, 10),
            "visibility": body.visibility,
            **data,
        },
        actor=SYSTEM,
        collaboration_id=body.collaboration_id,
        body=body,
        owner_person=person,
        owner_organization=organization,
    )


class World:
    """A public collaboration coordinated by a region, with one more party and a participant of it;
    a steering group with seats from both."""

    def __init__(self, *, visibility="public", name="Samverkan för unga"):
        from tests.factories.actors import OrganizationFactory, user_for
        from tests.factories.collaborations import CollaborationFactory
        from tests.factories.organize import party_of

        self.region = OrganizationFactory(name=f"Region för {name}", sector="region", kind="region")
        self.coordinator = user_for(self.region, email=f"samordnare-{name[:5]}@example.org", first_name="Cecilia")
        self.collaboration = CollaborationFactory(
            name=name, coordinating_organization=self.region, coordinator=self.coordinator.person, visibility=visibility
        )
        self.municipality = party_of(self.collaboration, name=f"Kommunen i {name}")
        self.participant = user_for(self.municipality, email=f"deltagare-{name[:5]}@example.org", first_name="Per")
        self.outsider = user_for(
            OrganizationFactory(name=f"Föreningen utanför {name}"), email=f"ute-{name[:5]}@example.org"
        )
