"""Benchmark of the analyses (issue: uncertainty). Prints figures; asserts nothing.

    .venv/bin/python bench/analysis.py [--loop-samples 300]

Targets on the 2-core reference machine (issue: live uncertainty): 10,000 samples x 120
months <= 50 ms; 100,000 samples <= 600 ms with a peak RSS <= 400 MB; a 40x40 decision map
<= 150 ms; each with its ratio to the plain per-month Python loop (tests/reference_model.py)
over the same variants, timed on a subset and scaled. Times are the median wall time, with
the fastest run and the median CPU time of the process (less disturbed when other programs
share the cores).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
import tracemalloc

import numpy as np
from plain_loop import loop_seconds_per_variant

from desktop_app.core.analyses.decision_map import decision_map
from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.memory import keep_freed_memory
from desktop_app.core.engine.sampling import draw_all
from desktop_app.core.model.fields import with_values


def median_time(function, repeats: int) -> float:
    return timed(function, repeats)[0]


def timed(function, repeats: int) -> tuple[float, float, float]:
    """(median wall time, fastest wall time, median CPU time) in seconds."""
    times, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), min(times), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loop-samples", type=int, default=300)
    args = parser.parse_args()
    print(f"allocator keeps freed memory: {keep_freed_memory()}; numpy {np.__version__}")
    scenario = with_values(load_example("content-pipeline"), {"horizon_months": 120})
    entries = ", ".join(entry.field for entry in scenario.uncertainty)
    print(f"scenario: {scenario.name}, 120 months, uncertain: {entries}")

    run_monte_carlo(scenario, 10_000, seed=1)  # warm up
    ten = timed(lambda: run_monte_carlo(scenario, 10_000, seed=1), 15)
    hundred = timed(lambda: run_monte_carlo(scenario, 100_000, seed=1), 5)
    ten_thousand, hundred_thousand = ten[0], hundred[0]
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
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
    for name, (_, fastest, cpu) in (("10,000", ten), ("100,000", hundred)):
        print(f"  {name:>7} samples: fastest {fastest * 1e3:7.1f} ms, CPU time {cpu * 1e3:7.1f} ms")
    print(f"  peak traced memory:         {peak / 1e6:7.1f} MB; peak RSS {peak_rss:5.0f} MB")
    print(
        f"decision map 40 x 40:         {grid * 1e3:7.1f} ms   "
        f"loop {map_loop * 1600:6.1f} s   ratio {map_loop * 1600 / grid:5.0f}x"
    )
    print(f"(loop timed on {args.loop_samples} variants and scaled)")


if __name__ == "__main__":
    main()
