"""The change history: one table, written explicitly by services in their own transaction."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.fields.files import FieldFile

from core.generations import bump_for
from core.middleware import current_request_id
from core.models import ChangeRecord

SECRET_MARKERS = ("password", "token", "secret")
MASK = "••••"


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, FieldFile):
        return value.name or None
    return value


def snapshot(obj: models.Model) -> dict[str, Any]:
    """Field values of `obj` as JSON, many-to-many fields as sorted id lists; secrets masked; the fields a
    model names in `history_omit` (a copy of other objects, each with a visibility of its own) left out."""
    data: dict[str, Any] = {}
    omitted = getattr(obj, "history_omit", ())  # a copy of other objects (a plan version's rows): not recorded
    for f in obj._meta.concrete_fields:
        if f.name in omitted:
            continue
        data[f.name] = _jsonable(getattr(obj, f.attname))
    if obj.pk is not None:
        for f in obj._meta.many_to_many:
            data[f.name] = sorted(getattr(obj, f.name).values_list("pk", flat=True))
    for key in list(data):
        if any(marker in key.lower() for marker in SECRET_MARKERS):
            data[key] = MASK
    return data


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, list[Any]]:
    before, after = before or {}, after or {}
    return {
        key: [before.get(key), after.get(key)]
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }


def record_change(
    obj: models.Model,
    action: str,
    *,
    actor: Any,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
    collaboration_id: int | None = None,
) -> ChangeRecord:
    """Record one change. Must run inside the service's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_change must be called inside the service's transaction")
    if collaboration_id is None:
        collaboration_id = getattr(obj, "scope_collaboration_id", None)
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    bump_for(collaboration_id)  # what was cached of this collaboration (or of the platform) is now old
    return ChangeRecord.objects.create(
        actor=actor if is_user else None,
        actor_name=(actor.get_full_name() or actor.get_username()) if is_user else "system",
        request_id=current_request_id.get(),
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=obj.pk,
        object_repr=str(obj)[:300],
        collaboration_id=collaboration_id,
        before=before,
        after=after,
        changes=diff(before, after),
        reason=reason,
    )
