"""Analyses start at once for a screenshot, and the Monte Carlo result arrives first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.paths import HOME_VARIABLE
from desktop_app.core.appdata.settings import Settings
from desktop_app.gui import app
from desktop_app.gui.analysis.analysis_runner import AnalysisRequest, AnalysisRunner
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
    app.save_screenshot(window, tmp_path / "shot.png")  # raises FileError when not written
    assert not window.runner.busy  # the analyses ran: the picture shows their results
    assert QImage(str(tmp_path / "shot.png")).width() == 1280
    window.document.undo_stack.setClean()


def test_a_screenshot_shows_a_long_status_line_whole(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed analysis names every input to check, over four lines: the picture was taken
    before the bar made room for them, and showed two and a half."""
    from desktop_app.core.model.fields import with_values

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    monkeypatch.setattr(app, "SCREENSHOT_WAIT_SECONDS", 60)
    grown = with_values(
        load_example("faq-long-context").model_copy(update={"uncertainty": ()}),
        {
            "strategies": ["embeddings", "fine_tuning", "hybrid"],
            "horizon_months": 120,
            "workload.monthly_growth_pct": 27.5,
        },
    )
    window = MainWindow(Settings(), grown)
    qtbot.addWidget(window)
    status = window.analysis_status
    seen: list[tuple[str, int, int]] = []
    real = app.png_bytes
    monkeypatch.setattr(
        app,
        "png_bytes",
        lambda image: (
            seen.append((status.text(), status.height(), status.heightForWidth(status.width())))
            or real(image)
        ),
    )
    app.save_screenshot(window, tmp_path / "shot.png")
    text, height, needed = seen[0]
    assert text.startswith("Analysis failed: the result is too large to show")
    assert needed > 3 * status.fontMetrics().lineSpacing()  # the case in point: long
    assert height >= needed


def test_the_monte_carlo_result_arrives_before_the_other_analyses(qtbot) -> None:
    runner = AnalysisRunner(debounce_ms=0)
    scenario = load_example("content-pipeline")
    seen: list[str] = []
    runner.uncertainty_ready.connect(lambda result: seen.append(f"band {result.samples}"))
    runner.finished.connect(lambda results: seen.append("all"))
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        runner.request(AnalysisRequest(scenario, samples=300, seed=2))
    assert seen == ["band 300", "all"]


def test_analyse_runs_the_monte_carlo_before_the_slower_analyses(monkeypatch) -> None:
    from desktop_app.gui.analysis import analysis_runner

    order: list[str] = []
    for name in ("run_monte_carlo", "decision_map", "key_crossings", "sensitivity"):
        real = getattr(analysis_runner, name)

        def logged(*args, _real=real, _name=name, **kwargs):
            order.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(analysis_runner, name, logged)
    handed: list[object] = []
    results = analysis_runner.analyse(
        1,
        AnalysisRequest(load_example("content-pipeline"), samples=200, seed=3),
        uncertainty_done=lambda result: handed.append(result) or order.append("handed over"),
    )
    assert order[:2] == ["run_monte_carlo", "handed over"]
    assert handed == [results.uncertainty]


def test_the_window_draws_the_band_before_the_other_analyses_arrive(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    window = MainWindow(Settings(), load_example("content-pipeline"))
    qtbot.addWidget(window)
    window.runner._timer.setInterval(0)
    with qtbot.waitSignal(window.runner.uncertainty_ready, timeout=20_000) as caught:
        window.request_analyses()
    # The window's own handler ran first: the band is drawn while the map and the
    # break-even finder still run (their results have not arrived).
    assert window.tabs.cumulative_chart.uncertainty is caught.args[0]
    latest = window.document.analyses
    assert latest is None or latest.uncertainty is not caught.args[0]
    window.runner.cancel()
    window.runner.wait(20_000)
    window.document.undo_stack.setClean()


def test_a_held_runner_starts_its_request_only_when_released(qtbot) -> None:
    runner = AnalysisRunner(debounce_ms=0)
    runner.hold()
    runner.request(AnalysisRequest(load_example("support-chatbot"), samples=200, seed=1))
    qtbot.wait(50)
    assert not runner.running and runner.pending is not None  # waits, though nothing debounces
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        runner.release()
    assert not runner.busy


def test_a_starting_window_analyses_only_once_it_has_been_painted(qtbot) -> None:
    window = MainWindow(Settings(), load_example("content-pipeline"), paint_first=True)
    qtbot.addWidget(window)
    started: list[int] = []
    window.runner.started.connect(started.append)
    qtbot.wait(50)
    assert started == [] and window.runner.busy  # the request waits for the window's paint
    window.show()
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    window.runner.cancel()
    window.runner.wait(20_000)
