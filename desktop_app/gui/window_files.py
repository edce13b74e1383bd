"""The window's files: open, save, save as, recent files, autosave, drag and drop.

A mixin of `MainWindow`: the methods are the window's own (tests and other modules call them on
the window); the attributes they use are set up by `MainWindow.__init__`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.recovery import RecoveryFile
from desktop_app.core.appdata.scenario_files import ScenarioFileError, file_version_at
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.i18n import translate
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.scenario_names import default_file_name
from desktop_app.gui.dialogs.scenario_dialogs import ask_save_path, open_filters
from desktop_app.gui.dialogs.upgrade_notice import show_upgrade_notice
from desktop_app.gui.disk_watch import SaveChoice
from desktop_app.present.problem_words import file_error_line, file_problems

if TYPE_CHECKING:
    from desktop_app.gui.disk_watch import DiskWatch
    from desktop_app.gui.document import ScenarioDocument

# A plain mixin at run time (one Qt base, MainWindow's); a QMainWindow for the type checker.
if TYPE_CHECKING:  # a conditional expression is no base class to mypy
    _Window = QMainWindow
else:
    _Window = object


class WindowFiles(_Window):
    """The file commands of the main window, its recent files, autosave and dropped files."""

    settings: Settings
    document: ScenarioDocument
    recovery: RecoveryFile
    disk: DiskWatch
    recent_menu: QMenu
    upgrade_notice: QMessageBox | None
    _autosave_timer: QTimer

    if TYPE_CHECKING:

        def _save_settings(self) -> None: ...  # WindowSettings's

    def _on_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        if not modified:
            self._autosave_timer.stop()
            self.recovery.discard()

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
                self.statusBar().showMessage(
                    translate("WindowFiles", "Autosave failed: {0}").format(file_error_line(error)),
                    10000,
                )

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes: Save, Discard or Cancel."""
        name = self.document.path.name if self.document.path else self.document.scenario.name
        return QMessageBox.question(
            self,
            APP_NAME,
            translate(
                "WindowFiles", "“{0}” has changes that are not saved. Save them first?"
            ).format(name),
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

    def new_scenario(self) -> None:
        """Start from the defaults."""
        if self.maybe_keep_changes():
            self.document.load(Scenario(), None)

    def open_dialog(self) -> None:
        """Choose a scenario file to open."""
        if not self.maybe_keep_changes():
            return
        folder = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("WindowFiles", "Open scenario"), folder, open_filters()
        )
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
            self.show_error(
                translate("WindowFiles", "Could not open {0}").format(path.name),
                file_problems(error),
            )
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
            self.show_error(
                translate("WindowFiles", "Could not save {0}").format(path.name),
                file_problems(error),
            )
            return False
        self._remember(path)
        self.statusBar().showMessage(translate("WindowFiles", "Saved {0}").format(path), 5000)
        return True

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: D102, N802 (Qt API)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: D102, N802 (Qt API)
        files = [url for url in event.mimeData().urls() if QUrl(url).isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(Path(files[0].toLocalFile()))
