"""A large batch computes half of its strategies on a second thread: the same numbers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import RANGES, scenarios

from desktop_app.core.engine import kernel
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import BatchResult, simulate
from desktop_app.core.model.scenario import Scenario

VARIANTS = 40
VARIED = ("workload.queries_per_month", "knowledge.corpus_tokens", "effort.hours_per_retrain")


def arrays(result: BatchResult) -> dict[str, np.ndarray]:
    """Every array of a result, by name."""
    found = {"queries": result.queries, "cheapest": result.summary.cheapest}
    for key, months in result.strategies.items():
        for name, array in months.components.items():
            found[f"{key}.{name}"] = array
        for name in ("hours", "trainings", "staleness_pct", "replicas", "total", "cumulative"):
            found[f"{key}.{name}"] = getattr(months, name)
        found[f"{key}.wrong_answer_count"] = months.wrong_answer_count
        for name, figure in result.summary.strategies[key].items():
            found[f"summary.{key}.{name}"] = figure
    for name, months in result.summary.break_even.items():
        found[f"break_even.{name}"] = months
    return found


def run(batch: ScenarioBatch, parallel_from: int, monkeypatch: pytest.MonkeyPatch) -> BatchResult:
    with monkeypatch.context() as patch:
        patch.setattr(kernel, "PARALLEL_FROM", parallel_from)
        return simulate(batch)


@settings(max_examples=40, deadline=None)
@given(scenario=scenarios(), seed=st.integers(0, 2**32 - 1))
def test_two_threads_give_the_same_bits_as_one(scenario: Scenario, seed: int) -> None:
    rng = np.random.default_rng(seed)
    overrides = {path: rng.uniform(*RANGES[path], VARIANTS) for path in VARIED}
    batch = ScenarioBatch.of(scenario, overrides)
    with pytest.MonkeyPatch.context() as monkeypatch:
        alone = arrays(run(batch, VARIANTS + 1, monkeypatch))  # below the threshold: one thread
        beside = arrays(run(batch, VARIANTS, monkeypatch))  # at it: two threads
    assert list(beside) == list(alone)
    for name, array in alone.items():
        # bit for bit (NaN where NaN): the same operations in the same order on each thread
        assert np.array_equal(beside[name], array, equal_nan=True), name
        assert np.asarray(beside[name]).tobytes() == np.asarray(array).tobytes(), name


def test_the_second_thread_is_used_for_a_large_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    threads = []
    real = kernel._strategy

    def spy(s, key, shared):
        import threading

        threads.append((key, threading.current_thread().name))
        return real(s, key, shared)

    monkeypatch.setattr(kernel, "_strategy", spy)
    scenario = Scenario.model_validate(
        {
            "format": "embed-or-tune/scenario",
            "schema_version": 2,
            "strategies": ["embeddings", "fine_tuning", "hybrid", "long_context"],
        }
    )
    batch = ScenarioBatch.of(scenario, {"workload.queries_per_month": np.linspace(1, 9, 5)})
    run(batch, 5, monkeypatch)
    names = dict(threads)
    # the retrieval strategies share one thread (and their retrieval part); the others go beside
    assert names["embeddings"] == names["hybrid"]
    assert names["fine_tuning"] == names["long_context"] != names["embeddings"]
    threads.clear()
    run(batch, 6, monkeypatch)
    assert len({name for _, name in threads}) == 1


@pytest.mark.parametrize("failing", ["embeddings", "long_context", "fine_tuning"])
def test_a_strategy_that_fails_on_either_thread_raises_its_error(
    failing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The caller gets the error; it does not wait for the failed strategy's break-even pairs."""
    real = kernel._strategy

    def broken(s, key, shared):
        if key == failing:
            raise ValueError(f"{key} failed")
        return real(s, key, shared)

    monkeypatch.setattr(kernel, "_strategy", broken)
    scenario = Scenario.model_validate(
        {
            "format": "embed-or-tune/scenario",
            "schema_version": 2,
            "strategies": ["embeddings", "fine_tuning", "hybrid", "long_context"],
        }
    )
    batch = ScenarioBatch.of(scenario, {"workload.queries_per_month": np.linspace(1, 9, 5)})
    with pytest.raises(ValueError, match=f"{failing} failed"):
        run(batch, 5, monkeypatch)
    monkeypatch.setattr(kernel, "_strategy", real)
    assert run(batch, 5, monkeypatch).summary.break_even  # the helper thread still works
