"""A batch of scenario variants: one scenario and, per numeric input, one value per variant.

The engine reads every input as a column of shape [batch, 1], so a formula written once for
one month serves a single run (a batch of one), a Monte Carlo run, a sensitivity sweep and the
decision map alike. Settings that shape the arrays or pick the code path (horizon, retraining
policy, strategies, events) are shared by the whole batch.

An input that an event sets (MODEL.md, "Events") is a row per month instead: shaped
[batch, months] (or [1, months] when it does not vary), the scenario's value before the event
and the event's value from its month on. Every other input stays a plain number or a column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.engine.inputs import Column, Inputs, inputs_from
from desktop_app.core.model.events import SERVING_PATHS, set_schedule
from desktop_app.core.model.fields import (
    GROUP_PATHS,
    numeric_field,
    uncertain_paths,
    value_at,
    variable_paths,
)
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.scenario import Scenario

if TYPE_CHECKING:  # numpy.typing costs start-up time and is needed only by type checkers
    from numpy.typing import ArrayLike, NDArray

    Array = NDArray[np.float64]
else:
    Array = np.ndarray


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
        An empty price is NaN here; the engine fills it in (`formulas.fill_empty_prices`).
        A group path (`effort.incidents_per_month`) sets every strategy's value at once.
        """
        arrays: dict[str, Array] = {
            path: np.asarray(value, dtype=float).ravel()
            for path, value in (overrides or {}).items()
        }
        unknown = set(arrays) - set(uncertain_paths())
        if unknown:
            raise KeyError(f"not numeric inputs that can vary: {', '.join(sorted(unknown))}")
        sizes = {len(value) for value in arrays.values()}
        if len(sizes) > 1:
            raise ValueError(f"overrides differ in length: {sorted(sizes)}")
        size = sizes.pop() if sizes else 1
        for group, leaves in GROUP_PATHS.items():
            if group in arrays:
                checked = _checked(group, arrays.pop(group))
                for leaf in leaves:
                    arrays.setdefault(leaf, checked)
        values: dict[str, Array] = {}
        for path in variable_paths():
            if path in arrays:
                values[path] = _checked(path, arrays[path])
            else:
                value = value_at(scenario, path)
                # one value seen `size` times (read-only, no memory per variant): the ~85
                # inputs a Monte Carlo does not vary cost 3.4 MB of writes and as many reads
                # per 5,000 variants as full arrays (see `_same_everywhere`)
                one = np.float64(np.nan if value is None else value)
                values[path] = np.broadcast_to(one, (size,))
        return cls(scenario=scenario, values=values, size=size)

    @classmethod
    def of_scenarios(cls, scenarios: Sequence[Scenario]) -> ScenarioBatch:
        """Several whole scenarios as one batch.

        They must share what shapes the arrays: horizon, retrain policy, strategies, serving
        and events.
        """
        first = scenarios[0]

        def shape(s: Scenario) -> tuple[object, ...]:
            return (
                s.horizon_months,
                s.fine_tuning.retrain_policy,
                s.strategies,
                s.base_model.serving,
                s.fine_tuned_model.serving,
                s.events,
            )

        for other in scenarios[1:]:
            if shape(other) != shape(first):
                raise ValueError(
                    "scenarios in one batch must share horizon, retrain policy, strategies, "
                    "serving and events"
                )
        overrides = {
            path: [np.nan if (v := value_at(s, path)) is None else v for s in scenarios]
            for path in variable_paths()
        }
        return cls.of(first, overrides)

    def inputs(self) -> Inputs:
        """The inputs as nested attributes: `p.workload.queries_per_month` (see `inputs.py`).

        An input that varies is a column [batch, 1]; one that is the same in every variant is
        a plain float, so whatever depends only on such inputs is computed once per month,
        not once per variant (broadcasting does the rest), and numpy can reuse temporaries.
        """
        months = self.scenario.horizon_months
        changes = set_schedule(self.scenario)
        columns: dict[str, Column] = {}
        for path, value in self.values.items():
            column: Column = float(value[0]) if _same_everywhere(value) else value[:, None]
            if path in changes:
                column = _by_month(column, changes[path], months)
            columns[path] = column
        return inputs_from(columns)

    def set_months(self) -> dict[str, Array]:
        """The month whose event last set each field ([1, months], 0 before any event).

        Only for fields that an event inside the horizon sets; the engine uses it to run a
        set price's trend from the event's month (MODEL.md: P[m]/P[e]).
        """
        months = self.scenario.horizon_months
        found = {}
        for path, changes in set_schedule(self.scenario).items():
            if path in SERVING_PATHS:
                continue
            since = np.zeros((1, months))
            for e, _ in changes:
                since[:, e:] = e
            found[path] = since
        return found

    def dedicated_months(self, model: str) -> bool | np.ndarray:
        """Where `model` ("base_model", "fine_tuned_model") is served on dedicated replicas.

        A plain bool when no event switches its serving; else a bool row [1, months].
        """
        scenario = self.scenario
        dedicated = getattr(scenario, model).serving == "dedicated"
        changes = set_schedule(scenario).get(f"{model}.serving")
        if not changes:
            return dedicated
        row = np.full((1, scenario.horizon_months), dedicated)
        for e, value in changes:
            row[:, e:] = value == "dedicated"
        return row


def _same_everywhere(value: Array) -> bool:
    """Every value equal to the first (-0.0 and 0.0 alike), or every one NaN."""
    if value.strides == (0,):  # one value seen many times (`ScenarioBatch.of`)
        return True
    first = value[0]
    if first != first:  # NaN
        return bool(np.isnan(value).all())
    return value.size == 1 or bool((value == first).all())


def _by_month(column: Array | float, changes: list[tuple[int, object]], months: int) -> Array:
    """The input as a row per month: its own value, then each event's from the event's month."""
    rows = np.shape(column)[0] if np.ndim(column) else 1
    by_month = np.empty((rows, months))
    by_month[:] = column
    for e, value in changes:
        by_month[:, e:] = np.nan if value is None else float(value)  # type: ignore[arg-type]
    return by_month


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
