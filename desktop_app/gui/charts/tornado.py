"""The sensitivity tornado: how far each input swings fine-tuning against embeddings."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarLegendMarker,
    QBarSet,
    QCategoryAxis,
    QHorizontalStackedBarSeries,
    QLegend,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFontMetricsF,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsSceneResizeEvent,
    QToolTip,
    QWidget,
)

from desktop_app.core.analyses.sensitivity import SensitivityRow
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.charts.axes import set_ticks
from desktop_app.gui.charts.base import StyledChart
from desktop_app.gui.charts.export import ChartView
from desktop_app.gui.charts.palette import pen
from desktop_app.gui.editor.input_labels import (
    field_label,
    signed_money,
    value_text,
)
from desktop_app.present.axis_ticks import nice_step
from desktop_app.present.labels import strategy_name
from desktop_app.present.numbers import compact_money

DIFFERENCE = "fine-tuning − embeddings"


def difference_name() -> str:
    """'fine-tuning − embeddings' (the tornado's difference) in the user's language."""
    return f"{strategy_name('fine_tuning')} − {strategy_name('embeddings')}"


"""How the tornado's measure is written."""

# Sensitivity tornado

_END_COLORS = {
    False: {"low": "#9580d8", "high": "#5e3aa6"},
    True: {"low": "#c9b8f2", "high": "#8a5fd8"},
}
"""Low end pale, high end deep (one hue, apart from the strategy colours); each end at least
3 : 1 against its theme's background (3.3 and 8.0 on light, 7.6 and 3.1 on dark)."""
_STACK = ("low", "high", "low_outer", "high_outer")
"""Bar sets in stacking order; an 'outer' set carries the part of the longer end beyond the
shorter one when both ends move the difference the same way (so neither hides the other)."""
END_NAMES = {
    "low": QT_TRANSLATE_NOOP("TornadoChart", "Input at its low end"),
    "high": QT_TRANSLATE_NOOP("TornadoChart", "Input at its high end"),
}
"""Legend names of the two ends (translated where the legend is made)."""


class TornadoChart(StyledChart):
    """How far each input, moved alone to its low or high end, shifts fine-tuning − embeddings.

    One row per input, the largest swing at the top; the bars start at the scenario's own
    difference (0 on the axis) and reach the change at the low end (pale) and the high end
    (deep).
    """

    x_axis: QCategoryAxis
    y_axis: QBarCategoryAxis

    def __init__(self) -> None:
        super().__init__(translate("TornadoChart", "Sensitivity"), self.compact)
        self.rows: list[SensitivityRow] = []  # largest swing first
        self.deltas: list[tuple[float, float]] = []  # (low end, high end) change, per row
        self.base_difference = 0.0
        money_axis = QCategoryAxis(self)  # money, with labels at round values
        money_axis.setTitleText(
            translate("TornadoChart", "Change in {difference} total ({currency})").format(
                difference=difference_name(), currency="USD"
            )
        )
        money_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        inputs_axis = QBarCategoryAxis(self)  # one input per row
        inputs_axis.setGridLineVisible(False)
        # Qt would cut a label taller than its row share to '…'; they are elided to width here.
        inputs_axis.setTruncateLabels(False)
        self.setMargins(QMargins(4, 4, 20, 4))  # room for the last money label at the right end
        self._set_axes(money_axis, inputs_axis)
        self.series_bars = QHorizontalStackedBarSeries(self)
        self.series_bars.setBarWidth(0.7)
        self.sets: dict[str, QBarSet] = {}
        for name in _STACK:
            end = END_NAMES[name.removesuffix("_outer")]
            bar_set = QBarSet(translate("TornadoChart", end), self.series_bars)
            self.series_bars.append(bar_set)
            self.sets[name] = bar_set
        self._add(self.series_bars, translate("TornadoChart", "sensitivity"))
        self.zero_line = self._line(
            translate("TornadoChart", "No change"), translate("TornadoChart", "the scenario")
        )
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)
        for marker in self.legend().markers(self.series_bars):
            outer = (self.sets["low_outer"], self.sets["high_outer"])
            if isinstance(marker, QBarLegendMarker) and marker.barset() in outer:
                marker.setVisible(False)
        self._hide_from_legend(self.zero_line)
        self.plotAreaChanged.connect(self._fit_to_plot)
        self.restyle(dark=False)

    def compact(self, value: float) -> str:
        """An axis label in the scenario's currency: '-$25k'."""
        return compact_money(value, self.currency)

    # Showing

    def show_sensitivity(
        self, rows: Sequence[SensitivityRow], scenario: Scenario, limit: int = 10
    ) -> None:
        """Show the `limit` rows of largest swing, measured against the scenario's difference."""
        self.currency = scenario.currency
        evaluation = evaluate(scenario)
        self.base_difference = float(evaluation.figure("fine_tuning", "total_cost") or 0.0) - float(
            evaluation.figure("embeddings", "total_cost") or 0.0
        )
        self.rows = sorted(rows, key=lambda row: row.swing, reverse=True)[:limit]
        self.deltas = [
            (
                row.total_cost_low["fine_tuning"]
                - row.total_cost_low["embeddings"]
                - self.base_difference,
                row.total_cost_high["fine_tuning"]
                - row.total_cost_high["embeddings"]
                - self.base_difference,
            )
            for row in self.rows
        ]
        stacks: dict[str, list[float]] = {name: [] for name in _STACK}
        for low, high in reversed(self.deltas):  # the axis counts rows from the bottom
            for name, value in _stacked(low, high).items():
                stacks[name].append(value)
        for name, bar_set in self.sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append(stacks[name])
        self._set_range([value for pair in self.deltas for value in pair])
        self._set_categories()
        count = len(self.rows)
        self.zero_line.replace([QPointF(0, -0.5), QPointF(0, max(count, 1) - 0.5)])
        self._fit_to_plot()

    def _set_range(self, values: Iterable[float]) -> None:
        """Fit the money axis around 0 and every change, with labels at round values."""
        values = [0.0, *values]
        low, high = min(values), max(values)
        step = nice_step(max(high - low, 1e-9) * 1.04 / 5)
        start = math.floor(low / step - 0.02) * step if low < 0 else 0.0
        end = math.ceil(high / step + 0.02) * step if high > 0 else 0.0
        if start == end:
            start, end = -step, step
        ticks = [round(start + k * step, 9) for k in range(round((end - start) / step) + 1)]
        labels = tuple(self.compact(tick) for tick in ticks)
        if labels != self._tick_labels:
            set_ticks(self.x_axis, labels, ticks, start)
            self._tick_labels = labels
        self.x_axis.setRange(start, end)

    def _set_categories(self) -> None:
        """Name the rows by their inputs, shortened to fit a third of the chart's width."""
        chart_width = self.size().width() or 450.0
        width = max(90.0, min(280.0, 0.34 * chart_width))
        metrics = QFontMetricsF(self.y_axis.labelsFont())
        labels = _elided([field_label(row.field) for row in self.rows], metrics, width)
        categories = list(reversed(labels))
        if self.y_axis.categories() != categories:
            self.y_axis.clear()
            self.y_axis.append(categories)
        if categories:
            self.y_axis.setRange(categories[0], categories[-1])

    def resizeEvent(self, event: QGraphicsSceneResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Shorten the row labels again for the new width."""
        super().resizeEvent(event)
        self._set_categories()

    def _fit_to_plot(self) -> None:
        """Bars at most ~28 px thick; the axis title without 'total' when the plot is narrow."""
        plot = self.plotArea()
        rows = max(len(self.rows), 1)
        self.series_bars.setBarWidth(min(0.7, 28 * rows / max(plot.height(), 1.0)))
        title = translate("TornadoChart", "Change in {difference} total ({currency})").format(
            difference=difference_name(), currency=self.currency
        )
        if QFontMetricsF(self.x_axis.titleFont()).horizontalAdvance(title) > plot.width() - 4:
            title = translate("TornadoChart", "Change in {difference} ({currency})").format(
                difference=difference_name(), currency=self.currency
            )
        if self.x_axis.titleText() != title:
            self.x_axis.setTitleText(title)

    # Reading back (tests, hover)

    def categories(self) -> list[str]:
        """The row labels as shown, top row first."""
        return list(reversed(self.y_axis.categories()))

    def bar_extent(self, rank: int, end: str) -> float:
        """Where the bar of one end ('low' or 'high') of the rank-th row (0 = top) ends."""
        index = len(self.rows) - 1 - rank
        values = [self.sets[name].at(index) for name in _STACK]
        owned = [i for i, name in enumerate(_STACK) if name.startswith(end) and values[i] != 0]
        if not owned:
            return 0.0
        last = owned[-1]
        direction = math.copysign(1.0, values[last])
        return float(sum(value for value in values[: last + 1] if value * direction > 0))

    def bar_text(self, bar_set: QBarSet, index: int) -> str:
        """'Queries per month at 800,000 queries/month: fine-tuning − embeddings changes by +$12k'.

        `index` counts rows from the bottom, as the bar series does.
        """
        rank = len(self.rows) - 1 - index
        if not 0 <= rank < len(self.rows):
            return ""
        end = next(name for name, found in self.sets.items() if found is bar_set)
        end = end.removesuffix("_outer")
        row = self.rows[rank]
        value = row.low if end == "low" else row.high
        change = self.deltas[rank][0 if end == "low" else 1]
        return translate(
            "TornadoChart", "{field} at {value}: {difference} changes by {change}"
        ).format(
            field=field_label(row.field),
            value=value_text(row.field, value, self.currency),
            difference=difference_name(),
            change=signed_money(change, self.currency),
        )

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """Over the zero line: the scenario's own difference."""
        difference = signed_money(self.base_difference, self.currency).lstrip("+")
        return translate("TornadoChart", "The scenario as it is: {difference} = {value}").format(
            difference=difference_name(), value=difference
        )

    # Colours

    def restyle(self, dark: bool) -> None:
        """Fonts and background of the other charts; the two end colours; the zero line."""
        super().restyle(dark)
        for name, bar_set in self.sets.items():
            color = QColor(_END_COLORS[dark][name.removesuffix("_outer")])
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.setPen(QPen(Qt.PenStyle.NoPen))
        self.zero_line.setPen(pen(self.text_color(), 1.2))
        self.y_axis.setGridLineVisible(False)
        self._set_categories()


def _stacked(low: float, high: float) -> dict[str, float]:
    """The four stacked segments that draw both ends from 0 without one hiding the other."""
    segments = dict.fromkeys(_STACK, 0.0)
    if low * high <= 0:  # opposite sides of 0 (or one end does not move)
        segments["low"], segments["high"] = low, high
    elif abs(low) <= abs(high):  # same side: the shorter bar first, the rest of the longer after
        segments["low"], segments["high_outer"] = low, high - low
    else:
        segments["high"], segments["low_outer"] = high, low - high
    return segments


def _elided(labels: list[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """Labels cut to `width` pixels, still told apart (the middle goes where ends collide)."""
    short = [metrics.elidedText(label, Qt.TextElideMode.ElideRight, width) for label in labels]
    colliding = {label for label in short if short.count(label) > 1}
    for index, label in enumerate(short):
        if label in colliding:
            short[index] = metrics.elidedText(labels[index], Qt.TextElideMode.ElideMiddle, width)
    seen: set[str] = set()
    for index, label in enumerate(short):
        while label in seen:  # a category axis needs distinct names: pad invisibly
            label += "\u200b"
        short[index] = label
        seen.add(label)
    return short


class TornadoView(ChartView):
    """A chart view of a TornadoChart: hovering a bar shows its exact change as a tooltip."""

    def __init__(self, chart: TornadoChart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setAccessibleName(
            translate("Accessible", "Sensitivity of fine-tuning against embeddings")
        )
        chart.series_bars.hovered.connect(self._on_bar_hovered)

    def _on_bar_hovered(self, state: bool, index: int, bar_set: QBarSet) -> None:
        """Show the bar's text while the mouse is over it."""
        chart = self.chart()
        if state and isinstance(chart, TornadoChart):
            QToolTip.showText(QCursor.pos(), chart.bar_text(bar_set, index), self)
        else:
            QToolTip.hideText()
