"""One scenario evaluated: the engine's numbers plus the advice, and MODEL.md's result JSON."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from typing import Any

from desktop_app.core.analyses.advice import Advice, advise
from desktop_app.core.engine.kernel import COMPONENTS, BatchResult, simulate_scenario
from desktop_app.core.engine.overflow import check_shown
from desktop_app.core.engine.summary import NEVER
from desktop_app.core.model.events import calendar_month
from desktop_app.core.model.scenario import Scenario

RESULT_FORMAT = "embed-or-tune/result"
RESULT_SCHEMA_VERSION = 2
MONTHLY_SERIES = (
    "queries",
    *COMPONENTS,
    "total",
    "cumulative",
    "hours",
    "trainings",
    "staleness_pct",
    "replicas",
    "wrong_answer_count",
)
SUMMARY_FIGURES = (
    "total_cost",
    "total_hours",
    "cost_per_1k_queries",
    "present_value",
    "trainings",
    "mean_staleness_pct",
    "max_staleness_pct",
    "max_replicas",
    "wrong_answer_count",
    "exceeds_context_from_month",
)
MONTH_FIGURES = ("exceeds_context_from_month",)
"""Summary figures that are a 1-based month number, or null (stored as 0)."""


@dataclass(frozen=True)
class Evaluation:
    """A scenario, its single run (a batch of one) and the advice drawn from it."""

    scenario: Scenario
    result: BatchResult
    advice: Advice

    @property
    def strategies(self) -> tuple[str, ...]:
        """The compared strategies, in canonical order."""
        return self.scenario.strategies

    def monthly(self, strategy: str, series: str) -> list[float]:
        """One monthly series of one strategy, as plain floats."""
        if series == "queries":
            return self.result.queries[0].tolist()
        months = self.result.strategies[strategy]
        array = months.components.get(series)
        if array is None:
            array = getattr(months, series)
        return [float(value) for value in array[0]]

    def figure(self, strategy: str, name: str) -> float | int | None:
        """One summary figure; None where MODEL.md says null (no queries; a prompt that fits)."""
        value = float(self.result.summary.strategies[strategy][name][0])
        if name in MONTH_FIGURES:
            return int(value) if value else None
        return value if math.isfinite(value) else None

    def feasible(self, strategy: str) -> bool:
        """The strategy can run over the whole horizon (a long prompt that always fits)."""
        return bool(self.result.strategies[strategy].feasible[0])

    def break_even(self, pair: str) -> int | None:
        """Break-even month (1-based) of a pair such as 'fine_tuning_vs_embeddings'.

        None when a is dearer at the horizon, either is not feasible or not compared.
        """
        months = self.result.summary.break_even.get(pair)
        month = NEVER if months is None else int(months[0])
        return None if month == NEVER else month

    @property
    def cheapest(self) -> str | None:
        """The feasible strategy with the lowest total cost (None when none is feasible)."""
        return self.result.summary.cheapest_key()


def evaluate(scenario: Scenario) -> Evaluation:
    """Simulate the scenario and advise on it."""
    result = simulate_scenario(scenario)
    check_shown(result)
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
        "start_month": scenario.start_month,
        "strategies": {
            key: {
                "monthly": {series: evaluation.monthly(key, series) for series in MONTHLY_SERIES},
                "summary": {name: evaluation.figure(key, name) for name in SUMMARY_FIGURES},
            }
            for key in scenario.strategies
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


SERIES_UNITS = {
    **{series: "CURRENCY" for series in (*COMPONENTS, "total", "cumulative")},
    "queries": "count",
    "hours": "hours",
    "trainings": "count",
    "staleness_pct": "%",
    "replicas": "count",
    "wrong_answer_count": "count",
}
"""The unit each monthly series is in ("CURRENCY": the scenario's currency code)."""
BAND_NAMES = ("p10", "p50", "p90")
"""The Monte Carlo columns of the CSV: percentiles of each strategy's cumulative cost."""


def csv_column(name: str, series: str, currency: str) -> str:
    """A CSV header cell: `embeddings.total (USD)`, `fine_tuning.hours (hours)`."""
    unit = SERIES_UNITS[series]
    return f"{name} ({currency if unit == 'CURRENCY' else unit})"


def monthly_csv(evaluation: Evaluation, uncertainty: Any = None) -> str:
    """Every monthly series of every strategy: one row per month, plain numbers, a header.

    The header names each column's unit; a `date` column (YYYY-MM, month 1 = `start_month`)
    follows `month` when the scenario has a start month, and with a Monte Carlo result
    (`UncertaintyResult`) each strategy ends with the P10/P50/P90 of its cumulative cost.
    """
    scenario = evaluation.scenario
    currency = scenario.currency
    header = ["month"] + (["date"] if scenario.start_month else [])
    header.append(csv_column("queries", "queries", currency))
    data = [evaluation.monthly(evaluation.strategies[0], "queries")]
    for key in evaluation.strategies:
        for series in MONTHLY_SERIES[1:]:
            header.append(csv_column(f"{key}.{series}", series, currency))
            data.append(evaluation.monthly(key, series))
        if uncertainty is not None:
            for band in BAND_NAMES:
                header.append(f"{key}.cumulative_{band} ({currency})")
                data.append([float(value) for value in uncertainty.cumulative[key][band]])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for month in range(scenario.horizon_months):
        row: list[object] = [month + 1]
        if scenario.start_month:
            row.append(calendar_month(scenario.start_month, month + 1))
        writer.writerow(row + [repr(column[month]) for column in data])
    return out.getvalue()
