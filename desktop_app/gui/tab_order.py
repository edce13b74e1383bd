"""Tab order for widgets made after their window is shown.

Qt appends a widget placed into a window to the end of the window's Tab order, so a part
made on demand (an editor section, a chart tab) would be reached only after everything
else. `place_in_tab_order` moves its Tab stops to where the part sits on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

TAB_FOCUS = Qt.FocusPolicy.TabFocus.value


def tab_stops(part: QWidget) -> list[QWidget]:
    """The widgets inside `part` that Tab stops at, in Tab order."""
    stops, widget = [], part.nextInFocusChain()
    while widget is not part:  # the chain is a ring through the whole window
        if part.isAncestorOf(widget) and widget.focusPolicy().value & TAB_FOCUS:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def place_in_tab_order(after: QWidget | None, part: QWidget) -> QWidget | None:
    """Make Tab go from `after` through the stops of `part`; returns the last stop passed."""
    for stop in tab_stops(part):
        if after is not None:
            QWidget.setTabOrder(after, stop)
        after = stop
    return after
