"""The charts' axes: months along the bottom and values at round ticks.

Both are category axes, so that every label is text the charts chose (month numbers, or
dates from a start month; money in the scenario's currency).

The maths of where the ticks go is Qt-free (`present/axis_ticks.py`); here they become axes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCharts import QCategoryAxis, QValueAxis
from PySide6.QtCore import QObject

from desktop_app.core.i18n import translate
from desktop_app.gui.charts.event_marks import label_months
from desktop_app.present.axis_ticks import month_step

_ON_VALUE = QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue


def month_axis(parent: QObject) -> QCategoryAxis:
    """A month axis titled 'Month', its labels on the months, ticks from month 0."""
    axis = QCategoryAxis(parent)
    axis.setLabelsPosition(_ON_VALUE)
    axis.setTitleText(translate("EvaluationChart", "Month"))
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    return axis


def value_axis(parent: QObject, title: str) -> QCategoryAxis:
    """A value axis with labels at its round ticks (set by `set_ticks`), starting at 0."""
    axis = QCategoryAxis(parent)
    axis.setTitleText(title)
    axis.setLabelsPosition(_ON_VALUE)
    axis.setStartValue(0)
    return axis


def fit_months(axis: QCategoryAxis, horizon: int, start_month: str | None = None) -> np.ndarray:
    """Fit a month axis to 1..horizon (dates from `start_month`); the months as x values."""
    if horizon > 1:
        axis.setRange(1, horizon)
    else:
        axis.setRange(0.5, 1.5)
    axis.setTickInterval(month_step(horizon))
    label_months(axis, horizon, start_month)
    return np.arange(1, horizon + 1, dtype=float)


def set_ticks(
    axis: QCategoryAxis,
    labels: Sequence[str],
    ticks: Sequence[float],
    start: float | None = None,
) -> None:
    """Replace an axis's labels by `labels` at `ticks` (the axis begins at `start` if given)."""
    for old in axis.categoriesLabels():
        axis.remove(old)
    if start is not None:
        axis.setStartValue(start)
    for label, tick in zip(labels, ticks, strict=True):
        axis.append(label, tick)
