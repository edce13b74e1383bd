"""Sensitivity (MODEL.md): each uncertain input moved alone to its low and high end.

With no uncertainty entries, every numeric input is moved by -20 % and +20 % (clipped to its
valid range). All the moves are one batch; rows are sorted by how far they swing the
difference fine-tuning - embeddings, largest first (the tornado's order).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.batch import ScenarioBatch
from desktop_app.core.engine import STRATEGIES, simulate
from desktop_app.core.fields import numeric_field, value_at, variable_paths
from desktop_app.core.scenario import Scenario

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
        """How far the move shifts fine-tuning's total against embeddings'."""
        at_low = self.total_cost_low["fine_tuning"] - self.total_cost_low["embeddings"]
        at_high = self.total_cost_high["fine_tuning"] - self.total_cost_high["embeddings"]
        return abs(at_high - at_low)

    def document(self) -> dict[str, object]:
        """The JSON object of MODEL.md."""
        return {
            "field": self.field,
            "low": self.low,
            "high": self.high,
            "total_cost_low": self.total_cost_low,
            "total_cost_high": self.total_cost_high,
        }


def moves(scenario: Scenario) -> list[tuple[str, float, float]]:
    """(field, low, high) of every input to move."""
    if scenario.uncertainty:
        return [(entry.field, entry.low, entry.high) for entry in scenario.uncertainty]
    found = []
    for path in variable_paths():
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
        if path not in overrides:
            overrides[path] = np.full(count, float(value_at(scenario, path)))
        overrides[path][2 * row] = low
        overrides[path][2 * row + 1] = high
    batch = ScenarioBatch.of(scenario, overrides)
    totals = simulate(batch).summary.strategies
    rows = []
    for row, (path, _, _) in enumerate(planned):
        low = float(batch.values[path][2 * row])
        high = float(batch.values[path][2 * row + 1])
        rows.append(
            SensitivityRow(
                field=path,
                low=low,
                high=high,
                total_cost_low={k: float(totals[k]["total_cost"][2 * row]) for k in STRATEGIES},
                total_cost_high={
                    k: float(totals[k]["total_cost"][2 * row + 1]) for k in STRATEGIES
                },
            )
        )
    return sorted(rows, key=lambda item: item.swing, reverse=True)
