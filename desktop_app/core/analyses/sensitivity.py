"""Sensitivity (MODEL.md): each uncertain input moved alone to its low and high end.

With no uncertainty entries, every numeric input is moved by -20 % and +20 % (clipped to its
valid range). All the moves are one batch; rows are sorted by how far they swing the
difference fine-tuning - embeddings, largest first (the tornado's order).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import simulate
from desktop_app.core.engine.overflow import LIMIT, check_finite
from desktop_app.core.model.fields import GROUP_PATHS, numeric_field, value_at, variable_paths
from desktop_app.core.model.scenario import Scenario

DEFAULT_MOVE = 0.20


@dataclass(frozen=True)
class SensitivityRow:
    """One input at its low and high end, and the total cost of each strategy there."""

    field: str
    low: float
    high: float
    total_cost_low: dict[str, float]
    total_cost_high: dict[str, float]

    @property
    def swing(self) -> float:
        """How far the move shifts the compared difference (see `difference`)."""
        return abs(difference(self.total_cost_high) - difference(self.total_cost_low))

    def document(self) -> dict[str, object]:
        """The JSON object of MODEL.md."""
        return {
            "field": self.field,
            "low": self.low,
            "high": self.high,
            "total_cost_low": self.total_cost_low,
            "total_cost_high": self.total_cost_high,
        }


def difference(totals: dict[str, float]) -> float:
    """The difference whose swing orders the rows: fine_tuning − embeddings.

    When one is not compared, the second compared strategy minus the first (canonical
    order); with one strategy, its total.
    """
    if "fine_tuning" in totals and "embeddings" in totals:
        return totals["fine_tuning"] - totals["embeddings"]
    keys = list(totals)
    return totals[keys[1]] - totals[keys[0]] if len(keys) > 1 else totals[keys[0]]


def _default_paths(scenario: Scenario) -> list[str]:
    """Every input but the horizon, in file order.

    A group whose strategies share one value (a version-1 file's incidents per month) moves
    as one input, where its first strategy's is.
    """
    paths = []
    for path in variable_paths():
        group = next((g for g, leaves in GROUP_PATHS.items() if path in leaves), None)
        if group is not None and value_at(scenario, group) is not None:
            if path == GROUP_PATHS[group][0]:
                paths.append(group)
            continue
        paths.append(path)
    return paths


def moves(scenario: Scenario) -> list[tuple[str, float, float]]:
    """(field, low, high) of every input to move."""
    if scenario.uncertainty:
        return [(entry.field, entry.low, entry.high) for entry in scenario.uncertainty]
    found = []
    for path in _default_paths(scenario):
        value = value_at(scenario, path)
        if value is None:
            continue  # an empty price follows another field; it has no value to move
        field = numeric_field(path)
        low = field.clip(value * (1 - DEFAULT_MOVE))
        high = field.clip(value * (1 + DEFAULT_MOVE))
        found.append((path, min(low, high), max(low, high)))
    return found


def sensitivity(scenario: Scenario) -> list[SensitivityRow]:
    """Every move's totals, largest swing first."""
    planned = moves(scenario)
    count = 2 * len(planned)
    overrides: dict[str, np.ndarray] = {}
    for row, (path, low, high) in enumerate(planned):
        for leaf in GROUP_PATHS.get(path, (path,)):  # a group moves all its strategies
            if leaf not in overrides:
                overrides[leaf] = np.full(count, float(value_at(scenario, leaf)))
            overrides[leaf][2 * row] = low
            overrides[leaf][2 * row + 1] = high
    batch = ScenarioBatch.of(scenario, overrides)
    result = simulate(batch)
    check_finite(result.batch, result.strategies, LIMIT)
    totals = result.summary.strategies
    compared = scenario.strategies
    rows = []
    for row, (path, _, _) in enumerate(planned):
        shown = GROUP_PATHS[path][0] if path in GROUP_PATHS else path
        low = float(batch.values[shown][2 * row])
        high = float(batch.values[shown][2 * row + 1])
        rows.append(
            SensitivityRow(
                field=path,
                low=low,
                high=high,
                total_cost_low={k: float(totals[k]["total_cost"][2 * row]) for k in compared},
                total_cost_high={k: float(totals[k]["total_cost"][2 * row + 1]) for k in compared},
            )
        )
    return sorted(rows, key=lambda item: item.swing, reverse=True)
