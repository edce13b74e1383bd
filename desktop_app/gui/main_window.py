"""The main window: editor on the left, figures, advice and charts on the right."""

from __future__ import annotations

# The sheet, printing and the dialogs load on first use (start-up time); see the methods.
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
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

from desktop_app import APP_NAME, __version__
from desktop_app.core.appdata.examples import example_names, load_example
from desktop_app.core.appdata.recovery import RecoveryFile
from desktop_app.core.appdata.scenario_files import (
    ScenarioFileError,
    atomic_write_text,
    file_version_at,
)
from desktop_app.core.appdata.settings import Settings, save_settings
from desktop_app.core.engine.evaluation import Evaluation, evaluate, monthly_csv
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.scenario_names import default_file_name, scenario_stem
from desktop_app.core.prices.currency import display_scenario
from desktop_app.core.prices.user_catalog import load_catalog
from desktop_app.gui.analysis.analysis_runner import (
    DEFAULT_SAMPLES,
    AnalysisRequest,
    AnalysisResults,
    AnalysisRunner,
)
from desktop_app.gui.analysis.results import AdvicePanel, SummaryTable
from desktop_app.gui.charts.chart_tabs import ChartTabs
from desktop_app.gui.dialogs.help_actions import add_help_actions
from desktop_app.gui.dialogs.scenario_dialogs import OPEN_FILTERS, ask_save_path
from desktop_app.gui.dialogs.upgrade_notice import show_upgrade_notice
from desktop_app.gui.disk_watch import DiskWatch, SaveChoice
from desktop_app.gui.document import ScenarioDocument, evaluated_file
from desktop_app.gui.editor.editor_panel import ScenarioEditor
from desktop_app.gui.editor.events_editor import EventsPanel
from desktop_app.gui.theme import is_dark, set_theme
from desktop_app.present.numbers import count

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.core.analyses.monte_carlo import UncertaintyResult
    from desktop_app.gui.dialogs.first_run import FirstRunBanner
    from desktop_app.gui.dialogs.help_dialog import UserGuideDialog
    from desktop_app.present.sheet_content import SheetItem

AUTOSAVE_DELAY_MS = 2000
SAMPLE_CHOICES = (1_000, 10_000, 100_000)
REDO_Y = QKeySequence("Ctrl+Y")  # redo on Windows, and where people bring the habit from


class MainWindow(QMainWindow):
    """One scenario document with its editor, results, charts and file commands."""

    # Set by `help_actions` (the guide and the first-run banner only once they are shown).
    table_action: QAction
    guide_action: QAction
    whats_this_action: QAction
    user_guide: UserGuideDialog
    first_run_banner: FirstRunBanner

    def __init__(
        self, settings: Settings, scenario: Scenario | None = None, path: Path | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.document = ScenarioDocument(scenario or Scenario(), self)
        self.document.path = path
        self.recovery = RecoveryFile()
        self.setAcceptDrops(True)
        self.upgrade_notice: QMessageBox | None = None  # the last "file upgraded" notice
        self.runner = AnalysisRunner(self)
        self.runner.started.connect(self._on_analysis_started)
        self.runner.progress.connect(self._on_analysis_progress)
        self.runner.uncertainty_ready.connect(self._show_uncertainty_first)
        self.runner.finished.connect(self.show_analyses)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.stopped.connect(self._on_analysis_stopped)
        self._build_views()
        self._build_actions()
        self.disk = DiskWatch(self)  # the file changed by someone else: a bar, and Save asks
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self.document.evaluated.connect(self.show_evaluation)
        self.document.evaluated.connect(lambda _: self.request_analyses())
        # After the stack has moved (so the document counts as modified), not on `evaluated`,
        # which the first edit's command emits while the stack still reads clean. A method, not
        # a lambda: Qt drops the connection when the window dies, before the stack is cleared.
        self.document.undo_stack.indexChanged.connect(self._schedule_autosave)
        self.document.modified_changed.connect(self._on_modified_changed)
        self.editor.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.document.path_changed.connect(lambda _: self._update_title())
        self.show_evaluation(self.document.evaluation)
        self.request_analyses()
        self._update_title()
        self._restore_geometry()
        if path is not None:
            self._remember(path)

    # layout --------------------------------------------------------------------------------

    def _build_views(self) -> None:
        evaluation = self.document.evaluation
        self.editor = ScenarioEditor(self.document, self)
        self.editor.setMinimumWidth(450)
        self.summary = SummaryTable(self)
        self.advice = AdvicePanel(self)
        self.tabs = ChartTabs(evaluation, is_dark(), self)
        self.tabs.map_axes_changed.connect(lambda _x, _y: self.request_analyses())
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

    def _analysis_bar(self) -> QWidget:
        bar = QWidget(self)
        self.analysis_status = QLabel(bar)
        self.analysis_status.setAccessibleName("Analysis status")
        self.samples_picker = QComboBox(bar)
        self.samples_picker.setAccessibleName("Monte Carlo samples")
        for samples in SAMPLE_CHOICES:
            self.samples_picker.addItem(f"{count(samples)} samples", samples)
        self.samples_picker.setCurrentIndex(SAMPLE_CHOICES.index(DEFAULT_SAMPLES))
        # activated, not currentIndexChanged: picking the same count again runs it again
        self.samples_picker.activated.connect(lambda _: self.request_analyses())
        self.currency_note = QLabel(bar)
        self.currency_note.setAccessibleName("Display currency")
        self.currency_note.setStyleSheet("color: #2f7ed8;")
        self.analysis_progress = QProgressBar(bar)
        self.analysis_progress.setAccessibleName("Analysis progress")
        self.analysis_progress.setMaximumWidth(160)
        self.analysis_progress.setTextVisible(False)
        self.analysis_progress.hide()
        self.cancel_button = QPushButton("Cancel", bar)
        self.cancel_button.setAccessibleName("Cancel the analysis")
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

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self._add(file_menu, "&New", self.new_scenario, QKeySequence.StandardKey.New)
        self._add(file_menu, "&Open…", self.open_dialog, QKeySequence.StandardKey.Open)
        examples = file_menu.addMenu("Open &Example")
        for name in example_names():
            action = examples.addAction(name.replace("-", " ").capitalize())
            action.triggered.connect(lambda _=False, name=name: self.open_example(name))
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self._fill_recent_menu()
        file_menu.addSeparator()
        self._add(file_menu, "&Save", self.save, QKeySequence.StandardKey.Save)
        self._add(file_menu, "Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self._add(file_menu, "Compare &Scenarios…", self.compare_dialog)
        self._add(file_menu, "Export &PDF…", self.export_pdf, "Ctrl+E")
        self._add(file_menu, "Export &CSV…", self.export_csv)
        self._add(file_menu, "Print Pre&view…", self.print_preview)
        self._add(file_menu, "&Print…", self.print_sheet, QKeySequence.StandardKey.Print)
        page_sizes = file_menu.addMenu("Page Si&ze")
        group = QActionGroup(self)
        for size in ("A4", "Letter"):
            action = page_sizes.addAction(size)
            action.setCheckable(True)
            action.setChecked(self.settings.page_size == size)
            action.triggered.connect(lambda _=False, size=size: self.set_page_size(size))
            group.addAction(action)
        file_menu.addSeparator()
        self._add(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = menu.addMenu("&Edit")
        undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo.setShortcuts(redo_keys if REDO_Y in redo_keys else [*redo_keys, REDO_Y])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        # A text field takes Ctrl+Z for its own undo: route it to the document's history
        app = QApplication.instance()
        if app is not None:  # a window is only made inside an application
            app.installEventFilter(self)

        prices_menu = menu.addMenu("&Prices")
        self._add(prices_menu, "&My Prices…", self.my_prices_dialog)

        view_menu = menu.addMenu("&View")
        self._add(view_menu, "Display &Currency…", self.display_currency_dialog)
        theme_menu = view_menu.addMenu("&Theme")
        group = QActionGroup(self)
        for key, text in (("system", "&System"), ("light", "&Light"), ("dark", "&Dark")):
            action = theme_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.settings.theme == key)
            action.triggered.connect(lambda _=False, key=key: self.set_theme(key))
            group.addAction(action)

        help_menu = menu.addMenu("&Help")
        add_help_actions(self, view_menu, help_menu)
        self._add(help_menu, "&About Embed or Tune", self.about)

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
                if any(combination.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                       for key in action.shortcuts()):
                    self.editor.discard_pending()
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    # showing results -----------------------------------------------------------------------

    def shown_scenario(self) -> Scenario:
        """The scenario as shown: its money in the display currency when one is set."""
        return display_scenario(self.document.scenario, self.settings.display())

    def shown(self, evaluation: Evaluation) -> Evaluation:
        """The evaluation as shown: in the display currency when one is set."""
        scenario = display_scenario(evaluation.scenario, self.settings.display())
        return evaluation if scenario is evaluation.scenario else evaluate(scenario)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Update every figure and chart from an evaluation (analyses follow later)."""
        evaluation = self.shown(evaluation)
        display = self.settings.display()
        converted = display is not None and evaluation.scenario.currency == display.target
        self.currency_note.setText(display.note() if display and converted else "")
        self.summary.show_evaluation(evaluation)
        self.advice.show_evaluation(evaluation)
        self.tabs.show_evaluation(evaluation)

    # analyses in the background ------------------------------------------------------------

    def request_analyses(self) -> None:
        """Run Monte Carlo, sensitivity, map and break-even for the shown scenario, soon."""
        self.runner.request(
            AnalysisRequest(
                self.shown_scenario(),
                samples=self.samples_picker.currentData(),
                map_axes=self.tabs.map_axes(),
            )
        )

    def show_analyses(self, results: AnalysisResults) -> None:
        """Show the analyses of the current inputs."""
        scenario = results.request.scenario
        self.tabs.show_analyses(results)
        if results.uncertainty is not None:
            uncertainty = results.uncertainty
            self.summary.show_uncertainty(uncertainty)
            self.analysis_status.setText(
                f"{len(scenario.uncertainty)} uncertain inputs · "
                f"{count(uncertainty.samples)} samples · P10–P90 band on the cumulative chart"
            )
        else:
            self.analysis_status.setText(
                "No uncertain inputs: mark one with ± beside it to see a range of outcomes"
            )
        if results.problems:
            self.analysis_status.setText("; ".join(results.problems))
        self.analysis_progress.hide()
        self.cancel_button.hide()

    def _show_uncertainty_first(self, uncertainty: UncertaintyResult) -> None:
        """The band and its figures as soon as the Monte Carlo is done; the rest follows."""
        self.tabs.cumulative_chart.show_uncertainty(uncertainty)
        self.summary.show_uncertainty(uncertainty)

    def _on_analysis_started(self, _generation: int) -> None:
        if self.document.scenario.uncertainty:
            self.analysis_status.setText("Simulating the uncertain inputs…")
            self.analysis_progress.setRange(0, 0)
            self.analysis_progress.show()
            self.cancel_button.show()

    def _on_analysis_progress(self, done: int, total: int) -> None:
        self.analysis_progress.setRange(0, total)
        self.analysis_progress.setValue(done)

    def _on_analysis_failed(self, message: str) -> None:
        self.analysis_progress.hide()
        self.cancel_button.hide()
        self.analysis_status.setText(f"Analysis failed: {message}")

    def _on_analysis_stopped(self) -> None:
        self.analysis_progress.hide()
        self.cancel_button.hide()
        self.summary.show_uncertainty_cancelled()
        self.analysis_status.setText(
            "Analysis cancelled: edit or pick a sample count to run it again"
        )

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else f"{self.document.scenario.name} (unsaved)"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)
        self.setWindowFilePath(str(path) if path else "")

    def _on_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        if not modified:
            self._autosave_timer.stop()
            self.recovery.discard()

    # never lose work -----------------------------------------------------------------------

    def _schedule_autosave(self, _index: int = 0) -> None:
        if self.document.modified and not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def autosave(self) -> None:
        """Keep unsaved work in the state folder (the user's own file is not touched)."""
        if self.document.modified:
            path = str(self.document.path) if self.document.path else None
            try:
                self.recovery.write(self.document.scenario, path)
            except OSError as error:
                self.statusBar().showMessage(f"Autosave failed: {error}", 10000)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes: Save, Discard or Cancel."""
        name = self.document.path.name if self.document.path else self.document.scenario.name
        return QMessageBox.question(
            self,
            APP_NAME,
            f"“{name}” has changes that are not saved. Save them first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def maybe_keep_changes(self) -> bool:
        """True when it is fine to replace the current scenario (saved, discarded or clean)."""
        if not self.document.modified:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.recovery.discard()
            return True
        return False

    # file commands -------------------------------------------------------------------------

    def new_scenario(self) -> None:
        """Start from the defaults."""
        if self.maybe_keep_changes():
            self.document.load(Scenario(), None)

    def open_dialog(self) -> None:
        """Choose a scenario file to open."""
        if not self.maybe_keep_changes():
            return
        folder = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open scenario", folder, OPEN_FILTERS)
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a scenario file; problems are shown, the current scenario stays."""
        if ask and not self.maybe_keep_changes():
            return False
        version = file_version_at(path)
        try:
            self.document.open(path)
        except ScenarioFileError as error:
            self.show_error(f"Could not open {path.name}", error.lines)
            return False
        self._remember(path)
        self.upgrade_notice = show_upgrade_notice(self, path, version)  # once, not blocking
        return True

    def open_example(self, name: str) -> None:
        """Open a bundled example as a new, unsaved scenario."""
        if self.maybe_keep_changes():
            self.document.load(load_example(name), None)

    def save(self) -> bool:
        """Save to the scenario's file, or ask for one."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        suggested = self.document.path or Path(default_file_name(self.document.scenario.name))
        path = ask_save_path(self, suggested)  # NAME.eot.json unless the user says otherwise
        return False if path is None else self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        choice = self.disk.before_save(path)
        if choice is SaveChoice.SAVE_AS:
            return self.save_as()
        if choice is SaveChoice.CANCEL:
            return False
        try:
            self.document.save(path)
        except ScenarioFileError as error:
            self.show_error(f"Could not save {path.name}", error.lines)
            return False
        self._remember(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    # sheet, print and exports -------------------------------------------------------------

    def current_sheet_items(self) -> list[SheetItem]:
        """The shown scenario as sheet content (with its Monte Carlo run when it has ranges)."""
        from desktop_app.gui.printing.sheet import sheet_items

        name = self.document.path.name if self.document.path else None
        return sheet_items([self.shown(self.document.evaluation)], [name], self.settings.display())

    def _ask_save_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        path = self.document.path
        stem = scenario_stem(path) if path else self.document.scenario.name
        folder = path.parent if path else Path.cwd()
        name = default_file_name(stem, f".{suffix}")  # plan.eot.json -> plan.pdf
        dialog = QFileDialog(self, title, str(folder / name), filter_text)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        return Path(dialog.selectedFiles()[0]) if dialog.exec() else None

    def export_pdf(self) -> None:
        """Write the comparison sheet of the shown scenario as a PDF."""
        path = self._ask_save_path("Export PDF", "pdf", "PDF (*.pdf)")
        if path is not None:
            self.write_pdf(path, self.current_sheet_items())

    def write_pdf(self, path: Path, items: list[SheetItem], reading: Sequence[Path] = ()) -> bool:
        """Write a sheet (one scenario or a comparison) and say where it went.

        Never over the open file nor over `reading` (the other files compared).
        """
        from desktop_app.gui.printing.sheet import write_sheet_pdf

        reading = [*self._files_read(), *reading]
        try:
            pages = write_sheet_pdf(path, items, self.settings.page_size, reading)
        except OSError as error:
            self.show_error(f"Could not write {path.name}", [str(error)])
            return False
        self.statusBar().showMessage(f"Wrote {path} ({pages} pages)", 8000)
        return True

    def export_csv(self) -> None:
        """Write every monthly figure of every strategy as CSV."""
        path = self._ask_save_path("Export CSV", "csv", "CSV (*.csv)")
        if path is None:
            return
        try:
            atomic_write_text(
                path, monthly_csv(self.document.evaluation), reading=self._files_read()
            )
        except OSError as error:
            self.show_error(f"Could not write {path.name}", [str(error)])
            return
        self.statusBar().showMessage(f"Wrote {path}", 8000)

    def _files_read(self) -> list[Path]:
        """The files this window has open (an export never replaces them)."""
        return [self.document.path] if self.document.path else []

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from desktop_app.gui.printing.sheet import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.settings.page_size))
        printer.setDocName(self.document.scenario.name)
        return printer

    def print_sheet(self) -> None:
        """Print the sheet through the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog

        from desktop_app.gui.printing.sheet import paint_sheet

        printer = self._printer()
        if QPrintDialog(printer, self).exec():
            paint_sheet(printer, self.current_sheet_items())

    def print_preview(self) -> None:
        """Show the sheet as it will print."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from desktop_app.gui.printing.sheet import paint_sheet

        items = self.current_sheet_items()
        # The dialog does not own the printer: it must outlive the dialog (a temporary was
        # collected while the preview painted on it, a segmentation fault).
        printer = self._printer()
        preview = QPrintPreviewDialog(printer, self)
        preview.setAccessibleName("Print preview")
        preview.paintRequested.connect(lambda target: paint_sheet(target, items))
        self.preview: QPrintPreviewDialog | None = preview  # tests reach the open dialog
        try:
            preview.exec()
        finally:
            self.preview = None
            preview.deleteLater()

    def my_prices_dialog(self) -> None:
        """Add, edit, import and export the user's own prices."""
        from desktop_app.gui.dialogs.catalog_dialog import MyPricesDialog

        dialog = MyPricesDialog(self)
        dialog.catalog_changed.connect(lambda: self.editor.set_catalog(load_catalog()))
        dialog.exec()

    def display_currency_dialog(self) -> None:
        """Ask for a display currency and exchange rate (or the scenario's own currency)."""
        from desktop_app.gui.dialogs.currency_dialog import DisplayCurrencyDialog

        dialog = DisplayCurrencyDialog(self.settings, self.document.scenario.currency, self)
        if dialog.exec():
            self.set_display_currency(*dialog.choice())

    def set_display_currency(self, target: str | None, rate: float | None, source: str) -> None:
        """Show amounts in `target` at `rate` per `source` (None: the scenario's currency)."""
        self.settings = self.settings.model_copy(
            update={"display_currency": target, "exchange_rate": rate, "rate_from": source}
        )
        self._save_settings()
        self.show_evaluation(self.document.evaluation)
        self.request_analyses()

    def set_page_size(self, size: str) -> None:
        """A4 or Letter for printing and PDF."""
        self.settings = self.settings.model_copy(update={"page_size": size})
        self._save_settings()

    def choose_files_to_compare(self) -> list[Path]:
        """Ask for one to three scenario files to compare with the shown one."""
        from desktop_app.gui.analysis.comparison import CompareDialog

        return CompareDialog.choose_scenario_files(self)

    def compare_dialog(self) -> None:
        """Compare the shown scenario with one to three other files."""
        from desktop_app.gui.analysis.comparison import CompareDialog
        from desktop_app.gui.printing.sheet import sheet_items

        files = self._other_files(self.choose_files_to_compare())
        if not files:
            self.statusBar().showMessage("Pick another scenario file than this one", 8000)
            return
        evaluations, names = [self.document.evaluation], [self._display_name()]
        for file in files[:3]:
            try:
                evaluations.append(evaluated_file(file))
            except ScenarioFileError as error:
                self.show_error(f"Could not open {file.name}", error.lines)
                return
            names.append(file.name)
        if len(evaluations) < 2:
            return
        paths: list[str | None] = [self.document.path.name if self.document.path else None]
        paths += [file.name for file in files[:3]]

        def export(path: Path) -> None:
            shown = [self.shown(evaluation) for evaluation in evaluations]
            self.write_pdf(path, sheet_items(shown, paths, self.settings.display()), files[:3])

        self.comparison = CompareDialog(evaluations, names, export, self)
        self.comparison.open()

    def _other_files(self, files: list[Path]) -> list[Path]:
        """The picked files, each once, without the scenario's own (already the first column)."""
        seen = {self.document.path.resolve()} if self.document.path else set()
        others = []
        for file in files:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                others.append(file)
        return others

    def _display_name(self) -> str:
        return self.document.path.name if self.document.path else self.document.scenario.name

    def show_error(self, title: str, lines: list[str]) -> None:
        """Tell the user what went wrong: what failed ("Could not open a.json"), then why.

        What failed is the message's headline, not only its window title, which some desktops
        (macOS, an X server without a window manager) do not show.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, title, parent=self)
        box.setInformativeText("\n".join(lines))
        box.exec()

    def _remember(self, path: Path) -> None:
        self.settings = self.settings.with_recent_file(str(path.resolve()))
        self._fill_recent_menu()
        self._save_settings()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for index, file in enumerate(self.settings.recent_files, start=1):
            action = self.recent_menu.addAction(f"&{index} {Path(file).name}")
            action.setToolTip(file)
            action.triggered.connect(lambda _=False, file=file: self.open_path(Path(file)))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    # drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: D102, N802 (Qt API)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: D102, N802 (Qt API)
        files = [url for url in event.mimeData().urls() if QUrl(url).isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(Path(files[0].toLocalFile()))

    # settings, theme, closing --------------------------------------------------------------

    def set_theme(self, theme: str) -> None:
        """Follow the system, or force light or dark."""
        self.settings = self.settings.model_copy(update={"theme": theme})
        set_theme(theme)
        self.tabs.apply_theme(is_dark())
        self._save_settings()

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1280, 800)

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as error:
            self.statusBar().showMessage(f"Settings not saved: {error}", 10000)

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

    def about(self) -> None:
        """Name, version and what the app is for."""
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>Embeddings or fine-tuning: the month-by-month "
            "cost and upkeep of each, and which one fits.",
        )
