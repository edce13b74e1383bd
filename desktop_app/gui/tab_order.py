"""Tab order for widgets made after their window is shown.

Qt appends a widget placed into a window to the end of the window's Tab order, so a part
made on demand (an editor section, a chart tab's content) would be reached only after
everything else. `place_in_tab_order` moves its Tab stops to where the part sits on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

TAB_FOCUS = Qt.FocusPolicy.TabFocus.value


def tab_stops(part: QWidget) -> list[QWidget]:
    """The widgets of `part` (itself included) that Tab stops at, in Tab order.

    `part` must have been made as one piece, its widgets created inside it: they then sit
    together in the Tab order, from `part` on, so only they are looked at.
    """
    stops: list[QWidget] = []
    widget: QWidget | None = part
    while widget is not None and (widget is part or part.isAncestorOf(widget)):
        if widget.focusPolicy().value & TAB_FOCUS:
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is part:  # the whole window's order is this one part
            break
    return stops


def place_in_tab_order(after: QWidget | None, part: QWidget) -> QWidget | None:
    """Make Tab go from `after` through the stops of `part`; returns the last stop passed."""
    return tab_through(after, tab_stops(part))


def tab_through(after: QWidget | None, widgets: Sequence[QWidget]) -> QWidget | None:
    """Make Tab go from `after` through `widgets` in turn; returns the last one passed."""
    for stop in widgets:
        if after is not None:
            QWidget.setTabOrder(after, stop)
        after = stop
    return after
