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
from desktop_app.core.model.effort_profiles import profile_title
from desktop_app.core.model.events import SERVING_PATHS, calendar_month, month_index
from desktop_app.core.model.fields import (
    RETRAIN_POLICY_NAMES,
    SECTIONS,
    numeric_fields,
    value_at,
)
from desktop_app.core.model.scenario import Checklist, Event, ModelPrices, Scenario
from desktop_app.core.model.strategy_names import NAMES, TITLES
from desktop_app.core.prices.catalog import ROLES
from desktop_app.present.labels import label_of, unit_text
from desktop_app.present.numbers import count, localized, localized_prose, money
from desktop_app.present.tables import summary_rows, uncertain_rows

ASSUMPTION_SECTIONS = (("Scenario", ("horizon_months",)), *SECTIONS)
CHANGED_MARK = "●"
SERVING_NAMES = {"per_token": "per token", "dedicated": "dedicated replicas"}
MODEL_TITLES = {"base_model": "Base model", "fine_tuned_model": "Fine-tuned model"}
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
        return "empty"
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
    start = f" from {scenario.start_month}" if scenario.start_month else ""
    return (
        f"<p style='color:#666; margin:0'>{APP_NAME} · comparison sheet</p>"
        f"<h1 style='margin:2px 0 4px 0'>{_escape(scenario.name)}</h1>"
        f"<p style='margin:0'>{scenario.horizon_months} months{start} · {scenario.currency} · "
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
    header = [f"{TITLES[key]}{' ✓' if key == cheapest else ''}" for key in keys]
    return (
        "<h2>Key figures</h2>"
        + table_html(rows, header, first="Figure")
        + "<p style='margin-top:2px; color:#666'>✓ cheapest over the horizon.</p>"
        + "".join(f"<p><b>{_escape(line)}</b></p>" for line in feasibility_lines(evaluation))
    )


def when_text(scenario: Scenario, month: int) -> str:
    """'month 14', with its calendar month when the scenario has a start month."""
    if scenario.start_month:
        return f"month {month} ({calendar_month(scenario.start_month, month)})"
    return f"month {month}"


def feasibility_lines(evaluation: Evaluation) -> list[str]:
    """'Long context does not fit the context window from month 14.' per infeasible strategy."""
    lines = []
    for key in evaluation.strategies:
        if evaluation.feasible(key):
            continue
        month = evaluation.figure(key, "exceeds_context_from_month")
        when = when_text(evaluation.scenario, int(month)) if month else "the first month"
        lines.append(
            f"{TITLES[key]} does not fit the context window from {when}: "
            "its total is not a price to pay, and it is never the cheapest."
        )
    return lines


def _serving_text(prices: ModelPrices, currency: str) -> str:
    if prices.serving == "per_token":
        return "per token (billed by the provider per token)"
    dedicated = prices.dedicated
    return (
        f"dedicated replicas: {money(dedicated.replica_per_hour, currency, 2)} per replica-hour, "
        f"{_number(dedicated.input_tokens_per_second)} input and "
        f"{_number(dedicated.output_tokens_per_second)} output tokens/s per replica, "
        f"at least {_number(dedicated.min_replicas)}, sized for "
        f"{_number(dedicated.target_utilisation_pct)} % utilisation at the busiest hour"
    )


def scope_html(evaluation: Evaluation) -> str:
    """The compared strategies, the start month, how each model used is served, and replicas."""
    scenario = evaluation.scenario
    keys = evaluation.strategies
    rows = [
        ("Strategies compared", ", ".join(TITLES[key] for key in keys) + f" ({len(keys)})"),
        (
            "Start month",
            f"{scenario.start_month} is month 1"
            if scenario.start_month
            else "not set: months are counted from 1",
        ),
    ]
    for model in ("base_model", "fine_tuned_model"):
        users = [TITLES[key] for key in keys if MODEL_OF[key] == model]
        if not users:
            continue
        prices = getattr(scenario, model)
        text = f"{_serving_text(prices, scenario.currency)} · answers for {', '.join(users)}"
        rows.append((f"{MODEL_TITLES[model]} serving", text))
    replicas = [
        f"{TITLES[key]} up to {count(peak)}"
        for key in keys
        if (peak := evaluation.figure(key, "max_replicas") or 0.0) > 0
    ]
    if replicas:
        rows.append(("Peak dedicated replicas", ", ".join(replicas)))
    body = "".join(
        f"<tr><td width='30%'>{_escape(label)}</td><td>{_escape(localized_prose(text))}</td></tr>"
        for label, text in rows
    )
    return f"<h2>Strategies and serving</h2>{TABLE}{body}</table>"


def _set_value(path: str, value: object) -> str:
    if path in SERVING_PATHS:
        return SERVING_NAMES.get(str(value), str(value))
    return _number(value) if isinstance(value, int | float) else "empty"


def _model_label(path: str) -> str:
    """An event's field in the window's words, with its model where two models share it."""
    if path in SERVING_PATHS:
        return f"{MODEL_TITLES[path.split('.')[0]]}: serving"
    label = label_of(path)
    model = path.split(".")[0]
    if model in MODEL_TITLES and not label.startswith(MODEL_TITLES[model]):
        return f"{MODEL_TITLES[model]}: {label[0].lower()}{label[1:]}"
    return label


def _event_row(scenario: Scenario, event: Event) -> str:
    sets = "<br>".join(
        f"{_escape(_model_label(path))} = {_escape(_set_value(path, value))}"
        for path, value in event.set.items()
    )
    hours = "<br>".join(
        f"{_escape(TITLES[key])} {_escape(_number(value))} h" for key, value in event.hours.items()
    )
    name = _escape(event.name or "event")
    if event.month > scenario.horizon_months:
        name += " <i>(after the horizon: no effect)</i>"
    when = str(event.month)
    if scenario.start_month:
        when += f"<br>{calendar_month(scenario.start_month, event.month)}"
    return (
        f"<tr><td>{when}</td><td>{name}</td><td>{sets or '—'}</td>"
        f"<td align='center'>{'yes' if event.re_embed else '—'}</td>"
        f"<td align='center'>{'yes' if event.retrain else '—'}</td><td>{hours or '—'}</td></tr>"
    )


def events_html(scenario: Scenario) -> str:
    """The events in month order: when, name, what each sets, re-embed, retrain, hours."""
    if not scenario.events:
        return "<h2>Events</h2><p>No events: prices and serving stay as set for the horizon.</p>"
    rows = "".join(
        _event_row(scenario, event) for event in sorted(scenario.events, key=month_index)
    )
    return (
        "<h2>Events</h2><p>Each event happens at the start of its month; what it sets holds "
        "from then on.</p>"
        f"{TABLE}<tr><th align='left' width='9%'>Month</th><th align='left' width='24%'>Event</th>"
        "<th align='left'>Sets</th><th width='9%'>Re-embed</th><th width='9%'>Retrain</th>"
        f"<th align='left' width='16%'>Hours</th></tr>{rows}</table>"
    )


def components_html(evaluation: Evaluation, names: dict[str, str]) -> str:
    """Cost by component over the horizon per strategy (components that cost something)."""
    keys = evaluation.strategies
    currency = evaluation.scenario.currency
    rows = []
    for component, title in names.items():
        totals = [sum(evaluation.monthly(key, component)) for key in keys]
        if any(total != 0 for total in totals):
            rows.append((title, [money(total, currency) for total in totals]))
    rows.append(("Total", [money(sum(evaluation.monthly(k, "total")), currency) for k in keys]))
    months = evaluation.scenario.horizon_months
    return f"<h2>Cost by component over {months} months</h2>" + table_html(
        rows, [TITLES[key] for key in keys], first="Component"
    )


def advice_html(item: SheetItem) -> str:
    """The recommendation, its reasons and the warnings."""
    advice = item.evaluation.advice
    parts = [
        f"<h2>Recommendation: {NAMES.get(advice.recommendation or '', 'none')}</h2><ul>",
        *(f"<li>{_escape(localized_prose(reason))}</li>" for reason in advice.reasons),
        "</ul>",
    ]
    if advice.warnings:
        parts.append("<p><b>Watch out</b></p><ul>")
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
            f"<tr><td>{mark}</td><td>{_escape(field.label)}</td>"
            f"<td align='right'>{_number(value)}</td><td>{unit}</td>"
            f"<td align='right'>{default}</td><td></td><td>{spread}</td></tr>"
        )
    if prefixes == ("fine_tuning.",):
        policy = scenario.fine_tuning.retrain_policy
        changed = CHANGED_MARK if policy != "every_n_months" else ""
        default = RETRAIN_POLICY_NAMES["every_n_months"] if changed else ""
        rows.insert(
            0,
            f"<tr><td>{changed}</td><td>Retrain policy</td><td colspan='2'>"
            f"{RETRAIN_POLICY_NAMES[policy]}</td><td align='right'>{default}</td><td></td>"
            "<td></td></tr>",
        )
    if prefixes in (("base_model.",), ("fine_tuned_model.",)):
        serving = getattr(scenario, prefixes[0].rstrip(".")).serving
        changed = CHANGED_MARK if serving != "per_token" else ""
        default = SERVING_NAMES["per_token"] if changed else ""
        rows.insert(
            0,
            f"<tr><td>{changed}</td><td>Serving</td><td colspan='2'>{SERVING_NAMES[serving]}"
            f"</td><td align='right'>{default}</td><td></td><td></td></tr>",
        )
    basis = ""
    if prefixes == ("effort.",):
        basis = f"<p>Hour estimates: {_escape(profile_title(scenario))}.</p>"
    return (
        f"<h3>{_escape(title)}</h3>{basis}"
        "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
        "style='border-collapse:collapse'>"
        "<tr><th width='3%'></th><th align='left' width='30%'>Input</th>"
        "<th align='right' width='12%'>Value</th><th align='left' width='20%'>Unit</th>"
        "<th align='right' width='11%'>Default</th><th width='2%'></th>"  # keeps Range apart
        "<th align='left'>Range</th></tr>" + "".join(rows) + "</table>"
    )


def checklist_html(scenario: Scenario) -> str:
    """The decision checklist's answers."""
    rows = "".join(
        f"<tr><td>{_escape(info.description)}</td><td>{getattr(scenario.checklist, name)}</td></tr>"
        for name, info in Checklist.model_fields.items()
    )
    return (
        "<h3>Decision checklist</h3>"
        "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
        "style='border-collapse:collapse'>"
        f"<tr><th align='left'>Question</th><th align='left'>Answer</th></tr>{rows}</table>"
    )


def assumptions_intro_html() -> str:
    """What the marks in the assumptions table mean."""
    return (
        "<h2>Assumptions</h2>"
        f"<p>Every input of the scenario. {CHANGED_MARK} marks a value changed from the app's "
        "default (shown in the Default column); Range is the spread used for the P10–P90 "
        "figures.</p>"
    )


def notes_html(scenario: Scenario, price_warnings: list[str] | None = None) -> str:
    """The scenario's notes, the catalog presets its prices came from, and their warnings."""
    notes = _escape(scenario.notes).replace("\n", "<br>") or "(no notes)"
    parts = [f"<h2>Notes and price sources</h2><p>{notes}</p>"]
    if scenario.presets:
        rows = "".join(
            f"<tr><td>{_escape(ROLES[role][1])}</td><td>{_escape(record.name)}</td>"
            f"<td>{_escape(record.source)}</td><td>{_escape(record.source_date)}</td>"
            f"<td>{record.as_of.isoformat() if record.as_of else 'undated'}</td></tr>"
            for role, record in scenario.presets.items()
        )
        parts.append(
            "<h3>Prices from the catalog</h3>"
            "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
            "style='border-collapse:collapse'><tr><th align='left'>Role</th>"
            "<th align='left'>Preset</th><th align='left'>Source</th>"
            "<th align='left'>Source date</th><th align='left'>As of</th></tr>"
            f"{rows}</table>"
        )
    else:
        parts.append("<p>No catalog presets: every price was entered by hand (see the notes).</p>")
    if price_warnings:
        parts.append("<ul>" + "".join(f"<li>⚠ {_escape(w)}</li>" for w in price_warnings) + "</ul>")
    return "".join(parts)


def comparison_title_html(items: list[SheetItem], today: date | None = None) -> str:
    """Title of a comparison of several scenarios."""
    today = today or date.today()
    names = ", ".join(_escape(item.scenario.name) for item in items)
    return (
        f"<p style='color:#666; margin:0'>{APP_NAME} · comparison sheet</p>"
        f"<h1 style='margin:2px 0 4px 0'>Comparison of {len(items)} scenarios</h1>"
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
