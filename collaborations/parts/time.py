"""Time: what was valid on a day, and pages "as of" a date (`?per=YYYY-MM-DD`).

Parties, memberships, roles, bodies and agreement versions have validity in time (a start and an
end, either of which may be unknown). `active_on` is the one rule for "valid on the day": a start
that is unknown or on/before the day, and an end that is unknown or on/after it.

A page or API list that can be shown as of a date reads `?per=`. `AsOfMixin` gives a page `self.on`
(that date, or today) and answers a date it cannot read with a 400 page that says what is wrong;
`per_from_query` does the same for the API (400 naming `per`).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2200, 12, 31)


def active_on(on: datetime.date, start: str = "start_date", end: str = "end_date") -> Q:
    """Valid on the day `on`: the start unknown or on/before it, the end unknown or on/after it."""
    return (Q(**{f"{start}__isnull": True}) | Q(**{f"{start}__lte": on})) & (
        Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": on})
    )


def is_active_on(on: datetime.date, start: datetime.date | None, end: datetime.date | None) -> bool:
    """The same rule as `active_on`, for values already loaded."""
    return (start is None or start <= on) and (end is None or end >= on)


def parse_per(value: str | None) -> datetime.date | None:
    """The date of a `?per=` parameter (None when absent or empty); a clear message when unreadable."""
    if value is None or not value.strip():
        return None
    try:
        day = datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            _("Datumet i ”per” (%(value)s) kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-01-31.")
            % {"value": value[:40]},
            code="invalid_per",
        ) from None
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(
            _("Datumet i ”per” måste ligga mellan %(first)s och %(last)s.")
            % {"first": EARLIEST.isoformat(), "last": LATEST.isoformat()},
            code="per_out_of_range",
        )
    return day


def per_from_query(request: Any) -> datetime.date | None:
    """The `?per=` date of an API request; a DRF 400 naming `per` when it cannot be read."""
    from rest_framework.exceptions import ValidationError as ApiValidationError

    try:
        return parse_per(request.query_params.get("per"))
    except ValidationError as error:
        raise ApiValidationError({"per": error.messages}) from None


class AsOfMixin:
    """A page that can be shown as of a date: `self.on` is the `?per=` date or today, `self.as_of`
    says whether a date was asked for. Both are in the template context."""

    request: HttpRequest
    on: datetime.date
    as_of: bool

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            asked = parse_per(request.GET.get("per"))
        except ValidationError as error:
            return render(request, "400.html", {"message": " ".join(error.messages)}, status=400)
        self.as_of = asked is not None
        self.on = asked or timezone.localdate()
        return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]  # a mixin: the view comes next

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(on=self.on, as_of=self.as_of, **kwargs)  # type: ignore[misc]
