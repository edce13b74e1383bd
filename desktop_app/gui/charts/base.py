"""The styled chart every chart builds on, and the month chart most of them are.

`StyledChart` holds what all charts share whatever their axes: no animation, plain theme
background, fonts, a formatter for values, hover texts. `EvaluationChart` adds the month and
value axes and the event marks of the charts drawn from an evaluation; `MoneyChart` writes
its values in the scenario's currency. A chart's constructor builds every series and axis
once; `show_evaluation` only swaps the numbers in place (the window calls it on every edit).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QLegend,
    QLineSeries,
    QXYSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.gui.charts.axes import fit_months, month_axis, set_ticks, value_axis
from desktop_app.gui.charts.event_marks import EventMarks
from desktop_app.gui.charts.palette import CHART_BACKGROUNDS
from desktop_app.present.axis_ticks import nice_top, ticks_to
from desktop_app.present.numbers import compact_money, money, significant

_HEADROOM = 1.02
"""The value axis reaches a little above the largest value, so a line there is not cut."""


RIGHT_MARGIN = 8
"""Pixels right of the plot, when no label of the month axis reaches its end."""
LAST_MONTHS_SHARE = 0.1
"""A label on the last tenth of the months may reach past the plot's right edge."""


class StyledChart(QChart):
    """What every chart shares: fonts, plain background, value formatter, hover texts.

    A subclass makes its two axes and hands them to `_set_axes`; series added with `_add`
    sit on both.
    """

    def __init__(self, title: str, formatter: Callable[[float], str]) -> None:
        super().__init__()
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setBackgroundRoundness(0)
        self.setMargins(QMargins(4, 4, RIGHT_MARGIN, 4))
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.setTitle(title)
        self.currency = "USD"
        self.dark = False
        self._formatter = formatter
        self._tick_labels: tuple[str, ...] = ()
        self._labels: dict[int, str] = {}

    # Building

    def _set_axes(self, x_axis: QAbstractAxis, y_axis: QAbstractAxis) -> None:
        """Put the chart's axes in place: `x_axis` at the bottom, `y_axis` at the left."""
        self.x_axis = x_axis
        self.y_axis = y_axis
        self.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

    def _add(self, series: QAbstractSeries, label: str) -> None:
        """Add a series on both axes; `label` names it in hover texts."""
        self.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        self._labels[id(series)] = label

    def _line(self, name: str, label: str) -> QLineSeries:
        """A new line series on both axes, named `name` in the legend."""
        series = QLineSeries(self)
        series.setName(name)
        self._add(series, label)
        return series

    def _hide_from_legend(self, series: QAbstractSeries) -> None:
        """Keep a helper series (marker, rule) out of the legend."""
        for marker in self.legend().markers(series):
            marker.setVisible(False)

    # Hover texts

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """A value of a series as the tooltip writes it, with its unit."""
        return self._formatter(value)

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """'fine-tuning: $12,345': the series and the value at a point over it."""
        label = self._labels.get(id(series), series.name())
        return f"{label}: {self.value_text(series, point.y())}"

    # Colours

    def restyle(self, dark: bool) -> None:
        """Re-apply fonts and the plain background (a theme change resets them)."""
        self.dark = dark
        title_font = QFont(self.titleFont())
        title_font.setPointSizeF(10)
        title_font.setBold(True)
        self.setTitleFont(title_font)
        for axis in (self.x_axis, self.y_axis):
            label_font = QFont(axis.labelsFont())
            label_font.setPointSizeF(8)
            axis.setLabelsFont(label_font)
            axis_title_font = QFont(axis.titleFont())
            axis_title_font.setPointSizeF(8)
            axis_title_font.setBold(False)
            axis.setTitleFont(axis_title_font)
        legend_font = QFont(self.legend().font())
        legend_font.setPointSizeF(8)
        self.legend().setFont(legend_font)
        self.setBackgroundBrush(QBrush(QColor(CHART_BACKGROUNDS[dark])))

    def text_color(self) -> QColor:
        """The theme's colour for text on the chart."""
        return self.legend().labelColor()

    def background_color(self) -> QColor:
        """The chart's background colour (a plain colour, set by `restyle`)."""
        return self.backgroundBrush().color()


class EvaluationChart(StyledChart):
    """A chart of months: month axis, value axis from 0, event marks, month hover texts."""

    x_axis: QCategoryAxis
    y_axis: QCategoryAxis

    def __init__(self, title: str, value_title: str, formatter: Callable[[float], str]) -> None:
        super().__init__(title, formatter)
        self._set_axes(month_axis(self), value_axis(self, value_title))
        self.event_marks = EventMarks(self)
        self.start_month: str | None = None
        """The calendar month of month 1 as the axis shows it (None: months by number)."""

    def _set_months(self, horizon: int, start_month: str | None = None) -> np.ndarray:
        """Fit the month axis to 1..horizon (dates from `start_month`); the months as x values."""
        self.start_month = start_month
        months = fit_months(self.x_axis, horizon, start_month)
        self._make_room_for_the_last_month(horizon)
        return months

    def _make_room_for_the_last_month(self, horizon: int) -> None:
        """A label on one of the last months sits at the plot's right edge: half of it beyond.

        "Jan 2032" on month 62 of 63 was cut to "Jan 203"; the chart keeps half its width free
        on the right, and only its usual margin when no label comes that close to the end.
        """
        labels = self.x_axis.categoriesLabels()
        right = RIGHT_MARGIN
        if labels and self.x_axis.endValue(labels[-1]) >= horizon - LAST_MONTHS_SHARE * horizon:
            metrics = QFontMetrics(self.x_axis.labelsFont())
            right = max(right, metrics.horizontalAdvance(labels[-1].strip()) // 2 + 2)
        margins = self.margins()
        if margins.right() != right:
            margins.setRight(right)
            self.setMargins(margins)

    def _set_top(self, largest: float, cap: float | None = None, whole: bool = False) -> float:
        """Fit the value axis from 0 to a round top above `largest`; that top.

        With `whole` the ticks are whole numbers (a count: no '0.2 replicas').
        """
        top, step = nice_top(largest * _HEADROOM)
        if cap is not None and top > cap:
            top, step = nice_top(cap)
        if whole and step < 1:
            top, step = float(math.ceil(top)), 1.0
        ticks = ticks_to(top, step)
        labels = tuple(self._formatter(tick) for tick in ticks)
        if len(set(labels)) < len(labels):  # too fine for the formatter: fall back to raw numbers
            labels = tuple(significant(tick) for tick in ticks)
        if labels != self._tick_labels:
            set_ticks(self.y_axis, labels, ticks)
            self._tick_labels = labels
        self.y_axis.setRange(0, self.event_marks.stretched(top))
        return top

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show the numbers of another evaluation (every series and axis is reused)."""
        raise NotImplementedError

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """'Month 14 · fine-tuning: $12,345' for the month nearest to a point over a series."""
        line = series.upperSeries() if isinstance(series, QAreaSeries) else series
        if not isinstance(line, QXYSeries):  # no line, no point to name
            return ""
        points = line.points()
        if not points:
            return ""
        index = min(range(len(points)), key=lambda i: abs(points[i].x() - point.x()))
        value = points[index].y()
        if isinstance(series, QAreaSeries) and series.lowerSeries() is not None:
            value -= series.lowerSeries().at(index).y()
        label = self._labels.get(id(series), series.name())
        return translate("ChartView", "Month {month} · {series}: {value}").format(
            month=round(points[index].x()), series=label, value=self.value_text(series, value)
        )


class MoneyChart(EvaluationChart):
    """A chart whose values are amounts in the scenario's currency."""

    def __init__(self, title: str, value_title: str) -> None:
        super().__init__(title, value_title, self.compact)

    def compact(self, value: float) -> str:
        """An axis label in the scenario's currency: '$25k'."""
        return compact_money(value, self.currency)

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """Money, exact to the unit (to the cent below 100): '$12,345'."""
        return money(value, self.currency, 0 if abs(value) >= 100 else 2)


class PlotLabel(QGraphicsRectItem):
    """A short text on the plot, on a translucent box of the chart's background."""

    def __init__(self, parent: QChart) -> None:
        super().__init__(parent)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue(20)
        self._text = QGraphicsSimpleTextItem(self)
        self._text.setPos(3, 1)

    def text(self) -> str:
        """The label's text."""
        return self._text.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's own spelling
        """Change the text and fit the box to it."""
        self._text.setText(text)
        bounds = self._text.boundingRect()
        self.setRect(0, 0, bounds.width() + 6, bounds.height() + 2)

    def set_style(self, font: QFont, text: QColor, background: QColor) -> None:
        """Font, text colour and box colour (box drawn translucent)."""
        self._text.setFont(font)
        self._text.setBrush(QBrush(text))
        box = QColor(background)
        box.setAlpha(215)
        self.setBrush(QBrush(box))
        self.setText(self.text())


def series_of(evaluation: Evaluation, key: str, series: str) -> np.ndarray | None:
    """One monthly series of a strategy, or None when the scenario does not compare it."""
    if key not in evaluation.strategies:
        return None
    return np.asarray(evaluation.monthly(key, series))


def apply_theme(chart: QChart, dark: bool) -> None:
    """Switch a chart to Qt's light or dark theme and restore the fixed colours and fonts."""
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    if isinstance(chart, StyledChart):
        chart.restyle(dark)
