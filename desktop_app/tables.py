"""The readable text report of one evaluation, as `embed-or-tune simulate` prints it."""

from __future__ import annotations

import shutil
import textwrap

from desktop_app.core.engine import NAMES, STRATEGIES, TITLES
from desktop_app.core.evaluation import Evaluation
from desktop_app.present.numbers import count, money
from desktop_app.terminal import lines_text

DASH = "–"


def summary_rows(evaluation: Evaluation) -> list[tuple[str, list[str]]]:
    """The summary figures per strategy, as labelled rows of display text."""
    currency = evaluation.scenario.currency

    def cost(key: str, name: str, decimals: int = 0) -> str:
        value = evaluation.figure(key, name)
        return DASH if value is None else money(value, currency, decimals)

    def staleness(key: str) -> str:
        if key != "fine_tuning":
            return DASH
        mean = evaluation.figure(key, "mean_staleness_pct") or 0.0
        peak = evaluation.figure(key, "max_staleness_pct") or 0.0
        return f"{mean:.0f}% / {peak:.0f}%"

    def break_even(key: str) -> str:
        if key == "embeddings":
            return DASH
        month = evaluation.break_even(f"{key}_vs_embeddings")
        return "never" if month is None else f"month {month}"

    return [
        ("Total cost", [cost(key, "total_cost") for key in STRATEGIES]),
        ("Present value", [cost(key, "present_value") for key in STRATEGIES]),
        ("Cost per 1,000 queries", [cost(key, "cost_per_1k_queries", 2) for key in STRATEGIES]),
        (
            "Maintenance hours",
            [count(evaluation.figure(key, "total_hours") or 0.0) for key in STRATEGIES],
        ),
        ("Trainings", [count(evaluation.figure(key, "trainings") or 0.0, 1) for key in STRATEGIES]),
        ("Staleness mean / max", [staleness(key) for key in STRATEGIES]),
        ("Cheaper than embeddings from", [break_even(key) for key in STRATEGIES]),
    ]


def _wrapped(prefix: str, text: str, width: int) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=prefix, subsequent_indent=" " * len(prefix)
    )


def text_report(evaluation: Evaluation, width: int | None = None) -> str:
    """Totals, cost per 1,000 queries, hours, trainings, staleness, break-even, advice."""
    width = width or min(100, shutil.get_terminal_size((100, 24)).columns)
    scenario = evaluation.scenario
    lines = [
        f"{scenario.name} · {scenario.horizon_months} months · {scenario.currency}",
        "",
    ]
    rows = summary_rows(evaluation)
    label_width = max(len(label) for label, _ in rows) + 2
    cell_width = max(12, *(len(cell) + 2 for _, cells in rows for cell in cells))
    header = " " * label_width + "".join(TITLES[key].rjust(cell_width) for key in STRATEGIES)
    lines.append(header)
    for label, cells in rows:
        lines.append(label.ljust(label_width) + "".join(cell.rjust(cell_width) for cell in cells))
    month = evaluation.break_even("fine_tuning_vs_hybrid")
    lines += [
        "",
        "Fine-tuning cheaper than hybrid from: " + ("never" if month is None else f"month {month}"),
        f"Cheapest over {scenario.horizon_months} months: {NAMES[evaluation.cheapest]}",
        "",
        f"Recommendation: {NAMES[evaluation.advice.recommendation]}",
    ]
    for reason in evaluation.advice.reasons:
        lines += _wrapped("  • ", reason, width)
    if evaluation.advice.warnings:
        lines.append("Warnings:")
        for warning in evaluation.advice.warnings:
            lines += _wrapped("  ! ", warning, width)
    return lines_text(lines)
