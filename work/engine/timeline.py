"""The timeline of activities, laid out (a pure function of dates): one row per activity, a bar from its
start to its end, today's line, year ticks. Readable in black and white: a late bar is hatched and says
"försenad" in words, an open end is drawn as a bar that fades into a dashed line to the edge, a row
without a known start has no bar and says so. The data table beside it is built from the same rows, so
the two say the same."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

WIDTH = 600  # the time axis
LABEL = 230  # the column of names left of it
LABEL_CHARS = 34
ROW_HEIGHT = 26
BAR_HEIGHT = 14
TOP = 28  # room for the year ticks
MIN_DAYS = 90


@dataclass(frozen=True)
class Item:
    key: int
    label: str
    start: datetime.date | None
    end: datetime.date | None
    is_late: bool
    status: str
    party: str = ""
    url: str = ""


@dataclass
class Bar:
    item: Item
    row: int
    y: float
    x: float | None = None  # None: no known start, no bar
    width: float = 0.0
    open_end: bool = False
    text_y: float = 0.0
    short_label: str = ""


@dataclass
class Tick:
    x: float
    label: str
    label_x: float = 0.0


@dataclass
class Layout:
    first: datetime.date
    last: datetime.date
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    today_x: float | None = None
    today_label_x: float = 0.0
    today: datetime.date | None = None
    label_width: int = LABEL

    @property
    def total_width(self) -> int:
        return self.label_width + self.width + 40


def _span(items: list[Item], today: datetime.date) -> tuple[datetime.date, datetime.date]:
    days = [d for item in items for d in (item.start, item.end) if d is not None] or [today]
    first, last = min(days), max(days)
    if today < first or today > last:  # today is always on the drawing
        first, last = min(first, today), max(last, today)
    if (last - first).days < MIN_DAYS:
        last = first + datetime.timedelta(days=MIN_DAYS)
    first = datetime.date(first.year, first.month, 1)
    return first, last


def layout(items: list[Item], today: datetime.date, width: int = WIDTH) -> Layout:
    """Place every item on a shared time axis from the earliest start to the latest end (and today)."""
    first, last = _span(items, today)
    total = max((last - first).days, 1)

    def x_of(day: datetime.date) -> float:
        return round(LABEL + (day - first).days / total * width, 1)

    result = Layout(first=first, last=last, width=width, height=TOP + ROW_HEIGHT * max(len(items), 1) + 4)
    for row, item in enumerate(items):
        y = TOP + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        label = item.label if len(item.label) <= LABEL_CHARS else item.label[: LABEL_CHARS - 1].rstrip() + "…"
        bar = Bar(item=item, row=row, y=y, text_y=y + BAR_HEIGHT - 3, short_label=label)
        if item.start is not None:
            bar.x = x_of(item.start)
            end = item.end if item.end is not None else last
            bar.open_end = item.end is None
            bar.width = max(round(x_of(end) - bar.x, 1), 3.0)
        result.bars.append(bar)
    year = first.year if first.month == 1 and first.day == 1 else first.year + 1
    while year <= last.year:
        x = x_of(datetime.date(year, 1, 1))
        result.ticks.append(Tick(x=x, label=str(year), label_x=x + 3))
        year += 1
    result.today = today
    result.today_x = x_of(today)
    result.today_label_x = result.today_x + 3
    return result


def as_table(result: Layout) -> list[dict[str, Any]]:
    """The rows of the data table: the same items, in the same order, with the same dates."""
    return [
        {
            "item": bar.item,
            "start": bar.item.start,
            "end": bar.item.end,
            "is_late": bar.item.is_late,
            "drawn": bar.x is not None,
        }
        for bar in result.bars
    ]
