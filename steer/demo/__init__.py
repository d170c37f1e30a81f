"""Demo data of the steering part (S1–S11) for the eight collaborations of SKR's publication.

Source: SKR (2020), *Att hantera komplexa samhällsutmaningar. Organisera, styra och leda i
samverkan* (chapters 2 and 4, "Att styra och följa upp i samverkan") and the talk *Att styra i
territoriet*. What the sources say is written in `source_note` (quoted where short). The sources give
no statistics at all and only one measurable goal (Blekinge: halve youth unemployment 15–29 by 2017,
as a first step towards a nollvision). So:

* an indicator follows a real statistical series only where real values exist offline (Kolada's
  N03702 BRP per inhabitant for Lindesberg and Karlskoga, N01951 population 2025 for Älvsbyn, both
  shipped by `stats.demo`); its target values are invented and say so in the target's note;
* every other value is entered by hand, invented, and marked: `Indicator.values_invented`,
  `IndicatorValue.is_invented` and "[påhittat för demon]" in the source note;
* names, dates, own goals, rounds, evidence and dialogue the sources do not give are invented and
  marked "[påhittat för demon]"; general knowledge is marked "[allmän kännedom]".

Loaded by `manage.py seed_demo` after `stats.demo`, through `steer.services` with `actor=SYSTEM`.
Idempotent: a collaboration that already has steering data is left as it is.
"""

from __future__ import annotations

from actors.models import Area, Organization, Person
from collaborations.models import Collaboration
from core.services import SYSTEM
from organize.models import ResourceCommitment
from stats.models import Series
from steer import services
from steer.demo.examples import STEERING
from steer.demo.specs import INVENTED, Ind, Steering
from steer.models import Goal, Indicator


def has_steering(collaboration: Collaboration) -> bool:
    return (
        collaboration.situation_analyses.exists()
        or collaboration.goal_documents.exists()
        or collaboration.follow_up_rounds.exists()
    )


def load(orgs: dict[str, Organization], demo_people: dict[str, Person]) -> int:
    """Load the steering of every example that has none yet; returns how many were loaded."""
    areas = {a.scb_code: a for a in Area.objects.all()}
    loaded = 0
    for slug, steering in STEERING.items():
        collaboration = Collaboration.objects.filter(slug=slug).first()
        if collaboration is None or has_steering(collaboration):
            continue
        _Loader(collaboration, steering, orgs, areas).run()
        loaded += 1
    return loaded


class _Loader:
    def __init__(self, collaboration: Collaboration, steering: Steering, orgs, areas):
        self.c = collaboration
        self.s = steering
        self.orgs = orgs
        self.areas = areas
        self.goals: dict[str, Goal] = {}
        self.indicators: dict[str, Indicator] = {}
        self.rounds: dict = {}
        self.pending: list[tuple[Indicator, Ind, str, str, int, float | tuple[float, float]]] = []

    def run(self) -> None:
        self._analysis()
        self._goals()
        self._indicators()
        self._own_goals_and_conflicts()
        self._rounds()
        self._record_values_until(None)  # what came after the last closed round
        self._evidence_and_scans()

    # S1 ---------------------------------------------------------------------------------------------
    def _analysis(self) -> None:
        for version in self.s.analyses:
            services.save_situation_analysis(self.c, actor=SYSTEM, **version)
        for spec in self.s.actors:
            actor = services.add_analysis_actor(
                self.c,
                actor=SYSTEM,
                organization=self.orgs.get(spec.organization),
                name="" if spec.organization else spec.name,
                sector=spec.sector,
                effect=spec.effect,
                is_missing=spec.is_missing,
            )
            if spec.invite:
                services.invite_missing_actor(actor, actor=SYSTEM, message=spec.invite)
        for org, text, note in self.s.benefits:
            services.set_own_benefit(self.c, self.orgs[org], actor=SYSTEM, text=text, source_note=note)

    # S2 ---------------------------------------------------------------------------------------------
    def _goals(self) -> None:
        for doc in self.s.documents:
            document = services.create_goal_document(
                self.c,
                actor=SYSTEM,
                kind=doc.kind,
                title=doc.title,
                year_from=doc.year_from,
                year_to=doc.year_to,
                adopted_by=doc.adopted_by,
                description=doc.description,
                source_note=doc.source_note,
            )
            for order, spec in enumerate(doc.goals):
                self.goals[spec.key] = services.create_goal(
                    document,
                    actor=SYSTEM,
                    parent=self.goals.get(spec.parent),
                    title=spec.title,
                    description=spec.description,
                    term=spec.term,
                    target_year=spec.target_year,
                    order=order,
                    source_note=spec.source_note,
                    achieved_year=spec.achieved_year,
                    achieved_evidence=spec.achieved_evidence,
                )
        for doc in self.s.documents:  # a successor may stand later in the list, or in another document
            for spec in doc.goals:
                if spec.superseded_by:
                    services.update_goal(
                        self.goals[spec.key], actor=SYSTEM, superseded_by=self.goals[spec.superseded_by]
                    )
        for goal_key, org, year in self.s.resources:
            commitments = ResourceCommitment.objects.filter(
                collaboration=self.c, organization=self.orgs[org], year=year
            )
            if commitments.exists():
                goal = self.goals[goal_key]
                services.update_goal(goal, actor=SYSTEM, resources=[*goal.resources.all(), *commitments])

    def _indicators(self) -> None:
        for order, spec in enumerate(self.s.indicators):
            series = None
            if spec.series:
                series = Series.objects.filter(source="kolada", external_id=spec.series).first()
                if series is None:  # stats.demo did not load it: leave the indicator out, not fake it
                    continue
            indicator = services.create_indicator(
                self.goals[spec.goal],
                actor=SYSTEM,
                areas=[self.areas[code] for code in spec.areas],
                targets=[{"year": y, "value": v, "note": note} for y, v, note in spec.targets],
                name=spec.name,
                measure_type=spec.measure_type,
                unit=spec.unit,
                direction=spec.direction,
                baseline_value=spec.baseline[1] if spec.baseline else None,
                baseline_year=spec.baseline[0] if spec.baseline else None,
                baseline_source=spec.baseline_source,
                is_ratio=spec.is_ratio,
                numerator_label=spec.numerator_label,
                denominator_label=spec.denominator_label,
                by_gender=spec.by_gender,
                series=series,
                responsible_organization=self.orgs.get(spec.responsible),
                frequency=spec.frequency,
                rationale=spec.rationale,
                order=order,
                values_invented=spec.values_invented,
                source_note=spec.source_note,
            )
            self.indicators[spec.key] = indicator
            for area, gender, values in spec.values:
                for year, value in values.items():
                    self.pending.append((indicator, spec, area, gender, year, value))
            for area, gender, counts in spec.counts:
                for year, pair in counts.items():
                    self.pending.append((indicator, spec, area, gender, year, pair))
        self.pending.sort(key=lambda p: p[4])

    def _record_values_until(self, year: int | None) -> None:
        """Enter the pending hand-entered values up to `year` (all when None), oldest first."""
        while self.pending and (year is None or self.pending[0][4] <= year):
            indicator, spec, area, gender, value_year, value = self.pending.pop(0)
            invented = spec.values_invented or spec.typed_invented
            number = {"numerator": value[0], "denominator": value[1]} if isinstance(value, tuple) else {"value": value}
            services.record_value(
                indicator,
                self.areas[area],
                value_year,
                actor=SYSTEM,
                gender=gender,
                **number,
                is_invented=invented,
                entered_by=self.orgs.get(spec.responsible),
                comment=INVENTED if invented else "",
                source_note=spec.values_source,
            )

    # S3 ---------------------------------------------------------------------------------------------
    def _own_goals_and_conflicts(self) -> None:
        for spec in self.s.own_goals:
            services.create_own_goal(
                self.c,
                self.orgs[spec.organization],
                actor=SYSTEM,
                title=spec.title,
                description=spec.description,
                shared_goals=[self.goals[k] for k in spec.shared_goals],
                placement=spec.placement,
                document_name=spec.document_name,
                document_year=spec.document_year,
                source_note=spec.source_note,
            )
        for conflict in self.s.conflicts:
            services.record_goal_conflict(
                self.c,
                actor=SYSTEM,
                title=conflict.title,
                description=conflict.description,
                goals=[self.goals[k] for k in conflict.goals],
                documents=conflict.documents,
                parties=[self.orgs[o] for o in conflict.parties],
                handling=conflict.handling,
                status=conflict.status,
                source_note=conflict.source_note,
            )

    # S6–S10 -----------------------------------------------------------------------------------------
    def _rounds(self) -> None:
        for spec in sorted(self.s.rounds, key=lambda r: (r.year, r.start_date)):
            round_ = services.create_round(
                self.c,
                actor=SYSTEM,
                coordinating_organization=self.orgs[spec.coordinator],
                title=spec.title,
                year=spec.year,
                start_date=spec.start_date,
                due_date=spec.due_date,
                status="ongoing" if spec.closed_on else spec.status,
                summary="" if spec.closed_on else spec.summary,
                source_note=spec.source_note,
            )
            self.rounds[spec.key] = round_
            if spec.closed_on:
                self._record_values_until(spec.data_until)
            for key, status, text in spec.assessments:
                if key in self.goals:
                    services.assess(round_, actor=SYSTEM, goal=self.goals[key], status=status, text=text)
                elif key in self.indicators:  # (an indicator left out for want of its series is not judged)
                    services.assess(round_, actor=SYSTEM, indicator=self.indicators[key], status=status, text=text)
            for entry in spec.entries:
                services.add_analysis_entry(
                    round_,
                    actor=SYSTEM,
                    deviation=entry.deviation,
                    causes=entry.causes,
                    improvements=entry.improvements,
                    decision=entry.decision,
                    decision_status=entry.decision_status,
                    decided_on=entry.decided_on,
                    goal=self.goals.get(entry.goal),
                    indicator=self.indicators.get(entry.indicator),
                    source_note=entry.source_note,
                )
            if spec.closed_on:
                round_ = services.close_round(round_, actor=SYSTEM, summary=spec.summary, closed_on=spec.closed_on)

    def _evidence_and_scans(self) -> None:
        for spec in self.s.evidence:
            services.add_evidence(
                self.c,
                actor=SYSTEM,
                method=spec.method,
                title=spec.title,
                date=spec.date,
                summary=spec.summary,
                participants_description=spec.participants_description,
                participant_organizations=[self.orgs[o] for o in spec.participants],
                round=self.rounds.get(spec.round),
                goals=[self.goals[k] for k in spec.goals],
                indicators=[self.indicators[k] for k in spec.indicators if k in self.indicators],
                source_note=spec.source_note,
            )
        for scan in self.s.scans:
            services.add_scan(
                self.c,
                actor=SYSTEM,
                level=scan.level,
                date=scan.date,
                title=scan.title,
                description=scan.description,
                reference=scan.reference,
                goals=[self.goals[k] for k in scan.goals],
                round=self.rounds.get(scan.round),
            )
