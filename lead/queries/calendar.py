"""Reads of the calendar feeds (L1): the meetings a person's feed shows, read as the person's account.

A feed shows the meetings of the bodies the person sits in (today, or on the meeting's date); a body's
feed, that body's. Everything is read through the gateway as the person's user, so a meeting of a body
under secrecy is in it only if the person sat in the body on its date, and a meeting the account may not
see is not in it at all."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from actors.models import User
from lead.engine.ical import CalendarEvent
from lead.models import CalendarFeed, Meeting
from lead.queries.documents import meeting_url
from organize.models import Membership, sitting_in

FEED_DAYS_BACK = 400  # a feed shows the meetings of the last year and a bit, and every later one


def feed_address(request: Any, token: str) -> str:
    """The full address of a feed whose secret is `token` (shown once, when the feed is made)."""
    return str(request.build_absolute_uri(reverse("personal:calendar_feed", args=[token])))


def site_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def feed_owner(feed: CalendarFeed) -> User | None:
    """The account a feed reads as: the person's own, while it is active (a person without one has no feed)."""
    return User.objects.filter(person_id=feed.person_id, is_active=True).first()


def feed_meetings(feed: CalendarFeed, user: Any, *, today: datetime.date | None = None) -> Any:
    """The meetings of the feed as `user` (the feed's owner) may see them."""
    today = today or timezone.localdate()
    seated_on_the_day = Membership.objects.visible_to(user).filter(
        Q(start_date__isnull=True) | Q(start_date__lte=OuterRef("date")),
        Q(end_date__isnull=True) | Q(end_date__gte=OuterRef("date")),
        body_id=OuterRef("body_id"),
        person_id=feed.person_id,
    )
    meetings = (
        Meeting.objects.visible_to(user)
        .filter(Q(body_id__in=sitting_in(feed.person_id, today)) | Q(Exists(seated_on_the_day)))
        .filter(date__gte=today - datetime.timedelta(days=FEED_DAYS_BACK))
    )
    if feed.body_id is not None:
        meetings = meetings.filter(body_id=feed.body_id)
    return meetings.select_related("collaboration", "body").order_by("date", "start_time", "pk")


def meeting_event(meeting: Meeting, *, stamp: datetime.datetime | None = None, description: str = "") -> CalendarEvent:
    """The meeting as a calendar event: what and when, never its agenda."""
    return CalendarEvent(
        uid=f"{meeting.uid}@{site_host()}",
        sequence=meeting.sequence,
        summary=_("%(body)s: möte") % {"body": meeting.body.name},
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        location=meeting.place or meeting.video_url,
        url=meeting_url(meeting),
        cancelled=meeting.is_cancelled,
        stamp=stamp or timezone.now(),
        description=description,
    )


def feed_name(feed: CalendarFeed) -> str:
    if feed.body_id is not None:
        return _("Möten i %(body)s") % {"body": feed.body.name if feed.body else ""}
    return _("Mina möten i Samverkan")


def feeds_of(person_id: int) -> Any:
    return CalendarFeed.objects.filter(person_id=person_id).select_related("body").order_by("-created_at", "-pk")
