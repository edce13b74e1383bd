"""One scenario evaluated: the engine's numbers plus the advice, and MODEL.md's result JSON."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from typing import Any

from desktop_app.core.advice import Advice, advise
from desktop_app.core.engine import COMPONENTS, STRATEGIES, BatchResult, simulate_scenario
from desktop_app.core.scenario import Scenario
from desktop_app.core.summary import NEVER

RESULT_FORMAT = "embed-or-tune/result"
RESULT_SCHEMA_VERSION = 1
MONTHLY_SERIES = (
    "queries",
    *COMPONENTS,
    "total",
    "cumulative",
    "hours",
    "trainings",
    "staleness_pct",
)
SUMMARY_FIGURES = (
    "total_cost",
    "total_hours",
    "cost_per_1k_queries",
    "present_value",
    "trainings",
    "mean_staleness_pct",
    "max_staleness_pct",
)


@dataclass(frozen=True)
class Evaluation:
    """A scenario, its single run (a batch of one) and the advice drawn from it."""

    scenario: Scenario
    result: BatchResult
    advice: Advice

    def monthly(self, strategy: str, series: str) -> list[float]:
        """One monthly series of one strategy, as plain floats."""
        if series == "queries":
            return self.result.queries[0].tolist()
        months = self.result.strategies[strategy]
        array = months.components.get(series)
        if array is None:
            array = getattr(months, series)
        return [float(value) for value in array[0]]

    def figure(self, strategy: str, name: str) -> float | None:
        """One summary figure; None where MODEL.md says null (no queries)."""
        value = float(self.result.summary.strategies[strategy][name][0])
        return value if math.isfinite(value) else None

    def break_even(self, pair: str) -> int | None:
        """Break-even month (1-based) of a pair such as 'fine_tuning_vs_embeddings'."""
        month = int(self.result.summary.break_even[pair][0])
        return None if month == NEVER else month

    @property
    def cheapest(self) -> str:
        """The strategy with the lowest total cost."""
        return self.result.summary.cheapest_key()


def evaluate(scenario: Scenario) -> Evaluation:
    """Simulate the scenario and advise on it."""
    result = simulate_scenario(scenario)
    return Evaluation(scenario, result, advise(scenario, result))


def result_document(evaluation: Evaluation) -> dict[str, Any]:
    """The result exactly as MODEL.md's "Result" section lays it out."""
    scenario = evaluation.scenario
    return {
        "format": RESULT_FORMAT,
        "schema_version": RESULT_SCHEMA_VERSION,
        "scenario": scenario.name,
        "currency": scenario.currency,
        "horizon_months": scenario.horizon_months,
        "strategies": {
            key: {
                "monthly": {series: evaluation.monthly(key, series) for series in MONTHLY_SERIES},
                "summary": {name: evaluation.figure(key, name) for name in SUMMARY_FIGURES},
            }
            for key in STRATEGIES
        },
        "break_even": {
            pair: evaluation.break_even(pair) for pair in evaluation.result.summary.break_even
        },
        "cheapest": evaluation.cheapest,
        "advice": {
            "recommendation": evaluation.advice.recommendation,
            "reasons": list(evaluation.advice.reasons),
            "warnings": list(evaluation.advice.warnings),
        },
    }


def monthly_csv(evaluation: Evaluation) -> str:
    """Every monthly series of every strategy: one row per month, plain numbers, a header."""
    columns = ["month", "queries"] + [
        f"{key}.{series}" for key in STRATEGIES for series in MONTHLY_SERIES if series != "queries"
    ]
    data = {"queries": evaluation.monthly("embeddings", "queries")}
    for column in columns[2:]:
        key, series = column.split(".")
        data[column] = evaluation.monthly(key, series)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for month in range(evaluation.scenario.horizon_months):
        writer.writerow([month + 1] + [repr(data[column][month]) for column in columns[1:]])
    return out.getvalue()
