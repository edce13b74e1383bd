"""The analysis views: each shows exactly the numbers its core analysis computed."""

from __future__ import annotations

import math
import statistics
import time
from functools import cache

import numpy as np
import pytest
from PySide6.QtCharts import QXYSeries
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QFontMetricsF, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QWidget
from v1_examples import load_example

from desktop_app.core.analyses.break_even_finder import KEY_INPUTS, find_break_even, key_crossings
from desktop_app.core.analyses.decision_map import DecisionMap, decision_map
from desktop_app.core.analyses.monte_carlo import UncertaintyResult, run_monte_carlo
from desktop_app.core.analyses.sensitivity import SensitivityRow, sensitivity
from desktop_app.core.engine.evaluation import Evaluation, evaluate
from desktop_app.core.model.fields import numeric_field, value_at, variable_paths, with_values
from desktop_app.core.model.numbers import money
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui import theme
from desktop_app.gui.analysis.break_even_table import NO_CROSSING, BreakEvenTable
from desktop_app.gui.analysis.decision_map_panel import DecisionMapPanel, default_axis_range
from desktop_app.gui.analysis.decision_map_view import DecisionMapView
from desktop_app.gui.charts.base import apply_theme
from desktop_app.gui.charts.cumulative_chart import BAND_NAME, MEDIAN_NAME, CumulativeCostChart
from desktop_app.gui.charts.export import chart_view
from desktop_app.gui.charts.tornado import (
    TornadoChart,
    TornadoView,
)
from desktop_app.gui.editor.input_labels import field_label, value_text

STRATEGIES = ("embeddings", "fine_tuning", "hybrid")
"""What the bundled (version-1) examples compare."""

SAMPLES = 400


@cache
def scenario_of(example: str, **values: object) -> Scenario:
    scenario = load_example(example)
    if values:
        scenario = with_values(scenario, {key.replace("__", "."): v for key, v in values.items()})
    return scenario


@cache
def evaluation_of(example: str, **values: object) -> Evaluation:
    return evaluate(scenario_of(example, **values))


@cache
def uncertainty_of(example: str, **values: object) -> UncertaintyResult:
    return run_monte_carlo(scenario_of(example, **values), SAMPLES, seed=7)


@cache
def without_uncertainty(example: str) -> Scenario:
    """Every numeric input moved by ±20 %: many more rows than the tornado shows."""
    return load_example(example).model_copy(update={"uncertainty": []})


@cache
def map_of(example: str) -> DecisionMap:
    return decision_map(scenario_of(example))


def xs(series: QXYSeries) -> list[float]:
    return [point.x() for point in series.points()]


def ys(series: QXYSeries) -> list[float]:
    return [point.y() for point in series.points()]


def months(horizon: int) -> list[float]:
    return [float(m) for m in range(1, horizon + 1)]


def legend_labels(chart) -> list[str]:
    return [marker.label() for marker in chart.legend().markers() if marker.isVisible()]


def dark_palette():
    return theme._dark_palette()


def distinct_colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    step_x, step_y = max(1, image.width() // 150), max(1, image.height() // 100)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


@pytest.fixture
def shown(qtbot):
    """A widget, sized and on screen, closed with the test."""

    def make(widget: QWidget, width: int, height: int) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


# Uncertainty band


def test_band_is_the_monte_carlo_percentiles(qtbot, shown) -> None:
    evaluation, result = evaluation_of("documentation-bot"), uncertainty_of("documentation-bot")
    chart = CumulativeCostChart(evaluation)
    shown(chart_view(chart), 900, 450)
    assert legend_labels(chart) == ["Embeddings", "Fine-tuning", "Hybrid"]
    chart.show_uncertainty(result)
    horizon = evaluation.scenario.horizon_months
    for key in STRATEGIES:
        levels = result.cumulative[key]
        assert xs(chart.band_lows[key]) == months(horizon)
        assert ys(chart.band_lows[key]) == levels["p10"].tolist()
        assert ys(chart.band_highs[key]) == levels["p90"].tolist()
        assert xs(chart.medians[key]) == months(horizon)
        assert ys(chart.medians[key]) == levels["p50"].tolist()
        assert chart.bands[key].isVisible()
        assert chart.medians[key].pen().style() == Qt.PenStyle.DashLine
        assert chart.medians[key].color() == chart.lines[key].color()
        assert chart.bands[key].brush().color().rgb() == chart.lines[key].color().rgb()
        assert chart.bands[key].brush().color().alpha() < 100
    assert legend_labels(chart) == ["Embeddings", "Fine-tuning", "Hybrid", BAND_NAME, MEDIAN_NAME]
    top = max(float(result.cumulative[key]["p90"].max()) for key in STRATEGIES)
    assert chart.y_axis.max() >= top


def test_band_lies_under_the_lines(qtbot) -> None:
    chart = CumulativeCostChart(evaluation_of("support-chatbot"))
    order = chart.series()
    for key in STRATEGIES:
        assert order.index(chart.bands[key]) < order.index(chart.lines[key])
        assert order.index(chart.medians[key]) < order.index(chart.lines[key])


def test_band_goes_with_none(qtbot, shown) -> None:
    chart = CumulativeCostChart(evaluation_of("support-chatbot"))
    shown(chart_view(chart), 450, 300)
    chart.show_uncertainty(uncertainty_of("support-chatbot"))
    chart.show_uncertainty(None)
    assert chart.uncertainty is None
    for key in STRATEGIES:
        assert chart.band_lows[key].points() == [] and chart.band_highs[key].points() == []
        assert chart.medians[key].points() == []
        assert not chart.bands[key].isVisible()
    assert legend_labels(chart) == ["Embeddings", "Fine-tuning", "Hybrid"]


def test_band_goes_when_the_horizon_changes(qtbot, shown) -> None:
    chart = CumulativeCostChart(evaluation_of("support-chatbot"))
    shown(chart_view(chart), 450, 300)
    chart.show_uncertainty(uncertainty_of("support-chatbot"))
    chart.show_evaluation(evaluation_of("support-chatbot", workload__queries_per_month=60_000))
    assert chart.uncertainty is not None  # same months: kept until the next result arrives
    chart.show_evaluation(evaluation_of("support-chatbot", horizon_months=36))
    assert chart.uncertainty is None
    assert all(not chart.bands[key].isVisible() for key in STRATEGIES)
    assert all(chart.band_highs[key].points() == [] for key in STRATEGIES)
    assert legend_labels(chart) == ["Embeddings", "Fine-tuning", "Hybrid"]
    # a late result of the old horizon is not drawn against the new lines either
    chart.show_uncertainty(uncertainty_of("support-chatbot"))
    assert chart.uncertainty is None
    assert all(chart.medians[key].points() == [] for key in STRATEGIES)


def test_break_even_rules_reach_the_top_the_band_sets(qtbot) -> None:
    chart = CumulativeCostChart(evaluation_of("ticket-classifier"))
    chart.show_uncertainty(uncertainty_of("ticket-classifier"))
    rule = chart.break_even_rules["fine_tuning_vs_embeddings"]
    assert ys(rule) == [0, chart.y_axis.max()]


def test_band_tooltip_gives_the_three_percentiles(qtbot) -> None:
    evaluation, result = evaluation_of("ticket-classifier"), uncertainty_of("ticket-classifier")
    chart = CumulativeCostChart(evaluation)
    view = chart_view(chart)
    qtbot.addWidget(view)
    chart.show_uncertainty(result)
    levels = {name: float(result.cumulative["hybrid"][name][9]) for name in ("p10", "p50", "p90")}
    text = view.tooltip_text(chart.bands["hybrid"], QPointF(10.2, levels["p50"]))
    assert text == (
        f"Month 10 · hybrid P10–P90: {money(levels['p10'], 'USD')} to "
        f"{money(levels['p90'], 'USD')} (P50 {money(levels['p50'], 'USD')})"
    )
    median = view.tooltip_text(chart.medians["hybrid"], QPointF(10, levels["p50"]))
    assert median == f"Month 10 · hybrid P50: {money(levels['p50'], 'USD')}"


def test_band_paints_fast(qtbot, shown) -> None:
    """120 months with bands: the budget of an edit is 50 ms; it takes a few here."""
    example = {"example": "content-pipeline", "horizon_months": 120}
    evaluation = evaluation_of(**example)
    chart = CumulativeCostChart(evaluation)
    view = shown(chart_view(chart), 900, 450)
    chart.show_uncertainty(uncertainty_of(**example))
    assert chart.uncertainty is not None
    times = []
    for _ in range(7):
        start = time.perf_counter()
        view.grab()
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.050


# Tornado


def deltas(rows: list[SensitivityRow], scenario: Scenario) -> list[tuple[float, float]]:
    evaluation = evaluate(scenario)
    base = evaluation.figure("fine_tuning", "total_cost") - evaluation.figure(
        "embeddings", "total_cost"
    )
    return [
        (
            row.total_cost_low["fine_tuning"] - row.total_cost_low["embeddings"] - base,
            row.total_cost_high["fine_tuning"] - row.total_cost_high["embeddings"] - base,
        )
        for row in rows
    ]


def test_tornado_bars_are_the_sensitivity_deltas_largest_first(qtbot, shown) -> None:
    scenario = without_uncertainty("documentation-bot")
    rows = sensitivity(scenario)
    assert len(rows) > 10
    chart = TornadoChart()
    shown(TornadoView(chart), 900, 450)
    chart.show_sensitivity(rows, scenario)
    assert [row.field for row in chart.rows] == [row.field for row in rows[:10]]
    swings = [row.swing for row in chart.rows]
    assert swings == sorted(swings, reverse=True)
    expected = deltas(rows[:10], scenario)
    for rank, (low, high) in enumerate(expected):
        assert chart.bar_extent(rank, "low") == pytest.approx(low, rel=1e-9, abs=1e-6)
        assert chart.bar_extent(rank, "high") == pytest.approx(high, rel=1e-9, abs=1e-6)
    assert chart.categories() == [field_label(row.field) for row in rows[:10]]  # top first
    assert chart.x_axis.titleText() == "Change in fine-tuning − embeddings total (USD)"
    labels = chart.x_axis.categoriesLabels()
    assert labels[0].startswith("-$") and labels[-1].startswith("$")
    assert chart.x_axis.min() <= min(min(pair) for pair in expected)
    assert chart.x_axis.max() >= max(max(pair) for pair in expected)
    assert legend_labels(chart) == ["Input at its low end", "Input at its high end"]


def test_tornado_limit_and_update(qtbot) -> None:
    chart = TornadoChart()
    scenario = without_uncertainty("ticket-classifier")
    chart.show_sensitivity(sensitivity(scenario), scenario, limit=3)
    assert len(chart.rows) == 3 and len(chart.categories()) == 3
    scenario = scenario_of("content-pipeline")  # four uncertain inputs
    rows = sensitivity(scenario)
    chart.show_sensitivity(rows, scenario)
    assert len(chart.categories()) == len(rows) == 4
    for rank, (low, high) in enumerate(deltas(rows, scenario)):
        assert chart.bar_extent(rank, "low") == pytest.approx(low, abs=1e-6)
        assert chart.bar_extent(rank, "high") == pytest.approx(high, abs=1e-6)


def test_tornado_ends_on_the_same_side_both_show(qtbot) -> None:
    """Both ends raising the difference: the shorter bar lies on the longer, not under it."""
    scenario = scenario_of("support-chatbot")
    evaluation = evaluate(scenario)
    base = {key: evaluation.figure(key, "total_cost") for key in STRATEGIES}

    def row(field: str, low_change: float, high_change: float) -> SensitivityRow:
        return SensitivityRow(
            field=field,
            low=1.0,
            high=2.0,
            total_cost_low=base | {"fine_tuning": base["fine_tuning"] + low_change},
            total_cost_high=base | {"fine_tuning": base["fine_tuning"] + high_change},
        )

    rows = [
        row("workload.queries_per_month", 1_000, 5_000),
        row("workload.monthly_growth_pct", -4_000, -500),
        row("effort.hourly_rate", -1_000, 2_000),
    ]
    chart = TornadoChart()
    chart.show_sensitivity(rows, scenario)
    assert [r.field for r in chart.rows] == [
        "workload.queries_per_month",
        "workload.monthly_growth_pct",
        "effort.hourly_rate",
    ]
    expected = [(1_000, 5_000), (-4_000, -500), (-1_000, 2_000)]
    for rank, (low, high) in enumerate(expected):
        assert chart.bar_extent(rank, "low") == pytest.approx(low)
        assert chart.bar_extent(rank, "high") == pytest.approx(high)


def test_tornado_hover_gives_exact_values(qtbot, shown) -> None:
    scenario = scenario_of("content-pipeline")
    rows = sensitivity(scenario)
    chart = TornadoChart()
    view = shown(TornadoView(chart), 450, 300)
    chart.show_sensitivity(rows, scenario)
    top = chart.rows[0]
    low_change = deltas(rows, scenario)[0][0]
    bottom_index = len(chart.rows) - 1  # the bar series counts rows from the bottom
    text = chart.bar_text(chart.sets["low"], bottom_index)
    sign = "+" if low_change > 0 else ""
    assert text == (
        f"{field_label(top.field)} at {value_text(top.field, top.low)}: "
        f"fine-tuning − embeddings changes by {sign}{money(low_change, 'USD')}"
    )
    chart.series_bars.hovered.emit(True, bottom_index, chart.sets["low"])
    assert QToolTip.text() == text
    chart.series_bars.hovered.emit(False, bottom_index, chart.sets["low"])
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert "The scenario as it is" in view.tooltip_text(chart.zero_line, QPointF(0, 0))


def test_tornado_labels_fit_at_450_px(qtbot, shown) -> None:
    scenario = without_uncertainty("internal-knowledge-tool")
    chart = TornadoChart()
    chart.show_sensitivity(sensitivity(scenario), scenario)
    shown(TornadoView(chart), 450, 300)
    metrics = QFontMetricsF(chart.y_axis.labelsFont())
    plot = chart.plotArea()
    for label in chart.categories():
        assert len(label.strip("\u200b…")) >= 8  # readable, not cut to '…'
        assert metrics.horizontalAdvance(label) <= plot.left()  # left of the plot
    assert len(set(chart.categories())) == len(chart.categories())
    title = QFontMetricsF(chart.x_axis.titleFont()).horizontalAdvance(chart.x_axis.titleText())
    assert title <= plot.width()


# Decision map


@pytest.fixture
def map_view(shown):
    def make(example: str = "ticket-classifier", current=None) -> DecisionMapView:
        view = DecisionMapView()
        found = map_of(example)
        view.show_map(found, current, "USD")
        return shown(view, 600, 420)

    return make


def test_cell_text_is_the_exact_figures(qtbot, map_view) -> None:
    view = map_view()
    found = map_of("ticket-classifier")
    for row, column in ((0, 0), (17, 23), (39, 39)):
        text = view.cell_text(row, column)
        lines = text.split("\n")
        x, y = found.x.values[column], found.y.values[row]
        assert lines[0] == f"Queries per month: {value_text(found.x.field, x)}"
        assert lines[1] == f"Changed % per month: {value_text(found.y.field, y)}"
        cheapest = found.cheapest[row, column]
        assert lines[2] == f"Cheapest: {cheapest.replace('_', '-')}"
        for key in STRATEGIES:
            total = float(found.totals[key][row, column])
            assert f"{money(total, 'USD', 0 if total >= 100 else 2)}" in text
        ratio = found.ratio_fine_tuning_to_embeddings[row, column]
        assert lines[-1] == f"Fine-tuning / embeddings: {ratio:,.3g}"


def test_cell_at_maps_cell_centres_back(qtbot, map_view) -> None:
    view = map_view()
    rows, columns = map_of("ticket-classifier").cheapest.shape
    for row, column in ((0, 0), (0, columns - 1), (rows - 1, 0), (12, 30), (rows - 1, columns - 1)):
        assert view.cell_at(view.cell_rect(row, column).center()) == (row, column)
    plot = view.plot_rect()
    assert view.cell_at(QPointF(plot.left() - 5, plot.center().y())) is None
    assert view.cell_at(QPointF(plot.center().x(), plot.bottom() + 5)) is None
    # row 0 is the lowest y: drawn at the bottom
    assert view.cell_rect(0, 0).bottom() == pytest.approx(plot.bottom())


def test_current_scenario_is_ringed_at_its_values(qtbot, map_view) -> None:
    scenario = scenario_of("ticket-classifier")
    current = (
        float(value_at(scenario, "workload.queries_per_month")),
        float(value_at(scenario, "knowledge.changed_pct_per_month")),
    )
    view = map_view(current=current)
    found = map_of("ticket-classifier")
    position = view.marker_position()
    assert position is not None
    nearest_column = int(np.argmin(np.abs(np.log10(found.x.values) - math.log10(current[0]))))
    nearest_row = int(np.argmin(np.abs(found.y.values - current[1])))
    assert view.cell_at(position) == (nearest_row, nearest_column)
    # a value on a cell centre sits at that centre
    view.show_map(found, (float(found.x.values[7]), float(found.y.values[30])), "USD")
    centre = view.cell_rect(30, 7).center()
    assert view.marker_position().x() == pytest.approx(centre.x())
    assert view.marker_position().y() == pytest.approx(centre.y())
    # outside the ranges: no ring
    view.show_map(found, (1e9, 10.0), "USD")
    assert view.marker_position() is None
    view.show_map(found, None, "USD")
    assert view.marker_position() is None


def test_log_axis_is_labelled_at_decades(qtbot, map_view) -> None:
    view = map_view()
    labels = [label for _, label, _ in view.ticks("x")]
    assert labels == ["1k", "10k", "100k", "1M", "10M", "100M"]
    pixels = [pixel for _, _, pixel in view.ticks("x")]
    steps = np.diff(pixels)
    assert np.allclose(steps, steps[0])  # evenly spaced: a log scale
    y_labels = [label for _, label, _ in view.ticks("y")]
    assert y_labels[0] == "0" and y_labels[-1] == "50"


def test_hovering_a_cell_shows_its_figures(qtbot, map_view) -> None:
    view = map_view()
    centre = view.cell_rect(20, 10).center().toPoint()
    QTest.mouseMove(view, centre)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == view.cell_text(*view.cell_at(QPointF(centre)))


def test_the_keys_move_from_cell_to_cell_showing_the_figures(qtbot, map_view) -> None:
    found = map_of("ticket-classifier")
    own = (float(found.x.values[7]), float(found.y.values[30]))
    view = map_view(current=own)
    rows, columns = found.cheapest.shape
    QApplication.sendEvent(view, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert view.pointed_cell() == (30, 7)  # the keyboard starts at the scenario's own cell
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == view.cell_text(30, 7)
    moves = [
        (Qt.Key.Key_Right, (30, 8)),
        (Qt.Key.Key_Up, (31, 8)),  # up the y axis
        (Qt.Key.Key_Down, (30, 8)),
        (Qt.Key.Key_End, (30, columns - 1)),
        (Qt.Key.Key_Right, (30, columns - 1)),  # stays on the map
        (Qt.Key.Key_PageUp, (rows - 1, columns - 1)),
        (Qt.Key.Key_Home, (rows - 1, 0)),
        (Qt.Key.Key_PageDown, (0, 0)),
        (Qt.Key.Key_Left, (0, 0)),
    ]
    for key, cell in moves:
        QTest.keyClick(view, key)
        assert view.pointed_cell() == cell, key
    assert "Cheapest: " in view.accessibleDescription()  # screen readers get the figures
    assert view.cell_text(0, 0).splitlines()[0] in view.accessibleDescription()
    QApplication.sendEvent(view, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert view.pointed_cell() is None
    assert view.accessibleDescription().startswith("Cheapest strategy over queries per month")


def test_map_fits_its_minimum_size(qtbot, shown) -> None:
    view = DecisionMapView()
    view.show_map(map_of("content-pipeline"), None, "USD")
    assert view.sizeHint().width() >= 600 and view.minimumSizeHint().width() <= 360
    shown(view, 360, 260)
    plot = view.plot_rect()
    assert plot.width() > 200 and plot.height() > 120
    ticks = view.ticks("x")
    assert len(ticks) >= 2


# Axis pickers


def test_panel_defaults(qtbot) -> None:
    panel = DecisionMapPanel()
    qtbot.addWidget(panel)
    assert panel.axes() == (
        ("workload.queries_per_month", 1e3, 1e8),
        ("knowledge.changed_pct_per_month", 0.0, 50.0),
    )
    assert panel.x_picker.combo.currentData() == "workload.queries_per_month"
    assert panel.y_picker.combo.currentData() == "knowledge.changed_pct_per_month"
    combo = panel.x_picker.combo
    paths = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert sorted(paths) == sorted(variable_paths())
    assert combo.itemText(combo.findData("workload.queries_per_month")) == "Queries per month"


def test_picking_an_input_emits_a_valid_range(qtbot) -> None:
    panel = DecisionMapPanel()
    qtbot.addWidget(panel)
    scenario = scenario_of("ticket-classifier")
    panel.set_scenario(scenario)
    combo = panel.x_picker.combo
    with qtbot.waitSignal(panel.axes_changed) as signal:
        combo.setCurrentIndex(combo.findData("knowledge.corpus_tokens"))
    x, y = signal.args
    corpus = float(value_at(scenario, "knowledge.corpus_tokens"))
    assert x == ("knowledge.corpus_tokens", corpus / 10, corpus * 10)
    assert y == ("knowledge.changed_pct_per_month", 0.0, 50.0)
    assert panel.axes() == (x, y)
    # the other axis's input: the two axes trade places
    with qtbot.waitSignal(panel.axes_changed) as signal:
        combo.setCurrentIndex(combo.findData("knowledge.changed_pct_per_month"))
    assert signal.args == [y, x]
    assert panel.y_picker.combo.currentData() == "knowledge.corpus_tokens"


def test_typed_ranges(qtbot) -> None:
    panel = DecisionMapPanel()
    qtbot.addWidget(panel)
    low, high = panel.x_picker.low, panel.x_picker.high
    low.setText("1e3")
    high.setText("50,000")
    with qtbot.waitSignal(panel.axes_changed) as signal:
        high.editingFinished.emit()
    assert signal.args[0] == ("workload.queries_per_month", 1000.0, 50000.0)
    for bad_low, bad_high in (("abc", "5"), ("900", "100"), ("-5", "100")):
        low.setText(bad_low)
        high.setText(bad_high)
        with qtbot.assertNotEmitted(panel.axes_changed):
            low.editingFinished.emit()
        assert low.property("invalid") is True
        assert "border" in low.styleSheet()
        assert low.toolTip()
    assert panel.axes()[0] == ("workload.queries_per_month", 1000.0, 50000.0)
    low.setText("2000")
    high.setText("50000")
    with qtbot.waitSignal(panel.axes_changed):
        low.editingFinished.emit()
    assert low.property("invalid") is False and low.styleSheet() == ""


def test_a_range_the_map_cannot_use_is_said_under_the_axes(qtbot) -> None:
    panel = DecisionMapPanel()
    qtbot.addWidget(panel)
    low, high = panel.x_picker.low, panel.x_picker.high
    low.setText("900")
    high.setText("100")
    low.editingFinished.emit()
    assert not panel.problem.isHidden()
    assert panel.problem.text() == (
        "'from' must be less than 'to' (the map keeps its last valid axes)"
    )
    high.setText("100000000")
    with qtbot.waitSignal(panel.axes_changed):
        high.editingFinished.emit()
    assert panel.problem.isHidden() and panel.problem.text() == ""
    assert high.text() == "100,000,000"  # written as the map reads it, as every field is


@pytest.mark.parametrize(
    "example", ["support-chatbot", "ticket-classifier", "internal-knowledge-tool"]
)
def test_default_ranges_are_always_valid(example: str) -> None:
    scenario = scenario_of(example)
    for path in variable_paths():
        low, high = default_axis_range(scenario, path)
        field = numeric_field(path)
        assert low < high, path
        assert field.problem(low) is None and field.problem(high) is None, path
    assert default_axis_range(None, "knowledge.changed_pct_per_month")[0] >= 0


def test_a_percentage_at_zero_maps_over_0_to_100() -> None:
    scenario = scenario_of("support-chatbot", workload__cached_instruction_share_pct=0)
    assert default_axis_range(scenario, "workload.cached_instruction_share_pct") == (0.0, 100.0)


# Break-even table


def test_break_even_table_text(qtbot) -> None:
    scenario = scenario_of("ticket-classifier")
    found = key_crossings(scenario)
    assert list(found) == [path for path in KEY_INPUTS if value_at(scenario, path)]
    table = BreakEvenTable()
    qtbot.addWidget(table)
    table.show_crossings(found, scenario)
    [crossing] = find_break_even(scenario, "workload.queries_per_month")
    assert round(crossing.value) == 706_146
    cell = table.text_for("workload.queries_per_month", "fine_tuning_vs_embeddings")
    assert cell == "fine-tuning cheaper above 706,146 queries/month"
    assert table.text_for("workload.queries_per_month", "hybrid_vs_embeddings") == NO_CROSSING
    assert table.verticalHeaderItem(0).text() == "Queries per month"
    headers = [table.horizontalHeaderItem(i).text().replace("\n", " ") for i in range(3)]
    assert headers == ["Fine-tuning vs embeddings", "Hybrid vs embeddings", "Fine-tuning vs hybrid"]
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.wordWrap()
    assert table.accessibleName()


def test_break_even_table_skips_inputs_at_zero(qtbot) -> None:
    scenario = scenario_of("ticket-classifier", effort__hourly_rate=0)
    found = key_crossings(scenario)
    assert "effort.hourly_rate" not in found
    table = BreakEvenTable()
    qtbot.addWidget(table)
    table.show_crossings(found, scenario)
    assert table.rowCount() == len(found)


def test_prices_are_written_in_the_currency() -> None:
    assert value_text("fine_tuned_model.training_per_1m", 2.5, "USD") == "$2.50 per 1M tokens"
    assert value_text("fine_tuned_model.training_per_1m", 0.0512, "EUR") == "€0.0512 per 1M tokens"
    assert value_text("effort.hourly_rate", 404.2, "CHF") == "404 CHF per hour"
    assert value_text("workload.monthly_growth_pct", 5.0) == "5 %/month"
    assert field_label("base_model.input_per_1m") == "Base model: input per 1M"
    assert field_label("fine_tuned_model.input_per_1m") == "Fine-tuned model: input per 1M"


# Every view renders, light and dark


@pytest.mark.parametrize("dark", [False, True])
def test_every_view_renders(qtbot, shown, dark: bool) -> None:
    scenario = scenario_of("content-pipeline")
    cumulative = CumulativeCostChart(evaluation_of("content-pipeline"))
    cumulative.show_uncertainty(uncertainty_of("content-pipeline"))
    tornado = TornadoChart()
    tornado.show_sensitivity(sensitivity(scenario), scenario)
    for chart in (cumulative, tornado):
        apply_theme(chart, dark)
    panel = DecisionMapPanel()
    panel.set_scenario(scenario)
    panel.show_map(map_of("content-pipeline"), scenario)
    table = BreakEvenTable()
    table.show_crossings(key_crossings(scenario), scenario)
    empty_map = DecisionMapView()
    widgets = [
        (chart_view(cumulative), 900, 450),
        (TornadoView(tornado), 450, 300),
        (panel, 600, 480),
        (table, 450, 300),
        (empty_map, 360, 260),
    ]
    for widget, width, height in widgets:
        if dark:
            widget.setPalette(dark_palette())
        shown(widget, width, height)
        image = widget.grab().toImage()
        assert (image.width(), image.height()) == (width, height)
        assert distinct_colours(image) > (2 if widget is empty_map else 20)
    background = panel.map_view.grab().toImage().pixelColor(QPoint(2, 2))
    assert (background.lightness() < 128) == dark
