"""How a model is served, per token or on dedicated replicas: a picker for the editor.

The dedicated fields (replica price, throughput, minimum replicas, target utilisation) stay in
the form below the picker and are enabled only while the model is served on dedicated replicas.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.combo_boxes import FormComboBox, cut_long_names
from desktop_app.gui.editor.binding import signals_blocked

SERVING_NAMES = {
    "per_token": QT_TRANSLATE_NOOP("ServingPicker", "Per token (a provider bills tokens)"),
    "dedicated": QT_TRANSLATE_NOOP("ServingPicker", "Dedicated replicas (billed by the hour)"),
}


class ServingPicker(FormComboBox):
    """Per-token or dedicated serving of one model (`base_model` or `fine_tuned_model`)."""

    chosen = Signal(str, str)  # path of the serving field, the chosen mode

    def __init__(self, model: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = model  # not `model`: that is QComboBox.model()
        self.path = f"{model}.serving"
        if model == "base_model":
            self.setAccessibleName(translate("ServingPicker", "Base model serving"))
        else:
            self.setAccessibleName(translate("ServingPicker", "Fine-tuned model serving"))
        self.setToolTip(
            translate(
                "ServingPicker",
                "Per token: the provider bills input and output tokens. Dedicated: replicas (GPU "
                "endpoints) billed by the hour, as many as the busiest hour needs; the fields "
                "below say their price and throughput.",
            )
        )
        for key, text in SERVING_NAMES.items():
            self.addItem(translate("ServingPicker", text), key)
        cut_long_names(self, 16)
        self.activated.connect(lambda index: self.chosen.emit(self.path, self.itemData(index)))

    def show_scenario(self, scenario: Scenario) -> None:
        """Select the model's serving mode."""
        mode = getattr(scenario, self.section).serving
        with signals_blocked(self):
            self.setCurrentIndex(self.findData(mode))

    def dedicated(self) -> bool:
        """True while the model is served on dedicated replicas."""
        return self.currentData() == "dedicated"
