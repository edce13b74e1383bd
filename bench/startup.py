"""Start-up time: the app's window shown, against a bare PySide6 window with one chart.

    .venv/bin/python bench/startup.py [--runs 7]

Targets (issue: desktop app): window shown in <= 1 s cold, and within 3x of the bare window.
Each run is a fresh Python process (offscreen); the time is measured from before the
interpreter starts to the window having been shown and its first events processed (the child
prints the wall-clock time then; the process's own exit is reported apart).

Warm runs follow each other, so the files are in the page cache; the first round is reported
apart (it also compiles the bytecode). The programs take turns, so that a machine getting
slower or faster during the runs changes all of them alike; the ratio is given as the median
of the medians and, steadier on a noisy machine, as the median of each round's own ratio
(with its quartiles). Cold runs drop the page cache before every start, as after a reboot:
the libraries are read from disk. Dropping it needs root on Linux; elsewhere the cold runs
are skipped and say so.
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

APP = """
import gc
gc.disable()  # as `embed-or-tune` does before it loads the window (cli._open_window)
import desktop_app.launch  # what `embed-or-tune` loads first (the window path)
from desktop_app.gui.app import _application, create_window
app = _application()
window = create_window()
window.show()
app.processEvents()
import time
print(time.time())
"""

BARE = """
from PySide6.QtCharts import QChart, QChartView, QLineSeries
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
chart = QChart()
series = QLineSeries(chart)
for month in range(120):
    series.append(month, month * month)
chart.addSeries(series)
chart.createDefaultAxes()
window = QMainWindow()
window.setCentralWidget(QChartView(chart))
window.resize(1280, 800)
window.show()
app.processEvents()
import time
print(time.time())
"""


BARE_WITH_LIBRARIES = (
    """
import numpy
import pydantic


class Scenario(pydantic.BaseModel):  # `import pydantic` alone loads almost nothing: use it
    name: str = ""
    months: int = 36


Scenario.model_validate({"name": "x", "months": 12})
"""
    + BARE
)
"""The bare window with the libraries the core is built on loaded and used once (numpy imports
whole; pydantic loads its core and builds a schema only for a first model)."""


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_page_cache() -> bool:
    """Empty the OS file cache (Linux, as root); False where that is not possible."""
    try:
        subprocess.run(["sync"], check=True)
        DROP_CACHES.write_text("3\n")
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def timed_run(program: str) -> tuple[float, float]:
    """(seconds until the window was shown, seconds until the process ended)."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EMBED_OR_TUNE_HOME": tempfile.mkdtemp(prefix="eot-start-"),
    }
    # As on a user's machine, compiled bytecode is kept between runs (some shells turn it off).
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    start_wall, start = time.time(), time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", program], check=True, env=environment, capture_output=True, text=True
    )
    shown = float(done.stdout.strip().splitlines()[-1]) - start_wall
    return shown, time.perf_counter() - start


def warm(runs: int) -> None:
    """Runs with the files cached; medians leave out the first round."""
    pairs: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in PROGRAMS}
    for _ in range(runs):
        for name, program in PROGRAMS:  # interleaved: a drift of the machine hits all alike
            pairs[name].append(timed_run(program))
    results = {}
    for name, timed in pairs.items():
        times = [shown for shown, _ in timed]
        results[name] = times
        median = statistics.median(times[1:]) * 1e3
        ended = statistics.median(total for _, total in timed[1:]) * 1e3
        print(
            f"{name:28} shown: first {times[0] * 1e3:5.0f} ms, median {median:5.0f} ms"
            f"   (process ended: median {ended:5.0f} ms)"
        )
    print(f"ratio app / bare, warm (medians): {_ratio(results):.2f}x")
    app, bare = results[PROGRAMS[-1][0]][1:], results[PROGRAMS[0][0]][1:]
    rounds = sorted(a / b for a, b in zip(app, bare, strict=True))
    low, middle, high = statistics.quantiles(rounds, n=4)
    print(
        f"ratio app / bare, warm (per round): median {middle:.2f}x, quartiles {low:.2f}–{high:.2f}x"
    )


def cold(runs: int) -> None:
    """Runs each after emptying the page cache, as the first start after a reboot."""
    results: dict[str, list[float]] = {name: [] for name, _ in PROGRAMS}
    for _ in range(runs):
        for name, program in PROGRAMS:  # interleaved: a drift of the machine hits all alike
            if not drop_page_cache():
                print("cold runs skipped: emptying the page cache needs root on Linux")
                return
            results[name].append(timed_run(program)[0])
    for name, times in results.items():
        shown = ", ".join(f"{t * 1e3:.0f}" for t in times)
        print(f"{name:28} shown cold: median {statistics.median(times) * 1e3:5.0f} ms ({shown})")
    print(f"ratio app / bare, cold (medians): {_ratio(results, skip_first=False):.2f}x")


def _ratio(results: dict[str, list[float]], skip_first: bool = True) -> float:
    start = 1 if skip_first else 0
    app, bare = results[PROGRAMS[-1][0]], results[PROGRAMS[0][0]]
    return statistics.median(app[start:]) / statistics.median(bare[start:])


PROGRAMS = (
    ("bare PySide6 window + chart", BARE),
    ("the same + numpy, pydantic", BARE_WITH_LIBRARIES),
    ("Embed or Tune window", APP),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="warm runs of each (default 7)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold runs of each (default 3)")
    args = parser.parse_args()
    warm(args.runs)
    if args.cold_runs:
        cold(args.cold_runs)


if __name__ == "__main__":
    main()
