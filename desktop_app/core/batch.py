"""A batch of scenario variants: one scenario and, per numeric input, one value per variant.

The engine reads every input as a column of shape [batch, 1], so a formula written once for
one month serves a single run (a batch of one), a Monte Carlo run, a sensitivity sweep and the
decision map alike. Settings that shape the arrays or pick the code path (horizon, retraining
policy) are shared by the whole batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop_app.core.fields import numeric_field, value_at, variable_paths
from desktop_app.core.numbers import plain_number
from desktop_app.core.scenario import Scenario

if TYPE_CHECKING:  # numpy.typing costs start-up time and is needed only by type checkers
    from numpy.typing import ArrayLike, NDArray

    Array = NDArray[np.float64]
else:
    Array = np.ndarray

_CACHED_PRICES = {
    "base_model.cached_input_per_1m": "base_model.input_per_1m",
    "fine_tuned_model.cached_input_per_1m": "fine_tuned_model.input_per_1m",
}


@dataclass(frozen=True)
class ScenarioBatch:
    """`size` variants of `scenario`; `values[path]` holds each variant's value of an input."""

    scenario: Scenario
    values: Mapping[str, Array]
    size: int

    @classmethod
    def of(
        cls, scenario: Scenario, overrides: Mapping[str, ArrayLike] | None = None
    ) -> ScenarioBatch:
        """The scenario with some inputs replaced by arrays of values, one per variant.

        Values are checked against each input's valid range; whole-number inputs are rounded.
        An empty (NaN) cached-input price follows the input price of its model, per variant.
        """
        overrides = {
            path: np.asarray(value, dtype=float).ravel()
            for path, value in (overrides or {}).items()
        }
        unknown = set(overrides) - set(variable_paths())
        if unknown:
            raise KeyError(f"not numeric inputs that can vary: {', '.join(sorted(unknown))}")
        sizes = {len(value) for value in overrides.values()}
        if len(sizes) > 1:
            raise ValueError(f"overrides differ in length: {sorted(sizes)}")
        size = sizes.pop() if sizes else 1
        values: dict[str, Array] = {}
        for path in variable_paths():
            if path in overrides:
                values[path] = _checked(path, overrides[path])
            else:
                value = value_at(scenario, path)
                values[path] = np.full(size, np.nan if value is None else float(value))
        for cached, plain in _CACHED_PRICES.items():
            values[cached] = np.where(np.isnan(values[cached]), values[plain], values[cached])
        return cls(scenario=scenario, values=values, size=size)

    @classmethod
    def of_scenarios(cls, scenarios: Sequence[Scenario]) -> ScenarioBatch:
        """Several whole scenarios as one batch (they must share horizon and retrain policy)."""
        first = scenarios[0]
        for other in scenarios[1:]:
            if (other.horizon_months, other.fine_tuning.retrain_policy) != (
                first.horizon_months,
                first.fine_tuning.retrain_policy,
            ):
                raise ValueError("scenarios in one batch must share horizon and retrain policy")
        overrides = {
            path: [np.nan if (v := value_at(s, path)) is None else v for s in scenarios]
            for path in variable_paths()
        }
        return cls.of(first, overrides)

    def inputs(self) -> Any:
        """The inputs as nested attributes: `p.workload.queries_per_month`.

        An input that varies is a column [batch, 1]; one that is the same in every variant is
        a plain float, so whatever depends only on such inputs is computed once per month,
        not once per variant (broadcasting does the rest), and numpy can reuse temporaries.
        """
        root = SimpleNamespace()
        for path, value in self.values.items():
            *sections, leaf = path.split(".")
            node = root
            for section in sections:
                if not hasattr(node, section):
                    setattr(node, section, SimpleNamespace())
                node = getattr(node, section)
            same_everywhere = bool((value == value[0]).all())
            setattr(node, leaf, float(value[0]) if same_everywhere else value[:, None])
        return root


def _checked(path: str, values: Array) -> Array:
    field = numeric_field(path)
    if field.integer:
        values = np.round(values)
    empty = np.isnan(values) if field.nullable else np.zeros(values.shape, dtype=bool)
    bad = ~np.isfinite(values) & ~empty
    for bound, test in (
        (field.ge, lambda v, b: v < b),
        (field.gt, lambda v, b: v <= b),
        (field.le, lambda v, b: v > b),
        (field.lt, lambda v, b: v >= b),
    ):
        if bound is not None:
            bad |= test(values, bound) & ~empty
    if bad.any():
        worst = values[bad][0]
        problem = field.problem(float(worst)) if np.isfinite(worst) else "must be a finite number"
        raise ValueError(f"{path}: {problem}, got {plain_number(float(worst))}")
    return values
