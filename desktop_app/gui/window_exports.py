"""The window's sheet, print and exports: PDF, CSV, print, print preview and comparison.

A mixin of `MainWindow` (see `window_files`). The sheet and printing load on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop_app.core.appdata.scenario_files import ScenarioFileError, atomic_write_text
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.engine.evaluation import Evaluation, monthly_csv
from desktop_app.core.i18n import translate
from desktop_app.core.model.scenario_names import default_file_name, scenario_stem
from desktop_app.gui.document import evaluated_file
from desktop_app.present.problem_words import file_error_line, file_problems

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.gui.document import ScenarioDocument
    from desktop_app.present.sheet_content import SheetItem

# A plain mixin at run time (one Qt base, MainWindow's); a QMainWindow for the type checker.
if TYPE_CHECKING:  # a conditional expression is no base class to mypy
    _Window = QMainWindow
else:
    _Window = object


class WindowExports(_Window):
    """What the main window writes or prints of the shown scenario."""

    settings: Settings
    document: ScenarioDocument

    if TYPE_CHECKING:

        def shown(self, evaluation: Evaluation) -> Evaluation: ...  # noqa: D102 (MainWindow's)

        def show_error(self, title: str, lines: list[str]) -> None: ...  # noqa: D102 (WindowFiles's)

    def current_sheet_items(self) -> list[SheetItem]:
        """The shown scenario as sheet content (with its Monte Carlo run when it has ranges)."""
        from desktop_app.gui.printing.sheet import sheet_items

        name = self._file_label()
        shown = self.document
        return sheet_items(
            [shown.shown], [name], shown.display, [shown.shown_uncertainty()], shown.samples
        )

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
        path = self._ask_save_path(translate("WindowExports", "Export PDF"), "pdf", "PDF (*.pdf)")
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
            self.show_error(
                translate("WindowExports", "Could not write {0}").format(path.name),
                [file_error_line(error)],
            )
            return False
        self.statusBar().showMessage(
            translate("WindowExports", "Wrote {0} ({1} pages)").format(path, pages), 8000
        )
        return True

    def export_csv(self) -> None:
        """Write every monthly figure of every strategy as CSV, as the window shows them.

        In the display currency when one is set (the header names it), as the sheet; with the
        P10/P50/P90 of each cumulative cost once the Monte Carlo of these inputs has arrived.
        """
        path = self._ask_save_path(translate("WindowExports", "Export CSV"), "csv", "CSV (*.csv)")
        if path is None:
            return
        document = self.document
        text = monthly_csv(document.shown, document.shown_uncertainty())
        try:
            atomic_write_text(path, text, reading=self._files_read())
        except OSError as error:
            self.show_error(
                translate("WindowExports", "Could not write {0}").format(path.name),
                [file_error_line(error)],
            )
            return
        self.statusBar().showMessage(translate("WindowExports", "Wrote {0}").format(path), 8000)

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
        preview.setAccessibleName(translate("Accessible", "Print preview"))
        preview.paintRequested.connect(lambda target: paint_sheet(target, items))
        self.preview: QPrintPreviewDialog | None = preview  # tests reach the open dialog
        try:
            preview.exec()
        finally:
            self.preview = None
            preview.deleteLater()

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
            self.statusBar().showMessage(
                translate("WindowExports", "Pick another scenario file than this one"), 8000
            )
            return
        evaluations, names = [self.document.evaluation], [self._display_name()]
        for file in files[:3]:
            try:
                evaluations.append(evaluated_file(file))
            except ScenarioFileError as error:
                self.show_error(
                    translate("WindowExports", "Could not open {0}").format(file.name),
                    file_problems(error),
                )
                return
            names.append(file.name)
        if len(evaluations) < 2:
            return
        paths: list[str | None] = [self._file_label()]
        paths += [file.name for file in files[:3]]

        # In the display currency, as the window shows this scenario: the dialog and its PDF
        # show the same figures.
        shown = [self.document.shown] + [self.shown(e) for e in evaluations[1:]]

        def export(path: Path) -> None:
            runs = [self.document.shown_uncertainty()]  # this scenario's, as the window shows it
            items = sheet_items(shown, paths, self.document.display, runs)
            self.write_pdf(path, items, files[:3])

        self.comparison = CompareDialog(shown, names, export, self)
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
        return self._file_label() or self.document.scenario.name

    def _file_label(self) -> str | None:
        """The open file's name, as a sheet or a comparison names the shown figures' source.

        With unsaved edits it says so: the figures are the window's, not the file's.
        """
        path = self.document.path
        if path is None:
            return None
        if self.document.modified:
            return translate("WindowExports", "{0} (unsaved changes)").format(path.name)
        return path.name
