"""Dialogs as tall as their contents: lines of a problem shown, rows taken away."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(dialog: QWidget) -> None:
    """Make `dialog` as tall as its contents need at its width, no taller and no shorter.

    A top-level window grows to its layout's minimum, but not to the height wrapped text needs
    at its width (a problem's second line would hide behind the buttons), and it never
    shrinks when rows go (a kind of entry with fewer prices would leave wide gaps).
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    height = max(height, layout.totalMinimumSize().height())
    if height != dialog.height():
        dialog.resize(width, height)
