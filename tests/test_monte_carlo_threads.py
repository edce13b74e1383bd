"""A large Monte Carlo run simulates its chunks on two threads: the same bytes as one by one."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_monte_carlo_kernel import uncertain_scenarios

from desktop_app.core.analyses import monte_carlo
from desktop_app.core.analyses.monte_carlo import UncertaintyResult, run_monte_carlo
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine import kernel
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.overflow import ResultTooLargeError
from desktop_app.core.model.scenario import Scenario

ONE_THREAD = 10**12  # monte_carlo.PARALLEL_FROM that no run reaches


def run(
    scenario: Scenario,
    samples: int,
    seed: int,
    parallel_from: int,
    chunk: int,
    first: list[UncertaintyResult] | None = None,
) -> UncertaintyResult | str:
    """The result, or the error line of a refused run."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(monte_carlo, "PARALLEL_FROM", parallel_from)
        # Chunks large enough for the engine's own two threads: inside a chunk it must not
        # wait for the helper, which may be running the other chunk (or be this thread).
        patch.setattr(kernel, "PARALLEL_FROM", 2)
        patch.setattr(monte_carlo, "CHUNK", chunk)
        patch.setattr(monte_carlo, "FIRST_PART", chunk)
        try:
            return run_monte_carlo(
                scenario, samples, seed, first_part=None if first is None else first.append
            )
        except (ResultTooLargeError, ValueError) as error:
            return f"{type(error).__name__}: {error}"


def as_bytes(result: UncertaintyResult | str) -> object:
    """Every figure of a result as bytes (an error line as it is)."""
    if isinstance(result, str):
        return result
    return (
        result.samples,
        result.seed,
        {
            key: {name: band.tobytes() for name, band in bands.items()}
            for key, bands in result.cumulative.items()
        },
        {
            key: {name: np.float64(value).tobytes() for name, value in figures.items()}
            for key, figures in result.total_cost.items()
        },
        {key: np.float64(share).tobytes() for key, share in result.probability_cheapest.items()},
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    uncertain_scenarios(),
    st.integers(2, 300),
    st.integers(0, 2**32 - 1),
    st.sampled_from([1, 3, 16, 64]),
)
def test_two_threads_give_the_same_bytes_as_one(scenario, samples, seed, chunk) -> None:
    first_alone: list[UncertaintyResult] = []
    first_beside: list[UncertaintyResult] = []
    alone = run(scenario, samples, seed, ONE_THREAD, chunk, first_alone)
    beside = run(scenario, samples, seed, 1, chunk, first_beside)
    assert as_bytes(beside) == as_bytes(alone)
    assert [as_bytes(r) for r in first_beside] == [as_bytes(r) for r in first_alone]
    assert as_bytes(run(scenario, samples, seed, 1, chunk)) == as_bytes(alone)


def test_the_helper_thread_simulates_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caller's first chunk waits until the helper has one: both threads take chunks."""
    helper_started = threading.Event()
    threads: list[str] = []
    real = monte_carlo._simulate_chunk

    def spy(batch, part):
        here = threading.current_thread()
        threads.append(here.name)
        if here is threading.main_thread():
            assert helper_started.wait(30), "the helper thread took no chunk"
        else:
            helper_started.set()
        return real(batch, part)

    monkeypatch.setattr(monte_carlo, "_simulate_chunk", spy)
    monkeypatch.setattr(monte_carlo, "PARALLEL_FROM", 10)
    monkeypatch.setattr(monte_carlo, "CHUNK", 5)
    scenario = load_example("support-chatbot")
    result = run_monte_carlo(scenario, 40, 3)
    assert len(threads) == 8 and "MainThread" in threads
    assert any(name.startswith("engine") for name in threads)
    monkeypatch.setattr(monte_carlo, "_simulate_chunk", real)
    monkeypatch.setattr(monte_carlo, "PARALLEL_FROM", ONE_THREAD)
    assert as_bytes(result) == as_bytes(run_monte_carlo(scenario, 40, 3))


def test_the_earliest_failing_chunk_gives_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """As one by one: the error is the earliest failing chunk's, whichever thread ends first."""
    real = monte_carlo._simulate_chunk
    seen: list[int] = []

    def failing(batch, part):
        first = int(batch.values["workload.queries_per_month"][0])
        seen.append(first)
        if first >= 20:
            raise ValueError(f"chunk from {first}")
        return real(batch, part)

    monkeypatch.setattr(monte_carlo, "_simulate_chunk", failing)
    monkeypatch.setattr(monte_carlo, "PARALLEL_FROM", 1)
    monkeypatch.setattr(monte_carlo, "CHUNK", 5)
    monkeypatch.setattr(
        monte_carlo,
        "draw_all",
        lambda scenario, count, seed: {"workload.queries_per_month": np.arange(count, dtype=float)},
    )
    with pytest.raises(ValueError, match=r"chunk from 20$"):
        run_monte_carlo(load_example("support-chatbot"), 60, 0)
    assert {0, 5, 10, 15, 20} <= set(seen)


def test_progress_ends_at_every_sample_and_never_goes_back(monkeypatch) -> None:
    monkeypatch.setattr(monte_carlo, "PARALLEL_FROM", 1)
    monkeypatch.setattr(monte_carlo, "CHUNK", 7)
    seen: list[tuple[int, int]] = []
    run_monte_carlo(
        load_example("support-chatbot"), 100, 1, progress=lambda *done: seen.append(done)
    )
    assert seen[-1] == (100, 100)
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})


def test_a_cancelled_run_stops_on_both_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(monte_carlo, "PARALLEL_FROM", 1)
    monkeypatch.setattr(monte_carlo, "CHUNK", 5)
    seen: list[int] = []
    with pytest.raises(monte_carlo.CancelledError):
        run_monte_carlo(
            load_example("support-chatbot"),
            1000,
            progress=lambda done, count: seen.append(done),
            cancelled=lambda: len(seen) >= 3,
        )
    assert len(seen) == 3 and seen[-1] < 1000


def test_a_batch_on_this_thread_leaves_the_helper_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    real = kernel._strategy

    def spy(s, key, shared):
        threads.append(threading.current_thread().name)
        return real(s, key, shared)

    monkeypatch.setattr(kernel, "_strategy", spy)
    monkeypatch.setattr(kernel, "PARALLEL_FROM", 5)
    scenario = load_example("support-chatbot")
    batch = ScenarioBatch.of(scenario, {"workload.queries_per_month": np.linspace(1, 9, 5)})
    with kernel.on_this_thread():
        alone = kernel.simulate(batch)
    assert set(threads) == {"MainThread"}
    threads.clear()
    beside = kernel.simulate(batch)
    assert "MainThread" in threads and len(set(threads)) == 2
    for key in scenario.strategies:
        assert beside.strategies[key].total.tobytes() == alone.strategies[key].total.tobytes()
