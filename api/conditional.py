"""Conditional writes in the API (`core.versions`, RFC 9110 §13.1.1): `ETag` and `If-Match`.

* A detail GET, and the answer to a PATCH or PUT, send the object's version as a strong `ETag`.
* A PATCH, PUT or DELETE with `If-Match` is carried out only if the object is still at (one of) the
  version(s) named, checked with its row locked in the write's own transaction; otherwise nothing is
  written and the answer is 412 Precondition Failed, with the object's `ETag` now. `If-Match: *`
  matches any version of an existing object.
* A write without `If-Match` is not checked and 428 Precondition Required is not demanded: clients
  written before the check keep working. A client that must not overwrite others' changes sends
  `If-Match` with the `ETag` of its GET.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils.http import quote_etag
from django.utils.translation import gettext as _

from api.exceptions import PreconditionFailed
from core import versions


def etag(obj: Any) -> str:
    return quote_etag(versions.version_of(obj))


def if_match(request: Any) -> list[str] | None:
    """The versions a write may be based on, from `If-Match` (no header, or `*`: no check). Weak tags
    (`W/"…"`, as a compressing proxy may make them) name the same version."""
    header = request.headers.get("If-Match", "").strip()
    tags = [tag.strip().removeprefix("W/").strip('"') for tag in header.split(",") if tag.strip()]
    return None if not tags or "*" in tags else tags


def write_if_match(request: Any, obj: Any, write: Callable[[Any], Any]) -> Any:
    """`write(obj)` in one transaction with `obj`'s row locked, if `obj` is at the version of the
    request's `If-Match`; PreconditionFailed (412) otherwise, with nothing written."""
    try:
        with transaction.atomic():
            return write(versions.ensure_current(obj, if_match(request)))
    except versions.StaleVersion as stale:
        raise PreconditionFailed(
            f"{stale.messages[0]} " + _("Hämta det igen och gör om ändringen (If-Match)."),
            etag=quote_etag(stale.current_version),
        ) from stale
