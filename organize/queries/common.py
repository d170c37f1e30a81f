"""Calendar arithmetic the queries share: the same day some months later, and whole months between two
days (when a follow-up duty falls due, whose turn it is to chair)."""

from __future__ import annotations

import calendar
import datetime


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later; the 31st becomes the last day of a shorter month."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: datetime.date, end: datetime.date) -> int:
    """Whole calendar months from `start` to `end` counted by month number (may be negative)."""
    return (end.year - start.year) * 12 + end.month - start.month
