"""A task for the test of several workers: it marks its completion (only at its very end) in a folder."""

import os
import time
from pathlib import Path

from django_tasks import task


@task()
def record_completion(n: int, folder: str, seconds: float) -> None:
    time.sleep(seconds)
    Path(folder, f"{n}-{os.getpid()}").write_text("done")
