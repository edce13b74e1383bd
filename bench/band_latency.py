"""Latency from an edit to the Monte Carlo band redrawn, driving the window offscreen.

    .venv/bin/python bench/band_latency.py [--edits 40] [--samples 10000]

Target (issue: live uncertainty): <= 100 ms at the 95th percentile, 10,000 samples x 120
months (content-pipeline with its uncertain inputs). Each edit types a new value into an
input as a user would (textEdited); the timer stops once the window has drawn a band of
the new inputs and Qt has processed the resulting events, painting included: the first band
(from the first chunk of samples, AnalysisRunner.uncertainty_partial, where the runner has it)
and, timed on, the band of all the samples (uncertainty_ready). The edit debounce
(`analysis_runner.DEBOUNCE_MS`, or --debounce to see what another would give) is part of it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EMBED_OR_TUNE_HOME", tempfile.mkdtemp(prefix="eot-bench-"))

from PySide6.QtWidgets import QApplication

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.engine.memory import keep_freed_memory
from desktop_app.core.model.fields import with_values
from desktop_app.gui.analysis.analysis_runner import DEBOUNCE_MS
from desktop_app.gui.editor.inputs import format_number
from desktop_app.gui.main_window import MainWindow

TIMEOUT_SECONDS = 30.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument(
        "--debounce", type=int, default=DEBOUNCE_MS, help="ms to wait after an edit (what-if)"
    )
    args = parser.parse_args()
    keep_freed_memory()
    app = QApplication([])
    scenario = with_values(load_example("content-pipeline"), {"horizon_months": 120})
    window = MainWindow(Settings(), scenario)
    window.resize(1280, 800)
    window.show()
    index = window.samples_picker.findData(args.samples)
    if index < 0:
        raise SystemExit(f"--samples: the window offers {window.samples_picker.count()} counts")
    window.samples_picker.setCurrentIndex(index)
    window.runner._timer.setInterval(args.debounce)
    arrived: list[float] = []
    full: list[float] = []
    # (Code from before the early signal drew the band with all the analyses: `finished`.)
    ready = getattr(window.runner, "uncertainty_ready", window.runner.finished)
    ready.connect(lambda _: arrived.append(time.perf_counter()))
    ready.connect(lambda _: full.append(time.perf_counter()))
    partial = getattr(window.runner, "uncertainty_partial", None)
    if partial is not None:
        partial.connect(lambda *_: arrived.append(time.perf_counter()))

    def settle() -> None:
        deadline = time.perf_counter() + TIMEOUT_SECONDS
        while window.runner.busy and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)

    settle()
    path = "effort.hourly_rate"
    row = window.editor.rows[path]
    times = []
    full_times = []
    for edit in range(args.edits):
        value = float(row.input.value() or 0) * (1.05 if edit % 2 else 0.96) + 1
        arrived.clear()
        full.clear()
        start = time.perf_counter()
        row.input.setText(format_number(round(value, 2)))
        row.input.textEdited.emit(row.input.text())
        deadline = start + TIMEOUT_SECONDS
        while not arrived and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()  # the band's repaint
        times.append(time.perf_counter() - start)
        while not full and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        full_times.append(time.perf_counter() - start)
        settle()  # the slower analyses finish before the next edit
    print(
        f"{args.edits} edits of {path}, content-pipeline over 120 months, "
        f"{args.samples:,} samples, debounce {args.debounce} ms"
    )
    for what, measured in (("first band", times), ("band of all samples", full_times)):
        times_ms = sorted(t * 1e3 for t in measured)
        p95 = times_ms[int(0.95 * (len(times_ms) - 1))]
        print(
            f"edit -> {what} redrawn: median {statistics.median(times_ms):.0f} ms, "
            f"p95 {p95:.0f} ms, fastest {times_ms[0]:.0f} ms"
        )
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
