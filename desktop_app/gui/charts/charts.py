"""The four result charts: one QChart subclass each, shared by the window and the printed sheet.

A chart's constructor builds every series and axis once; `show_evaluation` only swaps the
numbers in place (the window calls it on every edit). Months run 1..H on the x axis, money
axes carry compact labels in the scenario's currency ("$25k"), and each strategy keeps its
colour in every chart and in both themes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PySide6.QtCharts import (
    QAbstractSeries,
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QContextMenuEvent, QCursor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QMenu,
    QMessageBox,
    QToolTip,
    QWidget,
)

from desktop_app.core.analyses.help_texts import chart_help
from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.appdata.safe_files import FileError, write_file
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import COMPONENTS, STRATEGIES, TITLES
from desktop_app.core.engine.summary import BREAK_EVEN_PAIRS
from desktop_app.gui.charts.event_marks import EventMarks, label_months
from desktop_app.gui.charts.image_bytes import png_bytes
from desktop_app.present.numbers import money, significant, trimmed

STRATEGY_COLORS = {
    "embeddings": "#0072B2",
    "fine_tuning": "#E69F00",
    "hybrid": "#009E73",
    "long_context": "#CC79A7",
}
"""One fixed colour per strategy, the same in every chart and theme: the Okabe–Ito palette
(blue, orange, bluish green, reddish purple), told apart with any colour vision. Against the
light chart background the lines contrast 5.2, 2.3, 3.4 and 3.1 : 1; against the dark one
2.7, 6.1, 4.0 and 4.5 : 1 (their 2.5 px width and the legend carry the lighter ones)."""

STRATEGY_NAMES = TITLES
"""How a strategy is named in legends."""

COMPONENT_COLORS = {
    "embedding": "#4e79a7",
    "vector_store": "#76b7b2",
    "rerank": "#59a14f",
    "inference": "#f28e2b",
    "context_cache": "#ff9da7",
    "training": "#e15759",
    "evaluation": "#edc948",
    "hosting": "#b07aa1",
    "engineering": "#9c9c9c",
    "wrong_answers": "#9d7660",
}
"""One fixed colour per cost component of the stacked monthly chart."""

COMPONENT_NAMES = {
    "embedding": "Embedding",
    "vector_store": "Vector store",
    "rerank": "Reranker",
    "inference": "Inference",
    "context_cache": "Context cache",
    "training": "Training",
    "evaluation": "Evaluation",
    "hosting": "Hosting",
    "engineering": "Engineering",
    "wrong_answers": "Wrong answers",
}
"""How a cost component is named in legends and tooltips."""


def _series(evaluation: Evaluation, key: str, series: str) -> np.ndarray | None:
    """One monthly series of a strategy, or None when the scenario does not compare it."""
    if key not in evaluation.strategies:
        return None
    return np.asarray(evaluation.monthly(key, series))

_UNITS = ((1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T"))
_MONTH_STEPS = (1, 2, 3, 6, 12, 24)
_MAX_MONTH_LABELS = 10
_VALUE_INTERVALS = 6
_HEADROOM = 1.02
"""The value axis reaches a little above the largest value, so a line there is not cut."""
_MARKER_FLOOR = 0.035
"""Share of the axis a retraining marker keeps above 0, so the plot's edge does not cut it."""


def compact_money(value: float, currency: str) -> str:
    """An amount short enough for an axis label: '$999', '$25k', '$1.2M', '€300', '12k CHF'."""
    amount = abs(value)
    number, suffix = amount, ""
    for size, unit in _UNITS:
        if round(number, _decimals(number, suffix)) < 1000:
            break
        number, suffix = amount / size, unit
    text = trimmed(number, _decimals(number, suffix))
    prefix, after = money(0, currency).split("0", 1)
    sign = "-" if value < 0 and text != "0" else ""
    return f"{sign}{prefix}{text}{suffix}{after}"


def _decimals(number: float, suffix: str) -> int:
    """Decimals a compact amount keeps: none from 100 up, one below, two below 10 units."""
    if number >= 100:
        return 0
    return 1 if number >= 10 or suffix else 2


def plain_number(value: float) -> str:
    """A number for an axis label: thousands separators, no needless decimals ('1,200', '0.5')."""
    return trimmed(value, 2)


def nice_top(value: float, intervals: int = _VALUE_INTERVALS) -> tuple[float, float]:
    """A round axis top at or above `value`, and its tick step (1, 2 or 5 times a power of ten)."""
    if not math.isfinite(value) or value <= 0:
        value = 1.0
    raw_step = value / intervals
    magnitude = 10.0 ** math.floor(math.log10(raw_step))
    step = next(f * magnitude for f in (1, 2, 5, 10) if value / (f * magnitude) <= intervals + 1e-9)
    return math.ceil(value / step - 1e-9) * step, step


def month_step(horizon: int) -> int:
    """Months between two labels of the month axis, so that at most ten labels show."""
    return next((s for s in _MONTH_STEPS if horizon / s <= _MAX_MONTH_LABELS), _MONTH_STEPS[-1])


class EvaluationChart(QChart):
    """What the four charts share: month axis, value axis, fonts, theme colours, hover text."""

    def __init__(self, title: str, value_title: str, formatter: Callable[[float], str]) -> None:
        super().__init__()
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setBackgroundRoundness(0)
        self.setMargins(QMargins(4, 4, 8, 4))
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.setTitle(title)
        self.x_axis = QCategoryAxis(self)  # month numbers, or dates from a start month
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setTitleText("Month")
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(0)
        self.y_axis = QCategoryAxis(self)
        self.y_axis.setTitleText(value_title)
        self.y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis.setStartValue(0)
        self.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.currency = "USD"
        self.dark = False
        self._formatter = formatter
        self._tick_labels: tuple[str, ...] = ()
        self._labels: dict[int, str] = {}
        self.event_marks = EventMarks(self)

    # Building

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

    # Updating

    def _set_months(self, horizon: int, start_month: str | None = None) -> np.ndarray:
        """Fit the month axis to 1..horizon (dates from `start_month`); the months as x values."""
        if horizon > 1:
            self.x_axis.setRange(1, horizon)
        else:
            self.x_axis.setRange(0.5, 1.5)
        self.x_axis.setTickInterval(month_step(horizon))
        label_months(self.x_axis, horizon, start_month)
        return np.arange(1, horizon + 1, dtype=float)

    def _set_top(self, largest: float, cap: float | None = None) -> float:
        """Fit the value axis from 0 to a round top above `largest`; that top."""
        top, step = nice_top(largest * _HEADROOM)
        if cap is not None and top > cap:
            top, step = nice_top(cap)
        ticks = [round(k * step, 12) for k in range(round(top / step) + 1)]
        labels = tuple(self._formatter(tick) for tick in ticks)
        if len(set(labels)) < len(labels):  # too fine for the formatter: fall back to raw numbers
            labels = tuple(significant(tick) for tick in ticks)
        if labels != self._tick_labels:
            for old in self.y_axis.categoriesLabels():
                self.y_axis.remove(old)
            for label, tick in zip(labels, ticks, strict=True):
                self.y_axis.append(label, tick)
            self._tick_labels = labels
        self.y_axis.setRange(0, self.event_marks.stretched(top))
        return top

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show the numbers of another evaluation (every series and axis is reused)."""
        raise NotImplementedError

    # Hover texts

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """A value of a series as the tooltip writes it, with its unit."""
        return self._formatter(value)

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """'Month 14 · fine-tuning: $12,345' for the month nearest to a point over a series."""
        line = series.upperSeries() if isinstance(series, QAreaSeries) else series
        points = line.points()
        if not points:
            return ""
        index = min(range(len(points)), key=lambda i: abs(points[i].x() - point.x()))
        value = points[index].y()
        if isinstance(series, QAreaSeries) and series.lowerSeries() is not None:
            value -= series.lowerSeries().at(index).y()
        label = self._labels.get(id(series), series.name())
        return f"Month {round(points[index].x())} · {label}: {self.value_text(series, value)}"

    # Colours

    def restyle(self, dark: bool) -> None:
        """Re-apply fonts, pens and the fixed colours (a theme change resets them)."""
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


CHART_BACKGROUNDS = {False: "#ffffff", True: "#2b2d30"}
"""Plain backgrounds (no theme gradient), matching the window's light and dark palettes."""


def _pen(color: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen of a colour, width and style."""
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


class _PlotLabel(QGraphicsRectItem):
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


BAND_NAME = "P10–P90"
"""Legend entry of the uncertainty bands: 80 % of the Monte Carlo samples lie inside."""
MEDIAN_NAME = "P50"
"""Legend entry of the dashed median lines."""
_BAND_ALPHA = {False: 46, True: 64}
"""Opacity (of 255) of a band's fill: light enough that the three can overlap."""
_FADED = 0.4
"""A provisional band (of the inputs before an edit, or of the first samples) keeps this share
of its opacity until the band of all the samples replaces it."""


class CumulativeCostChart(MoneyChart):
    """Cumulative cost of the three strategies, with each break-even month marked.

    `show_uncertainty` adds a Monte Carlo band (P10 to P90, shaded) and a dashed median per
    strategy; one "P10–P90" and one "P50" entry in the legend explain all three.
    """

    def __init__(self, evaluation: Evaluation | None = None) -> None:
        super().__init__("Cumulative cost", "Cumulative cost (USD)")
        self.uncertainty: UncertaintyResult | None = None
        self.band_note: str | None = None  # why the band shown is provisional (`fade_band`)
        self.horizon = 0
        self._lines_top = 0.0
        # The bands and medians go in first: series paint in the order they were added, so the
        # strategy lines stay on top of them.
        self.band_lows: dict[str, QLineSeries] = {}
        self.band_highs: dict[str, QLineSeries] = {}
        self.bands: dict[str, QAreaSeries] = {}
        self.medians: dict[str, QLineSeries] = {}
        for key in STRATEGIES:
            low, high = QLineSeries(self), QLineSeries(self)
            band = QAreaSeries(high, low)
            band.setParent(self)
            band.setName(f"{STRATEGY_NAMES[key]} {BAND_NAME}")
            self._add(band, f"{_label(key)} {BAND_NAME}")
            self.band_lows[key], self.band_highs[key], self.bands[key] = low, high, band
            self.medians[key] = self._line(
                f"{STRATEGY_NAMES[key]} {MEDIAN_NAME}", f"{_label(key)} {MEDIAN_NAME}"
            )
        self.lines = {key: self._line(STRATEGY_NAMES[key], _label(key)) for key in STRATEGIES}
        self.break_even_points: dict[str, QScatterSeries] = {}
        self.break_even_rules: dict[str, QLineSeries] = {}
        self.break_even_labels: dict[str, _PlotLabel] = {}
        self.break_even_months: dict[str, int | None] = {}
        for pair in BREAK_EVEN_PAIRS:
            rule = self._line(f"{pair} rule", pair)
            point = QScatterSeries(self)
            point.setName(f"{pair} point")
            point.setMarkerSize(9)
            self._add(point, pair)
            self._hide_from_legend(rule)
            self._hide_from_legend(point)
            label = _PlotLabel(self)
            label.setVisible(False)
            self.break_even_rules[pair] = rule
            self.break_even_points[pair] = point
            self.break_even_labels[pair] = label
            self.break_even_months[pair] = None
        # Legend-only keys (they hold no points): one entry each for the three bands and medians.
        self.band_key = self._line(BAND_NAME, BAND_NAME)
        self.median_key = self._line(MEDIAN_NAME, MEDIAN_NAME)
        self._set_band_visible(False)
        self.plotAreaChanged.connect(self._place_labels)
        self.restyle(dark=False)
        if evaluation is not None:
            self.show_evaluation(evaluation)

    def _band_series(self) -> list[QAbstractSeries]:
        """Every series of the uncertainty display, legend keys included."""
        return [*self.bands.values(), *self.medians.values(), self.band_key, self.median_key]

    def _set_band_visible(self, visible: bool) -> None:
        """Show or hide the bands; only the two keys ever show in the legend."""
        changed = False
        for series in self._band_series():
            if series.isVisible() != visible:
                series.setVisible(visible)  # the legend shows a series' marker again here
                changed = True
        for series in [*self.bands.values(), *self.medians.values()]:
            self._hide_from_legend(series)
        if changed:
            # A marker that appears keeps the width its label had while hidden ("P10–…") until
            # the legend's geometry changes: nudge it.
            legend = self.legend()
            geometry = legend.geometry()
            legend.setGeometry(geometry.adjusted(0, 0, -1, 0))
            legend.setGeometry(geometry)

    def show_uncertainty(self, result: UncertaintyResult | None) -> None:
        """Show a Monte Carlo result's P10–P90 band and P50 line per strategy; None hides them.

        A result whose horizon differs from the evaluation shown is not drawn (its months would
        not match the lines); `show_evaluation` hides a band that no longer fits the same way.
        A band shown here is final until `fade_band` says otherwise.
        """
        self.fade_band(None)
        if result is not None and (
            not result.cumulative
            or len(next(iter(result.cumulative.values()))["p50"]) != self.horizon
        ):
            result = None
        self.uncertainty = result
        if result is None:
            for key in STRATEGIES:
                self.band_lows[key].clear()
                self.band_highs[key].clear()
                self.medians[key].clear()
            self._set_band_visible(False)
        else:
            months = np.arange(1, self.horizon + 1, dtype=float)
            for key in STRATEGIES:
                if key not in result.cumulative:
                    self.band_lows[key].clear()
                    self.band_highs[key].clear()
                    self.medians[key].clear()
                    continue
                levels = result.cumulative[key]
                self.band_lows[key].replaceNp(months, np.asarray(levels["p10"], dtype=float))
                self.band_highs[key].replaceNp(months, np.asarray(levels["p90"], dtype=float))
                self.medians[key].replaceNp(months, np.asarray(levels["p50"], dtype=float))
            self._set_band_visible(True)
        self._fit_top()

    def fade_band(self, note: str | None) -> None:
        """Show the band as provisional (faded, `note` in its legend entry); None: as final."""
        self.band_note = note
        opacity = 1.0 if note is None else _FADED
        for key in STRATEGIES:
            self.bands[key].setOpacity(opacity)
            self.medians[key].setOpacity(opacity)
        self.band_key.setName(BAND_NAME if note is None else f"{BAND_NAME} ({note})")

    def _band_top(self) -> float:
        """The highest P90 shown, or 0 without a band."""
        if self.uncertainty is None:
            return 0.0
        return max(
            float(np.max(levels["p90"], initial=0))
            for levels in self.uncertainty.cumulative.values()
        )

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """Over a break-even marker: 'Month 6 · fine-tuning: $18,950, cheaper than embeddings…'.

        Over a band: 'Month 14 · fine-tuning P10–P90: $10,200 to $14,800 (P50 $12,100)'.
        """
        for key, band in self.bands.items():
            if series is band and self.uncertainty is not None and self.horizon:
                month = min(max(round(point.x()), 1), self.horizon)
                low, mid, high = (
                    self.value_text(
                        series, float(self.uncertainty.cumulative[key][level][month - 1])
                    )
                    for level in ("p10", "p50", "p90")
                )
                return (
                    f"Month {month} · {_label(key)} {BAND_NAME}: {low} to {high} "
                    f"({MEDIAN_NAME} {mid})"
                )
        for pair, (cheaper, dearer) in BREAK_EVEN_PAIRS.items():
            month = self.break_even_months[pair]
            if month is not None and series in (
                self.break_even_points[pair],
                self.break_even_rules[pair],
            ):
                value = self.value_text(series, self.lines[cheaper].at(month - 1).y())
                return (
                    f"Month {month} · {_label(cheaper)}: {value}, "
                    f"cheaper than {_label(dearer)} from here on"
                )
        return super().point_text(series, point)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's cumulative costs and break-even months."""
        scenario = evaluation.scenario
        self.currency = scenario.currency
        self.y_axis.setTitleText(f"Cumulative cost ({scenario.currency})")
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        cumulative = {
            key: np.asarray(evaluation.monthly(key, "cumulative")) for key in evaluation.strategies
        }
        for key, line in self.lines.items():
            if key in cumulative:
                line.replaceNp(months, cumulative[key])
            else:
                line.clear()
            if line.isVisible() != (key in cumulative):
                line.setVisible(key in cumulative)
        self._lines_top = max(float(values.max(initial=0)) for values in cumulative.values())
        if self.horizon != scenario.horizon_months:
            self.horizon = scenario.horizon_months
            if self.uncertainty is not None:  # a band of other months: never against these lines
                self.show_uncertainty(None)
        top = self._set_top(max(self._lines_top, self._band_top()))
        for pair, (cheaper, dearer) in BREAK_EVEN_PAIRS.items():
            month = evaluation.break_even(pair)
            self.break_even_months[pair] = month
            rule, point, label = (
                self.break_even_rules[pair],
                self.break_even_points[pair],
                self.break_even_labels[pair],
            )
            if month is None:
                rule.clear()
                point.clear()
                label.setVisible(False)
                continue
            rule.replace([QPointF(month, 0), QPointF(month, top)])
            point.replace([QPointF(month, cumulative[cheaper][month - 1])])
            label.setText(
                f"{STRATEGY_NAMES[cheaper]} cheaper than {_label(dearer)} from month {month}"
            )
            label.setVisible(True)
        self.event_marks.show(scenario)
        self._place_labels()

    def _fit_top(self) -> None:
        """Fit the value axis to the lines and the band; the break-even rules follow its top."""
        top = self._set_top(max(self._lines_top, self._band_top()))
        for pair, month in self.break_even_months.items():
            if month is not None:
                self.break_even_rules[pair].replace([QPointF(month, 0), QPointF(month, top)])
        self._place_labels()

    def _place_labels(self) -> None:
        """Put each break-even label at the top of the plot beside its rule, one row each."""
        plot = self.plotArea()
        shown = sorted(
            (month, pair) for pair, month in self.break_even_months.items() if month is not None
        )
        y = plot.top() + 3 + self.event_marks.strip_height()
        for month, pair in shown:
            label = self.break_even_labels[pair]
            x = self.mapToPosition(QPointF(month, 0), self.break_even_rules[pair]).x()
            width = label.rect().width()
            left = x + 3 if x + 3 + width <= plot.right() else x - 3 - width
            label.setPos(max(plot.left() + 1, left), y)
            y += label.rect().height() + 2

    def restyle(self, dark: bool) -> None:
        """Strategy colours, dashed break-even rules and label colours."""
        super().restyle(dark)
        for key, line in self.lines.items():
            line.setPen(_pen(STRATEGY_COLORS[key], 2.5))
        for key, band in self.bands.items():
            fill = QColor(STRATEGY_COLORS[key])
            fill.setAlpha(_BAND_ALPHA[dark])
            band.setBrush(QBrush(fill))
            band.setPen(QPen(Qt.PenStyle.NoPen))
            self.medians[key].setPen(_pen(STRATEGY_COLORS[key], 1.5, Qt.PenStyle.DashLine))
        neutral = QColor(self.text_color())
        neutral.setAlpha(_BAND_ALPHA[dark] + 24)
        swatch = _pen(neutral, 7)  # the key holds no points: its pen only draws the legend chip
        swatch.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.band_key.setPen(swatch)
        self.median_key.setPen(_pen(self.text_color(), 1.5, Qt.PenStyle.DashLine))
        background = self.background_color()
        font = QFont(self.legend().font())
        for pair, (cheaper, _) in BREAK_EVEN_PAIRS.items():
            color = QColor(STRATEGY_COLORS[cheaper])
            self.break_even_rules[pair].setPen(_pen(color, 1.5, Qt.PenStyle.DashLine))
            point = self.break_even_points[pair]
            point.setColor(color)
            point.setBorderColor(self.text_color())
            text = color.lighter(120) if dark else color.darker(140)
            self.break_even_labels[pair].set_style(font, text, background)
        self._place_labels()


class MonthlyComponentsChart(MoneyChart):
    """Monthly cost of one strategy, stacked by cost component."""

    def __init__(self, evaluation: Evaluation | None = None, strategy: str = "embeddings") -> None:
        super().__init__("Monthly cost", "Monthly cost (USD)")
        self.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # seven entries: one column
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)
        self.strategy = strategy
        self.evaluation: Evaluation | None = None
        self.uppers: dict[str, QLineSeries] = {}
        self.lowers: dict[str, QLineSeries] = {}
        self.areas: dict[str, QAreaSeries] = {}
        for name in COMPONENTS:
            upper = QLineSeries(self)
            lower = QLineSeries(self)
            area = QAreaSeries(upper, lower)
            area.setParent(self)
            area.setName(COMPONENT_NAMES[name])
            self._add(area, COMPONENT_NAMES[name].lower())
            self.uppers[name], self.lowers[name], self.areas[name] = upper, lower, area
        self.restyle(dark=False)
        if evaluation is not None:
            self.show_evaluation(evaluation)

    def set_strategy(self, strategy: str) -> None:
        """Show another strategy's components (of the evaluation shown last)."""
        if strategy not in STRATEGIES:
            raise KeyError(f"no strategy {strategy!r}; known: {', '.join(STRATEGIES)}")
        self.strategy = strategy
        if self.evaluation is not None:
            self.show_evaluation(self.evaluation)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's monthly components of the current strategy."""
        self.evaluation = evaluation
        scenario = evaluation.scenario
        if self.strategy not in evaluation.strategies:  # not compared: show the first that is
            self.strategy = evaluation.strategies[0]
        self.currency = scenario.currency
        self.setTitle(f"Monthly cost: {STRATEGY_NAMES[self.strategy].lower()}")
        self.y_axis.setTitleText(f"Monthly cost ({scenario.currency})")
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        parts = np.array([evaluation.monthly(self.strategy, name) for name in COMPONENTS])
        stacked = np.cumsum(parts, axis=0)
        below = np.zeros_like(months)
        for index, name in enumerate(COMPONENTS):
            self.lowers[name].replaceNp(months, below)
            self.uppers[name].replaceNp(months, stacked[index])
            below = stacked[index]
            present = bool(np.any(parts[index] != 0))
            if self.areas[name].isVisible() != present:
                self.areas[name].setVisible(present)
        self._set_top(float(stacked[-1].max(initial=0)) if len(months) else 0.0)
        self.event_marks.show(scenario)

    def restyle(self, dark: bool) -> None:
        """Component colours: a solid fill with a darker edge."""
        super().restyle(dark)
        for name, area in self.areas.items():
            color = QColor(COMPONENT_COLORS[name])
            area.setBrush(QBrush(color))
            area.setPen(_pen(color.darker(125), 1))


class MaintenanceHoursChart(EvaluationChart):
    """Maintenance hours per month, one line per strategy."""

    def __init__(self, evaluation: Evaluation | None = None) -> None:
        super().__init__("Maintenance hours", "Hours per month", plain_number)
        self.lines = {key: self._line(STRATEGY_NAMES[key], _label(key)) for key in STRATEGIES}
        self.restyle(dark=False)
        if evaluation is not None:
            self.show_evaluation(evaluation)

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """Hours, to two decimals at most."""
        return f"{plain_number(value)} hours"

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's hours per month."""
        scenario = evaluation.scenario
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        largest = 0.0
        for key, line in self.lines.items():
            hours = _series(evaluation, key, "hours")
            if hours is None:
                line.clear()
            else:
                line.replaceNp(months, hours)
                largest = max(largest, float(hours.max(initial=0)))
            if line.isVisible() != (hours is not None):
                line.setVisible(hours is not None)
        self._set_top(largest)
        self.event_marks.show(evaluation.scenario)

    def restyle(self, dark: bool) -> None:
        """Strategy colours."""
        super().restyle(dark)
        for key, line in self.lines.items():
            line.setPen(_pen(STRATEGY_COLORS[key], 2.5))


class StalenessChart(EvaluationChart):
    """How much of the corpus the fine-tuned model has not seen, and when it is retrained."""

    def __init__(self, evaluation: Evaluation | None = None) -> None:
        super().__init__("Fine-tuned model staleness", "Staleness (% of corpus)", plain_number)
        # A line, not a filled area: an antialiased fill of this sawtooth takes ~80 ms to
        # paint, far beyond the 50 ms an edit may take.
        self.line = QLineSeries(self)
        self.line.setName("Staleness")
        self._add(self.line, "staleness")
        self.retraining = QScatterSeries(self)
        self.retraining.setName("Retraining")
        self.retraining.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        self._add(self.retraining, "retraining")
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)
        for marker in self.legend().markers(self.retraining):
            marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.trainings: np.ndarray = np.zeros(0)
        self.marker_floor = 0.0
        self.restyle(dark=False)
        if evaluation is not None:
            self.show_evaluation(evaluation)

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """Percent of the corpus; for a retraining marker, the trainings that month."""
        return f"{plain_number(value)} % of corpus"

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """'Month 3 · retraining: 1 training' over a marker; the staleness over the area."""
        if series is not self.retraining or not len(self.retraining.points()):
            return super().point_text(series, point)
        month = min((p.x() for p in self.retraining.points()), key=lambda x: abs(x - point.x()))
        count = float(self.trainings[round(month) - 1])
        noun = "training" if count == 1 else "trainings"
        return f"Month {round(month)} · retraining: {plain_number(count)} {noun}"

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's staleness and training months (fine-tuning strategy)."""
        scenario = evaluation.scenario
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        zeros = np.zeros(len(months))
        staleness = _series(evaluation, "fine_tuning", "staleness_pct")
        staleness = zeros if staleness is None else staleness
        trainings = _series(evaluation, "fine_tuning", "trainings")
        self.trainings = zeros if trainings is None else trainings
        self.line.replaceNp(months, staleness)
        trained = self.trainings > 0
        top = self._set_top(max(float(staleness.max(initial=0)), 5.0), cap=100.0)
        self.marker_floor = top * _MARKER_FLOOR
        self.retraining.setMarkerSize(min(10.0, max(7.0, 300 / len(months))))  # dense: smaller
        self.retraining.replaceNp(
            months[trained], np.maximum(staleness[trained], self.marker_floor)
        )

    def restyle(self, dark: bool) -> None:
        """Fine-tuning's orange for the line; retraining markers in the text colour."""
        super().restyle(dark)
        self.line.setPen(_pen(STRATEGY_COLORS["fine_tuning"], 2.5))
        self.retraining.setColor(self.text_color())
        self.retraining.setBorderColor(self.background_color())


def _label(strategy: str) -> str:
    """A strategy as hover texts write it: 'fine-tuning'."""
    return STRATEGY_NAMES[strategy].lower()


def apply_theme(chart: QChart, dark: bool) -> None:
    """Switch a chart to Qt's light or dark theme and restore the fixed colours and fonts."""
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    if isinstance(chart, EvaluationChart):
        chart.restyle(dark)


# Export

EXPORT_SIZE = QSize(1200, 700)
"""Pixel size of an exported chart: wide enough for a slide or a report page."""
EXPORT_DPI = 96
"""Resolution an SVG is written at: the screen's logical 96 dpi, so text keeps its size."""


@contextmanager
def _chart_in_scene(chart: QChart, size: QSize) -> Iterator[QGraphicsScene]:
    """The chart laid out at `size` in a scene; afterwards its own size and scene are back."""
    own_scene = chart.scene()
    scene = own_scene if own_scene is not None else QGraphicsScene()
    if own_scene is None:
        scene.addItem(chart)
    old_size = chart.size()
    chart.resize(QSizeF(size))
    chart.layout().activate()  # lay out axes, legend and plot now, not on the next event
    try:
        yield scene
    finally:
        chart.resize(old_size)
        chart.layout().activate()
        if own_scene is None:
            scene.removeItem(chart)


def _render_chart(chart: QChart, painter: QPainter, size: QSize) -> None:
    """Paint the chart at `size` on its background colour, antialiased, into `painter`."""
    target = QRectF(0, 0, size.width(), size.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, chart.backgroundBrush().color())
    with _chart_in_scene(chart, size) as scene:
        source = chart.mapRectToScene(QRectF(0, 0, size.width(), size.height()))
        scene.render(painter, target, source)


def save_chart_png(chart: QChart, path: Path, size: QSize = EXPORT_SIZE) -> Path:
    """Write the chart as a PNG image of `size` pixels; the path (FileError if not written).

    The chart is laid out at that size only while it is painted: on screen it stays as it was.
    The image is encoded in memory and checked before the file is replaced.
    """
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(chart.backgroundBrush().color())
    painter = QPainter(image)
    try:
        _render_chart(chart, painter, size)
    finally:
        finished = painter.end()
    data = png_bytes(image) if finished else None
    if data is None:
        raise FileError(path, "was not written: the picture could not be made")
    write_file(path, data, kind="png")
    return path


def save_chart_svg(chart: QChart, path: Path, size: QSize = EXPORT_SIZE) -> Path:
    """Write the chart as an SVG drawing (vector lines, real text) of `size` pixels; the path.

    The drawing is made in memory and checked before the file is replaced (FileError if not).
    """
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setResolution(EXPORT_DPI)
    generator.setTitle(chart.title() or "Chart")
    generator.setDescription("Drawn by Embed or Tune")
    painter = QPainter()
    if not painter.begin(generator):
        raise FileError(path, "was not written: the drawing could not be made")
    try:
        _render_chart(chart, painter, size)
    finally:
        finished = painter.end()
    buffer.close()
    if not finished:
        raise FileError(path, "was not written: the drawing could not be made")
    write_file(path, bytes(data.data()), kind="svg")
    return path


def file_stem(title: str) -> str:
    """A file name from a chart title: 'Cumulative cost by scenario' -> 'cumulative-cost-by-…'."""
    stem = re.sub(r"[^\w]+", "-", title.lower()).strip("-")
    return stem or "chart"


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str, name_filter: str, suffix: str
) -> Path | None:
    """Ask where to save a file; the chosen path gets `.suffix` if it has none. None: cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    return path


_CHART_EXPORTS: dict[str, tuple[str, Callable[[QChart, Path], Path]]] = {
    "png": ("PNG image (*.png)", save_chart_png),
    "svg": ("SVG image (*.svg)", save_chart_svg),
}
"""Per file type: the save dialog's filter and the function that writes the file."""


class ChartView(QChartView):
    """A chart view, antialiased, that shows the exact value under the mouse as a tooltip."""

    def __init__(self, chart: QChart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(chart.title() or "Chart")  # a view may be given a better one
        self.setWhatsThis(chart_help(type(chart).__name__))
        self.setAccessibleDescription(
            f"Chart: {chart.title() or 'figures'}. Ctrl+Shift+T or the context menu's "
            "Show as Table shows its numbers as a table."
        )
        for series in chart.series():
            if isinstance(series, QXYSeries | QAreaSeries):
                series.hovered.connect(
                    lambda point, state, series=series: self._on_hovered(series, point, state)
                )

    def context_menu(self) -> QMenu:
        """The right-click menu: save the chart as a PNG image or an SVG drawing."""
        menu = QMenu(self)
        menu.setAccessibleName("Chart menu")
        for kind in _CHART_EXPORTS:
            action = menu.addAction(f"Save chart as {kind.upper()}…")
            action.triggered.connect(lambda _=False, kind=kind: self.save_chart_as(kind))
        menu.addSeparator()
        from desktop_app.gui.charts.chart_table import SHOW_AS_TABLE, SHOW_AS_TABLE_KEYS, show_table

        table = menu.addAction(SHOW_AS_TABLE)
        table.setShortcut(SHOW_AS_TABLE_KEYS)  # the window's action; shown here as a hint
        table.triggered.connect(lambda: show_table(self.chart(), self.window()))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's spelling
        """Show the context menu at the mouse."""
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def save_chart_as(self, kind: str) -> Path | None:
        """Ask for a file and save the chart there as 'png' or 'svg'; the path, or None."""
        name_filter, save = _CHART_EXPORTS[kind]
        suggested = f"{file_stem(self.chart().title())}.{kind}"
        path = ask_save_path(self, f"Save chart as {kind.upper()}", suggested, name_filter, kind)
        if path is None:
            return None
        try:
            return save(self.chart(), path)
        except FileError as error:
            QMessageBox.warning(self, "Chart not saved", f"Could not save the chart.\n{error}")
            return None

    def tooltip_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """The tooltip for a point over a series: 'Month 14 · fine-tuning: $12,345'."""
        chart = self.chart()
        if isinstance(chart, EvaluationChart):
            return chart.point_text(series, point)
        return f"Month {round(point.x())} · {series.name()}: {plain_number(point.y())}"

    def _on_hovered(self, series: QAbstractSeries, point: QPointF, state: bool) -> None:
        """Show the tooltip while the mouse is over a series, hide it when it leaves."""
        if state:
            QToolTip.showText(QCursor.pos(), self.tooltip_text(series, point), self)
        else:
            QToolTip.hideText()


def chart_view(chart: QChart, name: str = "") -> ChartView:
    """A ChartView showing the chart, named for screen readers (`name`, else its title)."""
    view = ChartView(chart)
    view.setAccessibleName(name or chart.title() or "Chart")
    return view


def all_charts(evaluation: Evaluation | None = None) -> list[EvaluationChart]:
    """One of each chart, in the order the window shows them."""
    return [
        CumulativeCostChart(evaluation),
        MonthlyComponentsChart(evaluation),
        MaintenanceHoursChart(evaluation),
        StalenessChart(evaluation),
    ]


__all__ = [
    "BAND_NAME",
    "COMPONENT_COLORS",
    "COMPONENT_NAMES",
    "EXPORT_SIZE",
    "MEDIAN_NAME",
    "STRATEGY_COLORS",
    "STRATEGY_NAMES",
    "ChartView",
    "CumulativeCostChart",
    "EvaluationChart",
    "MaintenanceHoursChart",
    "MoneyChart",
    "MonthlyComponentsChart",
    "StalenessChart",
    "all_charts",
    "apply_theme",
    "ask_save_path",
    "chart_view",
    "compact_money",
    "file_stem",
    "month_step",
    "nice_top",
    "plain_number",
    "save_chart_png",
    "save_chart_svg",
]
