"""Charts are total: any finite numbers — 1.8e308, -1e308, 5e-324, all equal, one value, mixed signs —
give a few round ticks and an SVG of bounded size, and a page with such a value stored renders."""

import math
import re
import sys
from decimal import Decimal

import pytest
from django.test import Client
from hypothesis import example, given
from hypothesis import strategies as st

from actors.models import Area
from stats.charts import HEIGHT, TOP, Line, _labels, _ticks, line_chart
from stats.models import Observation, Series
from steer.queries import sparkline

EXTREMES = [sys.float_info.max, -sys.float_info.max, 1e308, -1e308, 5e-324, -5e-324, sys.float_info.min, 0.0, 1e15]
finite = st.one_of(st.sampled_from(EXTREMES), st.floats(allow_nan=False, allow_infinity=False))
MAX_TICKS_SHOWN = 7  # five intervals asked for, at most two more at the ends
NUMBER = re.compile(r' (?:x|y|x1|x2|y1|y2|cx|cy)="([^"]*)"')


@given(low=finite, high=finite)
@example(low=0.0, high=sys.float_info.max)  # looped forever and grew a worker to 3.8 GB
@example(low=-1e308, high=sys.float_info.max)  # OverflowError: the span is not a float
@example(low=0.0, high=5e-324)  # a single tick, then a division by zero
@example(low=1e20, high=1e20)  # low + 1 == low: looped forever
def test_ticks_are_few_round_sorted_and_cover_the_values(low, high):
    ticks = _ticks(low, high)
    assert 2 <= len(ticks) <= MAX_TICKS_SHOWN
    assert all(t.is_finite() for t in ticks)
    assert ticks == sorted(set(ticks))
    assert ticks[0] <= Decimal(repr(min(low, high))) and ticks[-1] >= Decimal(repr(max(low, high)))
    steps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1  # evenly spaced
    step = steps.pop()
    assert step.normalize().as_tuple().digits in {(1,), (2,), (2, 5), (5,)}  # round: 1, 2, 2.5 or 5 × 10ⁿ
    labels = _labels(ticks)
    assert len(set(labels)) == len(labels)  # no two ticks read the same


def test_tick_labels_are_written_as_swedes_write_them():
    assert _labels(_ticks(0.0, 123456.0)) == [
        "0",
        "25\u00a0000",
        "50\u00a0000",
        "75\u00a0000",
        "100\u00a0000",
        "125\u00a0000",
    ]
    assert _labels(_ticks(-0.0025, 0.001)) == ["-0,003", "-0,002", "-0,001", "0", "0,001"]
    assert _labels(_ticks(0.0, sys.float_info.max)) == ["0", "0,5·10³⁰⁸", "1,0·10³⁰⁸", "1,5·10³⁰⁸", "2,0·10³⁰⁸"]
    assert _labels(_ticks(0.0, 5e-324))[:2] == ["0", "1·10⁻³²⁴"]


values = st.one_of(st.none(), finite)
lines = st.lists(
    st.builds(
        Line,
        label=st.text(max_size=60),
        points=st.lists(st.tuples(st.sampled_from([str(y) for y in range(2000, 2030)]), values), max_size=30),
    ),
    max_size=6,
)


@given(lines=lines)
@example(lines=[Line("Ett extremt värde", [("2023", 12.0), ("2024", sys.float_info.max)])])
@example(lines=[Line("Blandade tecken", [("2023", -1e308), ("2024", sys.float_info.max), ("2025", 5e-324)])])
@example(lines=[Line("Ett värde", [("2024", 7.0)])])
@example(lines=[Line("Lika", [("2023", 1e20), ("2024", 1e20)]), Line("Lika", [("2023", -1e20)])])
def test_every_chart_renders_a_bounded_svg_inside_its_frame(lines):
    svg = line_chart(lines, title="Titel", source="Källa: test")
    points = sum(len(line.points) for line in lines)
    if not any(v is not None for line in lines for _p, v in line.points):
        assert svg == ""
        return
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    periods = len({p for line in lines for p, _v in line.points})
    assert len(svg) <= 1_500 + MAX_TICKS_SHOWN * 220 + periods * 120 + len(lines) * 420 + points * 40
    assert svg.count('stroke="#d0d7de"') <= MAX_TICKS_SHOWN  # grid lines, one per tick
    coordinates = [float(n) for n in NUMBER.findall(svg)]
    assert all(math.isfinite(c) for c in coordinates)
    for polyline in re.findall(r'points="([^"]*)"', svg):
        for pair in polyline.split():
            y = float(pair.split(",")[1])
            assert TOP - 0.1 <= y <= HEIGHT - 40 + 0.1  # inside the plot, whatever the values


def test_a_value_that_is_not_finite_leaves_a_gap_like_a_missing_one():
    # PostgreSQL can hold NaN and infinity in a double precision column; old data might.
    svg = line_chart(
        [Line("Serie", [("2022", 1.0), ("2023", math.nan), ("2024", math.inf), ("2025", 3.0)])], title="T", source="K"
    )
    assert svg.count("<circle") == 2 and "<polyline" not in svg
    assert "nan" not in svg and "inf" not in svg


@given(values=st.lists(st.tuples(st.integers(1990, 2030), finite), max_size=20))
@example(values=[(2023, -1e308), (2024, sys.float_info.max)])  # inf / inf: "nan" in the polyline before
def test_the_dashboard_sparkline_stays_in_its_box_for_any_values(values):
    points = sparkline(values)
    if len(values) < 2:
        assert points == ""
        return
    pairs = [tuple(float(n) for n in pair.split(",")) for pair in points.split()]
    assert len(pairs) == len(values)
    assert all(0 <= x <= 96 and 0 <= y <= 24 for x, y in pairs)


# The page, with the extreme value stored directly (as data from before the range check might be) -----


@pytest.mark.django_db
def test_the_series_page_with_an_extreme_stored_value_renders_its_chart_for_anyone():
    series = Series.objects.create(source="file", external_id="BRO-extrem", title="Etableringar")
    area = Area.objects.get(scb_code="1880")
    for period, value in [("2022", 12.0), ("2023", sys.float_info.max), ("2024", -1e308)]:
        Observation.objects.create(series=series, area=area, period=period, year=int(period), value=value)
    response = Client().get(series.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "10³⁰⁸" in svg and "Etableringar" in svg
    assert svg.count("<line") <= MAX_TICKS_SHOWN + 3  # grid lines, and a legend line for each of 3 lines at most
