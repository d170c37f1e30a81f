"""A realistic, reproducible data set at three sizes, for the benchmarks.

`generate(size, seed)` fills the configured database with organizations, collaborations with parties
and roles, bodies with members, goal documents, nested goals, indicators with targets and values, and
statistical series with observations, with a mix of visibilities so that permission filtering is
exercised. The same seed gives the same data.

This is a benchmark fixture, not user activity: it writes with `bulk_create` (and the statistics with
the product's own bulk writer) and records no history, so that national size loads in minutes. The
territory (`manage.py load_territory`) must be loaded first. Each collaboration's steering group meets
(`MEETINGS` a collaboration, the first collaboration `MEETINGS_FIRST` times: its register is the one the
benchmark reads), with an agenda, its members called, a decision at each held meeting and an assignment
at every other one. Each party with a seat has an action plan (and each collaboration a joint plan) with
`ACTIVITIES` activities (`ACTIVITIES_FIRST` in the first collaboration), each owned by a member and its
organization, serving the collaboration's goals (all but the last, which is left without activity), with
progress notes, a competence (every third a gap), a target group and the year's resources; every fifth is an
innovation run as a pilot.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection, transaction
from django.utils.text import slugify

from actors import services as actor_services
from actors.models import Area, Organization, Person, Representation
from collaborations.models import Collaboration, CollaborationRole, Participation
from core.services import SYSTEM
from lead.models import AgendaItem, Assignment, Attendance, Decision, Meeting
from organize.models import Body, Membership
from stats.bulk import Row, write_observations
from stats.models import ImportRun, Series
from steer.models import Goal, GoalDocument, Indicator, IndicatorTarget, IndicatorValue
from work.models import (
    ActionPlan,
    ActionPlanVersion,
    Activity,
    ActivityCompetence,
    ActivityResource,
    ActivityTargetGroup,
    ProgressNote,
)

PASSWORD = "skala-demo"  # the generated logins; never on a production database (the command refuses)


@dataclass(frozen=True)
class Size:
    counties: int | None  # None: all 21
    organizations: int
    collaborations: int
    parties: int  # per collaboration
    goals: int  # per collaboration
    indicators: int  # per collaboration
    series: int
    years: int


SIZES = {
    "small": Size(
        counties=1, organizations=60, collaborations=10, parties=6, goals=4, indicators=8, series=4, years=10
    ),
    "county": Size(
        counties=3, organizations=600, collaborations=60, parties=8, goals=6, indicators=40, series=40, years=20
    ),
    "national": Size(
        counties=None, organizations=5000, collaborations=500, parties=10, goals=8, indicators=40, series=270, years=20
    ),
}

VISIBILITIES = ["public"] * 6 + ["participants"] * 3 + ["named"]
WORDS = ["Unga", "Trygg", "Grön", "Frisk", "Växande", "Hållbar", "Jämlik", "Digital", "Aktiv", "Öppen"]
TOPICS = ["arbetsmarknad", "brottsprevention", "folkhälsa", "näringsliv", "klimat", "integration", "skola", "bostäder"]
SECTORS = [
    ("business", "company", "AB"),
    ("civil_society", "association", "förening"),
    ("state", "authority", "myndighet"),
    ("academia", "university", "högskola"),
    ("civil_society", "foundation", "stiftelse"),
]


@dataclass
class Result:
    organizations: int = 0
    collaborations: int = 0
    participations: int = 0
    memberships: int = 0
    goals: int = 0
    indicators: int = 0
    observations: int = 0
    meetings: int = 0
    decisions: int = 0
    plans: int = 0
    activities: int = 0
    users: list[str] | None = None


def _areas(size: Size, rng: random.Random) -> tuple[list[Area], list[Area], Area]:
    regions = list(Area.objects.filter(kind="region").order_by("scb_code"))
    if size.counties is not None:
        regions = rng.sample(regions, size.counties)
    municipalities = list(Area.objects.filter(county__in=regions, kind="municipality").order_by("scb_code"))
    nation = Area.objects.get(kind="nation")
    return regions, municipalities, nation


def _organizations(size: Size, rng: random.Random, regions, municipalities) -> list[Organization]:
    # Official names ("Falu kommun", "Region Kalmar län"), never a place name with "kommun" added. Gotland's
    # kommun is the organization Region Gotland, which the region already is: the kommun goes by its area's name.
    public = [
        Organization(name=f"{r.organization_name or r.official_name} (skala)", sector="region", kind="region", area=r)
        for r in regions
    ]
    taken = {o.name for o in public}
    for m in municipalities:
        name = f"{m.organization_name or m.official_name} (skala)"
        public.append(
            Organization(
                name=f"{m.official_name} (skala)" if name in taken else name,
                sector="municipality",
                kind="municipality",
                area=m,
            )
        )
    others = []
    for i in range(max(0, size.organizations - len(public))):
        sector, kind, suffix = SECTORS[i % len(SECTORS)]
        place = rng.choice(municipalities)
        others.append(
            Organization(name=f"{rng.choice(WORDS)} {place.name} {suffix} {i}", sector=sector, kind=kind, area=place)
        )
    return Organization.objects.bulk_create(public + others, batch_size=1000)


def _people(count: int) -> list[Person]:
    return Person.objects.bulk_create(
        [Person(first_name=f"Person{i}", last_name="Skala", is_invented=True) for i in range(count)], batch_size=1000
    )


def _series(size: Size, areas: list[Area]) -> list[tuple[Series, int]]:
    run = ImportRun.objects.create(source="file", label="Skalningsdata (generate_scale)", status="succeeded")
    out = []
    first_year = 2025 - size.years
    for s in range(size.series):
        series = Series.objects.create(
            source="file",
            external_id=f"SKALA{s:04d}",
            title=f"Genererad serie {s} ({TOPICS[s % len(TOPICS)]})",
            unit="%",
            is_divided_by_gender=True,
        )
        rows = [
            Row(area.pk, str(year), year, gender, round(10 + (area.pk * 7 + s * 13 + year * 3) % 40 + g * 0.5, 2))
            for area in areas
            for year in range(first_year, 2025)
            for g, gender in enumerate(("T", "K", "M"))
        ]
        write_observations(series, rows, run)
        out.append((series, len(rows)))
    return out


def generate(size_name: str, seed: int = 2026) -> Result:
    """Fill the database with the data set of `size_name` (small, county, national)."""
    size = SIZES[size_name]
    rng = random.Random(seed)
    result = Result(users=[])
    with transaction.atomic():
        regions, municipalities, nation = _areas(size, rng)
        orgs = _organizations(size, rng, regions, municipalities)
        result.organizations = len(orgs)
        people = _people(size.collaborations * 6)
        Representation.objects.bulk_create(
            [Representation(person=p, organization=orgs[i % len(orgs)]) for i, p in enumerate(people)], batch_size=1000
        )
        series = _series(size, [*regions, *municipalities, nation])
        result.observations = sum(n for _s, n in series)
        collaborations = []
        for c in range(size.collaborations):
            region = regions[c % len(regions)]
            collaborations.append(
                Collaboration(
                    name=f"{rng.choice(WORDS)} {region.name}: {TOPICS[c % len(TOPICS)]} {c}",
                    slug=slugify(f"skala-{c}-{region.name}")[:80],
                    problem=f"Gemensam utmaning inom {TOPICS[c % len(TOPICS)]} (genererad).",
                    visibility=rng.choice(VISIBILITIES),
                    stage="running",
                    start_date=datetime.date(2018 + c % 6, 1, 1),
                )
            )
        collaborations = Collaboration.objects.bulk_create(collaborations, batch_size=500)
        result.collaborations = len(collaborations)
        by_region = {
            r.pk: [o for o in orgs if o.area is not None and o.area.county_id == r.pk or o.area_id == r.pk]
            for r in regions
        }
        participations, roles, bodies, goals_docs = [], [], [], []
        party_sets = []
        for i, collab in enumerate(collaborations):
            region = regions[i % len(regions)]
            pool = by_region[region.pk] or orgs
            parties = rng.sample(pool, min(size.parties, len(pool)))
            party_sets.append(parties)
            for j, org in enumerate(parties):
                participations.append(
                    Participation(
                        collaboration=collab,
                        organization=org,
                        role="coordinator" if j == 0 else "party",
                        visibility="public" if collab.visibility == "public" else "participants",
                    )
                )
            roles.append(
                CollaborationRole(
                    collaboration=collab, person=people[i * 6], organization=parties[0], kind="coordinator"
                )
            )
            bodies.append(
                Body(collaboration=collab, name="Styrgrupp", kind="political_steering", visibility=collab.visibility)
            )
            goals_docs.append(
                GoalDocument(
                    collaboration=collab, kind="own", title=f"Gemensamma mål {i}", year_from=2020, visibility="public"
                )
            )
        Participation.objects.bulk_create(participations, batch_size=1000)
        result.participations = len(participations)
        CollaborationRole.objects.bulk_create(roles, batch_size=1000)
        bodies = Body.objects.bulk_create(bodies, batch_size=1000)
        members = [
            Membership(
                collaboration=b.collaboration,
                body=b,
                person=people[i * 6 + k],
                organization=party_sets[i][k % len(party_sets[i])],
            )
            for i, b in enumerate(bodies)
            for k in range(1, 6)
        ]
        Membership.objects.bulk_create(members, batch_size=1000)
        result.memberships = len(members)
        documents = GoalDocument.objects.bulk_create(goals_docs, batch_size=1000)
        goals = []
        for i, doc in enumerate(documents):
            for g in range(size.goals):
                goals.append(
                    Goal(
                        collaboration=doc.collaboration,
                        document=doc,
                        title=f"Mål {g + 1}: {rng.choice(WORDS).lower()} {TOPICS[(i + g) % len(TOPICS)]}",
                        term="long" if g % 2 == 0 else "short",
                        target_year=2030,
                        order=g,
                        visibility=rng.choice(VISIBILITIES[:9]),
                    )
                )
        goals = Goal.objects.bulk_create(goals, batch_size=1000)
        result.goals = len(goals)
        indicators, area_links = [], []
        goals_of: dict[int, list[Goal]] = {}
        for goal in goals:
            goals_of.setdefault(goal.collaboration_id, []).append(goal)
        for i, collab in enumerate(collaborations):
            region = regions[i % len(regions)]
            for k in range(size.indicators):
                manual = k % 5 == 4
                indicators.append(
                    Indicator(
                        collaboration=collab,
                        goal=goals_of[collab.pk][k % size.goals],
                        name=f"Indikator {k + 1} i samverkan {i}",
                        measure_type="percentage",
                        unit="%",
                        direction="lower" if k % 2 else "higher",
                        baseline_value=25.0,
                        baseline_year=2015,
                        by_gender=k % 3 == 0,
                        series=None if manual else series[(i * size.indicators + k) % len(series)][0],
                        responsible_organization=party_sets[i][k % len(party_sets[i])],
                        visibility=rng.choice(VISIBILITIES[:9]),
                    )
                )
        indicators = Indicator.objects.bulk_create(indicators, batch_size=1000)
        result.indicators = len(indicators)
        through = Indicator.areas.through
        targets, values = [], []
        for n, ind in enumerate(indicators):
            region = regions[(n // size.indicators) % len(regions)]
            area_links.append(through(indicator=ind, area=region))
            targets.append(
                IndicatorTarget(
                    collaboration=ind.collaboration,
                    indicator=ind,
                    year=2030,
                    value=20.0 if ind.direction == "lower" else 35.0,
                )
            )
            if ind.series_id is None:
                for year in range(2015, 2025):
                    values.append(
                        IndicatorValue(
                            collaboration=ind.collaboration,
                            indicator=ind,
                            area=region,
                            year=year,
                            value=round(25 + rng.uniform(-5, 5), 1),
                            visibility=ind.visibility,
                            is_invented=True,
                        )
                    )
        through.objects.bulk_create(area_links, batch_size=2000)
        IndicatorTarget.objects.bulk_create(targets, batch_size=2000)
        IndicatorValue.objects.bulk_create(values, batch_size=2000)
        result.meetings, result.decisions = _leading(bodies, members, rng)
        result.plans, result.activities = _work(collaborations, members, goals_of, rng)
        result.users = _logins(collaborations[0], party_sets[0], people)
    _analyze()
    return result


MEETINGS = 24  # two years of monthly meetings per collaboration
MEETINGS_FIRST = 120  # ten years for the first collaboration, whose register the benchmark reads
ITEMS = ["Föregående protokoll", "Lägesrapport", "Uppföljning av handlingsplanen", "Budget", "Övriga frågor"]
LAST_HELD = datetime.date(2026, 11, 30)


def _leading(bodies, members, rng: random.Random) -> tuple[int, int]:
    """Meetings of each steering group, monthly back from `LAST_HELD`, with agenda, calls, decisions and
    assignments (bulk: no history, no reference-number service; the numbers follow its rule)."""
    seats: dict[int, list[Membership]] = {}
    for m in members:
        seats.setdefault(m.body_id, []).append(m)
    meetings = []
    for i, body in enumerate(bodies):
        for k in range(MEETINGS_FIRST if i == 0 else MEETINGS):
            month = LAST_HELD.year * 12 + LAST_HELD.month - 1 - k + 2  # two planned meetings ahead
            day = datetime.date(month // 12, month % 12 + 1, 10)
            meetings.append(
                Meeting(
                    collaboration_id=body.collaboration_id,
                    body=body,
                    date=day,
                    start_time=datetime.time(9, 0),
                    place="Regionens hus",
                    status="held" if day <= LAST_HELD else "planned",
                    visibility=body.visibility,
                )
            )
    meetings = Meeting.objects.bulk_create(meetings, batch_size=1000)
    items, calls = [], []
    for meeting in meetings:
        for order, title in enumerate(ITEMS, start=1):
            kind = "decision" if title == "Budget" else "information"
            items.append(
                AgendaItem(
                    collaboration_id=meeting.collaboration_id,
                    meeting=meeting,
                    order=order,
                    title=title,
                    kind=kind,
                    visibility=meeting.visibility,
                )
            )
        for seat in seats.get(meeting.body_id, []):
            held = meeting.status == "held"
            calls.append(
                Attendance(
                    collaboration_id=meeting.collaboration_id,
                    meeting=meeting,
                    person_id=seat.person_id,
                    organization_id=seat.organization_id,
                    membership=seat,
                    status=("present" if rng.random() < 0.85 else "absent") if held else "invited",
                )
            )
    items = AgendaItem.objects.bulk_create(items, batch_size=2000)
    Attendance.objects.bulk_create(calls, batch_size=2000)
    decisions, assignments = [], []
    numbers: dict[tuple[int, int], int] = {}
    budget_items = [item for item in items if item.kind == "decision"]
    for n, item in enumerate(budget_items):
        meeting = item.meeting
        if meeting.status != "held":
            continue
        key = (meeting.body_id, meeting.date.year)
        numbers[key] = numbers.get(key, 0) + 1
        reference = f"SK{meeting.collaboration_id}-SG {meeting.date.year}:{numbers[key]}"
        text = f"Styrgruppen fastställer budgeten för kvartalet och uppdraget till kansliet ({n})."
        decisions.append(
            Decision(
                collaboration_id=meeting.collaboration_id,
                meeting=meeting,
                item=item,
                body_id=meeting.body_id,
                year=meeting.date.year,
                number=numbers[key],
                reference=reference,
                text=text,
                area="Budget",
                search_text=f"{reference} budget {text}".casefold(),
                visibility=meeting.visibility,
            )
        )
        seat_list = seats.get(meeting.body_id, [])
        if n % 2 == 0 and seat_list:
            owner = seat_list[n % len(seat_list)]
            assignments.append(
                Assignment(
                    collaboration_id=meeting.collaboration_id,
                    body_id=meeting.body_id,
                    meeting=meeting,
                    given_on=meeting.date,
                    title=f"Återrapportera budgetens utfall ({n})",
                    owner_person_id=owner.person_id,
                    owner_organization_id=owner.organization_id,
                    due_date=meeting.date + datetime.timedelta(days=60),
                    status="done" if meeting.date < datetime.date(2026, 6, 1) else "in_progress",
                    completed_on=meeting.date + datetime.timedelta(days=45)
                    if meeting.date < datetime.date(2026, 6, 1)
                    else None,
                    visibility=meeting.visibility,
                )
            )
    Decision.objects.bulk_create(decisions, batch_size=2000)
    Assignment.objects.bulk_create(assignments, batch_size=2000)
    return len(meetings), len(decisions)


ACTIVITIES = 3  # per action plan
ACTIVITIES_FIRST = 10  # per action plan of the first collaboration, whose plans and joint view the benchmark reads
STATUSES = ["planned", "ongoing", "ongoing", "ongoing", "done", "paused"]
GROUPS = [("pupils", "informed"), ("young", "co_creating"), ("companies", "consulted"), ("residents", "consulted")]
WORK_START = datetime.date(2026, 1, 1)


def _work(collaborations, members, goals_of: dict[int, list[Goal]], rng: random.Random) -> tuple[int, int]:
    """Action plans with activities and their parts (bulk: no history; the services' rules are kept: an
    owner and a goal for every activity, the status of its latest note, a pilot never scaled up)."""
    seats: dict[int, list[Membership]] = {}
    for m in members:
        seats.setdefault(m.collaboration_id, []).append(m)
    plans, owners = [], []
    for collab in collaborations:
        by_org: dict[int, Membership] = {}
        for member in seats.get(collab.pk, []):
            by_org.setdefault(member.organization_id, member)
        party: Membership | None
        for party in [None, *by_org.values()]:  # the joint plan, then each party's with a seat
            plans.append(
                ActionPlan(
                    collaboration=collab,
                    organization_id=party.organization_id if party else None,
                    title="Gemensam handlingsplan 2026–2027"
                    if party is None
                    else f"{party.organization.name}: handlingsplan 2026–2027",
                    start_year=2026,
                    end_year=2027,
                    visibility=collab.visibility,
                )
            )
            owners.append(list(by_org.values()) if party is None else [party])
    plans = ActionPlan.objects.bulk_create(plans, batch_size=1000)
    activities, activity_goals = [], []
    first = collaborations[0].pk if collaborations else None
    # Titles and statuses follow the plan's place in the data set, not its id (a sequence is not reset by a
    # rollback on PostgreSQL), so the same seed gives the same data on every database.
    for place, (plan, plan_owners) in enumerate(zip(plans, owners, strict=True)):
        goals = goals_of.get(plan.collaboration_id, [])
        served = goals[:-1] or goals  # the last goal is left without activity
        if not plan_owners or not served:
            continue
        for k in range(ACTIVITIES_FIRST if plan.collaboration_id == first else ACTIVITIES):
            owner = plan_owners[k % len(plan_owners)]
            innovation = k % 5 == 4
            start = WORK_START + datetime.timedelta(days=30 * (k % 10))
            activities.append(
                Activity(
                    collaboration_id=plan.collaboration_id,
                    plan=plan,
                    title=f"Aktivitet {k + 1}: {TOPICS[(place + k) % len(TOPICS)]} (genererad)",
                    owner_organization_id=owner.organization_id,
                    owner_person_id=owner.person_id,
                    start_date=start,
                    end_date=start + datetime.timedelta(days=rng.choice([90, 180, 365, 540])),
                    status=STATUSES[(place + k) % len(STATUSES)],
                    knowledge_basis="innovation" if innovation else rng.choice(["proven", "evidence", ""]),
                    evidence_reference="Genererad referens",
                    pilot_scope="Två kommuner" if innovation else "",
                    pilot_size=2 if innovation else None,
                    evaluation_plan="Effekt och kostnad jämförs med före piloten." if innovation else "",
                    visibility=plan.visibility,
                )
            )
    activities = Activity.objects.bulk_create(activities, batch_size=1000)
    notes, competences, groups, resources = [], [], [], []
    for n, activity in enumerate(activities):
        goals = goals_of[activity.collaboration_id]
        served = goals[:-1] or goals
        activity_goals.append(Activity.goals.through(activity=activity, goal=served[n % len(served)]))
        common = {"collaboration_id": activity.collaboration_id, "activity": activity}
        count = 1 + n % 3
        for j in range(count):
            status = activity.status if j == count - 1 else "ongoing"
            day = LAST_HELD - datetime.timedelta(days=30 * (count - j) + n % 20)
            notes.append(ProgressNote(**common, written_on=day, status=status, text=f"Läget i månad {j + 1}."))
        competences.append(
            ActivityCompetence(
                **common,
                competence=f"Kompetens {TOPICS[n % len(TOPICS)]}",
                provider_id=None if n % 3 == 0 else activity.owner_organization_id,
            )
        )
        kind, involvement = GROUPS[n % len(GROUPS)]
        groups.append(ActivityTargetGroup(**common, kind=kind, involvement=involvement))
        resources.append(
            ActivityResource(
                **common, year=2026, money_committed=Decimal(100000 + 5000 * (n % 20)), fte_committed=Decimal("0.5")
            )
        )
    Activity.goals.through.objects.bulk_create(activity_goals, batch_size=2000)
    ProgressNote.objects.bulk_create(notes, batch_size=2000)
    ActivityCompetence.objects.bulk_create(competences, batch_size=2000)
    ActivityTargetGroup.objects.bulk_create(groups, batch_size=2000)
    ActivityResource.objects.bulk_create(resources, batch_size=2000)
    names = dict(
        Organization.objects.filter(pk__in={a.owner_organization_id for a in activities}).values_list("pk", "name")
    )
    people = {
        pk: f"{first} {last}"
        for pk, first, last in Person.objects.filter(pk__in={a.owner_person_id for a in activities}).values_list(
            "pk", "first_name", "last_name"
        )
    }
    titles = {goal.pk: goal.title for goals in goals_of.values() for goal in goals}
    rows: dict[int, list[dict]] = {}
    for activity, link in zip(activities, activity_goals, strict=True):
        rows.setdefault(activity.plan_id, []).append(  # the columns of `work.engine.rows.activity_row`
            {
                "id": activity.pk,
                "title": activity.title,
                "description": "",
                "owner_organization": names[activity.owner_organization_id],
                "owner_person": people[activity.owner_person_id],
                "start_date": begins.isoformat() if (begins := activity.start_date) else "",
                "end_date": ends.isoformat() if (ends := activity.end_date) else "",
                "status": activity.status,
                "goals": titles[link.goal_id],
                "knowledge_basis": activity.knowledge_basis,
                "evidence_reference": activity.evidence_reference,
            }
        )
    ActionPlanVersion.objects.bulk_create(
        [
            ActionPlanVersion(
                collaboration_id=plan.collaboration_id,
                plan=plan,
                number=1,
                saved_on=WORK_START,
                rows=rows.get(plan.pk, []),
            )
            for plan in plans
        ],
        batch_size=1000,
    )
    return len(plans), len(activities)


def _analyze() -> None:
    """Fresh statistics for the query planner after a bulk load, as after any large import: without them
    PostgreSQL guesses one row per table and sorts all indicators of a list before taking a page (the
    API's indicator list: 131 ms p95 cold before, about 95 ms after)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _logins(collaboration: Collaboration, parties: list[Organization], people: list[Person]) -> list[str]:
    """Three logins: the first collaboration's coordinator, a party's representative, an outsider."""
    outsider = Organization.objects.create(
        name="Utomstående förening (skala)", sector="civil_society", kind="association"
    )
    made = []
    for email, person, org in (
        ("samordnare@skala.example", people[0], parties[0]),
        ("part@skala.example", people[1], parties[1]),
        ("utomstaende@skala.example", people[2], outsider),
    ):
        Representation.objects.get_or_create(person=person, organization=org)
        actor_services.create_user(
            email, PASSWORD, actor=SYSTEM, person=person, first_name=person.first_name, last_name=person.last_name
        )
        made.append(email)
    return made
