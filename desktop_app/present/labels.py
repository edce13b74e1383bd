"""Inputs named as the window names them: their labels, not their dotted paths (Qt-free).

Dotted paths ("workload.queries_per_month") stay for the command line and files; the window
says "Queries per month".
"""

from __future__ import annotations

import re
from functools import cache

from desktop_app.core.model.fields import NumericField, numeric_field, numeric_fields

_SECTIONS = {
    "base_model": "Base model",
    "fine_tuned_model": "Fine-tuned model",
    "fine_tuning": "Fine-tuning",
    "hybrid": "Hybrid",
}
_OTHER_FIELDS = {
    "name": "Name",
    "currency": "Currency",
    "notes": "Notes",
    "fine_tuning.retrain_policy": "Retrain policy",
    "uncertainty": "Ranges",
}


@cache
def unit_text(field: NumericField, currency: str) -> str:
    """A field's unit as shown: a money unit names the currency ('USD per 1M tokens')."""
    return f"{currency} {field.unit}" if field.is_money else field.unit


def field_label(path: str) -> str:
    """An input's label, with its section where two inputs share one: 'Base model: input per 1M'."""
    label = numeric_field(path).label
    twins = [field for field in numeric_fields() if field.label == label]
    section = path.split(".", 1)[0]
    if len(twins) > 1 and section in _SECTIONS:
        return f"{_SECTIONS[section]}: {label[0].lower()}{label[1:]}"
    return label


@cache
def _paths_pattern() -> re.Pattern[str]:
    paths = sorted((field.path for field in numeric_fields()), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, paths)) + r")(?![\w])")


def label_of(path: str) -> str:
    """The window's name for any field path: an input's label, 'Name', 'Range' and so on."""
    if path in _OTHER_FIELDS:
        return _OTHER_FIELDS[path]
    if re.fullmatch(r"uncertainty\[\d+\](\.\w+)?", path):
        return "Range"
    try:
        return field_label(path)
    except KeyError:
        return path


def labelled(line: str) -> str:
    """A problem line of the model in the window's words: paths become labels.

    'workload.queries_per_month: must be >= 0' -> 'Queries per month: must be >= 0'.
    """
    head, colon, rest = line.partition(": ")
    if colon and re.fullmatch(r"[\w.\[\]]+", head):
        line = f"{label_of(head)}: {rest}"
    return _paths_pattern().sub(lambda found: field_label(found[1]), line)
