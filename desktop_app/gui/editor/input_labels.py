"""How inputs and values are named in the analysis views: labels, units, money."""

from __future__ import annotations

import math

from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.strategy_names import NAMES
from desktop_app.present.labels import field_label
from desktop_app.present.numbers import compact_money, localized, money, trimmed

# Names and values of inputs


def _significant(value: float) -> int:
    """Decimals that keep three significant digits (none from 100 up)."""
    if value == 0 or abs(value) >= 100:
        return 0
    return min(6, 2 - math.floor(math.log10(abs(value))))


def price_text(value: float, currency: str) -> str:
    """A price to three significant digits, cents kept: '$2.50', '$0.0512', '$1,200', '3 CHF'."""
    decimals = max(2, _significant(value)) if abs(value) < 100 else 0
    number = f"{abs(value):,.{decimals}f}"
    if decimals > 2:
        number = number.rstrip("0")
        number += "0" * (2 - len(number.split(".")[1]))
    prefix, after = money(0, currency).split("0", 1)
    sign = "-" if value < 0 and number.strip("0.,") else ""
    return f"{sign}{prefix}{localized(number)}{after}"


def value_text(path: str, value: float, currency: str = "USD") -> str:
    """A value of an input with its unit: '706,146 queries/month', '$2.50 per 1M tokens'."""
    field = numeric_field(path)
    if field.unit.startswith("per "):
        return f"{price_text(value, currency)} {field.unit}"
    number = trimmed(value, 0 if field.integer else _significant(value))
    return f"{number} {field.unit}" if field.unit else number


def axis_title(path: str, currency: str = "USD") -> str:
    """'Queries per month (queries/month)'; a price's unit names the currency."""
    field = numeric_field(path)
    unit = f"{currency} {field.unit}" if field.unit.startswith("per ") else field.unit
    return f"{field_label(path)} ({unit})" if unit else field_label(path)


def compact_number(value: float) -> str:
    """A number short enough for a tick label: '1k', '25k', '1.5M', '0.01'."""
    return compact_money(value, "USD").replace("$", "", 1)


def signed_money(value: float, currency: str) -> str:
    """'+$12,345', '-$120', '$0'."""
    text = money(value, currency, 0 if abs(value) >= 100 else 2)
    return f"+{text}" if value > 0 and any(c in "123456789" for c in text) else text


def exact_money(value: float, currency: str) -> str:
    """Money to the unit (to the cent below 100), as the tooltips write it."""
    return money(value, currency, 0 if abs(value) >= 100 else 2)


def strategy_name(key: str) -> str:
    """'fine-tuning'."""
    return NAMES[key]
