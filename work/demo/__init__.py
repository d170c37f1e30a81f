"""Demo data of the work of the parties (S5, W1–W4) for the eight collaborations of SKR's publication:
each party's action plan (and Business Region Kronoberg's joint plan, "continuously updated"), a saved
version with the party's decision where one is plausible, and the activities the publication describes
(seniors in school with Studiefrämjandet's support, the navigator centres as "one door in", BRO's
collaboration areas, Kronoberg's working group per municipality and its evidence-based model, Piteå's
pre-studies by the heads of department, …) with their owners, goals, progress notes, pilots, competences,
target groups and resources.

Source: SKR (2020), *Att hantera komplexa samhällsutmaningar*, chapter 4 ("Att genomföra olika aktiviteter
i samverkan" and "Exempel på aktiviteter i samverkan") and the examples. What the source says is quoted in
`source_note`; names of plans, dates, statuses, notes, pilots, amounts and people it does not give are
invented and marked "[påhittat för demon]" (see `work.demo.specs`). Loaded by `manage.py seed_demo` after
steer's, organize's and lead's demo (their goals, commitments and people), through `work.services` with
`actor=SYSTEM`. Idempotent: a collaboration that already has an action plan is left as it is.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from actors import services as actor_services
from actors.models import Organization, Person
from collaborations.demo import SKR
from collaborations.models import Collaboration
from core.services import SYSTEM
from organize.models import Membership
from steer.demo.examples import STEERING
from steer.models import Goal, OwnGoal
from work import services
from work.choices import KnowledgeBasis
from work.demo import specs
from work.demo.examples import WORK
from work.demo.specs import INVENTED, Who, on
from work.models import ActionPlan, Activity


def load(orgs: dict[str, Organization], demo_people: dict[str, Person]) -> int:
    """Load the action plans and activities of every example that has none yet; returns how many
    examples were loaded."""
    loaded = 0
    for slug, spec in WORK.items():
        collaboration = Collaboration.objects.filter(slug=slug).first()
        if collaboration is None or ActionPlan.objects.filter(collaboration=collaboration).exists():
            continue
        _Loader(collaboration, spec, orgs).run()
        loaded += 1
    return loaded


def marked(text: str) -> str:
    """An invented text says so (a text quoting the source is left as it is)."""
    text = text.strip()
    if not text or INVENTED in text or SKR in text:
        return text
    return f"{text} {INVENTED}"


class _Loader:
    def __init__(self, collaboration: Collaboration, spec: specs.Work, orgs: dict[str, Organization]):
        self.c = collaboration
        self.spec = spec
        self.orgs = orgs
        self.today = timezone.localdate()
        steering = STEERING[collaboration.slug]
        titles = {goal.key: goal.title for doc in steering.documents for goal in doc.goals}
        by_title = {goal.title: goal for goal in Goal.objects.filter(collaboration=collaboration)}
        self.goals = {key: by_title[title] for key, title in titles.items() if title in by_title}

    def day(self, value: specs.Day | None) -> datetime.date | None:
        return on(value, self.today)

    def run(self) -> None:
        self._people()
        for plan in self.spec.plans:
            self._plan(plan)

    def _people(self) -> None:
        for spec in self.spec.people:
            if Person.objects.filter(email=spec.email).exists():
                continue
            actor_services.create_person_representing(
                self.orgs[spec.organization],
                actor=SYSTEM,
                first_name=spec.first_name,
                last_name=spec.last_name,
                title=spec.title,
                email=spec.email,
                is_invented=True,
            )

    def who(self, ref: Who) -> Person:
        """The person in a seat of this collaboration for the organization with the title, else the
        register's person who represents the organization with that title."""
        membership = (
            Membership.objects.filter(collaboration=self.c, organization__name=ref.organization, title=ref.title)
            .select_related("person")
            .order_by("pk")
            .first()
        )
        if membership is not None:
            return membership.person
        person = (
            Person.objects.filter(representations__organization__name=ref.organization, title=ref.title)
            .order_by("pk")
            .first()
        )
        if person is None:
            raise ValueError(f"{self.c.slug}: no one represents {ref.organization} as {ref.title}")
        return person

    def _plan(self, spec: specs.Plan) -> None:
        plan = services.create_action_plan(  # as visible as the collaboration (the service's default)
            self.c,
            actor=SYSTEM,
            organization=self.orgs[spec.organization] if spec.organization else None,
            title=spec.title,
            start_year=spec.start_year,
            end_year=spec.end_year,
            description=spec.description,
            source_note=spec.source_note,
        )
        for number in range(len(spec.versions) + 1):
            for activity in spec.activities:
                if activity.after_version == number:
                    self._activity(plan, activity)
            if number < len(spec.versions):
                self._version(plan, spec.versions[number])

    def _version(self, plan: ActionPlan, spec: specs.Version) -> None:
        version = services.save_plan_version(plan, actor=SYSTEM, note=spec.note, saved_on=self.day(spec.saved))
        decision: dict[str, Any] = {
            "decision_body": spec.decision_body,
            "decision_body_name": spec.decision_body_name,
            "decision_date": self.day(spec.decision_date),
            "decision_reference": spec.decision_reference,
        }
        if any(decision.values()):
            services.record_plan_decision(version, actor=SYSTEM, **decision)

    def _activity(self, plan: ActionPlan, spec: specs.Activity) -> Activity:
        owner = self.orgs[spec.owner.organization]
        own_goals = list(OwnGoal.objects.filter(collaboration=self.c, organization=owner)) if spec.own else []
        pilot = spec.pilot
        activity = services.create_activity(
            plan,
            actor=SYSTEM,
            title=spec.title,
            description=spec.description,
            owner_organization=owner,
            owner_person=self.who(spec.owner),
            start_date=spec.start,
            end_date=spec.end,
            goals=[self.goals[key] for key in spec.goals],
            own_goals=own_goals,
            knowledge_basis=spec.knowledge_basis,
            evidence_reference=spec.evidence_reference,
            pilot_scope=pilot.scope if pilot else "",
            pilot_size=pilot.size if pilot else None,
            evaluation_plan=pilot.evaluation_plan if pilot else "",
            evaluation_due=self.day(pilot.evaluation_due) if pilot else None,
            source_note=spec.source_note,
            is_assumption=spec.is_assumption,
        )
        for note in sorted(spec.notes, key=lambda n: self.day(n.day) or self.today):
            services.add_progress_note(
                activity, actor=SYSTEM, text=marked(note.text), status=note.status, written_on=self.day(note.day)
            )
        if pilot is not None and pilot.evaluated_on is not None:
            assert spec.knowledge_basis == KnowledgeBasis.INNOVATION, spec.title
            activity = services.record_evaluation(
                activity, actor=SYSTEM, evaluated_on=self.day(pilot.evaluated_on), evaluation_result=pilot.result
            )
            if pilot.scaled_up_on is not None:
                activity = services.scale_up_activity(activity, actor=SYSTEM, on=self.day(pilot.scaled_up_on))
        for competence in spec.competences:
            services.add_competence(
                activity,
                actor=SYSTEM,
                competence=competence.competence,
                provider=self.orgs[competence.provider] if competence.provider else None,
                note=marked(competence.note),
            )
        for group in spec.groups:
            services.add_target_group(
                activity,
                actor=SYSTEM,
                kind=group.kind,
                involvement=group.involvement,
                description=group.description,
                evidence=marked(group.evidence),
            )
        for resource in spec.resources:
            services.set_activity_resource(
                activity,
                actor=SYSTEM,
                year=resource.year,
                money_committed=resource.money,
                money_actual=resource.money_actual,
                fte_committed=resource.fte,
                fte_actual=resource.fte_actual,
                note=marked(resource.note) or INVENTED,  # the amounts are invented
            )
        return activity
