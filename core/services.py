"""Helpers for the domain apps' service functions (the only place that writes)."""

from __future__ import annotations

from typing import Any, TypeVar

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext as _

from core.history import record_change, snapshot
from core.permissions import SYSTEM as SYSTEM  # the actor the services know for the platform itself
from core.permissions import ScopedModel, Visibility, capping_relations, related_model

_M = TypeVar("_M", bound=models.Model)


def require(actor: Any, perm: str, obj: Any = None) -> None:
    """Refuse unless `actor` holds `perm` (on `obj`). `SYSTEM` is the platform itself and may do
    everything; `None` is no one (a task whose user is gone, a caller that forgot to say who) and may
    do nothing."""
    if actor is SYSTEM:
        return
    if actor is None:
        raise PermissionDenied(_("Ingen användare är angiven för ändringen; den görs inte."))
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
    """Validate fields and constraints, save, then set many-to-many values; an object of the collaboration
    is never more visible than what it belongs to or refers to."""
    obj.full_clean(exclude=exclude)
    obj.save()
    for name, values in (m2m or {}).items():
        getattr(obj, name).set(values)
    if isinstance(obj, ScopedModel):
        require_within_parents(obj)


# Nothing is more visible than what it belongs to ------------------------------------------------------

_BREADTH: dict[str, int] = {Visibility.NAMED: 1, Visibility.PARTICIPANTS: 2, Visibility.PUBLIC: 3}


def _shared_ids(obj: ScopedModel) -> set[int]:
    return set(obj.shared_with.values_list("pk", flat=True))


def wider_than(obj: ScopedModel, parent: ScopedModel) -> bool:
    """Whether `obj` would be seen by someone who may not see `parent` (by their own visibilities: a
    named object shared with an organization the parent is not shared with is wider too)."""
    if _BREADTH[obj.visibility] != _BREADTH[parent.visibility]:
        return _BREADTH[obj.visibility] > _BREADTH[parent.visibility]
    return obj.visibility == Visibility.NAMED and not _shared_ids(obj) <= _shared_ids(parent)


def _parents(obj: ScopedModel) -> list[tuple[models.ForeignKey[Any, Any], ScopedModel]]:
    found = []
    for fk in capping_relations(type(obj)):
        parent = getattr(obj, fk.name)
        if parent is not None:
            found.append((fk, parent))
    return found


def require_within_parents(obj: ScopedModel) -> None:
    """Refuse a visibility wider than that of anything the object belongs to or refers to."""
    for fk, parent in _parents(obj):
        if wider_than(obj, parent):
            message = _(
                "Synligheten kan inte vara vidare än för det som detta hör till: %(what)s ”%(parent)s” är "
                "synligt för %(visibility)s. Välj samma eller en snävare synlighet."
            ) % {
                "what": related_model(fk)._meta.verbose_name,
                "parent": parent,
                "visibility": parent.get_visibility_display().lower(),
            }
            if parent.visibility == Visibility.NAMED and obj.visibility == Visibility.NAMED:
                message = _("Det går bara att dela med organisationer som även %(what)s ”%(parent)s” delas med.") % {
                    "what": related_model(fk)._meta.verbose_name,
                    "parent": parent,
                }
            raise field_error("visibility", message, code="wider_than_parent")


def capped_to_parents(obj: ScopedModel) -> dict[str, Any]:
    """The object's visibility narrowed to that of everything it belongs to (nothing when it already is)."""
    visibility, shared = obj.visibility, _shared_ids(obj)
    for _fk, parent in _parents(obj):
        if _BREADTH[visibility] > _BREADTH[parent.visibility]:
            visibility = parent.visibility
            shared = _shared_ids(parent) if visibility == Visibility.NAMED else shared
        elif visibility == parent.visibility == Visibility.NAMED:
            shared &= _shared_ids(parent)
    if visibility == obj.visibility and shared == _shared_ids(obj):
        return {}
    return {"visibility": visibility, "shared_with": sorted(shared)}


def cap_parts(parent: ScopedModel, *, actor: Any) -> None:
    """After `parent` was narrowed: narrow each of its parts that is now wider, recorded as a change of
    its own (and so on down, since each part's update caps its own parts)."""
    for model in _scoped_models():
        for fk in capping_relations(model):
            if not issubclass(type(parent), related_model(fk)):
                continue
            parts = model._default_manager.filter(**{fk.name: parent})
            for part in parts.exclude(pk=parent.pk) if model is type(parent) else parts:
                capped = capped_to_parents(part)
                if capped:
                    update_object(
                        part,
                        "core.visibility.capped",
                        capped,
                        actor=actor,
                        reason=_("Synligheten begränsades till den för det som detta hör till."),
                    )


def _scoped_models() -> list[type[ScopedModel]]:
    return [m for m in apps.get_models() if issubclass(m, ScopedModel)]


def create_object(
    model: type[_M], action: str, data: dict[str, Any], *, actor: Any, reason: str = "", **fixed: Any
) -> _M:
    """Create, validate, save and record one object. Call inside the service's transaction."""
    obj = model(**fixed)
    m2m = assign(obj, data)
    save_validated(obj, m2m)
    record_change(obj, action, actor=actor, before=None, after=snapshot(obj), reason=reason)
    return obj


def update_object(obj: _M, action: str, data: dict[str, Any], *, actor: Any, reason: str = "") -> _M:
    """Change, validate, save and record one object; nothing is recorded when nothing changed."""
    before = snapshot(obj)
    m2m = assign(obj, data)
    save_validated(obj, m2m)
    after = snapshot(obj)
    if before != after:
        record_change(obj, action, actor=actor, before=before, after=after, reason=reason)
    if isinstance(obj, ScopedModel) and (
        before.get("visibility") != after.get("visibility") or before.get("shared_with") != after.get("shared_with")
    ):  # narrowed: its parts may now be wider
        cap_parts(obj, actor=actor)
    return obj


def delete_object(obj: models.Model, action: str, *, actor: Any, reason: str = "") -> None:
    before = snapshot(obj)
    record_change(obj, action, actor=actor, before=before, after=None, reason=reason)
    obj.delete()


def field_error(field: str, message: str, code: str = "invalid") -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code)})
