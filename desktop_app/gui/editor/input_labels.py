"""How inputs and values are named in the analysis views: labels, units, money."""

from __future__ import annotations

from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.strategy_names import NAMES, said_name
from desktop_app.present.labels import field_label, field_text, unit_text
from desktop_app.present.numbers import (  # noqa: F401 (money as the views import it)
    compact_money,
    exact_money,
    price_text,
    signed_money,
    significant_decimals,
    trimmed,
)

# Names and values of inputs


def value_text(path: str, value: float, currency: str = "USD") -> str:
    """A value of an input with its unit: '706,146 queries/month', '$2.50 per 1M tokens'."""
    field = numeric_field(path)
    unit = field_text(field.unit) if field.unit else ""
    if field.is_money:
        return f"{price_text(value, currency)} {unit}"
    number = trimmed(value, 0 if field.integer else significant_decimals(value))
    return f"{number} {unit}" if unit else number


def axis_title(path: str, currency: str = "USD") -> str:
    """'Queries per month (queries/month)'; a price's unit names the currency."""
    field = numeric_field(path)
    unit = unit_text(field, currency)
    return f"{field_label(path)} ({unit})" if unit else field_label(path)


def label_in_sentence(path: str) -> str:
    """An input's label inside a sentence: lowercased in English, as written in German."""
    english = numeric_field(path).label
    translated = field_text(english) != english  # a translation keeps its own capitals
    return field_label(path) if translated else field_label(path).lower()


def compact_number(value: float) -> str:
    """A number short enough for a tick label: '1k', '25k', '1.5M', '0.01'."""
    return compact_money(value, "USD").replace("$", "", 1)


def strategy_name(key: str) -> str:
    """'fine-tuning', in the user's language."""
    return said_name(key) if key in NAMES else key
