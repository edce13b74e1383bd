"""How much of the corpus the fine-tuned model has not seen, and when it is retrained."""

from __future__ import annotations

import numpy as np
from PySide6.QtCharts import QAbstractSeries, QLegend, QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.gui.charts.base import EvaluationChart, series_of
from desktop_app.gui.charts.palette import STRATEGY_COLORS, pen
from desktop_app.present.numbers import short_number

_MARKER_FLOOR = 0.035
"""Share of the axis a retraining marker keeps above 0, so the plot's edge does not cut it."""


class StalenessChart(EvaluationChart):
    """How much of the corpus the fine-tuned model has not seen, and when it is retrained."""

    def __init__(self, evaluation: Evaluation | None = None) -> None:
        super().__init__(
            translate("Charts", "Fine-tuned model staleness"),
            translate("Charts", "Staleness (% of corpus)"),
            short_number,
        )
        # A line, not a filled area: an antialiased fill of this sawtooth takes ~80 ms to
        # paint, far beyond the 50 ms an edit may take.
        self.line = QLineSeries(self)
        self.line.setName(translate("StalenessChart", "Staleness"))
        self._add(self.line, translate("StalenessChart", "staleness"))
        self.retraining = QScatterSeries(self)
        self.retraining.setName(translate("StalenessChart", "Retraining"))
        self.retraining.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        self._add(self.retraining, translate("StalenessChart", "retraining"))
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
        return translate("StalenessChart", "{share}% of corpus").format(share=short_number(value))

    def point_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """'Month 3 · retraining: 1 training' over a marker; the staleness over the area."""
        if series is not self.retraining or not len(self.retraining.points()):
            return super().point_text(series, point)
        month = min((p.x() for p in self.retraining.points()), key=lambda x: abs(x - point.x()))
        count = float(self.trainings[round(month) - 1])
        if count == 1:
            text = translate("StalenessChart", "Month {month} · retraining: {count} training")
        else:
            text = translate("StalenessChart", "Month {month} · retraining: {count} trainings")
        return text.format(month=round(month), count=short_number(count))

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's staleness and training months (fine-tuning strategy)."""
        scenario = evaluation.scenario
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        zeros = np.zeros(len(months))
        staleness = series_of(evaluation, "fine_tuning", "staleness_pct")
        staleness = zeros if staleness is None else staleness
        trainings = series_of(evaluation, "fine_tuning", "trainings")
        self.trainings = zeros if trainings is None else trainings
        # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
        self.line.replaceNp(months, staleness)  # type: ignore[arg-type]
        trained = self.trainings > 0
        top = self._set_top(max(float(staleness.max(initial=0)), 5.0), cap=100.0)
        self.marker_floor = top * _MARKER_FLOOR
        self.retraining.setMarkerSize(min(10.0, max(7.0, 300 / len(months))))  # dense: smaller
        # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
        self.retraining.replaceNp(
            months[trained],  # type: ignore[arg-type]
            np.maximum(staleness[trained], self.marker_floor),  # type: ignore[arg-type]
        )

    def restyle(self, dark: bool) -> None:
        """Fine-tuning's orange for the line; retraining markers in the text colour."""
        super().restyle(dark)
        self.line.setPen(pen(STRATEGY_COLORS["fine_tuning"], 2.5))
        self.retraining.setColor(self.text_color())
        self.retraining.setBorderColor(self.background_color())
