"""Events on the month charts: a dashed rule at each event's month with its name, and dates.

The names sit in a strip at the top of the plot that the value axis keeps free of data (the
axis reaches a little higher while there are events), staggered in rows so that no two
overlap; a long name is cut short with "…" and the whole of it is the mark's tooltip. When the
scenario has a `start_month` the month axis reads as dates ("Jan 2027", "Apr", ...).
"""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChart
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from desktop_app.core.i18n import translate
from desktop_app.core.model.events import events_within
from desktop_app.core.model.scenario import Event, Scenario
from desktop_app.present.numbers import count
from desktop_app.present.timeline import month_axis_labels, month_text

MAX_ROWS = 3
"""Rows of names in the strip; a name that finds no room in them shows only its number."""
NAME_CHARACTERS = 24
"""A longer name is cut to this many characters on the chart (the tooltip has all of it)."""
_GAP = 6.0


def label_months(axis: QCategoryAxis, horizon: int, start_month: str | None) -> None:
    """Label the month axis 1..horizon: month numbers, or dates from `start_month`.

    Category labels must be unique, so a repeated month name ('Apr' of two years) is padded
    with spaces on both sides, which keeps it centred on its month.
    """
    wanted: list[tuple[int, str]] = []
    for month, text in month_axis_labels(horizon, start_month):
        while text in (label for _, label in wanted):
            text = f" {text} "
        wanted.append((month, text))
    if [label for _, label in wanted] == axis.categoriesLabels() and all(
        axis.endValue(label) == month for month, label in wanted
    ):
        return
    for old in axis.categoriesLabels():
        axis.remove(old)
    axis.setStartValue(0)
    for month, text in wanted:
        axis.append(text, month)


def short_name(event: Event, number: int) -> str:
    """An event's name as its mark reads: '2. OpenAI closes fine-tuning…'."""
    name = event.name or _unnamed()
    if len(name) > NAME_CHARACTERS:
        name = name[: NAME_CHARACTERS - 1].rstrip() + "…"
    return f"{count(number)}. {name}"


def full_text(event: Event, number: int, start_month: str | None) -> str:
    """The mark's tooltip: 'Event 2 · Month 2 (Jan 2027): OpenAI closes …'."""
    when = month_text(event.month, start_month)
    return translate("Timeline", "Event {number} · {when}: {name}").format(
        number=count(number), when=when, name=event.name or _unnamed()
    )


def _unnamed() -> str:
    """What an event without a name is called on its mark."""
    return translate("Timeline", "event")


class _Mark:
    """One event's dashed rule and its name box."""

    def __init__(self, chart: QChart) -> None:
        self.rule = QGraphicsLineItem(chart)
        self.rule.setZValue(4)
        self.box = QGraphicsRectItem(chart)
        self.box.setPen(QPen(Qt.PenStyle.NoPen))
        self.box.setZValue(21)
        self.text = QGraphicsSimpleTextItem(self.box)
        self.text.setPos(3, 1)
        self.month = 1
        self.name = ""
        self.row = 0

    def set_visible(self, visible: bool) -> None:
        self.rule.setVisible(visible)
        self.box.setVisible(visible)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        bounds = self.text.boundingRect()
        self.box.setRect(0, 0, bounds.width() + 6, bounds.height() + 2)


class EventMarks:
    """The event marks of one month chart; `show` after each evaluation, the rest follows."""

    def __init__(self, chart: QChart) -> None:
        self.chart = chart
        self.marks: list[_Mark] = []
        self.rows = 0
        self.data_top = 1.0
        self._strip = 0.0
        chart.plotAreaChanged.connect(lambda _area: self.layout())

    @property
    def shown(self) -> list[tuple[int, str, str]]:
        """(month, name on the chart, tooltip) of each visible mark."""
        return [(m.month, m.text.text(), m.box.toolTip()) for m in self.marks if m.box.isVisible()]

    def show(self, scenario: Scenario) -> None:
        """Mark the events inside the scenario's horizon (all of them numbered in file order)."""
        numbers = {id(event): index + 1 for index, event in enumerate(scenario.events)}
        inside = events_within(scenario)
        while len(self.marks) < len(inside):
            self.marks.append(_Mark(self.chart))
        for mark, event in zip(self.marks, inside, strict=False):
            number = numbers[id(event)]
            mark.month = event.month
            mark.name = short_name(event, number)
            mark.set_text(mark.name)
            tip = full_text(event, number, scenario.start_month)
            mark.box.setToolTip(tip)
            mark.rule.setToolTip(tip)
        for index, mark in enumerate(self.marks):
            mark.set_visible(index < len(inside))
        self.layout()

    def stretched(self, top: float) -> float:
        """The value axis top for data up to `top`, with room for the strip of names."""
        self.data_top = top
        height = self.chart.plotArea().height()
        if self._strip <= 0 or height <= 3 * self._strip:
            return top
        return top * height / (height - self._strip)

    def strip_height(self) -> float:
        """Pixels at the top of the plot the names take (0 without events)."""
        return self._strip

    def layout(self) -> None:
        """Place rules and names for the plot's current size; keep the strip free of data."""
        shown = [mark for mark in self.marks if mark.box.isVisible()]
        plot = self.chart.plotArea()
        if not shown or plot.width() <= 0:
            self._set_strip(0.0)
            return
        self._style(shown)
        series = self.chart.series()
        right_edges: list[float] = []
        height = 0.0
        for mark in sorted(shown, key=lambda m: m.month):
            x = self.chart.mapToPosition(QPointF(mark.month, 0), series[0] if series else None).x()
            mark.rule.setLine(x, plot.top(), x, plot.bottom())
            row, left = self._fit(mark, x, plot.left(), plot.right(), right_edges)
            if row == len(right_edges):
                right_edges.append(0.0)
            right_edges[row] = left + mark.box.rect().width()
            height = max(height, mark.box.rect().height() + 1)
            mark.row = row
        for mark in shown:
            mark.box.setPos(mark.box.pos().x(), plot.top() + 2 + mark.row * height)
        self.rows = len(right_edges)
        self._set_strip(self.rows * height + 4)

    def _fit(
        self, mark: _Mark, x: float, lo: float, hi: float, right_edges: list[float]
    ) -> tuple[int, float]:
        """The row and left edge of a mark's name, beside its rule.

        Its whole (short) name in the first of the first rows with room; else only its number
        in any row with room; else a new row (with the name while rows are few).
        """
        number = mark.name.split(".")[0]
        for text, rows in ((mark.name, MAX_ROWS), (number, len(right_edges))):
            left = self._set(mark, text, x, lo, hi)
            for row, edge in enumerate(right_edges[:rows]):
                if left >= edge + _GAP:
                    return row, left
        text = mark.name if len(right_edges) < MAX_ROWS else number
        return len(right_edges), self._set(mark, text, x, lo, hi)

    @staticmethod
    def _set(mark: _Mark, text: str, x: float, lo: float, hi: float) -> float:
        """Give the mark `text`; the left edge of its box (right of the rule if it fits)."""
        mark.set_text(text)
        width = mark.box.rect().width()
        left = x + 3 if x + 3 + width <= hi else max(lo, x - 3 - width)
        mark.box.setPos(left, mark.box.pos().y())
        return left

    def _set_strip(self, strip: float) -> None:
        if strip == self._strip:
            return
        self._strip = strip
        axis = getattr(self.chart, "y_axis", None)
        if axis is not None:
            axis.setRange(0, self.stretched(self.data_top))

    def text_font(self) -> QFont:
        """The names' font: the legend's."""
        return QFont(self.chart.legend().font())

    def _style(self, marks: list[_Mark]) -> None:
        text = QColor(self.chart.legend().labelColor())
        rule = QColor(text)
        rule.setAlpha(150)
        pen = QPen(rule)
        pen.setWidthF(1.2)
        pen.setStyle(Qt.PenStyle.DashDotLine)
        box = QColor(self.chart.backgroundBrush().color())
        box.setAlpha(225)
        font = self.text_font()
        for mark in marks:
            mark.rule.setPen(pen)
            mark.box.setBrush(QBrush(box))
            mark.text.setFont(font)
            mark.text.setBrush(QBrush(text))
