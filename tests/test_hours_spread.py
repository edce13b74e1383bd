"""hours[m] made for months 0 and 1 and spread to the rest: the same bits as every month.

`kernel._Month.hours` evaluates MODEL.md's hours line for month 0 and month 1 only when no
input of it is a row per month (months 1, 2, ... then differ in nothing) and copies month
1's column to the later months; retraining and event hours are added per month after.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import scenarios

from desktop_app.core.engine import kernel
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.model.events import event_hours
from desktop_app.core.model.scenario import STRATEGY_KEYS, Scenario

VARIED = (
    "effort.setup_hours",
    "effort.monitoring_hours_per_month",
    "knowledge.updates_per_month",
    "effort.hours_per_retrain",
)


def every_month(s: kernel._Month, strategy: str, trainings) -> np.ndarray:
    """MODEL.md's hours line over every month, in the engine's order of operations."""
    e = s.p.effort
    hours = (
        s.first * getattr(e.setup_hours, strategy)
        + getattr(e.monitoring_hours_per_month, strategy)
        + getattr(e.incidents_per_month, strategy) * getattr(e.hours_per_incident, strategy)
    )
    if strategy != "fine_tuning":
        hours = hours + s.p.knowledge.updates_per_month * e.hours_per_content_update
    if strategy in kernel.TUNED:
        hours = e.hours_per_retrain * (trainings - s.first) + hours
    one_off = np.zeros((1, s.shape[1]))
    for month, value in event_hours(s.scenario, strategy).items():
        one_off[0, month] += value
    return hours + one_off if event_hours(s.scenario, strategy) else hours


@settings(max_examples=60, deadline=None)
@given(
    scenario=scenarios(),
    strategy=st.sampled_from(STRATEGY_KEYS),
    varied=st.lists(st.sampled_from(VARIED), unique=True),
    as_rows=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_hours_spread_from_month_one_equal_every_month(
    scenario: Scenario, strategy: str, varied, as_rows: bool, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    per_strategy = ("effort.setup_hours", "effort.monitoring_hours_per_month")
    overrides = {
        f"{path}.{strategy}" if path in per_strategy else path: rng.uniform(0, 200, 5)
        for path in varied
    }
    s = kernel._Month(ScenarioBatch.of(scenario, overrides))
    if as_rows:  # an input per month (no event sets one today): made for every month
        s.p.effort.monitoring_hours_per_month.__setattr__(
            strategy, rng.uniform(0, 50, (1, s.shape[1]))
        )
    trainings = rng.integers(0, 3, (1, s.shape[1])).astype(float)
    got = s.hours(strategy, trainings)
    expected = every_month(s, strategy, trainings)
    assert got.shape[1] == s.shape[1]
    spread = np.broadcast_to(got, np.broadcast_shapes(got.shape, expected.shape))
    assert spread.tobytes() == np.broadcast_to(expected, spread.shape).tobytes()
