"""Demo data of the formal basis for the eight collaborations of SKR's publication.

Source: SKR (2020), *Att hantera komplexa samhällsutmaningar. Organisera, styra och leda i
samverkan* (chapters 1 and 4) and the talk *Att styra i territoriet*. What the sources say is
written in `source_note`; what they do not say (dates, decision bodies, diarienummer, amounts,
names of people, the order of a rotating chair) is invented for the demo and marked
"[påhittat för demon]" or with `is_invented`. Loaded by `manage.py seed_demo` only.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any, cast

from actors import services as actor_services
from actors.models import Organization, Person
from collaborations.models import Collaboration
from core.services import SYSTEM
from organize import services
from organize.demo.examples import FORMAL
from organize.demo.specs import FIRST, INVENTED, LAST, FinancingSpec, Formal, Payer, Seat

if TYPE_CHECKING:
    from organize.models import AgreementVersion


class _People:
    """Invented people for the seats, one per (organization, title), created once."""

    def __init__(self, demo_people: dict[str, Person]):
        self.demo_people = demo_people
        self.taken = {(p.first_name, p.last_name) for p in demo_people.values()}
        self.n = 0

    def for_seat(self, seat: Seat, organization: Organization) -> Person:
        if seat.email and seat.email in self.demo_people:
            return self.demo_people[seat.email]
        first, last = FIRST[self.n % len(FIRST)], LAST[(self.n * 7) % len(LAST)]
        self.n += 1
        while (first, last) in self.taken:  # never the name of a demo login
            first, last = FIRST[self.n % len(FIRST)], LAST[(self.n * 7) % len(LAST)]
            self.n += 1
        ascii_name = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
        email = f"{ascii_name}.{self.n}@demo.example".lower()
        existing = Person.objects.filter(email=email).first()
        if existing is not None:
            return existing
        person = actor_services.create_person(
            actor=SYSTEM, first_name=first, last_name=last, title=seat.title, email=email, is_invented=True
        )
        actor_services.add_representation(person, organization, actor=SYSTEM, position=seat.title)
        return person


def load(orgs: dict[str, Organization], demo_people: dict[str, Person]) -> int:
    """Load the formal basis of every example that has none yet; returns how many were loaded."""
    people = _People(demo_people)
    people.n = Person.objects.filter(is_invented=True).count()
    loaded = 0
    for slug, formal in FORMAL.items():
        collaboration = Collaboration.objects.filter(slug=slug).first()
        if collaboration is None or collaboration.bodies.exists() or collaboration.agreements.exists():
            continue
        _load_one(collaboration, formal, orgs, people)
        loaded += 1
    return loaded


def _load_one(collaboration: Collaboration, formal: Formal, orgs, people: _People) -> None:
    for spec in formal.agreements:
        agreement = services.create_agreement(
            collaboration,
            actor=SYSTEM,
            kind=spec.kind,
            title=spec.title,
            commissioned_organization=orgs.get(spec.commissioned),
            parties=[orgs[name] for name in spec.parties],
            source_note=spec.source_note,
        )
        version = None
        for version_data in spec.versions:
            version = services.add_agreement_version(agreement, actor=SYSTEM, **version_data)
        for org, status, decision_body, body_name, date, reference in spec.adoptions:
            services.record_adoption(
                cast("AgreementVersion", version),  # every agreement in the demo has a version
                orgs[org],
                actor=SYSTEM,
                status=status,
                decision_body=decision_body,
                decision_body_name=body_name,
                decision_date=date,
                reference=reference,
                # an adoption the source gives no date for is recorded without one, and says so
                note=INVENTED if status == "adopted" and date is not None else "",
            )
    bodies: dict[str, Any] = {}
    for body_spec in formal.bodies:
        body = services.create_body(
            collaboration,
            actor=SYSTEM,
            name=body_spec.name,
            kind=body_spec.kind,
            parent=bodies.get(body_spec.parent),
            purpose=body_spec.purpose,
            decision_areas=body_spec.decision_areas,
            convener=orgs.get(body_spec.convener),
            meeting_rhythm=body_spec.meeting_rhythm,
            meetings_per_year=body_spec.meetings_per_year,
            chair_mode=body_spec.chair_mode,
            chair_organization=orgs.get(body_spec.chair),
            chair_rules=[
                {
                    "valid_from": body_spec.rotation_start,
                    "order": [orgs[o].pk for o in body_spec.rotation],
                    "period_months": body_spec.rotation_months,
                    "note": INVENTED,
                }
            ]
            if body_spec.rotation
            else [],
            confidentiality="secret" if body_spec.secret else "normal",
            source_note=body_spec.source_note,
            established_on=body_spec.established_on,
            closed_on=body_spec.closed_on,
            closing_reason=body_spec.closing_reason,
            is_assumption=body_spec.is_assumption,
        )
        bodies[body_spec.key] = body
        for seat in body_spec.seats:
            organization = orgs[seat.organization]
            services.add_membership(
                body,
                people.for_seat(seat, organization),
                organization,
                actor=SYSTEM,
                position=seat.position,
                title=seat.title,
                outside_role=seat.outside_role,
                start_date=collaboration.start_date,
            )
        for title, description in body_spec.documents:
            services.add_body_document(body, actor=SYSTEM, title=title, description=description)
    for org, kind, description in formal.responsibilities:
        services.add_responsibility(collaboration, orgs[org], actor=SYSTEM, kind=kind, description=description)
    for duty in formal.follow_up:
        services.add_follow_up_duty(
            collaboration,
            actor=SYSTEM,
            subject=duty["subject"],
            responsible_organization=orgs.get(duty["responsible"]),
            frequency=duty["frequency"],
            first_due=duty["first_due"],
            report_to=bodies.get(duty.get("report_to", "")),
        )
    for financing_spec in formal.financing:
        _load_financing(collaboration, financing_spec, orgs)
    for ext in formal.external:
        services.add_external_funding(
            collaboration,
            actor=SYSTEM,
            kind=ext["kind"],
            description=ext["description"],
            funder=orgs.get(ext["funder"]),
            amount=ext.get("amount"),
            start_date=ext.get("start"),
            end_date=ext.get("end"),
            is_invented=ext.get("amount") is not None,
            source_note=ext.get("source_note", ""),
        )
    for res in formal.resources:
        services.set_resource_commitment(
            collaboration,
            orgs[res["organization"]],
            res["year"],
            actor=SYSTEM,
            money_committed=res.get("money"),
            money_actual=res.get("money_actual"),
            fte_committed=res.get("fte"),
            fte_actual=res.get("fte_actual"),
            note=res["note"],
            is_invented=True,
        )


def _load_financing(collaboration: Collaboration, spec: FinancingSpec, orgs: dict[str, Organization]) -> None:
    shares = []
    for payer in spec.payers:
        p = payer if isinstance(payer, Payer) else Payer(payer[0], payer[1])
        shares.append(services.ShareSpec(orgs[p.organization], p.percent, p.amount, orgs.get(p.paid_by), p.group))
    groups = [services.GroupSpec(g.name, g.method, g.population_weight, g.percent, g.amount) for g in spec.groups]
    services.create_financing_model(
        collaboration,
        actor=SYSTEM,
        shares=shares,
        groups=groups,
        name=spec.name,
        year=spec.year,
        method=spec.method,
        total=spec.total,
        population_year=spec.population_year,
        population_weight=spec.population_weight,
        note=spec.note,
        is_invented=spec.is_invented,
        is_assumption=spec.is_assumption,
        source_note=spec.source_note,
        source_url=spec.source_url,
    )
