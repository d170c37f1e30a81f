"""Meetings as iCalendar (RFC 5545), for calendar feeds and the .ics of a kallelse e-mail.

Calendar clients recognise a meeting again by its UID (the meeting's uuid at the site's host), take a
higher SEQUENCE as an update of it, and remove it on STATUS:CANCELLED. Times are Europe/Stockholm, with
the zone's VTIMEZONE in the calendar; a meeting whose time is unknown is an all-day event."""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

ZONE = zoneinfo.ZoneInfo("Europe/Stockholm")
PRODID = "-//Samverkan//Ledning//SV"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    sequence: int
    summary: str
    date: datetime.date
    start_time: datetime.time | None
    end_time: datetime.time | None
    location: str
    url: str
    cancelled: bool
    stamp: datetime.datetime
    description: str = ""


def _event(event: CalendarEvent) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", event.uid)
    component.add("sequence", event.sequence)
    component.add("dtstamp", event.stamp.astimezone(datetime.UTC))
    component.add("summary", event.summary)
    if event.start_time is None:  # the time is unknown: the whole day
        component.add("dtstart", event.date)
        component.add("dtend", event.date + datetime.timedelta(days=1))
    else:
        start = datetime.datetime.combine(event.date, event.start_time, tzinfo=ZONE)
        end = (
            datetime.datetime.combine(event.date, event.end_time, tzinfo=ZONE)
            if event.end_time is not None
            else start + datetime.timedelta(hours=1)
        )
        component.add("dtstart", start)
        component.add("dtend", end)
    if event.location:
        component.add("location", event.location)
    if event.url:
        component.add("url", event.url)
    if event.description:
        component.add("description", event.description)
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    return component


def calendar_bytes(events: Iterable[CalendarEvent], *, name: str = "", method: str = "") -> bytes:
    """A VCALENDAR of the events (with the time zone they use); `method` "REQUEST" for an invitation."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Stockholm")
    for event in events:
        calendar.add_component(_event(event))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
