"""The user's own price list: negotiated rates, a cloud region, imported price files.

`MyPricesDialog` lists the user's entries (`PriceTable`, price_table.py) and adds, edits
(`EntryEditor`, entry_editor.py), deletes, imports and exports them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.prices.catalog import CatalogEntry, CatalogError, user_path
from desktop_app.core.prices.catalog_import import ImportReport, export_user_entries, import_file
from desktop_app.core.prices.user_catalog import (
    DamagedEntry,
    delete_damaged_entry,
    delete_user_entry,
    load_catalog,
    put_user_entry,
)
from desktop_app.gui.dialogs.entry_editor import EntryEditor
from desktop_app.gui.dialogs.price_table import PriceTable
from desktop_app.present.problem_words import file_error_line, import_refused, import_skipped

PRICE_FILTER = QT_TRANSLATE_NOOP("MyPricesDialog", "Price lists (*.json)")


class MyPricesDialog(PriceTable):
    """The user's own price entries: add, edit, delete, import and export them.

    `catalog_changed` is emitted after every change to the user's catalog file, so that preset
    pickers can reload the catalog.
    """

    catalog_changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent, today)
        self.setWindowTitle(translate("MyPricesDialog", "My prices"))
        self.setAccessibleName(translate("Accessible", "My prices"))
        self.editor: EntryEditor | None = None

        intro = QLabel(
            translate(
                "MyPricesDialog",
                "Your own prices — negotiated rates, a cloud region, an imported price list. "
                "They appear beside the bundled ones in every price picker.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self._make_table()
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_entry())
        buttons = self._make_buttons()
        self._describe()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 420)
        self.refresh()

    def _make_buttons(self) -> QHBoxLayout:
        """The buttons, the file's actions at the left and the price lists' at the right."""
        self.add_button = self._button(
            translate("MyPricesDialog", "&Add…"),
            translate("Accessible", "Add a price entry"),
            self.add_entry,
        )
        self.edit_button = self._button(
            translate("MyPricesDialog", "&Edit…"),
            translate("Accessible", "Edit the selected entry"),
            self.edit_entry,
        )
        self.delete_button = self._button(
            translate("MyPricesDialog", "&Delete"),
            translate("Accessible", "Delete the selected entry"),
            self.delete_entry,
        )
        self.import_button = self._button(
            translate("MyPricesDialog", "&Import…"),
            translate("Accessible", "Import a price list (ours or LiteLLM's)"),
            self.import_prices,
        )
        self.export_button = self._button(
            translate("MyPricesDialog", "E&xport…"),
            translate("Accessible", "Export your prices to a file"),
            self.export_prices,
        )
        self.close_button = self._button(
            translate("MyPricesDialog", "Close"), translate("Accessible", "Close"), self.accept
        )
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.close_button):
            buttons.addWidget(button)
        return buttons

    def _describe(self) -> None:
        """What each control does, for screen readers (the names say only what it is)."""
        for widget, description in (
            (
                self.table,
                QT_TRANSLATE_NOOP(
                    "Accessible",
                    "One row per entry: its id, kind, name, as-of date and source",
                ),
            ),
            (
                self.add_button,
                QT_TRANSLATE_NOOP("Accessible", "Open the editor on a new entry of your own"),
            ),
            (
                self.edit_button,
                QT_TRANSLATE_NOOP("Accessible", "Open the editor on the entry selected above"),
            ),
            (
                self.delete_button,
                QT_TRANSLATE_NOOP("Accessible", "Remove the selected entry, after asking"),
            ),
            (
                self.import_button,
                QT_TRANSLATE_NOOP(
                    "Accessible",
                    "Add the entries of a price file; an entry with the same id is replaced",
                ),
            ),
            (
                self.export_button,
                QT_TRANSLATE_NOOP(
                    "Accessible", "Write your entries to a price file others can import"
                ),
            ),
            (
                self.close_button,
                QT_TRANSLATE_NOOP(
                    "Accessible", "Close the list; every change is saved when it is made"
                ),
            ),
        ):
            widget.setAccessibleDescription(translate("Accessible", description))

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _update_buttons(self) -> None:
        writable = not self._damaged
        chosen = self.selected_entry() is not None
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable and not self._damaged_entries)
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and (chosen or self.selected_damaged() is not None))
        self.export_button.setEnabled(bool(self._entries))

    def _taken_ids(self) -> set[str]:
        """Every id in the catalog: a user entry sharing a bundled id could not be picked."""
        return {entry.id for entry in load_catalog()}

    def add_entry(self) -> EntryEditor:
        """Open the editor for a new entry (window-modal); OK saves it."""
        return self._open_editor(None)

    def edit_entry(self) -> EntryEditor | None:
        """Open the editor on the selected entry; OK saves the change."""
        entry = self.selected_entry()
        return None if entry is None or self._damaged else self._open_editor(entry)

    def _open_editor(self, existing: CatalogEntry | None) -> EntryEditor:
        editor = EntryEditor(existing, self._taken_ids(), self)
        editor.accepted.connect(lambda: self._save_edit(existing, editor.entry()))
        editor.finished.connect(lambda _result: editor.deleteLater())
        self.editor = editor
        editor.open()
        return editor

    def _save_edit(self, existing: CatalogEntry | None, entry: CatalogEntry | None) -> None:
        if entry is None:
            return
        replacing = None if existing is None else existing.id
        if self._save(lambda: put_user_entry(entry, replacing)):
            self.select(entry.id)
            if existing is None:
                said = translate("MyPricesDialog", "{name} added.")
            else:
                said = translate("MyPricesDialog", "{name} changed.")
            self._say(said.format(name=entry.name))

    def _save(self, change: Callable[[], None]) -> bool:
        """Change the user's file (under its lock, from what is on disk now); False if not."""
        try:
            change()
        except (OSError, CatalogError) as error:
            QMessageBox.warning(
                self,
                translate("MyPricesDialog", "Prices not saved"),
                translate("MyPricesDialog", "Could not write {0}:\n{1}").format(
                    user_path(), file_error_line(error)
                ),
            )
            self.refresh()
            return False
        self.refresh()
        self.catalog_changed.emit()
        return True

    def confirm_delete(self, entry: CatalogEntry) -> bool:
        """Ask before deleting an entry (tests replace this)."""
        answer = QMessageBox.question(
            self,
            translate("MyPricesDialog", "Delete price entry"),
            translate(
                "MyPricesDialog",
                "Delete {0} ({1}) from your prices?\nScenarios that used it "
                "keep the prices they took from it.",
            ).format(entry.name, entry.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_entry(self) -> None:
        """Delete the selected entry (a damaged one too), once the user confirms."""
        if self._damaged:
            return
        damaged = self.selected_damaged()
        if damaged is not None:
            if self.confirm_delete_damaged(damaged) and self._save(
                lambda: delete_damaged_entry(damaged.raw)
            ):
                said = translate("MyPricesDialog", "The damaged entry {label} deleted.")
                self._say(said.format(label=damaged.label))
            return
        entry = self.selected_entry()
        if entry is None or not self.confirm_delete(entry):
            return
        if self._save(lambda: delete_user_entry(entry.id)):
            self._say(translate("MyPricesDialog", "{name} deleted.").format(name=entry.name))

    def confirm_delete_damaged(self, damaged: DamagedEntry) -> bool:
        """Ask before deleting a damaged entry (tests replace this)."""
        answer = QMessageBox.question(
            self,
            translate("MyPricesDialog", "Delete damaged entry"),
            translate("MyPricesDialog", "Delete the entry {0}, which cannot be used ({1})?").format(
                damaged.label, damaged.reason
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_import_file(self) -> Path | None:
        """Ask which price list to import (tests replace this); None: cancelled."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("MyPricesDialog", "Import prices"),
            "",
            translate("MyPricesDialog", PRICE_FILTER),
        )
        return Path(chosen) if chosen else None

    def choose_export_file(self) -> Path | None:
        """Ask where to export the user's prices (tests replace this); None: cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("MyPricesDialog", "Export my prices"),
            str(Path.home() / "my-prices.json"),
            translate("MyPricesDialog", PRICE_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".json" else path.with_name(f"{path.name}.json")

    def import_prices(self) -> None:
        """Import a price list (ours or LiteLLM's); a broken file changes nothing."""
        path = self.choose_import_file()
        if path is None or self._damaged:
            return
        try:
            report = import_file(path, self.today)
        except CatalogError as error:
            lines = "\n".join(import_refused(error))
            QMessageBox.warning(
                self,
                translate("MyPricesDialog", "Prices not imported"),
                translate("MyPricesDialog", "Nothing was imported from {0}:\n{1}").format(
                    path.name, lines
                ),
            )
            return
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("MyPricesDialog", "Prices not imported"),
                translate("MyPricesDialog", "Could not save the prices:\n{0}").format(
                    file_error_line(error)
                ),
            )
            return
        self.refresh()
        self._say(_import_report(path.name, report), error=bool(report.skipped))
        self.catalog_changed.emit()

    def export_prices(self) -> None:
        """Write the user's prices to a catalog file others can import."""
        path = self.choose_export_file()
        if path is None:
            return
        try:
            count = export_user_entries(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("MyPricesDialog", "Prices not exported"),
                translate("MyPricesDialog", "Could not write {0}:\n{1}").format(
                    path, file_error_line(error)
                ),
            )
            return
        if count == 1:
            said = translate("MyPricesDialog", "{count} entry exported to {path}.")
        else:
            said = translate("MyPricesDialog", "{count} entries exported to {path}.")
        self._say(said.format(count=count, path=path))


def _import_report(name: str, report: ImportReport) -> str:
    """What an import did: '{file}: 3 added, 1 replaced', with the first skipped lines."""
    if not report.skipped:
        said = translate("MyPricesDialog", "{file}: {added} added, {replaced} replaced.")
        return said.format(file=name, added=report.added, replaced=report.replaced)
    lines = "\n".join(import_skipped(report)[:10])
    if len(report.skipped) > 10:
        more = translate("MyPricesDialog", "\n… and {count} more")
        lines += more.format(count=len(report.skipped) - 10)
    said = translate(
        "MyPricesDialog", "{file}: {added} added, {replaced} replaced, {skipped} skipped:\n{lines}."
    )
    return said.format(
        file=name,
        added=report.added,
        replaced=report.replaced,
        skipped=len(report.skipped),
        lines=lines,
    )
