"""Months and events as the window and the sheet write them (Qt-free).

Month axes read as dates ("Jan 2027", then "Apr", "Jul" ...) when the scenario has a
`start_month`, month numbers otherwise; event problems name the event and the field by label
("Event 3, Base model: input per 1M: must be >= 0").
"""

from __future__ import annotations

import re

from desktop_app.core.model.events import calendar_month
from desktop_app.core.model.strategy_names import TITLES
from desktop_app.present.labels import label_of
from desktop_app.present.numbers import count

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NUMBER_STEPS = (1, 2, 3, 6, 12, 24)
_DATE_STEPS = (1, 2, 3, 6, 12, 24, 60)
MAX_NUMBER_LABELS = 10
"""At most this many month numbers on an axis."""
MAX_DATE_LABELS = 8
"""At most this many dates on an axis: 'Jan 2027' is wider than '12'."""


def month_date(start_month: str, month: int) -> str:
    """1-based `month` as a date: 'Jan 2027' when month 1 is '2027-01'."""
    year, number = calendar_month(start_month, month).split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def month_text(month: int, start_month: str | None) -> str:
    """'Month 7', with its date when the scenario has one: 'Month 7 (Jul 2027)'."""
    text = f"Month {count(month)}"
    return f"{text} ({month_date(start_month, month)})" if start_month else text


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
        if index and not name.startswith("Jan "):
            name = name.split(" ")[0]
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
    number = f"Event {count(int(found[1]) + 1)}"
    if found[2]:
        return f"{number}, {label_of(found[2])}: {rest}"
    if found[3]:
        field = EVENT_FIELDS.get(found[3], found[3])
        if found[4]:
            field += f" ({TITLES.get(found[4], found[4]).lower()})"
        return f"{number}, {field}: {rest}"
    return f"{number}: {rest}"


EVENT_FIELDS = {
    "month": "Month",
    "name": "Name",
    "set": "Set",
    "re_embed": "Re-embed",
    "retrain": "Retrain",
    "hours": "Migration hours",
}
"""How the event dialog labels each of an event's own fields."""


def setting_label(path: str) -> str:
    """The label of a path an event can set: serving choices read 'Base model: serving'."""
    if path.endswith(".serving"):
        section = "Base model" if path.startswith("base_model.") else "Fine-tuned model"
        return f"{section}: serving"
    return label_of(path)
