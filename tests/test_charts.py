"""The result charts: their points are the evaluation's numbers, and they survive updates."""

from __future__ import annotations

import sys
from functools import cache

import numpy as np
import pytest
from PySide6.QtCharts import QChart, QLegend, QXYSeries
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolTip
from v1_examples import load_example

from desktop_app.core.engine.evaluation import Evaluation, evaluate
from desktop_app.core.engine.kernel import COMPONENTS
from desktop_app.core.engine.summary import BREAK_EVEN_PAIRS
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.numbers import money
from desktop_app.gui.charts.base import EvaluationChart, apply_theme
from desktop_app.gui.charts.components_chart import MonthlyComponentsChart
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.export import ChartView, chart_view
from desktop_app.gui.charts.hours_chart import MaintenanceHoursChart
from desktop_app.gui.charts.palette import COMPONENT_COLORS, STRATEGY_COLORS
from desktop_app.gui.charts.staleness_chart import StalenessChart
from desktop_app.present.axis_ticks import nice_top
from desktop_app.present.numbers import compact_money

STRATEGIES = ("embeddings", "fine_tuning", "hybrid")
"""What the bundled (version-1) examples compare."""

CHART_CLASSES = (CumulativeCostChart, MonthlyComponentsChart, MaintenanceHoursChart, StalenessChart)


@cache
def evaluation_of(example: str, **values: object) -> Evaluation:
    scenario = load_example(example)
    if values:
        scenario = with_values(scenario, {key.replace("__", "."): v for key, v in values.items()})
    return evaluate(scenario)


def xs(series: QXYSeries) -> list[float]:
    return [point.x() for point in series.points()]


def ys(series: QXYSeries) -> list[float]:
    return [point.y() for point in series.points()]


def months(evaluation: Evaluation) -> list[float]:
    return [float(m) for m in range(1, evaluation.scenario.horizon_months + 1)]


def in_legend(chart: QChart, series: object) -> bool:
    return all(marker.isVisible() for marker in chart.legend().markers(series))


def assert_axes_cover(chart: EvaluationChart, evaluation: Evaluation, largest: float) -> None:
    assert chart.x_axis.min() == 1
    assert chart.x_axis.max() == evaluation.scenario.horizon_months
    assert chart.y_axis.min() == 0
    assert chart.y_axis.max() >= largest
    assert chart.y_axis.max() <= 2.5 * largest + 1e-9 or largest == 0


def owned_by(thing: QObject, chart: QChart) -> bool:
    """Whether the chart owns a series (addSeries hands it to the chart's own data set)."""
    parent = thing.parent()
    while parent is not None and parent is not chart:
        parent = parent.parent()
    return parent is chart


@pytest.fixture
def view(qtbot):
    """A ChartView made for a chart, closed with the test."""

    def make(chart: QChart, width: int = 450, height: int = 300) -> ChartView:
        made = chart_view(chart)
        made.resize(width, height)
        qtbot.addWidget(made)
        return made

    return make


@pytest.fixture
def shown(qtbot, view):
    """A chart on screen (legend markers only count as visible once shown)."""

    def make(chart: QChart) -> QChart:
        made = view(chart)
        made.show()
        qtbot.waitExposed(made)
        return chart

    return make


# Labels


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        (0, "USD", "$0"),
        (0.5, "USD", "$0.5"),
        (999, "USD", "$999"),
        (999.6, "USD", "$1k"),
        (1500, "USD", "$1.5k"),
        (25_000, "USD", "$25k"),
        (125_400, "USD", "$125k"),
        (999_960, "USD", "$1M"),
        (1_200_000, "USD", "$1.2M"),
        (1_234_567, "USD", "$1.2M"),
        (2.5e9, "USD", "$2.5B"),
        (300, "EUR", "€300"),
        (12_000, "CHF", "12k CHF"),
        (-25_000, "USD", "-$25k"),
    ],
)
def test_compact_money(value: float, currency: str, expected: str) -> None:
    assert compact_money(value, currency) == expected


@pytest.mark.parametrize(
    ("value", "top", "step"),
    [(0, 1, 0.2), (1, 1, 0.2), (98, 100, 20), (101, 120, 20), (29_914, 30_000, 5_000)],
)
def test_nice_top(value: float, top: float, step: float) -> None:
    assert nice_top(value) == pytest.approx((top, step))


def test_money_axis_labels_are_compact_and_in_the_scenario_currency(qtbot) -> None:
    evaluation = evaluation_of("support-chatbot", currency="EUR")
    chart = CumulativeCostChart(evaluation)
    labels = chart.y_axis.categoriesLabels()
    assert labels[0] == "€0"
    assert all(label.startswith("€") for label in labels)
    assert any(label.endswith("k") for label in labels)
    assert chart.y_axis.titleText() == "Cumulative cost (EUR)"


# Cumulative cost


def test_cumulative_lines_are_the_evaluation_numbers(qtbot) -> None:
    evaluation = evaluation_of("support-chatbot")
    chart = CumulativeCostChart(evaluation)
    for key in STRATEGIES:
        assert xs(chart.lines[key]) == months(evaluation)
        assert ys(chart.lines[key]) == evaluation.monthly(key, "cumulative")
        assert chart.lines[key].color() == QColor(STRATEGY_COLORS[key])
    largest = max(max(evaluation.monthly(key, "cumulative")) for key in STRATEGIES)
    assert_axes_cover(chart, evaluation, largest)
    assert chart.x_axis.titleText() == "Month"
    assert chart.y_axis.titleText() == "Cumulative cost (USD)"


def test_an_update_replaces_points_and_axis_ranges(qtbot) -> None:
    short, long = evaluation_of("support-chatbot"), evaluation_of("documentation-bot")
    assert (short.scenario.horizon_months, long.scenario.horizon_months) == (24, 36)
    chart = CumulativeCostChart(short)
    series_before = chart.series()
    chart.show_evaluation(long)
    assert chart.series() == series_before  # reused, not re-created
    for key in STRATEGIES:
        assert xs(chart.lines[key]) == months(long)
        assert ys(chart.lines[key]) == long.monthly(key, "cumulative")
    assert_axes_cover(chart, long, max(max(long.monthly(k, "cumulative")) for k in STRATEGIES))
    chart.show_evaluation(short)
    assert len(chart.lines["hybrid"].points()) == 24
    assert chart.x_axis.max() == 24


def test_break_even_marked_at_its_month_on_the_cheaper_line(qtbot) -> None:
    evaluation = evaluation_of("ticket-classifier")
    assert evaluation.break_even("fine_tuning_vs_embeddings") == 6
    assert evaluation.break_even("hybrid_vs_embeddings") is None
    chart = CumulativeCostChart(evaluation)
    for pair, (cheaper, _) in BREAK_EVEN_PAIRS.items():
        month = evaluation.break_even(pair)
        point, rule = chart.break_even_points[pair], chart.break_even_rules[pair]
        label = chart.break_even_labels[pair]
        if month is None:
            assert point.points() == [] and rule.points() == []
            assert not label.isVisible()
            continue
        assert xs(point) == [month]
        assert ys(point) == [evaluation.monthly(cheaper, "cumulative")[month - 1]]
        assert xs(rule) == [month, month]
        assert ys(rule) == [0, chart.y_axis.max()]
        assert label.isVisible()
        assert label.text().endswith(f"from month {month}")
    label = chart.break_even_labels["fine_tuning_vs_embeddings"].text()
    assert label == "Fine-tuning cheaper than embeddings from month 6"


def test_break_even_markers_go_when_there_is_none(qtbot) -> None:
    chart = CumulativeCostChart(evaluation_of("ticket-classifier"))
    never = evaluation_of("support-chatbot")
    assert all(never.break_even(pair) is None for pair in BREAK_EVEN_PAIRS)
    chart.show_evaluation(never)
    for pair in BREAK_EVEN_PAIRS:
        assert chart.break_even_points[pair].points() == []
        assert chart.break_even_rules[pair].points() == []
        assert not chart.break_even_labels[pair].isVisible()


def test_only_the_strategies_are_in_the_cumulative_legend(qtbot, shown) -> None:
    chart = shown(CumulativeCostChart(evaluation_of("ticket-classifier")))
    shown = [m.label() for m in chart.legend().markers() if m.isVisible()]
    assert shown == ["Embeddings", "Fine-tuning", "Hybrid"]
    assert chart.legend().alignment() == Qt.AlignmentFlag.AlignBottom


# Monthly components


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_components_stack_up_to_the_monthly_total(qtbot, strategy: str) -> None:
    evaluation = evaluation_of("internal-knowledge-tool")
    chart = MonthlyComponentsChart(evaluation, strategy)
    below = np.zeros(evaluation.scenario.horizon_months)
    for name in COMPONENTS:
        above = below + np.array(evaluation.monthly(strategy, name))
        assert xs(chart.uppers[name]) == months(evaluation)
        assert ys(chart.lowers[name]) == pytest.approx(below)
        assert ys(chart.uppers[name]) == pytest.approx(above)
        below = above
    total = evaluation.monthly(strategy, "total")
    assert ys(chart.uppers[COMPONENTS[-1]]) == pytest.approx(total, rel=1e-12)
    assert_axes_cover(chart, evaluation, max(total))
    assert chart.areas["inference"].color() == QColor(COMPONENT_COLORS["inference"])


def test_components_that_are_always_zero_leave_the_legend_and_can_come_back(qtbot, shown) -> None:
    with_hosting = evaluation_of("internal-knowledge-tool")
    without = evaluation_of("support-chatbot")
    assert any(with_hosting.monthly("fine_tuning", "hosting"))
    assert not any(without.monthly("fine_tuning", "hosting"))
    chart = shown(MonthlyComponentsChart(without, "fine_tuning"))
    assert not in_legend(chart, chart.areas["hosting"])
    assert not in_legend(chart, chart.areas["vector_store"])
    assert in_legend(chart, chart.areas["training"])
    chart.show_evaluation(with_hosting)
    assert in_legend(chart, chart.areas["hosting"])
    assert chart.areas["hosting"].isVisible()
    chart.show_evaluation(without)
    assert not in_legend(chart, chart.areas["hosting"])


def test_set_strategy_switches_the_stack(qtbot, shown) -> None:
    evaluation = evaluation_of("support-chatbot")
    chart = shown(MonthlyComponentsChart(evaluation, "embeddings"))
    assert in_legend(chart, chart.areas["vector_store"])
    chart.set_strategy("fine_tuning")
    assert chart.strategy == "fine_tuning"
    assert not in_legend(chart, chart.areas["vector_store"])
    expected = evaluation.monthly("fine_tuning", "total")
    assert ys(chart.uppers[COMPONENTS[-1]]) == pytest.approx(expected, rel=1e-12)
    assert "fine-tuning" in chart.title()
    with pytest.raises(KeyError, match="known"):
        chart.set_strategy("prompting")


# Maintenance hours


def test_hours_lines_are_the_evaluation_numbers_and_follow_updates(qtbot) -> None:
    first, second = evaluation_of("product-advisor"), evaluation_of("content-pipeline")
    chart = MaintenanceHoursChart(first)
    for evaluation in (first, second):
        chart.show_evaluation(evaluation)
        for key in STRATEGIES:
            assert xs(chart.lines[key]) == months(evaluation)
            assert ys(chart.lines[key]) == evaluation.monthly(key, "hours")
        largest = max(max(evaluation.monthly(key, "hours")) for key in STRATEGIES)
        assert_axes_cover(chart, evaluation, largest)
    assert chart.y_axis.titleText() == "Hours per month"


# Staleness


@pytest.mark.parametrize("example", ["support-chatbot", "ticket-classifier", "documentation-bot"])
def test_staleness_and_retraining_months(qtbot, example: str) -> None:
    evaluation = evaluation_of(example)
    chart = StalenessChart(evaluation)
    staleness = evaluation.monthly("fine_tuning", "staleness_pct")
    trainings = evaluation.monthly("fine_tuning", "trainings")
    assert xs(chart.line) == months(evaluation)
    assert ys(chart.line) == staleness
    trained = [m for m, count in zip(months(evaluation), trainings, strict=True) if count > 0]
    assert trained
    assert xs(chart.retraining) == trained
    # on the staleness line, lifted off the plot's edge where the model is fresh
    assert 0 < chart.marker_floor < 0.05 * chart.y_axis.max()
    assert ys(chart.retraining) == [max(staleness[int(m) - 1], chart.marker_floor) for m in trained]
    assert chart.retraining.name() == "Retraining"
    assert chart.y_axis.min() == 0
    assert max(staleness) <= chart.y_axis.max() <= 100
    assert chart.y_axis.titleText() == "Staleness (% of corpus)"


def test_staleness_follows_a_longer_horizon(qtbot) -> None:
    chart = StalenessChart(evaluation_of("support-chatbot"))
    longer = evaluation_of("support-chatbot", horizon_months=36)
    chart.show_evaluation(longer)
    assert len(chart.line.points()) == 36
    assert chart.x_axis.max() == 36
    assert len(chart.retraining.points()) == sum(
        count > 0 for count in longer.monthly("fine_tuning", "trainings")
    )


# Every chart


@pytest.mark.parametrize("chart_class", CHART_CLASSES)
def test_charts_are_bare_and_quiet(qtbot, chart_class: type[EvaluationChart]) -> None:
    chart = chart_class(evaluation_of("support-chatbot"))
    assert chart.animationOptions() == QChart.AnimationOption.NoAnimation
    assert chart.title()
    assert chart.axes(Qt.Orientation.Horizontal) == [chart.x_axis]
    assert chart.axes(Qt.Orientation.Vertical) == [chart.y_axis]
    for series in chart.series():
        assert owned_by(series, chart)
        assert series.attachedAxes() == [chart.x_axis, chart.y_axis]
    for line in chart.findChildren(QXYSeries):
        assert owned_by(line, chart)


@pytest.mark.parametrize("chart_class", CHART_CLASSES)
def test_a_one_month_horizon_still_draws(qtbot, view, chart_class: type[EvaluationChart]) -> None:
    chart = chart_class(evaluation_of("support-chatbot", horizon_months=1))
    assert chart.x_axis.min() < 1 < chart.x_axis.max()
    assert not view(chart).grab().isNull()


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("chart_class", CHART_CLASSES)
def test_every_chart_renders(qtbot, view, chart_class: type[EvaluationChart], dark: bool) -> None:
    chart = chart_class(evaluation_of("ticket-classifier"))
    apply_theme(chart, dark)
    image = view(chart).grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (450, 300)
    colours = {image.pixel(x, y) for x in range(0, 450, 3) for y in range(0, 300, 3)}
    assert len(colours) > 20  # axes, text and data, not a blank rectangle


def test_the_strategy_colours_survive_a_theme_change(qtbot, shown) -> None:
    charts = [
        shown(chart_class(evaluation_of("ticket-classifier"))) for chart_class in CHART_CLASSES
    ]
    cumulative, components, hours, staleness = charts
    legend = cumulative.legend()
    for dark in (True, False):
        for chart in charts:
            apply_theme(chart, dark)
            assert chart.theme() == (
                QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
            )
        for key in STRATEGIES:
            assert cumulative.lines[key].color() == QColor(STRATEGY_COLORS[key])
            assert hours.lines[key].color() == QColor(STRATEGY_COLORS[key])
        for name in COMPONENTS:
            assert components.areas[name].color() == QColor(COMPONENT_COLORS[name])
        assert staleness.line.pen().color() == QColor(STRATEGY_COLORS["fine_tuning"])
        qtbot.waitUntil(lambda: any(marker.isVisible() for marker in legend.markers()))
        visible = [marker.label() for marker in legend.markers() if marker.isVisible()]
        assert visible == ["Embeddings", "Fine-tuning", "Hybrid"]
        assert legend.alignment() == Qt.AlignmentFlag.AlignBottom
        retraining = staleness.legend().markers(staleness.retraining)[0]
        assert retraining.shape() == QLegend.MarkerShape.MarkerShapeFromSeries


# Hover


def test_tooltip_text_of_a_cost_line(qtbot, view) -> None:
    evaluation = evaluation_of("ticket-classifier")
    chart = CumulativeCostChart(evaluation)
    shown = view(chart)
    value = evaluation.monthly("fine_tuning", "cumulative")[13]
    text = shown.tooltip_text(chart.lines["fine_tuning"], QPointF(14.3, value + 7))
    assert text == f"Month 14 · fine-tuning: {money(value, 'USD')}"
    assert "," in text  # thousands separator


def test_tooltip_text_of_a_break_even_marker(qtbot, view) -> None:
    evaluation = evaluation_of("ticket-classifier")
    chart = CumulativeCostChart(evaluation)
    shown = view(chart)
    value = evaluation.monthly("fine_tuning", "cumulative")[5]
    expected = f"Month 6 · fine-tuning: {money(value, 'USD')}, cheaper than embeddings from here on"
    point = chart.break_even_points["fine_tuning_vs_embeddings"]
    assert shown.tooltip_text(point, QPointF(6, value)) == expected
    rule = chart.break_even_rules["fine_tuning_vs_embeddings"]
    assert shown.tooltip_text(rule, QPointF(6.1, 0)) == expected


def test_tooltip_text_of_a_stacked_component_is_its_own_share(qtbot, view) -> None:
    evaluation = evaluation_of("support-chatbot")
    chart = MonthlyComponentsChart(evaluation, "hybrid")
    shown = view(chart)
    inference = evaluation.monthly("hybrid", "inference")[2]
    text = shown.tooltip_text(chart.areas["inference"], QPointF(2.8, 1.0))
    assert text == f"Month 3 · inference: {money(inference, 'USD', 0 if inference >= 100 else 2)}"


def test_tooltip_texts_of_hours_and_staleness(qtbot, view) -> None:
    evaluation = evaluation_of("support-chatbot")
    hours = MaintenanceHoursChart(evaluation)
    assert view(hours).tooltip_text(hours.lines["embeddings"], QPointF(1, 0)) == (
        "Month 1 · embeddings: 89.59 hours"
    )
    staleness = StalenessChart(evaluation)
    staleness_view = view(staleness)
    assert staleness_view.tooltip_text(staleness.line, QPointF(2, 0)) == (
        "Month 2 · staleness: 16.33% of corpus"
    )
    assert staleness_view.tooltip_text(staleness.retraining, QPointF(3.2, 8)) == (
        "Month 3 · retraining: 1 training"
    )


def test_hovering_a_series_shows_and_hides_the_tooltip(qtbot, view) -> None:
    evaluation = evaluation_of("support-chatbot")
    chart = MaintenanceHoursChart(evaluation)
    shown = view(chart)
    shown.show()
    qtbot.waitExposed(shown)
    series = chart.lines["hybrid"]
    series.hovered.emit(QPointF(2, 19), True)
    assert QToolTip.text() == shown.tooltip_text(series, QPointF(2, 19))
    series.hovered.emit(QPointF(2, 19), False)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


# The binding itself


# PySide6/shiboken6 6.12.0 dropped a reference to None on every call of a void method, so a
# long session ended in "Fatal Python error: none_dealloc"; pyproject.toml pins 6.11.3.
def test_void_qt_calls_keep_none_alive() -> None:
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        thing.setObjectName("chart")
    assert abs(sys.getrefcount(None) - before) < 10  # 6.12.0 lost 1,000 here


@pytest.mark.parametrize("chart_class", [CumulativeCostChart, MaintenanceHoursChart])
def test_a_label_on_one_of_the_last_months_has_room_to_the_right(qtbot, chart_class) -> None:
    """ "Jan 2032" on month 62 of 63 was drawn half past the plot and cut to "Jan 203"."""
    from PySide6.QtGui import QFontMetrics

    from desktop_app.core.appdata.examples import load_example as load_bundled

    scenario = load_bundled("content-pipeline")
    evaluation = evaluate(with_values(scenario, {"horizon_months": 63}))
    chart = chart_class(evaluation)
    axis = chart.x_axis
    last = axis.categoriesLabels()[-1]
    assert last.strip() == "Jan 2032" and axis.endValue(last) == 62
    half = QFontMetrics(axis.labelsFont()).horizontalAdvance("Jan 2032") / 2
    assert chart.margins().right() >= half
    chart.show_evaluation(evaluate(with_values(scenario, {"horizon_months": 57})))
    assert axis.endValue(axis.categoriesLabels()[-1]) == 50  # Jan 2031, far from the end
    assert chart.margins().right() < half  # the usual margin again
