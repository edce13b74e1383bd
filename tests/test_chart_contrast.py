"""Every line, marker and bar of the charts stands out from the plot background (WCAG 2.x).

Graphics that carry meaning need a contrast of at least 3 : 1 against what surrounds them
(WCAG 2.1, 1.4.11 Non-text Contrast). The ratio is computed here from the colours the charts
really draw with, in both themes. Filled areas (the translucent P10–P90 bands, the stacked
components) are told apart by their edges, legend and table, and are not lines.
"""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QChart, QLineSeries, QScatterSeries
from PySide6.QtGui import QColor
from v1_examples import load_example

from desktop_app.core.analyses.sensitivity import sensitivity
from desktop_app.core.appdata.examples import load_example as load_bundled
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.gui.analysis.comparison import ComparisonChart
from desktop_app.gui.charts.base import EvaluationChart, StyledChart, apply_theme
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.hours_chart import MaintenanceHoursChart
from desktop_app.gui.charts.palette import CHART_BACKGROUNDS, STRATEGY_COLORS
from desktop_app.gui.charts.replicas_chart import ReplicasChart
from desktop_app.gui.charts.staleness_chart import StalenessChart
from desktop_app.gui.charts.tornado import TornadoChart

MINIMUM = 3.0


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.red())
        + 0.7152 * linear(color.green())
        + 0.0722 * linear(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_by_hand() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#E69F00"), QColor("#ffffff")) == pytest.approx(2.25, abs=0.01)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("key", list(STRATEGY_COLORS))
def test_every_strategy_colour_stands_out_from_both_backgrounds(key: str, dark: bool) -> None:
    ratio = contrast(QColor(STRATEGY_COLORS[key]), QColor(CHART_BACKGROUNDS[dark]))
    assert ratio >= MINIMUM, f"{key} {STRATEGY_COLORS[key]}: {ratio:.2f} : 1"


def drawn_colours(chart: QChart) -> list[tuple[str, QColor]]:
    """The colour of every visible line, marker and bar: what the reader has to see."""
    found = []
    for series in chart.series():
        if not series.isVisible():
            continue
        if isinstance(series, QLineSeries) and series.count():  # scatter series are lines too
            colour = series.color() if isinstance(series, QScatterSeries) else series.pen().color()
            found.append((series.name(), colour))
        if isinstance(series, QAbstractBarSeries):
            found += [(bar_set.label(), bar_set.color()) for bar_set in series.barSets()]
    return found


def charts() -> list[StyledChart]:
    """One of each chart with lines or bars, drawn from scenarios comparing all strategies."""
    four = evaluate(load_bundled("support-chatbot"))
    tornado = TornadoChart()
    scenario = load_example("documentation-bot")
    tornado.show_sensitivity(sensitivity(scenario), scenario)
    others = [evaluate(load_bundled(name)) for name in ("faq-long-context", "docs-bot-reranker")]
    return [
        CumulativeCostChart(four),
        MaintenanceHoursChart(four),
        StalenessChart(four),
        ReplicasChart(four),
        tornado,
        ComparisonChart([four, *others], ["One", "Two", "Three"]),
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_line_marker_and_bar_stands_out_in_both_themes(qtbot, dark: bool) -> None:
    low = []
    for chart in charts():
        apply_theme(chart, dark)
        background = chart.background_color()
        assert background == QColor(CHART_BACKGROUNDS[dark])
        colours = drawn_colours(chart)
        assert colours, f"{chart.title()}: nothing drawn"
        for name, colour in colours:
            assert colour.alpha() == 255, f"{chart.title()} · {name} is translucent"
            if contrast(colour, background) < MINIMUM:
                low.append(
                    f"{chart.title()} · {name} {colour.name()}: "
                    f"{contrast(colour, background):.2f} : 1"
                )
    assert not low, "\n".join(low)


def test_the_tornado_builds_on_the_styled_chart_with_only_its_own_axes(qtbot) -> None:
    chart = TornadoChart()
    assert isinstance(chart, StyledChart) and not isinstance(chart, EvaluationChart)
    assert chart.axes() == [chart.x_axis, chart.y_axis]
    assert not hasattr(chart, "event_marks")  # no month axis, so no events on it
