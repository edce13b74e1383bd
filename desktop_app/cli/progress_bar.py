"""A progress bar on a terminal's stderr for long runs (silent when stderr is not a terminal)."""

from __future__ import annotations

import time
from types import TracebackType
from typing import TextIO

WIDTH = 30
DELAY_SECONDS = 0.3
"""Runs shorter than this never show a bar."""


class ProgressBar:
    """Call with (done, total); use as a context manager so the line is closed at the end."""

    def __init__(self, stream: TextIO | None, unit: str) -> None:
        self.stream = stream
        self.unit = unit
        self.started = time.monotonic()
        self.shown = False
        self.enabled = stream is not None and stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        """Redraw the bar."""
        if self.stream is None or not self.enabled:
            return
        if time.monotonic() - self.started < DELAY_SECONDS:
            return
        filled = round(WIDTH * done / total) if total else WIDTH
        bar = "#" * filled + " " * (WIDTH - filled)
        share = done / total if total else 1.0
        self.stream.write(f"\r[{bar}] {share:4.0%} {done:,}/{total:,} {self.unit}")
        self.stream.flush()
        self.shown = True

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.shown and self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()
