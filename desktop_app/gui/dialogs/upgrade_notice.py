"""The notice that an opened file was written by an older version of the model.

It is said once, when the file opens, in a box that does not block the window; saving then
writes version 2 (the document's `replaced_version` says which version was written over).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.i18n import translate
from desktop_app.core.model.scenario import SCHEMA_VERSION


def upgrade_text(name: str, version: int) -> str:
    """What the notice says about a file of an older schema version."""
    return translate(
        "UpgradeNotice",
        "{name} was written for model version {version}. It has been upgraded to version "
        "{current} (nothing it holds was lost) and will be saved as version {current}, which "
        "older copies of the app cannot open.",
    ).format(name=name, version=version, current=SCHEMA_VERSION)


def show_upgrade_notice(parent: QWidget, path: Path, version: int | None) -> QMessageBox | None:
    """Show, without blocking, that the file at `path` was upgraded; None for a current file."""
    if version is None or version >= SCHEMA_VERSION:
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("UpgradeNotice", "File upgraded"))
    box.setText(upgrade_text(path.name, version))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
