"""Time to write the printed sheet (issue: sheets). Prints figures; asserts nothing.

    .venv/bin/python bench/sheet.py [--runs 5]

Target: a one-scenario sheet in <= 1 s. Measured in-process (evaluation, the Monte Carlo run
of the scenario's ranges, layout and PDF) and as the whole `embed-or-tune report` command
(a fresh process: interpreter, imports, Qt start-up included).
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop_app.core.appdata.examples import example_path, load_example
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.engine.memory import keep_freed_memory
from desktop_app.gui.printing.sheet import sheet_items, write_sheet_pdf
from desktop_app.gui.theme import use_readable_locale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    keep_freed_memory()
    QApplication([])
    use_readable_locale()
    folder = Path(tempfile.mkdtemp(prefix="eot-sheet-"))
    for name in ("support-chatbot", "content-pipeline"):
        times = []
        for run in range(args.runs + 1):
            start = time.perf_counter()
            items = sheet_items([evaluate(load_example(name))], [f"{name}.json"])
            pages = write_sheet_pdf(folder / f"{name}.pdf", items, "A4")
            if run:  # the first run warms caches (fonts)
                times.append(time.perf_counter() - start)
        size = (folder / f"{name}.pdf").stat().st_size
        print(
            f"{name:18} in-process: median {statistics.median(times) * 1e3:5.0f} ms, "
            f"max {max(times) * 1e3:5.0f} ms; {pages} pages, {size / 1024:.0f} KiB"
        )
    command = [sys.executable, "-m", "desktop_app", "report", str(example_path("content-pipeline"))]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([*command, "-o", str(folder / "cli.pdf")], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(f"embed-or-tune report (whole command): median {statistics.median(times) * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
