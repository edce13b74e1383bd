"""Work that waits for a window's first paint, so that the window is seen first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Calls `then` once, right after `window`'s first paint has been done."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint, the window's children's too
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once `window` has been painted for the first time."""
    _FirstPaint(window, then)
