"""The engine against the plain per-month oracle, and the invariants every result keeps."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from reference_model import reference_simulate
from strategies import RANGES, scenarios

from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import COMPONENTS, simulate, simulate_scenario
from desktop_app.core.model.fields import value_at, with_values
from desktop_app.core.model.scenario import Scenario

SERIES = (
    *COMPONENTS,
    "total",
    "cumulative",
    "hours",
    "trainings",
    "staleness_pct",
    "replicas",
    "wrong_answer_count",
)


def monthly(result, key: str, series: str, row: int = 0) -> np.ndarray:
    months = result.strategies[key]
    array = months.components.get(series)
    return (getattr(months, series) if array is None else array)[row]


@given(scenarios())
def test_engine_equals_the_plain_per_month_oracle(scenario: Scenario) -> None:
    reference = reference_simulate(scenario.model_dump())
    result = simulate_scenario(scenario)
    assert list(result.strategies) == list(reference["strategies"])
    for key in scenario.strategies:
        expected = reference["strategies"][key]
        for series in SERIES:
            assert monthly(result, key, series) == pytest.approx(
                expected["monthly"][series], rel=1e-9, abs=1e-9
            ), f"{key}.{series}"
        for name, value in expected["summary"].items():
            got = float(result.summary.strategies[key][name][0])
            if name == "exceeds_context_from_month":
                assert got == (value or 0), key
            elif value is None:
                assert np.isnan(got), f"{key}.{name}"
            else:
                assert got == pytest.approx(value, rel=1e-9, abs=1e-9), f"{key}.{name}"
    # Break-even and cheapest compare totals; where two totals tie to rounding noise either
    # answer is right, so only clear cases are compared exactly.
    totals = [
        *sorted(
            expected_total["summary"]["total_cost"]
            for expected_total in reference["strategies"].values()
            if expected_total["summary"]["exceeds_context_from_month"] is None
        ),
        np.inf,
        np.inf,
    ]
    if totals[1] - totals[0] > 1e-6 * max(1.0, totals[0]):
        assert result.summary.cheapest_key() == reference["cheapest"]
    assert set(result.summary.break_even) == set(reference["break_even"])


@given(scenarios())
def test_components_sum_to_total_and_cumulative_never_falls(scenario: Scenario) -> None:
    result = simulate_scenario(scenario)
    for key in scenario.strategies:
        months = result.strategies[key]
        parts = sum(months.components[name] for name in COMPONENTS)
        np.testing.assert_allclose(months.total, parts, rtol=1e-12)
        np.testing.assert_allclose(months.cumulative, np.cumsum(months.total, axis=1), rtol=1e-12)
        assert (months.total >= 0).all()
        assert (np.diff(months.cumulative, axis=1) >= 0).all()
        assert (months.staleness_pct >= 0).all() and (months.staleness_pct <= 100).all()


@given(scenarios(), st.floats(1.0, 100.0))
def test_more_queries_never_cost_less(scenario: Scenario, factor: float) -> None:
    queries = scenario.workload.queries_per_month
    more = min(queries * factor + 1, RANGES["workload.queries_per_month"][1] * 100)
    result = simulate(ScenarioBatch.of(scenario, {"workload.queries_per_month": [queries, more]}))
    for key in scenario.strategies:
        fewer_months, more_months = result.strategies[key].total
        assert (more_months >= fewer_months * (1 - 1e-12)).all(), key


@given(
    scenarios(max_horizon=24),
    st.lists(st.just(0.0) | st.floats(1e-3, 1e6), min_size=2, max_size=5),
)
def test_batch_row_i_equals_the_single_run_of_variant_i(scenario: Scenario, queries) -> None:
    corpus = [value * 10 for value in queries]
    batch = ScenarioBatch.of(
        scenario,
        {"workload.queries_per_month": queries, "knowledge.corpus_tokens": corpus},
    )
    result = simulate(batch)
    for row, (q, c) in enumerate(zip(queries, corpus, strict=True)):
        single = simulate_scenario(
            with_values(scenario, {"workload.queries_per_month": q, "knowledge.corpus_tokens": c})
        )
        for key in scenario.strategies:
            for series in SERIES:
                np.testing.assert_array_equal(
                    monthly(result, key, series, row), monthly(single, key, series)
                )
            for pair, months in result.summary.break_even.items():
                assert months[row] == single.summary.break_even[pair][0]
        assert result.summary.cheapest[row] == single.summary.cheapest[0]


def test_batch_of_whole_scenarios_keeps_each_scenario_apart() -> None:
    cheap = Scenario.model_validate({"base_model": {"cached_input_per_1m": None}})
    dear = Scenario.model_validate({"workload": {"queries_per_month": 9e6}})
    result = simulate(ScenarioBatch.of_scenarios([cheap, dear]))
    for row, scenario in enumerate((cheap, dear)):
        single = simulate_scenario(scenario)
        for key in scenario.strategies:
            np.testing.assert_array_equal(
                result.strategies[key].cumulative[row], single.strategies[key].cumulative[0]
            )


def test_batch_refuses_values_outside_an_inputs_range() -> None:
    with pytest.raises(ValueError, match=r"workload.queries_per_month: must be >= 0, got -1"):
        ScenarioBatch.of(Scenario(), {"workload.queries_per_month": [5, -1]})
    with pytest.raises(KeyError, match="not numeric inputs"):
        ScenarioBatch.of(Scenario(), {"workload.querys": [5]})


def test_batch_rounds_whole_number_inputs() -> None:
    batch = ScenarioBatch.of(Scenario(), {"fine_tuning.retrain_every_months": [2.4, 3.6]})
    assert batch.values["fine_tuning.retrain_every_months"].tolist() == [2.0, 4.0]
    assert value_at(Scenario(), "fine_tuning.retrain_every_months") == 3
