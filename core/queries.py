"""Read-side queries of the history and task progress, through the permission gateway."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from core.models import ChangeRecord, TaskProgress
from core.permissions import ScopedModel, scope_for


def scoped_models() -> list[type[ScopedModel]]:
    return [m for m in apps.get_models() if issubclass(m, ScopedModel)]


def history_for(obj: Any) -> QuerySet[ChangeRecord]:
    """Records of one object. The caller has already reached `obj` through the gateway."""
    ct = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    return ChangeRecord.objects.filter(content_type=ct, object_id=obj.pk).select_related("content_type")


def collaboration_log(collaboration: Any, user: Any) -> QuerySet[ChangeRecord]:
    """Every record of a collaboration that the user may read.

    Administrators read all of it; coordinators too, except records of objects a model's own
    restriction hides from them (a secret body's material). Others read the records of the objects
    they can see today; records of deleted objects stay with the coordinators.
    """
    records = ChangeRecord.objects.filter(collaboration_id=collaboration.pk).select_related("content_type")
    scope = scope_for(user)
    if scope.is_admin:
        return records
    if collaboration.pk in scope.coordinated_collaboration_ids:
        # A model's own restriction (secrecy) binds coordinators too, in the log as everywhere.
        for model in scoped_models():
            if getattr(model, "scope_restriction", None) is not None:
                ct = ContentType.objects.get_for_model(model)
                visible = model._default_manager.visible_to(user).values("pk")
                records = records.exclude(Q(content_type=ct) & ~Q(object_id__in=visible))
        return records
    allowed = Q(pk__in=[])
    for model in scoped_models():
        ct = ContentType.objects.get_for_model(model)
        visible = model._default_manager.visible_to(user).values("pk")
        allowed |= Q(content_type=ct, object_id__in=visible)
    return records.filter(allowed)


def tasks_for(user: Any) -> QuerySet[TaskProgress]:
    scope = scope_for(user)
    if scope.is_admin:
        return TaskProgress.objects.all()
    if not scope.is_authenticated:
        return TaskProgress.objects.none()
    return TaskProgress.objects.filter(created_by_id=scope.user_id)
