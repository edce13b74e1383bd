"""Choosing the currency figures are shown in, with the exchange rate the user trusts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core.appdata.settings import Settings
from desktop_app.core.i18n import translate
from desktop_app.gui.editor.inputs import format_number, number_problem, parse_number
from desktop_app.present import numbers


class DisplayCurrencyDialog(QDialog):
    """Show amounts in another currency: code and rate, or the scenario's own currency."""

    def __init__(self, settings: Settings, scenario_currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("DisplayCurrencyDialog", "Display currency"))
        self.source = scenario_currency
        self.own = QCheckBox(
            translate(
                "DisplayCurrencyDialog", "Show amounts in the scenario's currency ({0})"
            ).format(scenario_currency),
            self,
        )
        self.own.setChecked(settings.display() is None)
        self.code = QLineEdit(settings.display_currency or "EUR", self)
        self.code.setAccessibleName(translate("Accessible", "Display currency code"))
        self.code.setMaxLength(3)
        rate = settings.exchange_rate if settings.exchange_rate else 1.0
        self.rate = QLineEdit(format_number(rate), self)
        self.rate.setAccessibleName(translate("Accessible", "Exchange rate"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #d64545;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.own)
        form.addRow(translate("DisplayCurrencyDialog", "Currency (ISO 4217)"), self.code)
        self.rate_label = translate("DisplayCurrencyDialog", "Units per 1 {0}").format(
            scenario_currency
        )
        form.addRow(self.rate_label, self.rate)
        form.addRow(
            QLabel(
                translate(
                    "DisplayCurrencyDialog",
                    "Inputs stay in the scenario's currency; figures are converted.",
                ),
                self,
            )
        )
        form.addRow(self.problem)
        form.addRow(buttons)
        self._describe(buttons)
        self.own.toggled.connect(self._follow_own)
        self._follow_own(self.own.isChecked())

    def _describe(self, buttons: QDialogButtonBox) -> None:
        """What each control does, for screen readers (the names say only what it is)."""
        self.own.setAccessibleDescription(
            translate("Accessible", "Show every amount as the scenario states it, unconverted")
        )
        self.code.setAccessibleDescription(
            translate("Accessible", "The three-letter code of the currency to show, such as EUR")
        )
        self.rate.setAccessibleDescription(
            translate(
                "Accessible", "How many units of the display currency one {currency} is worth"
            ).format(currency=self.source)
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            translate("Accessible", "Show the figures in the chosen currency")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            translate("Accessible", "Close without changing the currency figures are shown in")
        )

    def choice(self) -> tuple[str | None, float | None, str]:
        """(currency, rate, converted from); (None, None, …) for the scenario's own."""
        if self.own.isChecked():
            return None, None, self.source
        return self.code.text().strip().upper(), parse_number(self.rate.text()), self.source

    def check(self) -> str | None:
        """Why the choice is not valid, or None."""
        if self.own.isChecked():
            return None
        code, rate, _ = self.choice()
        if not (code and len(code) == 3 and code.isalpha()):
            return translate(
                "DisplayCurrencyDialog", "The currency must be a three-letter code such as EUR."
            )
        if rate is None:  # the number reader says why ("1.5": a point groups digits here)
            try:
                numbers.parse_number(self.rate.text())
            except numbers.NumberTextError as error:
                problem = number_problem(error, self.rate.text().strip())
                return f"{self.rate_label}: {problem}"  # the field as the dialog labels it
        if rate is None or rate <= 0:
            return translate("DisplayCurrencyDialog", "The rate must be a number above 0.")
        return None

    def _field_of_problem(self) -> QLineEdit:
        """The field a problem of `check` is about (the keys go there to mend it)."""
        code, _, _ = self.choice()
        return self.code if not (code and len(code) == 3 and code.isalpha()) else self.rate

    def _follow_own(self, own: bool) -> None:
        """With the scenario's own currency there is no code or rate to type."""
        self.code.setDisabled(own)
        self.rate.setDisabled(own)

    def _accept_if_valid(self) -> None:
        problem = self.check()
        self.problem.setText(problem or "")
        if problem is None:
            self.accept()
            return
        self.adjustSize()  # the line takes the room it needs: it was cut to one squeezed line
        field = self._field_of_problem()
        field.setFocus()
        field.selectAll()
