"""Showing amounts in another currency: every money figure times one exchange rate.

The model computes in the scenario's currency. A display currency converts an evaluation (and
a Monte Carlo result) for showing only: money arrays and figures are scaled, hours, trainings
and staleness are not, and since every amount scales alike no decision changes. The advice is
redrawn so its sentences name the converted amounts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.core.advice import advise
from desktop_app.core.engine import BatchResult, StrategyMonths
from desktop_app.core.evaluation import Evaluation
from desktop_app.core.monte_carlo import UncertaintyResult
from desktop_app.core.summary import BatchSummary

MONEY_FIGURES = ("total_cost", "cost_per_1k_queries", "present_value")


@dataclass(frozen=True)
class DisplayCurrency:
    """Show amounts of `source` scenarios in `target`: 1 source = `rate` target."""

    source: str
    target: str
    rate: float

    def applies_to(self, currency: str) -> bool:
        """True when a scenario in `currency` is shown converted."""
        return currency == self.source and self.target != self.source

    def note(self) -> str:
        """'amounts in EUR at 0.92 EUR per USD'."""
        return f"amounts in {self.target} at {self.rate:g} {self.target} per {self.source}"


def _scaled_months(months: StrategyMonths, rate: float) -> StrategyMonths:
    return replace(
        months,
        components={name: array * rate for name, array in months.components.items()},
        total=months.total * rate,
        cumulative=months.cumulative * rate,
    )


def _scaled_summary(summary: BatchSummary, rate: float) -> BatchSummary:
    figures = {
        key: {name: (v * rate if name in MONEY_FIGURES else v) for name, v in values.items()}
        for key, values in summary.strategies.items()
    }
    return replace(summary, strategies=figures)


def convert(evaluation: Evaluation, display: DisplayCurrency) -> Evaluation:
    """The evaluation with its amounts in the display currency (unchanged if not applicable)."""
    scenario = evaluation.scenario
    if not display.applies_to(scenario.currency):
        return evaluation
    result: BatchResult = evaluation.result
    converted = replace(
        result,
        strategies={k: _scaled_months(m, display.rate) for k, m in result.strategies.items()},
        summary=_scaled_summary(result.summary, display.rate),
    )
    shown = scenario.model_copy(update={"currency": display.target})
    return Evaluation(shown, converted, advise(shown, converted))


def convert_uncertainty(
    result: UncertaintyResult, currency: str, display: DisplayCurrency
) -> UncertaintyResult:
    """A Monte Carlo result of a scenario in `currency`, in the display currency."""
    if not display.applies_to(currency):
        return result
    rate = display.rate
    return replace(
        result,
        cumulative={
            key: {name: values * rate for name, values in bands.items()}
            for key, bands in result.cumulative.items()
        },
        total_cost={
            key: {name: value * rate for name, value in figures.items()}
            for key, figures in result.total_cost.items()
        },
    )
