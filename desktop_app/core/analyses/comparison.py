"""Two to four evaluated scenarios side by side: a table of display text.

Each scenario keeps its own currency: amounts are written in it and never converted, so a
column in euros sits beside one in dollars as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.i18n import translate
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


Formatter = Callable[..., str]


@dataclass(frozen=True)
class _Words:
    """How the table writes amounts and counts: plainly (the command line) or in a locale."""

    money: Formatter = money
    count: Formatter = count


def _cost(
    evaluation: Evaluation, strategy: str, name: str, decimals: int = 0, words: _Words = _Words()
) -> str:
    """A money figure in the scenario's currency, or a dash where it is undefined."""
    if strategy not in evaluation.strategies:
        return DASH
    value = evaluation.figure(strategy, name)
    return DASH if value is None else words.money(value, evaluation.scenario.currency, decimals)


def _hours(evaluation: Evaluation, strategy: str, words: _Words = _Words()) -> str:
    """Maintenance hours over the horizon: '1,234'."""
    if strategy not in evaluation.strategies:
        return DASH
    value = evaluation.figure(strategy, "total_hours")
    return DASH if value is None else words.count(value)


def _from_month(evaluation: Evaluation, pair: str, words: _Words = _Words()) -> str:
    """'month 6' or 'never' for a break-even pair; a dash for a pair not compared."""
    if pair not in evaluation.result.summary.break_even:
        return DASH
    month = evaluation.break_even(pair)
    if month is None:
        return translate("Comparison", "never")
    return translate("Comparison", "month {month}").format(month=words.count(month))


def _title(key: str) -> str:
    return translate("Strategy", TITLES[key]) if key in TITLES else DASH


def comparison_table(
    evaluations: Sequence[Evaluation],
    money_text: Formatter = money,
    count_text: Formatter = count,
) -> list[tuple[str, str, list[str]]]:
    """(key, label, cells) rows, one cell per scenario in the order given.

    The keys ('horizon', 'total:fine_tuning', 'pair:hybrid_vs_embeddings', ...) say what a row
    holds whatever its label's language; `money_text` and `count_text` write the numbers (the
    window passes its locale's).
    """
    check_count(evaluations)
    words = _Words(money_text, count_text)

    def row(key: str, label: str, cell: Callable[[Evaluation], str]) -> tuple[str, str, list[str]]:
        return key, label, [cell(evaluation) for evaluation in evaluations]

    def recommended(evaluation: Evaluation) -> str:
        return evaluation.advice.recommendation or ""

    def months(evaluation: Evaluation) -> str:
        return translate("Comparison", "{months} months").format(
            months=evaluation.scenario.horizon_months
        )

    compared = [key for key in STRATEGIES if any(key in e.strategies for e in evaluations)]
    total = translate("Comparison", "Total cost: {strategy}")
    pairs = {
        "fine_tuning_vs_embeddings": translate(
            "Comparison", "Fine-tuning cheaper than embeddings from"
        ),
        "hybrid_vs_embeddings": translate("Comparison", "Hybrid cheaper than embeddings from"),
    }
    return [
        row("horizon", translate("Comparison", "Horizon"), months),
        row(
            "recommendation",
            translate("Comparison", "Recommendation"),
            lambda e: _title(recommended(e)),
        ),
        row("cheapest", translate("Comparison", "Cheapest"), lambda e: _title(e.cheapest or "")),
        *(
            row(
                f"total:{key}",
                total.format(strategy=translate("Strategy", NAMES[key])),
                partial(_cost, strategy=key, name="total_cost", words=words),
            )
            for key in compared
        ),
        row(
            "per_1k",
            translate("Comparison", "Cost per 1,000 queries (recommended)"),
            lambda e: _cost(e, recommended(e), "cost_per_1k_queries", 2, words),
        ),
        row(
            "hours",
            translate("Comparison", "Maintenance hours (recommended)"),
            lambda e: _hours(e, recommended(e), words),
        ),
        *(
            row(f"pair:{pair}", label, partial(_from_month, pair=pair, words=words))
            for pair, label in pairs.items()
        ),
    ]


def comparison_rows(
    evaluations: Sequence[Evaluation],
    money_text: Formatter = money,
    count_text: Formatter = count,
) -> list[tuple[str, list[str]]]:
    """Labelled rows of display text, one cell per scenario in the order given."""
    return [
        (label, cells) for _, label, cells in comparison_table(evaluations, money_text, count_text)
    ]
