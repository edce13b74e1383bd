"""The user's price entries as a table: read from their file, one row each, damaged ones marked.

`PriceTable` is the dialog's reading side; `MyPricesDialog` (catalog_dialog.py) adds the
actions that change the file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.prices.catalog import STALE_AFTER_DAYS, CatalogEntry, CatalogError
from desktop_app.core.prices.user_catalog import DamagedEntry, read_user_catalog
from desktop_app.gui.dialogs.checked_field import error_red
from desktop_app.gui.dialogs.entry_rules import kind_name
from desktop_app.gui.editor.inputs import format_number
from desktop_app.gui.theme import mark_focus
from desktop_app.present.labels import field_label, unit_text
from desktop_app.present.problem_words import damaged_reason

DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 1  # the index of a damaged entry, on its row


class PriceTable(QDialog):
    """The user's own price entries, one row each, as last read from their file."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("MyPricesDialog", "Id"),
        QT_TRANSLATE_NOOP("MyPricesDialog", "Kind"),
        QT_TRANSLATE_NOOP("MyPricesDialog", "Name"),
        QT_TRANSLATE_NOOP("MyPricesDialog", "As of"),
        QT_TRANSLATE_NOOP("MyPricesDialog", "Source"),
    )

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._entries: list[CatalogEntry] = []
        self._damaged_entries: list[DamagedEntry] = []  # shown, deletable, kept as they are
        self._damaged = ""  # why the user's file cannot be read, if it cannot

    def _make_table(self) -> None:
        """The table of entries, the line shown while there are none, and the status line."""
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(translate("Accessible", "Your price entries"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        mark_focus(self.table)  # an empty table has no current cell to show the focus
        self.table.setHorizontalHeaderLabels(
            [translate("MyPricesDialog", column) for column in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # long sources are elided; the tooltip has them whole
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(
            translate(
                "MyPricesDialog", "No prices of your own yet: Add… one, or Import… a price list."
            ),
            self,
        )
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("Accessible", "Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def entries(self) -> list[CatalogEntry]:
        """The user's own entries, as last read."""
        return list(self._entries)

    def refresh(self) -> None:
        """Read the user's entries again and show them."""
        try:
            catalog = read_user_catalog()
        except CatalogError as error:
            self._entries, self._damaged_entries = [], []
            self._damaged = translate(
                "MyPricesDialog",
                "Your price file cannot be read, so it is not changed here; repair or remove "
                "it first:\n{error}",
            ).format(error=error)
        else:
            self._entries, self._damaged_entries = catalog.entries, catalog.damaged
            self._damaged = ""
        selected = self.selected_entry()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self._entries) + len(self._damaged_entries))
        for row, entry in enumerate(self._entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(self._tooltip(entry))
                self.table.setItem(row, column, item)
        for index, damaged in enumerate(self._damaged_entries):
            reason = damaged_reason(damaged)
            cells = (damaged.label, translate("MyPricesDialog", "Damaged"), reason, "", "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DAMAGED_ROLE, index)
                item.setToolTip(
                    translate(
                        "MyPricesDialog", "This entry cannot be used: {0}. Delete it here."
                    ).format(reason)
                )
                item.setForeground(QColor(error_red(self)))
                self.table.setItem(len(self._entries) + index, column, item)
        self.table.setSortingEnabled(True)
        if selected is not None:
            self.select(selected.id)
        self.empty.setVisible(not self._entries and not self._damaged_entries and not self._damaged)
        if self._damaged:
            self._say(self._damaged, error=True)
        elif self._damaged_entries:
            count = len(self._damaged_entries)
            said = translate(
                "MyPricesDialog",
                "{count} of your entries cannot be used (marked Damaged): "
                "delete them, or repair the file by hand.",
            )
            self._say(said.format(count=count), error=True)
        self._update_buttons()

    def _cells(self, entry: CatalogEntry) -> tuple[str, ...]:
        as_of = entry.as_of.isoformat() if entry.as_of else translate("MyPricesDialog", "undated")
        age = entry.age_days(self.today)
        if age is not None and age > STALE_AFTER_DAYS:
            old = translate("MyPricesDialog", "{date} ({months} months old)")
            as_of = old.format(date=as_of, months=age // 30)
        return (entry.id, kind_name(entry.kind), entry.name, as_of, entry.source)

    def _tooltip(self, entry: CatalogEntry) -> str:
        lines = [
            translate("MyPricesDialog", "{name} ({provider}), prices in {currency}").format(
                name=entry.name, provider=entry.provider, currency=entry.currency
            )
        ]
        for path, price in entry.prices.items():
            field = numeric_field(path)
            shown = format_number(price) if price is not None else _not_listed()
            line = translate("MyPricesDialog", "{field}: {price} {unit}")
            unit = unit_text(field, entry.currency)
            lines.append(line.format(field=field_label(path), price=shown, unit=unit))
        source = translate("MyPricesDialog", "Source: {source} ({date})")
        lines.append(source.format(source=entry.source, date=entry.source_date))
        if entry.uncertain:
            lines.append(translate("MyPricesDialog", "Uncertain prices"))
        if entry.notes:
            lines.append(translate("MyPricesDialog", "Notes: {notes}").format(notes=entry.notes))
        return "\n".join(lines)

    def selected_damaged(self) -> DamagedEntry | None:
        """The damaged entry of the selected row, if one is selected."""
        items = self.table.selectedItems()
        index = items[0].data(DAMAGED_ROLE) if items else None
        return None if index is None else self._damaged_entries[index]

    def selected_entry(self) -> CatalogEntry | None:
        """The entry of the selected row, if any."""
        items = self.table.selectedItems()
        if not items:
            return None
        entry_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((entry for entry in self._entries if entry.id == entry_id), None)

    def select(self, entry_id: str) -> None:
        """Select the row of the entry with this id."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == entry_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        """Enable the actions that fit the selection (the dialog's buttons; none here)."""

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {error_red(self)};" if error else "")
        self.status.setText(text)


def _not_listed() -> str:
    return translate("MyPricesDialog", "not listed")
