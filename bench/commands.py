"""Whole commands as fresh processes: wall time and peak RSS. Prints figures; asserts nothing.

    .venv/bin/python bench/commands.py [--runs 9]

Targets (issue: live uncertainty): `simulate --samples 10000` at most 130 ms more than
`simulate` (content-pipeline over 120 months, as bench/analysis.py); every command exits
without interpreter shutdown. Each command runs as `python -m desktop_app` (the console entry
point, which ends with `os._exit` once the output is flushed) and, for comparison, through
`main()` with an ordinary interpreter exit. The commands take turns, so that a drift of the
machine hits them alike; the figures are medians (and the fastest run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.scenario_files import scenario_json
from desktop_app.core.model.fields import with_values

ORDINARY_EXIT = "import sys\nfrom desktop_app.launch import main\nsys.exit(main())\n"


def run(command: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one run of `command`, its output thrown away."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"failed ({child.returncode}): {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="eot-commands-"))
    scenario = with_values(load_example("content-pipeline"), {"horizon_months": 120})
    path = folder / "content-pipeline-120.json"
    path.write_text(scenario_json(scenario))
    console = [sys.executable, "-m", "desktop_app"]
    ordinary = [sys.executable, "-c", ORDINARY_EXIT]
    commands = {
        "--version": ["--version"],
        "simulate": ["simulate", str(path)],
        "simulate --samples 10000": ["simulate", str(path), "--samples", "10000"],
        "simulate --samples 100000": ["simulate", str(path), "--samples", "100000"],
        "breakeven (queries)": ["breakeven", str(path), "--field", "workload.queries_per_month"],
    }
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for _ in range(args.runs):
        for name, argv in commands.items():
            for exit_kind, prefix in (("os._exit", console), ("ordinary", ordinary)):
                runs.setdefault((name, exit_kind), []).append(run([*prefix, *argv]))
    print(f"content-pipeline over 120 months; {args.runs} runs each, interleaved")
    medians = {}
    for (name, exit_kind), timed in runs.items():
        seconds = [s for s, _ in timed]
        medians[name, exit_kind] = statistics.median(seconds)
        print(
            f"{name:28} {exit_kind:9} median {statistics.median(seconds) * 1e3:6.0f} ms, "
            f"fastest {min(seconds) * 1e3:6.0f} ms, peak RSS {max(r for _, r in timed):5.0f} MB"
        )
    for exit_kind in ("os._exit", "ordinary"):
        extra = medians["simulate --samples 10000", exit_kind] - medians["simulate", exit_kind]
        print(f"--samples 10000 costs {extra * 1e3:.0f} ms more than simulate ({exit_kind} exit)")
    saved = [medians[name, "ordinary"] - medians[name, "os._exit"] for name in commands]
    print(f"interpreter shutdown skipped: {statistics.median(saved) * 1e3:.0f} ms per command")


if __name__ == "__main__":
    main()
