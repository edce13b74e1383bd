"""Views of the analyses: the sensitivity tornado, the decision map and the break-even table.

Each view only shows what a core analysis computed (`sensitivity`, `decision_map`,
`find_break_even`); running them is the caller's job. Inputs are named by their label
("Queries per month"), values carry their unit ("706,146 queries/month", "$2.50 per 1M
tokens") and money is written in the scenario's currency.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np
from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QHorizontalStackedBarSeries,
    QLegend,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsSceneResizeEvent,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.break_even_finder import (
    KEY_INPUTS,
    Crossing,
    default_range,
    key_crossings,
)
from desktop_app.core.decision_map import DEFAULT_X, DEFAULT_Y, DecisionMap
from desktop_app.core.engine import STRATEGIES
from desktop_app.core.evaluation import evaluate
from desktop_app.core.fields import numeric_field, numeric_fields, value_at, variable_paths
from desktop_app.core.numbers import money
from desktop_app.core.scenario import Scenario
from desktop_app.core.sensitivity import SensitivityRow
from desktop_app.core.summary import BREAK_EVEN_PAIRS
from desktop_app.gui.charts import (
    STRATEGY_COLORS,
    STRATEGY_NAMES,
    ChartView,
    EvaluationChart,
    _pen,
    compact_money,
    nice_top,
    plain_number,
)
from desktop_app.gui.inputs import format_number, parse_number

MAP_INPUTS = (
    "workload.queries_per_month",
    "knowledge.changed_pct_per_month",
    "workload.monthly_growth_pct",
    "knowledge.corpus_tokens",
    "knowledge.updates_per_month",
    "effort.hourly_rate",
    "effort.hours_per_retrain",
    "fine_tuned_model.training_per_1m",
    "fine_tuning.retrain_every_months",
)
"""The inputs listed first in the decision map's axis pickers."""

DIFFERENCE = "fine-tuning − embeddings"
"""How the tornado's measure is written."""

PAIR_TITLES = {
    "fine_tuning_vs_embeddings": "Fine-tuning vs embeddings",
    "hybrid_vs_embeddings": "Hybrid vs embeddings",
    "fine_tuning_vs_hybrid": "Fine-tuning vs hybrid",
}
"""Column titles of the break-even table, in BREAK_EVEN_PAIRS order."""

NO_CROSSING = "—"
"""A break-even cell without a crossing in the searched range."""

_SECTIONS = {
    "base_model": "Base model",
    "fine_tuned_model": "Fine-tuned model",
    "fine_tuning": "Fine-tuning",
    "hybrid": "Hybrid",
}


# Names and values of inputs


@cache
def field_label(path: str) -> str:
    """An input's label, with its section where two inputs share one: 'Base model: input per 1M'."""
    label = numeric_field(path).label
    twins = [field for field in numeric_fields() if field.label == label]
    section = path.split(".", 1)[0]
    if len(twins) > 1 and section in _SECTIONS:
        return f"{_SECTIONS[section]}: {label[0].lower()}{label[1:]}"
    return label


def _significant(value: float) -> int:
    """Decimals that keep three significant digits (none from 100 up)."""
    if value == 0 or abs(value) >= 100:
        return 0
    return min(6, 2 - math.floor(math.log10(abs(value))))


def _trimmed(value: float, decimals: int) -> str:
    """'1,234.5', '0.05': thousands separators, no trailing zeros."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def price_text(value: float, currency: str) -> str:
    """A price to three significant digits, cents kept: '$2.50', '$0.0512', '$1,200', '3 CHF'."""
    decimals = max(2, _significant(value)) if abs(value) < 100 else 0
    number = f"{abs(value):,.{decimals}f}"
    if decimals > 2:
        number = number.rstrip("0")
        number += "0" * (2 - len(number.split(".")[1]))
    prefix, after = money(0, currency).split("0", 1)
    sign = "-" if value < 0 and number.strip("0.,") else ""
    return f"{sign}{prefix}{number}{after}"


def value_text(path: str, value: float, currency: str = "USD") -> str:
    """A value of an input with its unit: '706,146 queries/month', '$2.50 per 1M tokens'."""
    field = numeric_field(path)
    if field.unit.startswith("per "):
        return f"{price_text(value, currency)} {field.unit}"
    number = _trimmed(value, 0 if field.integer else _significant(value))
    return f"{number} {field.unit}" if field.unit else number


def axis_title(path: str, currency: str = "USD") -> str:
    """'Queries per month (queries/month)'; a price's unit names the currency."""
    field = numeric_field(path)
    unit = f"{currency} {field.unit}" if field.unit.startswith("per ") else field.unit
    return f"{field_label(path)} ({unit})" if unit else field_label(path)


def compact_number(value: float) -> str:
    """A number short enough for a tick label: '1k', '25k', '1.5M', '0.01'."""
    return compact_money(value, "USD").replace("$", "", 1)


def _signed_money(value: float, currency: str) -> str:
    """'+$12,345', '-$120', '$0'."""
    text = money(value, currency, 0 if abs(value) >= 100 else 2)
    return f"+{text}" if value > 0 and any(c in "123456789" for c in text) else text


def _exact_money(value: float, currency: str) -> str:
    """Money to the unit (to the cent below 100), as the tooltips write it."""
    return money(value, currency, 0 if abs(value) >= 100 else 2)


def _strategy(key: str) -> str:
    """'fine-tuning'."""
    return STRATEGY_NAMES[key].lower()


# Sensitivity tornado

_END_COLORS = {
    False: {"low": "#b7a4e3", "high": "#5e3aa6"},
    True: {"low": "#c9b8f2", "high": "#8a5fd8"},
}
"""Low end pale, high end deep (one hue, apart from the three strategy colours)."""
_STACK = ("low", "high", "low_outer", "high_outer")
"""Bar sets in stacking order; an 'outer' set carries the part of the longer end beyond the
shorter one when both ends move the difference the same way (so neither hides the other)."""
END_NAMES = {"low": "Input at its low end", "high": "Input at its high end"}
"""Legend names of the two ends."""


class TornadoChart(EvaluationChart):
    """How far each input, moved alone to its low or high end, shifts fine-tuning − embeddings.

    One row per input, the largest swing at the top; the bars start at the scenario's own
    difference (0 on the axis) and reach the change at the low end (pale) and the high end
    (deep).
    """

    def __init__(self) -> None:
        super().__init__("Sensitivity", f"Change in {DIFFERENCE} total (USD)", self.compact)
        self.rows: list[SensitivityRow] = []  # largest swing first
        self.deltas: list[tuple[float, float]] = []  # (low end, high end) change, per row
        self.base_difference = 0.0
        # The month/value axes of EvaluationChart do not fit bars lying down: swap them.
        value_title = self.y_axis.titleText()
        for axis in (self.x_axis, self.y_axis):
            self.removeAxis(axis)
            axis.deleteLater()
        self.x_axis = QCategoryAxis(self)  # money, with labels at round values
        self.x_axis.setTitleText(value_title)
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis = QBarCategoryAxis(self)  # one input per row
        self.y_axis.setGridLineVisible(False)
        # Qt would cut a label taller than its row share to '…'; they are elided to width here.
        self.y_axis.setTruncateLabels(False)
        self.setMargins(QMargins(4, 4, 20, 4))  # room for the last money label at the right end
        self.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series_bars = QHorizontalStackedBarSeries(self)
        self.series_bars.setBarWidth(0.7)
        self.sets: dict[str, QBarSet] = {}
        for name in _STACK:
            bar_set = QBarSet(END_NAMES[name.removesuffix("_outer")], self.series_bars)
            self.series_bars.append(bar_set)
            self.sets[name] = bar_set
        self._add(self.series_bars, "sensitivity")
        self.zero_line = self._line("No change", "the scenario")
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)
        for marker in self.legend().markers(self.series_bars):
            if marker.barset() in (self.sets["low_outer"], self.sets["high_outer"]):
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
        _, step = nice_top(max(high - low, 1e-9) * 1.04, intervals=5)
        start = math.floor(low / step - 0.02) * step if low < 0 else 0.0
        end = math.ceil(high / step + 0.02) * step if high > 0 else 0.0
        if start == end:
            start, end = -step, step
        ticks = [round(start + k * step, 9) for k in range(round((end - start) / step) + 1)]
        labels = tuple(self.compact(tick) for tick in ticks)
        if labels != self._tick_labels:
            for old in self.x_axis.categoriesLabels():
                self.x_axis.remove(old)
            self.x_axis.setStartValue(start)
            for label, tick in zip(labels, ticks, strict=True):
                self.x_axis.append(label, tick)
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
        title = f"Change in {DIFFERENCE} total ({self.currency})"
        if QFontMetricsF(self.x_axis.titleFont()).horizontalAdvance(title) > plot.width() - 4:
            title = f"Change in {DIFFERENCE} ({self.currency})"
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
        return (
            f"{field_label(row.field)} at {value_text(row.field, value, self.currency)}: "
            f"{DIFFERENCE} changes by {_signed_money(change, self.currency)}"
        )

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """Over the zero line: the scenario's own difference."""
        difference = _signed_money(self.base_difference, self.currency).lstrip("+")
        return f"The scenario as it is: {DIFFERENCE} = {difference}"

    # Colours

    def restyle(self, dark: bool) -> None:
        """Fonts and background of the other charts; the two end colours; the zero line."""
        super().restyle(dark)
        for name, bar_set in self.sets.items():
            color = QColor(_END_COLORS[dark][name.removesuffix("_outer")])
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.setPen(QPen(Qt.PenStyle.NoPen))
        self.zero_line.setPen(_pen(self.text_color(), 1.2))
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
        self.setAccessibleName("Sensitivity of fine-tuning against embeddings")
        chart.series_bars.hovered.connect(self._on_bar_hovered)

    def _on_bar_hovered(self, state: bool, index: int, bar_set: QBarSet) -> None:
        """Show the bar's text while the mouse is over it."""
        chart = self.chart()
        if state and isinstance(chart, TornadoChart):
            QToolTip.showText(QCursor.pos(), chart.bar_text(bar_set, index), self)
        else:
            QToolTip.hideText()


# Decision map


def default_axis_range(scenario: Scenario | None, path: str) -> tuple[float, float]:
    """A range to map an input over: a tenth to ten times its value, inside its valid range.

    An input at 0 (or empty) gets 0..100 for a percentage, else 0 to ten times its default
    (or 0..100); the result always has low < high.
    """
    field = numeric_field(path)
    value = value_at(scenario, path) if scenario is not None else field.default
    if value is None:
        value = field.default
    value = float(value or 0.0)
    if value != 0:
        ends = (field.clip(value / 10), field.clip(value * 10))
    elif field.unit.startswith("%"):
        ends = (field.clip(0.0), field.clip(100.0))
    else:
        ends = (field.clip(0.0), field.clip(10 * (field.default or 10.0)))
    low, high = min(ends), max(ends)
    if not low < high:  # squeezed by the valid range: widen on the side that still has room
        high = field.clip(low + max(1.0, abs(low)))
        if not low < high:
            low = field.clip(high - max(1.0, abs(high)))
    return low, high


def _edges(centres: np.ndarray) -> np.ndarray:
    """Cell edges around each centre: halfway to the neighbours, half a step beyond the ends."""
    if len(centres) == 1:
        return np.array([centres[0] - 0.5, centres[0] + 0.5])
    middle = (centres[:-1] + centres[1:]) / 2
    first = centres[0] - (centres[1] - centres[0]) / 2
    last = centres[-1] + (centres[-1] - centres[-2]) / 2
    return np.concatenate([[first], middle, [last]])


def _nice_step(span: float, count: int) -> float:
    """A step of 1, 2 or 5 times a power of ten giving about `count` intervals over `span`."""
    raw = span / max(count, 1)
    magnitude = 10.0 ** math.floor(math.log10(raw))
    return next(f * magnitude for f in (1, 2, 5, 10) if f * magnitude >= raw)


class _MapAxis:
    """One axis of the painted map: value <-> position along it, cells and ticks."""

    def __init__(self, values: np.ndarray, log: bool) -> None:
        self.values = np.asarray(values, dtype=float)
        self.log = log
        self.centres = self.transform(self.values)
        self.edges = _edges(self.centres)

    def transform(self, values: np.ndarray | float) -> np.ndarray:
        """The axis coordinate: log10 of a value on a log axis, else the value."""
        array = np.asarray(values, dtype=float)
        return np.log10(array) if self.log else array

    def fraction(self, value: float) -> float:
        """Where a value lies between the first and last cell edge (0..1)."""
        span = self.edges[-1] - self.edges[0]
        return float((self.transform(value) - self.edges[0]) / span)

    def cell(self, fraction: float) -> int | None:
        """The cell at a fraction of the axis, or None outside it."""
        if not 0 <= fraction <= 1:
            return None
        coordinate = self.edges[0] + fraction * (self.edges[-1] - self.edges[0])
        index = int(np.searchsorted(self.edges, coordinate, side="right")) - 1
        return min(max(index, 0), len(self.values) - 1)

    def contains(self, value: float) -> bool:
        """Whether a value lies within the mapped range (first to last value)."""
        return bool(self.values[0] <= value <= self.values[-1])

    def ticks(self, count: int) -> list[float]:
        """Round values to label: decades on a log axis, 1-2-5 steps on a linear one."""
        low, high = float(self.values[0]), float(self.values[-1])
        if self.log:
            first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
            decades = [10.0**k for k in range(first, last + 1) if low <= 10.0**k * (1 + 1e-9)]
            decades = [value for value in decades if value <= high * (1 + 1e-9)]
            if len(decades) >= 3 or count < 6:  # decades only, thinned to fit
                every = max(1, math.ceil(len(decades) / max(count, 1)))
                return decades[::every]
            steps = [m * 10.0**k for k in range(first, last + 1) for m in (1, 2, 5)]
            return [value for value in steps if low * (1 - 1e-9) <= value <= high * (1 + 1e-9)]
        if high <= low:
            return [low]
        step = _nice_step(high - low, count)
        start = math.ceil(low / step - 1e-9)
        return [round(k * step, 12) for k in range(start, math.floor(high / step + 1e-9) + 1)]


_PALE_WITHIN = 0.25
"""A cell whose runner-up costs less than 25 % more is drawn fainter: a close call."""
_WEAKEST = 0.3
"""How much colour a dead heat keeps (1 is the full strategy colour)."""


class DecisionMapView(QWidget):
    """The cheapest strategy over a grid of two inputs, painted cell by cell.

    Each cell takes the colour of its cheapest strategy, fainter where the runner-up is close;
    a thin line follows every border between two strategies (the break-even curve). The
    scenario's own point is ringed. Hovering a cell shows its exact figures.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Decision map")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.found: DecisionMap | None = None
        self.current: tuple[float, float] | None = None
        self.currency = "USD"
        self._x: _MapAxis | None = None
        self._y: _MapAxis | None = None
        self._colors: list[list[QColor]] = []
        self._hovered: tuple[int, int] | None = None
        self._geometry: tuple[QRectF, np.ndarray, np.ndarray] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for 40 x 40 cells, ticks and the legend."""
        return QSize(600, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Below this the tick labels would collide."""
        return QSize(360, 260)

    # Showing

    def show_map(
        self,
        found: DecisionMap,
        current: tuple[float, float] | None = None,
        currency: str = "USD",
    ) -> None:
        """Show a decision map; `current` is the scenario's (x, y), ringed when inside."""
        self.found = found
        self.current = current
        self.currency = currency
        self._x = _MapAxis(found.x.values, found.x.log)
        self._y = _MapAxis(found.y.values, found.y.log)
        self._hovered = None
        self._colors = []
        self._geometry = None
        self.setAccessibleDescription(
            f"Cheapest strategy over {field_label(found.x.field).lower()} "
            f"and {field_label(found.y.field).lower()}"
        )
        self.update()

    def clear(self) -> None:
        """Show no map."""
        self.found = None
        self._x = self._y = None
        self._colors = []
        self._geometry = None
        self.update()

    # Geometry

    def _fonts(self) -> tuple[QFont, QFont]:
        """The tick font (a little smaller than the widget's) and the title font."""
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        return small, QFont(self.font())

    def _legend_items(self) -> list[tuple[str, str]]:
        """(kind, text) of each legend entry."""
        items = [("swatch:" + key, STRATEGY_NAMES[key]) for key in STRATEGIES]
        items.append(("ring", "This scenario"))
        items.append(("pale", f"Fainter: runner-up within {round(_PALE_WITHIN * 100)} %"))
        return items

    def _legend_layout(self, width: float) -> list[tuple[str, str, QRectF]]:
        """Legend entries flowed into lines across the top."""
        small, _ = self._fonts()
        metrics = QFontMetricsF(small)
        height = metrics.height()
        x, y, placed = 8.0, 6.0, []
        for kind, text in self._legend_items():
            item_width = height + 4 + metrics.horizontalAdvance(text)
            if x + item_width > width - 8 and x > 8:
                x, y = 8.0, y + height + 4
            placed.append((kind, text, QRectF(x, y, item_width, height)))
            x += item_width + 14
        return placed

    def plot_rect(self) -> QRectF:
        """Where the cells are drawn, in widget pixels."""
        return QRectF(self._layout()[0])

    def _layout(self) -> tuple[QRectF, np.ndarray, np.ndarray]:
        """The plot rectangle and the pixel edges of the columns (x) and rows (y, upwards)."""
        if self._geometry is None:
            plot = self._plot_rect()
            columns = rows = np.zeros(0)
            if self._x is not None and self._y is not None:
                xs, ys = self._x.edges, self._y.edges
                columns = plot.left() + (xs - xs[0]) / (xs[-1] - xs[0]) * plot.width()
                rows = plot.bottom() - (ys - ys[0]) / (ys[-1] - ys[0]) * plot.height()
            self._geometry = (plot, columns, rows)
        return self._geometry

    def _plot_rect(self) -> QRectF:
        """Measure the room the legend, tick labels and titles leave for the cells."""
        small, title = self._fonts()
        small_metrics, title_metrics = QFontMetricsF(small), QFontMetricsF(title)
        legend = self._legend_layout(self.width())
        top = (legend[-1][2].bottom() if legend else 0) + 10
        tick_width = max(
            (small_metrics.horizontalAdvance(label) for _, label in self._tick_values("y")),
            default=0.0,
        )
        left = 6 + title_metrics.height() + 6 + tick_width + 6
        bottom = self.height() - (4 + small_metrics.height() + 4 + title_metrics.height() + 6)
        right = self.width() - 16
        return QRectF(left, top, max(right - left, 10), max(bottom - top, 10))

    def _tick_values(self, which: str) -> list[tuple[float, str]]:
        """(value, label) of the ticks of axis 'x' or 'y': about one per 70 or 36 pixels."""
        if self.found is None or self._x is None or self._y is None:
            return []
        if which == "x":
            axis, field = self._x, numeric_field(self.found.x.field)
            count = max(2, (self.width() - 90) // 70)
        else:
            axis, field = self._y, numeric_field(self.found.y.field)
            count = max(2, (self.height() - 90) // 36)
        ticks = []
        for value in axis.ticks(count):
            if field.unit.startswith("per "):
                label = compact_money(value, self.currency)
            elif axis.log or abs(value) >= 10_000:
                label = compact_number(value)
            else:
                label = plain_number(value)
            ticks.append((value, label))
        return ticks

    def ticks(self, which: str) -> list[tuple[float, str, float]]:
        """(value, label, pixel) of each tick of axis 'x' or 'y' ('1k', '10k', ... on a log axis).

        The pixel is the x (or y) coordinate in the widget.
        """
        plot = self.plot_rect()
        axis = self._x if which == "x" else self._y
        if axis is None:
            return []
        return [
            (
                value,
                label,
                plot.left() + axis.fraction(value) * plot.width()
                if which == "x"
                else plot.bottom() - axis.fraction(value) * plot.height(),
            )
            for value, label in self._tick_values(which)
        ]

    def cell_rect(self, row: int, column: int) -> QRectF:
        """The pixels of one cell."""
        _, columns, rows = self._layout()
        left, right = float(columns[column]), float(columns[column + 1])
        top, bottom = float(rows[row + 1]), float(rows[row])
        return QRectF(left, top, right - left, bottom - top)

    def position_of(self, x: float, y: float) -> QPointF | None:
        """The pixel of an (x, y) point of the two inputs, or None when outside the map."""
        if self._x is None or self._y is None:
            return None
        if not (self._x.contains(x) and self._y.contains(y)):
            return None
        if (self._x.log and x <= 0) or (self._y.log and y <= 0):
            return None
        plot = self.plot_rect()
        return QPointF(
            plot.left() + self._x.fraction(x) * plot.width(),
            plot.bottom() - self._y.fraction(y) * plot.height(),
        )

    def marker_position(self) -> QPointF | None:
        """Where the scenario's ring is drawn (None without one)."""
        return None if self.current is None else self.position_of(*self.current)

    def cell_at(self, position: QPointF) -> tuple[int, int] | None:
        """(row, column) of the cell under a widget position, or None off the map."""
        if self._x is None or self._y is None:
            return None
        plot = self.plot_rect()
        column = self._x.cell((position.x() - plot.left()) / plot.width())
        row = self._y.cell((plot.bottom() - position.y()) / plot.height())
        return None if row is None or column is None else (row, column)

    # Texts

    def cell_text(self, row: int, column: int) -> str:
        """The exact figures of one cell: both inputs, the cheapest, every total, the ratio."""
        found = self.found
        if found is None:
            return ""
        x_value, y_value = float(found.x.values[column]), float(found.y.values[row])
        cheapest = str(found.cheapest[row, column])
        ratio = float(found.ratio_fine_tuning_to_embeddings[row, column])
        lines = [
            f"{field_label(found.x.field)}: {value_text(found.x.field, x_value, self.currency)}",
            f"{field_label(found.y.field)}: {value_text(found.y.field, y_value, self.currency)}",
            f"Cheapest: {_strategy(cheapest)}",
            *(
                f"{STRATEGY_NAMES[key]}: "
                f"{_exact_money(float(found.totals[key][row, column]), self.currency)}"
                for key in STRATEGIES
            ),
            "Fine-tuning / embeddings: "
            + ("— (embeddings cost nothing)" if math.isnan(ratio) else f"{ratio:,.3g}"),
        ]
        return "\n".join(lines)

    # Colours

    def _cell_colors(self) -> list[list[QColor]]:
        """Each cell's colour: its cheapest strategy's, paler for a close call."""
        found = self.found
        assert found is not None
        background = self.palette().color(QPalette.ColorRole.Base)
        totals = np.stack([found.totals[key] for key in STRATEGIES])
        ordered = np.sort(totals, axis=0)
        best, runner_up = ordered[0], ordered[1]
        with np.errstate(divide="ignore", invalid="ignore"):
            margin = np.where(best > 0, (runner_up - best) / best, np.inf)
        strength = _WEAKEST + (1 - _WEAKEST) * np.clip(margin / _PALE_WITHIN, 0, 1)
        strength = np.nan_to_num(strength, nan=1.0)
        bases = {key: QColor(STRATEGY_COLORS[key]) for key in STRATEGIES}
        rows = []
        for row in range(found.cheapest.shape[0]):
            colors = []
            for column in range(found.cheapest.shape[1]):
                colors.append(
                    _blend(background, bases[found.cheapest[row, column]], strength[row, column])
                )
            rows.append(colors)
        return rows

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Recolour for a new palette (light or dark), re-measure for a new font."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._colors = []
            self._geometry = None
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Lay the map out again for the new size."""
        self._geometry = None
        super().resizeEvent(event)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Cells, borders, axes, the ring and the legend."""
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        small, title = self._fonts()
        if self.found is None or self._x is None or self._y is None:
            painter.setPen(text)
            painter.setFont(title)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                "No decision map yet: pick two inputs and their ranges.",
            )
            painter.end()
            return
        if not self._colors:
            self._colors = self._cell_colors()
        plot = self.plot_rect()
        self._paint_cells(painter)
        self._paint_borders(painter, text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_pen(text, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        self._paint_axes(painter, plot, small, title, text)
        self._paint_hovered(painter, text)
        self._paint_ring(painter, text, palette.color(QPalette.ColorRole.Base))
        self._paint_legend(painter, small, text, palette.color(QPalette.ColorRole.Base))
        painter.end()

    def _paint_cells(self, painter: QPainter) -> None:
        """One filled rectangle per cell (edges rounded to pixels, so no seams show)."""
        assert self.found is not None
        rows, columns = self.found.cheapest.shape
        rects = [[self.cell_rect(r, c) for c in range(columns)] for r in range(rows)]
        for r in range(rows):
            for c in range(columns):
                painter.fillRect(rects[r][c].toAlignedRect(), self._colors[r][c])

    def _paint_borders(self, painter: QPainter, text: QColor) -> None:
        """A line wherever two neighbouring cells have different cheapest strategies."""
        assert self.found is not None
        cheapest = self.found.cheapest
        color = QColor(text)
        color.setAlpha(170)
        painter.setPen(_pen(color, 1.2))
        changes_right = np.argwhere(cheapest[:, :-1] != cheapest[:, 1:])
        changes_up = np.argwhere(cheapest[:-1, :] != cheapest[1:, :])
        for r, c in changes_right:
            rect = self.cell_rect(int(r), int(c))
            painter.drawLine(rect.topRight(), rect.bottomRight())
        for r, c in changes_up:
            rect = self.cell_rect(int(r), int(c))
            painter.drawLine(rect.topLeft(), rect.topRight())

    def _paint_axes(
        self, painter: QPainter, plot: QRectF, small: QFont, title: QFont, text: QColor
    ) -> None:
        """Tick marks and labels on both axes, and the axis titles."""
        assert self.found is not None and self._x is not None and self._y is not None
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(_pen(text, 1))
        # x: ticks below the plot, dropping labels that would touch their neighbour
        last_right = -math.inf
        for _, label, x in self.ticks("x"):
            width = metrics.horizontalAdvance(label)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            left = min(max(x - width / 2, 0), self.width() - width)
            if left < last_right + 6:
                continue
            painter.drawText(
                QRectF(left, plot.bottom() + 4, width + 1, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
            last_right = left + width
        # y: ticks left of the plot
        last_top = math.inf
        for _, label, y in self.ticks("y"):
            painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y))
            top = y - metrics.height() / 2
            if top + metrics.height() > last_top - 2:
                continue
            painter.drawText(
                QRectF(0, top, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            last_top = top
        # titles, shortened when the widget is narrow
        painter.setFont(title)
        title_metrics = QFontMetricsF(title)
        x_title = title_metrics.elidedText(
            axis_title(self.found.x.field, self.currency),
            Qt.TextElideMode.ElideRight,
            plot.width(),
        )
        painter.drawText(
            QRectF(plot.left(), self.height() - title_metrics.height() - 6, plot.width(), 99),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            x_title,
        )
        y_title = title_metrics.elidedText(
            axis_title(self.found.y.field, self.currency),
            Qt.TextElideMode.ElideRight,
            plot.height(),
        )
        painter.save()
        painter.translate(6, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), title_metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            y_title,
        )
        painter.restore()

    def _paint_hovered(self, painter: QPainter, text: QColor) -> None:
        """Outline the cell under the mouse."""
        if self._hovered is None:
            return
        painter.setPen(_pen(text, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.cell_rect(*self._hovered))

    def _paint_ring(self, painter: QPainter, text: QColor, background: QColor) -> None:
        """A ring around the scenario's own point, with a halo so it shows on any colour."""
        centre = self.marker_position()
        if centre is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(background, 4.5))
        painter.drawEllipse(centre, 6.5, 6.5)
        painter.setPen(_pen(text, 2))
        painter.drawEllipse(centre, 6.5, 6.5)

    def _paint_legend(
        self, painter: QPainter, small: QFont, text: QColor, background: QColor
    ) -> None:
        """Strategy swatches, the ring and what a pale cell means."""
        painter.setFont(small)
        for kind, label, rect in self._legend_layout(self.width()):
            size = rect.height() - 4
            box = QRectF(rect.left(), rect.top() + 2, size, size)
            if kind.startswith("swatch:"):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(STRATEGY_COLORS[kind.split(":", 1)[1]]))
                painter.drawRect(box)
            elif kind == "ring":
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(_pen(text, 2))
                painter.drawEllipse(box.center(), size / 2 - 1, size / 2 - 1)
            else:  # a pale and a full swatch side by side
                painter.setPen(Qt.PenStyle.NoPen)
                full = QColor(STRATEGY_COLORS["embeddings"])
                painter.setBrush(_blend(background, full, _WEAKEST))
                painter.drawRect(QRectF(box.left(), box.top(), size / 2, size))
                painter.setBrush(full)
                painter.drawRect(QRectF(box.center().x(), box.top(), size / 2, size))
            painter.setPen(text)
            painter.drawText(
                QRectF(box.right() + 4, rect.top(), rect.width() - size - 4, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

    # Hover

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Show the figures of the cell under the mouse."""
        cell = self.cell_at(event.position())
        if cell != self._hovered:
            self._hovered = cell
            self.update()
        if cell is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.cell_text(*cell),
                self,
                self.cell_rect(*cell).toAlignedRect(),
            )
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Forget the hovered cell."""
        self._hovered = None
        QToolTip.hideText()
        self.update()
        super().leaveEvent(event)


def _blend(background: QColor, color: QColor, strength: float) -> QColor:
    """`color` laid over `background` at `strength` (0: background, 1: colour)."""
    return QColor.fromRgbF(
        background.redF() + (color.redF() - background.redF()) * strength,
        background.greenF() + (color.greenF() - background.greenF()) * strength,
        background.blueF() + (color.blueF() - background.blueF()) * strength,
    )


class _AxisPicker:
    """The widgets choosing one axis: an input and the range to map it over."""

    def __init__(self, parent: QWidget, name: str) -> None:
        self.combo = QComboBox(parent)
        self.combo.setAccessibleName(f"Input along the {name} axis")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(18)
        first = [path for path in MAP_INPUTS if path in variable_paths()]
        for path in first:
            self._add(path)
        self.combo.insertSeparator(self.combo.count())
        for path in variable_paths():
            if path not in first:
                self._add(path)
        self.low = QLineEdit(parent)
        self.high = QLineEdit(parent)
        for edit, end in ((self.low, "from"), (self.high, "to")):
            edit.setAccessibleName(f"{name.capitalize()} axis {end}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)
            edit.setMinimumWidth(70)

    def _add(self, path: str) -> None:
        """One input as a combo item: its label shown, its path as data."""
        self.combo.addItem(field_label(path), path)
        field = numeric_field(path)
        self.combo.setItemData(
            self.combo.count() - 1,
            f"{field.description} ({field.unit})" if field.unit else field.description,
            Qt.ItemDataRole.ToolTipRole,
        )

    def path(self) -> str:
        """The chosen input."""
        return str(self.combo.currentData())

    def show_axis(self, path: str, low: float, high: float) -> None:
        """Display an axis without emitting anything."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(path))
        self.combo.blockSignals(False)
        self.low.setText(format_number(low))
        self.high.setText(format_number(high))
        self.show_problem(None)

    def show_problem(self, problem: str | None) -> None:
        """Frame both range fields red with the reason as tooltip, or clear that."""
        for edit in (self.low, self.high):
            edit.setStyleSheet("QLineEdit { border: 2px solid #d64545; }" if problem else "")
            edit.setToolTip(problem or "")
            edit.setProperty("invalid", bool(problem))


class DecisionMapPanel(QWidget):
    """The decision map with its axis pickers: an input and a from/to range for x and for y.

    `axes_changed(x, y)` is emitted with two (field, low, high) tuples whenever the user
    picks another input or types a valid range; an invalid range is framed red and not sent.
    """

    axes_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Decision map and its axes")
        self.scenario: Scenario | None = None
        self.map_view = DecisionMapView(self)
        self.x_picker = _AxisPicker(self, "x")
        self.y_picker = _AxisPicker(self, "y")
        self._axes = (DEFAULT_X, DEFAULT_Y)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (title, picker) in enumerate(
            (("Across (x):", self.x_picker), ("Up (y):", self.y_picker))
        ):
            label = QLabel(title, self)
            label.setBuddy(picker.combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(picker.combo, row, 1)
            grid.addWidget(QLabel("from", self), row, 2)
            grid.addWidget(picker.low, row, 3)
            grid.addWidget(QLabel("to", self), row, 4)
            grid.addWidget(picker.high, row, 5)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.map_view, 1)
        self.x_picker.show_axis(*DEFAULT_X)
        self.y_picker.show_axis(*DEFAULT_Y)
        for picker in (self.x_picker, self.y_picker):
            picker.combo.currentIndexChanged.connect(
                lambda _index, picker=picker: self._on_field_picked(picker)
            )
            picker.low.editingFinished.connect(self._on_range_edited)
            picker.high.editingFinished.connect(self._on_range_edited)

    def set_scenario(self, scenario: Scenario) -> None:
        """The scenario whose values set the default range of a newly picked input."""
        self.scenario = scenario

    def axes(self) -> tuple[tuple[str, float, float], tuple[str, float, float]]:
        """The last valid (field, low, high) of x and of y."""
        return self._axes

    def set_axes(self, x: tuple[str, float, float], y: tuple[str, float, float]) -> None:
        """Show two axes (e.g. restored from settings) without emitting axes_changed."""
        self._axes = (x, y)
        self.x_picker.show_axis(*x)
        self.y_picker.show_axis(*y)

    def show_map(self, found: DecisionMap, scenario: Scenario) -> None:
        """Show a map, ringing the scenario's own point and writing money in its currency."""
        try:
            current = (
                float(value_at(scenario, found.x.field)),
                float(value_at(scenario, found.y.field)),
            )
        except (TypeError, ValueError):  # an empty (None) input has no point on the map
            current = None
        self.map_view.show_map(found, current, scenario.currency)

    def _on_field_picked(self, picker: _AxisPicker) -> None:
        """A new input on one axis: a default range for it (swapping if it was the other's)."""
        other = self.y_picker if picker is self.x_picker else self.x_picker
        x, y = self._axes
        mine, theirs = (x, y) if picker is self.x_picker else (y, x)
        path = picker.path()
        if path == theirs[0]:  # picked the other axis's input: the two trade places
            mine, theirs = theirs, mine
            other.show_axis(*theirs)
        else:
            mine = (path, *default_axis_range(self.scenario, path))
        picker.show_axis(*mine)
        self._axes = (mine, theirs) if picker is self.x_picker else (theirs, mine)
        self.axes_changed.emit(*self._axes)

    def _read(self, picker: _AxisPicker) -> tuple[tuple[str, float, float] | None, str | None]:
        """The axis a picker shows, or the reason it is invalid."""
        path = picker.path()
        low, high = parse_number(picker.low.text()), parse_number(picker.high.text())
        if low is None or high is None:
            return None, "Type a number in both fields (e.g. 1000, 50,000, 1e6)"
        if not low < high:
            return None, "'from' must be less than 'to'"
        field = numeric_field(path)
        for end in (low, high):
            problem = field.problem(end)
            if problem:
                return None, f"{field_label(path)} {problem}, got {plain_number(end)}"
        return (path, low, high), None

    def _on_range_edited(self) -> None:
        """Send the axes when both ranges are valid and one of them changed."""
        read = [self._read(picker) for picker in (self.x_picker, self.y_picker)]
        for picker, (_, problem) in zip((self.x_picker, self.y_picker), read, strict=True):
            picker.show_problem(problem)
        x, y = read[0][0], read[1][0]
        if x is None or y is None or (x, y) == self._axes:
            return
        self._axes = (x, y)
        self.axes_changed.emit(x, y)


# Break-even table


def crossing_text(crossing: Crossing, path: str, currency: str = "USD") -> str:
    """'fine-tuning cheaper above 706,146 queries/month', from the pair's first strategy."""
    first, _ = BREAK_EVEN_PAIRS[crossing.pair]
    side = "above" if crossing.cheaper_above == first else "below"
    return f"{_strategy(first)} cheaper {side} {value_text(path, crossing.value, currency)}"


class BreakEvenTable(QTableWidget):
    """Where each pair of strategies costs the same, along each input (one row per input)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Break-even points per input")
        self.setColumnCount(len(PAIR_TITLES))
        for column, title in enumerate(PAIR_TITLES.values()):
            item = QTableWidgetItem(title.replace(" vs ", "\nvs "))  # two lines: narrow columns
            item.setToolTip(title)
            self.setHorizontalHeaderItem(column, item)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.fields: list[str] = []

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Wrapped texts need taller rows when the columns get narrower."""
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Rows filled while the tab was hidden were measured at another width."""
        super().showEvent(event)
        QTimer.singleShot(0, self.resizeRowsToContents)

    def show_crossings(self, found: dict[str, list[Crossing]], scenario: Scenario) -> None:
        """One row per input of `found`, one cell per pair: where it breaks even, or '—'."""
        self.fields = list(found)
        self.setRowCount(len(self.fields))
        for row, path in enumerate(self.fields):
            header = QTableWidgetItem(field_label(path))
            now = value_at(scenario, path)
            if now is not None:
                header.setToolTip(f"Now {value_text(path, float(now), scenario.currency)}")
            self.setVerticalHeaderItem(row, header)
            for column, pair in enumerate(PAIR_TITLES):
                crossings = [c for c in found[path] if c.pair == pair]
                texts = [crossing_text(c, path, scenario.currency) for c in crossings]
                item = QTableWidgetItem("\n".join(texts) or NO_CROSSING)
                item.setToolTip(_crossing_tooltip(crossings, path, scenario) if texts else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.setCurrentItem(None)
        self.resizeRowsToContents()

    def text_for(self, path: str, pair: str) -> str:
        """The text shown for one input and pair (for tests and accessibility)."""
        return self.item(self.fields.index(path), list(PAIR_TITLES).index(pair)).text()


def _crossing_tooltip(crossings: list[Crossing], path: str, scenario: Scenario) -> str:
    """Each crossing as a sentence, with where the scenario stands now."""
    sentences = []
    for crossing in crossings:
        a, b = BREAK_EVEN_PAIRS[crossing.pair]
        sentences.append(
            f"{STRATEGY_NAMES[a]} and {_strategy(b)} cost the same at "
            f"{value_text(path, crossing.value, scenario.currency)}: "
            f"{_strategy(crossing.cheaper_above)} is cheaper above, "
            f"{_strategy(crossing.cheaper_below)} below."
        )
    now = value_at(scenario, path)
    if now is not None:
        sentences.append(f"Now: {value_text(path, float(now), scenario.currency)}.")
    try:
        low, high = default_range(scenario, path)
        sentences.append(
            f"Searched {value_text(path, low, scenario.currency)} to "
            f"{value_text(path, high, scenario.currency)}."
        )
    except ValueError:
        pass
    return "\n".join(sentences)


__all__ = [
    "END_NAMES",
    "KEY_INPUTS",
    "MAP_INPUTS",
    "NO_CROSSING",
    "PAIR_TITLES",
    "BreakEvenTable",
    "DecisionMapPanel",
    "DecisionMapView",
    "TornadoChart",
    "TornadoView",
    "axis_title",
    "compact_number",
    "crossing_text",
    "default_axis_range",
    "field_label",
    "key_crossings",
    "value_text",
]
