"""What the one safe write path costs: a scenario save, an autosave, a 1 MB file, a catalog read.

Run: python bench/safe_files.py  (prints milliseconds per operation; nothing is asserted)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.recovery import RecoveryFile
from desktop_app.core.appdata.safe_files import read_file, write_file
from desktop_app.core.appdata.scenario_files import save_scenario
from desktop_app.core.prices.catalog import bundled_path, read_json


def per_call_ms(action, repeats: int) -> float:
    """Milliseconds per call of `action`, the best of three rounds."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeats):
            action()
        best = min(best, (time.perf_counter() - start) / repeats)
    return best * 1000


def main() -> None:
    """Print the figures, in a temporary folder (fsync included: the figures depend on the disk)."""
    scenario = load_example("support-chatbot")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        target = folder / "plan.json"
        save_scenario(scenario, target)
        autosave = RecoveryFile(folder / "recovery")
        big = b"x" * 1_000_000
        out = folder / "big.csv"
        figures = {
            "save a scenario over the old one": (lambda: save_scenario(scenario, target), 50),
            "autosave": (lambda: autosave.write(scenario, str(target)), 50),
            "write 1 MB (a CSV, a PDF)": (lambda: write_file(out, big), 20),
            "read 1 MB": (lambda: read_file(out, 2_000_000), 50),
            "read the bundled catalog": (lambda: read_json(bundled_path()), 50),
        }
        for label, (action, repeats) in figures.items():
            print(f"{label}: {per_call_ms(action, repeats):.2f} ms")


if __name__ == "__main__":
    main()
