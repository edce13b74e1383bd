"""How much of a strategy's total is engineering hours, said in one line under the hours chart.

Engineering hours are most of the total in most scenarios; the hours chart shows hours, not
money, so this line says when they dominate the cost.
"""

from __future__ import annotations

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.core.model.strategy_names import said_name
from desktop_app.present.numbers import count

DOMINANT = 0.5
"""From this share of a strategy's total, engineering is said to dominate it."""


def engineering_share(evaluation: Evaluation, key: str) -> float | None:
    """Engineering's share of a strategy's total cost over the horizon (None: no cost)."""
    total = float(sum(evaluation.monthly(key, "total")))
    if total <= 0:
        return None
    return float(sum(evaluation.monthly(key, "engineering"))) / total


def hours_note(evaluation: Evaluation) -> str:
    """A line such as "Engineering hours are most of the total cost: 83 % for fine-tuning".

    Empty when engineering is not most of any compared strategy's total.
    """
    parts = []
    for key in evaluation.strategies:
        share = engineering_share(evaluation, key)
        if share is not None and share >= DOMINANT:
            parts.append(
                translate("ChartTabs", "{share}% for {strategy}").format(
                    share=count(share * 100), strategy=said_name(key)
                )
            )
    if not parts:
        return ""
    return translate("ChartTabs", "Engineering hours are most of the total cost: {shares}.").format(
        shares=", ".join(parts)
    )
