r"""What the command line prints is safe on a terminal: no raw control characters, no -0.

Text from files and arguments (a scenario's name, a key, a path) may hold ESC, BEL, CR or
other control characters that would recolour, ring or overwrite the terminal. They are shown
escaped instead (`\x1b`), both in the lines we build (`one_line`, which escapes line breaks
too) and, as a last guard, in everything written to stdout and stderr (`escaped_streams`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from desktop_app.present.safe_text import escape_controls

_NEGATIVE_ZERO_CELL = re.compile(r"(?<![^,\n])-0\.0(?![^,\n])")


class OutputError(Exception):
    """Standard output or error cannot be written (closed, or the disk behind it is full)."""


class EscapingStream:
    """A text stream that writes through `escape_controls`; everything else is the stream's.

    A failed write or flush (ENOSPC on `> /dev/full`, a closed stream) is an `OutputError`
    naming the stream; a reader that went away stays a BrokenPipeError.
    """

    def __init__(self, stream: TextIO | None, label: str) -> None:
        self.raw = stream
        self.label = label

    def write(self, text: str) -> int:
        """Write `text` escaped; returns the length of `text` as given.

        A character the stream's encoding lacks (`·` on an ASCII terminal) is written as
        a backslash escape rather than failing the whole command.
        """
        shown = escape_controls(text)
        encoding = getattr(self.raw, "encoding", None) or "utf-8"
        try:
            shown.encode(encoding)
        except UnicodeEncodeError:
            shown = shown.encode(encoding, "backslashreplace").decode(encoding)
        except LookupError:
            pass
        self._call("write", shown)
        return len(text)

    def flush(self) -> None:
        """Flush the stream, so that a full disk is reported while we can still say so.

        A stream that is not there (closed before the command began) holds nothing to flush:
        a command that wrote nothing to it must not fail for it (a write to it still does).
        """
        if self.raw is not None:
            self._call("flush")

    def _call(self, method: str, *arguments: str) -> None:
        if self.raw is None:
            raise OutputError(f"{self.label} is closed")
        try:
            getattr(self.raw, method)(*arguments)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as error:  # ValueError: "I/O operation on closed file"
            reason = getattr(error, "strerror", None) or str(error)
            raise OutputError(f"{self.label} cannot be written: {reason}") from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def raw_stream(stream: TextIO | EscapingStream) -> TextIO | None:
    """The stream under an `EscapingStream` (for our own carriage returns of a progress bar).

    None when there is none (a windowed program on Windows has no stderr).
    """
    raw: TextIO | EscapingStream | None = stream
    while isinstance(raw, EscapingStream):
        raw = raw.raw
    return raw


@contextmanager
def escaped_streams() -> Iterator[None]:
    """While inside, sys.stdout and sys.stderr escape control characters."""
    saved = sys.stdout, sys.stderr
    if not isinstance(sys.stdout, EscapingStream):
        sys.stdout = EscapingStream(sys.stdout, "standard output")
    if not isinstance(sys.stderr, EscapingStream):
        sys.stderr = EscapingStream(sys.stderr, "standard error")
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def without_negative_zero(value: Any) -> Any:
    """A JSON document with every -0.0 made 0.0 (the same number, never printed as '-0.0')."""
    if isinstance(value, float):
        return value + 0.0  # -0.0 + 0.0 is 0.0; every other float is unchanged
    if isinstance(value, dict):
        return {key: without_negative_zero(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [without_negative_zero(item) for item in value]
    return value


def csv_without_negative_zero(text: str) -> str:
    """CSV text of plain numbers with every '-0.0' cell written '0.0'."""
    return _NEGATIVE_ZERO_CELL.sub("0.0", text)
