"""Two to four evaluated scenarios side by side: a table of display text.

Each scenario keeps its own currency: amounts are written in it and never converted, so a
column in euros sits beside one in dollars as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.model.numbers import count, money
from desktop_app.core.model.strategy_names import NAMES, TITLES

MIN_SCENARIOS = 2
MAX_SCENARIOS = 4
DASH = "–"


def check_count(evaluations: Sequence[object]) -> None:
    """Refuse fewer than two or more than four scenarios: a comparison needs 2 to 4 columns."""
    if not MIN_SCENARIOS <= len(evaluations) <= MAX_SCENARIOS:
        raise ValueError(
            f"compare {MIN_SCENARIOS} to {MAX_SCENARIOS} scenarios, got {len(evaluations)}"
        )


def _cost(evaluation: Evaluation, strategy: str, name: str, decimals: int = 0) -> str:
    """A money figure in the scenario's currency, or a dash where it is undefined."""
    if strategy not in evaluation.strategies:
        return DASH
    value = evaluation.figure(strategy, name)
    return DASH if value is None else money(value, evaluation.scenario.currency, decimals)


def _hours(evaluation: Evaluation, strategy: str) -> str:
    """Maintenance hours over the horizon: '1,234'."""
    if strategy not in evaluation.strategies:
        return DASH
    value = evaluation.figure(strategy, "total_hours")
    return DASH if value is None else count(value)


def _from_month(evaluation: Evaluation, pair: str) -> str:
    """'month 6' or 'never' for a break-even pair; a dash for a pair not compared."""
    if pair not in evaluation.result.summary.break_even:
        return DASH
    month = evaluation.break_even(pair)
    return "never" if month is None else f"month {month}"


def comparison_rows(evaluations: Sequence[Evaluation]) -> list[tuple[str, list[str]]]:
    """Labelled rows of display text, one cell per scenario in the order given."""
    check_count(evaluations)

    def row(label: str, cell: Callable[[Evaluation], str]) -> tuple[str, list[str]]:
        return label, [cell(evaluation) for evaluation in evaluations]

    def recommended(evaluation: Evaluation) -> str:
        return evaluation.advice.recommendation or ""

    compared = [key for key in STRATEGIES if any(key in e.strategies for e in evaluations)]
    return [
        row("Horizon", lambda e: f"{e.scenario.horizon_months} months"),
        row("Recommendation", lambda e: TITLES.get(recommended(e), DASH)),
        row("Cheapest", lambda e: TITLES.get(e.cheapest or "", DASH)),
        *(
            row(f"Total cost: {NAMES[key]}", partial(_cost, strategy=key, name="total_cost"))
            for key in compared
        ),
        row(
            "Cost per 1,000 queries (recommended)",
            lambda e: _cost(e, recommended(e), "cost_per_1k_queries", 2),
        ),
        row("Maintenance hours (recommended)", lambda e: _hours(e, recommended(e))),
        row(
            "Fine-tuning cheaper than embeddings from",
            lambda e: _from_month(e, "fine_tuning_vs_embeddings"),
        ),
        row(
            "Hybrid cheaper than embeddings from", lambda e: _from_month(e, "hybrid_vs_embeddings")
        ),
    ]
