"""Where a chart draws its points: the y-axis reaches above the largest value, every point lies inside
the plot, and periods lie on a time axis (a missing period leaves a gap and breaks the line)."""

import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from stats.charts import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH, Line, line_chart

PLOT_BOTTOM, PLOT_RIGHT = HEIGHT - BOTTOM, WIDTH - RIGHT
GRID = re.compile(r'<line x1="[^"]*" x2="[^"]*" y1="([^"]*)" y2="[^"]*" stroke="#d0d7de"/>')
AXIS_LABEL = re.compile(rf'<text x="([^"]*)" y="{HEIGHT - BOTTOM + 18}"[^>]*>([^<]*)</text>')


def drawn_points(svg: str) -> list[tuple[float, float]]:
    """Every point the chart draws: the corners of its polylines and its dots."""
    points = [
        (float(x), float(y))
        for polyline in re.findall(r'<polyline points="([^"]*)"', svg)
        for x, y in (pair.split(",") for pair in polyline.split())
    ]
    points += [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([^"]*)" cy="([^"]*)"', svg)]
    return points


def grid(svg: str) -> list[float]:
    return [float(y) for y in GRID.findall(svg)]


def test_the_largest_value_lies_below_the_top_of_the_axis_not_on_the_frame():
    # 100 is a round tick: before, the point was drawn on the top edge of the plot, half outside it.
    svg = line_chart([Line("Serie", [("2023", 50.0), ("2024", 100.0)])], title="T", source="K")
    assert min(grid(svg)) < min(y for _x, y in drawn_points(svg))
    assert ">120<" in svg or ">125<" in svg or ">150<" in svg  # a tick above 100 is written


def test_a_negative_smallest_value_lies_above_the_bottom_of_the_axis():
    svg = line_chart([Line("Serie", [("2023", -20.0), ("2024", 10.0)])], title="T", source="K")
    assert max(grid(svg)) > max(y for _x, y in drawn_points(svg))


def test_missing_years_leave_a_gap_as_wide_as_the_years_and_break_the_line():
    svg = line_chart([Line("Serie", [("2015", 1.0), ("2016", 2.0), ("2019", 3.0)])], title="T", source="K")
    (polyline,) = re.findall(r'<polyline points="([^"]*)"', svg)
    xs = [float(pair.split(",")[0]) for pair in polyline.split()]
    assert len(xs) == 2  # 2015–2016 joined; 2019 stands alone, not joined across 2017 and 2018
    (dot_x,) = [float(x) for x in re.findall(r'<circle cx="([^"]*)"', svg)]
    assert abs((dot_x - xs[1]) - 3 * (xs[1] - xs[0])) < 0.2  # 2016 → 2019 is three years wide
    labels = [text for _x, text in AXIS_LABEL.findall(svg)]
    assert labels == ["2015", "2016", "2017", "2018", "2019"]  # a time axis names the years between too


def test_targets_and_a_projection_are_joined_across_the_years_between():
    lines = [
        Line("Utfall", [("2020", 10.0), ("2021", 12.0)]),
        Line("Mål", [("2025", 20.0), ("2030", 30.0)], joined=True),
    ]
    svg = line_chart(lines, title="T", source="K")
    assert len(re.findall(r"<polyline", svg)) == 2 and "<circle" not in svg


def test_months_and_quarters_lie_on_the_same_time_axis():
    svg = line_chart([Line("Månad", [("2026M01", 1.0), ("2026M02", 2.0), ("2026M04", 4.0)])], title="T", source="K")
    (polyline,) = re.findall(r'<polyline points="([^"]*)"', svg)
    xs = [float(pair.split(",")[0]) for pair in polyline.split()]
    (dot_x,) = [float(x) for x in re.findall(r'<circle cx="([^"]*)"', svg)]
    assert len(xs) == 2 and abs((dot_x - xs[1]) - 2 * (xs[1] - xs[0])) < 0.2  # March is missing
    quarters = line_chart([Line("Kvartal", [("2024K1", 1.0), ("2024K2", 2.0)])], title="T", source="K")
    assert len(re.findall(r"<polyline", quarters)) == 1


def test_periods_that_are_not_years_quarters_or_months_are_evenly_spaced_categories():
    svg = line_chart([Line("Läsår", [("2023/24", 1.0), ("2024/25", 2.0), ("2026/27", 3.0)])], title="T", source="K")
    (polyline,) = re.findall(r'<polyline points="([^"]*)"', svg)
    xs = [float(pair.split(",")[0]) for pair in polyline.split()]
    assert len(xs) == 3 and abs((xs[2] - xs[1]) - (xs[1] - xs[0])) < 0.2


EXTREMES = [sys.float_info.max, -sys.float_info.max, 1e308, -1e308, 5e-324, -5e-324, 0.0, 1e15, -1e15, 100.0]
number = st.one_of(st.sampled_from(EXTREMES), st.floats(allow_nan=False, allow_infinity=False))
period = st.one_of(
    st.integers(1990, 2035).map(str),
    st.builds(lambda y, m: f"{y}M{m:02d}", st.integers(2020, 2026), st.integers(1, 12)),
)
series = st.lists(
    st.builds(
        Line,
        label=st.text(max_size=20),
        points=st.lists(st.tuples(period, st.one_of(st.none(), number)), min_size=1, max_size=25),
        joined=st.booleans(),
    ),
    min_size=1,
    max_size=4,
)


@given(lines=series)
@example(lines=[Line("En punkt", [("2024", 7.0)])])
@example(lines=[Line("Lika", [("2023", 5.0), ("2024", 5.0)])])
@example(lines=[Line("Noll", [("2023", 0.0), ("2024", 0.0)])])
@example(lines=[Line("Negativa", [("2023", -3.0), ("2024", -1.0)])])
@example(lines=[Line("Runt tal", [("2023", 0.0), ("2024", 100.0)])])
@example(lines=[Line("Störst", [("2023", sys.float_info.max), ("2024", -sys.float_info.max)])])
@example(lines=[Line("Lucka", [("2015", 1.0), ("2016", 2.0), ("2019", 3.0)])])
def test_every_point_lies_inside_the_plot_and_the_ticks_cover_the_values(lines):
    svg = line_chart(lines, title="T", source="K")
    values = [v for line in lines for _p, v in line.points if v is not None]
    if not values:
        assert svg == ""
        return
    points = drawn_points(svg)
    assert points
    ticks = grid(svg)
    assert 2 <= len(ticks) <= 7
    for x, y in points:
        assert LEFT - 0.05 <= x <= PLOT_RIGHT + 0.05
        assert TOP - 0.05 <= y <= PLOT_BOTTOM + 0.05
    top_point = min(y for _x, y in points)
    assert min(ticks) < top_point - 3  # the axis reaches above the largest value, by more than a dot
    assert max(ticks) >= max(y for _x, y in points)  # and down to the smallest (or to zero)
    for dot_y in (float(y) for y in re.findall(r'<circle cx="[^"]*" cy="([^"]*)"', svg)):
        assert dot_y - 3 >= TOP - 0.05  # a dot is not cut off at the top
