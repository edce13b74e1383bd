"""Monte Carlo over the uncertain inputs (MODEL.md, "Uncertainty"): one batch of samples.

The samples are simulated in chunks, so that a run of 100,000 keeps only what the result
needs (each strategy's cumulative cost per sample and month) and never the engine's whole
working set at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import simulate, simulate_cumulative
from desktop_app.core.engine.overflow import LIMIT, check_per_query, check_shown
from desktop_app.core.engine.percentiles import percentiles
from desktop_app.core.engine.sampling import draw_all
from desktop_app.core.engine.summary import TIE_ORDER, cheapest_of, cost_per_1k_queries
from desktop_app.core.model.scenario import Scenario

PERCENTILES = {"p10": 10.0, "p50": 50.0, "p90": 90.0}
CHUNK = 2_000
FIRST_PART = 1_000
"""Samples of the first chunk when a first band is asked for (`first_part`): one soon."""
DEFAULT_SEED = 0

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
    # Where each chunk starts: the chunks' sizes change no figure, only how soon one is ready.
    first = FIRST_PART if first_part is not None else CHUNK
    for start in [0, *range(first, samples, CHUNK)]:
        if cancelled is not None and cancelled():
            raise CancelledError
        stop = min(samples, start + (first if start == 0 else CHUNK))
        if draws:
            batch = ScenarioBatch.of(scenario, {path: v[start:stop] for path, v in draws.items()})
        else:  # nothing is uncertain: every sample is the plain run
            batch = ScenarioBatch.of(scenario)
        part: dict[str, np.ndarray] = {key: cumulative[key][:, start:stop] for key in compared}
        cheapest[start:stop] = _simulate_chunk(batch, part)
        del batch, part  # the next chunk is built without this one's arrays
        if progress is not None:
            progress(stop, samples)
        if first_part is not None and start == 0 and stop < samples:
            first_part(_summarise(stop, seed, _first(cumulative, stop), cheapest[:stop]))
    return _summarise(samples, seed, cumulative, cheapest)


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
    bands = {}
    totals = {}
    for key, by_month in cumulative.items():
        total = by_month[-1]
        mean = total[0] if total.min() == total.max() else total.mean()  # exact when constant
        levels = percentiles(by_month, list(PERCENTILES.values()))  # reorders by_month
        bands[key] = dict(zip(PERCENTILES, levels, strict=True))
        totals[key] = {"mean": float(mean)} | {
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
