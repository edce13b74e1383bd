"""Latency from an edit to every figure and chart updated, driving the window offscreen.

    .venv/bin/python bench/gui_latency.py [--edits 200] [--example NAME]

Target (issue: desktop app): <= 50 ms at the 95th percentile for a 120-month scenario.
Each edit types a new value into an input as a user would (textEdited), which re-simulates,
refills the summary and advice and replaces every chart's data; the timer stops after Qt has
processed the resulting events, painting included.
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
from desktop_app.gui.editor.inputs import format_number
from desktop_app.gui.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--example", default="support-chatbot")
    parser.add_argument(
        "--pause",
        type=float,
        default=0.0,
        help="seconds between edits (> 0.3 lets the background analyses run between them)",
    )
    parser.add_argument(
        "--keep-uncertainty", action="store_true", help="keep the ranges: Monte Carlo runs too"
    )
    args = parser.parse_args()
    keep_freed_memory()
    app = QApplication([])
    example = load_example(args.example)
    if not args.keep_uncertainty:
        example = example.model_copy(update={"uncertainty": ()})
    scenario = with_values(example, {"horizon_months": 120})
    window = MainWindow(Settings(), scenario)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    fields = [
        "effort.hourly_rate",
        "knowledge.corpus_tokens",
        "fine_tuning.behavior_training_tokens",
    ]
    times = []
    for edit in range(args.edits):
        path = fields[edit % len(fields)]
        row = window.editor.rows[path]
        value = float(row.input.value() or 0) * (1.05 if edit % 2 else 0.96) + 1
        if path.endswith("_pct_per_month"):
            value = min(value, 90.0)
        if args.pause:
            pause_until = time.perf_counter() + args.pause
            while time.perf_counter() < pause_until:
                app.processEvents()
                time.sleep(0.005)
        start = time.perf_counter()
        row.input.setText(format_number(round(value, 2)))
        row.input.textEdited.emit(row.input.text())
        app.processEvents()
        times.append(time.perf_counter() - start)
        if os.environ.get("EOT_DEBUG"):
            print(path, row.input.text(), f"{times[-1] * 1e3:.1f}")
        if edit % 40 == 0:  # show every chart tab now and then, as a user would
            window.tabs.setCurrentIndex((edit // 40) % window.tabs.count())
            app.processEvents()
    times_ms = sorted(t * 1e3 for t in times)
    p95 = times_ms[int(0.95 * (len(times_ms) - 1))]
    ranges = len(scenario.uncertainty)
    print(
        f"{args.edits} edits, {scenario.horizon_months}-month scenario '{scenario.name}', "
        f"{ranges} uncertain inputs, {args.pause:.2f} s between edits"
    )
    print(
        f"edit -> all updated: median {statistics.median(times_ms):.1f} ms, "
        f"p95 {p95:.1f} ms, max {times_ms[-1]:.1f} ms"
    )
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
