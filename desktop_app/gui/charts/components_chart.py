"""Monthly cost of one strategy, stacked by cost component."""

from __future__ import annotations

import numpy as np
from PySide6.QtCharts import QAreaSeries, QLegend, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import COMPONENTS, STRATEGIES
from desktop_app.core.i18n import translate
from desktop_app.gui.charts.base import MoneyChart
from desktop_app.gui.charts.palette import COMPONENT_COLORS, pen
from desktop_app.present.labels import component_name, component_title, strategy_name


class MonthlyComponentsChart(MoneyChart):
    """Monthly cost of one strategy, stacked by cost component."""

    def __init__(self, evaluation: Evaluation | None = None, strategy: str = "embeddings") -> None:
        super().__init__(
            translate("Charts", "Monthly cost"), translate("Charts", "Monthly cost (USD)")
        )
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
            area.setName(component_title(name))
            self._add(area, component_name(name))
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
        self.setTitle(
            translate("MonthlyComponentsChart", "Monthly cost: {0}").format(
                strategy_name(self.strategy)
            )
        )
        self.y_axis.setTitleText(
            translate("MonthlyComponentsChart", "Monthly cost ({0})").format(scenario.currency)
        )
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        parts = np.array([evaluation.monthly(self.strategy, name) for name in COMPONENTS])
        stacked = np.cumsum(parts, axis=0)
        below = np.zeros_like(months)
        for index, name in enumerate(COMPONENTS):
            # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
            self.lowers[name].replaceNp(months, below)  # type: ignore[arg-type]
            # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
            self.uppers[name].replaceNp(months, stacked[index])  # type: ignore[arg-type]
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
            area.setPen(pen(color.darker(125), 1))
