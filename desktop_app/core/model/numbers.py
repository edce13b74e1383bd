"""How numbers are written where people read them (messages) and where files keep them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any


def whole_if_integral(value: object) -> object:
    """A float that is a whole number (JSON's 2.0) as that int; any other value as it is.

    Every whole-number field takes 3.0 for 3, as JSON Schema's "integer" does; a format's
    `schema_version` does too, so that 3.0 is read, and guarded, as version 3.
    """
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    return value


def reads_as_zero(text: str) -> bool:
    """Whether the number written `text` is not 0 yet reads as 0.0: '1e-400' (an underflow)."""
    mantissa = text.lower().partition("e")[0]
    return float(text) == 0 and any(digit in mantissa for digit in "123456789")


@dataclass(frozen=True)
class TinyNumber:
    """A number of a file too small to be told from 0 (1e-400), kept as written.

    JSON's reader would make it 0.0, a rescaled value no field may take. Being no number,
    it is refused wherever it stands, by that field's path (`problems` words it).
    """

    text: str

    def __repr__(self) -> str:
        return self.text

    @property
    def problem(self) -> str:
        """The words of its problem (kind `too_small_number`, value `got`: the text)."""
        return f"is too small to be told from 0, got {self.text}"


def file_float(text: str) -> float | TinyNumber:
    """A JSON number with a fraction or an exponent, as read from a file (`parse_float`)."""
    return TinyNumber(text) if reads_as_zero(text) else float(text)


def plain_number(value: float) -> str:
    """A number as a person writes it: 50000, 0.25, -5 (no '50000.0', no '5e+04')."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, float) and (abs(value) >= 1e15 or 0 < abs(value) < 1e-6):
        return repr(value)
    if isinstance(value, int) and abs(value) >= 10**16:  # past the floats' whole numbers:
        try:  # a file's 1e308 read into a whole-number field is not 309 digits of noise
            return repr(float(value))
        except OverflowError:
            mantissa, exponent = f"{Decimal(value):.6e}".split("e")
            mantissa = mantissa.rstrip("0").rstrip(".")  # 1e+400, not 1.000000e+400
            return f"{mantissa}e{exponent}"
    return str(value)


def trimmed(value: float, decimals: int) -> str:
    """Thousands separators and at most `decimals` decimals, none trailing: '1,200', '0.05'."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def json_number(value: Any) -> Any:
    """Whole floats become ints so that files read `50000`, not `50000.0`; others unchanged."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {key: json_number(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_number(item) for item in value]
    return value


_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def money(amount: float, currency: str, decimals: int = 0) -> str:
    """An amount as people read it: '$12,346', '€0.44', '12,346 CHF'."""
    text = f"{abs(amount):,.{decimals}f}"
    sign = "-" if amount < 0 and float(text.replace(",", "")) != 0 else ""
    symbol = _CURRENCY_SYMBOLS.get(currency)
    return f"{sign}{symbol}{text}" if symbol else f"{sign}{text} {currency}"


def count(value: float, decimals: int = 0) -> str:
    """A count with thousands separators: '1,234', '2.5'."""
    if decimals == 0 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.{decimals}f}"
