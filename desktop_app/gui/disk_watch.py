"""The window's file, watched on disk: a bar offers to reload it, Save asks before overwriting.

The document keeps a stamp of the bytes it read or wrote (`core.file_watch`). The file and its
folder are watched (an editor that saves by renaming replaces the file, so the folder tells),
and the file is looked at again whenever the window becomes active. A change shows a bar above
the window's contents, which never blocks: Reload (asking first when there are unsaved edits)
or Keep Mine. Save over a file that changed asks: Overwrite, Save As… or Cancel.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.appdata.file_watch import DiskChange, change_since, disk_stamp
from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

CHECK_DELAY_MS = 250
"""How long after the last sign of a change the file is looked at (an editor writes in steps)."""


class SaveChoice(enum.Enum):
    """What Save does when the file changed on disk."""

    OVERWRITE = "overwrite"
    SAVE_AS = "save as"
    CANCEL = "cancel"


class FileChangedBar(QFrame):
    """A bar above the window's contents: the file changed on disk; Reload or Keep Mine."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fileChangedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("Accessible", "File changed on disk"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(translate("FileChangedBar", "&Reload"), self)
        self.reload_button.setAccessibleName(translate("Accessible", "Reload the file from disk"))
        self.reload_button.setAccessibleDescription(
            translate(
                "Accessible",
                "Read the file as another program left it; unsaved edits here are lost after "
                "asking",
            )
        )
        self.keep_button = QPushButton(translate("FileChangedBar", "&Keep Mine"), self)
        self.keep_button.setAccessibleName(
            translate("Accessible", "Keep the version in the window")
        )
        self.keep_button.setAccessibleDescription(
            translate(
                "Accessible",
                "Close this bar; Save still asks before it overwrites the changed file",
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def show_change(self, name: str, change: DiskChange) -> None:
        """Say what happened to the file `name`."""
        if change is DiskChange.REMOVED:
            text = translate(
                "DiskWatch", "“{name}” was removed or renamed on disk. Save writes it again."
            ).format(name=name)
            self.keep_button.setText(translate("FileChangedBar", "&OK"))
        else:
            text = translate(
                "DiskWatch", "“{name}” was changed on disk by another program or window."
            ).format(name=name)
            self.keep_button.setText(translate("FileChangedBar", "&Keep Mine"))
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.reload_button.setVisible(change is DiskChange.CHANGED)
        self.show()


def _same_path(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.abspath(first) == os.path.abspath(second)


class DiskWatch(QObject):
    """Watches the file of a window's document for changes made by someone else."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.bar = FileChangedBar(window)
        self._put_bar_above_contents()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _: self.check_soon())
        self.watcher.directoryChanged.connect(lambda _: self.check_soon())
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self._told: object = None  # the state of the disk the bar last told about
        self.bar.reload_button.clicked.connect(self.reload)
        self.bar.keep_button.clicked.connect(self.bar.hide)
        self.document.path_changed.connect(lambda _: self.follow())
        window.installEventFilter(self)
        self.follow()

    def _put_bar_above_contents(self) -> None:
        contents = self.window.takeCentralWidget()
        holder = QWidget(self.window)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        if contents is not None:
            layout.addWidget(contents, 1)
        self.window.setCentralWidget(holder)

    def follow(self) -> None:
        """Watch the document's (new) file; forget the old one."""
        for watched in (self.watcher.files(), self.watcher.directories()):
            if watched:
                self.watcher.removePaths(watched)
        self._timer.stop()
        self.bar.hide()
        self._told = None
        path = self.document.path
        if path is None:
            return
        if self.document.disk_stamp is None:  # restored work: the file as it is now
            self.document.disk_stamp = disk_stamp(path)
        self._watch(path)

    def _watch(self, path: Path) -> None:
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        wanted = (str(path), str(path.parent))
        missing = [item for item in wanted if os.path.exists(item) and item not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102, N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.check_soon()
        return False

    def check_soon(self) -> None:
        """Look at the file shortly (signs of a change come in bursts)."""
        if self.document.path is not None:
            self._timer.start()

    def check(self) -> DiskChange:
        """Compare the file on disk with what the window read or wrote; show the bar if changed."""
        path = self.document.path
        if path is None:
            return DiskChange.SAME
        self._watch(path)  # a file replaced by a rename is watched anew
        change = change_since(path, self.document.disk_stamp)
        if change is DiskChange.SAME:
            self.bar.hide()
            self._told = None
            return change
        state = (change, disk_stamp(path))
        if state != self._told:  # a state the user let go (Keep Mine) is not told again
            self._told = state
            self.bar.show_change(path.name, change)
        return change

    def reload(self) -> bool:
        """Read the file again, losing unsaved edits only after asking."""
        path = self.document.path
        if path is None:
            return False
        if self.document.modified and not self.confirm_reload(path):
            return False
        return self.window.open_path(path, ask=False)

    def confirm_reload(self, path: Path) -> bool:
        """Ask whether to drop the unsaved edits for the file on disk."""
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            translate(
                "DiskWatch", "Reload “{0}” from disk? The changes made in this window are lost."
            ).format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def before_save(self, target: Path) -> SaveChoice:
        """Whether Save may write `target`: asks when it is our file and it changed on disk."""
        path = self.document.path
        if path is None or not _same_path(target, path):
            return SaveChoice.OVERWRITE
        if change_since(path, self.document.disk_stamp) is not DiskChange.CHANGED:
            return SaveChoice.OVERWRITE
        return self.ask_overwrite(path)

    def ask_overwrite(self, path: Path) -> SaveChoice:
        """Overwrite, Save As… or Cancel, for a file changed on disk since it was read."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            translate(
                "DiskWatch", "“{name}” was changed on disk since it was opened or saved here."
            ).format(name=path.name),
            parent=self.window,
        )
        box.setInformativeText(
            translate(
                "DiskWatch",
                "Overwrite it with the version in this window, save this version under another "
                "name, or cancel?",
            )
        )
        overwrite = box.addButton(
            translate("DiskWatch", "&Overwrite"), QMessageBox.ButtonRole.DestructiveRole
        )
        save_as = box.addButton(
            translate("DiskWatch", "Save &As…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked is overwrite:
            return SaveChoice.OVERWRITE
        if clicked is save_as:
            return SaveChoice.SAVE_AS
        return SaveChoice.CANCEL
