"""Calendar feeds (L1): a person's private, revocable iCalendar address for the meetings of all their
bodies, or of one body. The address's secret is given once, when the feed is made; only its SHA-256 is
kept (like an invitation link's), so a lost address is revoked and a new one made."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import Person, User
from core.services import create_object, field_error, require, update_object
from lead.models import CalendarFeed
from lead.services.common import KEEP_CALENDAR
from organize.models import Body, sitting_in


def feed_digest(token: str) -> str:
    """What is stored of a feed address's secret: its SHA-256 (the address itself is never stored)."""
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def create_feed(person: Person, body: Body | None = None, *, actor: Any) -> tuple[CalendarFeed, str]:
    """Make a calendar feed for `person` (of one body, if given: one the person sits in) and return it with
    its secret, which is not kept and cannot be shown again."""
    require(actor, KEEP_CALENDAR, person)
    if not User.objects.filter(person=person, is_active=True).exists():
        raise field_error(
            "person",
            _("%(person)s har inget konto; en kalender visar det som kontot får se.") % {"person": person},
            code="no_account",
        )
    if body is not None and not Body.objects.filter(pk=body.pk, pk__in=sitting_in(person.pk)).exists():
        raise field_error(
            "body",
            _("%(person)s sitter inte i %(body)s och kan inte prenumerera på dess möten.")
            % {"person": person, "body": body.name},
            code="not_a_member",
        )
    token = secrets.token_urlsafe(32)
    feed = create_object(
        CalendarFeed,
        "lead.calendar_feed.created",
        {"person": person, "body": body},
        actor=actor,
        token_hash=feed_digest(token),
    )
    return feed, token


@transaction.atomic
def revoke_feed(feed: CalendarFeed, *, actor: Any) -> CalendarFeed:
    """Revoke the feed: its address answers 410 Gone from now on."""
    require(actor, KEEP_CALENDAR, feed.person)
    if feed.revoked_at is not None:
        raise field_error("feed", _("Kalenderadressen är redan återkallad."), code="already_revoked")
    return update_object(feed, "lead.calendar_feed.revoked", {"revoked_at": timezone.now()}, actor=actor)
