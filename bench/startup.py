"""Start-up time: the app's window shown, against a bare PySide6 window with one chart.

    .venv/bin/python bench/startup.py [--runs 7]

Targets (issue: desktop app): window shown in <= 1 s cold, and within 3x of the bare window.
Each run is a fresh Python process (offscreen); the time is measured from before the
interpreter starts to the window having been shown and its first events processed (the child
prints the wall-clock time then; the process's own exit is reported apart). The first
run of each is reported apart, as the coldest one (it also compiles the bytecode).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

APP = """
import desktop_app.cli  # what `embed-or-tune` loads first (the window path)
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


BARE_WITH_LIBRARIES = "import numpy, pydantic\n" + BARE


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results = {}
    runs = (
        ("bare PySide6 window + chart", BARE),
        ("the same + numpy, pydantic", BARE_WITH_LIBRARIES),
        ("Embed or Tune window", APP),
    )
    for name, program in runs:
        pairs = [timed_run(program) for _ in range(args.runs)]
        times = [shown for shown, _ in pairs]
        results[name] = times
        median = statistics.median(times[1:]) * 1e3
        ended = statistics.median(total for _, total in pairs[1:]) * 1e3
        print(
            f"{name:28} shown: first {times[0] * 1e3:5.0f} ms, median {median:5.0f} ms"
            f"   (process ended: median {ended:5.0f} ms)"
        )
    ratio = statistics.median(results["Embed or Tune window"][1:]) / statistics.median(
        results["bare PySide6 window + chart"][1:]
    )
    print(f"ratio app / bare (medians): {ratio:.2f}x")


if __name__ == "__main__":
    main()
