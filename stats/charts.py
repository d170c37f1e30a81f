"""Line charts rendered on the server as SVG, so that pages, PDF and Word show the same chart.

Every chart is drawn from the same numbers as the table beside it; the SVG carries a title and a
description for screen readers, and the table is the accessible form of the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

# Colours with at least 3:1 contrast against white, told apart also by dash pattern.
PALETTE = [("#0b4f7c", ""), ("#a0151b", "6 4"), ("#1f6b2e", "2 3"), ("#7a3e00", "8 3 2 3"), ("#5b2a86", "4 2")]
WIDTH, HEIGHT = 780, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 230, 24, 40


@dataclass(frozen=True)
class Line:
    label: str
    points: list[tuple[str, float | None]]  # (period, value); None leaves a gap


def _ticks(low: float, high: float, n: int = 5) -> list[float]:
    if high == low:
        high = low + 1
    raw = (high - low) / n
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    for step in (magnitude * m for m in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10)):
        if (high - low) / step <= n:
            break
    start = (low // step) * step
    ticks, value = [], start
    while value <= high + step / 2:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _format(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def line_chart(lines: list[Line], *, title: str, source: str) -> str:
    """An SVG line chart of `lines` over their periods (in order of first appearance)."""
    periods: list[str] = []
    for line in lines:
        for period, _value in line.points:
            if period not in periods:
                periods.append(period)
    periods.sort()
    values = [v for line in lines for _p, v in line.points if v is not None]
    if not periods or not values:
        return ""
    ticks = _ticks(min(0.0, min(values)), max(values))
    low, high = ticks[0], ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(period: str) -> float:
        return LEFT + (plot_w * periods.index(period) / max(1, len(periods) - 1))

    def y(value: float) -> float:
        return TOP + plot_h - (value - low) / (high - low) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title chart-desc" class="chart">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(source)}. Samma värden finns i tabellen nedanför diagrammet.</desc>',
    ]
    for tick in ticks:
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#d0d7de"/>')
        parts.append(
            f'<text x="{LEFT - 8}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="12" fill="#4a5560">'
            f"{_format(tick)}</text>"
        )
    every = max(1, len(periods) // 8)
    for i, period in enumerate(periods):
        if i % every == 0 or i == len(periods) - 1:
            parts.append(
                f'<text x="{x(period):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="12" '
                f'fill="#4a5560">{escape(period)}</text>'
            )
    for n, line in enumerate(lines):
        colour, dash = PALETTE[n % len(PALETTE)]
        segment: list[str] = []
        segments: list[list[str]] = []
        for period, value in sorted(line.points, key=lambda p: periods.index(p[0])):
            if value is None:
                if segment:
                    segments.append(segment)
                segment = []
                continue
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
