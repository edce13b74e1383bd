"""Monte Carlo over the uncertain inputs (MODEL.md, "Uncertainty"): one batch of samples.

The samples are simulated in chunks, so that a run of 100,000 keeps only what the result
needs (each strategy's cumulative cost per sample and month) and never the engine's whole
working set at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from desktop_app.core.engine import kernel
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import simulate, simulate_cumulative
from desktop_app.core.engine.overflow import LIMIT, check_per_query, check_shown
from desktop_app.core.engine.percentiles import percentiles
from desktop_app.core.engine.sampling import draw_all
from desktop_app.core.engine.summary import TIE_ORDER, cheapest_of, cost_per_1k_queries
from desktop_app.core.model.scenario import Scenario

PERCENTILES = {"p10": 10.0, "p50": 50.0, "p90": 90.0}
CHUNK = 2_500
"""Samples per chunk: two chunks at a time, one per thread, stay under 400 MB at 100,000
samples (5,000 would not); fewer, larger chunks spend less time in the interpreter."""
FIRST_PART = 1_000
"""Samples of the first chunk when a first band is asked for (`first_part`): one soon."""
DEFAULT_SEED = 0

PARALLEL_FROM = 2_000
"""A run of at least this many samples simulates its chunks on two threads (`_beside`)."""

T = TypeVar("T")
Progress = Callable[[int, int], None]
"""Called with (samples done, samples in all) after each chunk."""


class CancelledError(Exception):
    """The caller asked to stop."""


@dataclass(frozen=True)
class UncertaintyResult:
    """What MODEL.md's "uncertainty" object holds."""

    samples: int
    seed: int
    cumulative: dict[str, dict[str, np.ndarray]]  # strategy -> p10/p50/p90 -> [months]
    total_cost: dict[str, dict[str, float]]  # strategy -> mean/p10/p50/p90
    probability_cheapest: dict[str, float]

    def document(self) -> dict[str, object]:
        """The JSON object of MODEL.md."""
        return {
            "samples": self.samples,
            "seed": self.seed,
            "cumulative": {
                key: {name: values.tolist() for name, values in bands.items()}
                for key, bands in self.cumulative.items()
            },
            "total_cost": self.total_cost,
            "probability_cheapest": self.probability_cheapest,
        }


def run_monte_carlo(
    scenario: Scenario,
    samples: int,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    first_part: Callable[[UncertaintyResult], None] | None = None,
) -> UncertaintyResult:
    """Simulate `samples` draws of the uncertain inputs and summarise them.

    With `first_part`, the first chunk holds FIRST_PART samples and, when more follow, their
    summary goes to `first_part` as soon as they are simulated (a provisional band while the
    rest runs); the result returned is that of all the samples, the same as without it.
    """
    if samples < 1:
        raise ValueError(f"samples: must be >= 1, got {samples}")
    draws = draw_all(scenario, samples, seed)
    months = scenario.horizon_months
    # Month-major, so that each month's samples lie together for the percentiles.
    compared = scenario.strategies
    cumulative: dict[str, np.ndarray] = {key: np.empty((months, samples)) for key in compared}
    cheapest = np.empty(samples, dtype=np.intp)

    def simulate_span(start: int, stop: int) -> None:
        """Fill the samples start..stop-1 (either thread; each span writes only its own)."""
        if draws:
            batch = ScenarioBatch.of(scenario, {path: v[start:stop] for path, v in draws.items()})
        else:  # nothing is uncertain: every sample is the plain run
            batch = ScenarioBatch.of(scenario)
        part: dict[str, np.ndarray] = {key: cumulative[key][:, start:stop] for key in compared}
        cheapest[start:stop] = _simulate_chunk(batch, part)

    # The chunks' sizes change no figure, only how soon one is ready.
    spans = _spans(samples, FIRST_PART if first_part is not None else CHUNK)

    def after(index: int, done: int) -> None:
        """Progress (`done` samples in all) and the first band, on the caller's thread."""
        if progress is not None:
            progress(done, samples)
        count = spans[0][1]
        if first_part is not None and index == 0 and count < samples:
            first_part(_summarise(count, seed, _first(cumulative, count), cheapest[:count]))

    if samples >= PARALLEL_FROM and len(spans) > 1:
        _beside(spans, simulate_span, after, cancelled, first_alone=first_part is not None)
    else:
        _one_by_one(spans, simulate_span, after, cancelled)
    return _summarise(samples, seed, cumulative, cheapest)


Span = tuple[int, int]
"""The samples start..stop-1 of one chunk."""


def _spans(samples: int, first: int) -> list[Span]:
    """The chunks: the first of `first` samples, then CHUNK each."""
    starts = [0, *range(first, samples, CHUNK)]
    return [(start, min(samples, start + (first if start == 0 else CHUNK))) for start in starts]


def _one_by_one(
    spans: list[Span],
    simulate_span: Callable[[int, int], None],
    after: Callable[[int, int], None],
    cancelled: Callable[[], bool] | None,
) -> None:
    """Every chunk in turn on this thread, each freed before the next is built."""
    for index, (start, stop) in enumerate(spans):
        if cancelled is not None and cancelled():
            raise CancelledError
        simulate_span(start, stop)
        after(index, stop)


def _beside(
    spans: list[Span],
    simulate_span: Callable[[int, int], None],
    after: Callable[[int, int], None],
    cancelled: Callable[[], bool] | None,
    first_alone: bool = False,
) -> None:
    """The chunks on this thread and the engine's helper thread, each taking the next one.

    numpy lets go of the interpreter inside each pass over an array, so two chunks run at
    once. Each chunk has its own draws and fills its own samples: the same numbers as one by
    one, whichever thread runs it. The first chunk runs here; with `first_alone`, the helper
    starts only once it and its `after` are done (a first band, which then does not share
    the interpreter with the helper, nor does the window drawing it at first).
    A chunk that fails stops both threads from taking more; the error raised is that of the
    earliest failing chunk, as one by one (every chunk before it was taken, and finishes).
    """
    lock = threading.Lock()
    taken = [1]  # the next chunk to take; the first is this thread's
    failures: dict[int, BaseException] = {}
    done = [0]  # samples simulated
    reported = [0]

    def take() -> int | None:
        with lock:
            index = taken[0]
            if failures or index >= len(spans):
                return None
            if cancelled is not None and cancelled():
                failures[index] = CancelledError()
                return None
            taken[0] += 1
            return index

    def run(index: int) -> int:
        """Simulate one chunk; the samples done in all after it (0 if it failed)."""
        try:
            with kernel.on_this_thread():  # the chunks share out the two threads themselves
                simulate_span(*spans[index])
        except BaseException as error:  # raised on the caller's thread, below
            with lock:
                failures[index] = error
            return 0
        with lock:
            done[0] += spans[index][1] - spans[index][0]
            return done[0]

    def helper() -> None:
        while (index := take()) is not None:
            run(index)

    if cancelled is not None and cancelled():
        raise CancelledError
    join = None if first_alone else _on_helper(helper)
    try:
        index: int | None = 0
        while index is not None:
            total = run(index)
            if total:
                reported[0] = total
                after(index, total)
            if join is None:
                join = _on_helper(helper)
            index = take()
    finally:
        with lock:
            failures.setdefault(len(spans), CancelledError())  # the helper takes no more
        if join is not None:
            join()
    failures.pop(len(spans))
    if failures:
        raise failures[min(failures)]
    if reported[0] < done[0]:  # the helper finished last
        after(len(spans), done[0])


def _on_helper(task: Callable[[], T]) -> Callable[[], T]:
    """Start `task` on the engine's helper thread; the call returned waits for its result.

    If the helper has not started it by then (busy with another caller's work, or this is
    the helper thread itself), the task runs on the waiting thread instead.
    """
    future = kernel.helper_thread().submit(task)

    def result() -> T:
        return task() if future.cancel() else future.result()

    return result


def _simulate_chunk(batch: ScenarioBatch, part: dict[str, np.ndarray]) -> np.ndarray:
    """Fill `part` (strategy -> [months, samples]) with the chunk's cumulative costs.

    Returns each sample's cheapest strategy. A batch of one (nothing is uncertain) fills
    every sample with the plain run. What would be refused in a single run (a figure too
    large to show) is refused here too, by the general engine's own checks and message.
    """
    into = part
    if batch.size == 1:
        into = {key: np.empty((by_month.shape[0], 1)) for key, by_month in part.items()}
    totals = simulate_cumulative(batch, into)
    total_cost = {key: by_month[-1] for key, by_month in into.items()}
    for key, total in total_cost.items():
        if not float(np.max(total)) < LIMIT:
            check_shown(simulate(batch))  # raises, naming the inputs
        check_per_query(batch, key, cost_per_1k_queries(total, totals.total_queries))
    if into is not part:
        for key, by_month in part.items():
            by_month[:] = into[key]
    return cheapest_of(total_cost, totals.feasible)


def _first(cumulative: dict[str, np.ndarray], count: int) -> dict[str, np.ndarray]:
    """A copy of the first `count` samples (the percentiles reorder what they are given)."""
    return {key: by_month[:, :count].copy() for key, by_month in cumulative.items()}


def _summarise(
    samples: int, seed: int, cumulative: dict[str, np.ndarray], cheapest: np.ndarray
) -> UncertaintyResult:
    means = {}
    for key, by_month in cumulative.items():
        total = by_month[-1]  # before the percentiles reorder it
        means[key] = total[0] if total.min() == total.max() else total.mean()  # exact if constant
    found = _percentiles(cumulative, two=samples >= PARALLEL_FROM)
    bands = {}
    totals = {}
    for key, levels in found.items():
        bands[key] = dict(zip(PERCENTILES, levels, strict=True))
        totals[key] = {"mean": float(means[key])} | {
            name: float(level[-1]) for name, level in zip(PERCENTILES, levels, strict=True)
        }
    # A sample with no feasible strategy (NONE_FEASIBLE, -1) counts for none of them.
    counts = np.bincount(cheapest[cheapest >= 0], minlength=len(TIE_ORDER))
    shares = {key: float(counts[index]) / samples for index, key in enumerate(TIE_ORDER)}
    return UncertaintyResult(
        samples=samples,
        seed=seed,
        cumulative=bands,
        total_cost=totals,
        probability_cheapest={key: shares[key] for key in cumulative},
    )


def _percentiles(cumulative: dict[str, np.ndarray], two: bool) -> dict[str, np.ndarray]:
    """Each strategy's P10, P50, P90 per month ([3, months]); reorders `cumulative`.

    With `two`, the later half of the months is done on the helper thread: each month's
    percentiles come from its own samples only, so the same numbers either way.
    """
    levels = list(PERCENTILES.values())

    def of(rows: slice) -> dict[str, np.ndarray]:
        return {key: percentiles(by_month[rows], levels) for key, by_month in cumulative.items()}

    months = next(iter(cumulative.values())).shape[0]
    if not two or months < 2:
        return of(slice(None))
    half = months // 2
    later = _on_helper(lambda: of(slice(half, None)))
    earlier = of(slice(None, half))
    after = later()
    return {key: np.concatenate([earlier[key], after[key]], axis=1) for key in earlier}
