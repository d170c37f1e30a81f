"""Real task workers (`manage.py worker` processes) on the test's PostgreSQL database, for tests that kill them."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def start_worker(tmp_path: Path, stderr=subprocess.DEVNULL, **env: str) -> subprocess.Popen:
    """A worker on the test database (not the one DATABASE_URL names), with `env` added to its environment."""
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "TASK_RECOVERY_SECONDS": "0.5",
        "SAMVERKAN_VAR_DIR": str(tmp_path),
        **env,
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--interval", "0.1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )


def stop(*workers: subprocess.Popen) -> None:
    """Ask each worker to stop; kill one that does not (it may be waiting at a pause point)."""
    for worker in workers:
        if worker.poll() is None:
            worker.terminate()
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


def wait_until(condition, seconds: float = 60) -> None:
    """Until `condition()` holds (checked every 0.1 s); the bound only keeps a broken run from hanging."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")
