"""Maintenance hours per month, one line per strategy."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractSeries

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.i18n import translate
from desktop_app.gui.charts.base import EvaluationChart, series_of
from desktop_app.gui.charts.palette import STRATEGY_COLORS, pen
from desktop_app.present.labels import strategy_name, strategy_title
from desktop_app.present.numbers import short_number


class MaintenanceHoursChart(EvaluationChart):
    """Maintenance hours per month, one line per strategy."""

    def __init__(self, evaluation: Evaluation | None = None) -> None:
        super().__init__(
            translate("Charts", "Maintenance hours"),
            translate("Charts", "Hours per month"),
            short_number,
        )
        self.lines = {
            key: self._line(strategy_title(key), strategy_name(key)) for key in STRATEGIES
        }
        self.restyle(dark=False)
        if evaluation is not None:
            self.show_evaluation(evaluation)

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """Hours, to two decimals at most."""
        return translate("ChartView", "{hours} hours").format(hours=short_number(value))

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's hours per month."""
        scenario = evaluation.scenario
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        largest = 0.0
        for key, line in self.lines.items():
            hours = series_of(evaluation, key, "hours")
            if hours is None:
                line.clear()
            else:
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                line.replaceNp(months, hours)  # type: ignore[arg-type]
                largest = max(largest, float(hours.max(initial=0)))
            if line.isVisible() != (hours is not None):
                line.setVisible(hours is not None)
        self._set_top(largest)
        self.event_marks.show(evaluation.scenario)

    def restyle(self, dark: bool) -> None:
        """Strategy colours."""
        super().restyle(dark)
        for key, line in self.lines.items():
            line.setPen(pen(STRATEGY_COLORS[key], 2.5))
