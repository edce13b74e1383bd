"""The window's status bar: a message too long for it ends in "…", never cut mid-word."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStatusBar, QWidget


class StatusBar(QStatusBar):
    """A status bar whose message is shortened to its width with "…", whole in its tooltip.

    Qt draws a message on one line and cuts it at the bar's edge: "… check these inputs:
    Horizon months = 120, Queries per month =" read as if the list ended there.
    `currentMessage` is the whole message, as given.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = ""  # the message as given
        self._shown = ""  # as handed to Qt: shortened to fit
        self._until: float | None = None  # when the message goes (monotonic; None: it stays)
        self.messageChanged.connect(self._on_message_changed)

    def showMessage(self, message: str, timeout: int | None = 0) -> None:  # noqa: N802 (Qt API)
        """Show `message` (for `timeout` ms, 0: until the next), shortened to fit."""
        timeout = timeout or 0
        self._message, self._shown = message, self._fitted(message)
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else None
        super().showMessage(self._shown, timeout)
        self.setToolTip(message if self._shown != message else "")

    def currentMessage(self) -> str:  # noqa: N802 (Qt API)
        """The message shown, whole (Qt's own, such as a menu item's tip, as it is)."""
        shown = super().currentMessage()
        return self._message if shown and shown == self._shown else shown

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """Fit our message to the new width (it stays for the rest of its time)."""
        super().resizeEvent(event)
        if not self._shown or super().currentMessage() != self._shown:
            return  # none, or Qt's own
        fitted = self._fitted(self._message)
        if fitted != self._shown:
            left = (
                0 if self._until is None else max(1, round(1000 * (self._until - time.monotonic())))
            )
            self._shown = fitted
            super().showMessage(fitted, left)

    def _on_message_changed(self, text: str) -> None:
        if text != self._shown:  # ours gone (its time up, cleared) or Qt's own shown
            self.setToolTip("")

    def _fitted(self, message: str) -> str:
        room = self.width() - MESSAGE_PADDING
        if not self.isVisible() or room <= 0:
            return message  # not laid out yet: its width says nothing
        return self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, room)


MESSAGE_PADDING = 24
"""Pixels of the bar not given to the message: its margins and the size grip."""
