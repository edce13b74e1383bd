"""The limits of the command line's options, and the readers that enforce them.

Each reader is an argparse `type`: a value outside its option's limits is a usage error in
one line ("argument --samples: must be a whole number from 1 to 100,000, got '1e9'"), so that
no option can reach the engine as a MemoryError or a ValueError.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable

from desktop_app.core.model.numbers import reads_as_zero

MAX_SAMPLES = 100_000
"""As in the window: 100,000 samples of 120 months keep a run below 600 MB."""
MAX_SEED = 2**32 - 1
MIN_STEPS, MAX_STEPS = 2, 200
"""A 200 × 200 map of a 120-month scenario peaks near 650 MB."""

_WHOLE = re.compile(r"\+?[0-9]{1,30}")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")
"""A number as JSON and Python write it: 1500, 0.25, 1e6 (no 'nan', no '1,5', no '1_000')."""


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A reader of whole numbers from `low` to `high` (digits only: no '1e3', no '10,000')."""

    def read(text: str) -> int:
        value = int(text) if _WHOLE.fullmatch(text.strip()) else None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {low:,} to {high:,}, got {text!r}"
            )
        return value

    read.__name__ = "whole number"
    return read


samples = whole_number(1, MAX_SAMPLES)
seed = whole_number(0, MAX_SEED)
steps = whole_number(MIN_STEPS, MAX_STEPS)


def number(text: str) -> float:
    """A finite number written with a point: '1500', '0.25', '1e6'; ValueError says why not.

    Never a rescaled guess: '1,5' is refused, not read as 15, and '1e-400' is refused, not 0.
    """
    if not _NUMBER.fullmatch(text.strip()):
        raise ValueError(f"{text!r} is not a number such as 1500, 0.25 or 1e6")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text!r} is not a finite number")
    if reads_as_zero(text):
        raise ValueError(f"{text!r} is too small to be told from 0")  # 1e-400 is not 0
    return value


def name(text: str) -> str:
    """Any non-empty text (a file, a field, an example or a catalog id)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def input_file(text: str) -> str:
    """A file to read: not empty, and not '-' (standard input is not read)."""
    name(text)
    if text == "-":
        raise argparse.ArgumentTypeError(
            "'-' (standard input) is not read; name the file (./- for a file named '-')"
        )
    return text


def output_file(text: str) -> str:
    """A file to write: not empty, and not '-' where standard output is not offered."""
    name(text)
    if text == "-":
        raise argparse.ArgumentTypeError(
            "'-' (standard output) is not offered here; name the file (./- for a file named '-')"
        )
    return text
