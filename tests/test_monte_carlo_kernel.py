"""The Monte Carlo kernel and exact percentiles give what the general engine gives.

The reference here is the Monte Carlo as it was written first: the general engine
(`engine.simulate`) on all the draws at once, `np.percentile` on every month, the summary's
cheapest strategy. The kernel (`engine.simulate_cumulative`, chunks, `percentiles`) must give
the same numbers exactly, on random version-2 scenarios with events and dedicated serving.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import RANGES, scenarios

from desktop_app.core.analyses import monte_carlo
from desktop_app.core.analyses.monte_carlo import PERCENTILES, run_monte_carlo
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import simulate
from desktop_app.core.engine.overflow import ResultTooLargeError, check_shown
from desktop_app.core.engine.percentiles import order_statistics, percentiles
from desktop_app.core.engine.sampling import draw_all
from desktop_app.core.engine.summary import TIE_ORDER
from desktop_app.core.model.fields import uncertain_paths, value_at
from desktop_app.core.model.scenario import Scenario


def reference_document(scenario: Scenario, samples: int, seed: int) -> dict[str, object]:
    """The uncertainty object from the general engine and np.percentile."""
    draws = draw_all(scenario, samples, seed)
    result = simulate(ScenarioBatch.of(scenario, draws))
    check_shown(result)  # the rule of every shown run: a cost per 1,000 queries below LIMIT
    levels = list(PERCENTILES.values())
    cumulative, total_cost = {}, {}
    for key in scenario.strategies:
        shape = (samples, scenario.horizon_months)
        by_month = np.ascontiguousarray(np.broadcast_to(result.strategies[key].cumulative, shape).T)
        bands = np.percentile(by_month, levels, axis=1)
        cumulative[key] = {
            name: band.tolist() for name, band in zip(PERCENTILES, bands, strict=True)
        }
        total = by_month[-1]
        mean = total[0] if total.min() == total.max() else total.mean()
        ends = np.percentile(total, levels)
        total_cost[key] = {"mean": float(mean)} | {
            name: float(end) for name, end in zip(PERCENTILES, ends, strict=True)
        }
    cheapest = np.broadcast_to(result.summary.cheapest, (samples,))
    counts = np.bincount(cheapest[cheapest >= 0], minlength=len(TIE_ORDER))
    shares = {key: float(counts[i]) / samples for i, key in enumerate(TIE_ORDER)}
    return {
        "samples": samples,
        "seed": seed,
        "cumulative": cumulative,
        "total_cost": total_cost,
        "probability_cheapest": {key: shares[key] for key in scenario.strategies},
    }


VARIABLE = sorted(set(RANGES) & set(uncertain_paths()))


@st.composite
def uncertain_scenarios(draw: st.DrawFn) -> Scenario:
    """A random version-2 scenario with one to four ranges around its own values."""
    scenario = draw(scenarios(max_horizon=60))
    entries = []  # sometimes a range down to a vanishing query volume, which is refused
    for path in draw(st.lists(st.sampled_from(VARIABLE), min_size=1, max_size=4, unique=True)):
        low, high = RANGES[path]
        value = value_at(scenario, path)
        entries.append(
            {
                "field": path,
                "low": draw(st.floats(low, value)),
                "high": draw(st.floats(value, high)),
                "distribution": draw(st.sampled_from(["triangular", "uniform", "pert"])),
            }
        )
    return Scenario.model_validate(scenario.model_dump() | {"uncertainty": entries})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    uncertain_scenarios(),
    st.integers(1, 400),
    st.integers(0, 2**32 - 1),
    st.sampled_from([1, 7, 64, 2000]),
)
def test_the_kernel_gives_the_general_engines_numbers(scenario, samples, seed, chunk) -> None:
    try:
        expected = reference_document(scenario, samples, seed)
    except ResultTooLargeError:
        expected = None  # a vanishing query volume: refused by both, never shown
    original = monte_carlo.CHUNK
    monte_carlo.CHUNK = chunk
    try:
        if expected is None:
            with pytest.raises(ResultTooLargeError, match="too large to show"):
                run_monte_carlo(scenario, samples, seed)
        else:
            assert run_monte_carlo(scenario, samples, seed).document() == expected
    finally:
        monte_carlo.CHUNK = original


def test_a_scenario_with_nothing_uncertain_repeats_the_plain_run() -> None:
    scenario = load_example("support-chatbot").model_copy(update={"uncertainty": ()})
    assert run_monte_carlo(scenario, 5, 1).document() == reference_document(scenario, 5, 1)


@pytest.mark.parametrize("count", [1, 2, 3, 10, 11, 999, 1000, 1001, 2500])
@pytest.mark.parametrize("kind", ["spread", "ties", "constant"])
def test_percentiles_by_selection_equal_np_percentile(count: int, kind: str) -> None:
    rng = np.random.default_rng(count)
    rows = rng.lognormal(size=(5, count)) * 10.0 ** rng.uniform(-3, 9, size=(5, 1))
    if kind == "ties":
        rows = np.round(rows / rows.mean())
    if kind == "constant":
        rows[:] = rows[:, :1]
    for levels in ([10.0, 50.0, 90.0], [0.0, 0.5, 33.3, 50.0, 99.9, 100.0]):
        expected = np.percentile(rows, levels, axis=1)
        assert np.array_equal(percentiles(rows.copy(), levels), expected)


def test_order_statistics_by_hand() -> None:
    rows = np.array([[5.0, 1.0, 4.0, 2.0, 3.0], [0.5, 0.5, 9.0, -1.0, 2.0]])
    found = order_statistics(rows, [0, 1, 3, 4])
    assert found[0].tolist() == [1.0, -1.0]
    assert found[1].tolist() == [2.0, 0.5]
    assert found[3].tolist() == [4.0, 2.0]
    assert found[4].tolist() == [5.0, 9.0]


def test_a_vanishing_query_volume_is_refused_like_a_single_run() -> None:
    # found by hypothesis: queries drawn in [0, 8.1e-182] give a finite total but a cost per
    # 1,000 queries of ~1e184, which no shown run may give; the reference refused it only at inf
    data = load_example("support-chatbot").model_dump()
    data |= {"strategies": ["embeddings", "fine_tuning"], "horizon_months": 1, "events": []}
    data["workload"]["queries_per_month"] = 8.1e-182
    data["uncertainty"] = [
        {
            "field": "workload.queries_per_month",
            "low": 0.0,
            "high": 8.1e-182,
            "distribution": "uniform",
        }
    ]
    scenario = Scenario.model_validate(data)
    with pytest.raises(ResultTooLargeError, match="cost per 1,000 queries"):
        reference_document(scenario, 1, 0)
    with pytest.raises(ResultTooLargeError, match="cost per 1,000 queries"):
        run_monte_carlo(scenario, 1, 0)
