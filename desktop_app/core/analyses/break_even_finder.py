"""The break-even finder: the value of one input at which two strategies cost the same.

"Fine-tuning pays off above 2.3M queries/month." Found on the batch engine: a grid over the
range finds where the difference of the two totals changes sign, then each bracket is
narrowed by finer grids, and the last bracket is interpolated. Every input searched at once
(`key_crossings`) shares the batches: one for the grids, one per round for all brackets of
all pairs and inputs, one for the brackets' ends.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from desktop_app.core.analyses.decision_map import axis
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import simulate
from desktop_app.core.engine.summary import BREAK_EVEN_PAIRS, compared_pairs
from desktop_app.core.model.fields import (
    GROUP_PATHS,
    did_you_mean,
    numeric_field,
    uncertain_paths,
    value_at,
)
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.scenario import Scenario

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


STEP_SHARE = 1e-6
"""A bracket narrowed to nothing whose ends still differ by more than this share of the totals
holds a jump, not a crossing: whole units billed (a replica, a store unit) step up there."""


@dataclass(frozen=True)
class Crossing:
    """Where the totals of `pair` ("a_vs_b") are equal; which one is cheaper above it.

    `step` is the jump of the difference a − b at `value` when the totals never meet there but
    jump past each other (a replica more); 0 for a crossing where they are equal.
    """

    pair: str
    value: float
    cheaper_above: str
    cheaper_below: str
    step: float = 0.0

    def document(self) -> dict[str, object]:
        """As printed by `embed-or-tune breakeven --json`."""
        return {
            "pair": self.pair,
            "value": self.value,
            "cheaper_above": self.cheaper_above,
            "cheaper_below": self.cheaper_below,
            "step": self.step,
        }


def default_range(scenario: Scenario, field: str) -> tuple[float, float]:
    """A hundredth to a hundred times the current value, inside the input's valid range."""
    value = value_at(scenario, field)
    definition = numeric_field(field)
    if not value:
        raise ValueError(f"{field} is 0 or empty here: give the range to search (--between A B)")
    low = definition.clip(float(value) / DEFAULT_SPAN)
    high = definition.clip(float(value) * DEFAULT_SPAN)
    if not low < high:  # 5e-324 / 100 and * 100 clip to the same end of the input's range
        raise ValueError(
            f"{field} is {plain_number(float(value))} here: a hundredth to a hundred times it "
            "is not inside the input's range; give the range to search (--between A B)"
        )
    return min(low, high), max(low, high)


def _totals(
    scenario: Scenario, sweeps: list[tuple[str, np.ndarray]]
) -> list[dict[str, np.ndarray]]:
    """Each compared strategy's total at each value of each sweep (field, values): one batch.

    NaN where it is not feasible there, so no crossing is found with a strategy that cannot
    run. In the variants of one sweep, every other swept field keeps the scenario's value.
    """
    fields = {field for field, _ in sweeps}
    if len(fields) == 1:
        (field,) = fields
        overrides = {field: np.concatenate([values for _, values in sweeps])}
    else:
        size = sum(len(values) for _, values in sweeps)
        overrides = {}
        start = 0
        for field, values in sweeps:
            for leaf in GROUP_PATHS.get(field, (field,)):  # a group sweeps all its strategies
                if leaf not in overrides:
                    value = value_at(scenario, leaf)
                    overrides[leaf] = np.full(size, np.nan if value is None else float(value))
                overrides[leaf][start : start + len(values)] = values
            start += len(values)
    result = simulate(ScenarioBatch.of(scenario, overrides))
    totals = {
        key: np.where(result.strategies[key].feasible, figures["total_cost"], np.nan)
        for key, figures in result.summary.strategies.items()
    }
    parts = []
    start = 0
    for _, values in sweeps:
        part = slice(start, start + len(values))
        parts.append({key: total[part] for key, total in totals.items()})
        start += len(values)
    return parts


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
    return _find_all(scenario, [(field, low, high)])[0]


def _find_all(scenario: Scenario, searches: list[tuple[str, float, float]]) -> list[list[Crossing]]:
    """The crossings of each search (field, low, high), every search in the same few batches.

    One batch for the grids, one per refining round (all open brackets of all searches), one
    for the ends of every bracket.
    """
    fields = [field for field, _, _ in searches]
    grids = [axis(field, low, high, GRID).values for field, low, high in searches]
    brackets = _grid_brackets(scenario, fields, grids)
    _refine(scenario, fields, brackets)
    probes = [(fields[search], _probes(fields[search], lo, hi)) for search, _, lo, hi in brackets]
    ends = _totals(scenario, probes) if probes else []
    found: list[list[Crossing]] = [[] for _ in searches]
    for (search, pair, lo, hi), totals in zip(brackets, ends, strict=True):
        whole = numeric_field(fields[search]).integer
        found[search].append(_crossing(pair, lo, hi, totals, whole=whole))
    return [
        sorted(crossings, key=lambda crossing: (crossing.value, crossing.pair))
        for crossings in found
    ]


def _grid_brackets(
    scenario: Scenario, fields: list[str], grids: list[np.ndarray]
) -> list[tuple[int, str, float, float]]:
    """(search, pair, low, high) of every grid step where a pair's difference changes sign."""
    brackets: list[tuple[int, str, float, float]] = []  # (search, pair, low, high)
    pairs = compared_pairs(scenario.strategies)
    for search, (values, totals) in enumerate(
        zip(grids, _totals(scenario, list(zip(fields, grids, strict=True))), strict=True)
    ):
        for pair, (a, b) in pairs.items():
            difference = totals[a] - totals[b]
            for index in _brackets(values, difference):
                if difference[index] == 0:
                    brackets.append((search, pair, values[index], values[index]))
                else:
                    brackets.append((search, pair, values[index], values[index + 1]))
    return brackets


def _refine(
    scenario: Scenario, fields: list[str], brackets: list[tuple[int, str, float, float]]
) -> None:
    """Narrow every open bracket, all of them in one batch per round, for `ROUNDS` rounds."""
    for _ in range(ROUNDS):
        open_ones = [
            i
            for i, (search, _, lo, hi) in enumerate(brackets)
            if lo != hi
            and hi - lo > 1e-12 * abs(hi)
            and (not numeric_field(fields[search]).integer or hi - lo > 1)
        ]
        if not open_ones:
            break
        sweeps = [
            (fields[brackets[i][0]], np.linspace(brackets[i][2], brackets[i][3], REFINE_POINTS))
            for i in open_ones
        ]
        for i, (_, xs), fine in zip(open_ones, sweeps, _totals(scenario, sweeps), strict=True):
            search, pair, _, _ = brackets[i]
            a, b = BREAK_EVEN_PAIRS[pair]
            difference = fine[a] - fine[b]
            inside = _brackets(xs, difference) or [0]
            k = inside[0]
            brackets[i] = (search, pair, xs[k], xs[k] if difference[k] == 0 else xs[k + 1])


def _probes(field: str, low: float, high: float) -> np.ndarray:
    """The bracket's ends, and a point just outside each (which side is cheaper above).

    For a whole-number input the point outside is the next whole number.
    """
    definition = numeric_field(field)
    ends = np.array([low, high]) if low != high else np.array([low])
    width = 1.0 if definition.integer else max(abs(high - low), 1e-9 * max(1.0, abs(high)))
    probes = np.concatenate([ends, [low - width, high + width]])
    return np.array([definition.clip(v) for v in probes])


def _crossing(
    pair: str,
    low: float,
    high: float,
    totals: dict[str, np.ndarray],
    whole: bool = False,
) -> Crossing:
    """The crossing in [low, high], from the totals at `_probes`' points.

    A whole-number input has no values between two whole numbers: the totals jump past each
    other from `low` to `high` = low + 1, which is cheaper above is read at `high` (the point
    beyond it may lie past the next crossing), and the crossing is a step at `low`.
    """
    a, b = BREAK_EVEN_PAIRS[pair]
    difference = totals[a] - totals[b]
    if whole and low != high:
        above = difference[1]
        cheaper_above, cheaper_below = (a, b) if above < 0 else (b, a)
        return Crossing(
            pair, float(low), cheaper_above, cheaper_below, float(above - difference[0])
        )
    if low != high and difference[0] != difference[1]:  # straight line through the bracket
        value = low - difference[0] * (high - low) / (difference[1] - difference[0])
    else:
        value = low
    above = difference[-1]
    cheaper_above, cheaper_below = (a, b) if above < 0 else (b, a)
    step = 0.0
    scale = STEP_SHARE * float(max(np.max(np.abs(totals[a])), np.max(np.abs(totals[b]))))
    if not whole and low != high and min(abs(difference[0]), abs(difference[1])) > scale:
        step = float(difference[1] - difference[0])
    return Crossing(pair, float(value), cheaper_above, cheaper_below, step)


def key_crossings(
    scenario: Scenario, inputs: Iterable[str] = KEY_INPUTS
) -> dict[str, list[Crossing]]:
    """Break-even points along each input (an input at 0 or empty is skipped), in few batches."""
    paths = [path for path in inputs if value_at(scenario, path)]
    searches = [(path, *default_range(scenario, path)) for path in paths]
    return dict(zip(paths, _find_all(scenario, searches), strict=True)) if paths else {}
