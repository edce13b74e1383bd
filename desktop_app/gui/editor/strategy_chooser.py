"""Which strategies a scenario compares: one check box per strategy, at least one checked.

The boxes send the new set to the document as one undo step; they show what the document
says back and never change the scenario themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from desktop_app.core.i18n import translate
from desktop_app.core.model.scenario import STRATEGY_KEYS, Scenario
from desktop_app.gui.editor.binding import signals_blocked
from desktop_app.present.labels import strategy_name, strategy_title


class StrategyChooser(QWidget):
    """Four check boxes, one per strategy.

    The last one checked cannot be cleared: a scenario compares at least one strategy.
    """

    chosen = Signal(tuple)  # the strategies to compare, in canonical order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Accessible", "Compared strategies"))
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)  # two by two: the form keeps its width
        layout.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(STRATEGY_KEYS):
            box = QCheckBox(strategy_title(key), self)
            box.setToolTip(
                translate(
                    "StrategyChooser", "Compare {0} with the other checked strategies"
                ).format(strategy_name(key))
            )
            box.clicked.connect(self._on_clicked)
            self.boxes[key] = box
            layout.addWidget(box, index // 2, index % 2)

    def checked(self) -> tuple[str, ...]:
        """The strategies whose boxes are checked, in canonical order."""
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def show_scenario(self, scenario: Scenario) -> None:
        """Check the scenario's strategies; the only one checked cannot be cleared."""
        for key, box in self.boxes.items():
            with signals_blocked(box):
                box.setChecked(key in scenario.strategies)
                box.setEnabled(scenario.strategies != (key,))

    def _on_clicked(self) -> None:
        if self.checked():
            self.chosen.emit(self.checked())
