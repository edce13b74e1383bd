"""The figures of one variant of a batch result that the advice rules read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from desktop_app.core.engine import formulas as fx
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.inputs import Inputs
from desktop_app.core.engine.kernel import MODEL_OF, BatchResult
from desktop_app.core.model.numbers import money
from desktop_app.core.model.scenario import Scenario


@dataclass(frozen=True)
class Figures:
    """One variant (`row`) of a batch result of `scenario`."""

    scenario: Scenario
    result: BatchResult
    row: int

    @property
    def compared(self) -> list[str]:
        """The compared strategies, in canonical order."""
        return list(self.result.summary.strategies)

    def total(self, key: str) -> float:
        """Total cost of a strategy over the horizon."""
        return self.figure(key, "total_cost")

    def figure(self, key: str, name: str) -> float:
        """One summary figure of a strategy."""
        return float(self.result.summary.strategies[key][name][self.row])

    def monthly(self, key: str, series: str) -> np.ndarray:
        """One monthly series of a strategy (a component, hours, trainings, replicas, ...)."""
        months = self.result.strategies[key]
        array = months.components.get(series)
        if array is None:
            array = getattr(months, series)
        return np.asarray(array[self.row], dtype=float)

    def component_total(self, key: str, component: str) -> float:
        """A cost component summed over the horizon."""
        return float(np.sum(self.monthly(key, component)))

    def feasible(self, key: str) -> bool:
        """The strategy can run over the whole horizon (its prompt always fits)."""
        return self.exceeds_context_from_month(key) is None

    def exceeds_context_from_month(self, key: str = "long_context") -> int | None:
        """The first month (1-based) whose long prompt does not fit the window, or None."""
        if key not in self.result.summary.strategies:
            return None
        month = int(self.figure(key, "exceeds_context_from_month"))
        return None if month == 0 else month

    def break_even(self, a: str, b: str) -> int | None:
        """Month (1-based) from which `a` stays cheaper than `b`; 0 when it never does."""
        months = self.result.summary.break_even.get(f"{a}_vs_{b}")
        return None if months is None else int(months[self.row])

    def money(self, amount: float, decimals: int = 0) -> str:
        """An amount in the scenario's currency."""
        return money(amount, self.scenario.currency, decimals)

    @property
    def cheapest(self) -> str | None:
        """The cheapest feasible compared strategy (None when none is feasible)."""
        return self.result.summary.cheapest_key(self.row)

    @cached_property
    def _inputs(self) -> tuple[Inputs, np.ndarray, np.ndarray]:
        p = ScenarioBatch.of(self.scenario).inputs()
        m = np.arange(self.scenario.horizon_months, dtype=float)[None, :]
        return p, fx.queries(p, m), fx.corpus(p, m)

    def _row(self, values: object) -> np.ndarray:
        months = self.scenario.horizon_months
        array = np.broadcast_to(np.asarray(values, dtype=float), (1, months))
        return np.asarray(array[0], dtype=float)

    def peak_load(self, key: str) -> np.ndarray:
        """Per month: the busiest hour's work in replicas at full capacity (Q*g*peak/seconds)."""
        p, Q, C = self._inputs  # noqa: N806 (names as in MODEL.md)
        tokens = fx.query_tokens(p, key, C)
        d = getattr(p, MODEL_OF[key]).dedicated
        prompt = (tokens.A + tokens.W) / d.input_tokens_per_second
        g = prompt + tokens.O / d.output_tokens_per_second
        return self._row(Q * g * p.workload.peak_to_average / fx.SECONDS_PER_MONTH)

    def target_utilisation(self, key: str) -> np.ndarray:
        """Per month: the load one replica is sized for at peak (a share, 0…1)."""
        p, _, _ = self._inputs
        return self._row(getattr(p, MODEL_OF[key]).dedicated.target_utilisation_pct / 100)

    def tokens_per_month(self, key: str) -> np.ndarray:
        """Per month: every token the strategy's model handles (A + B + W + O, all queries)."""
        p, Q, C = self._inputs  # noqa: N806
        t = fx.query_tokens(p, key, C)
        return self._row(Q * (t.A + t.B + t.W + t.O))
