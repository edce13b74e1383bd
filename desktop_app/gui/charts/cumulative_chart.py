"""The cumulative cost chart: one line per strategy and each break-even month marked.

After a Monte Carlo run it also shows a P10–P90 band and a dashed P50 line per strategy.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCharts import QAbstractSeries, QAreaSeries, QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.engine.summary import BREAK_EVEN_PAIRS
from desktop_app.core.i18n import translate
from desktop_app.gui.charts.base import MoneyChart, PlotLabel
from desktop_app.gui.charts.palette import BAND_ALPHA, STRATEGY_COLORS, pen
from desktop_app.present.labels import strategy_name, strategy_title

_FADED = 0.4
"""A provisional band (of the inputs before an edit, or of the first samples) keeps this share
of its opacity until the band of all the samples replaces it."""
BAND_NAME = "P10–P90"
"""Legend entry of the uncertainty bands: 80 % of the Monte Carlo samples lie inside."""
MEDIAN_NAME = "P50"
"""Legend entry of the dashed median lines."""


class CumulativeCostChart(MoneyChart):
    """Cumulative cost of the three strategies, with each break-even month marked.

    `show_uncertainty` adds a Monte Carlo band (P10 to P90, shaded) and a dashed median per
    strategy; one "P10–P90" and one "P50" entry in the legend explain all three.
    """

    def __init__(self, evaluation: Evaluation | None = None) -> None:
        super().__init__(
            translate("Charts", "Cumulative cost"), translate("Charts", "Cumulative cost (USD)")
        )
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
            band.setName(f"{strategy_title(key)} {BAND_NAME}")
            self._add(band, f"{strategy_name(key)} {BAND_NAME}")
            self.band_lows[key], self.band_highs[key], self.bands[key] = low, high, band
            self.medians[key] = self._line(
                f"{strategy_title(key)} {MEDIAN_NAME}", f"{strategy_name(key)} {MEDIAN_NAME}"
            )
        self.lines: dict[str, QLineSeries] = {
            key: self._line(strategy_title(key), strategy_name(key)) for key in STRATEGIES
        }
        self.break_even_points: dict[str, QScatterSeries] = {}
        self.break_even_rules: dict[str, QLineSeries] = {}
        self.break_even_labels: dict[str, PlotLabel] = {}
        self.break_even_months: dict[str, int | None] = {}
        for pair in BREAK_EVEN_PAIRS:
            rule = self._line(f"{pair} rule", pair)
            point = QScatterSeries(self)
            point.setName(f"{pair} point")
            point.setMarkerSize(9)
            self._add(point, pair)
            self._hide_from_legend(rule)
            self._hide_from_legend(point)
            label = PlotLabel(self)
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

    def _bandseries_of(self) -> list[QAbstractSeries]:
        """Every series of the uncertainty display, legend keys included."""
        return [*self.bands.values(), *self.medians.values(), self.band_key, self.median_key]

    def _set_band_visible(self, visible: bool) -> None:
        """Show or hide the bands; only the two keys ever show in the legend."""
        changed = False
        for series in self._bandseries_of():
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
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                self.band_lows[key].replaceNp(months, np.asarray(levels["p10"], dtype=float))  # type: ignore[arg-type]
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                self.band_highs[key].replaceNp(months, np.asarray(levels["p90"], dtype=float))  # type: ignore[arg-type]
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                self.medians[key].replaceNp(months, np.asarray(levels["p50"], dtype=float))  # type: ignore[arg-type]
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
                return translate(
                    "CumulativeCostChart",
                    "Month {month} · {strategy} {band}: {low} to {high} ({median} {mid})",
                ).format(
                    month=month,
                    strategy=strategy_name(key),
                    band=BAND_NAME,
                    low=low,
                    high=high,
                    median=MEDIAN_NAME,
                    mid=mid,
                )
        for pair, (cheaper, dearer) in BREAK_EVEN_PAIRS.items():
            crossing = self.break_even_months[pair]
            if crossing is not None and series in (
                self.break_even_points[pair],
                self.break_even_rules[pair],
            ):
                value = self.value_text(series, self.lines[cheaper].at(crossing - 1).y())
                return translate(
                    "CumulativeCostChart",
                    "Month {month} · {strategy}: {value}, cheaper than {other} from here on",
                ).format(
                    month=crossing,
                    strategy=strategy_name(cheaper),
                    value=value,
                    other=strategy_name(dearer),
                )
        return super().point_text(series, point)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show another evaluation's cumulative costs and break-even months."""
        scenario = evaluation.scenario
        self.currency = scenario.currency
        self.y_axis.setTitleText(
            translate("CumulativeCostChart", "Cumulative cost ({0})").format(scenario.currency)
        )
        months = self._set_months(scenario.horizon_months, scenario.start_month)
        cumulative = {
            key: np.asarray(evaluation.monthly(key, "cumulative")) for key in evaluation.strategies
        }
        for key, line in self.lines.items():
            if key in cumulative:
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                line.replaceNp(months, cumulative[key])  # type: ignore[arg-type]
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
                translate("CumulativeCostChart", "{0} cheaper than {1} from month {2}").format(
                    strategy_title(cheaper), strategy_name(dearer), month
                )
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
            line.setPen(pen(STRATEGY_COLORS[key], 2.5))
        for key, band in self.bands.items():
            fill = QColor(STRATEGY_COLORS[key])
            fill.setAlpha(BAND_ALPHA[dark])
            band.setBrush(QBrush(fill))
            band.setPen(QPen(Qt.PenStyle.NoPen))
            self.medians[key].setPen(pen(STRATEGY_COLORS[key], 1.5, Qt.PenStyle.DashLine))
        neutral = QColor(self.text_color())
        neutral.setAlpha(BAND_ALPHA[dark] + 24)
        swatch = pen(neutral, 7)  # the key holds no points: its pen only draws the legend chip
        swatch.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.band_key.setPen(swatch)
        self.median_key.setPen(pen(self.text_color(), 1.5, Qt.PenStyle.DashLine))
        background = self.background_color()
        font = QFont(self.legend().font())
        for pair, (cheaper, _) in BREAK_EVEN_PAIRS.items():
            color = QColor(STRATEGY_COLORS[cheaper])
            self.break_even_rules[pair].setPen(pen(color, 1.5, Qt.PenStyle.DashLine))
            point = self.break_even_points[pair]
            point.setColor(color)
            point.setBorderColor(self.text_color())
            text = color.lighter(120) if dark else color.darker(140)
            self.break_even_labels[pair].set_style(font, text, background)
        self._place_labels()
