"""How numbers are written where people read them (messages) and where files keep them."""

from __future__ import annotations

from typing import Any


def plain_number(value: float) -> str:
    """A number as a person writes it: 50000, 0.25, -5 (no '50000.0', no '5e+04')."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, float) and (abs(value) >= 1e15 or 0 < abs(value) < 1e-6):
        return repr(value)
    return str(value)


def json_number(value: Any) -> Any:
    """Whole floats become ints so that files read `50000`, not `50000.0`; others unchanged."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {key: json_number(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_number(item) for item in value]
    return value
