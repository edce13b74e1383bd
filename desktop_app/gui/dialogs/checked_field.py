"""A form field that shows, in red below it, why what was typed is invalid."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

ERROR_RED = "#d64545"  # the app's error colour; a lighter red stays readable on a dark window
ERROR_RED_ON_DARK = "#ff7a7a"
INVALID_FRAME = "QLineEdit {{ border: 2px solid {red}; border-radius: 2px; padding: 1px; }}"


def error_red(widget: QWidget) -> str:
    """The error colour that stays readable on the widget's window (lighter on a dark one)."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return ERROR_RED_ON_DARK if dark else ERROR_RED


class CheckedField(QWidget):
    """A form field with the reason it is invalid in red below it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.message = QLabel(self)
        self.message.setWordWrap(True)  # a long reason takes lines, not the dialog's width
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.message)

    def show_problem(self, problem: str | None, frame: QWidget | None = None) -> None:
        """Show the reason (or clear it) and frame the input in red."""
        red = error_red(self)
        style = f"color: {red};"
        if self.message.styleSheet() != style:  # restyling is costly: only on a change
            self.message.setStyleSheet(style)
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        edit = frame or self.field
        frame_style = INVALID_FRAME.format(red=red) if problem else ""
        if isinstance(edit, QLineEdit) and edit.styleSheet() != frame_style:
            edit.setStyleSheet(frame_style)
