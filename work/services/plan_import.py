"""Reading an action plan in from the Excel template (`docs/action-plan-template.md`), all or nothing.

1. Only the plan's keepers (`work.keep_plan`) read a file into it.
2. Every row is checked before anything is written, and every error of every row is collected: each names
   its row and column in Swedish ("Rad 7, kolumn Mål (I7): okänt mål ”…”"). With one error, nothing is
   saved, and the errors come as one `ValidationError` whose `messages` are sorted by row.
3. A row with an id changes that activity of this plan (only the fields that differ; a status that differs
   is a progress note saying so); an id of anything else the user may not see, or of another plan, is an
   unknown activity. A row without an id is a new activity. Activities of the plan the file leaves out
   are kept as they are, and listed.
4. Names are read as the export writes them, case and extra spaces aside: a party by its name, short name
   or organization number; a person by full name or e-mail among those who represent that organization;
   goals by exact title, several separated by ";", among the collaboration's shared goals and the own goals
   of the row's responsible party or the plan's party; a status and a knowledge basis by their Swedish
   label or English value. A name that fits two is an error asking for a more exact one; a goal the user
   may not see is never named, and one such an activity already has is kept.
5. When something changed, the plan is saved as a new version, noting the file; when nothing did,
   nothing is written at all.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import TextChoices
from django.utils import translation
from django.utils.translation import gettext as _

from actors.models import Organization, Person
from actors.validators import normalize_org_number
from collaborations.parts.queries import visible_parties
from core.numbers import read_id
from core.services import require
from steer.models import Goal, OwnGoal
from work.choices import ActivityStatus, KnowledgeBasis
from work.engine.cells import goal_names, normal_title
from work.engine.rows import person_name
from work.engine.workbook import CellError, RawRow, read_plan_rows, refusal
from work.models import ActionPlan, ActionPlanVersion, Activity
from work.services.activities import add_progress_note, create_activity, update_activity
from work.services.common import KEEP_PLAN
from work.services.plans import save_plan_version

TITLE_LENGTH = 300
COMPARED = (
    "title",
    "description",
    "owner_organization",
    "owner_person",
    "start_date",
    "end_date",
    "knowledge_basis",
    "evidence_reference",
)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: list[Activity] = field(default_factory=list)  # activities of the plan the file left out, as they are
    version: ActionPlanVersion | None = None  # None when the file changed nothing
    file_name: str = ""


@dataclass
class _Planned:
    row: RawRow
    activity: Activity | None
    data: dict[str, Any]
    status: str | None  # the status to set (a new activity's, or a changed one), else None


def _same_text(a: Any, b: Any) -> bool:
    return str(a or "").replace("\r\n", "\n").strip() == str(b or "").replace("\r\n", "\n").strip()


def _choice(text: str, choices: type[TextChoices]) -> str | None:
    """The value of a choice named by its Swedish label, the label in the active language or its value."""
    wanted = normal_title(text)
    with translation.override("sv"):
        swedish = {normal_title(str(label)): value for value, label in choices.choices}
    local = {normal_title(str(label)): value for value, label in choices.choices}
    values = {normal_title(value): value for value in choices.values}
    return swedish.get(wanted) or local.get(wanted) or values.get(wanted)


class _Names:
    """What a file may name in the plan's collaboration, as `actor` sees it, read once."""

    def __init__(self, plan: ActionPlan, actor: Any) -> None:
        self.plan = plan
        collaboration = plan.collaboration
        self.parties: dict[str, list[Organization]] = {}
        for org in visible_parties(collaboration, actor):
            keys = {normal_title(org.name), normal_title(org.short_name)} - {""}
            if org.org_number:
                keys.add(org.org_number)
            for key in keys:
                self.parties.setdefault(key, []).append(org)
        self.goals: dict[str, list[Goal]] = {}
        self.visible_goal_ids: set[int] = set()
        for goal in Goal.objects.visible_to(actor).filter(collaboration=collaboration):
            self.goals.setdefault(normal_title(goal.title), []).append(goal)
            self.visible_goal_ids.add(goal.pk)
        self.own_goals: dict[str, list[OwnGoal]] = {}
        self.visible_own_ids: set[int] = set()
        for own in OwnGoal.objects.visible_to(actor).filter(collaboration=collaboration).select_related("organization"):
            self.own_goals.setdefault(normal_title(own.title), []).append(own)
            self.visible_own_ids.add(own.pk)
        self.titles = set(self.goals) | set(self.own_goals)
        self.activities = {
            activity.pk: activity
            for activity in Activity.objects.visible_to(actor)
            .filter(plan=plan)
            .select_related("owner_organization", "owner_person")
            # every goal of the activity, so a goal the actor may not see is kept when the file is read
            .prefetch_related("goals", "own_goals")
            .order_by("start_date", "pk")
        }
        self._people: dict[int, list[Person]] = {}

    def party(self, text: str) -> tuple[Organization | None, str]:
        key = normal_title(text)
        with contextlib.suppress(ValidationError):  # not an organization number: a name
            key = normalize_org_number(text) if any(c.isdigit() for c in text) else key
        found = self.parties.get(key, [])
        if len(found) == 1:
            return found[0], ""
        if found:
            names = ", ".join(sorted(org.name for org in found))
            return None, _("”%(text)s” kan vara flera parter (%(names)s); skriv hela namnet") % {
                "text": text,
                "names": names,
            }
        return None, _(
            "okänd organisation ”%(text)s”; skriv namnet, kortnamnet eller organisationsnumret för en part i "
            "samverkan (se bladet Parter)"
        ) % {"text": text}

    def person(self, text: str, org: Organization, current: Person | None) -> tuple[Person | None, str]:
        if org.pk not in self._people:
            self._people[org.pk] = list(Person.objects.filter(representations__organization=org).distinct())
        wanted = normal_title(text)
        found = [p for p in self._people[org.pk] if wanted in {normal_title(p.email), normal_title(person_name(p))}]
        if len(found) > 1 and current in found:
            return current, ""
        if len(found) == 1:
            return found[0], ""
        if found:
            return None, _("flera som företräder %(org)s heter ”%(text)s”; skriv personens e-postadress") % {
                "org": org,
                "text": text,
            }
        return None, _(
            "”%(text)s” företräder inte %(org)s; skriv för- och efternamn eller e-post för en person som "
            "företräder organisationen"
        ) % {"text": text, "org": org}

    def goals_of(
        self, text: str, owner: Organization | None, activity: Activity | None
    ) -> tuple[list[Goal], list[OwnGoal], list[str]]:
        """The shared and own goals a cell names, and the problems with it."""
        allowed = {self.plan.organization_id, getattr(owner, "pk", None)} - {None}
        current = set(activity.goals.all()) | set(activity.own_goals.all()) if activity else set()
        shared: list[Goal] = []
        own: list[OwnGoal] = []
        problems: list[str] = []
        for name in goal_names(text, self.titles):
            key = normal_title(name)
            mine = [g for g in self.own_goals.get(key, []) if g.organization_id in allowed]
            candidates: list[Goal | OwnGoal] = [*self.goals.get(key, []), *mine]
            if len(candidates) > 1:
                candidates = [c for c in candidates if c in current] or candidates
            if len(candidates) == 1:
                goal = candidates[0]
                if isinstance(goal, Goal):
                    shared.append(goal)
                else:
                    own.append(goal)
            elif candidates:
                problems.append(_("flera mål heter ”%(name)s”; byt namn på ett av dem under Styra") % {"name": name})
            elif others := self.own_goals.get(key):
                problems.append(
                    _("”%(name)s” är %(org)s eget mål; ett eget mål ska vara den ansvariga partens eller planens parts")
                    % {"name": name, "org": others[0].organization}
                )
            else:
                problems.append(_("okänt mål ”%(name)s”; skriv målets exakta titel från bladet Mål") % {"name": name})
        return shared, own, problems


def _activity(row: RawRow, names: _Names, seen: dict[int, int], errors: list[CellError]) -> Activity | None:
    text = row.values["id"]
    if not text or "id" in row.bad:
        return None
    number = read_id(text)
    activity = names.activities.get(number) if number is not None else None
    if activity is None:
        errors.append(row.error("id", _("okänd aktivitet ”%(id)s”; lämna Id tomt för en ny aktivitet.") % {"id": text}))
    elif activity.pk in seen:
        errors.append(
            row.error(
                "id", _("aktiviteten %(id)s finns redan på rad %(line)d.") % {"id": text, "line": seen[activity.pk]}
            )
        )
    else:
        seen[activity.pk] = row.line
    return activity


def _plan_row(row: RawRow, names: _Names, seen: dict[int, int], errors: list[CellError]) -> _Planned | None:
    """The activity a row asks for (all its fields), or None with its errors added to `errors`."""
    before = len(errors)
    values = row.values

    def fail(key: str, reason: str) -> None:
        errors.append(row.error(key, reason + "."))

    activity = _activity(row, names, seen, errors)
    data: dict[str, Any] = {k: values[k] for k in ("title", "description", "start_date", "end_date")}
    data["evidence_reference"] = values["evidence_reference"]
    if not values["title"] and "title" not in row.bad:
        fail("title", _("skriv vad aktiviteten är"))
    elif len(values["title"]) > TITLE_LENGTH:
        fail(
            "title",
            _("texten har %(n)d tecken; högst %(max)d får plats") % {"n": len(values["title"]), "max": TITLE_LENGTH},
        )
    owner = None
    if not values["owner_organization"]:
        if "owner_organization" not in row.bad:
            fail("owner_organization", _("ange vilken part som ansvarar för aktiviteten"))
    else:
        owner, problem = names.party(values["owner_organization"])
        if problem:
            fail("owner_organization", problem)
    data["owner_organization"] = owner
    if not values["owner_person"]:
        if "owner_person" not in row.bad:
            fail("owner_person", _("ange vem som ansvarar: en person som företräder den ansvariga organisationen"))
    elif owner is not None:
        person, problem = names.person(values["owner_person"], owner, activity.owner_person if activity else None)
        data["owner_person"] = person
        if problem:
            fail("owner_person", problem)
    start, end = values["start_date"], values["end_date"]
    if start is not None and end is not None and end < start:
        fail("end_date", _("aktiviteten slutar %(end)s, före sin start %(start)s") % {"end": end, "start": start})
    status = None
    if values["status"]:
        status = _choice(values["status"], ActivityStatus)
        if status is None:
            labels = ", ".join(str(label) for label in ActivityStatus.labels)
            fail(
                "status",
                _("okänd status ”%(text)s”; skriv en av %(labels)s") % {"text": values["status"], "labels": labels},
            )
    basis = ""
    if values["knowledge_basis"]:
        basis = _choice(values["knowledge_basis"], KnowledgeBasis) or ""
        if not basis:
            labels = ", ".join(str(label) for label in KnowledgeBasis.labels)
            fail(
                "knowledge_basis",
                _("okänd kunskapsgrund ”%(text)s”; skriv en av %(labels)s, eller lämna tomt")
                % {"text": values["knowledge_basis"], "labels": labels},
            )
    data["knowledge_basis"] = basis
    if basis == KnowledgeBasis.EVIDENCE and not values["evidence_reference"]:
        fail(
            "evidence_reference",
            _("en evidensbaserad aktivitet anger evidensen: studien, kunskapsstödet eller utvärderingen"),
        )
    if activity is not None and activity.scaled_up_on is not None and basis != KnowledgeBasis.INNOVATION:
        fail("knowledge_basis", _("aktiviteten är uppskalad efter en pilot och förblir en innovation"))
    shared, own, problems = names.goals_of(values["goals"], owner, activity)
    for problem in problems:
        fail("goals", problem)
    if activity is not None:  # what the actor may not see stays as it is
        shared += [g for g in activity.goals.all() if g.pk not in names.visible_goal_ids]
        own += [g for g in activity.own_goals.all() if g.pk not in names.visible_own_ids]
    if not shared and not own and not problems and "goals" not in row.bad:
        fail("goals", _("ange minst ett mål som aktiviteten tjänar, med titeln från bladet Mål"))
    data["goals"], data["own_goals"] = shared, own
    if len(errors) > before:
        return None
    if activity is None:
        return _Planned(row, None, data, status or ActivityStatus.PLANNED)
    return _Planned(row, activity, _changes(activity, data), status if status not in (None, activity.status) else None)


def _changes(activity: Activity, data: dict[str, Any]) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    for name in COMPARED:
        old, new = getattr(activity, name), data[name]
        differs = not _same_text(old, new) if isinstance(old, str) else old != new
        if differs:
            changed[name] = new
    for name in ("goals", "own_goals"):
        if {g.pk for g in getattr(activity, name).all()} != {g.pk for g in data[name]}:
            changed[name] = data[name]
    if "goals" in changed or "own_goals" in changed:  # the service checks the two together
        changed["goals"], changed["own_goals"] = data["goals"], data["own_goals"]
    return changed


def _service_errors(row: RawRow, exc: ValidationError) -> list[CellError]:
    """A service's refusal, named by the row and the column of the field it names."""
    found = exc.message_dict.items() if hasattr(exc, "error_dict") else [("title", exc.messages)]
    errors = []
    for name, messages in found:
        key = "goals" if name in ("goals", "own_goals") else name
        key = key if key in row.layout.index else "title"
        errors += [row.error(key, message) for message in messages]
    return errors


def _file_name(upload: Any) -> str:
    return Path(str(getattr(upload, "name", "") or "")).name[:200]


@transaction.atomic
def import_action_plan(plan: ActionPlan, upload: Any, *, actor: Any) -> ImportResult:
    """Read the file (an upload, an open file or bytes) into the plan, all or nothing (rules 1–5)."""
    require(actor, KEEP_PLAN, plan)
    rows, errors = read_plan_rows(upload)
    names = _Names(plan, actor)
    seen: dict[int, int] = {}
    planned = [p for row in rows if (p := _plan_row(row, names, seen, errors)) is not None]
    if errors:
        raise refusal(errors)
    result = ImportResult(file_name=_file_name(upload))
    note = _("Status ändrad vid inläsning av handlingsplanen %(file)s.") % {"file": result.file_name or _("(fil)")}
    for item in planned:
        try:
            if item.activity is None:
                create_activity(plan, actor=actor, status=item.status, **item.data)
                result.created += 1
                continue
            if item.data:
                update_activity(item.activity, actor=actor, **item.data)
            if item.status is not None:
                add_progress_note(item.activity, actor=actor, text=note, status=item.status)
            if item.data or item.status is not None:
                result.updated += 1
            else:
                result.unchanged += 1
        except ValidationError as exc:  # a rule the checks above do not know; nothing is saved
            errors += _service_errors(item.row, exc)
    if errors:
        raise refusal(errors)  # the transaction is rolled back
    result.kept = [a for pk, a in names.activities.items() if pk not in seen]
    if result.created or result.updated:
        summary = _("Inläst från %(file)s: %(created)d nya, %(updated)d ändrade, %(unchanged)d oförändrade.") % {
            "file": result.file_name or _("(fil)"),
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
        }
        result.version = save_plan_version(plan, actor=actor, note=summary, imported_from=result.file_name)
    return result
