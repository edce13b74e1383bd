"""The document owns what the window shows; the sheet prints that, not a second run."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.paths import HOME_VARIABLE
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.prices.currency import DisplayCurrency, display_scenario
from desktop_app.gui.analysis.analysis_runner import AnalysisResults
from desktop_app.gui.document import ScenarioDocument
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.printing import sheet
from desktop_app.present.numbers import money
from desktop_app.present.sheet_content import figures_html

EUR = DisplayCurrency(source="USD", target="EUR", rate=0.9)


def _window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    window = MainWindow(Settings(), load_example("content-pipeline"))
    qtbot.addWidget(window)
    window.runner._timer.setInterval(0)
    return window


def _no_second_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args, **_kwargs):
        raise AssertionError("the sheet ran a Monte Carlo of its own")

    monkeypatch.setattr(sheet, "run_monte_carlo", refused)


def _finish(window: MainWindow) -> None:
    window.runner.cancel()
    window.runner.wait(20_000)
    window.document.undo_stack.setClean()


def test_the_sheet_prints_the_p10_p90_of_the_window_at_1000_samples(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_path, monkeypatch)
    window.samples_picker.setCurrentIndex(window.samples_picker.findData(1_000))
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        window.samples_picker.activated.emit(window.samples_picker.currentIndex())
    shown = window.document.uncertainty
    assert shown is not None and shown.samples == 1_000
    _no_second_run(monkeypatch)
    item = window.current_sheet_items()[0]
    assert item.uncertainty is shown
    currency = item.scenario.currency
    for key in item.evaluation.strategies:
        for level, label in (("p10", "Total cost P10"), ("p90", "Total cost P90")):
            text = money(shown.total_cost[key][level], currency)
            assert window.summary.cell_text(label, key) == text
            assert text in figures_html(item)
    # A sheet run at 10,000 samples (what the sheet did before) gives other figures.
    other = run_monte_carlo(item.scenario, 10_000)
    assert any(
        other.total_cost[key]["p10"] != shown.total_cost[key]["p10"]
        for key in item.evaluation.strategies
    )
    _finish(window)


def test_a_sheet_printed_before_the_run_arrives_has_the_figures_the_window_will_show(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_path, monkeypatch)
    window.runner.cancel()
    window.runner.wait(20_000)
    window.document.set_samples(1_000)  # requested, not run yet
    window.runner.cancel()
    assert window.document.shown_uncertainty() is None
    item = window.current_sheet_items()[0]
    expected = run_monte_carlo(window.document.shown_scenario, 1_000)
    assert item.uncertainty.total_cost == expected.total_cost
    _finish(window)


def test_stale_analyses_are_not_printed_after_an_edit(qtbot, tmp_path, monkeypatch) -> None:
    window = _window(qtbot, tmp_path, monkeypatch)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        window.request_analyses()
    assert window.document.shown_uncertainty() is not None
    rate = window.document.scenario.effort.hourly_rate
    assert window.document.set_value("effort.hourly_rate", rate + 1) is None
    window.runner.cancel()
    assert window.document.shown_uncertainty() is None  # of the old inputs: not shown as new
    _finish(window)


def test_the_document_evaluates_the_display_currency_once_per_edit(qtbot, monkeypatch) -> None:
    from desktop_app.gui import document as document_module

    calls: list[str] = []
    real = document_module.evaluate

    def counted(scenario):
        calls.append(scenario.currency)
        return real(scenario)

    monkeypatch.setattr(document_module, "evaluate", counted)
    document = ScenarioDocument(load_example("ticket-classifier"), display=EUR)
    shown: list[object] = []
    document.shown_changed.connect(shown.append)
    calls.clear()
    rate = document.scenario.effort.hourly_rate
    assert document.set_value("effort.hourly_rate", rate + 1) is None
    assert calls.count("EUR") == 1  # the shown evaluation, once
    assert shown == [document.shown]
    expected = evaluate(display_scenario(document.scenario, EUR))
    assert document.shown.figure("embeddings", "total_cost") == pytest.approx(
        expected.figure("embeddings", "total_cost")
    )
    document.set_display(None)
    assert document.shown is document.evaluation and shown[-1] is document.evaluation


def test_the_map_axes_and_samples_live_in_the_document(qtbot) -> None:
    document = ScenarioDocument(load_example("ticket-classifier"))
    asked: list[bool] = []
    document.analysis_changed.connect(lambda: asked.append(True))
    x, y = ("workload.queries_per_month", 1e4, 1e6), ("effort.hourly_rate", 50.0, 200.0)
    document.set_map_axes(x, y)
    document.set_samples(1_000)
    request = document.analysis_request()
    assert request.map_axes == (x, y) and request.samples == 1_000 and asked == [True, True]
    assert request.scenario is document.shown_scenario


def test_the_chart_tabs_keep_no_analyses_a_tab_made_later_reads_the_documents(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_path, monkeypatch)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        window.request_analyses()
    latest = window.document.analyses
    assert latest is not None and len(latest.sensitivity) > 2
    copies = [name for name, v in vars(window.tabs).items() if isinstance(v, AnalysisResults)]
    assert copies == []
    # Newer results in the document (two rows), then the sensitivity tab is first made.
    newer = dataclasses.replace(latest, sensitivity=latest.sensitivity[:2])
    window.document.set_analyses(newer)
    rows = window.tabs.tornado_chart.rows
    assert sorted(rows, key=id) == sorted(newer.sensitivity, key=id)
    crossings = window.tabs.break_even_table.fields
    assert crossings == list(newer.break_even)
    _finish(window)
