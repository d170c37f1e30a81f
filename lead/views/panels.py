"""What leading draws on the pages of the apps below it (`core.panels`): the overdue assignments of a body,
of an organization, of a person and of a collaboration. Each reads through the gateway as the request's
user and shows nothing when there is nothing."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from core import panels
from lead.models import Assignment
from lead.views.assignments import overdue_q

LIMIT = 20


def _overdue(request: HttpRequest, **where: Any) -> dict[str, Any] | None:
    user = getattr(request, "user", None)
    today = timezone.localdate()
    found = list(
        Assignment.objects.visible_to(user)
        .filter(overdue_q(today), **where)
        .select_related("collaboration", "body", "owner_person", "owner_organization")
        .order_by("due_date", "pk")[: LIMIT + 1]
    )
    if not found:
        return None
    return {"overdue": found[:LIMIT], "more": len(found) > LIMIT, "today": today}


def body_panel(request: HttpRequest, body: Any) -> dict[str, Any] | None:
    return _overdue(request, body_id=body.pk)


def organization_panel(request: HttpRequest, organization: Any) -> dict[str, Any] | None:
    return _overdue(request, owner_organization_id=organization.pk)


def person_panel(request: HttpRequest, person: Any) -> dict[str, Any] | None:
    return _overdue(request, owner_person_id=person.pk)


def overview_panel(request: HttpRequest, collaboration: Any) -> dict[str, Any] | None:
    context = _overdue(request, collaboration_id=collaboration.pk)
    if context is not None:
        count = (
            Assignment.objects.visible_to(getattr(request, "user", None))
            .filter(overdue_q(context["today"]), collaboration_id=collaboration.pk)
            .count()
            if context["more"]
            else len(context["overdue"])
        )
        context.update(collaboration=collaboration, count=count)
    return context


def register() -> None:
    panels.register("organize.body", "lead/panels/overdue_body.html", body_panel)
    panels.register("actors.organization", "lead/panels/overdue_owner.html", organization_panel)
    panels.register("actors.person", "lead/panels/overdue_owner.html", person_panel)
    panels.register("collaborations.overview", "lead/panels/overdue_overview.html", overview_panel)
