"""Benchmark: server time and query count of the key pages and API lists, next to a bare-view floor.

    DATABASE_URL=postgres://… uv run python benchmarks/pages.py --size national --repeat 50

Needs the scale data (`manage.py generate_scale --size …`) in the configured database; with `--generate`
it creates it first. Every page is requested in-process through the whole Django stack (middleware,
sessions, the permission gateway, templates), `--repeat` times after a warm-up, as the generated
coordinator (or anonymously for the public pages), twice over:

* warm: as a returning visitor finds it, with its cached parts in the cache (`core.generations`);
* cold: with the cache emptied before every request, as the first visitor after a deploy finds it;
* elsewhere: after a change in another collaboration before every request, as on a busy installation
  (only what lists across collaborations is worked out again; the change is rolled back).

The floor is a bare view that runs one trivial query on the same database through the same stack, asked
anonymously and with the coordinator's session; each page is compared with the floor of its own kind.
Results are printed and written to `benchmarks/results/pages-<database>-<size>.json`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samverkan.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import get_resolver, reverse  # noqa: E402

from actors.models import User  # noqa: E402
from benchmarks.results_file import write_results  # noqa: E402
from collaborations.models import Collaboration  # noqa: E402
from core import generations  # noqa: E402
from lead.models import Meeting  # noqa: E402
from steer.models import Goal, Indicator  # noqa: E402
from work.models import ActionPlan, Activity  # noqa: E402


def _first_collaboration() -> Collaboration | None:
    return Collaboration.objects.filter(slug__startswith="skala-").order_by("pk").first()


def key_pages() -> list[tuple[str, str, bool]]:
    """(name, url, logged in) of the pages measured; parts not built yet are added when they land."""
    collaboration = _first_collaboration()
    goal = Goal.objects.filter(collaboration=collaboration).order_by("pk").first()
    indicator = Indicator.objects.filter(collaboration=collaboration, series__isnull=False).order_by("pk").first()
    meeting = Meeting.objects.filter(collaboration=collaboration, status="held").order_by("-date").first()
    assert collaboration is not None and goal is not None and indicator is not None, "no scale data"
    assert meeting is not None, "no meetings in the scale data"
    base = f"/samverkan/{collaboration.slug}/"
    return [
        ("floor: bare view, one query", "/__floor__/", False),
        ("floor, signed in", "/__floor__/", True),
        ("front page (anonymous)", "/", False),
        ("collaboration list (anonymous)", "/samverkan/", False),
        ("collaboration overview", base, True),
        ("formal basis overview", base + "organisering/", True),
        ("steering dashboard", base + "styrning/", True),
        ("goal", goal.get_absolute_url(), True),
        ("indicator with chart", indicator.get_absolute_url(), True),
        ("meeting (agenda, calls, decisions, assignments followed up)", meeting.get_absolute_url(), True),
        ("decision register", base + "ledning/beslut/", True),
        ("decision register, searched", base + "ledning/beslut/?q=budget", True),
        *_work_pages(collaboration),
        ("API: decisions", f"/api/decisions/?collaboration={collaboration.pk}", True),
        ("API: collaborations", "/api/collaborations/", True),
        ("API: goals", "/api/goals/", True),
        ("API: indicators", "/api/indicators/", True),
        ("API: series", "/api/series/", True),
    ]


def _work_pages(collaboration: Collaboration) -> list[tuple[str, str, bool]]:
    """The pages of the parties' work (issue 17), once its URLs are there: the joint view by goal, the
    plans, the joint plan with the most activities, an activity with its notes, and the timeline."""
    if "work" not in get_resolver().namespace_dict:
        return []
    slug = collaboration.slug
    plan = ActionPlan.objects.filter(collaboration=collaboration, organization__isnull=True).order_by("pk").first()
    activity = Activity.objects.filter(plan=plan).order_by("pk").first()
    assert plan is not None and activity is not None, "no action plans in the scale data"
    return [
        ("work: joint view by goal", reverse("work:joint", args=[slug]), True),
        ("work: action plans", reverse("work:plans", args=[slug]), True),
        ("work: joint action plan", reverse("work:plan_detail", args=[slug, plan.pk]), True),
        ("work: activity", reverse("work:activity_detail", args=[slug, activity.pk]), True),
        ("work: timeline", reverse("work:timeline", args=[slug]), True),
    ]


def _percentile(times: list[float], share: float) -> float:
    return round(sorted(times)[min(len(times) - 1, int(len(times) * share))], 2)


def _counting(executed: list[str]):
    def wrapper(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    return wrapper


def _prepare(state: str, elsewhere: int) -> None:
    """Before one request: nothing (warm), an empty cache (cold), or a change recorded in another
    collaboration (its change counter raised, inside the benchmark's own transaction)."""
    if state == "cold":
        cache.clear()
    elif state == "elsewhere":
        generations.bump(generations.collaboration_key(elsewhere))


def measure(client: Client, url: str, repeat: int, elsewhere: int) -> dict:
    """Server time of `url` in each state, and the queries of one request in each."""
    for _ in range(3):  # warm-up: templates, translations, connection
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    result: dict[str, float] = {}
    for state in ("cold", "warm", "elsewhere"):
        with transaction.atomic():  # the changes of "elsewhere" are rolled back
            executed: list[str] = []
            _prepare(state, elsewhere)
            with connection.execute_wrapper(_counting(executed)):
                client.get(url)
            times = []
            for _ in range(repeat):
                _prepare(state, elsewhere)
                start = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            transaction.set_rollback(True)
        cache.clear()  # nothing cached under a rolled-back counter may outlive the run (a shared cache)
        client.get(url)  # warm again for the next state
        result[f"queries_{state}"] = len(executed)
        result[f"median_ms_{state}"] = round(statistics.median(times), 2)
        result[f"p95_ms_{state}"] = _percentile(times, 0.95)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="small")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--generate", action="store_true", help="Create the scale data first when missing.")
    parser.add_argument("--no-write", action="store_true", help="Print only (the CI smoke run).")
    args = parser.parse_args()
    if _first_collaboration() is None:
        if not args.generate:
            sys.exit("No scale data: run `manage.py generate_scale --size …` first, or pass --generate.")
        call_command("generate_scale", size=args.size, force=True)
    settings.ROOT_URLCONF = "benchmarks.floor_urls"
    settings.ALLOWED_HOSTS = ["*"]
    coordinator, anonymous = Client(), Client()
    coordinator.force_login(User.objects.get(email="samordnare@skala.example"))
    vendor = connection.vendor
    rows = []
    elsewhere = Collaboration.objects.filter(slug__startswith="skala-").order_by("-pk")[0].pk
    heading = ("queries", "cold p50", "cold p95", "warm p50", "warm p95", "else p50", "else p95", "× floor")
    print(f"{'page':<34}" + "".join(f"{h:>10}" for h in heading))
    print(f"{'':<34}" + "".join(f"{h:>10}" for h in ("c/w/else", *["ms"] * 6, "(warm)")))
    floors: dict[bool, float] = {}
    for name, url, logged_in in key_pages():
        result = measure(coordinator if logged_in else anonymous, url, args.repeat, elsewhere)
        floors.setdefault(logged_in, result["p95_ms_warm"])
        result.update(
            page=name,
            url=url,
            signed_in=logged_in,
            times_floor=round(result["p95_ms_warm"] / floors[logged_in], 1),
            times_floor_cold=round(result["p95_ms_cold"] / floors[logged_in], 1),
        )
        rows.append(result)
        queries = f"{result['queries_cold']}/{result['queries_warm']}/{result['queries_elsewhere']}"
        figures = [result[f"{k}_ms_{state}"] for state in ("cold", "warm", "elsewhere") for k in ("median", "p95")]
        print(f"{name:<34}{queries:>10}" + "".join(f"{f:>10.1f}" for f in figures) + f"{result['times_floor']:>10.1f}")
    if args.no_write:
        return
    write_results(
        f"pages-{vendor}-{args.size}",
        {
            "size": args.size,
            "database": vendor,
            "repeat": args.repeat,
            "pages": rows,
        },
    )


if __name__ == "__main__":
    main()
