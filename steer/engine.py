"""The status and trend rule: how far an indicator is from its target, and which way it is moving.

A plain function of numbers, with no database, so that it can be tested and shown beside its result.
The rule, stated once (the same text is shown in the product, `RULE`):

1. **Values.** Missing values are left out: never read as zero, never filled in. Only values from the
   baseline year on count (all values when there is no baseline).
2. **No data.** With no value to judge, or no target to judge against, the status is *no data*.
3. **The target that applies** is the first target (milestone) whose year is not before the latest
   value's year; when every target year has passed, the last target.
4. **Recent values** are the values of the last `WINDOW_YEARS` years up to the latest value. A straight
   line is fitted to them by least squares; with only one recent value, the line runs to it from the
   baseline (or, without a baseline, from the first earlier value). The **projection** is that line's
   value in the target year.
5. **Status.**
   * *On track* when the latest value already meets the target, or when the projection meets it.
   * *Off track* when the target year has been reached without meeting it.
   * Otherwise the **shortfall** (how far a value is from meeting the target: below a higher-is-better
     target, above a lower-is-better one, outside a target range) of the projection is compared with
     the shortfall of the starting point (the baseline, or the first value when there is no baseline):
     when the projection closes at least `AT_RISK_SHARE` of it the status is *at risk*, else *off track*.
     When the starting point already met the target, a projection that slips is *at risk*.
   * With a single value and no baseline there is no line: an unmet target is *at risk*.
6. **Trend** is the slope of the same line. It is *stable* when it moves less than `STABLE_SHARE` of
   the recent values' mean size per year; otherwise *improving* when it moves the good way (up when
   higher is better, down when lower is better, towards the middle of a target range) and
   *worsening* when it moves the other way. With fewer than two values the trend is unknown.

The rule treats a series and its mirror image alike: negating every value and turning the direction
around gives the same status and trend.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.numbers import plain_number
from steer.choices import Status, Trend

WINDOW_YEARS = 5
AT_RISK_SHARE = 0.5
STABLE_SHARE = 0.01

HIGHER, LOWER, RANGE = "higher", "lower", "range"
ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA = "on_track", "at_risk", "off_track", "no_data"
IMPROVING, STABLE, WORSENING, UNKNOWN = "improving", "stable", "worsening", "unknown"
ACHIEVED, SUPERSEDED = "achieved", "superseded"  # what a goal can be marked, beside its rolled-up status


def rule_numbers() -> dict[str, str]:
    """The constants above as the shown rule states them; read each time the rule is shown."""
    return {
        "years": str(WINDOW_YEARS),
        "at_risk": plain_number(AT_RISK_SHARE * 100, 2),
        "stable": plain_number(STABLE_SHARE * 100, 2),
    }


def _with_numbers(text: object) -> str:
    """A clause of the shown rule with the engine's constants filled in, translated when it is shown."""
    return lazy(lambda: str(text) % rule_numbers(), str)()


# The rule as the product shows it beside every status (Swedish first, translated to English); its numbers
# are the constants above, so the text cannot drift from the code.
RULE = [
    gettext_lazy("Saknade värden hoppas över: de räknas aldrig som noll och fylls aldrig i."),
    gettext_lazy("Utan värden från utgångsåret och framåt, eller utan målvärde, blir status Data saknas."),
    gettext_lazy(
        "Det mål som gäller är det första målvärdet vars år inte ligger före det senaste värdets år "
        "(när alla målår har passerats: det sista)."
    ),
    _with_numbers(
        gettext_lazy(
            "En rät linje anpassas med minsta kvadratmetoden till värdena under de senaste %(years)s åren; med "
            "bara ett värde dras linjen från utgångsvärdet (eller, utan utgångsvärde, från det första tidigare "
            "värdet). Prognosen är linjens värde under målåret."
        )
    ),
    _with_numbers(
        gettext_lazy(
            "I fas: det senaste värdet eller prognosen når målet. Ur fas: målåret är nått utan att målet nåddes. "
            "Annars jämförs hur mycket av avståndet från utgångsläget till målet som prognosen tar: minst "
            "%(at_risk)s %% ger Risk, mindre ger Ur fas."
        )
    ),
    _with_numbers(
        gettext_lazy(
            "Trend: linjens lutning. Ändras den mindre än %(stable)s %% av värdenas medelnivå per år är trenden "
            "Oförändrad; annars Förbättras om den går åt det håll som är bättre, och Försämras om den går åt "
            "andra hållet."
        )
    ),
    gettext_lazy(
        "En indikator som redovisas för flera områden eller för kvinnor och män får den sämsta statusen av "
        "dem som har data; utgångsläget är seriens eget värde under utgångsåret när det finns."
    ),
    gettext_lazy("Redovisas indikatorn för kvinnor och män men finns för ett område bara totalen, bedöms totalen där."),
    gettext_lazy(
        "En indikator som följer en statistikserie kan också ha inmatade värden (till exempel ett utgångsläge ur "
        "en rapport): de används för de år som serien saknar, och varje värde visas med sin källa."
    ),
]
ROLL_UP_RULE = gettext_lazy(
    "Målets status räknas fram ur dess indikatorer och delmål: de utan data räknas inte (aldrig som noll); "
    "finns inga kvar blir det Data saknas. Alla i fas ger I fas; mer än hälften ur fas ger Ur fas; annars Risk. "
    "Trenden: fler som förbättras än försämras ger Förbättras, fler som försämras ger Försämras, annars Oförändrad. "
    "Ett mål som har markerats som uppnått (med år och belägg) visar Uppnått och räknas som I fas i målet ovanför; "
    "ett mål som har ersatts av ett nytt mål visar Ersatt och räknas inte."
)

# Worst first: the order in which statuses are combined.
SEVERITY = {OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2, NO_DATA: 3}


@dataclass(frozen=True)
class Target:
    year: int
    value: float
    high: float | None = None  # the upper bound of a target range


@dataclass(frozen=True)
class Line:
    """value = intercept + slope × year"""

    slope: float
    intercept: float

    def at(self, year: float) -> float:
        return self.intercept + self.slope * year


@dataclass(frozen=True)
class Evaluation:
    status: str
    trend: str
    reason: str  # which clause of the rule decided: "no_values", "no_target", "met", "projected", …
    target: Target | None = None
    latest: tuple[int, float] | None = None
    start: tuple[int, float] | None = None
    points: tuple[tuple[int, float], ...] = ()
    line: Line | None = None
    projection: float | None = None
    closed_share: float | None = None  # share of the starting shortfall the projection closes
    slope_share: float | None = None  # |slope| / mean size of the recent values


def meets(value: float, target: Target, direction: str) -> bool:
    return shortfall(value, target, direction) == 0


def shortfall(value: float, target: Target, direction: str) -> float:
    """How far `value` is from meeting `target` (0 when it meets it)."""
    if direction == HIGHER:
        return max(0.0, target.value - value)
    if direction == LOWER:
        return max(0.0, value - target.value)
    high = target.value if target.high is None else target.high
    return max(0.0, target.value - value, value - high)


def fit_line(points: Sequence[tuple[int, float]]) -> Line | None:
    """Least-squares straight line through (year, value) points; None with fewer than two years."""
    if len(points) < 2:
        return None
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    slope = sxy / sxx
    return Line(slope=slope, intercept=mean_y - slope * mean_x)


def applicable_target(targets: Iterable[Target], latest_year: int) -> Target | None:
    ordered = sorted(targets, key=lambda t: t.year)
    for target in ordered:
        if target.year >= latest_year:
            return target
    return ordered[-1] if ordered else None


def _trend(
    line: Line | None, points: Sequence[tuple[int, float]], direction: str, target: Target | None
) -> tuple[str, float | None]:
    if line is None:
        return UNKNOWN, None
    size = sum(abs(v) for _, v in points) / len(points)
    slope_share = abs(line.slope) / size if size > 0 else (0.0 if line.slope == 0 else float("inf"))
    if slope_share < STABLE_SHARE:
        return STABLE, slope_share
    if direction == HIGHER:
        good = line.slope > 0
    elif direction == LOWER:
        good = line.slope < 0
    else:
        if target is None:
            return UNKNOWN, slope_share
        middle = (target.value + (target.value if target.high is None else target.high)) / 2
        latest_fit = line.at(points[-1][0])
        good = (line.slope > 0) == (latest_fit < middle) if latest_fit != middle else False
    return (IMPROVING if good else WORSENING), slope_share


def evaluate(
    direction: str,
    baseline: tuple[int, float] | None,
    targets: Iterable[Target],
    values: Iterable[tuple[int, float | None]],
) -> Evaluation:
    """Status and trend of one series (one area, one gender) by the rule in this module's docstring."""
    by_year: dict[int, float] = {}
    for year, value in values:
        if value is not None and (baseline is None or year >= baseline[0]):
            by_year[year] = float(value)
    series = sorted(by_year.items())
    targets = list(targets)
    if not series:
        return Evaluation(status=NO_DATA, trend=UNKNOWN, reason="no_values")
    latest = series[-1]
    recent = tuple(p for p in series if p[0] > latest[0] - WINDOW_YEARS)
    fit_points = recent
    if len(recent) == 1:
        if baseline is not None and baseline[0] < latest[0]:
            fit_points = ((baseline[0], float(baseline[1])), latest)
        elif baseline is None and series[0][0] < latest[0]:
            fit_points = (series[0], latest)
    line = fit_line(fit_points)
    target = applicable_target(targets, latest[0])
    trend, slope_share = _trend(line, fit_points, direction, target)
    start = (baseline[0], float(baseline[1])) if baseline is not None else series[0]
    common: dict[str, Any] = {"trend": trend, "latest": latest, "start": start, "points": fit_points, "line": line}
    if target is None:
        return Evaluation(status=NO_DATA, reason="no_target", slope_share=slope_share, **common)
    common["target"] = target
    common["slope_share"] = slope_share
    if meets(latest[1], target, direction):
        return Evaluation(status=ON_TRACK, reason="met", **common)
    if latest[0] >= target.year:
        return Evaluation(status=OFF_TRACK, reason="passed", **common)
    if line is None:
        return Evaluation(status=AT_RISK, reason="single_value", **common)
    projection = line.at(target.year)
    if meets(projection, target, direction):
        return Evaluation(status=ON_TRACK, reason="projected", projection=projection, **common)
    start_gap = shortfall(start[1], target, direction)
    if start_gap == 0:
        return Evaluation(status=AT_RISK, reason="slipping", projection=projection, **common)
    closed = 1 - shortfall(projection, target, direction) / start_gap
    status = AT_RISK if closed >= AT_RISK_SHARE else OFF_TRACK
    return Evaluation(status=status, reason="short", projection=projection, closed_share=closed, **common)


def worst(statuses: Iterable[str]) -> str:
    """The worst status among those with data; no data when none has any."""
    return min(statuses, key=SEVERITY.__getitem__, default=NO_DATA)


def roll_up(statuses: Iterable[str]) -> str:
    """A goal's status from its items (indicators and sub-goals): items without data are left out;
    none left is no data; all on track is on track; more than half off track is off track;
    anything else is at risk. Not a sum, and a missing value is never a zero."""
    judged = [s for s in statuses if s != NO_DATA]
    if not judged:
        return NO_DATA
    if all(s == ON_TRACK for s in judged):
        return ON_TRACK
    if sum(s == OFF_TRACK for s in judged) * 2 > len(judged):
        return OFF_TRACK
    return AT_RISK


def roll_up_trend(trends: Iterable[str]) -> str:
    """More items improving than worsening: improving; more worsening: worsening; else stable
    (unknown when no item has a trend)."""
    known = [t for t in trends if t != UNKNOWN]
    if not known:
        return UNKNOWN
    up, down = known.count(IMPROVING), known.count(WORSENING)
    return IMPROVING if up > down else WORSENING if down > up else STABLE


# The "why" text -------------------------------------------------------------------------------------


def _num(value: float, unit: str = "", decimals: int = 2) -> str:
    """A number in the active language (Swedish: decimal comma, thousands apart, no trailing zeros),
    with its unit: as the tables show it (`core.numbers`)."""
    return f"{plain_number(value, decimals, grouped=True)} {unit}".strip()


def _target_text(target: Target, direction: str, unit: str) -> str:
    if direction == RANGE:
        high = target.value if target.high is None else target.high
        return _("mellan %(low)s och %(high)s år %(year)s") % {
            "low": _num(target.value, unit),
            "high": _num(high, unit),
            "year": target.year,
        }
    sign = "≥" if direction == HIGHER else "≤"
    return f"{sign} {_num(target.value, unit)} " + _("år %(year)s") % {"year": target.year}


def explain(ev: Evaluation, direction: str, unit: str = "") -> list[str]:
    """Why the status and trend are what they are: the rule's clauses with this series' numbers."""
    status = str(Status(ev.status).label)
    if ev.reason == "no_values":
        return [_("Det finns inga värden från utgångsåret och framåt. Saknade värden räknas aldrig som noll.")]
    lines = []
    if ev.latest is not None:
        lines.append(
            _("Senaste värde: %(value)s (%(year)s).") % {"value": _num(ev.latest[1], unit), "year": ev.latest[0]}
        )
    if ev.reason == "no_target":
        lines.append(_("Indikatorn har inget målvärde att jämföra med → %(status)s.") % {"status": status})
    else:
        target = cast(Target, ev.target)  # every reason but "no_target" (and "no_values") has one
        lines.insert(0, _("Målet: %(target)s.") % {"target": _target_text(target, direction, unit)})
    if ev.line is not None and ev.points:
        lines.append(
            _("Rät linje (minsta kvadratmetoden) genom %(n)s värden %(first)s–%(last)s: %(slope)s per år.")
            % {
                "n": len(ev.points),
                "first": ev.points[0][0],
                "last": ev.points[-1][0],
                "slope": ("+" if ev.line.slope >= 0 else "") + _num(ev.line.slope, unit),
            }
        )
    if ev.projection is not None and ev.target is not None:
        lines.append(
            _("Prognos för %(year)s: %(value)s.") % {"year": ev.target.year, "value": _num(ev.projection, unit)}
        )
    decided = {
        "met": _("Det senaste värdet når redan målet → %(status)s."),
        "passed": _("Målåret är nått utan att målet nåddes → %(status)s."),
        "single_value": _(
            "Bara ett värde och inget utgångsvärde, så ingen linje kan dras; målet är inte nått → %(status)s."
        ),
        "projected": _("Prognosen når målet → %(status)s."),
        "slipping": _("Utgångsläget nådde målet men prognosen glider ifrån det → %(status)s."),
    }
    if ev.reason in decided:
        lines.append(decided[ev.reason] % {"status": status})
    elif ev.reason == "short":
        closed_share = cast(float, ev.closed_share)  # "short" is decided from both
        start = cast("tuple[int, float]", ev.start)
        lines.append(
            _(
                "Prognosen tar %(closed)s %% av vägen från utgångsläget %(start)s (%(start_year)s) till målet; "
                "minst %(limit)s %% ger Risk, mindre ger Ur fas → %(status)s."
            )
            % {
                "closed": _num(max(closed_share, -9.99) * 100, decimals=1),
                "start": _num(start[1], unit),
                "start_year": start[0],
                "limit": _num(AT_RISK_SHARE * 100),
                "status": status,
            }
        )
    if ev.trend != UNKNOWN and ev.slope_share is not None:
        lines.append(
            _(
                "Trend: linjen ändras %(share)s %% av värdenas medelnivå per år; under %(limit)s %% räknas som "
                "oförändrad → %(trend)s."
            )
            % {
                "share": _num(min(ev.slope_share, 99.99) * 100, decimals=1),
                "limit": _num(STABLE_SHARE * 100),
                "trend": str(Trend(ev.trend).label),
            }
        )
    else:
        lines.append(_("Trend: färre än två värden → okänd."))
    lines.append(_("Saknade år hoppas över och räknas aldrig som noll."))
    return lines
