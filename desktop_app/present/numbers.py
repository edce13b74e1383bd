"""Numbers as the window's user reads and types them, in their locale (Qt-free).

One parser and one formatter serve every number the window shows or reads: the inputs, the
figures, chart labels and tooltips, the printed sheet and the dialogs. The locale comes in as
data (its decimal point and digit-group separator, a `NumberStyle`); the window builds it from
QLocale at start-up with `set_style`. The command line never does, so it keeps `PLAIN`:
1234.5 and 1,234 as Python writes them.

The rules for reading text (docs/model.md, "Numbers in the window"):

- digits, at most one decimal point of the locale and an optional exponent (`1e6`, `2.5E-3`);
  a sign in front (`-`, `+` or `−`), an optional `%` at the end (the value is taken as typed:
  `15 %` is 15) and an optional `k`, `M` or `bn` scale (`2.5M` is 2,500,000);
- group separators of the locale only between digits before the decimal point, and only as
  thousands: one to three digits first, then groups of exactly three (`1,234,567`). Where the
  locale groups with a space, any space character groups (space, no-break, narrow no-break);
  in a locale grouping with `’` (de_CH), `'` does too;
- anything else is refused with the reason, never guessed at: `0,92` in English (a comma groups
  digits in threes there), `1.5` in German (a point groups digits there), `1.5` in French (a
  point is neither its decimal point nor its separator), `1e400` (too large to compute with).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.model import numbers as core_numbers

SPACES = " \u00a0\u202f\u2009"
"""Space characters a person (or a locale) may group digits with."""

MINUS_SIGNS = "-\u2212"
SCALES = {"k": 3, "K": 3, "M": 6, "m": 6, "bn": 9, "b": 9, "B": 9}
"""Suffixes that scale a number, as powers of ten (added to the exponent, so exact)."""


@dataclass(frozen=True)
class NumberStyle:
    """How a locale writes numbers: its decimal point and its digit-group separator."""

    decimal: str = "."
    group: str = ","

    def __post_init__(self) -> None:
        """Refuse a style that could not be read back (one character each, distinct)."""
        if len(self.decimal) != 1 or len(self.group) != 1 or self.decimal == self.group:
            raise ValueError(f"unusable number style {self.decimal!r} / {self.group!r}")
        if self.decimal.isdigit() or self.group.isdigit():
            raise ValueError(f"unusable number style {self.decimal!r} / {self.group!r}")

    def group_marks(self) -> str:
        """Every character read as this locale's group separator."""
        if self.group in SPACES:
            return SPACES
        if self.group in "\u2019'":
            return "\u2019'"
        return self.group


PLAIN = NumberStyle(".", ",")
"""Python's way (and the command line's): 1,234.5."""

_style = PLAIN


def set_style(style: NumberStyle) -> None:
    """Make `style` the one the window's numbers are read and written in."""
    global _style
    _style = style


REASONS = {
    "empty": "empty",
    "not_a_number": "not a number",
    "decimal_mark": "write decimals with '{decimal}' here",
    "grouping": (
        "'{group}' groups digits in threes here (1{group}234); write decimals with '{decimal}'"
    ),
    "too_large": "too large to compute with",
    "too_small": "too small to compute with (it would be 0)",
}
"""Why a text is no number, by kind, in English with named fields (the command line's words).

The window words each kind as a whole translated phrase of its own (`gui/editor/inputs.py`
`NUMBER_WORDS`) from the error's `kind` and `fields`, never from this text.
"""


class NumberTextError(ValueError):
    """Text that is not a number in the locale; the message says why (no field name).

    `kind` is one of `REASONS`, `fields` the values its words name (the locale's marks).
    """

    def __init__(self, kind: str, **fields: str) -> None:
        super().__init__(REASONS[kind].format(**fields))
        self.kind = kind
        self.fields = fields


def _why_not(text: str, style: NumberStyle) -> NumberTextError:
    """The reason a malformed number is refused, naming the locale's own way to write it."""
    marks = set(style.group_marks())
    if "." in text and style.decimal != "." and "." not in marks:
        return NumberTextError("decimal_mark", decimal=style.decimal)
    if "," in text and style.decimal != "," and "," not in marks:
        return NumberTextError("decimal_mark", decimal=style.decimal)
    if any(mark in text for mark in marks) and style.group not in SPACES:
        return NumberTextError("grouping", group=style.group, decimal=style.decimal)
    return NumberTextError("not_a_number")


def parse_number(text: str, style: NumberStyle | None = None) -> float:
    """The number a person typed, exactly; NumberTextError says why text is none.

    An empty text raises too ("empty"): whether a field may be empty is the field's business.
    """
    style = style or _style
    cleaned = text.strip(SPACES + "\t\n")
    if not cleaned:
        raise NumberTextError("empty")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].rstrip(SPACES)
    exponent_shift = 0
    for suffix in sorted(SCALES, key=len, reverse=True):
        if cleaned.endswith(suffix) and len(cleaned) > len(suffix):
            cleaned, exponent_shift = cleaned[: -len(suffix)].rstrip(SPACES), SCALES[suffix]
            break
    sign = ""
    if cleaned and cleaned[0] in MINUS_SIGNS + "+":
        sign = "-" if cleaned[0] in MINUS_SIGNS else ""
        cleaned = cleaned[1:]
    marks = re.escape(style.group_marks())
    decimal = re.escape(style.decimal)
    pattern = (
        rf"(?P<int>\d{{1,3}}(?:[{marks}]\d{{3}})+|\d*)"
        rf"(?:{decimal}(?P<frac>\d*))?"
        r"(?:[eE](?P<exp>[+\-\u2212]?\d{1,6}))?"
    )
    found = re.fullmatch(pattern, cleaned)
    if found is None or not (found["int"] or found["frac"]):
        raise _why_not(text, style)
    digits = re.sub(rf"[{marks}]", "", found["int"]) or "0"
    exponent = int((found["exp"] or "0").replace("\u2212", "-")) + exponent_shift
    value = float(f"{sign}{digits}.{found['frac'] or '0'}e{exponent}")
    if not math.isfinite(value):
        raise NumberTextError("too_large")
    if value == 0 and any(c in "123456789" for c in digits + (found["frac"] or "")):
        raise NumberTextError("too_small")
    return value + 0.0  # -0.0 is 0


def _grouped(digits: str, group: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return group.join(parts)


def format_number(value: float, style: NumberStyle | None = None) -> str:
    """A value in full, grouped, as it reads back exactly: '50,000', '0.075', '1.5e-7'.

    Every digit Python needs to give the same float back is kept (no rounding: a field never
    shows a value other than the one the model uses); very large and very small values are
    written with an exponent.
    """
    style = style or _style
    value = float(value) + 0.0
    if not math.isfinite(value):
        raise ValueError(f"{value} is not a number to show")
    sign, digits, exponent = Decimal(repr(value)).as_tuple()  # the shortest exact digits
    assert isinstance(exponent, int)  # a finite value: never "n", "N" or "F"
    text = "".join(map(str, digits)).rstrip("0") or "0"
    exponent += len("".join(map(str, digits))) - len(text)
    if value != 0 and (abs(value) >= 1e15 or abs(value) < 1e-6):
        mantissa = text[0] + (f"{style.decimal}{text[1:]}" if text[1:] else "")
        return f"{'-' if sign else ''}{mantissa}e{exponent + len(text) - 1}"
    if exponent >= 0:
        whole, fraction = text + "0" * exponent, ""
    else:
        text = text.rjust(-exponent + 1, "0")
        whole, fraction = text[:exponent], text[exponent:].rstrip("0")
    whole = _grouped(whole.lstrip("0") or "0", style.group)
    minus = "-" if sign and (whole != "0" or fraction) else ""
    return f"{minus}{whole}{style.decimal}{fraction}" if fraction else f"{minus}{whole}"


def localized(text: str, style: NumberStyle | None = None) -> str:
    """A number written Python's way ('$1,234.50', '2.5M') in the locale's marks instead.

    For the figures' formatters (money, counts, compact labels), which write PLAIN numbers:
    commas become the locale's group separator and points its decimal point. Give it numbers
    only, never sentences (their commas are no group separators).
    """
    style = style or _style
    if style == PLAIN:
        return text
    return text.translate({ord(","): style.group, ord("."): style.decimal})


_PROSE_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\.?\d|,\d)")


def localized_prose(text: str, style: NumberStyle | None = None) -> str:
    """Sentences with numbers written Python's way, those numbers in the locale's marks.

    Only the numbers change ('over 24 months: embeddings $29,914' -> '$29.914' in German); the
    sentence's own commas and points stay, and so does a dotted version number (0.1.0).
    """
    style = style or _style
    if style == PLAIN:
        return text
    return _PROSE_NUMBER.sub(lambda found: localized(found[0], style), text)


def money(amount: float, currency: str, decimals: int = 0) -> str:
    """An amount in the locale: '$12,346' (en), '$12.346' (de), '12 346 CHF' (fr)."""
    return localized(core_numbers.money(amount, currency, decimals))


def count(value: float, decimals: int = 0) -> str:
    """A count with the locale's separators: '1,234', '2.5'."""
    return localized(core_numbers.count(value, decimals))


def trimmed(value: float, decimals: int) -> str:
    """Separators of the locale, at most `decimals` decimals, none trailing: '1,200', '0.05'."""
    return localized(core_numbers.trimmed(value, decimals))


def short_number(value: float) -> str:
    """A number for a chart's label or cell: grouped, at most two decimals ('1,200', '0.5').

    Rounded for reading at a glance (0.004 -> '0'); a value to read back exactly is
    `format_number`'s, and a number inside a message is `core.model.numbers.plain_number`'s.
    """
    return trimmed(value, 2)


def significant(value: float, digits: int = 6) -> str:
    """A value to `digits` significant digits, grouped, in the locale: '1,234.5', '0.0012'."""
    return localized(f"{value:,.{digits}g}")


def significant_decimals(value: float) -> int:
    """Decimals that keep three significant digits (none from 100 up)."""
    if value == 0 or abs(value) >= 100:
        return 0
    return min(6, 2 - math.floor(math.log10(abs(value))))


def price_text(value: float, currency: str) -> str:
    """A price to three significant digits, cents kept: '$2.50', '$0.0512', '$1,200', '3 CHF'."""
    decimals = max(2, significant_decimals(value)) if abs(value) < 100 else 0
    number = f"{abs(value):,.{decimals}f}"
    if decimals > 2:
        number = number.rstrip("0")
        number += "0" * (2 - len(number.split(".")[1]))
    prefix, after = money(0, currency).split("0", 1)
    sign = "-" if value < 0 and number.strip("0.,") else ""
    return f"{sign}{prefix}{localized(number)}{after}"


def signed_money(value: float, currency: str) -> str:
    """'+$12,345', '-$120', '$0'."""
    text = money(value, currency, 0 if abs(value) >= 100 else 2)
    return f"+{text}" if value > 0 and any(c in "123456789" for c in text) else text


def exact_money(value: float, currency: str) -> str:
    """Money to the unit (to the cent below 100), as the tooltips write it."""
    return money(value, currency, 0 if abs(value) >= 100 else 2)


_UNITS = ((1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T"))


def compact_money(value: float, currency: str) -> str:
    """An amount short enough for an axis label: '$999', '$25k', '$1.2M', '€300', '12k CHF'."""
    amount = abs(value)
    number, suffix = amount, ""
    for size, unit in _UNITS:
        if round(number, _compact_decimals(number, suffix)) < 1000:
            break
        number, suffix = amount / size, unit
    text = trimmed(number, _compact_decimals(number, suffix))
    prefix, after = money(0, currency).split("0", 1)
    sign = "-" if value < 0 and text != "0" else ""
    return f"{sign}{prefix}{text}{suffix}{after}"


def _compact_decimals(number: float, suffix: str) -> int:
    """Decimals a compact amount keeps: none from 100 up, one below, two below 10 units."""
    if number >= 100:
        return 0
    return 1 if number >= 10 or suffix else 2
