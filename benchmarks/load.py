"""Load test: the product served by gunicorn and by granian with several worker processes, driven from
a second process (wrk, a C load generator, so that the generator's own cost stays small) over 127.0.0.1.

    DATABASE_URL=postgres://… uv run python benchmarks/load.py --workers 4 --seconds 20 --concurrency 1 8 32

Two scenarios, each at every concurrency level:

* mix: 70 % anonymous requests (front page, list, a public collaboration and its steering) and 30 %
  signed in (overview, dashboard, indicator, an API list), each request drawn at random;
* portal: the public pages only, as citizens and journalists read them.

Needs the scale data (`manage.py generate_scale`) and Debian's `wrk`. For each server, scenario and
concurrency it reports requests per second, p50/p95/p99 latency and the number of errors (any status
other than 200 — a signed-in page sent to the login would be one — and any socket error), and writes
`benchmarks/results/load-<database>.json`. Each run is compared with its own floor: the bare view of the
page benchmark served by the same processes, at the same concurrency and share of signed-in requests,
measured right before it; the figures that carry over between machines are the ratios
(`share_of_floor_throughput`, `p50_times_floor`, `p95_times_floor`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samverkan.settings")

import django  # noqa: E402

django.setup()

import httpx  # noqa: E402  (only to see that the server is up)
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from actors.models import User  # noqa: E402
from benchmarks.results_file import write_results  # noqa: E402
from collaborations.models import Collaboration  # noqa: E402
from steer.models import Indicator  # noqa: E402

SERVERS = {
    "gunicorn": lambda port, workers: [
        *("gunicorn", "benchmarks.floor_wsgi", "--bind", f"127.0.0.1:{port}"),
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
        "benchmarks.floor_wsgi:application",
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
    assert public is not None and mine is not None and indicator is not None, "no scale data"
    anonymous = ["/", "/samverkan/", f"/samverkan/{public.slug}/", f"/samverkan/{public.slug}/styrning/"]
    logged_in = [
        f"/samverkan/{mine.slug}/",
        f"/samverkan/{mine.slug}/styrning/",
        indicator.get_absolute_url(),
        "/api/indicators/",
    ]
    return anonymous, logged_in


WRK_SCRIPT = """
local anonymous = {%(anonymous)s}
local signed_in = {%(signed_in)s}
local share = %(share)f
local cookie = "%(cookie)s"
math.randomseed(%(seed)d)
request = function()
  if math.random() < share then
    return wrk.format("GET", signed_in[math.random(#signed_in)], {["Cookie"] = cookie})
  end
  return wrk.format("GET", anonymous[math.random(#anonymous)])
end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() not_ok = 0 end
response = function(status) if status ~= 200 then not_ok = not_ok + 1 end end
done = function(summary, latency, requests)
  local e = summary.errors
  local answered_otherwise = 0
  for _, thread in ipairs(threads) do answered_otherwise = answered_otherwise + thread:get("not_ok") end
  io.write(string.format(
    "RESULT {\\"requests\\": %%d, \\"seconds\\": %%f, \\"p50_ms\\": %%f, \\"p95_ms\\": %%f, \\"p99_ms\\": %%f, "
    .. "\\"mean_ms\\": %%f, \\"errors\\": %%d}\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.mean / 1000,
    answered_otherwise + e.connect + e.read + e.write + e.timeout))
end
"""


FLOOR = "/__floor__/"


def drive(port: int, concurrency: int, seconds: float, cookie: str, share_signed_in: float, floor=False) -> dict:
    """One wrk run: `concurrency` connections on 2 threads, for `seconds`. The floor asks the bare view
    instead of every page, with the same share of signed-in requests."""
    anonymous, signed_in = ([FLOOR], [FLOOR]) if floor else urls_cache

    def lua_list(paths: list[str]) -> str:
        return ", ".join(json.dumps(p) for p in paths)

    script = WRK_SCRIPT % {
        "anonymous": lua_list(anonymous),
        "signed_in": lua_list(signed_in),
        "share": share_signed_in,
        "cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}",
        "seed": concurrency,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    try:
        threads = min(2, concurrency)
        command = ["wrk", "-t", str(threads), "-c", str(concurrency), "-d", f"{max(1, round(seconds))}s", "-s", f.name]
        output = subprocess.run(
            [*command, "--timeout", "30s", f"http://127.0.0.1:{port}"], capture_output=True, text=True, check=True
        ).stdout
    finally:
        os.unlink(f.name)
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    return {
        "concurrency": concurrency,
        "requests": result["requests"],
        "requests_per_s": round(result["requests"] / result["seconds"], 1),
        **{k: round(result[k], 1) for k in ("p50_ms", "p95_ms", "p99_ms", "mean_ms")},
        "errors": result["errors"],
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
    if shutil.which("wrk") is None:
        sys.exit("The load generator wrk is missing: apt-get install wrk (make bench installs it).")
    scenarios = {"mix": 0.3, "portal": 0.0}  # the share of signed-in requests
    runs = []
    for server in args.servers:
        port = free_port()
        bin_dir = Path(sys.executable).parent
        command = SERVERS[server](port, args.workers)
        process = subprocess.Popen([str(bin_dir / command[0]), *command[1:]], cwd=ROOT, env=env)
        try:
            wait_until_up(port)
            for scenario, share in scenarios.items():
                drive(port, 4, 2, cookie, share)  # warm-up: every worker fills its cache once
                for concurrency in args.concurrency:
                    floor = drive(port, concurrency, args.seconds, cookie, share, floor=True)
                    result = drive(port, concurrency, args.seconds, cookie, share)
                    result.update(
                        server=server,
                        scenario=scenario,
                        floor={k: floor[k] for k in ("requests_per_s", "p50_ms", "p95_ms", "errors")},
                        share_of_floor_throughput=round(result["requests_per_s"] / floor["requests_per_s"], 2),
                        p50_times_floor=round(result["p50_ms"] / max(floor["p50_ms"], 0.1), 1),
                        p95_times_floor=round(result["p95_ms"] / max(floor["p95_ms"], 0.1), 1),
                    )
                    runs.append(result)
                    print(
                        f"{server:<9} {scenario:<7} c={concurrency:<3} {result['requests_per_s']:>7.1f} req/s"
                        f" ({result['share_of_floor_throughput']:.0%} of the floor's {floor['requests_per_s']:.0f})"
                        f"  p50 {result['p50_ms']:>6.1f} ({result['p50_times_floor']}× floor)"
                        f"  p95 {result['p95_ms']:>6.1f} ({result['p95_times_floor']}× floor)"
                        f"  p99 {result['p99_ms']:>6.1f} ms  errors {result['errors']}"
                    )
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    write_results(
        f"load-{connection.vendor}",
        {
            "workers": args.workers,
            "seconds": args.seconds,
            "generator": "wrk, 2 threads, requests drawn at random from the scenario's pages",
            "floor": "the bare view of the page benchmark (/__floor__/) on the same server in the same run, "
            "at the same concurrency and share of signed-in requests, asked just before the scenario",
            "scenarios": {
                "mix": "70 % anonymous (front page, list, a public collaboration and its steering), "
                "30 % signed in (overview, dashboard, indicator, API list)",
                "portal": "anonymous only: front page, list, a public collaboration and its steering",
            },
            "runs": runs,
        },
    )


if __name__ == "__main__":
    main()
