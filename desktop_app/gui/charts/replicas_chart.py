"""Dedicated replicas per month, one step line per strategy, so each added replica shows.

A strategy on per-token serving has no replicas and no line; a scenario where no compared
strategy serves on dedicated replicas says so in the title.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCharts import QAbstractSeries

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.model.scenario import STRATEGY_KEYS
from desktop_app.core.model.strategy_names import NAMES, TITLES
from desktop_app.gui.charts.base import EvaluationChart, series_of
from desktop_app.gui.charts.palette import STRATEGY_COLORS, pen
from desktop_app.present.numbers import count, short_number


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
        super().__init__("Dedicated replicas", "Replicas", short_number)
        self.lines = {
            key: self._line(TITLES[key], NAMES[key])
            for key in STRATEGY_KEYS
        }
        self.restyle(dark=False)
        if evaluation is not None:
            self.show_evaluation(evaluation)

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """A whole number of replicas."""
        return f"{count(value)} replicas" if round(value) != 1 else "1 replica"

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's replicas per month (strategies with none: no line)."""
        months = self._set_months(evaluation.scenario.horizon_months)
        largest = 0.0
        for key, line in self.lines.items():
            replicas = series_of(evaluation, key, "replicas")
            shown = replicas is not None and bool(np.any(replicas > 0))
            if shown and replicas is not None:
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                line.replaceNp(*steps(months, replicas))  # type: ignore[arg-type]
                largest = max(largest, float(replicas.max()))
            else:
                line.clear()
            if line.isVisible() != shown:
                line.setVisible(shown)
        self.setTitle(
            "Dedicated replicas per month"
            if largest > 0
            else "Dedicated replicas: none (every model is served per token)"
        )
        self._set_top(max(largest, 1.0))

    def restyle(self, dark: bool) -> None:
        """Strategy colours."""
        super().restyle(dark)
        for key, line in self.lines.items():
            line.setPen(pen(STRATEGY_COLORS[key], 2.5))
