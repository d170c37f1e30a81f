"""One activity's page: its goals, notes, competences (gaps first), target groups and resources with what
each draws on of its party's commitment."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet, Sum

from organize.models import ResourceCommitment
from work.models import Activity, ActivityCompetence, ActivityResource, ActivityTargetGroup, ProgressNote
from work.queries.activities import with_goals


def activity_queryset(activities: QuerySet[Activity], user: Any) -> QuerySet[Activity]:
    return with_goals(activities, user)


def activity_detail(activity: Activity, user: Any) -> dict[str, Any]:
    notes = list(
        ProgressNote.objects.visible_to(user)
        .filter(activity=activity)
        .select_related("author")
        .order_by("-written_on", "-pk")
    )
    competences = list(
        ActivityCompetence.objects.visible_to(user)
        .filter(activity=activity)
        .select_related("provider")
        .order_by("competence", "pk")
    )
    groups = list(ActivityTargetGroup.objects.visible_to(user).filter(activity=activity).order_by("kind", "pk"))
    resources = list(ActivityResource.objects.visible_to(user).filter(activity=activity).order_by("year"))
    seen = Q(activity_resources__activity__in=Activity.objects.visible_to(user).values("pk"))
    commitments = {
        c.pk: c
        for c in ResourceCommitment.objects.visible_to(user)
        .filter(pk__in=[r.commitment_id for r in resources if r.commitment_id])
        .select_related("organization")
        .annotate(  # of the activities the reader may see
            to_activities=Sum("activity_resources__money_committed", filter=seen),
            to_activities_fte=Sum("activity_resources__fte_committed", filter=seen),
        )
    }
    for resource in resources:
        resource.visible_commitment = commitments.get(resource.commitment_id)
    return {
        "notes": notes,
        "competences": competences,
        "gaps": [c for c in competences if c.is_gap],
        "target_groups": groups,
        "resources": resources,
    }
