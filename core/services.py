"""Helpers for the domain apps' service functions (the only place that writes)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext as _

from core.history import record_change, snapshot

SYSTEM = None  # actor for management commands and loaders: recorded as "system"


def require(actor: Any, perm: str, obj: Any = None) -> None:
    """Refuse unless `actor` holds `perm` (on `obj`). `actor=None` is the system itself."""
    if actor is SYSTEM:
        return
    if not actor.has_perm(perm, obj):
        raise PermissionDenied(_("Du har inte behörighet att göra den här ändringen."))


def assign(obj: models.Model, data: dict[str, Any]) -> dict[str, list[Any]]:
    """Set plain and foreign-key fields from `data`; many-to-many values are returned for later."""
    m2m: dict[str, list[Any]] = {}
    m2m_names = {f.name for f in obj._meta.many_to_many}
    for key, value in data.items():
        if key in m2m_names:
            m2m[key] = list(value)
        else:
            obj._meta.get_field(key)  # raises FieldDoesNotExist for a typo
            setattr(obj, key, value)
    return m2m


def save_validated(
    obj: models.Model, m2m: dict[str, list[Any]] | None = None, exclude: list[str] | None = None
) -> None:
    """Validate fields and constraints, save, then set many-to-many values."""
    obj.full_clean(exclude=exclude)
    obj.save()
    for name, values in (m2m or {}).items():
        getattr(obj, name).set(values)


def create_object(
    model: type[models.Model], action: str, data: dict[str, Any], *, actor: Any, reason: str = "", **fixed: Any
):
    """Create, validate, save and record one object. Call inside the service's transaction."""
    obj = model(**fixed)
    m2m = assign(obj, data)
    save_validated(obj, m2m)
    record_change(obj, action, actor=actor, before=None, after=snapshot(obj), reason=reason)
    return obj


def update_object(obj: models.Model, action: str, data: dict[str, Any], *, actor: Any, reason: str = ""):
    """Change, validate, save and record one object; nothing is recorded when nothing changed."""
    before = snapshot(obj)
    m2m = assign(obj, data)
    save_validated(obj, m2m)
    after = snapshot(obj)
    if before != after:
        record_change(obj, action, actor=actor, before=before, after=after, reason=reason)
    return obj


def delete_object(obj: models.Model, action: str, *, actor: Any, reason: str = "") -> None:
    before = snapshot(obj)
    record_change(obj, action, actor=actor, before=before, after=None, reason=reason)
    obj.delete()


def field_error(field: str, message: str, code: str = "invalid") -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code)})
