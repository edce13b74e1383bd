"""The main window: editor on the left, figures, advice and charts on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.appdata.recovery import RecoveryFile
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.engine.evaluation import Evaluation, evaluate
from desktop_app.core.i18n import translate
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.prices.currency import display_scenario
from desktop_app.gui.actions import build_menus
from desktop_app.gui.analysis.analysis_runner import (
    DEFAULT_SAMPLES,
    AnalysisResults,
    AnalysisRunner,
)
from desktop_app.gui.analysis.results import AdvicePanel, SummaryTable
from desktop_app.gui.charts.chart_tabs import ChartTabs
from desktop_app.gui.disk_watch import DiskWatch
from desktop_app.gui.document import ScenarioDocument
from desktop_app.gui.editor.editor_panel import ScenarioEditor
from desktop_app.gui.editor.events_editor import EventsPanel
from desktop_app.gui.first_paint import after_first_paint
from desktop_app.gui.status_bar import StatusBar
from desktop_app.gui.theme import is_dark
from desktop_app.gui.window_exports import WindowExports
from desktop_app.gui.window_files import WindowFiles
from desktop_app.gui.window_settings import WindowSettings
from desktop_app.present.labels import currency_note
from desktop_app.present.numbers import count

if TYPE_CHECKING:
    from desktop_app.core.analyses.monte_carlo import UncertaintyResult
    from desktop_app.gui.dialogs.first_run import FirstRunBanner
    from desktop_app.gui.dialogs.help_dialog import UserGuideDialog

AUTOSAVE_DELAY_MS = 2000
SAMPLE_CHOICES = (1_000, 10_000, 100_000)


class MainWindow(WindowFiles, WindowExports, WindowSettings, QMainWindow):
    """One scenario document with its editor, results and charts: layout and wiring.

    The menus are declared in `actions`; the file commands, the exports and the settings are
    the mixins' (`window_files`, `window_exports`, `window_settings`).
    """

    menus: dict[str, QMenu]
    actions_by_id: dict[str, QAction]
    undo_action: QAction
    redo_action: QAction

    # Set by `help_actions` (the guide and the first-run banner only once they are shown).
    table_action: QAction
    guide_action: QAction
    whats_this_action: QAction
    user_guide: UserGuideDialog
    first_run_banner: FirstRunBanner

    def __init__(
        self,
        settings: Settings,
        scenario: Scenario | None = None,
        path: Path | None = None,
        paint_first: bool = False,
    ) -> None:
        """With `paint_first`, the analyses start once the window has been painted."""
        super().__init__()
        self.settings = settings
        self.document = ScenarioDocument(scenario or Scenario(), self, settings.display())
        self.document.path = path
        self.recovery = RecoveryFile()
        self.setAcceptDrops(True)
        self.upgrade_notice: QMessageBox | None = None  # the last "file upgraded" notice
        self.runner = AnalysisRunner(self)
        if paint_first:  # no worker thread competes with the first layout and paint
            self.runner.hold()
            after_first_paint(self, self.runner.release)
        self.runner.started.connect(self._on_analysis_started)
        self.runner.progress.connect(self._on_analysis_progress)
        self.runner.uncertainty_partial.connect(self._show_first_band)
        self.runner.uncertainty_ready.connect(self.document.set_uncertainty)
        self.runner.finished.connect(self.document.set_analyses)
        self.document.uncertainty_changed.connect(self._show_uncertainty_first)
        self.document.analyses_changed.connect(self.show_analyses)
        self.document.analysis_changed.connect(self.request_analyses)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.stopped.connect(self._on_analysis_stopped)
        self._build_views()
        build_menus(self)
        # Made now: made by its first message, it took 20 px from the form and the charts,
        # which jumped under the pointer
        self.setStatusBar(StatusBar(self))
        # A text field takes Ctrl+Z for its own undo: route it to the document's history. The
        # filter sits on the focused widget only: one on the application would see every event
        # of every object, and the first event of an object of a class PySide6 does not know
        # makes it build the enums of every class (~28 ms, at start-up).
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a window is only made inside an application
            app.focusChanged.connect(self._filter_focused)
        self.disk = DiskWatch(self)  # the file changed by someone else: a bar, and Save asks
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        # The analyses first: their worker runs while the window redraws the figures.
        self.document.shown_changed.connect(lambda _: self.request_analyses())
        self.document.shown_changed.connect(self.show_evaluation)
        # After the stack has moved (so the document counts as modified), not on `evaluated`,
        # which the first edit's command emits while the stack still reads clean. A method, not
        # a lambda: Qt drops the connection when the window dies, before the stack is cleared.
        self.document.undo_stack.indexChanged.connect(self._schedule_autosave)
        self.document.modified_changed.connect(self._on_modified_changed)
        self.editor.notice.connect(self._notify)
        self.editor.notice_withdrawn.connect(self._withdraw_status)
        self.document.refused.connect(self._notify)
        # A notice about a value ("100 is outside its range. Kept 2.5.") is stale once undo or
        # redo has put another value there
        self._notice = ""
        self.undo_action.triggered.connect(lambda: self._after_undo_or_redo(0))
        self.redo_action.triggered.connect(lambda: self._after_undo_or_redo(-1))
        self.document.path_changed.connect(lambda _: self._update_title())
        self.show_evaluation(self.document.shown)
        self.request_analyses()
        self._update_title()
        self._restore_geometry()
        # The keys start at the form's first field, where Tab's round starts. Left to Qt, the
        # window's first focus was the events list (first in its focus chain, the form's
        # sections being placed later), and a question asked at start-up gave it back there.
        self.editor.name.setFocus(Qt.FocusReason.OtherFocusReason)
        if path is not None:
            self._remember(path)

    # layout --------------------------------------------------------------------------------

    def _build_views(self) -> None:
        evaluation = self.document.evaluation
        self.editor = ScenarioEditor(self.document, self)
        self.editor.setMinimumWidth(450)
        self.summary = SummaryTable(self)
        self.advice = AdvicePanel(self)
        self.tabs = ChartTabs(evaluation, is_dark(), self, lambda: self.document.analyses)
        self.tabs.map_axes_changed.connect(self.document.set_map_axes)
        charts_area = QWidget(self)
        charts_layout = QVBoxLayout(charts_area)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self._analysis_bar())
        charts_layout.addWidget(self.tabs, 1)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.summary)
        top.addWidget(self.advice)
        top.setSizes([575, 245])  # four strategies need ~560 px of key figures
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(top)
        right.addWidget(charts_area)
        right.setStretchFactor(1, 1)
        right.setSizes([250, 530])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.events_panel = EventsPanel(self.document, self)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.editor)
        left.addWidget(self.events_panel)
        left.setStretchFactor(0, 1)
        left.setSizes([620, 160])
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 820])
        self.setCentralWidget(self.splitter)

    def next_chart(self) -> None:
        """View > Next Chart (Ctrl+Tab): the chart tab after the shown one, round to the first."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    def previous_chart(self) -> None:
        """View > Previous Chart (Ctrl+Shift+Tab): the chart tab before the shown one."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count())

    def _analysis_bar(self) -> QWidget:
        bar = QWidget(self)
        self.analysis_status = QLabel(bar)
        self.analysis_status.setAccessibleName(translate("Accessible", "Analysis status"))
        # A long status (a failed analysis names its inputs) wraps rather than widening the
        # window past the screen.
        self.analysis_status.setWordWrap(True)
        self.samples_picker = QComboBox(bar)
        self.samples_picker.setAccessibleName(translate("Accessible", "Monte Carlo samples"))
        for samples in SAMPLE_CHOICES:
            samples_text = translate("MainWindow", "{0} samples").format(count(samples))
            self.samples_picker.addItem(samples_text, samples)
        self.samples_picker.setCurrentIndex(SAMPLE_CHOICES.index(DEFAULT_SAMPLES))
        # activated, not currentIndexChanged: picking the same count again runs it again
        self.samples_picker.activated.connect(
            lambda _: self.document.set_samples(self.samples_picker.currentData())
        )
        self.currency_note = QLabel(bar)
        self.currency_note.setAccessibleName(translate("Accessible", "Display currency"))
        self.currency_note.setStyleSheet("color: #2f7ed8;")
        self.analysis_progress = QProgressBar(bar)
        self.analysis_progress.setAccessibleName(translate("Accessible", "Analysis progress"))
        self.analysis_progress.setMaximumWidth(160)
        self.analysis_progress.setTextVisible(False)
        self.analysis_progress.hide()
        self.cancel_button = QPushButton(translate("MainWindow", "Cancel"), bar)
        self.cancel_button.setAccessibleName(translate("Accessible", "Cancel the analysis"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.hide()
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.analysis_status, 1)
        layout.addWidget(self.currency_note)
        layout.addWidget(self.analysis_progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.samples_picker)
        return bar

    def _after_undo_or_redo(self, offset: int) -> None:
        """Take back a stale notice; bring the field the step changed into view.

        `offset`: where the step's command is from the stack's index (0 after an undo, -1
        after a redo). The figures changed at once, the field itself out of sight.
        """
        self._withdraw_status(self._notice)
        stack = self.document.undo_stack
        path = getattr(stack.command(stack.index() + offset), "path", None)
        row = self.editor.rows.get(path) if isinstance(path, str) else None
        if row is not None and row.isVisible():
            self.editor.ensureWidgetVisible(row)

    def _notify(self, text: str) -> None:
        """Say what became of an edit (refused, kept, …) on the status bar for 10 s."""
        self._notice = text
        self.statusBar().showMessage(text, 10000)

    def _withdraw_status(self, text: str) -> None:
        """Take a message off the status bar, if it is still the one shown."""
        if self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

    def _filter_focused(self, old: QWidget | None, new: QWidget | None) -> None:
        """Move the undo filter (`eventFilter`) to the widget that has the keyboard focus."""
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and new.window() is self:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Undo and redo from anywhere in the window, the cursor in a field included.

        A line edit claims Ctrl+Z (a ShortcutOverride it accepts) for its own undo, which would
        undo keystrokes the document has already taken (or not). Here the claim is refused for
        fields of this window, so that the Edit menu's actions get the key: the field's
        unfinished text is put back to the scenario's value first (a field commits only
        complete valid numbers, so there is nothing else to keep).
        """
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            combination = QKeySequence(event.keyCombination())
            for action in (self.undo_action, self.redo_action):
                if any(
                    combination.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                    for key in action.shortcuts()
                ):
                    self.editor.discard_pending()
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)

    # showing results -----------------------------------------------------------------------

    def shown(self, evaluation: Evaluation) -> Evaluation:
        """The evaluation as shown: in the display currency when one is set."""
        scenario = display_scenario(evaluation.scenario, self.settings.display())
        return evaluation if scenario is evaluation.scenario else evaluate(scenario)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Update every figure and chart from the shown evaluation (analyses follow later)."""
        display = self.settings.display()
        converted = display is not None and evaluation.scenario.currency == display.target
        self.currency_note.setText(currency_note(display) if display and converted else "")
        self.summary.show_evaluation(evaluation)
        self.advice.show_evaluation(evaluation)
        self.tabs.show_evaluation(evaluation)

    # analyses in the background ------------------------------------------------------------

    def request_analyses(self) -> None:
        """Run Monte Carlo, sensitivity, map and break-even for the shown scenario, soon."""
        self.runner.request(self.document.analysis_request())

    def show_analyses(self, results: AnalysisResults) -> None:
        """Show the analyses of the current inputs."""
        scenario = results.request.scenario
        self.tabs.show_analyses(results)
        if results.uncertainty is not None:
            uncertainty = results.uncertainty
            self.summary.show_uncertainty(uncertainty)
            self.analysis_status.setText(
                translate(
                    "MainWindow",
                    "{0} uncertain inputs · {1} samples · P10–P90 band on the cumulative chart",
                ).format(len(scenario.uncertainty), count(uncertainty.samples))
            )
        else:
            self.analysis_status.setText(
                translate(
                    "MainWindow",
                    "No uncertain inputs: mark one with ± beside it to see a range of outcomes",
                )
            )
        if results.problems:
            self.analysis_status.setText("; ".join(results.problems))
        self.analysis_progress.hide()
        self.cancel_button.hide()

    def _show_first_band(self, uncertainty: UncertaintyResult, total: int) -> None:
        """The band of the first samples at once, faded and labelled; its figures wait."""
        chart = self.tabs.cumulative_chart
        chart.show_uncertainty(uncertainty)
        done, planned = count(uncertainty.samples), count(total)
        chart.fade_band(
            translate("MainWindow", "{done} of {total} samples").format(done=done, total=planned)
        )
        self.analysis_status.setText(
            translate("MainWindow", "P10–P90 from {done} of {total} samples…").format(
                done=done, total=planned
            )
        )

    def _show_uncertainty_first(self, uncertainty: UncertaintyResult) -> None:
        """The band and its figures as soon as the Monte Carlo is done; the rest follows."""
        self.tabs.cumulative_chart.show_uncertainty(uncertainty)
        self.summary.show_uncertainty(uncertainty)
        self.analysis_status.setText(
            translate("MainWindow", "P10–P90 from {samples} samples").format(
                samples=count(uncertainty.samples)
            )
        )

    def _on_analysis_started(self, _generation: int) -> None:
        if self.document.scenario.uncertainty:
            self.analysis_status.setText(
                translate("MainWindow", "Simulating the uncertain inputs…")
            )
            self.analysis_progress.setRange(0, 0)
            self.analysis_progress.show()
            self.cancel_button.show()

    def _on_analysis_progress(self, done: int, total: int) -> None:
        self.analysis_progress.setRange(0, total)
        self.analysis_progress.setValue(done)

    def _on_analysis_failed(self, message: str) -> None:
        self.tabs.cumulative_chart.show_uncertainty(None)  # no band of these inputs will come
        self.analysis_progress.hide()
        self.cancel_button.hide()
        self.analysis_status.setText(
            translate("MainWindow", "Analysis failed: {0}").format(message)
        )

    def _on_analysis_stopped(self) -> None:
        self.tabs.cumulative_chart.show_uncertainty(None)  # no band of these inputs will come
        self.analysis_progress.hide()
        self.cancel_button.hide()
        self.summary.show_uncertainty_cancelled()
        self.analysis_status.setText(
            translate(
                "MainWindow", "Analysis cancelled: edit or pick a sample count to run it again"
            )
        )

    def _update_title(self) -> None:
        path = self.document.path
        unsaved = translate("MainWindow", "{0} (unsaved)").format(self.document.scenario.name)
        name = path.name if path else unsaved
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)
        self.setWindowFilePath(str(path) if path else "")

    # closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: D102, N802 (Qt API)
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.recovery.discard()
        self.runner.cancel()
        self.runner.wait(5000)
        geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings = self.settings.model_copy(update={"window_geometry": geometry})
        self._save_settings()
        event.accept()
