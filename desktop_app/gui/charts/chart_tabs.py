"""The window's chart tabs, each made when it is first shown, from the latest figures.

A chart lays itself out as soon as it exists (a few milliseconds each) and redraws on every
edit, and the sensitivity and map tabs take ~45 ms to build. So only the first tab is made at
start-up; every other tab is made when the user opens it (or a caller asks for its chart), and
then shows the latest evaluation and analyses, exactly as if it had been there all along.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCharts import QChart
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.gui.analysis.analysis_runner import AnalysisResults
from desktop_app.gui.charts.base import EvaluationChart, apply_theme
from desktop_app.gui.charts.components_chart import MonthlyComponentsChart
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.export import chart_view
from desktop_app.gui.charts.hours_chart import MaintenanceHoursChart
from desktop_app.gui.charts.staleness_chart import StalenessChart
from desktop_app.gui.editor.binding import signals_blocked
from desktop_app.gui.tab_order import place_in_tab_order, tab_stops
from desktop_app.present.hours_share import hours_note
from desktop_app.present.labels import strategy_title

if TYPE_CHECKING:  # the sensitivity, map and break-even tabs load their modules when made
    from desktop_app.gui.analysis.break_even_table import BreakEvenTable
    from desktop_app.gui.analysis.decision_map_panel import DecisionMapPanel
    from desktop_app.gui.charts.replicas_chart import ReplicasChart
    from desktop_app.gui.charts.tornado import TornadoChart

Themed = TypeVar("Themed", bound=QChart)
Drawn = TypeVar("Drawn", bound=EvaluationChart)

STALE_NOTE = "earlier inputs, being updated"
"""Said in the legend of a band faded by an edit, until the band of the new inputs comes."""


class ChartTabs(QTabWidget):
    """Cumulative cost, by component, hours, staleness, sensitivity, decision map, break-even.

    `map_axes_changed(x, y)` is emitted when the user picks other axes for the decision map.
    The analyses belong to their owner (the window's document): `latest_analyses` reads them
    when a tab is made, so the tabs keep no copy that could fall behind it.
    """

    map_axes_changed = Signal(object, object)

    def __init__(
        self,
        evaluation: Evaluation,
        dark: bool,
        parent: QWidget | None = None,
        latest_analyses: Callable[[], AnalysisResults | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Accessible", "Charts"))
        self._evaluation = evaluation
        self._latest_analyses = latest_analyses
        self._dark = dark
        # page -> (what makes its content, the Tab stop the content follows)
        self._makers: dict[QWidget, tuple[Callable[[QVBoxLayout], QWidget], QWidget]] = {}
        self.charts: list[QChart] = []
        """The charts made so far (theme changes go to them)."""
        self._figure_charts: list[EvaluationChart] = []  # those drawn from an evaluation

        self.cumulative_chart = self._add_figure_chart(CumulativeCostChart(evaluation))
        name = translate("Accessible", "Cumulative cost per strategy")
        view = chart_view(self.cumulative_chart, name)
        self.addTab(view, translate("ChartTabs", "&Cumulative cost"))
        self._components_tab = self._tab(
            translate("ChartTabs", "B&y component"), self._make_components, self._picker()
        )
        self._hours_tab = self._tab(translate("ChartTabs", "H&ours"), self._make_hours)
        self._staleness_tab = self._tab(translate("ChartTabs", "&Staleness"), self._make_staleness)
        self._sensitivity_tab = self._tab(
            translate("ChartTabs", "Sens&itivity"), self._make_sensitivity
        )
        self._map_tab = self._tab(translate("ChartTabs", "Decision &map"), self._make_map)
        self._break_even_tab = self._tab(
            translate("ChartTabs", "&Break-even"), self._make_break_even
        )
        self._replicas_tab = self._tab(
            translate("ChartTabs", "Rep&licas"), self._make_replicas
        )  # last: tabs keep places
        self.currentChanged.connect(lambda index: self._make(self.widget(index)))

    # making tabs on demand -------------------------------------------------------------------

    def _tab(
        self, title: str, make: Callable[[QVBoxLayout], QWidget], header: QWidget | None = None
    ) -> QWidget:
        """A page whose content `make` adds to its layout (and returns) when first shown."""
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0 if header is None else 4, 0, 0)
        if header is not None:
            layout.addWidget(header)
        stops = tab_stops(header) if header is not None else []
        self._makers[tab] = (make, stops[-1] if stops else self.tabBar())
        self.addTab(tab, title)
        return tab

    def _make(self, tab: QWidget | None) -> None:
        if tab is not None and tab in self._makers:
            make, above = self._makers.pop(tab)
            place_in_tab_order(above, make(cast(QVBoxLayout, tab.layout())))  # `_tab` made it

    def _made(self, tab: QWidget) -> bool:
        return tab not in self._makers

    def _add_chart(self, chart: Themed) -> Themed:
        """A chart just made: in the current theme, and in the list theme changes go to."""
        apply_theme(chart, self._dark)
        self.charts.append(chart)
        return chart

    def _add_figure_chart(self, chart: Drawn) -> Drawn:
        """A chart drawn from an evaluation: it is also given every later one."""
        self._figure_charts.append(chart)
        return self._add_chart(chart)

    def _picker(self) -> QWidget:
        row = QWidget(self)
        self.strategy_picker = QComboBox(row)
        self.strategy_picker.setAccessibleName(
            translate("Accessible", "Strategy shown by component")
        )
        for key in self._evaluation.strategies:
            self.strategy_picker.addItem(strategy_title(key), key)
        self.strategy_picker.currentIndexChanged.connect(
            lambda index: self.components_chart.set_strategy(self.strategy_picker.itemData(index))
        )
        label = QLabel(translate("ChartTabs", "S&trategy:"), row)
        label.setBuddy(self.strategy_picker)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.strategy_picker)
        layout.addStretch(1)
        return row

    def _offer_compared(self, compared: tuple[str, ...]) -> None:
        """The strategy picker offers only the compared strategies.

        It keeps its choice if it can, else shows the first compared one, as the components
        chart then does.
        """
        picker = self.strategy_picker
        if [picker.itemData(i) for i in range(picker.count())] == list(compared):
            return
        current = picker.currentData()
        with signals_blocked(picker):
            picker.clear()
            for key in compared:
                picker.addItem(strategy_title(key), key)
            picker.setCurrentIndex(compared.index(current) if current in compared else 0)
        made = getattr(self, "_components_chart", None)
        if made is not None:
            made.strategy = picker.currentData()

    def _make_components(self, layout: QVBoxLayout) -> QWidget:
        strategy = self.strategy_picker.currentData()
        chart = MonthlyComponentsChart(self._evaluation, strategy)
        self._components_chart = self._add_figure_chart(chart)
        view = chart_view(chart, translate("Accessible", "Monthly cost by component"))
        layout.addWidget(view, 1)
        return view

    def _make_hours(self, layout: QVBoxLayout) -> QWidget:
        self._hours_chart = self._add_figure_chart(MaintenanceHoursChart(self._evaluation))
        view = chart_view(self._hours_chart, translate("Accessible", "Maintenance hours per month"))
        layout.addWidget(view)
        self.hours_note = QLabel(hours_note(self._evaluation), layout.parentWidget())
        self.hours_note.setAccessibleName(
            translate("Accessible", "Share of engineering hours in the total")
        )
        self.hours_note.setWordWrap(True)
        self.hours_note.setVisible(bool(self.hours_note.text()))
        layout.addWidget(self.hours_note)
        return view

    def _make_replicas(self, layout: QVBoxLayout) -> QWidget:
        from desktop_app.gui.charts.replicas_chart import ReplicasChart  # on first use

        self._replicas_chart = self._add_figure_chart(ReplicasChart(self._evaluation))
        name = translate("Accessible", "Dedicated replicas per month")
        view = chart_view(self._replicas_chart, name)
        layout.addWidget(view)
        return view

    @property
    def replicas_chart(self) -> ReplicasChart:
        """Dedicated replicas per month."""
        self._make(self._replicas_tab)
        return self._replicas_chart

    def _make_staleness(self, layout: QVBoxLayout) -> QWidget:
        self._staleness_chart = self._add_figure_chart(StalenessChart(self._evaluation))
        name = translate("Accessible", "Fine-tuned model staleness")
        view = chart_view(self._staleness_chart, name)
        layout.addWidget(view)
        return view

    def _make_sensitivity(self, layout: QVBoxLayout) -> QWidget:
        from desktop_app.gui.charts.tornado import TornadoChart, TornadoView

        self._tornado_chart = self._add_chart(TornadoChart())
        view = TornadoView(self._tornado_chart, self)
        layout.addWidget(view)
        if (results := self._latest_analyses()) is not None:
            self._tornado_chart.show_sensitivity(results.sensitivity, results.request.scenario)
        return view

    def _make_map(self, layout: QVBoxLayout) -> QWidget:
        from desktop_app.gui.analysis.decision_map_panel import DecisionMapPanel

        self._map_panel = DecisionMapPanel(self)
        self._map_panel.set_scenario(self._evaluation.scenario)
        self._map_panel.axes_changed.connect(self.map_axes_changed)
        layout.addWidget(self._map_panel)
        if (results := self._latest_analyses()) is not None and results.decision_map is not None:
            self._map_panel.show_map(results.decision_map, results.request.scenario)
        return self._map_panel

    def _make_break_even(self, layout: QVBoxLayout) -> QWidget:
        from desktop_app.gui.analysis.break_even_table import BreakEvenTable

        self._break_even_table = BreakEvenTable(self)
        layout.addWidget(self._break_even_table)
        if (results := self._latest_analyses()) is not None:
            self._break_even_table.show_crossings(results.break_even, results.request.scenario)
        return self._break_even_table

    # the charts, made when asked for ----------------------------------------------------------

    @property
    def components_chart(self) -> MonthlyComponentsChart:
        """Monthly cost by component of the picked strategy."""
        self._make(self._components_tab)
        return self._components_chart

    @property
    def hours_chart(self) -> MaintenanceHoursChart:
        """Maintenance hours per month."""
        self._make(self._hours_tab)
        return self._hours_chart

    @property
    def staleness_chart(self) -> StalenessChart:
        """The tuned model's staleness with its trainings."""
        self._make(self._staleness_tab)
        return self._staleness_chart

    @property
    def tornado_chart(self) -> TornadoChart:
        """The sensitivity (tornado) chart."""
        self._make(self._sensitivity_tab)
        return self._tornado_chart

    @property
    def map_panel(self) -> DecisionMapPanel:
        """The decision map with its axis pickers."""
        self._make(self._map_tab)
        return self._map_panel

    @property
    def break_even_table(self) -> BreakEvenTable:
        """The values of the key inputs at which two strategies cost the same."""
        self._make(self._break_even_tab)
        return self._break_even_table

    # showing figures ---------------------------------------------------------------------------

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Redraw every chart made so far; the others will start from this evaluation."""
        self._evaluation = evaluation
        self._offer_compared(evaluation.strategies)
        for chart in self._figure_charts:
            chart.show_evaluation(evaluation)
        if self._made(self._hours_tab):
            self.hours_note.setText(hours_note(evaluation))
            self.hours_note.setVisible(bool(self.hours_note.text()))
        chart = self.cumulative_chart
        if evaluation.scenario.uncertainty and chart.uncertainty is not None:
            chart.fade_band(STALE_NOTE)  # of the inputs before: faded until the new one comes
        else:
            chart.show_uncertainty(None)
        if self._made(self._map_tab):
            self._map_panel.set_scenario(evaluation.scenario)

    def show_analyses(self, results: AnalysisResults) -> None:
        """Show the analyses of the current inputs in the tabs made so far.

        A tab made later asks `latest_analyses` for them.
        """
        scenario = results.request.scenario
        if results.uncertainty is not None:
            self.cumulative_chart.show_uncertainty(results.uncertainty)
        if self._made(self._sensitivity_tab):
            self._tornado_chart.show_sensitivity(results.sensitivity, scenario)
        if self._made(self._map_tab) and results.decision_map is not None:
            self._map_panel.show_map(results.decision_map, scenario)
        if self._made(self._break_even_tab):
            self._break_even_table.show_crossings(results.break_even, scenario)

    def apply_theme(self, dark: bool) -> None:
        """Light or dark, for the charts made so far and those made later."""
        self._dark = dark
        for chart in self.charts:
            apply_theme(chart, dark)
