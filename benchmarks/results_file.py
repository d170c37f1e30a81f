"""Where and how the benchmarks write what they measured: `benchmarks/results/<name>.json`, with the
machine and the time of the measurement."""

import json
import os
import platform
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{name}.json"
    payload = {
        **data,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "measured": time.strftime("%Y-%m-%d %H:%M"),
    }
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(f"Written to benchmarks/results/{out.name}")
    return out
