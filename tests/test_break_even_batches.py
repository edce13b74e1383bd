"""The break-even finder searches every input in a few shared batches, with the same results."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import scenarios

from desktop_app.core.analyses import break_even_finder
from desktop_app.core.analyses.break_even_finder import ROUNDS, find_break_even, key_crossings
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.kernel import simulate
from desktop_app.core.engine.overflow import ResultTooLargeError

INPUTS = (*break_even_finder.KEY_INPUTS, "effort.incidents_per_month", "retrieval.top_k")
"""The default inputs, a group of per-strategy inputs and a whole-number input."""


def counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the engine's batches the finder runs (and their sizes)."""
    sizes: list[int] = []

    def counted(batch):
        sizes.append(batch.size)
        return simulate(batch)

    monkeypatch.setattr(break_even_finder, "simulate", counted)
    return sizes


def test_every_input_shares_a_few_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    scenario = load_example("support-chatbot").model_copy(update={"uncertainty": ()})
    sizes = counting(monkeypatch)
    found = key_crossings(scenario, INPUTS)
    assert any(found.values())
    assert 2 <= len(sizes) <= ROUNDS + 2  # grids, refining rounds, the brackets' ends
    assert sizes[0] == sum(
        len(
            break_even_finder.axis(
                p, *break_even_finder.default_range(scenario, p), break_even_finder.GRID
            ).values
        )
        for p in found
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_horizon=48))
def test_searching_together_finds_what_each_search_alone_finds(scenario) -> None:
    try:
        alone = {
            path: find_break_even(scenario, path)
            for path in INPUTS
            if break_even_finder.value_at(scenario, path)
        }
    except (ResultTooLargeError, ValueError):
        return  # a sweep far from the scenario's values can overflow; tested elsewhere
    assert key_crossings(scenario, INPUTS) == alone
