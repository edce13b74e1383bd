"""Heavy analyses in a worker: results arrive, stale ones are dropped, cancel stops a run,
and the event loop keeps turning meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.model.fields import with_values
from desktop_app.gui.analysis.analysis_runner import AnalysisRequest, AnalysisRunner, analyse


@pytest.fixture
def runner(qtbot):
    made = AnalysisRunner(debounce_ms=0)
    yield made
    made.cancel()
    made.wait(10_000)


def test_results_arrive_for_the_current_request(qtbot, runner: AnalysisRunner) -> None:
    scenario = load_example("content-pipeline")
    with qtbot.waitSignal(runner.finished, timeout=10_000) as caught:
        runner.request(AnalysisRequest(scenario, samples=2000, seed=4))
    results = caught.args[0]
    assert results.request.scenario == scenario
    assert results.uncertainty.document() == run_monte_carlo(scenario, 2000, 4).document()
    assert results.sensitivity and results.decision_map is not None
    assert results.break_even["workload.queries_per_month"]


def test_no_uncertain_inputs_no_monte_carlo() -> None:
    scenario = load_example("support-chatbot").model_copy(update={"uncertainty": ()})
    assert analyse(1, AnalysisRequest(scenario)).uncertainty is None


def test_a_newer_request_drops_the_older_results(qtbot, runner: AnalysisRunner) -> None:
    first = load_example("support-chatbot")
    second = with_values(first, {"name": "changed since"})
    delivered = []
    runner.finished.connect(delivered.append)
    runner.request(AnalysisRequest(first, samples=100_000))
    qtbot.waitUntil(lambda: runner.running, timeout=5000)
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        runner.request(AnalysisRequest(second, samples=1000))
    runner.wait(20_000)
    qtbot.wait(50)  # let any queued signal of the first run arrive (it must be dropped)
    assert [results.request.scenario.name for results in delivered] == ["changed since"]


def test_cancel_stops_a_long_run_and_the_event_loop_keeps_turning(
    qtbot, runner: AnalysisRunner
) -> None:
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    progress = []
    runner.progress.connect(lambda done, total: progress.append(done))
    finished = []
    runner.finished.connect(finished.append)
    long_run = with_values(load_example("content-pipeline"), {"horizon_months": 120})  # ~1.3 s
    runner.request(AnalysisRequest(long_run, samples=100_000))
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=20_000)
    with qtbot.waitSignal(runner.stopped, timeout=20_000):
        runner.cancel()
    timer.stop()
    assert finished == [] and not runner.running
    assert progress[-1] < 100_000
    assert len(ticks) >= 5, "the GUI thread kept handling timer events during the run"


def test_a_full_100k_run_leaves_the_event_loop_free(qtbot, runner: AnalysisRunner) -> None:
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(runner.finished, timeout=60_000) as caught:
        runner.request(AnalysisRequest(load_example("ticket-classifier"), samples=100_000))
    timer.stop()
    assert caught.args[0].uncertainty.samples == 100_000
    assert len(ticks) >= 10


def test_a_job_whose_runner_is_gone_ends_quietly(qtbot) -> None:
    # a window closed mid-run deletes the runner and its signals before the pool's last job
    # ends; an emit on them raised out of QRunnable.run ("Qt Concurrent has caught an exception")
    import threading

    import shiboken6

    from desktop_app.gui.analysis.analysis_runner import _Job, _Signals

    signals = _Signals()
    stop = threading.Event()
    stop.set()
    job = _Job(1, AnalysisRequest(load_example("support-chatbot")), stop, signals)
    shiboken6.delete(signals)
    job.run()  # raised RuntimeError: Internal C++ object already deleted
