"""One way to bind a field of the scenario to its widget (issue 13, item 3).

Every input of the editor follows the same three rules:
- a *session* per visit: what is typed or chosen while the widget keeps the focus is one undo
  step (`EditSession`; the number inputs keep their own, renewed the same way);
- a problem is shown in one place, the line under the field, naming the field by its label
  (`ProblemLine`);
- showing the scenario's value never echoes back as an edit (`signals_blocked`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

PROBLEM_COLOR = "#d64545"
INVALID_FRAME = f"border: 2px solid {PROBLEM_COLOR};"
_sessions = itertools.count(1)


def new_session() -> int:
    """A fresh typing-session id: edits within one session merge into one undo step."""
    return next(_sessions)


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Block the signals of `objects` for the block's duration, then restore each as it was."""
    previous = [each.blockSignals(True) for each in objects]
    try:
        yield
    finally:
        for each, blocked in zip(objects, previous, strict=True):
            each.blockSignals(blocked)


class EditSession(QObject):
    """The undo session of one input: a new one each time the focus enters or leaves it.

    `widgets` are the input's parts (a row of radio buttons is one input): moving between them
    stays in the session. Edits sent with `session.id` meanwhile merge into one undo step.
    """

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__(widgets[0])
        self.widgets = widgets
        self.id = new_session()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _inside(self, widget: QWidget | None) -> bool:
        return widget is not None and any(
            widget is part or part.isAncestorOf(widget) for part in self.widgets
        )

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._inside(old) != self._inside(new):
            self.id = new_session()


def show_message(label: QLabel, text: str) -> None:
    """Put `text` in the wrapped `label` under a field (hidden when empty), laid out anew.

    Layouts keep each child's height for its width: a message that wraps onto one more line
    while shown (a longer reason, or another language's) would stay cut at the bottom, drawn
    over its field. So once the label's own change has been laid out (the next turn of the
    event loop), every layout from its row up to the window works its heights out again.
    """
    label.setText(text)
    label.setVisible(bool(text))
    QTimer.singleShot(0, label, lambda: _lay_out_again(label))


def _lay_out_again(widget: QWidget) -> None:
    """Invalidate the layouts of `widget`'s ancestors, up to its window."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        layout = parent.layout()
        if layout is not None:
            layout.invalidate()
        parent = parent.parentWidget()


class ProblemLine(QWidget):
    """A widget with the line under it that says what is wrong, naming the field by label."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {PROBLEM_COLOR};")
        self.message.hide()
        layout.addWidget(self.message)

    def show_problem(self, problem: str | None) -> None:
        """Show the problem under the widget with a red frame (None: clear both)."""
        if self.message.text() == (problem or ""):
            return
        show_message(self.message, problem or "")
        kind = type(self.widget).__name__
        self.widget.setStyleSheet(f"{kind} {{ {INVALID_FRAME} }}" if problem else "")
