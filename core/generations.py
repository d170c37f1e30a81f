"""Generations: what cached reads depend on, and how every write moves it.

Every recorded change (`core.history.record_change`) raises, in the change's own transaction, the
counter of its collaboration (`collaboration:<id>`), or the `platform` counter for a change outside any
collaboration (organizations, people, statistics imports). A cached result is stored under a key that
names the counters it was computed from (`version_of`), the viewer's permission scope, the language and
the day; a change therefore moves every key that could show it, in every process and on every host, and
an old entry is simply never asked for again (it expires after `CACHE_FRAGMENT_SECONDS`).

Why this is safe under concurrency: a counter is a row that each writing transaction updates, so writers
of one collaboration take turns and a reader never sees a counter value without the data committed with
it. A reader reads the counters first and the data after; what it caches is never older than its key.

Why this is safe after a restore: counters go back with a restored database, and would meet keys cached
before it. Every key therefore also names the database's epoch (the `epoch` row, read in the same query as
the counters): a random 63-bit value set when the database is created (migration) and replaced by a new
random one by `manage.py restore` and `forget_cached_pages` (`new_epoch`). A restored database never
has an epoch that was used before, so no key cached before can be met again, in any process, however
the counters move afterwards.

The safety net: the services' recorded changes are not the only writes. Every save, delete and
many-to-many change of a model of the project's own apps (`counted_models`: all but core's own
bookkeeping) moves its counter too, by Django's signals connected in `core.apps` (`count_changes`), in
the writing transaction when there is one (in autocommit, right after the write's own commit). Writes
that send no signal — `bulk_create`, `bulk_update`, `QuerySet.update`, a set-based delete, raw SQL —
move the counter themselves (`bump_model`); a test finds every such write in the code and fails for one
that does not (`tests/core/test_generations.py`).

Which counter: a collaboration-scoped object's collaboration; a model that names its own
`change_counter` that one (the statistics, `STATISTICS`: every collaboration's charts read them, and an
import writes them in one long transaction, which then holds only that counter and keeps no other
writer waiting); anything else the platform's. Keys name the collaboration's, the statistics' and the
platform's counters, so a change of any of them moves every key that could show it.

Across releases: the cache keys of every process carry the code version (`settings.CACHES` KEY_PREFIX,
`samverkan.release`), so a deploy never reads what the previous release cached (its HTML or pickles).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

from django.apps import apps
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.cache import cache
from django.db import IntegrityError, models, transaction
from django.db.models import F, Max, Q, Sum
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone, translation

from core.models import Generation
from core.permissions import ScopedModel, scope_for

PLATFORM = "platform"
STATISTICS = "statistics"  # series, observations and the catalogue (`change_counter` on their models)
EPOCH = "epoch"  # not a counter: a random value that changes when the database is restored


def collaboration_key(collaboration_id: int) -> str:
    return f"collaboration:{collaboration_id}"


def bump(name: str) -> None:
    """Raise one counter. Must run inside the writing transaction (the row lock orders the writers)."""
    if Generation.objects.filter(name=name).update(value=F("value") + 1):
        return
    try:
        with transaction.atomic():  # a savepoint: another writer may create the row at the same moment
            Generation.objects.create(name=name, value=1)
    except IntegrityError:
        Generation.objects.filter(name=name).update(value=F("value") + 1)


def bump_for(collaboration_id: int | None) -> None:
    bump(collaboration_key(collaboration_id) if collaboration_id is not None else PLATFORM)


def counter_of(obj: models.Model) -> str:
    """The counter a change to `obj` moves: its collaboration's, its model's own, or the platform's."""
    if isinstance(obj, ScopedModel) and obj.scope_collaboration_id is not None:
        return collaboration_key(obj.scope_collaboration_id)
    return getattr(type(obj), "change_counter", PLATFORM)


def bump_model(model: type[models.Model], collaboration_ids: Iterable[int] = ()) -> None:
    """After a set-based write to `model` (which sends no signal): move its counter, or for a
    collaboration-scoped model the counters of the collaborations written to (the platform's, which
    every key names, when they are not given). Inside the write's transaction."""
    collaboration_ids = sorted(set(collaboration_ids))  # in a fixed order, as every writer takes them
    if issubclass(model, ScopedModel) and collaboration_ids:
        for collaboration_id in collaboration_ids:
            bump_for(collaboration_id)
        return
    bump(PLATFORM if issubclass(model, ScopedModel) else getattr(model, "change_counter", PLATFORM))


# The safety net: every save, delete and many-to-many change of a domain model moves its counter ----------


def _is_project_app(path: str) -> bool:
    here, base = Path(path).resolve(), Path(settings.BASE_DIR).resolve()
    return here.is_relative_to(base) and not {".venv", "site-packages", "node_modules"} & set(here.parts)


def related_through(field: Any) -> type[models.Model]:
    """The model of a many-to-many field's table (a class once the app registry is ready)."""
    return cast("type[models.Model]", field.remote_field.through)


def counted_models() -> list[type[models.Model]]:
    """The domain models: every model of the project's own apps, but core's bookkeeping (the history,
    task progress and the counters themselves, none of which a cached part shows)."""
    return [m for m in apps.get_models() if m._meta.app_label != "core" and _is_project_app(m._meta.app_config.path)]


def _saved(sender: Any, instance: Any, update_fields: Any = None, **kwargs: Any) -> None:
    if isinstance(instance, AbstractBaseUser) and update_fields is not None and set(update_fields) <= {"last_login"}:
        return  # a login: nothing that a cached part or list shows
    bump(counter_of(instance))


def _deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    bump(counter_of(instance))


def _related_changed(sender: Any, instance: Any, action: str, model: Any, pk_set: Any, **kwargs: Any) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    names = {counter_of(instance)}
    if issubclass(model, ScopedModel):  # the objects on the other side may belong to other collaborations
        if pk_set is None:  # cleared from that side: which objects were linked is not told
            names.add(PLATFORM)
        else:
            path = model.scope_collaboration_field
            column = "pk" if path is None else f"{path}_id"
            ids = model._default_manager.filter(pk__in=pk_set).values_list(column, flat=True)
            names |= {collaboration_key(c) for c in ids}
    for name in sorted(names):
        bump(name)


def count_changes() -> None:
    """Connect the safety net to every counted model (called once, by `core.apps`). A model whose rows
    are deleted only in sets, by a writer that moves the counter itself, says so with `deleted_in_sets`
    and keeps Django's set-based delete (a delete receiver makes Django fetch and signal every row)."""
    for model in counted_models():
        label = model._meta.label
        post_save.connect(_saved, sender=model, dispatch_uid=f"generations-saved-{label}")
        if not getattr(model, "deleted_in_sets", False):
            post_delete.connect(_deleted, sender=model, dispatch_uid=f"generations-deleted-{label}")
        for field in model._meta.many_to_many:
            through = related_through(field)
            m2m_changed.connect(_related_changed, sender=through, dispatch_uid=f"generations-m2m-{through._meta.label}")


def current(names: Iterable[str]) -> dict[str, int]:
    """The counters' values in one query (0 for a counter that has never moved)."""
    names = list(names)
    found = dict(Generation.objects.filter(name__in=names).values_list("name", "value"))
    return {name: found.get(name, 0) for name in names}


def everything() -> str:
    """A version that moves with every change anywhere (for pages that list across collaborations): the
    epoch and the sum of every counter, in one query."""
    found = Generation.objects.aggregate(
        epoch=Max("value", filter=Q(name=EPOCH)), total=Sum("value", filter=~Q(name=EPOCH))
    )
    return f"{found['epoch'] or 0}-{found['total'] or 0}"


def viewer(user: Any, collaboration_id: int | None = None) -> str:
    """Who is looking, as far as what they may see and do can differ: anonymous visitors share one
    entry; a signed-in user has their own, which also moves when their organizations or roles change."""
    scope = scope_for(user)
    if not scope.is_authenticated:
        return "anonymous"
    facts: tuple[Any, ...] = (
        scope.user_id,
        scope.is_admin,
        sorted(scope.organization_ids),
        sorted(scope.participant_collaboration_ids) if collaboration_id is None else [],
        collaboration_id in scope.participant_collaboration_ids,
        sorted(scope.roles.get(collaboration_id, ()))
        if collaboration_id is not None
        else sorted((cid, sorted(kinds)) for cid, kinds in scope.roles.items()),  # the same in every process
    )
    return hashlib.blake2b(repr(facts).encode(), digest_size=8).hexdigest()


def version_of(user: Any, collaboration_id: int | None, *parts: Any) -> str:
    """The cache key of something shown to `user` that depends on one collaboration (or, with None, on
    all of them), with `parts` naming what it is and how it was asked for. One query."""
    if collaboration_id is None:
        return _key(user, None, f"all-{everything()}", parts)
    return versions_of(user, [collaboration_id], *parts)[collaboration_id]


def versions_of(user: Any, collaboration_ids: Iterable[int], *parts: Any) -> dict[int, str]:
    """The cache keys of something kept per collaboration, for several collaborations in one query."""
    collaboration_ids = sorted(set(collaboration_ids))
    counters = current([*(collaboration_key(c) for c in collaboration_ids), PLATFORM, STATISTICS, EPOCH])
    shared = f"{counters[EPOCH]}-{counters[PLATFORM]}-{counters[STATISTICS]}"
    return {c: _key(user, c, f"{shared}-{counters[collaboration_key(c)]}", parts) for c in collaboration_ids}


def _key(user: Any, collaboration_id: int | None, data: str, parts: tuple[Any, ...]) -> str:
    today = timezone.localdate().isoformat()  # rules that hold "today" (memberships, validity) move daily
    raw = repr((collaboration_id, data, viewer(user, collaboration_id), translation.get_language(), today, parts))
    return "samverkan:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def remember(key: str, compute: Callable[[], Any]) -> Any:
    """The cached value under `key`, computed (and kept) when missing."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.CACHE_FRAGMENT_SECONDS)
    return value


def new_epoch_value(old: Iterable[int] = ()) -> int:
    """A random epoch, never 0 (a database without one) and none of `old`."""
    old = set(old) | {0}
    value = secrets.randbits(63)
    while value in old:
        value = secrets.randbits(63)
    return value


def new_epoch() -> int:
    """Give every cache key a part never used before: nothing cached earlier, in any process, is found
    again. (`manage.py restore` sets it inside the restore itself.)"""
    with transaction.atomic():
        old = Generation.objects.select_for_update().filter(name=EPOCH).values_list("value", flat=True)
        value = new_epoch_value(old)
        Generation.objects.update_or_create(name=EPOCH, defaults={"value": value})
    return value


def forget_cached_pages() -> None:
    """After data were written in bulk without recorded changes (demo, scale data, a database restored
    by other means than `manage.py restore`): move every key in every process, and empty this process's
    cache (and a shared one) to free its memory."""
    new_epoch()
    cache.clear()
