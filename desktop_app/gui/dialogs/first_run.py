"""The first-run note: what the example in the window is, and how to start your own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.analyses.help_texts import first_run_text, first_run_title
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate


class FirstRunBanner(QFrame):
    """A dismissible strip above the window's content (never a modal dialog).

    `guide_requested` asks for the user guide, `new_requested` for a new scenario;
    `dismissed` follows either, or the Dismiss button.
    """

    guide_requested = Signal()
    new_requested = Signal()
    dismissed = Signal()

    def __init__(self, example_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#first-run { background: palette(alternate-base); }")
        self.setAccessibleName(first_run_title())
        self.text = first_run_text(example_name)
        self.label = QLabel(f"<b>{first_run_title()}.</b> {self.text}", self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(first_run_title())
        self.label.setAccessibleDescription(self.text)
        self.setAccessibleDescription(self.text)
        buttons = []  # no mnemonics: the window's menus, tabs and fields use most letters
        for text, description, signal in (
            (
                QT_TRANSLATE_NOOP("FirstRunNote", "New Scenario"),
                QT_TRANSLATE_NOOP("FirstRunNote", "Start your own scenario from the defaults"),
                self.new_requested,
            ),
            (
                QT_TRANSLATE_NOOP("FirstRunNote", "User Guide"),
                QT_TRANSLATE_NOOP("FirstRunNote", "Open the user guide"),
                self.guide_requested,
            ),
            (
                QT_TRANSLATE_NOOP("FirstRunNote", "Dismiss"),
                QT_TRANSLATE_NOOP("FirstRunNote", "Hide this note; it does not come back"),
                None,
            ),
        ):
            button = QPushButton(translate("FirstRunNote", text), self)
            button.setAccessibleDescription(translate("FirstRunNote", description))
            if signal is not None:
                button.clicked.connect(signal)
            button.clicked.connect(self.dismiss)
            buttons.append(button)
        self.new_button, self.guide_button, self.dismiss_button = buttons
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        for button in buttons:
            layout.addWidget(button)

    def dismiss(self) -> None:
        """Hide the note for good."""
        if not self.isHidden():
            self.hide()
            self.dismissed.emit()
