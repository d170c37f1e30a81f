"""An activity as one row of an action plan: the columns of the Excel template (`docs/action-plan-template.md`)
and of a saved version. Values are plain text and ISO dates, so a version and an exported file say the
same, and a file read back gives the same row."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

# (key, the column's heading in the template); the order is the template's.
COLUMNS: list[tuple[str, Any]] = [
    ("id", _("Id")),
    ("title", _("Aktivitet")),
    ("description", _("Beskrivning")),
    ("owner_organization", _("Ansvarig organisation")),
    ("owner_person", _("Ansvarig person")),
    ("start_date", _("Startar")),
    ("end_date", _("Slutar")),
    ("status", _("Status")),
    ("goals", _("Mål")),
    ("knowledge_basis", _("Kunskapsgrund")),
    ("evidence_reference", _("Referens till evidens")),
]
GOAL_SEPARATOR = "; "


def person_name(person: Any) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def goal_titles(activity: Any) -> list[str]:
    """The shared goals, then the party's own goals, each by its title."""
    shared = sorted(goal.title for goal in activity.goals.all())
    own = sorted(goal.title for goal in activity.own_goals.all())
    return [*shared, *own]


def activity_row(activity: Any) -> dict[str, Any]:
    return {
        "id": activity.pk,
        "title": activity.title,
        "description": activity.description,
        "owner_organization": activity.owner_organization.name,
        "owner_person": person_name(activity.owner_person),
        "start_date": activity.start_date.isoformat() if activity.start_date else "",
        "end_date": activity.end_date.isoformat() if activity.end_date else "",
        "status": str(activity.get_status_display()),
        "goals": GOAL_SEPARATOR.join(goal_titles(activity)),
        "knowledge_basis": str(activity.get_knowledge_basis_display()) if activity.knowledge_basis else "",
        "evidence_reference": activity.evidence_reference,
    }
