"""The readable text report of one evaluation, as `embed-or-tune simulate` prints it.

One column per compared strategy (up to four fit in 100 columns), rows for the summary
figures, the events in the header, and the break-even months of the other pairs below.
"""

from __future__ import annotations

import shutil
import textwrap

from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.summary import compared_pairs
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.events import describe
from desktop_app.core.model.strategy_names import NAMES, TITLES
from desktop_app.present.numbers import count, money
from desktop_app.present.safe_text import lines_text

DASH = "–"
UNCERTAIN_ROWS = (
    QT_TRANSLATE_NOOP("Sheet", "Total cost P10"),
    QT_TRANSLATE_NOOP("Sheet", "Total cost P90"),
    QT_TRANSLATE_NOOP("Sheet", "Chance of being cheapest"),
)
"""The key figures a Monte Carlo run adds, below `summary_rows` (window and sheet alike)."""


def summary_rows(evaluation: Evaluation) -> list[tuple[str, list[str]]]:
    """The summary figures per compared strategy, as labelled rows of display text.

    Rows that only version 2 can fill (replicas, wrong answers priced, the long prompt's fit)
    appear only when they say something for this scenario.
    """
    keys = evaluation.strategies
    currency = evaluation.scenario.currency
    cells = _Cells(evaluation)
    cost, hours, staleness, wrong = cells.cost, cells.hours, cells.staleness, cells.wrong
    replicas, too_long, break_even = cells.replicas, cells.too_long, cells.break_even

    rows = [
        (translate("Figures", "Total cost"), [cost(key, "total_cost") for key in keys]),
        (translate("Figures", "Present value"), [cost(key, "present_value") for key in keys]),
        (
            translate("Figures", "Cost per 1,000 queries"),
            [cost(key, "cost_per_1k_queries", 2) for key in keys],
        ),
        (translate("Figures", "Maintenance hours"), [hours(key) for key in keys]),
        (
            translate("Figures", "Trainings"),
            [count(evaluation.figure(key, "trainings") or 0.0, 1) for key in keys],
        ),
        (translate("Figures", "Staleness mean / max"), [staleness(key) for key in keys]),
    ]
    if any((evaluation.figure(key, "max_replicas") or 0.0) > 0 for key in keys):
        rows.append((translate("Figures", "Dedicated replicas"), [replicas(key) for key in keys]))
    rows.append((translate("Figures", "Wrong answers"), [wrong(key) for key in keys]))
    if evaluation.scenario.quality.cost_per_wrong_answer > 0 or any(
        "quality.cost_per_wrong_answer" in event.set for event in evaluation.scenario.events
    ):
        rows.append(
            (
                translate("Figures", "Cost of wrong answers"),
                [money(sum(evaluation.monthly(k, "wrong_answers")), currency) for k in keys],
            )
        )
    if "long_context" in keys:
        rows.append(
            (translate("Figures", "Prompt exceeds window from"), [too_long(k) for k in keys])
        )
    if "embeddings" in keys and len(keys) > 1:
        rows.append(
            (translate("Figures", "Cheaper than embeddings from"), [break_even(k) for k in keys])
        )
    return rows


class _Cells:
    """The cells of `summary_rows`: one evaluation's figures as display text, per strategy."""

    def __init__(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        self.currency = evaluation.scenario.currency

    def cost(self, key: str, name: str, decimals: int = 0) -> str:
        """A money figure (a dash where it is undefined)."""
        value = self.evaluation.figure(key, name)
        return DASH if value is None else money(value, self.currency, decimals)

    def staleness(self, key: str) -> str:
        """The fine-tune's mean and worst staleness (a dash for the other strategies)."""
        if key != "fine_tuning":
            return DASH
        mean = self.evaluation.figure(key, "mean_staleness_pct") or 0.0
        peak = self.evaluation.figure(key, "max_staleness_pct") or 0.0
        return f"{mean:.0f}% / {peak:.0f}%"

    def break_even(self, key: str) -> str:
        """The month the strategy becomes cheaper than embeddings, or 'never'."""
        if key == "embeddings" or not self.evaluation.feasible(key):
            return DASH
        month = self.evaluation.break_even(f"{key}_vs_embeddings")
        return _month(month)

    def replicas(self, key: str) -> str:
        """'up to N' dedicated replicas (a dash when none are used)."""
        peak = self.evaluation.figure(key, "max_replicas") or 0.0
        return DASH if peak == 0 else translate("Figures", "up to {n}").format(n=count(peak))

    def too_long(self, key: str) -> str:
        """The month the long prompt outgrows the context window, or 'never'."""
        if key != "long_context":
            return DASH
        month = self.evaluation.figure(key, "exceeds_context_from_month")
        return _month(month)

    def hours(self, key: str) -> str:
        """The maintenance hours over the horizon."""
        return count(self.evaluation.figure(key, "total_hours") or 0.0)

    def wrong(self, key: str) -> str:
        """The wrong answers over the horizon."""
        return count(self.evaluation.figure(key, "wrong_answer_count") or 0.0)


def _month(month: float | None) -> str:
    """'month 14', or 'never'."""
    if month is None:
        return translate("Figures", "never")
    return translate("Figures", "month {month}").format(month=month)


def uncertain_labels() -> list[str]:
    """The labels of `UNCERTAIN_ROWS` in the user's language."""
    return [translate("Sheet", label) for label in UNCERTAIN_ROWS]


def uncertain_rows(
    evaluation: Evaluation, uncertainty: UncertaintyResult
) -> list[tuple[str, list[str]]]:
    """The P10 and P90 total cost and the chance of being cheapest, per compared strategy."""
    currency = evaluation.scenario.currency
    keys = [key for key in evaluation.strategies if key in uncertainty.total_cost]
    low, high = (
        [money(uncertainty.total_cost[key][level], currency) for key in keys]
        for level in ("p10", "p90")
    )
    chance = [f"{uncertainty.probability_cheapest[key]:.0%}" for key in keys]
    return list(zip(uncertain_labels(), (low, high, chance), strict=True))


def _wrapped(prefix: str, text: str, width: int) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=prefix, subsequent_indent=" " * len(prefix)
    )


def _header(evaluation: Evaluation, width: int) -> list[str]:
    scenario = evaluation.scenario
    start = f" · from {scenario.start_month}" if scenario.start_month else ""
    lines = [f"{scenario.name} · {scenario.horizon_months} months · {scenario.currency}{start}"]
    events = describe(scenario)
    if events:
        lines.append("Events:")
        for line in events:
            lines += _wrapped("  ", line, width)
    return lines


def text_report(evaluation: Evaluation, width: int | None = None) -> str:
    """Totals, cost per 1,000 queries, hours, trainings, staleness, break-even, advice."""
    width = width or min(100, shutil.get_terminal_size((100, 24)).columns)
    scenario = evaluation.scenario
    keys = evaluation.strategies
    lines = [*_header(evaluation, width), ""]
    rows = summary_rows(evaluation)
    label_width = max(len(label) for label, _ in rows) + 2
    cell_width = max(12, *(len(cell) + 2 for _, cells in rows for cell in cells))
    cell_width = max(cell_width, *(len(TITLES[key]) + 2 for key in keys))
    header = " " * label_width + "".join(TITLES[key].rjust(cell_width) for key in keys)
    lines.append(header)
    for label, cells in rows:
        lines.append(label.ljust(label_width) + "".join(cell.rjust(cell_width) for cell in cells))
    lines.append("")
    for pair, (a, b) in compared_pairs(keys).items():
        if b == "embeddings":
            continue  # in the table
        month = evaluation.break_even(pair)
        if not (evaluation.feasible(a) and evaluation.feasible(b)):
            when = "– (the long prompt does not fit)"
        else:
            when = "never" if month is None else f"month {month}"
        lines.append(f"{TITLES[a]} cheaper than {NAMES[b]} from: {when}")
    cheapest = evaluation.cheapest
    recommendation = evaluation.advice.recommendation
    lines += [
        f"Cheapest over {scenario.horizon_months} months: "
        + ("none fits the whole horizon" if cheapest is None else NAMES[cheapest]),
        "",
        "Recommendation: " + ("none" if recommendation is None else NAMES[recommendation]),
    ]
    for reason in evaluation.advice.reasons:
        lines += _wrapped("  • ", reason, width)
    if evaluation.advice.warnings:
        lines.append("Warnings:")
        for warning in evaluation.advice.warnings:
            lines += _wrapped("  ! ", warning, width)
    return lines_text(lines)
