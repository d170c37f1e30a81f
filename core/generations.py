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
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone, translation

from core.models import Generation
from core.permissions import scope_for

PLATFORM = "platform"


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


def everything() -> int:
    """A number that grows with every change anywhere (for pages that list across collaborations)."""
    return Generation.objects.aggregate(total=Sum("value"))["total"] or 0


def viewer(user: Any, collaboration_id: int | None = None) -> str:
    """Who is looking, as far as what they may see and do can differ: anonymous visitors share one
    entry; a signed-in user has their own, which also moves when their organizations or roles change."""
    scope = scope_for(user)
    if not scope.is_authenticated:
        return "anonymous"
    facts = (
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
    counters = current([*(collaboration_key(c) for c in collaboration_ids), PLATFORM])
    return {
        c: _key(user, c, f"{counters[collaboration_key(c)]}-{counters[PLATFORM]}", parts) for c in collaboration_ids
    }


def _key(user: Any, collaboration_id: int | None, data: str, parts: tuple) -> str:
    today = timezone.localdate().isoformat()  # rules that hold "today" (memberships, validity) move daily
    raw = repr((collaboration_id, data, viewer(user, collaboration_id), translation.get_language(), today, parts))
    return "samverkan:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def remember(key: str, compute):
    """The cached value under `key`, computed (and kept) when missing."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.CACHE_FRAGMENT_SECONDS)
    return value


def forget_cached_pages() -> None:
    """After data were written in bulk without recorded changes (demo, scale data, a restored database):
    move every key and empty this process's cache (and a shared one)."""
    with transaction.atomic():
        bump(PLATFORM)
    cache.clear()
