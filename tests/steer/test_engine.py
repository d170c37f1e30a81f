"""The status and trend rule of indicators: invariants that hold for any series, a real Kolada series
checked against a hand computation, and the edge cases of the rule one by one.

Expected numbers are computed here by other means than the engine's (textbook sums, `statistics`).
"""

import json
import statistics
from dataclasses import replace
from itertools import accumulate
from pathlib import Path

import pytest
from django.utils import translation
from hypothesis import assume, given
from hypothesis import strategies as st

from steer.choices import Status
from steer.engine import (
    AT_RISK,
    HIGHER,
    IMPROVING,
    LOWER,
    NO_DATA,
    OFF_TRACK,
    ON_TRACK,
    RANGE,
    STABLE,
    UNKNOWN,
    WORSENING,
    Target,
    evaluate,
    explain,
    roll_up,
)

# Values with two decimals, as statistics are published.
numbers = st.integers(-10_000, 10_000).map(lambda i: i / 100)
gaps = st.integers(1, 5_000).map(lambda i: i / 100)


@st.composite
def cases(draw):
    """(direction, baseline, targets, values): 1–8 yearly values, maybe a baseline, 1–3 targets."""
    direction = draw(st.sampled_from([HIGHER, LOWER, RANGE]))
    years = sorted(draw(st.sets(st.integers(2000, 2025), min_size=1, max_size=8)))
    values = [(year, draw(numbers)) for year in years]
    baseline = draw(st.none() | st.tuples(st.integers(1995, 2025), numbers))
    targets = []
    for year in sorted(draw(st.sets(st.integers(2000, 2040), min_size=1, max_size=3))):
        low = draw(numbers)
        targets.append(Target(year, low, low + draw(gaps) if direction == RANGE else None))
    return direction, baseline, targets, values


def applicable(targets, latest_year):
    """The first target not before the latest year; the last one when all have passed."""
    later = [t for t in targets if t.year >= latest_year]
    return min(later, key=lambda t: t.year) if later else max(targets, key=lambda t: t.year)


def counted(baseline, values):
    return [(y, v) for y, v in values if v is not None and (baseline is None or y >= baseline[0])]


@given(case=cases(), data=st.data())
def test_a_series_whose_latest_value_meets_its_target_is_on_track(case, data):
    direction, baseline, targets, values = case
    assume(counted(baseline, values))
    latest_year = counted(baseline, values)[-1][0]
    target = applicable(targets, latest_year)
    if direction == RANGE:
        meeting = data.draw(st.floats(target.value, target.high))
    else:
        meeting = target.value + data.draw(gaps) * (1 if direction == HIGHER else -1)
    values = [(y, meeting if y == latest_year else v) for y, v in values]
    assert evaluate(direction, baseline, targets, values).status == ON_TRACK


@given(case=cases())
def test_a_mirrored_series_gets_the_same_status_and_trend(case):
    direction, baseline, targets, values = case
    mirrored = evaluate(
        {HIGHER: LOWER, LOWER: HIGHER, RANGE: RANGE}[direction],
        None if baseline is None else (baseline[0], -baseline[1]),
        [Target(t.year, -t.value) if t.high is None else Target(t.year, -t.high, -t.value) for t in targets],
        [(y, -v) for y, v in values],
    )
    original = evaluate(direction, baseline, targets, values)
    assert (mirrored.status, mirrored.trend) == (original.status, original.trend)
    if original.projection is not None:
        assert mirrored.projection == pytest.approx(-original.projection)


@given(case=cases(), missing=st.lists(st.integers(1990, 2045), max_size=6), data=st.data())
def test_missing_values_anywhere_change_nothing(case, missing, data):
    direction, baseline, targets, values = case
    with_gaps = list(values)
    for year in missing:
        with_gaps.insert(data.draw(st.integers(0, len(with_gaps))), (year, None))
    assert evaluate(direction, baseline, targets, with_gaps) == evaluate(direction, baseline, targets, values)


def clear_of_limits(ev, direction):
    """False when a comparison deciding the status or trend is within rounding of its limit."""

    def near(a, b):
        return abs(a - b) <= 1e-6 * (1 + abs(b))

    if ev.slope_share is not None and near(ev.slope_share, 0.01):
        return False
    if ev.closed_share is not None and near(ev.closed_share, 0.5):
        return False
    if ev.projection is not None and any(
        near(ev.projection, b) for b in (ev.target.value, ev.target.high) if b is not None
    ):
        return False
    if direction == RANGE and ev.line is not None and ev.target is not None:
        return not near(ev.line.at(ev.points[-1][0]), (ev.target.value + ev.target.high) / 2)
    return True


@given(case=cases(), k=st.integers(-50, 50))
def test_shifting_every_year_changes_nothing(case, k):
    direction, baseline, targets, values = case
    original = evaluate(direction, baseline, targets, values)
    assume(clear_of_limits(original, direction))
    shifted = evaluate(
        direction,
        None if baseline is None else (baseline[0] + k, baseline[1]),
        [replace(t, year=t.year + k) for t in targets],
        [(y + k, v) for y, v in values],
    )
    assert (shifted.status, shifted.trend) == (original.status, original.trend)
    assert shifted.projection == pytest.approx(original.projection, abs=1e-6)
    assert shifted.closed_share == pytest.approx(original.closed_share, abs=1e-9)


@given(case=cases())
def test_without_values_from_the_baseline_year_on_or_without_targets_there_is_no_data(case):
    direction, baseline, targets, values = case
    after_the_last_value = (values[-1][0] + 1, 0.0)
    assert evaluate(direction, after_the_last_value, targets, values).status == NO_DATA
    assert evaluate(direction, None, targets, [(y, None) for y, _ in values]).status == NO_DATA
    assert evaluate(direction, baseline, [], values).status == NO_DATA


@given(case=cases(), miss=gaps, above=st.booleans())
def test_reaching_the_target_year_without_meeting_the_target_is_off_track(case, miss, above):
    direction, baseline, targets, values = case
    latest_year = values[-1][0]
    assume(baseline is None or baseline[0] <= latest_year)
    earlier = max(0, max(t.year for t in targets) - latest_year)  # every target year is now reached
    targets = [replace(t, year=t.year - earlier) for t in targets]
    target = applicable(targets, latest_year)
    if direction == RANGE:
        missing = target.high + miss if above else target.value - miss
    else:
        missing = target.value - miss if direction == HIGHER else target.value + miss
    values = [*values[:-1], (latest_year, missing)]
    assert evaluate(direction, baseline, targets, values).status == OFF_TRACK


statuses = st.lists(st.sampled_from([ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA]), max_size=12)
RANK = {OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2}


@given(items=statuses, no_data=st.integers(0, 5), data=st.data())
def test_roll_up_ignores_items_without_data_and_the_order_of_items(items, no_data, data):
    shuffled = data.draw(st.permutations(items + [NO_DATA] * no_data))
    assert roll_up(shuffled) == roll_up(items)


@given(items=statuses)
def test_roll_up_lies_between_the_worst_and_the_best_item(items):
    judged = [s for s in items if s != NO_DATA]
    result = roll_up(items)
    if not judged:
        assert result == NO_DATA
    elif set(judged) == {ON_TRACK}:
        assert result == ON_TRACK
    else:
        assert min(RANK[s] for s in judged) <= RANK[result] < RANK[ON_TRACK]


@given(items=statuses.filter(lambda items: any(s != NO_DATA for s in items)), data=st.data())
def test_roll_up_never_improves_when_an_item_gets_worse(items, data):
    i = data.draw(st.sampled_from([i for i, s in enumerate(items) if s != NO_DATA]))
    worse = data.draw(st.sampled_from([s for s in RANK if RANK[s] <= RANK[items[i]]]))
    assert RANK[roll_up([*items[:i], worse, *items[i + 1 :]])] <= RANK[roll_up(items)]


def test_roll_up_is_off_track_only_when_more_than_half_is_off_track():
    assert roll_up([]) == NO_DATA
    assert roll_up([OFF_TRACK, ON_TRACK, NO_DATA, NO_DATA]) == AT_RISK
    assert roll_up([OFF_TRACK, OFF_TRACK, ON_TRACK]) == OFF_TRACK


@given(start=numbers, steps=st.lists(gaps, min_size=1, max_size=9), first_year=st.integers(2000, 2015))
def test_a_series_rising_by_more_than_one_percent_a_year_is_improving_when_higher_is_better(start, steps, first_year):
    ys = list(accumulate([start, *steps]))
    values = list(zip(range(first_year, first_year + len(ys)), ys, strict=True))
    window = values[-5:]
    slope, _ = statistics.linear_regression([y for y, _ in window], [v for _, v in window])
    assume(slope > 0.011 * statistics.fmean(abs(v) for _, v in window))
    assert evaluate(HIGHER, None, [Target(2040, max(ys) + 1)], values).trend == IMPROVING
    assert evaluate(LOWER, None, [Target(2040, min(ys) - 1)], values).trend == WORSENING


@given(case=cases(), level=numbers, offsets=st.sets(st.integers(0, 4), min_size=2))
def test_a_constant_series_is_stable(case, level, offsets):
    direction, _, targets, _ = case
    values = [(2016 + offset, level) for offset in sorted(offsets)]  # two or more within the 5-year window
    assert evaluate(direction, None, targets, values).trend == STABLE


# A real series, held out: Kolada N00945 "Tillfälliga föräldrapenningdagar (VAB) som tas ut av män, andel
# av antal dagar (%)", Göteborg (1480), gender T; recorded in tests/fixtures/kolada/data/N00945.json.
N00945 = Path(__file__).resolve().parents[1] / "fixtures" / "kolada" / "data" / "N00945.json"


def goteborg():
    rows = json.loads(N00945.read_text())["values"]
    return {
        r["period"]: v["value"] for r in rows if r["municipality"] == "1480" for v in r["values"] if v["gender"] == "T"
    }


def least_squares(points):
    """Slope and the line's value in the first year, by the textbook sums with years counted from it."""
    x0, n = points[0][0], len(points)
    sx = sum(x - x0 for x, _ in points)
    sy = sum(y for _, y in points)
    sxx = sum((x - x0) ** 2 for x, _ in points)
    sxy = sum((x - x0) * y for x, y in points)
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    return slope, (sy - slope * sx) / n


def sv(number, decimals=2):
    """A number as the Swedish text writes it: decimal comma, no trailing zeros."""
    return f"{number:.{decimals}f}".replace(".", ",").rstrip("0").rstrip(",")


def hand_trend(slope, window):
    share = abs(slope) / (sum(abs(v) for _, v in window) / len(window))
    return STABLE if share < 0.01 else IMPROVING if slope > 0 else WORSENING


def test_goteborg_towards_50_percent_in_2030_matches_the_hand_computation_and_its_explanation():
    series = goteborg()
    values = [(y, v) for y, v in sorted(series.items()) if y <= 2020]  # 1996–1997 are missing (None)
    ev = evaluate(HIGHER, (2010, series[2010]), [Target(2030, 50.0)], values)

    window = [(y, series[y]) for y in range(2016, 2021)]
    slope, at_2016 = least_squares(window)
    projection = at_2016 + slope * (2030 - 2016)
    closed = 1 - (50 - projection) / (50 - series[2010])
    status = ON_TRACK if projection >= 50 else AT_RISK if closed >= 0.5 else OFF_TRACK

    assert ev.points == tuple(window)
    assert ev.line.slope == pytest.approx(slope)
    assert ev.projection == pytest.approx(projection)
    assert ev.closed_share == pytest.approx(closed)
    assert (ev.status, ev.trend) == (status, hand_trend(slope, window))

    with translation.override("sv"):
        text = " ".join(explain(ev, HIGHER, unit="%"))
        label = str(Status(status).label)
    assert "Målet: ≥ 50 % år 2030." in text
    assert "5 värden 2016–2020" in text
    assert f"Prognos för 2030: {sv(projection)} %." in text
    assert f"Prognosen tar {sv(closed * 100, 1)} % av vägen från utgångsläget {sv(series[2010])} % (2010)" in text
    assert f"minst 50 % ger Risk, mindre ger Ur fas → {label}." in text


def test_goteborg_at_its_2018_milestone_is_judged_on_that_milestone_when_its_year_is_reached():
    series = goteborg()
    values = [(y, v) for y, v in sorted(series.items()) if y <= 2018]
    ev = evaluate(HIGHER, (2010, series[2010]), [Target(2030, 50.0), Target(2018, 48.0)], values)

    assert ev.target == Target(2018, 48.0)
    assert ev.status == (ON_TRACK if series[2018] >= 48 else OFF_TRACK)
    with translation.override("sv"):
        text = " ".join(explain(ev, HIGHER, unit="%"))
    assert "Målet: ≥ 48 % år 2018." in text
    assert f"Senaste värde: {sv(series[2018])} % (2018)." in text
    if ev.status == OFF_TRACK:
        assert "Målåret är nått utan att målet nåddes → Ur fas." in text


def test_goteborg_in_2016_projected_to_a_39_percent_milestone_in_2018():
    series = goteborg()
    values = [(y, v) for y, v in sorted(series.items()) if y <= 2016]
    ev = evaluate(HIGHER, (2010, series[2010]), [Target(2018, 39.0), Target(2030, 50.0)], values)

    window = [(y, series[y]) for y in range(2012, 2017)]
    slope, at_2012 = least_squares(window)
    projection = at_2012 + slope * (2018 - 2012)
    closed = 1 - (39 - projection) / (39 - series[2010])
    assert ev.projection == pytest.approx(projection)
    assert ev.status == (ON_TRACK if projection >= 39 else AT_RISK if closed >= 0.5 else OFF_TRACK)
    assert ev.trend == hand_trend(slope, window)


# Edge cases ---------------------------------------------------------------------------------------------


def test_a_single_value_with_a_baseline_is_projected_along_the_line_from_the_baseline():
    ev = evaluate(HIGHER, (2010, 20.0), [Target(2030, 50.0)], [(2020, 26.0)])
    # By hand: (26 − 20) / 10 years = 0.6 a year, so 26 + 0.6 × 10 = 32 in 2030; the shortfall 30 of
    # the baseline shrinks to 18, closing 40 % of it: under half → off track. 0.6 / 23 > 1 %: improving.
    assert ev.projection == pytest.approx(32.0)
    assert ev.closed_share == pytest.approx(0.4)
    assert (ev.status, ev.trend) == (OFF_TRACK, IMPROVING)


@pytest.mark.parametrize(("direction", "value"), [(HIGHER, 26.0), (LOWER, 74.0)])
def test_a_single_unmet_value_without_a_baseline_is_at_risk_with_unknown_trend(direction, value):
    ev = evaluate(direction, None, [Target(2030, 50.0)], [(2020, value)])
    assert (ev.status, ev.trend, ev.projection) == (AT_RISK, UNKNOWN, None)


@pytest.mark.parametrize(
    ("direction", "target", "before", "latest", "met"),
    [
        (HIGHER, Target(2030, 50.0), 90.0, 50.0, True),
        (HIGHER, Target(2030, 50.0), 90.0, 49.99, False),
        (LOWER, Target(2030, 50.0), 10.0, 50.0, True),
        (LOWER, Target(2030, 50.0), 10.0, 50.01, False),
        (RANGE, Target(2030, 40.0, 60.0), 45.0, 40.0, True),
        (RANGE, Target(2030, 40.0, 60.0), 55.0, 60.0, True),
        (RANGE, Target(2030, 40.0, 60.0), 55.0, 60.01, False),
    ],
)
def test_a_value_exactly_at_the_target_meets_it(direction, target, before, latest, met):
    # The line from `before` to `latest` heads away from the target, so only the latest value can meet it.
    ev = evaluate(direction, None, [target], [(2019, before), (2020, latest)])
    assert (ev.status == ON_TRACK) == met


def test_a_range_target_inside_is_on_track_and_approaching_from_above_is_improving():
    assert evaluate(RANGE, None, [Target(2030, 40.0, 60.0)], [(2019, 70.0), (2020, 55.0)]).status == ON_TRACK
    ev = evaluate(RANGE, None, [Target(2030, 40.0, 60.0)], [(2018, 70.0), (2019, 68.0), (2020, 66.0)])
    # By hand: −2 a year, 66 − 2 × 10 = 46 in 2030, inside 40–60.
    assert ev.projection == pytest.approx(46.0)
    assert (ev.status, ev.trend) == (ON_TRACK, IMPROVING)


def test_a_series_that_started_at_its_target_and_slips_away_is_at_risk():
    ev = evaluate(HIGHER, (2010, 60.0), [Target(2030, 50.0)], [(2016, 55.0), (2017, 52.0), (2018, 49.0)])
    # By hand: the three values lie on a line falling 3 a year: 49 − 3 × 12 = 13 in 2030.
    assert ev.projection == pytest.approx(13.0)
    assert (ev.status, ev.trend) == (AT_RISK, WORSENING)
    with translation.override("sv"):
        assert "Utgångsläget nådde målet men prognosen glider ifrån det → Risk." in explain(ev, HIGHER)


def test_a_missing_year_is_skipped_not_read_as_zero():
    ev = evaluate(HIGHER, None, [Target(2030, 50.0)], [(2016, 10.0), (2017, 11.0), (2018, None), (2019, 13.0)])
    # By hand: 10, 11, 13 in 2016, 2017, 2019 lie on the line value = year − 2006.
    assert ev.line.slope == pytest.approx(1.0)
    assert ev.projection == pytest.approx(24.0)


def test_a_lone_recent_value_without_baseline_is_joined_to_the_first_earlier_value():
    """Measured every ten years (2010: 30, 2020: 40), no baseline, target 50 by 2030: the line runs
    from 2010 to 2020, one per year, so the projection reaches exactly 50 – on track, improving."""
    result = evaluate(HIGHER, None, [Target(2030, 50.0)], [(2010, 30.0), (2020, 40.0)])
    slope = (40.0 - 30.0) / (2020 - 2010)
    assert result.projection == pytest.approx(40.0 + slope * 10)
    assert (result.status, result.trend) == (ON_TRACK, IMPROVING)
