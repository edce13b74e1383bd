"""MODEL.md, "Result": summary figures, break-even months and the cheapest strategy.

Computed for every variant of a batch at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.engine.batch import Array
from desktop_app.core.engine.inputs import Inputs

if TYPE_CHECKING:
    from desktop_app.core.engine.kernel import StrategyMonths

BREAK_EVEN_PAIRS = {
    "long_context_vs_embeddings": ("long_context", "embeddings"),
    "hybrid_vs_embeddings": ("hybrid", "embeddings"),
    "hybrid_vs_long_context": ("hybrid", "long_context"),
    "fine_tuning_vs_embeddings": ("fine_tuning", "embeddings"),
    "fine_tuning_vs_long_context": ("fine_tuning", "long_context"),
    "fine_tuning_vs_hybrid": ("fine_tuning", "hybrid"),
}
"""Every pair, in MODEL.md's order; a result has those of its compared strategies."""
TIE_ORDER = ("embeddings", "long_context", "hybrid", "fine_tuning")
"""Order that settles equal totals: "if you're unsure, don't fine-tune"."""

NEVER = 0
"""Break-even month stored when a strategy never becomes (and stays) the cheaper one."""
NONE_FEASIBLE = -1
"""`cheapest` of a variant in which no compared strategy is feasible."""


def compared_pairs(strategies: tuple[str, ...] | list[str]) -> dict[str, tuple[str, str]]:
    """The break-even pairs of the compared strategies, in MODEL.md's order."""
    return {
        name: (a, b)
        for name, (a, b) in BREAK_EVEN_PAIRS.items()
        if a in strategies and b in strategies
    }


@dataclass(frozen=True)
class BatchSummary:
    """Per variant: `strategies[key][figure]` arrays [batch], break-even months, cheapest."""

    strategies: dict[str, dict[str, Array]]
    break_even: dict[str, np.ndarray]
    cheapest: np.ndarray  # index into TIE_ORDER; NONE_FEASIBLE when none is feasible

    def cheapest_key(self, row: int = 0) -> str | None:
        """The cheapest feasible strategy of one variant (None when none is feasible)."""
        index = int(self.cheapest[row])
        return None if index == NONE_FEASIBLE else TIE_ORDER[index]

    def cheapest_keys(self) -> np.ndarray:
        """The cheapest strategy of every variant (object array; None where none is)."""
        keys = np.array([*TIE_ORDER, None], dtype=object)
        return keys[self.cheapest]


def per_row(array: Array, reduce: Callable[..., Array]) -> Array:
    """`reduce(array, axis=1)`; an array broadcast along the batch is reduced once.

    (A strategy's hours, trainings, staleness or replicas often depend on no varying input.)
    """
    if array.shape[0] > 1 and array.strides[0] == 0:
        return np.full(array.shape[0], reduce(array[:1], axis=1)[0])
    return reduce(array, axis=1)


def present_value(p: Inputs, m: Array, total: Array) -> Array:
    """sum(total[m] * (1 + rate)**(-m/12)) for each variant."""
    discount = (1 + p.finance.discount_rate_pct_per_year / 100) ** (-m / 12)
    if discount.shape[0] == 1:  # one rate for the whole batch: a matrix-vector product
        return total @ discount[0]
    return np.einsum("bm,bm->b", total, discount)


def break_even_month(cumulative_a: Array, cumulative_b: Array) -> np.ndarray:
    """Earliest 1-based month M with a <= b in M and every later month.

    That is the month after the last one in which a is dearer; NEVER when a is dearer at
    the horizon.
    """
    dearer = cumulative_a > cumulative_b
    months = dearer.shape[1]
    months_since_last_dearer = np.argmax(dearer[:, ::-1], axis=1)  # 0 when dearer at the end
    # argmax finds the last dearer month, or 0 when there is none: look at that month
    rows = np.arange(dearer.shape[0])
    ever_dearer = dearer[rows, months - 1 - months_since_last_dearer]
    first_cheaper = np.where(ever_dearer, months - months_since_last_dearer + 1, 1)
    return np.where(dearer[:, -1], NEVER, first_cheaper)


def cost_per_1k_queries(total_cost: Array, total_queries: Array) -> Array:
    """total_cost / (total_queries / 1000); NaN where there are no queries."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(total_queries > 0, total_cost / (total_queries / 1000), np.nan)


def strategy_figures(p: Inputs, m: Array, total_queries: Array, months: StrategyMonths) -> dict:
    """The summary figures of one strategy, per variant."""
    total_cost = months.cumulative[:, -1].copy()
    return {
        "total_cost": total_cost,
        "total_hours": per_row(months.hours, np.sum),
        "cost_per_1k_queries": cost_per_1k_queries(total_cost, total_queries),
        "present_value": present_value(p, m, months.total),
        "trainings": per_row(months.trainings, np.sum),
        "mean_staleness_pct": per_row(months.staleness_pct, np.mean),
        "max_staleness_pct": per_row(months.staleness_pct, np.max),
        "max_replicas": per_row(months.replicas, np.max),
        "wrong_answer_count": months.wrong_answer_total(),
        "exceeds_context_from_month": months.exceeds_context_from_month.astype(float),
    }


def pair_break_even(strategies: dict[str, StrategyMonths], a: str, b: str) -> np.ndarray:
    """The break-even month of a over b per variant; NEVER unless both are feasible."""
    month = break_even_month(strategies[a].cumulative, strategies[b].cumulative)
    both = strategies[a].feasible & strategies[b].feasible
    return np.where(both, month, NEVER)


def summarise(
    p: Inputs,
    m: Array,
    Q: Array,  # noqa: N803
    strategies: dict[str, StrategyMonths],
    figures: dict[str, dict] | None = None,
    break_even: dict[str, np.ndarray] | None = None,
) -> BatchSummary:
    """Summary figures of every strategy, break-even months and the cheapest strategy.

    `figures` holds those of the strategies already summarised (`strategy_figures`),
    `break_even` the pairs' months already found (`pair_break_even`).
    """
    total_queries = Q.sum(axis=1)
    figures = dict(figures or {})
    for key, months in strategies.items():
        if key not in figures:
            figures[key] = strategy_figures(p, m, total_queries, months)
    figures = {key: figures[key] for key in strategies}
    found = break_even or {}
    break_even = {
        name: found[name] if name in found else pair_break_even(strategies, a, b)
        for name, (a, b) in compared_pairs(list(strategies)).items()
    }
    return BatchSummary(
        strategies=figures, break_even=break_even, cheapest=cheapest(strategies, figures)
    )


def cheapest(strategies: dict[str, StrategyMonths], figures: dict[str, dict]) -> np.ndarray:
    """Index (into TIE_ORDER) of the feasible strategy with the lowest total, per variant."""
    return cheapest_of(
        {key: figures[key]["total_cost"] for key in strategies},
        {key: months.feasible for key, months in strategies.items()},
    )


def cheapest_of(total_cost: dict[str, Array], feasible: dict[str, np.ndarray]) -> np.ndarray:
    """`cheapest` from each strategy's total cost [batch] and feasibility [batch]."""
    size = next(iter(total_cost.values())).shape[0]
    totals = np.full((size, len(TIE_ORDER)), np.inf)
    for index, key in enumerate(TIE_ORDER):
        if key in total_cost:
            totals[:, index] = np.where(feasible[key], total_cost[key], np.inf)
    best = np.argmin(totals, axis=1)
    return np.where(np.isinf(totals.min(axis=1)), NONE_FEASIBLE, best)
