"""What the printed comparison sheet says, as small HTML pieces (Qt-free).

The sheet lays these out on pages (desktop_app/gui/printing/sheet.py); keeping the words and numbers
here means a reader finds them in one place and tests can read them without painting. This module
holds the key figures, scope, costs, advice and the comparison's rows; `sheet_assumptions` the
inputs, checklist and notes; `sheet_events` the events; `sheet_html` the pieces they share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app import APP_NAME, __version__
from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import COMPONENTS, MODEL_OF
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.events import calendar_month
from desktop_app.core.model.scenario import ModelPrices, Scenario
from desktop_app.core.model.strategy_names import TITLES
from desktop_app.present.labels import component_title, field_text, strategy_name, strategy_title
from desktop_app.present.numbers import count, localized_prose, money
from desktop_app.present.sheet_html import MODEL_TITLES, TABLE, escape, number_text, table_html
from desktop_app.present.tables import summary_rows, uncertain_rows


@dataclass(frozen=True)
class SheetItem:
    """One scenario on the sheet: its evaluation, its Monte Carlo run (if it has ranges)."""

    evaluation: Evaluation
    uncertainty: UncertaintyResult | None = None
    file_name: str | None = None
    currency_note: str | None = None  # "amounts in EUR at 0.92 EUR per USD"
    money_rate: float = 1.0
    """What the scenario's money inputs were multiplied by to show them (the display rate)."""

    @property
    def scenario(self) -> Scenario:
        """The scenario shown."""
        return self.evaluation.scenario


def title_html(item: SheetItem, today: date | None = None) -> str:
    """Scenario name, horizon, currency, date, app version and file."""
    scenario = item.scenario
    today = today or date.today()
    source = f" · {escape(item.file_name)}" if item.file_name else ""
    if item.currency_note:
        source += f" · {escape(item.currency_note)}"
    months = translate("Sheet", "{months} months").format(months=scenario.horizon_months)
    if scenario.start_month:
        months = translate("Sheet", "{months} months from {start}").format(
            months=scenario.horizon_months, start=scenario.start_month
        )
    kind = translate("Sheet", "comparison sheet")
    return (
        f"<p style='color:#666; margin:0'>{APP_NAME} · {kind}</p>"
        f"<h1 style='margin:2px 0 4px 0'>{escape(scenario.name)}</h1>"
        f"<p style='margin:0'>{months} · {scenario.currency} · "
        f"{today.isoformat()} · {APP_NAME} {__version__}{source}</p>"
    )


def figures_html(item: SheetItem) -> str:
    """Key figures per strategy (with P10/P90 and chances when the scenario has ranges)."""
    evaluation = item.evaluation
    keys = evaluation.strategies
    rows = summary_rows(evaluation)
    if item.uncertainty is not None:
        rows += uncertain_rows(evaluation, item.uncertainty)
    cheapest = evaluation.cheapest
    header = [f"{strategy_title(key)}{' ✓' if key == cheapest else ''}" for key in keys]
    return (
        "<h2>"
        + translate("Sheet", "Key figures")
        + "</h2>"
        + table_html(rows, header, first=translate("Sheet", "Figure"))
        + "<p style='margin-top:2px; color:#666'>"
        + translate("Sheet", "✓ cheapest over the horizon.")
        + "</p>"
        + "".join(f"<p><b>{escape(line)}</b></p>" for line in feasibility_lines(evaluation))
    )


def when_text(scenario: Scenario, month: int) -> str:
    """'month 14', with its calendar month when the scenario has a start month."""
    if scenario.start_month:
        return translate("Sheet", "month {month} ({date})").format(
            month=month, date=calendar_month(scenario.start_month, month)
        )
    return translate("Sheet", "month {month}").format(month=month)


def feasibility_lines(evaluation: Evaluation) -> list[str]:
    """'Long context does not fit the context window from month 14.' per infeasible strategy."""
    lines = []
    for key in evaluation.strategies:
        if evaluation.feasible(key):
            continue
        month = evaluation.figure(key, "exceeds_context_from_month")
        first = translate("Sheet", "the first month")
        when = when_text(evaluation.scenario, int(month)) if month else first
        text = translate(
            "Sheet",
            "{strategy} does not fit the context window from {when}: "
            "its total is not a price to pay, and it is never the cheapest.",
        )
        lines.append(text.format(strategy=strategy_title(key), when=when))
    return lines


def _serving_text(prices: ModelPrices, currency: str) -> str:
    if prices.serving == "per_token":
        return translate("Sheet", "per token (billed by the provider per token)")
    dedicated = prices.dedicated
    return translate(
        "Sheet",
        "dedicated replicas: {price} per replica-hour, {input} input and {output} output "
        "tokens/s per replica, at least {least}, sized for {share}% utilisation at the busiest "
        "hour",
    ).format(
        price=money(dedicated.replica_per_hour, currency, 2),
        input=number_text(dedicated.input_tokens_per_second),
        output=number_text(dedicated.output_tokens_per_second),
        least=number_text(dedicated.min_replicas),
        share=number_text(dedicated.target_utilisation_pct),
    )


def scope_html(evaluation: Evaluation) -> str:
    """The compared strategies, the start month, how each model used is served, and replicas."""
    scenario = evaluation.scenario
    keys = evaluation.strategies
    rows = [
        (
            translate("Sheet", "Strategies compared"),
            ", ".join(strategy_title(key) for key in keys) + f" ({len(keys)})",
        ),
        (
            translate("Sheet", "Start month"),
            translate("Sheet", "{start} is month 1").format(start=scenario.start_month)
            if scenario.start_month
            else translate("Sheet", "not set: months are counted from 1"),
        ),
    ]
    for model in ("base_model", "fine_tuned_model"):
        users = [strategy_title(key) for key in keys if MODEL_OF[key] == model]
        if not users:
            continue
        prices = getattr(scenario, model)
        answers = translate("Sheet", "answers for {strategies}").format(strategies=", ".join(users))
        text = f"{_serving_text(prices, scenario.currency)} · {answers}"
        serving = translate("Sheet", "{model} serving")
        rows.append((serving.format(model=field_text(MODEL_TITLES[model])), text))
    replicas = [
        translate("Sheet", "{strategy} up to {count}").format(
            strategy=strategy_title(key), count=count(peak)
        )
        for key in keys
        if (peak := evaluation.figure(key, "max_replicas") or 0.0) > 0
    ]
    if replicas:
        rows.append((translate("Sheet", "Peak dedicated replicas"), ", ".join(replicas)))
    body = "".join(
        f"<tr><td width='30%'>{escape(label)}</td><td>{escape(localized_prose(text))}</td></tr>"
        for label, text in rows
    )
    heading = translate("Sheet", "Strategies and serving")
    return f"<h2>{heading}</h2>{TABLE}{body}</table>"


def components_html(evaluation: Evaluation) -> str:
    """Cost by component over the horizon per strategy (components that cost something)."""
    keys = evaluation.strategies
    currency = evaluation.scenario.currency
    rows = []
    for component in COMPONENTS:
        totals = [sum(evaluation.monthly(key, component)) for key in keys]
        if any(total != 0 for total in totals):
            rows.append((component_title(component), [money(t, currency) for t in totals]))
    total = translate("Sheet", "Total")
    rows.append((total, [money(sum(evaluation.monthly(k, "total")), currency) for k in keys]))
    months = evaluation.scenario.horizon_months
    heading = translate("Sheet", "Cost by component over {months} months").format(months=months)
    return f"<h2>{heading}</h2>" + table_html(
        rows, [strategy_title(key) for key in keys], first=translate("Sheet", "Component")
    )


def advice_html(item: SheetItem) -> str:
    """The recommendation, its reasons and the warnings."""
    advice = item.evaluation.advice
    none = translate("Sheet", "none")
    chosen = strategy_name(advice.recommendation) if advice.recommendation else none
    heading = translate("Sheet", "Recommendation: {strategy}").format(strategy=chosen)
    parts = [
        f"<h2>{heading}</h2><ul>",
        *(f"<li>{escape(localized_prose(reason))}</li>" for reason in advice.reasons),
        "</ul>",
    ]
    if advice.warnings:
        parts.append("<p><b>" + translate("Sheet", "Watch out") + "</b></p><ul>")
        parts += [f"<li>{escape(localized_prose(warning))}</li>" for warning in advice.warnings]
        parts.append("</ul>")
    return "".join(parts)


def comparison_title_html(items: list[SheetItem], today: date | None = None) -> str:
    """Title of a comparison of several scenarios."""
    today = today or date.today()
    names = ", ".join(escape(item.scenario.name) for item in items)
    kind = translate("Sheet", "comparison sheet")
    heading = translate("Sheet", "Comparison of {count} scenarios").format(count=len(items))
    return (
        f"<p style='color:#666; margin:0'>{APP_NAME} · {kind}</p>"
        f"<h1 style='margin:2px 0 4px 0'>{heading}</h1>"
        f"<p style='margin:0'>{names} · {today.isoformat()} · {APP_NAME} {__version__}</p>"
    )


def mixed_currency_note(currencies: list[str]) -> str | None:
    """What a comparison of scenarios in different currencies says under its chart, if so.

    Nothing is converted (no rate is known between the files), so one axis carries amounts
    of several currencies: heights of lines in different currencies mean nothing side by side.
    """
    distinct = list(dict.fromkeys(currencies))
    if len(distinct) < 2:
        return None
    return translate(
        "Sheet",
        "Each scenario's amounts are in its own currency ({currencies}), not converted: "
        "lines of different currencies cannot be compared by their height.",
    ).format(currencies=", ".join(distinct))


NOT_COMPARED = QT_TRANSLATE_NOOP("Sheet", "not compared")
MAX_COMPARED = 4
"""The comparison sheet holds 2 to this many scenarios side by side."""


def sheet_comparison_rows(evaluations: list[Evaluation]) -> list[tuple[str, list[str]]]:
    """The side-by-side rows of the comparison sheet, lined up across strategy sets.

    Every strategy any scenario compares gets its rows; a scenario that does not compare it
    says "not compared" there (a dash stays for a figure that is undefined), and a long-context
    strategy that outgrows its window says so instead of showing a total to pay.
    """
    from desktop_app.core.analyses.comparison import comparison_table

    rows = comparison_table(evaluations, money, count)
    strategies = {f"total:{key}" for key in TITLES} | {
        f"pair:{key}_vs_embeddings" for key in TITLES
    }
    not_compared = translate("Sheet", NOT_COMPARED)
    too_long = translate("Sheet", "{cell} (does not fit)")
    lined: list[tuple[str, list[str]]] = [
        (
            translate("Sheet", "Strategies compared"),
            [", ".join(strategy_title(key) for key in e.strategies) for e in evaluations],
        )
    ]
    for row_key, label, cells in rows:
        if row_key in strategies:
            key = row_key.split(":", 1)[1].removesuffix("_vs_embeddings")
            cells = [
                not_compared
                if key not in e.strategies
                else cell
                if e.feasible(key)
                else too_long.format(cell=cell)
                for e, cell in zip(evaluations, cells, strict=True)
            ]
        lined.append((label, cells))
    if any("long_context" in e.strategies for e in evaluations):
        cells = _long_context_cells(evaluations)
        lined.append((translate("Sheet", "Long context cheaper than embeddings from"), cells))
        lined.append(
            (
                translate("Sheet", "Long prompt exceeds the window from"),
                _too_long_cells(evaluations),
            )
        )
    return lined


def _long_context_cells(evaluations: list[Evaluation]) -> list[str]:
    cells = []
    for e in evaluations:
        if "long_context" not in e.strategies:
            cells.append(translate("Sheet", NOT_COMPARED))
        elif "embeddings" not in e.strategies or not e.feasible("long_context"):
            cells.append("–")
        else:
            month = e.break_even("long_context_vs_embeddings")
            cells.append(_never() if month is None else _month(month))
    return cells


def _never() -> str:
    return translate("Comparison", "never")


def _month(month: int) -> str:
    return translate("Comparison", "month {month}").format(month=count(month))


def _too_long_cells(evaluations: list[Evaluation]) -> list[str]:
    cells = []
    for e in evaluations:
        if "long_context" not in e.strategies:
            cells.append(translate("Sheet", NOT_COMPARED))
            continue
        month = e.figure("long_context", "exceeds_context_from_month")
        cells.append(_never() if month is None else when_text(e.scenario, int(month)))
    return cells
