"""Line charts rendered on the server as SVG, so that pages, PDF and Word show the same chart.

Every chart is drawn from the same numbers as the table beside it; the SVG carries a title and a
description for screen readers, and the table is the accessible form of the data.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal, localcontext
from html import escape
from typing import cast

from core.numbers import SUPERSCRIPT, fixed_number

# Colours with at least 3:1 contrast against white, told apart also by dash pattern.
PALETTE = [("#0b4f7c", ""), ("#a0151b", "6 4"), ("#1f6b2e", "2 3"), ("#7a3e00", "8 3 2 3"), ("#5b2a86", "4 2")]
WIDTH, HEIGHT = 780, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 230, 24, 40

# Scales are worked out in decimal arithmetic: exact for every float, with an exponent range far beyond
# a float's, so that 1.8e308 - (-1e308) or 5e-324 / 10 neither overflow nor vanish. Forty digits are
# more than the ratio of a value to a step can need (a step is at least a fiftieth of the span, and
# the span at least one float spacing, 2^-52 of the value: about 18 digits).
SCALE = Context(prec=40)
STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
MAX_TICKS = 10  # the most ticks asked for; a scale has at most that many plus two
MAX_TICKS_SHOWN = 7  # on the y-axis of a chart


@dataclass(frozen=True)
class Line:
    label: str
    points: list[tuple[str, float | None]]  # (period, value); None, or a period left out, leaves a gap
    # A line of a few chosen points (targets, a projection) is drawn from point to point; a line of
    # measured values is broken where a period of its own frequency has no value.
    joined: bool = False


# Periods as the sources write them: 2024 (year), 2024K1 (quarter), 2024M01 (month).
PERIOD = re.compile(r"(\d{4})(?:([KM])(\d{1,2}))?")
MONTHS_PER = {None: 12, "K": 3, "M": 1}


def _time(period: str) -> tuple[int, int] | None:
    """Where a period begins, in months since year 0, and how many months it lasts; None for a
    period that is not a year, quarter or month (the axis then shows the periods as categories)."""
    match = PERIOD.fullmatch(period)
    if match is None:
        return None
    year, kind, number = int(match[1]), match[2], int(match[3] or 1)
    if not 1 <= number <= (4 if kind == "K" else 12):
        return None
    return year * 12 + (number - 1) * MONTHS_PER[kind], MONTHS_PER[kind]


def _year_labels(first: int, last: int, most: int = 8) -> list[int]:
    """Round years to label a time axis from `first` to `last` (years): every year, or every 2nd, 5th,
    10th… so that at most `most` are written."""
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000) if (last - first) // s + 1 <= most)
    return [y for y in range(first, last + 1) if y % step == 0] or [first]


def _ticks(low: float, high: float, n: int = 5) -> list[Decimal]:
    """Round, evenly spaced numbers from at or below `low` to at or above `high`: at most n + 2 of
    them, for any finite floats, in time and memory that do not depend on the values."""
    n = max(1, min(n, MAX_TICKS))
    with localcontext(SCALE):
        lo, hi = sorted((_decimal(low), _decimal(high)))
        if lo == hi:
            hi = lo + (lo.copy_abs() or 1)  # copy_abs is exact, abs() rounds
        span = hi - lo
        magnitude = Decimal(1).scaleb((span / n).adjusted())  # 10^floor(log10(span / n))
        step = next(m * magnitude for m in STEPS if span / (m * magnitude) <= n)
        first = (lo / step).to_integral_value(ROUND_FLOOR)
        last = (hi / step).to_integral_value(ROUND_CEILING)
        ticks = [(first + i) * step for i in range(int(last - first) + 1)]
        return [_tidy(t) for t in ticks]


def _tidy(tick: Decimal) -> Decimal:
    """A tick in its shortest form, and zero as 0 (not -0 or 0E+3)."""
    return tick.normalize() if tick else Decimal(0)


def _decimal(value: float | Decimal) -> Decimal:
    """The decimal a float stands for: its shortest form (0.001, not 0.001000000000000000020816…)."""
    return value if isinstance(value, Decimal) else Decimal(repr(float(value)))


def _labels(ticks: list[Decimal]) -> list[str]:
    """The ticks as the active language writes them (`core.numbers.fixed_number`), with as many decimals
    as the step needs: Swedish 0,0025 and 1 500 (a no-break space), English 0.0025 and 1,500; beyond 10¹⁵
    (or below 10⁻⁶) as 1,5·10³⁰⁸ with the exponent of the largest tick."""
    with localcontext(SCALE):
        step = (ticks[1] - ticks[0]).normalize() if len(ticks) > 1 else Decimal(1)
    step_exponent = cast(int, step.as_tuple().exponent)  # a finite step: an int
    largest = max(abs(t) for t in ticks)
    if largest < Decimal("1e15") and step_exponent >= -6:
        decimals = max(0, -step_exponent)
        return ["0" if t == 0 else fixed_number(t, decimals) for t in ticks]
    exponent = largest.adjusted()
    decimals = max(0, exponent - step_exponent)
    power = "10" + str(exponent).translate(SUPERSCRIPT)
    with localcontext(SCALE):
        return ["0" if t == 0 else fixed_number(t.scaleb(-exponent), decimals) + "·" + power for t in ticks]


def line_chart(lines: list[Line], *, title: str, source: str) -> str:
    """An SVG line chart of `lines` over their periods; its size grows with the number of points and
    nothing else. Years, quarters and months lie on a time axis (2015, 2016 and 2019: the step from 2016
    to 2019 is three years wide); other periods are evenly spaced in sorted order. The y-axis begins at
    zero or below the smallest value and always reaches above the largest."""
    periods = sorted({period for line in lines for period, _value in line.points})
    lines = [Line(line.label, [(p, _finite(v)) for p, v in line.points], line.joined) for line in lines]
    values = [v for line in lines for _p, v in line.points if v is not None]
    if not periods or not values:
        return ""
    times = {period: _time(period) for period in periods}
    on_time_axis = all(t is not None for t in times.values())
    if on_time_axis:
        starts = {period: cast(tuple[int, int], t)[0] for period, t in times.items()}
    else:
        starts = {period: i for i, period in enumerate(periods)}
    first, last = min(starts.values()), max(starts.values())
    ticks = _value_ticks(min(0.0, min(values)), max(values), values)
    low, span = ticks[0], ticks[-1] - ticks[0]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_at(start: float) -> float:
        return LEFT + (plot_w * (start - first) / max(1, last - first))

    def x(period: str) -> float:
        return x_at(starts[period])

    def y(value: float | Decimal) -> float:
        with localcontext(SCALE):
            return TOP + plot_h - float((_decimal(value) - low) / span) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title chart-desc" class="chart">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(source)}. Samma värden finns i tabellen nedanför diagrammet.</desc>',
    ]
    for tick, label in zip(ticks, _labels(ticks), strict=True):
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#d0d7de"/>')
        parts.append(
            f'<text x="{LEFT - 8}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="12" fill="#4a5560">{label}</text>'
        )
    if on_time_axis and all(_time(p) == (starts[p], 12) for p in periods):  # years: round years, with or without data
        axis = [(x_at(year * 12), str(year)) for year in _year_labels(first // 12, last // 12)]
    else:
        every = max(1, math.ceil(len(periods) / 8))
        axis = [(x(p), p) for i, p in enumerate(periods) if i % every == 0 or i == len(periods) - 1]
    for at, text in axis:
        parts.append(
            f'<text x="{at:.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="12" '
            f'fill="#4a5560">{escape(text)}</text>'
        )
    for n, line in enumerate(lines):
        colour, dash = PALETTE[n % len(PALETTE)]
        segment: list[str] = []
        segments: list[list[str]] = []
        previous: str | None = None
        for period, value in sorted(line.points, key=lambda p: starts[p[0]]):
            broken = on_time_axis and not line.joined and previous is not None and _missing_between(previous, period)
            if value is None or broken:
                if segment:
                    segments.append(segment)
                segment = []
            previous = period if value is not None else None
            if value is not None:
                segment.append(f"{x(period):.1f},{y(value):.1f}")
        if segment:
            segments.append(segment)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        for points in segments:
            if len(points) == 1:
                cx, cy = points[0].split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"/>')
            else:
                path = " ".join(points)
                parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr}/>')
        ly = TOP + 16 + n * 20
        parts.append(
            f'<line x1="{WIDTH - RIGHT + 12}" x2="{WIDTH - RIGHT + 36}" y1="{ly}" y2="{ly}" stroke="{colour}" '
            f'stroke-width="2.5"{dash_attr}/>'
        )
        label = escape(line.label[:34])
        parts.append(f'<text x="{WIDTH - RIGHT + 42}" y="{ly + 4}" font-size="12" fill="#1b1f24">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _missing_between(earlier: str, later: str) -> bool:
    """Whether a period of the earlier one's length lies between two periods on a time axis (2016 and
    2019: 2017 and 2018 are missing); never on an axis of categories."""
    a, b = _time(earlier), _time(later)
    if a is None or b is None:
        return False
    return b[0] - a[0] > a[1]


def _value_ticks(low: float, high: float, values: list[float]) -> list[Decimal]:
    """Ticks of the y-axis that reach above the largest value (and below the smallest, when it is
    negative) by at least a quarter of a step, so that no point lies on the frame of the plot or is cut
    off at its edge; at most seven of them."""
    top, bottom = _decimal(max(values)), _decimal(min(values))
    for n in range(5, 0, -1):
        ticks = _ticks(low, high, n)
        with localcontext(SCALE):
            step = ticks[1] - ticks[0]
            if ticks[-1] - top < step / 4:  # a point on (or a hair below) the frame: one step more
                ticks = [*ticks, _tidy(ticks[-1] + step)]
            if bottom < 0 and bottom - ticks[0] < step / 4:
                ticks = [_tidy(ticks[0] - step), *ticks]
        if len(ticks) <= MAX_TICKS_SHOWN:
            return ticks
    return ticks


def _finite(value: float | None) -> float | None:
    """A value to draw; NaN and infinity (which PostgreSQL can hold) leave a gap like a missing one."""
    return value if value is not None and math.isfinite(value) else None
