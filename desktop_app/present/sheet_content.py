"""What the printed comparison sheet says, as small HTML pieces (Qt-free).

The sheet lays these out on pages (desktop_app/gui/printing/sheet.py); keeping the words and numbers
here means a reader finds them in one place and tests can read them without painting.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from desktop_app import APP_NAME, __version__
from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import MODEL_OF
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.effort_profiles import profile_title
from desktop_app.core.model.events import SERVING_PATHS, calendar_month, month_index
from desktop_app.core.model.fields import (
    RETRAIN_POLICY_NAMES,
    SECTIONS,
    numeric_field,
    numeric_fields,
    value_at,
)
from desktop_app.core.model.scenario import Checklist, Event, ModelPrices, Scenario
from desktop_app.core.model.strategy_names import NAMES, TITLES
from desktop_app.core.prices.catalog import ROLES
from desktop_app.present.labels import (
    after_colon,
    field_text,
    label_of,
    strategy_name,
    strategy_title,
    unit_text,
)
from desktop_app.present.numbers import count, localized, localized_prose, money
from desktop_app.present.tables import summary_rows, uncertain_rows

ASSUMPTION_SECTIONS = ((QT_TRANSLATE_NOOP("Field", "Scenario"), ("horizon_months",)), *SECTIONS)
CHANGED_MARK = "●"
SERVING_NAMES = {
    "per_token": QT_TRANSLATE_NOOP("Sheet", "per token"),
    "dedicated": QT_TRANSLATE_NOOP("Sheet", "dedicated replicas"),
}
MODEL_TITLES = {
    "base_model": QT_TRANSLATE_NOOP("Field", "Base model"),
    "fine_tuned_model": QT_TRANSLATE_NOOP("Field", "Fine-tuned model"),
}
COMPONENT_TEXTS = (
    QT_TRANSLATE_NOOP("Component", "Embedding"),
    QT_TRANSLATE_NOOP("Component", "Vector store"),
    QT_TRANSLATE_NOOP("Component", "Reranker"),
    QT_TRANSLATE_NOOP("Component", "Inference"),
    QT_TRANSLATE_NOOP("Component", "Context cache"),
    QT_TRANSLATE_NOOP("Component", "Training"),
    QT_TRANSLATE_NOOP("Component", "Evaluation"),
    QT_TRANSLATE_NOOP("Component", "Hosting"),
    QT_TRANSLATE_NOOP("Component", "Engineering"),
    QT_TRANSLATE_NOOP("Component", "Wrong answers"),
)
"""The cost components as legends and the sheet name them (charts.COMPONENT_NAMES), for lupdate."""
TABLE = (
    "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
    "style='border-collapse:collapse'>"
)


@dataclass(frozen=True)
class SheetItem:
    """One scenario on the sheet: its evaluation, its Monte Carlo run (if it has ranges)."""

    evaluation: Evaluation
    uncertainty: UncertaintyResult | None = None
    file_name: str | None = None
    currency_note: str | None = None  # "amounts in EUR at 0.92 EUR per USD"

    @property
    def scenario(self) -> Scenario:
        """The scenario shown."""
        return self.evaluation.scenario


def _escape(text: object) -> str:
    return html.escape(str(text))


def _number(value: float | None) -> str:
    if value is None:
        return translate("Sheet", "empty")
    if float(value).is_integer():
        return localized(f"{value:,.0f}")
    return localized(f"{value:,.6g}" if abs(value) >= 1 else f"{value:.6g}")


def title_html(item: SheetItem, today: date | None = None) -> str:
    """Scenario name, horizon, currency, date, app version and file."""
    scenario = item.scenario
    today = today or date.today()
    source = f" · {_escape(item.file_name)}" if item.file_name else ""
    if item.currency_note:
        source += f" · {_escape(item.currency_note)}"
    months = translate("Sheet", "{months} months").format(months=scenario.horizon_months)
    if scenario.start_month:
        months = translate("Sheet", "{months} months from {start}").format(
            months=scenario.horizon_months, start=scenario.start_month
        )
    kind = translate("Sheet", "comparison sheet")
    return (
        f"<p style='color:#666; margin:0'>{APP_NAME} · {kind}</p>"
        f"<h1 style='margin:2px 0 4px 0'>{_escape(scenario.name)}</h1>"
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
        + "".join(f"<p><b>{_escape(line)}</b></p>" for line in feasibility_lines(evaluation))
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
        "tokens/s per replica, at least {least}, sized for {share} % utilisation at the busiest "
        "hour",
    ).format(
        price=money(dedicated.replica_per_hour, currency, 2),
        input=_number(dedicated.input_tokens_per_second),
        output=_number(dedicated.output_tokens_per_second),
        least=_number(dedicated.min_replicas),
        share=_number(dedicated.target_utilisation_pct),
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
        f"<tr><td width='30%'>{_escape(label)}</td><td>{_escape(localized_prose(text))}</td></tr>"
        for label, text in rows
    )
    heading = translate("Sheet", "Strategies and serving")
    return f"<h2>{heading}</h2>{TABLE}{body}</table>"


def _set_value(path: str, value: object) -> str:
    if path in SERVING_PATHS:
        return translate("Sheet", SERVING_NAMES.get(str(value), str(value)))
    return _number(value) if isinstance(value, int | float) else translate("Sheet", "empty")


def _model_label(path: str) -> str:
    """An event's field in the window's words, with its model where two models share it."""
    if path in SERVING_PATHS:
        return translate("Sheet", "{model}: serving").format(
            model=field_text(MODEL_TITLES[path.split(".")[0]])
        )
    label = label_of(path)
    model = path.split(".")[0]
    if model in MODEL_TITLES and not label.startswith(field_text(MODEL_TITLES[model])):
        try:
            english = numeric_field(path).label
        except KeyError:
            english = label
        return f"{field_text(MODEL_TITLES[model])}: {after_colon(english)}"
    return label


def _event_row(scenario: Scenario, event: Event) -> str:
    sets = "<br>".join(
        f"{_escape(_model_label(path))} = {_escape(_set_value(path, value))}"
        for path, value in event.set.items()
    )
    hours = "<br>".join(
        f"{_escape(strategy_title(key))} {_escape(_number(value))} h"
        for key, value in event.hours.items()
    )
    name = _escape(event.name or translate("Sheet", "event"))
    if event.month > scenario.horizon_months:
        name += " <i>" + translate("Sheet", "(after the horizon: no effect)") + "</i>"
    yes = translate("Sheet", "yes")
    when = str(event.month)
    if scenario.start_month:
        when += f"<br>{calendar_month(scenario.start_month, event.month)}"
    return (
        f"<tr><td>{when}</td><td>{name}</td><td>{sets or '—'}</td>"
        f"<td align='center'>{yes if event.re_embed else '—'}</td>"
        f"<td align='center'>{yes if event.retrain else '—'}</td><td>{hours or '—'}</td></tr>"
    )


def events_html(scenario: Scenario) -> str:
    """The events in month order: when, name, what each sets, re-embed, retrain, hours."""
    heading = "<h2>" + translate("Sheet", "Events") + "</h2>"
    if not scenario.events:
        none = translate("Sheet", "No events: prices and serving stay as set for the horizon.")
        return f"{heading}<p>{none}</p>"
    rows = "".join(
        _event_row(scenario, event) for event in sorted(scenario.events, key=month_index)
    )
    intro = translate(
        "Sheet",
        "Each event happens at the start of its month; what it sets holds from then on.",
    )
    month, event, sets = (
        translate("Sheet", "Month"),
        translate("Sheet", "Event"),
        translate("Sheet", "Sets"),
    )
    re_embed, retrain, hours = (
        translate("Sheet", "Re-embed"),
        translate("Sheet", "Retrain"),
        translate("Sheet", "Hours"),
    )
    return (
        f"{heading}<p>{intro}</p>"
        f"{TABLE}<tr><th align='left' width='9%'>{month}</th>"
        f"<th align='left' width='24%'>{event}</th>"
        f"<th align='left'>{sets}</th><th width='12%'>{re_embed}</th>"
        f"<th width='12%'>{retrain}</th>"
        f"<th align='left' width='16%'>{hours}</th></tr>{rows}</table>"
    )


def components_html(evaluation: Evaluation, names: dict[str, str]) -> str:
    """Cost by component over the horizon per strategy (components that cost something)."""
    keys = evaluation.strategies
    currency = evaluation.scenario.currency
    rows = []
    for component, title in names.items():
        totals = [sum(evaluation.monthly(key, component)) for key in keys]
        if any(total != 0 for total in totals):
            rows.append((translate("Component", title), [money(t, currency) for t in totals]))
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
        *(f"<li>{_escape(localized_prose(reason))}</li>" for reason in advice.reasons),
        "</ul>",
    ]
    if advice.warnings:
        parts.append("<p><b>" + translate("Sheet", "Watch out") + "</b></p><ul>")
        parts += [f"<li>{_escape(localized_prose(warning))}</li>" for warning in advice.warnings]
        parts.append("</ul>")
    return "".join(parts)


def _range_text(scenario: Scenario, path: str) -> str:
    for entry in scenario.uncertainty:
        if entry.field == path:
            return f"{_number(entry.low)} – {_number(entry.high)} ({entry.distribution})"
    return ""


def assumptions_html(scenario: Scenario, title: str, prefixes: tuple[str, ...]) -> str:
    """One section of the assumptions table: every input with its unit; changes marked."""
    rows = []
    for field in numeric_fields():
        if not field.path.startswith(prefixes) and field.path not in prefixes:
            continue
        value = value_at(scenario, field.path)
        changed = value != field.default and not (value is None and field.default is None)
        mark = CHANGED_MARK if changed else ""
        default = "" if not changed else _number(field.default)
        unit = _escape(unit_text(field, scenario.currency))
        spread = _escape(_range_text(scenario, field.path))
        rows.append(
            f"<tr><td>{mark}</td><td>{_escape(field_text(field.label))}</td>"
            f"<td align='right'>{_number(value)}</td><td>{unit}</td>"
            f"<td align='right'>{default}</td><td></td><td>{spread}</td></tr>"
        )
    if prefixes == ("fine_tuning.",):
        policy = scenario.fine_tuning.retrain_policy
        changed = CHANGED_MARK if policy != "every_n_months" else ""
        default = field_text(RETRAIN_POLICY_NAMES["every_n_months"]) if changed else ""
        rows.insert(
            0,
            f"<tr><td>{changed}</td><td>{label_of('fine_tuning.retrain_policy')}</td>"
            f"<td colspan='2'>{field_text(RETRAIN_POLICY_NAMES[policy])}</td>"
            f"<td align='right'>{default}</td><td></td><td></td></tr>",
        )
    if prefixes in (("base_model.",), ("fine_tuned_model.",)):
        serving = getattr(scenario, prefixes[0].rstrip(".")).serving
        changed = CHANGED_MARK if serving != "per_token" else ""
        default = translate("Sheet", SERVING_NAMES["per_token"]) if changed else ""
        label = translate("Sheet", "Serving")
        rows.insert(
            0,
            f"<tr><td>{changed}</td><td>{label}</td><td colspan='2'>"
            f"{translate('Sheet', SERVING_NAMES[serving])}"
            f"</td><td align='right'>{default}</td><td></td><td></td></tr>",
        )
    basis = ""
    if prefixes == ("effort.",):
        basis = translate("Sheet", "Hour estimates: {profile}.").format(
            profile=_escape(field_text(profile_title(scenario)))
        )
        basis = f"<p>{basis}</p>"
    heads = [
        translate("Sheet", "Input"),
        translate("Sheet", "Value"),
        translate("Sheet", "Unit"),
        translate("Sheet", "Default"),
        translate("Field", "Range"),
    ]
    return (
        f"<h3>{_escape(field_text(title))}</h3>{basis}"
        "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
        "style='border-collapse:collapse'>"
        f"<tr><th width='3%'></th><th align='left' width='30%'>{heads[0]}</th>"
        f"<th align='right' width='12%'>{heads[1]}</th><th align='left' width='20%'>{heads[2]}</th>"
        f"<th align='right' width='11%'>{heads[3]}</th><th width='2%'></th>"  # keeps Range apart
        f"<th align='left'>{heads[4]}</th></tr>" + "".join(rows) + "</table>"
    )


def checklist_html(scenario: Scenario) -> str:
    """The decision checklist's answers."""
    rows = "".join(
        f"<tr><td>{_escape(info.description)}</td><td>{getattr(scenario.checklist, name)}</td></tr>"
        for name, info in Checklist.model_fields.items()
    )
    heading, question, answer = (
        translate("Sheet", "Decision checklist"),
        translate("Sheet", "Question"),
        translate("Sheet", "Answer"),
    )
    return (
        f"<h3>{heading}</h3>"
        "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
        "style='border-collapse:collapse'>"
        f"<tr><th align='left'>{question}</th><th align='left'>{answer}</th></tr>{rows}</table>"
    )


def assumptions_intro_html() -> str:
    """What the marks in the assumptions table mean."""
    text = translate(
        "Sheet",
        "Every input of the scenario. {mark} marks a value changed from the app's default "
        "(shown in the Default column); Range is the spread used for the P10–P90 figures.",
    ).format(mark=CHANGED_MARK)
    return "<h2>" + translate("Sheet", "Assumptions") + f"</h2><p>{text}</p>"


def notes_html(scenario: Scenario, price_warnings: list[str] | None = None) -> str:
    """The scenario's notes, the catalog presets its prices came from, and their warnings."""
    notes = _escape(scenario.notes).replace("\n", "<br>") or translate("Sheet", "(no notes)")
    heading = translate("Sheet", "Notes and price sources")
    parts = [f"<h2>{heading}</h2><p>{notes}</p>"]
    undated = translate("Sheet", "undated")
    if scenario.presets:
        rows = "".join(
            f"<tr><td>{_escape(ROLES[role][1])}</td><td>{_escape(record.name)}</td>"
            f"<td>{_escape(record.source)}</td><td>{_escape(record.source_date)}</td>"
            f"<td>{record.as_of.isoformat() if record.as_of else undated}</td></tr>"
            for role, record in scenario.presets.items()
        )
        heads = [
            translate("Sheet", "Role"),
            translate("Sheet", "Preset"),
            translate("Sheet", "Source"),
            translate("Sheet", "Source date"),
            translate("Sheet", "As of"),
        ]
        parts.append(
            "<h3>"
            + translate("Sheet", "Prices from the catalog")
            + "</h3><table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
            "style='border-collapse:collapse'><tr>"
            + "".join(f"<th align='left'>{head}</th>" for head in heads)
            + f"</tr>{rows}</table>"
        )
    else:
        none = translate(
            "Sheet", "No catalog presets: every price was entered by hand (see the notes)."
        )
        parts.append(f"<p>{none}</p>")
    if price_warnings:
        parts.append("<ul>" + "".join(f"<li>⚠ {_escape(w)}</li>" for w in price_warnings) + "</ul>")
    return "".join(parts)


def comparison_title_html(items: list[SheetItem], today: date | None = None) -> str:
    """Title of a comparison of several scenarios."""
    today = today or date.today()
    names = ", ".join(_escape(item.scenario.name) for item in items)
    kind = translate("Sheet", "comparison sheet")
    heading = translate("Sheet", "Comparison of {count} scenarios").format(count=len(items))
    return (
        f"<p style='color:#666; margin:0'>{APP_NAME} · {kind}</p>"
        f"<h1 style='margin:2px 0 4px 0'>{heading}</h1>"
        f"<p style='margin:0'>{names} · {today.isoformat()} · {APP_NAME} {__version__}</p>"
    )


def table_html(
    rows: list[tuple[str, list[str]]], header: list[str], first: str = "", first_width: int = 0
) -> str:
    """A plain table: a label column (headed `first`, `first_width` % wide), then the others."""
    head = "".join(f"<th align='right'>{_escape(title)}</th>" for title in header)
    body = "".join(
        f"<tr><td>{_escape(label)}</td>"
        + "".join(f"<td align='right'>{_escape(cell)}</td>" for cell in cells)
        + "</tr>"
        for label, cells in rows
    )
    width = f" width='{first_width}%'" if first_width else ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='0.5' "
        "style='border-collapse:collapse'>"
        f"<tr><th align='left'{width}>{_escape(first)}</th>{head}</tr>{body}</table>"
    )


NOT_COMPARED = "not compared"
MAX_COMPARED = 4
"""The comparison sheet holds 2 to this many scenarios side by side."""


def sheet_comparison_rows(evaluations: list[Evaluation]) -> list[tuple[str, list[str]]]:
    """The side-by-side rows of the comparison sheet, lined up across strategy sets.

    Every strategy any scenario compares gets its rows; a scenario that does not compare it
    says "not compared" there (a dash stays for a figure that is undefined), and a long-context
    strategy that outgrows its window says so instead of showing a total to pay.
    """
    from desktop_app.core.analyses.comparison import comparison_rows

    rows = comparison_rows(evaluations)
    by_label = {f"Total cost: {NAMES[key]}": key for key in TITLES}
    pairs = {f"{TITLES[key]} cheaper than embeddings from": key for key in TITLES}
    lined: list[tuple[str, list[str]]] = [
        (
            "Strategies compared",
            [", ".join(TITLES[key] for key in e.strategies) for e in evaluations],
        )
    ]
    for label, cells in rows:
        key = by_label.get(label) or pairs.get(label)
        if key is not None:
            cells = [
                NOT_COMPARED
                if key not in e.strategies
                else cell
                if e.feasible(key)
                else f"{cell} (does not fit)"
                for e, cell in zip(evaluations, cells, strict=True)
            ]
        lined.append((label, cells))
    if any("long_context" in e.strategies for e in evaluations):
        cells = _long_context_cells(evaluations)
        lined.append(("Long context cheaper than embeddings from", cells))
        lined.append(("Long prompt exceeds the window from", _too_long_cells(evaluations)))
    return lined


def _long_context_cells(evaluations: list[Evaluation]) -> list[str]:
    cells = []
    for e in evaluations:
        if "long_context" not in e.strategies:
            cells.append(NOT_COMPARED)
        elif "embeddings" not in e.strategies or not e.feasible("long_context"):
            cells.append("–")
        else:
            month = e.break_even("long_context_vs_embeddings")
            cells.append("never" if month is None else f"month {month}")
    return cells


def _too_long_cells(evaluations: list[Evaluation]) -> list[str]:
    cells = []
    for e in evaluations:
        if "long_context" not in e.strategies:
            cells.append(NOT_COMPARED)
            continue
        month = e.figure("long_context", "exceeds_context_from_month")
        cells.append("never" if month is None else when_text(e.scenario, int(month)))
    return cells
