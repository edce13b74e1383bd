"""Combo boxes of the forms: long names cut, and the wheel left to the form that scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class FormComboBox(QComboBox):
    """A combo box in a form that scrolls: the wheel scrolls the form unless the box has focus.

    Qt's combo box takes the wheel, and the focus with it, as the pointer passes over it and
    picks the next entry (emitting `activated`, as a click would): scrolling the editor would
    change a price preset in passing. This one is focused by a click or Tab only, and turns
    the wheel into a choice only once it has the keyboard focus, as the number fields do.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: D102, N802 (Qt API)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the scroll area


def cut_long_names(combo: QComboBox, characters: int) -> None:
    """Make `combo` as wide as `characters` characters, whatever its names; longer ones are cut.

    By default a combo box is as wide as its longest name: a catalog entry's name or a German
    text would widen the editor or the decision map's panel beyond the window. The open list
    still shows every name whole.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
