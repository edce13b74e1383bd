"""Readable text of the analyses: uncertainty, sensitivity, decision map and break-even."""

from __future__ import annotations

from desktop_app.core.analyses.break_even_finder import Crossing
from desktop_app.core.analyses.decision_map import DecisionMap
from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.analyses.sensitivity import SensitivityRow, difference
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.numbers import count, money, plain_number
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.strategy_names import NAMES, TITLES
from desktop_app.present.safe_text import lines_text

LETTERS = {"embeddings": "E", "fine_tuning": "F", "hybrid": "H", "long_context": "L", None: "."}
"""A map cell's letter; '.' where no compared strategy fits the horizon."""


def _table(rows: list[tuple[str, list[str]]], header: list[str]) -> list[str]:
    label_width = max(len(label) for label, _ in rows) + 2
    cell_width = max(12, *(len(cell) + 2 for _, cells in rows for cell in cells))
    cell_width = max(cell_width, *(len(title) + 2 for title in header))
    lines = [" " * label_width + "".join(title.rjust(cell_width) for title in header)]
    for label, cells in rows:
        lines.append(label.ljust(label_width) + "".join(cell.rjust(cell_width) for cell in cells))
    return lines


def value_with_unit(path: str, value: float) -> str:
    """'706,146 queries/month', '5 %/month'.

    Four decimals below 1,000, but never a value the input cannot take: 1e-300 is not shown
    as 0, nor 99.9999999999 of an overlap below 100 as 100.
    """
    field = numeric_field(path)
    if abs(value) >= 1000:
        number = f"{value:,.0f}"
    elif value and not round(value, 4):
        number = plain_number(float(f"{value:.4g}"))
    elif field.broken_bound(round(value, 4)) and not field.broken_bound(value):
        number = plain_number(value)
    else:
        number = plain_number(round(value, 4))
    return f"{number} {field.unit}".strip()


def uncertainty_report(result: UncertaintyResult, scenario: Scenario) -> str:
    """Totals at P10/P50/P90, their mean, and the chance of each strategy being cheapest."""
    currency = scenario.currency
    keys = list(result.total_cost)

    def totals(name: str) -> list[str]:
        return [money(result.total_cost[key][name], currency) for key in keys]

    rows = [(f"Total cost {name.upper()}", totals(name)) for name in ("p10", "p50", "p90")]
    rows.append(("Total cost, mean", totals("mean")))
    shares = [f"{result.probability_cheapest[key]:.0%}" for key in keys]
    rows.append(("Chance of being cheapest", shares))
    ranges = ", ".join(entry.field for entry in scenario.uncertainty)
    lines = [
        "",
        f"Uncertainty: {result.samples:,} samples, seed {result.seed}",
        f"Uncertain inputs: {ranges or 'none (every sample is the plain run)'}",
        "",
        *_table(rows, [TITLES[k] for k in keys]),
    ]
    return lines_text(lines)


def sensitivity_report(rows: list[SensitivityRow], scenario: Scenario, limit: int = 15) -> str:
    """The inputs that swing the compared difference most (fine-tuning − embeddings)."""
    currency = scenario.currency
    keys = scenario.strategies
    if "fine_tuning" in keys and "embeddings" in keys:
        name, short = "fine-tuning − embeddings total cost", "FT-E"
    elif len(keys) > 1:
        name, short = f"{NAMES[keys[1]]} − {NAMES[keys[0]]} total cost", "difference"
    else:
        name, short = f"{NAMES[keys[0]]} total cost", "total"
    width = max([44, *(len(row.field) for row in rows[:limit])])
    header = f"{'input':{width}} {'low':>14} {'high':>14} {'swing':>11}  {short} at low → high"
    lines = [f"{scenario.name}: sensitivity of {name}", "", header]
    for row in rows[:limit]:
        at_low = difference(row.total_cost_low)
        at_high = difference(row.total_cost_high)
        low, high = plain_number(round(row.low, 6)), plain_number(round(row.high, 6))
        change = f"{money(at_low, currency)} → {money(at_high, currency)}"
        lines.append(
            f"{row.field:{width}} {low:>14} {high:>14} {money(row.swing, currency):>11}  {change}"
        )
    if len(rows) > limit:
        lines.append(f"… and {len(rows) - limit} more (see --json)")
    return lines_text(lines)


def map_report(found: DecisionMap, scenario: Scenario) -> str:
    """The cheapest strategy as a letter grid: E embeddings, F fine-tuning, H hybrid, ..."""
    legend = ", ".join(f"{LETTERS[key]} {NAMES[key]}" for key in scenario.strategies)
    if "long_context" in scenario.strategies:
        legend += ", . none fits"
    lines = [
        f"{scenario.name}: cheapest strategy ({legend})",
        f"rows: {found.y.field}; columns: {found.x.field}"
        f" {'(log scale)' if found.x.log else ''}".rstrip(),
        "",
    ]
    labels = [f"{value:z,.3g}" for value in found.y.values[::-1]]  # z: never "-0"
    width = max(len(label) for label in labels)
    for label, row in zip(labels, found.cheapest[::-1], strict=True):
        lines.append(f"{label:>{width}}  {''.join(LETTERS[key] for key in row)}")
    low = value_with_unit(found.x.field, found.x.values[0])
    high = value_with_unit(found.x.field, found.x.values[-1])
    lines.append(f"{'':>{width}}  {low} … {high}")
    return lines_text(lines)


def break_even_report(crossings: list[Crossing], field: str, scenario: Scenario) -> str:
    """One line per crossing: which strategy is cheaper above which value."""
    if not crossings:
        return lines_text(
            [f"{scenario.name}: no two strategies cost the same anywhere in the range of {field}"]
        )
    lines = [f"{scenario.name}: break-even values of {field}"]
    for crossing in crossings:
        line = (
            f"  {NAMES[crossing.cheaper_above]} cheaper than {NAMES[crossing.cheaper_below]} above "
            f"{value_with_unit(field, crossing.value)}"
        )
        lines.append(line)
        step = money(abs(crossing.step), scenario.currency)
        if crossing.step and numeric_field(field).integer:
            lines.append(
                f"    a whole-number input: the totals jump past each other by {step} "
                "from one whole number to the next"
            )
        elif crossing.step:
            lines.append(
                f"    a step, not a crossing: the totals jump past each other by {step} there "
                "(e.g. a replica more)"
            )
    return lines_text(lines)


__all__ = ["break_even_report", "count", "map_report", "sensitivity_report", "uncertainty_report"]
