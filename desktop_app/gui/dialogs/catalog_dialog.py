"""The user's own price list: negotiated rates, a cloud region, imported price files.

`EntryEditor` adds or edits one catalog entry and says at each field what is wrong with it;
`MyPricesDialog` lists the user's entries and adds, edits, deletes, imports and exports them.
A price left empty is "not listed" (None), never 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import translate
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.problems import problems
from desktop_app.core.prices.catalog import (
    NO_CACHED_PRICE,
    ROLES,
    STALE_AFTER_DAYS,
    CatalogEntry,
    CatalogError,
    earliest_date,
    user_path,
)
from desktop_app.core.prices.catalog_import import export_user_entries, import_file
from desktop_app.core.prices.user_catalog import (
    DamagedEntry,
    delete_damaged_entry,
    delete_user_entry,
    load_catalog,
    put_user_entry,
    read_user_catalog,
)
from desktop_app.gui.editor.binding import signals_blocked
from desktop_app.gui.editor.inputs import format_number, parse_number, reading
from desktop_app.present.labels import unit_text

KINDS = {
    "embedding": "Embedding model",
    "chat": "Chat model (base)",
    "fine_tune": "Fine-tunable model",
    "vector_store": "Vector store",
    "reranker": "Reranker",
    "prompt_cache": "Prompt cache (long context)",
}
TEXT_LABELS = {  # CatalogEntry's text fields by their labels in the editor
    "provider": "Provider",
    "name": "Name",
    "id": "Id",
    "currency": "Currency",
    "source": "Source",
    "source_date": "Source date",
}
PRICE_FILTER = "Price lists (*.json)"
DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 1  # the index of a damaged entry, on its row
ERROR_RED = "#d64545"  # the app's error colour; a lighter red stays readable on a dark window
ERROR_RED_ON_DARK = "#ff7a7a"
INVALID_FRAME = "QLineEdit {{ border: 2px solid {red}; border-radius: 2px; padding: 1px; }}"


def price_paths(kind: str) -> tuple[str, ...]:
    """The scenario fields an entry of this kind prices, in form order."""
    return tuple(
        path for role_kind, _, paths in ROLES.values() if role_kind == kind for path in paths
    )


def default_id(provider: str, name: str) -> str:
    """The id a new entry gets: 'mine/<provider>-<name>', lower case, no spaces."""
    slug = re.sub(r"[^a-z0-9.:_]+", "-", f"{provider} {name}".lower()).strip("-.")
    return f"mine/{slug}" if slug else ""


def entry_problems(error: ValidationError, texts: dict[str, str]) -> list[tuple[str, str]]:
    """CatalogEntry's problems as (field key, line naming the field by its label).

    `texts` are the typed texts by field: an empty one is "required" rather than too short.
    """
    found = []
    for item, line in zip(error.errors(), problems(error), strict=False):
        path, problem = line.split(": ", 1)
        problem = problem.removeprefix("value error, ")  # a validator's own words
        key = path.removeprefix("prices.")
        if item["type"] == "string_too_short":
            least = (item.get("ctx") or {}).get("min_length", 1)
            problem = "is required" if not texts.get(key) else (
                f"must be at least {least} characters long"
            )
        label = TEXT_LABELS.get(key) or (
            numeric_field(key).label if path.startswith("prices.") else path
        )
        found.append((key, f"{label}: {problem}"))
    return found


def _red(widget: QWidget) -> str:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return ERROR_RED_ON_DARK if dark else ERROR_RED


class _Checked(QWidget):
    """A form field with the reason it is invalid in red below it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.message = QLabel(self)  # one line, unwrapped: the dialog grows to show it
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.message)

    def show_problem(self, problem: str | None, frame: QWidget | None = None) -> None:
        """Show the reason (or clear it) and frame the input in red."""
        red = _red(self)
        style = f"color: {red};"
        if self.message.styleSheet() != style:  # restyling is costly: only on a change
            self.message.setStyleSheet(style)
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        edit = frame or self.field
        frame_style = INVALID_FRAME.format(red=red) if problem else ""
        if isinstance(edit, QLineEdit) and edit.styleSheet() != frame_style:
            edit.setStyleSheet(frame_style)


class EntryEditor(QDialog):
    """Add or edit one entry of the user's price list; `entry()` is the result.

    OK is accepted only when every field is valid; until then the problems are shown at their
    fields. `taken_ids` are the ids the entry may not take (its own id, when editing, may stay).
    """

    def __init__(
        self, existing: CatalogEntry | None, taken_ids: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.existing = existing
        self.taken_ids = set(taken_ids) - ({existing.id} if existing else set())
        self.setWindowTitle(f"Edit price: {existing.name}" if existing else "New price")
        self.setAccessibleName(self.windowTitle())
        self._typed: dict[str, str] = {}  # price texts by path, kept across kind changes
        self._touched: set[str] = set()  # fields whose problems are shown before OK is pressed
        self._show_all = False
        self._id_follows_name = existing is None
        self._as_of_follows_source = existing is None  # until the user picks a date

        self.kind = QComboBox(self)
        self.kind.setAccessibleName("Kind")
        for kind, text in KINDS.items():
            self.kind.addItem(text, kind)
        self.provider = self._line_edit("Provider", "e.g. OpenAI")
        self.name = self._line_edit("Name", "e.g. gpt-4.1-mini (EU region)")
        self.entry_id = self._line_edit("Id", "mine/<provider>-<name>")
        self.entry_id.setToolTip(
            translate("EntryEditor", "How scenarios refer to this entry; unique among your prices.")
        )
        self.currency = self._line_edit("Currency", "USD")
        self.currency.setMaxLength(3)
        self.currency.setText(translate("EntryEditor", "USD"))
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("MMMMMM"))
        self.source = self._line_edit("Source", "e.g. Contract with OpenAI, signed 2026-10-01")
        self.source_date = self._line_edit("Source date", "e.g. 2026-10-01, or October 2026")
        self.source_date.setToolTip(translate("EntryEditor", "The date as the source gives it."))
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setAccessibleName("As of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setToolTip(
            translate("EntryEditor", "The earliest date the source vouches for these prices.")
        )
        self.undated = QLabel(
            translate("EntryEditor", "This entry had no as-of date: check the one shown."), self
        )
        self.undated.setWordWrap(True)
        self.undated.hide()
        self.uncertain = QCheckBox(
            translate("EntryEditor", "Prices uncertain (an estimate, or not yet confirmed)"), self
        )
        self.uncertain.setAccessibleName("Prices uncertain")
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)

        self.checked = {
            "provider": _Checked(self.provider, self),
            "name": _Checked(self.name, self),
            "id": _Checked(self.entry_id, self),
            "currency": _Checked(self.currency, self),
            "source": _Checked(self.source, self),
            "source_date": _Checked(self.source_date, self),
        }
        self.prices_box = QGroupBox(
            translate("EntryEditor", "Prices (leave empty what the source does not list)"), self
        )
        self.prices_form = QFormLayout(self.prices_box)
        self.price_inputs: dict[str, QLineEdit] = {}
        self.price_units: dict[str, QLabel] = {}
        self.price_rows: dict[str, _Checked] = {}
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("EntryEditor", "&Kind"), self.kind)
        form.addRow(translate("EntryEditor", "&Provider"), self.checked["provider"])
        form.addRow(translate("EntryEditor", "&Name"), self.checked["name"])
        form.addRow(translate("EntryEditor", "&Id"), self.checked["id"])
        form.addRow(translate("EntryEditor", "&Currency"), self.checked["currency"])
        source_form = QFormLayout()
        source_form.addRow(translate("EntryEditor", "&Source"), self.checked["source"])
        source_form.addRow(translate("EntryEditor", "Source &date"), self.checked["source_date"])
        source_form.addRow(translate("EntryEditor", "&As of"), self.as_of)
        source_form.addRow(self.undated)
        source_form.addRow(self.uncertain)
        source_form.addRow(translate("EntryEditor", "N&otes"), self.notes)
        for each in (form, source_form):
            each.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.prices_box)
        layout.addWidget(self.general)  # "give at least one price" belongs under the prices
        layout.addLayout(source_form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        if existing is not None:
            self._show_existing(existing)
        self._build_prices()
        self.kind.currentIndexChanged.connect(lambda _index: self._on_kind_changed())
        for key, edit in (
            ("provider", self.provider),
            ("name", self.name),
            ("source", self.source),
            ("source_date", self.source_date),
        ):
            edit.textEdited.connect(lambda _text, key=key: self._on_edited(key))
        self.entry_id.textEdited.connect(self._on_id_edited)
        self.currency.textEdited.connect(self._on_currency_edited)
        self.as_of.dateChanged.connect(self._on_as_of_changed)

    def _line_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _show_existing(self, entry: CatalogEntry) -> None:
        self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        self.provider.setText(entry.provider)
        self.name.setText(entry.name)
        self.entry_id.setText(entry.id)
        self.currency.setText(entry.currency)
        self.source.setText(entry.source)
        self.source_date.setText(entry.source_date)
        as_of = entry.as_of or earliest_date(entry.source_date)
        if as_of is not None:
            self.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
        self.undated.setVisible(entry.as_of is None)
        self.uncertain.setChecked(entry.uncertain)
        self.notes.setPlainText(entry.notes or "")
        self._typed = {
            path: "" if price is None else format_number(price)
            for path, price in entry.prices.items()
        }

    def current_kind(self) -> str:
        """The kind chosen: 'embedding', 'chat', 'fine_tune' or 'vector_store'."""
        return str(self.kind.currentData())

    def _build_prices(self) -> None:
        """One input per price of the chosen kind (typed texts survive a change of kind)."""
        for path, edit in self.price_inputs.items():
            self._typed[path] = edit.text()
        while self.prices_form.rowCount():
            self.prices_form.removeRow(0)
        self.price_inputs, self.price_units, self.price_rows = {}, {}, {}
        for path in price_paths(self.current_kind()):
            field = numeric_field(path)
            edit = QLineEdit(self._typed.get(path, ""), self.prices_box)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(
                "none: the input price applies" if path in NO_CACHED_PRICE else "not listed"
            )
            edit.setToolTip(field.description)
            edit.textEdited.connect(lambda _text, path=path: self._on_edited(path))
            unit = QLabel(self.prices_box)
            unit.setMinimumWidth(unit.fontMetrics().horizontalAdvance("USD per 1M write units"))
            line = QWidget(self.prices_box)
            line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            row.addWidget(unit)
            checked = _Checked(line, self.prices_box)
            self.prices_form.addRow(field.label, checked)
            label = self.prices_form.labelForField(checked)
            if isinstance(label, QLabel):
                label.setBuddy(edit)
            checked.show()  # at once, not when the event loop next runs (the dialog may be open)
            self.price_inputs[path], self.price_units[path] = edit, unit
            self.price_rows[path] = checked
        self._show_units()

    def _show_units(self) -> None:
        currency = self.currency.text() or "USD"
        for path, unit in self.price_units.items():
            field = numeric_field(path)
            unit.setText(unit_text(field, currency))
            self.price_inputs[path].setAccessibleName(f"{field.label} ({unit.text()})")

    def _on_kind_changed(self) -> None:
        self._build_prices()
        self.check()

    def _on_edited(self, key: str) -> None:
        self._touched.add(key)
        if key in ("provider", "name") and self._id_follows_name:
            self.entry_id.setText(default_id(self.provider.text(), self.name.text()))
        if key == "source_date" and self._as_of_follows_source:
            found = earliest_date(self.source_date.text())
            if found is not None:
                with signals_blocked(self.as_of):
                    self.as_of.setDate(QDate(found.year, found.month, found.day))
        self.check()

    def _on_as_of_changed(self, _date: QDate) -> None:
        self._as_of_follows_source = False
        self.undated.hide()

    def _on_id_edited(self, _text: str) -> None:
        self._id_follows_name = False  # the user's own id stays, whatever the name becomes
        self._on_edited("id")

    def _on_currency_edited(self, text: str) -> None:
        if text != text.upper():
            position = self.currency.cursorPosition()
            self.currency.setText(text.upper())
            self.currency.setCursorPosition(position)
        self._show_units()
        self._on_edited("currency")

    def _field_problems(self) -> dict[str, str]:
        """The problem of each invalid field, keyed by field (a path for the entry as a whole).

        Prices are read in the user's locale by the window's rules; everything else is checked
        by `CatalogEntry` itself, whose declared limits are the only ones, named by label here.
        """
        found: dict[str, str] = {}
        prices: dict[str, float | None] = {}
        listed = 0
        for path, edit in self.price_inputs.items():
            field = numeric_field(path)
            text = edit.text().strip()
            value, problem = reading(field, text) if text else (None, None)
            if problem is not None:
                found[path] = f"{field.label}: {problem}"
            prices[path] = value
            listed += value is not None and not field.path.endswith("dimensions")
        try:
            self._build_entry(prices)
        except ValidationError as error:
            for key, line in entry_problems(error, self._texts()):
                found.setdefault(key, line)
        entry_id = self.entry_id.text().strip()
        if "id" not in found and entry_id in self.taken_ids:
            found["id"] = "Id: already taken by another entry"
        if not listed and not any(path in found for path in self.price_inputs):
            found[""] = "Prices: give at least one price."
        return found

    def _texts(self) -> dict[str, str]:
        """The text fields as typed (stripped), by CatalogEntry field name."""
        return {
            key: checked.field.text().strip()
            for key, checked in self.checked.items()
            if isinstance(checked.field, QLineEdit)  # all of them: the six text fields
        }

    def problems(self) -> list[str]:
        """Every problem of the entry as typed, one line each, naming its field."""
        return list(self._field_problems().values())

    def check(self) -> list[str]:
        """Show the problems at their fields (only touched ones before OK); all of them."""
        by_field = self._field_problems()  # one validation through CatalogEntry per check
        found = list(by_field.values())
        for key, checked in {**self.checked, **self.price_rows}.items():
            shown = key in by_field and (self._show_all or key in self._touched)
            checked.show_problem(by_field[key] if shown else None, self.price_inputs.get(key))
        at_fields = {*self.checked, *self.price_rows}
        rest = [line for key, line in by_field.items() if key not in at_fields]
        general = "\n".join(rest) if self._show_all else ""
        self.general.setStyleSheet(f"color: {_red(self)};")
        self.general.setText(general)
        self.general.setVisible(bool(general))
        return found

    def _build_entry(self, prices: dict[str, float | None]) -> CatalogEntry:
        chosen = self.as_of.date()
        kept = self.existing.model_dump() if self.existing else {}
        return CatalogEntry.model_validate(
            {
                **kept,  # what the editor does not show (availability, closes) is kept
                "id": self.entry_id.text().strip(),
                "kind": self.current_kind(),
                "provider": self.provider.text().strip(),
                "name": self.name.text().strip(),
                "currency": self.currency.text(),
                "prices": prices,
                "source": self.source.text().strip(),
                "source_date": self.source_date.text().strip(),
                "as_of": date(chosen.year(), chosen.month(), chosen.day()),
                "uncertain": self.uncertain.isChecked(),
                "notes": self.notes.toPlainText().strip() or None,
                "user": True,
            }
        )

    def entry(self) -> CatalogEntry | None:
        """The entry as typed (the user's own), or None while any field is invalid."""
        if self._field_problems():
            return None
        return self._build_entry(
            {
                path: parse_number(edit.text()) if edit.text().strip() else None
                for path, edit in self.price_inputs.items()
            }
        )

    def accept(self) -> None:
        """Close with OK only when the entry is valid; otherwise show every problem."""
        self._show_all = True
        if self.check():
            first = next(
                (
                    checked.field
                    for checked in (*self.checked.values(), *self.price_rows.values())
                    if checked.message.isVisible()
                ),
                None,
            )
            if first is not None:
                first.setFocus()
            return
        super().accept()


class MyPricesDialog(QDialog):
    """The user's own price entries: add, edit, delete, import and export them.

    `catalog_changed` is emitted after every change to the user's catalog file, so that preset
    pickers can reload the catalog.
    """

    catalog_changed = Signal()
    COLUMNS = ("Id", "Kind", "Name", "As of", "Source")

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.setWindowTitle(translate("MyPricesDialog", "My prices"))
        self.setAccessibleName("My prices")
        self.editor: EntryEditor | None = None
        self._entries: list[CatalogEntry] = []
        self._damaged_entries: list[DamagedEntry] = []  # shown, deletable, kept as they are
        self._damaged = ""  # why the user's file cannot be read, if it cannot

        intro = QLabel(
            translate(
                "MyPricesDialog",
                "Your own prices — negotiated rates, a cloud region, an imported price list. "
                "They appear beside the bundled ones in every price picker.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName("Your price entries")
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
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
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_entry())
        self.empty = QLabel(
            translate(
                "MyPricesDialog", "No prices of your own yet: Add… one, or Import… a price list."
            ),
            self,
        )
        self.status = QLabel(self)
        self.status.setAccessibleName("Status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = self._button("&Add…", "Add a price entry", self.add_entry)
        self.edit_button = self._button("&Edit…", "Edit the selected entry", self.edit_entry)
        self.delete_button = self._button("&Delete", "Delete the selected entry", self.delete_entry)
        self.import_button = self._button(
            "&Import…", "Import a price list (ours or LiteLLM's)", self.import_prices
        )
        self.export_button = self._button(
            "E&xport…", "Export your prices to a file", self.export_prices
        )
        self.close_button = self._button("Close", "Close", self.accept)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 420)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def entries(self) -> list[CatalogEntry]:
        """The user's own entries, as last read."""
        return list(self._entries)

    def refresh(self) -> None:
        """Read the user's entries again and show them."""
        try:
            catalog = read_user_catalog()
        except CatalogError as error:
            self._entries, self._damaged_entries = [], []
            self._damaged = (
                "Your price file cannot be read, so it is not changed here; repair or remove "
                f"it first:\n{error}"
            )
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
            cells = (damaged.label, "Damaged", damaged.reason, "", "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DAMAGED_ROLE, index)
                item.setToolTip(
                    translate(
                        "MyPricesDialog", "This entry cannot be used: {0}. Delete it here."
                    ).format(damaged.reason)
                )
                item.setForeground(QColor(_red(self)))
                self.table.setItem(len(self._entries) + index, column, item)
        self.table.setSortingEnabled(True)
        if selected is not None:
            self.select(selected.id)
        self.empty.setVisible(not self._entries and not self._damaged_entries and not self._damaged)
        if self._damaged:
            self._say(self._damaged, error=True)
        elif self._damaged_entries:
            count = len(self._damaged_entries)
            self._say(
                f"{count} of your entries cannot be used (marked Damaged): "
                "delete them, or repair the file by hand.",
                error=True,
            )
        self._update_buttons()

    def _cells(self, entry: CatalogEntry) -> tuple[str, ...]:
        as_of = entry.as_of.isoformat() if entry.as_of else "undated"
        age = entry.age_days(self.today)
        if age is not None and age > STALE_AFTER_DAYS:
            as_of += f" ({age // 30} months old)"
        return (entry.id, KINDS[entry.kind], entry.name, as_of, entry.source)

    def _tooltip(self, entry: CatalogEntry) -> str:
        lines = [f"{entry.name} ({entry.provider}), prices in {entry.currency}"]
        for path, price in entry.prices.items():
            field = numeric_field(path)
            shown = "not listed" if price is None else format_number(price)
            lines.append(f"{field.label}: {shown} {unit_text(field, entry.currency)}")
        lines.append(f"Source: {entry.source} ({entry.source_date})")
        if entry.uncertain:
            lines.append("Uncertain prices")
        if entry.notes:
            lines.append(f"Notes: {entry.notes}")
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
        writable = not self._damaged
        chosen = self.selected_entry() is not None
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable and not self._damaged_entries)
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and (chosen or self.selected_damaged() is not None))
        self.export_button.setEnabled(bool(self._entries))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {_red(self)};" if error else "")
        self.status.setText(text)

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
        verb = "added" if existing is None else "changed"
        replacing = None if existing is None else existing.id
        if self._save(lambda: put_user_entry(entry, replacing)):
            self.select(entry.id)
            self._say(f"{entry.name} {verb}.")

    def _save(self, change: Callable[[], None]) -> bool:
        """Change the user's file (under its lock, from what is on disk now); False if not."""
        try:
            change()
        except (OSError, CatalogError) as error:
            QMessageBox.warning(
                self,
                translate("MyPricesDialog", "Prices not saved"),
                translate("MyPricesDialog", "Could not write {0}:\n{1}").format(user_path(), error),
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
                self._say(f"The damaged entry {damaged.label} deleted.")
            return
        entry = self.selected_entry()
        if entry is None or not self.confirm_delete(entry):
            return
        if self._save(lambda: delete_user_entry(entry.id)):
            self._say(f"{entry.name} deleted.")

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
            self, translate("MyPricesDialog", "Import prices"), "", PRICE_FILTER
        )
        return Path(chosen) if chosen else None

    def choose_export_file(self) -> Path | None:
        """Ask where to export the user's prices (tests replace this); None: cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("MyPricesDialog", "Export my prices"),
            str(Path.home() / "my-prices.json"),
            PRICE_FILTER,
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
            lines = "\n".join(error.lines)
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
                translate("MyPricesDialog", "Could not save the prices:\n{0}").format(error),
            )
            return
        self.refresh()
        said = f"{path.name}: {report.added} added, {report.replaced} replaced"
        if report.skipped:
            shown = "\n".join(report.skipped[:10])
            more = f"\n… and {len(report.skipped) - 10} more" if len(report.skipped) > 10 else ""
            said += f", {len(report.skipped)} skipped:\n{shown}{more}"
        self._say(said + ".", error=bool(report.skipped))
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
                translate("MyPricesDialog", "Could not write {0}:\n{1}").format(path, error),
            )
            return
        self._say(f"{count} {'entry' if count == 1 else 'entries'} exported to {path}.")
