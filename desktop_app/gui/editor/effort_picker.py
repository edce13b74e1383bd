"""The effort profile picker at the top of the Engineering effort section.

Choosing a profile fills every hour estimate and attaches its ranges, as one undo step; the
picker shows which profile the scenario's hours are, or "Custom" once any of them is edited.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.i18n import translate
from desktop_app.core.model.effort_profiles import CUSTOM, CUSTOM_TITLE, PROFILES, matching_profile
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.combo_boxes import FormComboBox
from desktop_app.gui.editor.binding import signals_blocked
from desktop_app.present.labels import field_text


class EffortProfilePicker(FormComboBox):
    """One entry per effort profile, and "Custom hour estimates" for any other hours."""

    chosen = Signal(str)  # the profile's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ScenarioEditor", "Effort profile"))
        self.setToolTip(
            translate(
                "EffortProfilePicker",
                "Fills every hour estimate below (not the hourly rate) and gives each a range, "
                "as one step you can undo",
            )
        )
        self.addItem(field_text(CUSTOM_TITLE), CUSTOM)
        for name, profile in PROFILES.items():
            self.addItem(field_text(profile.title), name)
            self.setItemData(self.count() - 1, field_text(profile.description), 3)  # tooltip
        self.activated.connect(self._on_activated)

    def show_scenario(self, scenario: Scenario) -> None:
        """Select the profile the scenario's hours match, or Custom."""
        with signals_blocked(self):
            self.setCurrentIndex(self.findData(matching_profile(scenario)))

    def _on_activated(self, index: int) -> None:
        name = self.itemData(index)
        if name != CUSTOM:
            self.chosen.emit(name)
