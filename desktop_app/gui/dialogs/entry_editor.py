"""The editor of one entry of the user's price list: each field says what is wrong with it.

A price left empty is "not listed" (None), never 0; everything but the prices' reading in the
user's locale is checked by `CatalogEntry` itself.
"""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.prices.catalog import NO_CACHED_PRICE, CatalogEntry, earliest_date
from desktop_app.gui.dialog_size import fit_height
from desktop_app.gui.dialogs.checked_field import CheckedField, error_red
from desktop_app.gui.dialogs.entry_rules import (
    KINDS,
    default_id,
    entry_problems,
    kind_name,
    price_paths,
    text_label,
)
from desktop_app.gui.editor.binding import signals_blocked
from desktop_app.gui.editor.inputs import format_number, parse_number, reading
from desktop_app.gui.tab_order import tab_through
from desktop_app.gui.theme import mark_focus
from desktop_app.present.labels import field_help, field_text, unit_text


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
        if existing:
            title = translate("EntryEditor", "Edit price: {name}").format(name=existing.name)
        else:
            title = translate("EntryEditor", "New price")
        self.setWindowTitle(title)
        self.setAccessibleName(self.windowTitle())
        self._typed: dict[str, str] = {}  # price texts by path, kept across kind changes
        self._touched: set[str] = set()  # fields whose problems are shown before OK is pressed
        self._show_all = False
        self._id_follows_name = existing is None
        self._as_of_follows_source = existing is None  # until the user picks a date
        self._make_inputs()
        self._make_rows()
        self._lay_out()
        self._describe()
        if existing is not None:
            self._show_existing(existing)
        self._build_prices()
        self._connect()

    def _make_inputs(self) -> None:
        """The kind, text, date, check box and notes inputs (the prices come with the kind)."""
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(translate("Accessible", "Kind"))
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.provider = self._line_edit("provider", translate("EntryEditor", "e.g. OpenAI"))
        self.name = self._line_edit(
            "name", translate("EntryEditor", "e.g. gpt-4.1-mini (EU region)")
        )
        self.entry_id = self._line_edit("id", translate("EntryEditor", "mine/<provider>-<name>"))
        self.entry_id.setToolTip(
            translate("EntryEditor", "How scenarios refer to this entry; unique among your prices.")
        )
        self.currency = self._line_edit("currency", "USD")
        self.currency.setMaxLength(3)
        self.currency.setText(translate("EntryEditor", "USD"))
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("MMMMMM"))
        self.source = self._line_edit(
            "source", translate("EntryEditor", "e.g. Contract with OpenAI, signed 2026-10-01")
        )
        self.source_date = self._line_edit(
            "source_date", translate("EntryEditor", "e.g. 2026-10-01, or October 2026")
        )
        self.source_date.setToolTip(translate("EntryEditor", "The date as the source gives it."))
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setAccessibleName(translate("Accessible", "As of"))
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
        self.uncertain.setAccessibleName(translate("Accessible", "Prices uncertain"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(translate("Accessible", "Notes"))
        self.notes.setTabChangesFocus(True)
        mark_focus(self.notes)  # Fusion frames a focused line edit, not a focused text box
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)

    def _make_rows(self) -> None:
        """The text fields with their problem lines, the prices' box and the OK button."""
        self.checked = {
            "provider": CheckedField(self.provider, self),
            "name": CheckedField(self.name, self),
            "id": CheckedField(self.entry_id, self),
            "currency": CheckedField(self.currency, self),
            "source": CheckedField(self.source, self),
            "source_date": CheckedField(self.source_date, self),
        }
        self.prices_box = QGroupBox(
            translate("EntryEditor", "Prices (leave empty what the source does not list)"), self
        )
        self.prices_form = QFormLayout(self.prices_box)
        self.price_inputs: dict[str, QLineEdit] = {}
        self.price_units: dict[str, QLabel] = {}
        self.price_rows: dict[str, CheckedField] = {}
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        """The entry's fields, its prices, the line for the entry as a whole, its source."""
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

    def _describe(self) -> None:
        """What each control does, for screen readers; the id, dates and prices have tooltips."""
        for widget, description in (
            (
                self.kind,
                QT_TRANSLATE_NOOP(
                    "Accessible", "What the entry prices; it decides which prices are asked"
                ),
            ),
            (
                self.provider,
                QT_TRANSLATE_NOOP(
                    "Accessible",
                    "Who sells the model or service; the id is made from it and the name",
                ),
            ),
            (
                self.name,
                QT_TRANSLATE_NOOP(
                    "Accessible", "The model or service as the price pickers will list it"
                ),
            ),
            (
                self.currency,
                QT_TRANSLATE_NOOP(
                    "Accessible", "The three-letter code of the currency the prices are in"
                ),
            ),
            (
                self.source,
                QT_TRANSLATE_NOOP(
                    "Accessible", "Where the prices come from, such as a price page or a contract"
                ),
            ),
            (
                self.uncertain,
                QT_TRANSLATE_NOOP(
                    "Accessible",
                    "Marks the entry's prices as not firm; the price list says so in its details",
                ),
            ),
            (
                self.notes,
                QT_TRANSLATE_NOOP("Accessible", "Your notes on the entry, saved with it"),
            ),
            (
                self.ok_button,
                QT_TRANSLATE_NOOP(
                    "Accessible",
                    "Save the entry to your prices, or show at each field what is wrong",
                ),
            ),
            (
                self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                QT_TRANSLATE_NOOP("Accessible", "Close without saving the entry"),
            ),
        ):
            widget.setAccessibleDescription(translate("Accessible", description))

    def _connect(self) -> None:
        """Check the entry at every edit; the id and the as-of date follow until set by hand."""
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

    def _line_edit(self, key: str, placeholder: str) -> QLineEdit:
        """A text field of the entry, named by its label for screen readers."""
        edit = QLineEdit(self)
        edit.setAccessibleName(text_label(key))
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
                translate("EntryEditor", "none: the input price applies")
                if path in NO_CACHED_PRICE
                else translate("EntryEditor", "not listed")
            )
            edit.setToolTip(field_help(field))
            edit.textEdited.connect(lambda _text, path=path: self._on_edited(path))
            unit = QLabel(self.prices_box)
            unit.setMinimumWidth(unit.fontMetrics().horizontalAdvance("USD per 1M write units"))
            line = QWidget(self.prices_box)
            line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            row.addWidget(unit)
            checked = CheckedField(line, self.prices_box)
            self.prices_form.addRow(field_text(field.label), checked)
            label = self.prices_form.labelForField(checked)
            if isinstance(label, QLabel):
                label.setBuddy(edit)
            checked.show()  # at once, not when the event loop next runs (the dialog may be open)
            self.price_inputs[path], self.price_units[path] = edit, unit
            self.price_rows[path] = checked
        self._show_units()
        # Made after the dialog's other fields, the prices would come last in the Tab order
        # (after OK): they go where they stand, between the currency and the source.
        tab_through(self.currency, [*self.price_inputs.values(), self.source])

    def _show_units(self) -> None:
        currency = self.currency.text() or "USD"
        for path, unit in self.price_units.items():
            field = numeric_field(path)
            unit.setText(unit_text(field, currency))
            name = translate("Accessible", "{field} ({unit})")
            self.price_inputs[path].setAccessibleName(
                name.format(field=field_text(field.label), unit=unit.text())
            )

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
                line = translate("EntryEditor", "{field}: {problem}")
                found[path] = line.format(field=field_text(field.label), problem=problem)
            prices[path] = value
            listed += value is not None and not field.path.endswith("dimensions")
        try:
            self._build_entry(prices)
        except ValidationError as error:
            for key, line in entry_problems(error, self._texts()):
                found.setdefault(key, line)
        entry_id = self.entry_id.text().strip()
        if "id" not in found and entry_id in self.taken_ids:
            found["id"] = translate("EntryEditor", "Id: already taken by another entry")
        if not listed and not any(path in found for path in self.price_inputs):
            found[""] = translate("EntryEditor", "Prices: give at least one price.")
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
        self.general.setStyleSheet(f"color: {error_red(self)};")
        self.general.setText(general)
        self.general.setVisible(bool(general))
        if self.isVisible():
            fit_height(self)  # the lines shown, the rows of another kind
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
