"""Price presets in the editor: one picker per price role, with the source and its date."""

from __future__ import annotations

import html
import textwrap
from datetime import date
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.scenario import PresetRecord, Scenario
from desktop_app.core.prices.catalog import ROLES, CatalogEntry, role_title
from desktop_app.core.prices.presets import preset_warnings
from desktop_app.core.prices.retirement_events import EventOffer, event_offers
from desktop_app.gui.combo_boxes import FormComboBox, cut_long_names
from desktop_app.gui.editor.binding import signals_blocked

CUSTOM = QT_TRANSLATE_NOOP("PresetPicker", "Custom (your own prices)")
WARNING_COLOR = "#d35400"


def _undated() -> str:
    return translate("PresetPicker", "undated")


class PresetPicker(QWidget):
    """A catalog entry for one role, and what the user should know about it."""

    chosen = Signal(str, str)  # role, entry id
    event_offered = Signal(object)  # an Event the preset's dates call for, to add

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.combo = FormComboBox(self)
        self.combo.setAccessibleName(
            translate("PresetPicker", "{role} price preset").format(role=role_title(role))
        )
        self.combo.setAccessibleDescription(
            translate("PresetPicker", "Fills the prices of this role from the price catalog")
        )
        cut_long_names(self.combo, 24)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setAccessibleName(
            translate("PresetPicker", "{role} price source").format(role=role_title(role))
        )
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.combo)
        layout.addWidget(self.info)
        self.offer_buttons: list[QPushButton] = []
        self.combo.activated.connect(self._on_activated)

    def set_entries(self, entries: list[CatalogEntry]) -> None:
        """Offer the catalog entries of this role's kind (the user's own first)."""
        kind = ROLES[self.role][0]
        mine = [e for e in entries if e.kind == kind and e.user]
        bundled = [e for e in entries if e.kind == kind and not e.user]
        with signals_blocked(self.combo):
            self.combo.clear()
            self.combo.addItem(translate("PresetPicker", CUSTOM), "")
            for entry in mine + bundled:
                as_of = entry.as_of.isoformat() if entry.as_of else _undated()
                owner = translate("PresetPicker", "mine · ") if entry.user else ""
                self.combo.addItem(f"{owner}{entry.provider} · {entry.name} ({as_of})", entry.id)
                self.combo.setItemData(self.combo.count() - 1, entry.source, 3)  # tooltip

    def show_scenario(self, scenario: Scenario, warnings: list[str], notes: list[str]) -> None:
        """Select the scenario's preset (or Custom) and say where its prices come from."""
        record = cast("dict[str, PresetRecord]", scenario.presets).get(self.role)  # any role
        index = self.combo.findData(record.id) if record else 0
        with signals_blocked(self.combo):
            self.combo.setCurrentIndex(max(index, 0))
        if record is None:
            text = translate("PresetPicker", "Custom prices: no source recorded.")
        else:
            as_of = record.as_of.isoformat() if record.as_of else _undated()
            source = html.escape(textwrap.shorten(record.source, 70))
            text = translate("PresetPicker", "{source} · as of {date}").format(
                source=source, date=as_of
            )
        warned = "".join(
            f"<br><span style='color:{WARNING_COLOR}'>⚠ {html.escape(line)}</span>"
            for line in warnings + notes
        )
        self.info.setText(text + warned)
        self.info.setToolTip(f"{record.source}\n{record.source_date}" if record else "")

    def show_offers(self, offers: list[EventOffer]) -> None:
        """One "Add event (month N)" button per event the preset's dates call for."""
        for button in self.offer_buttons:
            button.hide()  # out of the Tab order at once, deleted when the event loop runs
            button.deleteLater()
        self.offer_buttons = []
        after: QWidget = self.combo  # Tab goes from the picker through its offers
        for offer in offers:
            button = QPushButton(
                translate("PresetPicker", "Add event (month {0})").format(offer.event.month), self
            )
            button.setToolTip(offer.line)
            button.setAccessibleName(
                translate("PresetPicker", "Add event: {name}").format(name=offer.event.name)
            )
            event = offer.event
            button.clicked.connect(lambda _=False, event=event: self.event_offered.emit(event))
            self.box.addWidget(button)
            QWidget.setTabOrder(after, button)  # (Qt would append it to the window's end)
            after = button
            self.offer_buttons.append(button)

    def _on_activated(self, index: int) -> None:
        entry_id = self.combo.itemData(index)
        if entry_id:
            self.chosen.emit(self.role, entry_id)


class PresetSection(QGroupBox):
    """The four price presets of a scenario."""

    chosen = Signal(str, str)  # role, entry id
    event_offered = Signal(object)  # Event

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PricePresets", "Price presets"), parent)
        self.pickers = {role: PresetPicker(role, self) for role in ROLES}
        form = QFormLayout(self)
        for role, picker in self.pickers.items():
            label = QLabel(role_title(role), self)
            label.setFixedWidth(140)
            label.setBuddy(picker.combo)
            form.addRow(label, picker)
            picker.chosen.connect(self.chosen)
            picker.event_offered.connect(self.event_offered)
        self.notes: dict[str, list[str]] = {}

    def set_entries(self, entries: list[CatalogEntry]) -> None:
        """Refresh what every picker offers."""
        self.entries = entries
        for picker in self.pickers.values():
            picker.set_entries(entries)

    def show_scenario(self, scenario: Scenario, today: date | None = None) -> None:
        """Show each role's preset, its source and its warnings."""
        warnings = preset_warnings(scenario, self.entries, today or date.today())
        offers = event_offers(scenario, self.entries)
        warnings += list(offers.warnings)  # dates that cannot be placed without a start month
        for role, picker in self.pickers.items():
            title = role_title(role)  # preset_warnings starts each line with it
            mine = [w.split(": ", 1)[1] for w in warnings if w.startswith(f"{title}: ")]
            notes = self.notes.get(role, []) if role in scenario.presets else []
            picker.show_scenario(scenario, mine, notes)
            picker.show_offers([offer for offer in offers.offers if offer.role == role])
