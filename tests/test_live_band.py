"""The band follows the keystroke: a first band from the first samples, then the full one,
the old band faded meanwhile, and a newer edit superseding an older run."""

from __future__ import annotations

import pytest

from desktop_app.core.analyses.monte_carlo import DEFAULT_SEED, FIRST_PART, run_monte_carlo
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.analysis import analysis_runner
from desktop_app.gui.analysis.analysis_runner import AnalysisRequest, AnalysisRunner
from desktop_app.gui.charts.chart_tabs import STALE_NOTE, ChartTabs
from desktop_app.gui.charts.cumulative_chart import BAND_NAME, CumulativeCostChart
from desktop_app.gui.editor.inputs import format_number
from desktop_app.gui.main_window import MainWindow

STRATEGIES = ("embeddings", "fine_tuning", "hybrid")
NEVER_MS = 600_000
"""A rest no test waits out."""


@pytest.fixture
def runner(qtbot):
    made = AnalysisRunner(debounce_ms=0)
    yield made
    made.cancel()
    made.wait(20_000)


@pytest.fixture
def window_scenario() -> Scenario:
    """The content pipeline with its ranges: the band is what these tests watch."""
    return load_example("content-pipeline")


@pytest.fixture
def window(window: MainWindow, qtbot) -> MainWindow:
    """The shared window at 10,000 samples, with its full band drawn (no run left)."""
    window.samples_picker.setCurrentIndex(window.samples_picker.findData(10_000))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    return window


def edit(window: MainWindow, path: str, factor: float) -> None:
    """Type a new value into a field as a person would (one textEdited)."""
    row = window.editor.rows[path]
    row.input.setText(format_number(round(float(row.input.value()) * factor, 2)))
    row.input.textEdited.emit(row.input.text())


@pytest.mark.parametrize("samples", [FIRST_PART + 1, 2_500, 10_000])
def test_the_first_band_does_not_change_the_full_result(samples: int) -> None:
    scenario = load_example("content-pipeline")
    parts = []
    result = run_monte_carlo(scenario, samples, 7, first_part=parts.append)
    assert result.document() == run_monte_carlo(scenario, samples, 7).document()
    assert [part.samples for part in parts] == [FIRST_PART]
    part = parts[0]
    for levels in part.cumulative.values():
        assert (levels["p10"] <= levels["p50"]).all() and (levels["p50"] <= levels["p90"]).all()
        assert len(levels["p50"]) == scenario.horizon_months
    assert sum(part.probability_cheapest.values()) == pytest.approx(1.0)


def test_no_first_band_when_one_chunk_holds_every_sample() -> None:
    parts = []
    run_monte_carlo(load_example("content-pipeline"), FIRST_PART, 1, first_part=parts.append)
    assert parts == []


def test_the_runner_reports_the_first_samples_then_all_of_them_exactly(
    qtbot, runner: AnalysisRunner
) -> None:
    scenario = load_example("content-pipeline")
    seen: list[tuple[str, object]] = []
    runner.uncertainty_partial.connect(lambda result, total: seen.append(("part", result, total)))
    runner.uncertainty_ready.connect(lambda result: seen.append(("all", result)))
    runner.finished.connect(lambda results: seen.append(("analyses", results)))
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        runner.request(AnalysisRequest(scenario, samples=5_000, seed=3))
    assert [entry[0] for entry in seen] == ["part", "all", "analyses"]
    assert seen[0][1].samples == FIRST_PART and seen[0][2] == 5_000
    full = seen[1][1]
    assert full.document() == run_monte_carlo(scenario, 5_000, 3).document()
    assert seen[2][1].uncertainty is full


def test_the_window_shows_the_first_band_then_the_exact_full_one_and_says_which(
    qtbot, window: MainWindow
) -> None:
    chart = window.tabs.cumulative_chart
    statuses: list[str] = []
    window.runner.uncertainty_partial.connect(
        lambda result, _total: statuses.append(window.analysis_status.text())
    )
    window.runner.uncertainty_ready.connect(
        lambda result: statuses.append(window.analysis_status.text())
    )
    with qtbot.waitSignal(window.runner.uncertainty_partial, timeout=30_000) as first:
        edit(window, "effort.hourly_rate", 1.1)
    # The first band: shown, faded and labelled as provisional.
    assert chart.uncertainty is first.args[0]
    assert chart.band_note == f"{FIRST_PART:,} of 10,000 samples"
    assert chart.band_key.name() == f"{BAND_NAME} ({FIRST_PART:,} of 10,000 samples)"
    assert all(chart.bands[key].opacity() < 1 for key in STRATEGIES)
    highs = [point.y() for point in chart.band_highs["embeddings"].points()]
    assert highs == first.args[0].cumulative["embeddings"]["p90"].tolist()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert statuses == [
        f"P10–P90 from {FIRST_PART:,} of 10,000 samples…",
        "P10–P90 from 10,000 samples",
    ]
    assert "10,000 samples" in window.analysis_status.text()
    # The final band: all the samples, at full strength, named plainly.
    assert chart.band_note is None and chart.band_key.name() == BAND_NAME
    assert all(chart.bands[key].opacity() == 1 for key in STRATEGIES)
    direct = run_monte_carlo(window.document.shown_scenario, 10_000, DEFAULT_SEED)
    assert chart.uncertainty.document() == direct.document()
    for key in STRATEGIES:
        lows = [point.y() for point in chart.band_lows[key].points()]
        assert lows == direct.cumulative[key]["p10"].tolist()


def test_an_edit_keeps_the_old_band_faded_until_the_new_one_replaces_it(
    qtbot, window: MainWindow
) -> None:
    chart = window.tabs.cumulative_chart
    old = chart.uncertainty
    assert old is not None and chart.band_note is None
    points = [point.y() for point in chart.band_highs["hybrid"].points()]
    edit(window, "effort.hourly_rate", 0.9)
    assert chart.uncertainty is old and chart.band_note == STALE_NOTE
    assert chart.band_key.name() == f"{BAND_NAME} ({STALE_NOTE})"
    for key in STRATEGIES:
        assert chart.bands[key].isVisible()
        assert 0 < chart.bands[key].opacity() < 1
        assert 0 < chart.medians[key].opacity() < 1
    assert [point.y() for point in chart.band_highs["hybrid"].points()] == points
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert chart.uncertainty is not old and chart.band_note is None
    assert all(chart.bands[key].opacity() == 1 for key in STRATEGIES)
    assert chart.band_key.name() == BAND_NAME


def test_a_scenario_without_uncertain_inputs_hides_the_band_at_once(qtbot) -> None:
    scenario = load_example("content-pipeline")
    tabs = ChartTabs(evaluate(scenario), dark=False)
    qtbot.addWidget(tabs)
    tabs.cumulative_chart.show_uncertainty(run_monte_carlo(scenario, 200, 1))
    tabs.show_evaluation(evaluate(scenario.model_copy(update={"uncertainty": ()})))
    chart = tabs.cumulative_chart
    assert chart.uncertainty is None
    assert not any(chart.bands[key].isVisible() for key in STRATEGIES)


def test_a_faded_band_of_another_horizon_still_goes(qtbot) -> None:
    scenario = load_example("content-pipeline")
    chart = CumulativeCostChart(evaluate(scenario))
    chart.show_uncertainty(run_monte_carlo(scenario, 200, 1))
    chart.fade_band(STALE_NOTE)
    chart.show_evaluation(evaluate(with_values(scenario, {"horizon_months": 24})))
    assert chart.uncertainty is None and chart.band_note is None


def test_newer_requests_supersede_a_run_without_queueing_up(
    qtbot, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulated: list[str] = []
    real = analysis_runner.run_monte_carlo

    def logged(scenario, *args, **kwargs):
        simulated.append(scenario.name)
        return real(scenario, *args, **kwargs)

    monkeypatch.setattr(analysis_runner, "run_monte_carlo", logged)
    base = with_values(load_example("content-pipeline"), {"horizon_months": 120})
    delivered: list[str] = []
    runner.uncertainty_partial.connect(lambda result, total: delivered.append("part"))
    runner.uncertainty_ready.connect(lambda result: delivered.append("all"))
    runner.finished.connect(lambda results: delivered.append(results.request.scenario.name))
    progress: list[int] = []
    runner.progress.connect(lambda done, total: progress.append(done))
    runner.request(AnalysisRequest(with_values(base, {"name": "edit 0"}), samples=100_000))
    qtbot.waitUntil(lambda: bool(progress), timeout=30_000)  # the first run is simulating
    delivered.clear()
    for number in range(1, 6):  # five quick edits: only the last one is simulated
        runner.request(AnalysisRequest(with_values(base, {"name": f"edit {number}"}), 2_000))
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        pass
    runner.wait(20_000)
    qtbot.wait(50)  # any queued signal of an older run arrives (and must be dropped)
    assert simulated == ["edit 0", "edit 5"]
    assert delivered == ["part", "all", "edit 5"]


def test_a_newer_request_ends_the_rest_before_the_slower_analyses(qtbot) -> None:
    runner = AnalysisRunner(debounce_ms=0, rest_delay_ms=NEVER_MS)
    scenario = load_example("content-pipeline")
    with qtbot.waitSignal(runner.uncertainty_ready, timeout=30_000):
        runner.request(AnalysisRequest(scenario, samples=200, seed=1))
    assert runner.running  # resting before the map, break-even finder and sensitivity
    with qtbot.waitSignal(runner.uncertainty_ready, timeout=30_000):
        runner.request(AnalysisRequest(with_values(scenario, {"name": "newer"}), 200, 1))
    with qtbot.waitSignal(runner.finished, timeout=30_000) as caught:
        runner.start_now()  # a screenshot waits for no rest either
    assert caught.args[0].request.scenario.name == "newer"
    assert runner.wait(20_000)


def test_the_rest_of_the_samples_waits_for_the_first_band_to_be_drawn(
    runner, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No chunk starts while the window draws the first band (a wait far longer than the drawing).

    Not NEVER_MS: a run whose wait nobody ended would hold the pool's teardown that long.
    """
    import threading

    from desktop_app.core.analyses import monte_carlo

    monkeypatch.setattr(analysis_runner, "BAND_SHOWN_WAIT_MS", 30_000, raising=False)
    chunks: list[int] = []
    another_chunk = threading.Event()
    real = monte_carlo._simulate_chunk

    def counted(batch, part):
        chunks.append(batch.size)
        if len(chunks) > 1:
            another_chunk.set()
        return real(batch, part)

    monkeypatch.setattr(monte_carlo, "_simulate_chunk", counted)
    started_while_drawing = []
    runner.uncertainty_partial.connect(
        lambda *_: started_while_drawing.append(another_chunk.wait(0.5))  # a slow drawing
    )
    ready = []
    runner.uncertainty_ready.connect(ready.append)
    scenario = load_example("content-pipeline")
    runner.request(AnalysisRequest(scenario, samples=10_000))
    qtbot.waitUntil(lambda: bool(ready), timeout=60_000)
    assert started_while_drawing == [False]
    assert chunks[0] == FIRST_PART and sum(chunks) == 10_000
    assert ready[0].document() == run_monte_carlo(scenario, 10_000, DEFAULT_SEED).document()
