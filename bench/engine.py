"""Benchmark of the batch engine (issue: core). Prints figures; asserts nothing.

    .venv/bin/python bench/engine.py [--variants 10000] [--loop-variants N]

Targets on the 2-core reference machine: a batch of 10,000 variants x 120 months in
<= 100 ms, >= 100x faster than the plain Python loop over the same variants, <= 300 MB peak.

Two scenarios: support-chatbot as its version-1 file upgrades (three strategies), and a
version-2 one (`--model 2`): all four strategies, the tuned model on a dedicated endpoint,
and two events (a price cut with a forced retrain and migration hours in month 7; a cheaper
replica and a re-embed in month 19), so that two inputs become rows per month.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
import tracemalloc

import numpy as np
from plain_loop import loop_seconds_per_variant

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import simulate, simulate_scenario
from desktop_app.core.engine.memory import keep_freed_memory, one_blas_thread
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.scenario import Scenario

VARIED = {
    "workload.queries_per_month": (1e3, 5e6),
    "workload.monthly_growth_pct": (-5, 10),
    "knowledge.corpus_tokens": (1e5, 5e7),
    "knowledge.changed_pct_per_month": (0, 40),
    "fine_tuned_model.training_per_1m": (1, 25),
    "effort.hours_per_retrain": (4, 60),
}


def timed(function, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def version_2(scenario: Scenario) -> Scenario:
    """The bench's version-2 scenario built on `scenario` (see the module docstring)."""
    document = scenario.model_dump()
    document["strategies"] = ["embeddings", "fine_tuning", "hybrid", "long_context"]
    document["fine_tuned_model"]["serving"] = "dedicated"
    document["fine_tuned_model"]["dedicated"]["replica_per_hour"] = 4.0
    document["events"] = [
        {
            "month": 7,
            "name": "base model price cut; the tuned model is retrained",
            "set": {"base_model.input_per_1m": 0.1, "base_model.output_per_1m": 0.4},
            "retrain": True,
            "hours": {"fine_tuning": 16, "hybrid": 16},
        },
        {
            "month": 19,
            "name": "cheaper replicas; a new embedding model",
            "set": {"fine_tuned_model.dedicated.replica_per_hour": 2.5},
            "re_embed": True,
        },
    ]
    return Scenario.model_validate(document)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=10_000)
    parser.add_argument("--loop-variants", type=int, default=None, help="default: all")
    parser.add_argument("--policy", default="changed_pct", help="retrain policy to run")
    parser.add_argument("--default-allocator", action="store_true", help="skip keep_freed_memory")
    parser.add_argument("--model", type=int, choices=(1, 2), default=1, help="scenario version")
    args = parser.parse_args()
    allocator = "glibc default" if args.default_allocator else f"keep freed: {keep_freed_memory()}"
    allocator += f"; one BLAS thread: {one_blas_thread()}"

    scenario = with_values(
        load_example("support-chatbot").model_copy(update={"uncertainty": ()}),
        {"horizon_months": 120, "fine_tuning.retrain_policy": args.policy},
    )
    if args.model == 2:
        scenario = version_2(scenario)
    rng = np.random.default_rng(7)
    overrides = {path: rng.uniform(lo, hi, args.variants) for path, (lo, hi) in VARIED.items()}
    batch = ScenarioBatch.of(scenario, overrides)

    single = timed(lambda: simulate_scenario(scenario), 50)
    simulate(batch)  # warm up
    before = resource.getrusage(resource.RUSAGE_SELF)
    batched = timed(lambda: simulate(batch), 15)
    after = resource.getrusage(resource.RUSAGE_SELF)

    tracemalloc.start()
    simulate(batch)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    loop_count = args.loop_variants or args.variants
    loop_seconds = loop_seconds_per_variant(scenario, overrides, loop_count) * args.variants

    batch_seconds = statistics.median(batched)
    print(
        f"model {args.model} scenario ({len(scenario.strategies)} strategies, "
        f"{len(scenario.events)} events); policy: {args.policy}; allocator: {allocator}; "
        f"numpy {np.__version__}"
    )
    print(
        f"single 120-month run:            {statistics.median(single) * 1e3:8.2f} ms (median of 50)"
    )
    print(
        f"batch {args.variants:,} x 120 months:      {batch_seconds * 1e3:8.1f} ms "
        f"(median of 15; min {min(batched) * 1e3:.1f}, max {max(batched) * 1e3:.1f})"
    )
    user, system = (
        (getattr(after, field) - getattr(before, field)) / 15 * 1e3
        for field in ("ru_utime", "ru_stime")
    )
    faults = (after.ru_minflt - before.ru_minflt) / 15
    print(
        f"CPU per batch (both threads):     {user + system:8.1f} ms "
        f"(system {system:.1f} ms, {faults:,.0f} page faults)"
    )
    print(f"peak traced memory of the batch:  {peak / 1e6:8.1f} MB")
    note = "" if loop_count == args.variants else f" (extrapolated from {loop_count:,})"
    print(f"plain Python loop, same variants: {loop_seconds:8.2f} s{note}")
    print(f"batch speed-up over the loop:     {loop_seconds / batch_seconds:8.0f} x")


if __name__ == "__main__":
    main()
