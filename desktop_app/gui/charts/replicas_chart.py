"""Dedicated replicas per month, one step line per strategy, so each added replica shows.

A strategy on per-token serving has no replicas and no line; a scenario where no compared
strategy serves on dedicated replicas says so in the title. Strategies that share a model
often run the same replicas: a line drawn earlier is wider, so one on top of it leaves it
showing as a border instead of hiding it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCharts import QAbstractSeries
from PySide6.QtGui import QColor

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.core.model.scenario import STRATEGY_KEYS
from desktop_app.gui.charts.base import EvaluationChart, series_of
from desktop_app.gui.charts.palette import STRATEGY_COLORS, pen
from desktop_app.present.labels import strategy_name, strategy_title
from desktop_app.present.numbers import count, short_number

LINE_WIDTH = 2.5
"""Width of the line drawn last (on top)."""
TIE_BORDER = 3.0
"""How much wider each line is than the next one drawn over it."""


def steps(months: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points of a step line: each month's value held flat until the next month begins."""
    if len(months) < 2:
        return months, values
    xs = np.repeat(months, 2)[1:]  # 1, 2, 2, 3, 3, ... horizon
    ys = np.repeat(values, 2)[:-1]  # v1, v1, v2, v2, ... v_horizon
    return xs, ys


class ReplicasChart(EvaluationChart):
    """Replicas running per month (the busiest hour's need, at least the minimum)."""

    def __init__(self, evaluation: Evaluation | None = None) -> None:
        super().__init__(
            translate("Charts", "Dedicated replicas"), translate("Charts", "Replicas"), short_number
        )
        self._replicas: dict[str, np.ndarray] = {}  # of the strategies shown, in drawing order
        self.lines = {
            key: self._line(strategy_title(key), strategy_name(key)) for key in STRATEGY_KEYS
        }
        self.restyle(dark=False)
        if evaluation is not None:
            self.show_evaluation(evaluation)

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """A whole number of replicas."""
        if round(value) == 1:
            return translate("ChartView", "1 replica")
        return translate("ChartView", "{count} replicas").format(count=count(value))

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's replicas per month (strategies with none: no line)."""
        scenario = evaluation.scenario
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        largest = 0.0
        self._replicas = {}
        for key, line in self.lines.items():
            replicas = series_of(evaluation, key, "replicas")
            shown = replicas is not None and bool(np.any(replicas > 0))
            if shown and replicas is not None:
                self._replicas[key] = replicas
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                line.replaceNp(*steps(months, replicas))  # type: ignore[arg-type]
                largest = max(largest, float(replicas.max()))
            else:
                line.clear()
            if line.isVisible() != shown:
                line.setVisible(shown)
        self.setTitle(
            translate("ReplicasChart", "Dedicated replicas per month")
            if largest > 0
            else translate(
                "ReplicasChart", "Dedicated replicas: none (every model is served per token)"
            )
        )
        self._set_top(max(largest, 1.0), whole=True)
        self.event_marks.show(scenario)
        self._set_pens()

    def _set_pens(self) -> None:
        """Strategy colours; a line 3 px wider for each later line that runs along it."""
        keys = list(self._replicas)
        for key, line in self.lines.items():
            later = keys[keys.index(key) + 1 :] if key in keys else []
            above = sum(_ties(self._replicas[key], self._replicas[other]) for other in later)
            width = LINE_WIDTH + TIE_BORDER * above
            if line.pen().widthF() != width or line.color() != QColor(STRATEGY_COLORS[key]):
                line.setPen(pen(STRATEGY_COLORS[key], width))

    def restyle(self, dark: bool) -> None:
        """Strategy colours and widths."""
        super().restyle(dark)
        self._set_pens()


def _ties(first: np.ndarray, second: np.ndarray) -> bool:
    """Whether two strategies run the same (non-zero) number of replicas in some month."""
    return bool(np.any((first == second) & (first > 0)))
