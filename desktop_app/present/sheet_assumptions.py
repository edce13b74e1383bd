"""The sheet's assumptions: every input by section with changes marked, the checklist, the notes."""

from __future__ import annotations

from desktop_app.core.analyses.advice import answer_text
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.effort_profiles import profile_title
from desktop_app.core.model.fields import RETRAIN_POLICY_NAMES, SECTIONS, numeric_fields, value_at
from desktop_app.core.model.scenario import Checklist, Scenario
from desktop_app.core.prices.catalog import role_title
from desktop_app.present.labels import distribution_name, field_text, label_of, unit_text
from desktop_app.present.sheet_html import SERVING_NAMES, escape, number_text

ASSUMPTION_SECTIONS = ((QT_TRANSLATE_NOOP("Field", "Scenario"), ("horizon_months",)), *SECTIONS)
CHANGED_MARK = "●"


def _range_text(scenario: Scenario, path: str) -> str:
    for entry in scenario.uncertainty:
        if entry.field == path:
            shown = distribution_name(entry.distribution)
            return f"{number_text(entry.low)} – {number_text(entry.high)} ({shown})"
    return ""


def assumptions_html(
    scenario: Scenario, title: str, prefixes: tuple[str, ...], money_rate: float = 1.0
) -> str:
    """One section of the assumptions table: every input with its unit; changes marked.

    `money_rate`: what the money inputs were multiplied by to show them in another currency.
    """
    rows = _input_rows(scenario, prefixes, money_rate)
    if prefixes == ("fine_tuning.",):
        rows.insert(0, _policy_row(scenario))
    if prefixes in (("base_model.",), ("fine_tuned_model.",)):
        rows.insert(0, _serving_row(scenario, prefixes))
    basis = ""
    if prefixes == ("effort.",):
        basis = translate("Sheet", "Hour estimates: {profile}.").format(
            profile=escape(field_text(profile_title(scenario)))
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
        f"<h3>{escape(field_text(title))}</h3>{basis}"
        "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
        "style='border-collapse:collapse'>"
        f"<tr><th width='3%'></th><th align='left' width='30%'>{heads[0]}</th>"
        f"<th align='right' width='12%'>{heads[1]}</th><th align='left' width='20%'>{heads[2]}</th>"
        f"<th align='right' width='11%'>{heads[3]}</th><th width='2%'></th>"  # keeps Range apart
        f"<th align='left'>{heads[4]}</th></tr>" + "".join(rows) + "</table>"
    )


def _input_rows(scenario: Scenario, prefixes: tuple[str, ...], money_rate: float) -> list[str]:
    """A row per numeric input of the section: its value, unit, default if changed, range.

    A scenario shown in another currency has its money inputs times `money_rate`; their
    defaults are shown (and compared) at the same rate, so an unchanged price reads unchanged.
    """
    rows = []
    for field in numeric_fields():
        if not field.path.startswith(prefixes) and field.path not in prefixes:
            continue
        value = value_at(scenario, field.path)
        default_value = field.default
        if field.is_money and default_value is not None:
            default_value = default_value * money_rate
        changed = value != default_value and not (value is None and default_value is None)
        mark = CHANGED_MARK if changed else ""
        default = "" if not changed else number_text(default_value)
        unit = escape(unit_text(field, scenario.currency))
        spread = escape(_range_text(scenario, field.path))
        rows.append(
            f"<tr><td>{mark}</td><td>{escape(field_text(field.label))}</td>"
            f"<td align='right'>{number_text(value)}</td><td>{unit}</td>"
            f"<td align='right'>{default}</td><td></td><td>{spread}</td></tr>"
        )
    return rows


def _policy_row(scenario: Scenario) -> str:
    """The retrain policy's row: a choice, shown by its name."""
    policy = scenario.fine_tuning.retrain_policy
    changed = CHANGED_MARK if policy != "every_n_months" else ""
    default = field_text(RETRAIN_POLICY_NAMES["every_n_months"]) if changed else ""
    return (
        f"<tr><td>{changed}</td><td>{label_of('fine_tuning.retrain_policy')}</td>"
        f"<td colspan='2'>{field_text(RETRAIN_POLICY_NAMES[policy])}</td>"
        f"<td align='right'>{default}</td><td></td><td></td></tr>"
    )


def _serving_row(scenario: Scenario, prefixes: tuple[str, ...]) -> str:
    """A model's serving row: per token or dedicated replicas."""
    serving = getattr(scenario, prefixes[0].rstrip(".")).serving
    changed = CHANGED_MARK if serving != "per_token" else ""
    default = translate("Sheet", SERVING_NAMES["per_token"]) if changed else ""
    label = translate("Sheet", "Serving")
    return (
        f"<tr><td>{changed}</td><td>{label}</td><td colspan='2'>"
        f"{translate('Sheet', SERVING_NAMES[serving])}"
        f"</td><td align='right'>{default}</td><td></td><td></td></tr>"
    )


def checklist_html(scenario: Scenario) -> str:
    """The decision checklist's answers."""
    rows = "".join(
        f"<tr><td>{escape(field_text(info.description or name))}</td>"
        f"<td>{answer_text(getattr(scenario.checklist, name))}</td></tr>"
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
    notes = escape(scenario.notes).replace("\n", "<br>") or translate("Sheet", "(no notes)")
    heading = translate("Sheet", "Notes and price sources")
    parts = [f"<h2>{heading}</h2><p>{notes}</p>"]
    undated = translate("Sheet", "undated")
    if scenario.presets:
        rows = "".join(
            f"<tr><td>{escape(role_title(role))}</td><td>{escape(record.name)}</td>"
            f"<td>{escape(record.source)}</td><td>{escape(record.source_date)}</td>"
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
        parts.append("<ul>" + "".join(f"<li>⚠ {escape(w)}</li>" for w in price_warnings) + "</ul>")
    return "".join(parts)
