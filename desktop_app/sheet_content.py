"""What the printed comparison sheet says, as small HTML pieces (Qt-free).

The sheet lays these out on pages (desktop_app/gui/sheet.py); keeping the words and numbers
here means a reader finds them in one place and tests can read them without painting.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from desktop_app import APP_NAME, __version__
from desktop_app.core.catalog import ROLES
from desktop_app.core.effort_profiles import profile_title
from desktop_app.core.engine import NAMES
from desktop_app.core.evaluation import Evaluation
from desktop_app.core.fields import (
    RETRAIN_POLICY_NAMES,
    SECTIONS,
    NumericField,
    numeric_fields,
    value_at,
)
from desktop_app.core.monte_carlo import UncertaintyResult
from desktop_app.core.scenario import Checklist, Scenario
from desktop_app.present.numbers import localized, localized_prose, money
from desktop_app.tables import TITLES, summary_rows

ASSUMPTION_SECTIONS = (("Scenario", ("horizon_months",)), *SECTIONS)
CHANGED_MARK = "●"


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
    return (
        f"<p style='color:#666; margin:0'>{APP_NAME} · comparison sheet</p>"
        f"<h1 style='margin:2px 0 4px 0'>{_escape(scenario.name)}</h1>"
        f"<p style='margin:0'>{scenario.horizon_months} months · {scenario.currency} · "
        f"{today.isoformat()} · {APP_NAME} {__version__}{source}</p>"
    )


def figures_html(item: SheetItem) -> str:
    """Key figures per strategy (with P10/P90 and chances when the scenario has ranges)."""
    evaluation = item.evaluation
    keys = evaluation.strategies
    rows = summary_rows(evaluation)
    if item.uncertainty is not None:
        currency = item.scenario.currency
        for level in ("p10", "p90"):
            rows.append(
                (
                    f"Total cost {level.upper()}",
                    [money(item.uncertainty.total_cost[k][level], currency) for k in keys],
                )
            )
        rows.append(
            (
                "Chance of being cheapest",
                [f"{item.uncertainty.probability_cheapest[k]:.0%}" for k in keys],
            )
        )
    cheapest = evaluation.cheapest
    header = [f"{TITLES[key]}{' ✓' if key == cheapest else ''}" for key in keys]
    return (
        "<h2>Key figures</h2>"
        + table_html(rows, header, first="Figure")
        + "<p style='margin-top:2px; color:#666'>✓ cheapest over the horizon.</p>"
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


def _unit(field: NumericField, currency: str) -> str:
    return f"{currency} {field.unit}" if field.unit.startswith("per ") else field.unit


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
        unit = _escape(_unit(field, scenario.currency))
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
    basis = ""
    if prefixes == ("effort.",):
        basis = f"<p>Hour estimates: {_escape(profile_title(scenario))}.</p>"
    return (
        f"<h3>{_escape(title)}</h3>{basis}"
        "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
        "style='border-collapse:collapse'>"
        "<tr><th width='3%'></th><th align='left' width='31%'>Input</th>"
        "<th align='right' width='12%'>Value</th><th align='left' width='21%'>Unit</th>"
        "<th align='right' width='9%'>Default</th><th width='2%'></th>"  # keeps Range apart
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


def table_html(rows: list[tuple[str, list[str]]], header: list[str], first: str = "") -> str:
    """A plain table: a label column (headed `first`), then one column per header."""
    head = "".join(f"<th align='right'>{_escape(title)}</th>" for title in header)
    body = "".join(
        f"<tr><td>{_escape(label)}</td>"
        + "".join(f"<td align='right'>{_escape(cell)}</td>" for cell in cells)
        + "</tr>"
        for label, cells in rows
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='0.5' "
        "style='border-collapse:collapse'>"
        f"<tr><th align='left'>{_escape(first)}</th>{head}</tr>{body}</table>"
    )
