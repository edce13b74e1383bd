"""The break-even finder: the value of one input at which two strategies cost the same.

"Fine-tuning pays off above 2.3M queries/month." Found on the batch engine: a grid over the
range finds where the difference of the two totals changes sign, then each bracket is
narrowed by finer grids (all brackets of all pairs in one batch per round), and the last
bracket is interpolated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from desktop_app.core.batch import ScenarioBatch
from desktop_app.core.decision_map import axis
from desktop_app.core.engine import simulate
from desktop_app.core.fields import did_you_mean, numeric_field, uncertain_paths, value_at
from desktop_app.core.scenario import Scenario
from desktop_app.core.summary import BREAK_EVEN_PAIRS, compared_pairs

GRID = 129
REFINE_POINTS = 33
ROUNDS = 4
KEY_INPUTS = (
    "workload.queries_per_month",
    "workload.monthly_growth_pct",
    "knowledge.corpus_tokens",
    "knowledge.changed_pct_per_month",
    "effort.hourly_rate",
    "fine_tuned_model.training_per_1m",
)
"""The inputs whose break-even values the app lists by default."""
DEFAULT_SPAN = 100.0
"""Without a range, search from a hundredth to a hundred times the scenario's value."""


@dataclass(frozen=True)
class Crossing:
    """Where the totals of `pair` ("a_vs_b") are equal; which one is cheaper above it."""

    pair: str
    value: float
    cheaper_above: str
    cheaper_below: str

    def document(self) -> dict[str, object]:
        """As printed by `embed-or-tune breakeven --json`."""
        return {
            "pair": self.pair,
            "value": self.value,
            "cheaper_above": self.cheaper_above,
            "cheaper_below": self.cheaper_below,
        }


def default_range(scenario: Scenario, field: str) -> tuple[float, float]:
    """A hundredth to a hundred times the current value, inside the input's valid range."""
    value = value_at(scenario, field)
    definition = numeric_field(field)
    if not value:
        raise ValueError(f"{field} is 0 or empty here: give the range to search (--between A B)")
    low = definition.clip(float(value) / DEFAULT_SPAN)
    high = definition.clip(float(value) * DEFAULT_SPAN)
    return min(low, high), max(low, high)


def _totals(scenario: Scenario, field: str, values: np.ndarray) -> dict[str, np.ndarray]:
    """Each compared strategy's total at each value.

    NaN where it is not feasible there, so no crossing is found with a strategy that cannot run.
    """
    result = simulate(ScenarioBatch.of(scenario, {field: values}))
    return {
        key: np.where(result.strategies[key].feasible, figures["total_cost"], np.nan)
        for key, figures in result.summary.strategies.items()
    }


def _brackets(values: np.ndarray, difference: np.ndarray) -> list[int]:
    """Indices i where the difference is 0 at i, or changes sign between i and i + 1."""
    sign = np.sign(difference)
    changes = np.nonzero(sign[:-1] * sign[1:] < 0)[0].tolist()
    zeros = np.nonzero(sign == 0)[0]
    touching = [int(i) for i in zeros if 0 < i < len(values) - 1 and sign[i - 1] != sign[i + 1]]
    return sorted(set(changes) | set(touching))


def find_break_even(
    scenario: Scenario, field: str, between: tuple[float, float] | None = None
) -> list[Crossing]:
    """Every value in the range where two strategies' totals cross, lowest first."""
    if field not in uncertain_paths():
        hint = did_you_mean(field, uncertain_paths())
        raise ValueError(f"{field}: not a numeric input that can vary{hint}")
    low, high = between or default_range(scenario, field)
    grid = axis(field, low, high, GRID)
    values = grid.values
    totals = _totals(scenario, field, values)
    brackets: list[tuple[str, float, float]] = []
    for pair, (a, b) in compared_pairs(scenario.strategies).items():
        difference = totals[a] - totals[b]
        for index in _brackets(values, difference):
            if difference[index] == 0:
                brackets.append((pair, values[index], values[index]))
            else:
                brackets.append((pair, values[index], values[index + 1]))
    integer = numeric_field(field).integer
    for _ in range(ROUNDS):
        open_ones = [
            i for i, (_, lo, hi) in enumerate(brackets) if lo != hi and hi - lo > 1e-12 * abs(hi)
        ]
        if integer:
            open_ones = [i for i in open_ones if brackets[i][2] - brackets[i][1] > 1]
        if not open_ones:
            break
        points = np.concatenate(
            [np.linspace(brackets[i][1], brackets[i][2], REFINE_POINTS) for i in open_ones]
        )
        fine = _totals(scenario, field, points)
        for slot, i in enumerate(open_ones):
            pair, _, _ = brackets[i]
            a, b = BREAK_EVEN_PAIRS[pair]
            part = slice(slot * REFINE_POINTS, (slot + 1) * REFINE_POINTS)
            xs, difference = points[part], (fine[a] - fine[b])[part]
            inside = _brackets(xs, difference) or [0]
            k = inside[0]
            brackets[i] = (pair, xs[k], xs[k] if difference[k] == 0 else xs[k + 1])
    return sorted(
        (_crossing(scenario, field, pair, lo, hi) for pair, lo, hi in brackets),
        key=lambda crossing: (crossing.value, crossing.pair),
    )


def _crossing(scenario: Scenario, field: str, pair: str, low: float, high: float) -> Crossing:
    a, b = BREAK_EVEN_PAIRS[pair]
    ends = np.array([low, high]) if low != high else np.array([low])
    width = max(abs(high - low), 1e-9 * max(1.0, abs(high)))
    probes = np.concatenate([ends, [low - width, high + width]])
    probes = np.array([numeric_field(field).clip(v) for v in probes])
    totals = _totals(scenario, field, probes)
    difference = totals[a] - totals[b]
    if low != high and difference[0] != difference[1]:  # straight line through the bracket
        value = low - difference[0] * (high - low) / (difference[1] - difference[0])
    else:
        value = low
    above = difference[-1]
    cheaper_above, cheaper_below = (a, b) if above < 0 else (b, a)
    return Crossing(pair, float(value), cheaper_above, cheaper_below)


def key_crossings(
    scenario: Scenario, inputs: Iterable[str] = KEY_INPUTS
) -> dict[str, list[Crossing]]:
    """Break-even points along each input (an input at 0 or empty is skipped)."""
    return {path: find_break_even(scenario, path) for path in inputs if value_at(scenario, path)}
