"""The decision map (MODEL.md): the cheapest strategy over a grid of two inputs.

Rows follow y, columns follow x. The whole grid is one batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import simulate
from desktop_app.core.model.fields import did_you_mean, numeric_field, uncertain_paths
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.scenario import Scenario

DEFAULT_X = ("workload.queries_per_month", 1e3, 1e8)
DEFAULT_Y = ("knowledge.changed_pct_per_month", 0.0, 50.0)
DEFAULT_STEPS = 40
LOG_SPAN = 100.0
"""An axis whose high end is at least 100 times its (positive) low end is log-spaced."""


@dataclass(frozen=True)
class Axis:
    """One axis of the map: an input and the values it takes."""

    field: str
    values: np.ndarray
    log: bool


@dataclass(frozen=True)
class DecisionMap:
    """The cheapest strategy, the cost ratio and every total at each grid point [y, x]."""

    x: Axis
    y: Axis
    cheapest: np.ndarray  # [ny, nx] strategy keys (None where no strategy is feasible)
    totals: dict[str, np.ndarray]  # compared strategy -> [ny, nx]

    @property
    def ratio_fine_tuning_to_embeddings(self) -> np.ndarray:
        """Fine-tuning's total / embeddings' total.

        NaN where embeddings cost nothing or either is not compared.
        """
        if "fine_tuning" not in self.totals or "embeddings" not in self.totals:
            return np.full(self.cheapest.shape, np.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = self.totals["fine_tuning"] / self.totals["embeddings"]
        return np.where(self.totals["embeddings"] > 0, ratio, np.nan)

    def document(self) -> dict[str, object]:
        """The JSON object of MODEL.md (a ratio that does not exist is null)."""
        ratio = self.ratio_fine_tuning_to_embeddings
        return {
            "x": {"field": self.x.field, "values": self.x.values.tolist()},
            "y": {"field": self.y.field, "values": self.y.values.tolist()},
            "cheapest": self.cheapest.tolist(),
            "ratio_fine_tuning_to_embeddings": [
                [None if np.isnan(value) else float(value) for value in row] for row in ratio
            ],
        }


def axis(field: str, low: float, high: float, steps: int) -> Axis:
    """Values of an input from low to high, log-spaced over a wide positive span."""
    if field not in uncertain_paths():
        hint = did_you_mean(field, uncertain_paths())
        raise ValueError(f"{field}: not a numeric input that can vary{hint}")
    if steps < 2:
        raise ValueError(f"steps: must be >= 2, got {steps}")
    if not low < high:
        raise ValueError(
            f"{field}: low must be < high, got {plain_number(low)}..{plain_number(high)}"
        )
    definition = numeric_field(field)
    for end in (low, high):
        problem = definition.problem(end)
        if problem:
            raise ValueError(f"{field}: {problem}, got {plain_number(end)}")
        if definition.integer and end != round(end):  # as the window's range fields refuse it
            raise ValueError(f"{field}: must be a whole number, got {plain_number(end)}")
    log = low > 0 and high / low >= LOG_SPAN
    values = np.geomspace(low, high, steps) if log else np.linspace(low, high, steps)
    if definition.integer:
        values = np.unique(np.round(values))
    return Axis(field, values, log)


def decision_map(
    scenario: Scenario,
    x: tuple[str, float, float] = DEFAULT_X,
    y: tuple[str, float, float] = DEFAULT_Y,
    steps: int = DEFAULT_STEPS,
) -> DecisionMap:
    """Simulate the grid x × y around the scenario."""
    x_axis, y_axis = axis(*x, steps), axis(*y, steps)
    if x_axis.field == y_axis.field:
        raise ValueError("the two axes must be different inputs")
    grid_x, grid_y = np.meshgrid(x_axis.values, y_axis.values)
    batch = ScenarioBatch.of(scenario, {x_axis.field: grid_x.ravel(), y_axis.field: grid_y.ravel()})
    summary = simulate(batch).summary
    shape = grid_x.shape
    return DecisionMap(
        x=x_axis,
        y=y_axis,
        cheapest=summary.cheapest_keys().reshape(shape),
        totals={k: summary.strategies[k]["total_cost"].reshape(shape) for k in summary.strategies},
    )
