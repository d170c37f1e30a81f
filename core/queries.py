"""Read-side queries of the history and task progress, through the permission gateway."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from core import sentences
from core.models import ChangeRecord, TaskProgress
from core.permissions import ScopedManager, gateway, is_scoped, related_model, scope_for


def scoped_models() -> list[type[models.Model]]:
    """Every model whose objects live in a collaboration: those with a visibility and the parts of them."""
    return [m for m in apps.get_models() if is_scoped(m)]


def history_for(obj: Any) -> QuerySet[ChangeRecord]:
    """Records of one object. The caller has already reached `obj` through the gateway."""
    ct = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    return ChangeRecord.objects.filter(content_type=ct, object_id=obj.pk).select_related("content_type")


def binds_persons(model: type[models.Model]) -> bool:
    """The model has a rule of its own that may hide an object even from the coordinators and the
    administrators (secrecy binds persons), or it is a part of an aggregate that has one (the document of
    an item of a secret forum's meeting)."""
    if getattr(model, "scope_restriction", None) is not None:
        return True
    parent_field = getattr(model, "scope_parent", "")
    return bool(parent_field) and binds_persons(related_model(model._meta.get_field(parent_field)))


def collaboration_log(collaboration: Any, user: Any) -> QuerySet[ChangeRecord]:
    """Every record of a collaboration that the user may read.

    Administrators and coordinators read all of it, except the records of objects that a model's own
    restriction hides from them (a secret body's material, deleted or not: secrecy binds persons). Others
    read the records of the objects they can see today; records of deleted objects stay with the
    coordinators. What the records name is shown through `readable_records`.
    """
    records = ChangeRecord.objects.filter(collaboration_id=collaboration.pk).select_related("content_type")
    # Only the kinds of object the collaboration's records are of (one query): the filter names each
    # kind's visible objects, and a log holds a few of the ~50 kinds there are.
    kinds = set(records.order_by().values_list("content_type_id", flat=True).distinct())
    records = records.filter(content_type_id__in=kinds)  # a kind first recorded since is left for the next read
    models_logged = [
        (model, ct) for model in scoped_models() if (ct := ContentType.objects.get_for_model(model)).pk in kinds
    ]
    scope = scope_for(user)
    if scope.is_admin or collaboration.pk in scope.coordinated_collaboration_ids:
        for model, ct in models_logged:
            if binds_persons(model):
                visible = gateway(model).visible_to(user).values("pk")
                records = records.exclude(Q(content_type=ct) & ~Q(object_id__in=visible))
        return records
    allowed = Q(pk__in=[])
    for model, ct in models_logged:
        visible = gateway(model).visible_to(user).values("pk")
        allowed |= Q(content_type=ct, object_id__in=visible)
    return records.filter(allowed)


HIDDEN = _("dolt objekt")


def readable_records(records: Iterable[ChangeRecord], user: Any, *, in_words: bool = False) -> list[ChangeRecord]:
    """The records as `user` may read them: each gets `shown_repr` (its object's title, or "dolt objekt"
    when the object exists but the user may not see it) and `shown_changes` (the changed fields, with
    every reference to a collaboration-scoped object shown by its title when the user may see it and as
    "dolt objekt" when not, never by its id), and `shown_fields` (the same with the fields' names in words);
    With `in_words` (the pages), `headline` and `sentences` tell each record in words (`core.sentences`),
    naming also the register's objects (organizations, areas, series) a change refers to.

    Pages, the API's history and the log show records only through this function, so a title or an id
    of an object the reader may not see never reaches them. A query or two per kind of object named,
    whatever the number of records."""
    records = list(records)
    own: dict[type[models.Model], set[int]] = defaultdict(set)  # the records' objects
    referred: dict[type[models.Model], set[int]] = defaultdict(set)  # what their changes refer to
    public: dict[type[models.Model], set[int]] = defaultdict(set)  # the register's objects they refer to
    for r in records:
        model = r.content_type.model_class()
        if model is not None and is_scoped(model):
            own[model].add(r.object_id)
        for field in _relations(model, r.changes):
            wanted = referred if is_scoped(field.related_model) else public
            if wanted is public and not in_words:
                continue
            for value in r.changes[field.name]:
                wanted[field.related_model].update(_ids(value))
    visible: dict[type[models.Model], set[int]] = {}
    names: dict[type[models.Model], dict[int, str]] = {}
    for model in set(own) | set(referred):
        seen = (
            cast("ScopedManager[Any]", model._default_manager)
            .visible_to(user)
            .filter(pk__in=own[model] | referred[model])
        )
        if referred[model]:  # titles wanted: with what their titles are made of
            joins = [f.name for f in model._meta.concrete_fields if f.many_to_one]
            names[model] = {o.pk: str(o) for o in seen.select_related(*joins)}
            visible[model] = set(names[model])
        else:
            visible[model] = set(seen.values_list("pk", flat=True))
    # Outside collaborations (organizations, areas, people of the register): named for everyone who reads.
    register = {
        model: {o.pk: _register_name(o) for o in model._default_manager.filter(pk__in=ids)}
        for model, ids in public.items()
    }
    hidden_existing: dict[type[models.Model], set[int]] = {}
    for model, ids in own.items():
        unseen = ids - visible[model]
        hidden_existing[model] = (
            set(model._default_manager.filter(pk__in=unseen).values_list("pk", flat=True)) if unseen else set()
        )
    for r in records:
        model = r.content_type.model_class()
        hidden = model in hidden_existing and r.object_id in hidden_existing[model]
        r.shown_repr = str(HIDDEN) if hidden else r.object_repr
        changes = dict(r.changes)
        labels = {}
        for field in _relations(model, r.changes):
            if field.related_model in names:
                known = names[field.related_model]
                changes[field.name] = [_named(value, known) for value in r.changes[field.name]]
        for key in changes:
            labels[key] = _label(model, key)
        r.shown_changes = changes
        r.shown_fields = [(labels[key], _display(pair[0]), _display(pair[1])) for key, pair in changes.items()]
        told = dict(changes)
        for field in _relations(model, r.changes):
            if field.related_model in register:
                told[field.name] = [_named(value, register[field.related_model]) for value in r.changes[field.name]]
        if in_words:
            r.headline = sentences.headline(r.action, model)
            r.sentences = sentences.sentences(model, told, created_or_deleted=r.before is None or r.after is None)
    return records


def _register_name(obj: models.Model) -> str:
    full_name = getattr(obj, "get_full_name", None)  # an account: by the person's name
    return (full_name() or str(obj)) if callable(full_name) else str(obj)


def _relations(model: type[models.Model] | None, changes: dict[str, Any]) -> list[Any]:
    if model is None:
        return []
    found = []
    for name in changes:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if (field.many_to_one or field.many_to_many) and field.related_model is not None:
            found.append(field)
    return found


def _ids(value: Any) -> list[int]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, int)]
    return [value] if isinstance(value, int) else []


def _named(value: Any, known: dict[int, str]) -> Any:
    if isinstance(value, list):
        return [known.get(v, str(HIDDEN)) if isinstance(v, int) else v for v in value]
    return known.get(value, str(HIDDEN)) if isinstance(value, int) else value


def _display(value: Any) -> Any:
    """A value as a reader sees it: a list as its items joined, nothing as nothing."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or None
    return value


def _label(model: type[models.Model] | None, name: str) -> str:
    try:
        return str(cast(Any, model._meta.get_field(name)).verbose_name) if model is not None else name
    except (FieldDoesNotExist, AttributeError):
        return name


def tasks_for(user: Any) -> QuerySet[TaskProgress]:
    scope = scope_for(user)
    if scope.is_admin:
        return TaskProgress.objects.all()
    if not scope.is_authenticated:
        return TaskProgress.objects.none()
    return TaskProgress.objects.filter(created_by_id=scope.user_id)


def any_in(model_label: str, collaboration: Any) -> bool:
    """Whether the collaboration holds any object of the model, seen or not: an empty list then says that
    it shows only what the reader may see (and names none of the rest)."""
    model = apps.get_model(model_label)
    return bool(model._default_manager.filter(collaboration=collaboration).exists())
