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
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q, Sum
from django.utils import timezone, translation

from core.models import Generation
from core.permissions import scope_for

PLATFORM = "platform"
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
    counters = current([*(collaboration_key(c) for c in collaboration_ids), PLATFORM, EPOCH])
    return {
        c: _key(user, c, f"{counters[EPOCH]}-{counters[collaboration_key(c)]}-{counters[PLATFORM]}", parts)
        for c in collaboration_ids
    }


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
