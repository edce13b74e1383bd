"""Benchmark of the analyses (issue: uncertainty). Prints figures; asserts nothing.

    .venv/bin/python bench/analysis.py [--loop-samples 300]

Targets on the 2-core reference machine: 10,000 samples x 120 months <= 150 ms; 100,000
samples <= 1.5 s and <= 1 GB peak; a 40x40 decision map <= 150 ms; each with its ratio to
the plain per-month Python loop (tests/reference_model.py) over the same variants, timed on
a subset and scaled.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc

import numpy as np
from plain_loop import loop_seconds_per_variant

from desktop_app.core.decision_map import decision_map
from desktop_app.core.examples import load_example
from desktop_app.core.fields import with_values
from desktop_app.core.memory import keep_freed_memory
from desktop_app.core.monte_carlo import run_monte_carlo
from desktop_app.core.sampling import draw_all


def median_time(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loop-samples", type=int, default=300)
    args = parser.parse_args()
    print(f"allocator keeps freed memory: {keep_freed_memory()}; numpy {np.__version__}")
    scenario = with_values(load_example("content-pipeline"), {"horizon_months": 120})
    entries = ", ".join(entry.field for entry in scenario.uncertainty)
    print(f"scenario: {scenario.name}, 120 months, uncertain: {entries}")

    run_monte_carlo(scenario, 10_000, seed=1)  # warm up
    ten_thousand = median_time(lambda: run_monte_carlo(scenario, 10_000, seed=1), 7)
    hundred_thousand = median_time(lambda: run_monte_carlo(scenario, 100_000, seed=1), 3)
    tracemalloc.start()
    run_monte_carlo(scenario, 100_000, seed=1)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    per_variant = loop_seconds_per_variant(
        scenario, draw_all(scenario, args.loop_samples, seed=1), args.loop_samples
    )

    certain = scenario.model_copy(update={"uncertainty": ()})
    decision_map(certain)  # warm up
    grid = median_time(lambda: decision_map(certain), 7)
    found = decision_map(certain, steps=40)
    x, y = np.meshgrid(found.x.values, found.y.values)
    map_loop = loop_seconds_per_variant(
        certain,
        {"workload.queries_per_month": x.ravel(), "knowledge.changed_pct_per_month": y.ravel()},
        args.loop_samples,
    )

    print(
        f"Monte Carlo 10,000 samples:   {ten_thousand * 1e3:7.1f} ms   "
        f"loop {per_variant * 1e4:6.1f} s   ratio {per_variant * 1e4 / ten_thousand:5.0f}x"
    )
    print(
        f"Monte Carlo 100,000 samples:  {hundred_thousand * 1e3:7.1f} ms   "
        f"loop {per_variant * 1e5:6.1f} s   ratio {per_variant * 1e5 / hundred_thousand:5.0f}x"
    )
    print(f"  peak traced memory:         {peak / 1e6:7.1f} MB")
    print(
        f"decision map 40 x 40:         {grid * 1e3:7.1f} ms   "
        f"loop {map_loop * 1600:6.1f} s   ratio {map_loop * 1600 / grid:5.0f}x"
    )
    print(f"(loop timed on {args.loop_samples} variants and scaled)")


if __name__ == "__main__":
    main()
