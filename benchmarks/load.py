"""Load test: the product served by gunicorn and by granian with several worker processes, driven from
this (second) process over 127.0.0.1 by a mix of anonymous and logged-in users.

    DATABASE_URL=postgres://… uv run python benchmarks/load.py --workers 4 --seconds 20 --concurrency 1 8 32

Needs the scale data (`manage.py generate_scale`). For each server and concurrency level it reports
requests per second, p50/p95/p99 latency and the number of errors (any status other than 200), and
writes `benchmarks/results/load-<database>.json`.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samverkan.settings")

import django  # noqa: E402

django.setup()

import httpx  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from actors.models import User  # noqa: E402
from benchmarks.results_file import write_results  # noqa: E402
from collaborations.models import Collaboration  # noqa: E402
from steer.models import Indicator  # noqa: E402

SERVERS = {
    "gunicorn": lambda port, workers: [
        *("gunicorn", "samverkan.wsgi", "--bind", f"127.0.0.1:{port}"),
        *("--workers", str(workers), "--log-level", "warning"),
    ],
    "granian": lambda port, workers: [
        "granian",
        "--interface",
        "wsgi",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        "samverkan.wsgi:application",
    ],
}


def session_cookie(email: str) -> str:
    """A real session of the generated login (the same as logging in through the form)."""
    client = Client()
    client.force_login(User.objects.get(email=email))
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def urls() -> tuple[list[str], list[str]]:
    public = Collaboration.objects.filter(slug__startswith="skala-", visibility="public").order_by("pk").first()
    mine = Collaboration.objects.filter(slug__startswith="skala-").order_by("pk").first()
    indicator = Indicator.objects.filter(collaboration=mine, series__isnull=False).order_by("pk").first()
    anonymous = ["/", "/samverkan/", f"/samverkan/{public.slug}/", f"/samverkan/{public.slug}/styrning/"]
    logged_in = [
        f"/samverkan/{mine.slug}/",
        f"/samverkan/{mine.slug}/styrning/",
        indicator.get_absolute_url(),
        "/api/indicators/",
    ]
    return anonymous, logged_in


async def drive(port: int, concurrency: int, seconds: float, cookie: str, share_logged_in: float = 0.3):
    anonymous, logged_in = urls_cache
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    rng = random.Random(concurrency)

    async def user(n: int) -> None:
        nonlocal errors
        is_member = rng.random() < share_logged_in
        cookies = {settings.SESSION_COOKIE_NAME: cookie} if is_member else {}
        pages = logged_in if is_member else anonymous
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", cookies=cookies, timeout=30) as client:
            i = n
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    response = await client.get(pages[i % len(pages)])
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - start) * 1000)
                errors += 0 if ok else 1
                i += 1

    started = time.perf_counter()
    await asyncio.gather(*(user(n) for n in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))], 1)

    return {
        "concurrency": concurrency,
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(latencies), 1),
        "errors": errors,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int) -> None:
    for _ in range(100):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start")


urls_cache: tuple[list[str], list[str]] = ([], [])


def main() -> None:
    global urls_cache
    parser = argparse.ArgumentParser()
    parser.add_argument("--servers", nargs="+", default=list(SERVERS), choices=list(SERVERS))
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request would drown the results
    urls_cache = urls()
    cookie = session_cookie("samordnare@skala.example")
    connection.close()
    env = {**os.environ, "DEBUG": "false", "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    runs = []
    for server in args.servers:
        port = free_port()
        bin_dir = Path(sys.executable).parent
        command = SERVERS[server](port, args.workers)
        process = subprocess.Popen([str(bin_dir / command[0]), *command[1:]], cwd=ROOT, env=env)
        try:
            wait_until_up(port)
            for concurrency in args.concurrency:
                result = asyncio.run(drive(port, concurrency, args.seconds, cookie))
                result["server"] = server
                runs.append(result)
                print(
                    f"{server:<9} c={concurrency:<3} {result['requests_per_s']:>7.1f} req/s"
                    f"  p50 {result['p50_ms']:>6.1f}  p95 {result['p95_ms']:>6.1f}  p99 {result['p99_ms']:>6.1f} ms"
                    f"  errors {result['errors']}"
                )
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    write_results(
        f"load-{connection.vendor}",
        {
            "workers": args.workers,
            "seconds": args.seconds,
            "mix": "70 % anonymous (front page, list, a public collaboration and its steering), "
            "30 % logged in (overview, dashboard, indicator, API list)",
            "runs": runs,
        },
    )


if __name__ == "__main__":
    main()
