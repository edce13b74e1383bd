"""A screenshot starts the analyses at once instead of waiting for the edit debounce."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop_app.core.examples import load_example
from desktop_app.core.paths import HOME_VARIABLE
from desktop_app.core.settings import Settings
from desktop_app.gui import app
from desktop_app.gui.analysis_runner import AnalysisRequest, AnalysisRunner
from desktop_app.gui.main_window import MainWindow

NEVER_MS = 600_000
"""A debounce no test waits out."""


def test_start_now_runs_a_waiting_request_without_its_debounce(qtbot) -> None:
    runner = AnalysisRunner(debounce_ms=NEVER_MS)
    scenario = load_example("support-chatbot")
    runner.request(AnalysisRequest(scenario, samples=200, seed=1))
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        runner.start_now()
    assert not runner.busy
    runner.start_now()  # nothing waits: nothing starts
    assert not runner.busy


def test_a_screenshot_does_not_wait_for_the_debounce(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    monkeypatch.setattr(app, "SCREENSHOT_WAIT_SECONDS", 60)
    window = MainWindow(Settings(), load_example("content-pipeline"))
    qtbot.addWidget(window)
    window.runner._timer.setInterval(NEVER_MS)
    window.request_analyses()
    assert app.save_screenshot(window, tmp_path / "shot.png")
    assert not window.runner.busy  # the analyses ran: the picture shows their results
    assert QImage(str(tmp_path / "shot.png")).width() == 1280
    window.document.undo_stack.setClean()
