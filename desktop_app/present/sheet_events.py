"""The sheet's table of dated events: when, what each sets, re-embedding, retraining, hours."""

from __future__ import annotations

from desktop_app.core.i18n import translate
from desktop_app.core.model.events import SERVING_PATHS, calendar_month, month_index
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.scenario import Event, Scenario
from desktop_app.present.labels import after_colon, field_text, label_of, strategy_title
from desktop_app.present.sheet_html import MODEL_TITLES, SERVING_NAMES, TABLE, escape, number_text


def _set_value(path: str, value: object) -> str:
    if path in SERVING_PATHS:
        return translate("Sheet", SERVING_NAMES.get(str(value), str(value)))
    return number_text(value) if isinstance(value, int | float) else translate("Sheet", "empty")


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
        f"{escape(_model_label(path))} = {escape(_set_value(path, value))}"
        for path, value in event.set.items()
    )
    hours = "<br>".join(
        f"{escape(strategy_title(key))} {escape(number_text(value))} h"
        for key, value in event.hours.items()
    )
    name = escape(event.name or translate("Sheet", "event"))
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
