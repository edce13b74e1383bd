"""Months and events as the window and the sheet write them (Qt-free).

Month axes read as dates ("Jan 2027", then "Apr", "Jul" ...) when the scenario has a
`start_month`, month numbers otherwise; event problems name the event and the field by label
("Event 3, Base model: input per 1M: must be >= 0"). Every text is translated (context
"Timeline"): month names follow the user's language ('Okt. 2027' in German).
"""

from __future__ import annotations

import re

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.events import calendar_month
from desktop_app.core.model.strategy_names import NAMES, said_name
from desktop_app.present.labels import label_of
from desktop_app.present.numbers import count

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Timeline", "Jan"),
    QT_TRANSLATE_NOOP("Timeline", "Feb"),
    QT_TRANSLATE_NOOP("Timeline", "Mar"),
    QT_TRANSLATE_NOOP("Timeline", "Apr"),
    QT_TRANSLATE_NOOP("Timeline", "May"),
    QT_TRANSLATE_NOOP("Timeline", "Jun"),
    QT_TRANSLATE_NOOP("Timeline", "Jul"),
    QT_TRANSLATE_NOOP("Timeline", "Aug"),
    QT_TRANSLATE_NOOP("Timeline", "Sep"),
    QT_TRANSLATE_NOOP("Timeline", "Oct"),
    QT_TRANSLATE_NOOP("Timeline", "Nov"),
    QT_TRANSLATE_NOOP("Timeline", "Dec"),
)
"""A month's short name (English; shown through `translate`)."""
_NUMBER_STEPS = (1, 2, 3, 6, 12, 24)
_DATE_STEPS = (1, 2, 3, 6, 12, 24, 60)
MAX_NUMBER_LABELS = 10
"""At most this many month numbers on an axis."""
MAX_DATE_LABELS = 8
"""At most this many dates on an axis: 'Jan 2027' is wider than '12'."""


def month_date(start_month: str, month: int) -> str:
    """1-based `month` as a date: 'Jan 2027' when month 1 is '2027-01'."""
    year, number = calendar_month(start_month, month).split("-")
    return f"{translate('Timeline', MONTH_NAMES[int(number) - 1])} {year}"


def month_text(month: int, start_month: str | None) -> str:
    """'Month 7', with its date when the scenario has one: 'Month 7 (Jul 2027)'."""
    if start_month:
        return translate("Timeline", "Month {month} ({date})").format(
            month=count(month), date=month_date(start_month, month)
        )
    return translate("Timeline", "Month {month}").format(month=count(month))


def month_axis_labels(horizon: int, start_month: str | None) -> list[tuple[int, str]]:
    """The labelled months of a month axis 1..horizon and their labels, thinned to fit.

    Without a start month: every `step`-th month number ('6', '12', ...). With one: calendar
    months aligned to the step (Jan, Apr, Jul, Oct for a step of 3); the first label and every
    January carry the year ('Jan 2027', 'Apr', ..., 'Jan 2028').
    """
    if not start_month:
        step = next((s for s in _NUMBER_STEPS if horizon / s <= MAX_NUMBER_LABELS), 24)
        months = [m for m in range(1, horizon + 1) if m % step == 0 or step == 1]
        return [(m, count(m)) for m in months or [1]]
    step = next((s for s in _DATE_STEPS if horizon / s <= MAX_DATE_LABELS), 60)
    year, first = (int(part) for part in start_month.split("-"))
    start = year * 12 + first - 1  # calendar index of month 1
    months = [m for m in range(1, horizon + 1) if (start + m - 1) % step == 0] or [1]
    labels = []
    for index, month in enumerate(months):
        name = month_date(start_month, month)
        if index and (start + month - 1) % 12:
            name = name.rsplit(" ", 1)[0]  # the year only on the first label and January's
        labels.append((month, name))
    return labels


_EVENT_PATH = re.compile(r"events\[(\d+)\](?:\.set\.([\w.]+)|\.(\w+)(?:\.(\w+))?)?")


def event_problem(line: str) -> str:
    """A model problem about an event in the window's words.

    'events[2].set.base_model.input_price_per_1m: must be >= 0' ->
    'Event 3, Base model: input per 1M: must be >= 0'.
    """
    head, colon, rest = line.partition(": ")
    found = _EVENT_PATH.fullmatch(head) if colon else None
    if found is None:
        return line
    number = translate("Timeline", "Event {number}").format(number=count(int(found[1]) + 1))
    if found[2]:
        return f"{number}, {label_of(found[2])}: {rest}"
    if found[3]:
        field = translate("Timeline", EVENT_FIELDS.get(found[3], found[3]))
        if found[4] and found[3] == "hours":
            field = migration_hours_label(found[4])
        elif found[4]:
            field += f" ({_strategy(found[4])})"
        return f"{number}, {field}: {rest}"
    return f"{number}: {rest}"


EVENT_FIELDS = {
    "month": QT_TRANSLATE_NOOP("Timeline", "Month"),
    "name": QT_TRANSLATE_NOOP("Timeline", "Name"),
    "set": QT_TRANSLATE_NOOP("Timeline", "Set"),
    "re_embed": QT_TRANSLATE_NOOP("Timeline", "Re-embed"),
    "retrain": QT_TRANSLATE_NOOP("Timeline", "Retrain"),
    "hours": QT_TRANSLATE_NOOP("Timeline", "Migration hours"),
}
"""How the event dialog labels each of an event's own fields (English; shown translated)."""


def migration_hours_label(key: str) -> str:
    """'Migration hours (hybrid)': an event's hours for one strategy, in the user's language."""
    return translate("Timeline", "Migration hours ({strategy})").format(strategy=_strategy(key))


def _strategy(key: str) -> str:
    return said_name(key) if key in NAMES else key


def setting_label(path: str) -> str:
    """The label of a path an event can set: serving choices read 'Base model: serving'."""
    if path.endswith(".serving"):
        if path.startswith("base_model."):
            return translate("Timeline", "Base model: serving")
        return translate("Timeline", "Fine-tuned model: serving")
    return label_of(path)
