"""Versions: a change is saved only onto the state it was based on (no lost updates).

Every edit form and every API write carries the version of the object it was based on: a hidden field
`based_on_version` in the HTML forms, an `If-Match` header (the `ETag` of a GET) in the API. The write
checks it, in its own transaction, with the object's row locked:

1. `ensure_current(obj, based_on)` locks the row (`SELECT … FOR UPDATE`), reloads the object from it
   and compares its version with `based_on`. A second save that reaches the row while the first holds
   the lock waits for the first to commit and then sees its version: two saves based on one version can
   never both pass.
2. A stale save raises `StaleVersion` (a `ValidationError`): nothing is written; the page shows the
   user's input beside the values saved now, the API answers 412 Precondition Failed.
3. No version given (a client that sends no `If-Match`, a form from before this check) is no check: the
   write goes through as before. This keeps older API clients working; a client that wants the
   protection sends `If-Match`.

What the version is — a digest of the object's state, not a counter or the latest history record.
The state is `core.history.snapshot(obj)`: every concrete field and the id lists of the many-to-many
fields, exactly what the history compares before and after. A digest of it

* needs no migration and no version column on every scoped model;
* moves with every change of the row or of its many-to-many links, also with a change made outside
  the services (the admin, a bulk loader, a capped visibility), which the latest `ChangeRecord` would
  miss;
* does not move when a service records a change but nothing changed (a save of the same values is
  not a conflict), and comes back when a change is undone (then nothing would be lost either).

It costs one query per many-to-many field (read from the database, never from a prefetch, which may be
filtered for the viewer and would give each viewer another version).

SQLite has no row locks; there a database-wide write lock orders the writers, and a racing writer
gets "database is locked" rather than a lost update. PostgreSQL, the production database, locks rows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models, transaction
from django.http import Http404
from django.utils.translation import gettext as _

from core.history import snapshot

FIELD = "based_on_version"  # the hidden field of every edit and delete form


class StaleVersion(ValidationError):
    """The object changed since the version a write was based on; `current` is the object as saved now."""

    def __init__(self, current: models.Model, based_on: str):
        super().__init__(stale_message(current), code="stale")
        self.current = current
        self.based_on = based_on
        self.current_version = version_of(current)


def stale_message(obj: models.Model) -> str:
    return _("Någon annan har ändrat ”%(obj)s” sedan du öppnade sidan.") % {"obj": obj}


def version_of(obj: models.Model) -> str:
    """The version of `obj` as stored (a digest of its snapshot); an opaque string of 24 characters."""
    state = json.dumps(snapshot(obj), sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.blake2b(state.encode(), digest_size=12).hexdigest()


def lock(obj: models.Model) -> models.Model:
    """Lock `obj`'s row until the end of the transaction and reload `obj` from it (in place)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("a version is checked inside the writing transaction")
    try:
        obj.refresh_from_db(from_queryset=type(obj)._base_manager.select_for_update())
    except ObjectDoesNotExist as exc:  # removed since it was read: nothing left to change
        raise Http404 from exc
    return obj


def ensure_current(obj: models.Model, based_on: str | Collection[str] | None) -> models.Model:
    """Refuse (`StaleVersion`) unless `obj` is still at version `based_on` (or at one of several);
    `None` or "" checks nothing, nor does an object not yet saved (a form that creates it when saved).

    Call inside the transaction that then writes: the row stays locked until it commits. `obj` is
    reloaded from the locked row, so the write starts from what is stored.
    """
    if not based_on or obj.pk is None:
        return obj
    allowed = {based_on} if isinstance(based_on, str) else {str(v) for v in based_on}
    lock(obj)
    if version_of(obj) not in allowed:
        raise StaleVersion(obj, ", ".join(sorted(allowed)))
    return obj
