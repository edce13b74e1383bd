"""MODEL.md, "Result": summary figures, break-even months and the cheapest strategy.

Computed for every variant of a batch at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop_app.core.batch import Array

if TYPE_CHECKING:
    from desktop_app.core.engine import StrategyMonths

BREAK_EVEN_PAIRS = {
    "fine_tuning_vs_embeddings": ("fine_tuning", "embeddings"),
    "hybrid_vs_embeddings": ("hybrid", "embeddings"),
    "fine_tuning_vs_hybrid": ("fine_tuning", "hybrid"),
}
TIE_ORDER = ("embeddings", "hybrid", "fine_tuning")
"""Order that settles equal totals: "if you're unsure, don't fine-tune"."""

NEVER = 0
"""Break-even month stored when a strategy never becomes (and stays) the cheaper one."""


@dataclass(frozen=True)
class BatchSummary:
    """Per variant: `strategies[key][figure]` arrays [batch], break-even months, cheapest."""

    strategies: dict[str, dict[str, Array]]
    break_even: dict[str, np.ndarray]
    cheapest: np.ndarray  # index into TIE_ORDER

    def cheapest_key(self, row: int = 0) -> str:
        """The cheapest strategy of one variant."""
        return TIE_ORDER[int(self.cheapest[row])]


def present_value(p: Any, m: Array, total: Array) -> Array:
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
    ever_dearer = dearer.any(axis=1)
    first_cheaper = np.where(ever_dearer, months - months_since_last_dearer + 1, 1)
    return np.where(dearer[:, -1], NEVER, first_cheaper)


def summarise(p: Any, m: Array, Q: Array, strategies: dict[str, StrategyMonths]) -> BatchSummary:  # noqa: N803
    """Summary figures of every strategy, break-even months and the cheapest strategy."""
    total_queries = Q.sum(axis=1)
    figures = {}
    for key, months in strategies.items():
        total_cost = months.cumulative[:, -1].copy()
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            per_1k = np.where(total_queries > 0, total_cost / (total_queries / 1000), np.nan)
        figures[key] = {
            "total_cost": total_cost,
            "total_hours": months.hours.sum(axis=1),
            "cost_per_1k_queries": per_1k,
            "present_value": present_value(p, m, months.total),
            "trainings": months.trainings.sum(axis=1),
            "mean_staleness_pct": months.staleness_pct.mean(axis=1),
            "max_staleness_pct": months.staleness_pct.max(axis=1),
        }
    break_even = {
        name: break_even_month(strategies[a].cumulative, strategies[b].cumulative)
        for name, (a, b) in BREAK_EVEN_PAIRS.items()
    }
    totals = np.stack([figures[key]["total_cost"] for key in TIE_ORDER], axis=1)
    return BatchSummary(
        strategies=figures, break_even=break_even, cheapest=np.argmin(totals, axis=1)
    )
