"""The main window as the GUI tests open it: one helper instead of a fixture per test file.

`open_window` shows a window on a scenario and makes it the active one: on a real X server
(Xvfb) focus moves to a new window some time after it is shown, so without the wait a test's
first keys could reach no window. "Save your changes?" is answered from `window.answers`, a
queue the test fills, and Discard when it is empty. `close_window` leaves the window clean
(no question when pytest-qt closes it) and the locale as the tests expect it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.appdata.settings import Settings
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import use_readable_locale

Button = QMessageBox.StandardButton


def open_window(
    qtbot, monkeypatch: pytest.MonkeyPatch, scenario: Scenario, *, certain: bool = True
) -> MainWindow:
    """A shown, active window on `scenario` (without its uncertain inputs when `certain`)."""
    use_readable_locale()
    if certain:
        scenario = scenario.model_copy(update={"uncertainty": ()})
    shown = MainWindow(Settings(), scenario)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()  # on a real X server focus then moves at once, not while typing
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=5000)
    answers: list[Button] = []
    monkeypatch.setattr(shown, "ask_unsaved", lambda: answers.pop(0) if answers else Button.Discard)
    shown.answers = answers  # tests queue the answers to the unsaved-changes question
    return shown


def close_window(shown: MainWindow) -> None:
    """Stop its analyses, mark its changes saved (pytest-qt closes it), restore the locale."""
    shown.runner.cancel()
    shown.runner.wait(20_000)
    shown.document.undo_stack.setClean()
    use_readable_locale()


def tab_walk(qtbot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back; the widgets passed."""
    start.window().activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    passed: list[QWidget] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return passed
        passed.append(focused)
    raise AssertionError(f"Tab never came back: stuck around {passed[-3:]}")
