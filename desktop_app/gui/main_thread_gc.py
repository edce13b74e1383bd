"""Python's cycle collector, run on the main thread only, from a timer.

The interpreter collects on whichever thread passes the allocation threshold. On an
engine thread, a cycle holding a Qt object deletes that object there: its destructor takes
a lock of Qt's and then waits for the interpreter's lock, which the main thread holds while
it waits for Qt's lock to connect a signal. Both wait for ever (seen in CI: a QLocalServer
of the single-instance tests collected on a Monte Carlo thread while a form was built).
With the automatic collector off, this timer collects as the interpreter would, on the
main thread, where every Qt object of the window belongs.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500
"""How often the generations' counts are looked at (a look costs under a microsecond)."""


def collect_due() -> None:
    """Collect the oldest generation whose count has passed its threshold, as `gc` would."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


class MainThreadCollector(QObject):
    """Turns the automatic collector off and collects from a timer of the main thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()
