"""Help > User Guide: the guide of `desktop_app.core.analyses.help_texts` in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import APP_NAME
from desktop_app.core.analyses.help_texts import user_guide_html
from desktop_app.core.i18n import translate


class UserGuideDialog(QDialog):
    """The user guide: a browser over the guide's HTML, non-modal, beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuideDialog", "{0} — User Guide").format(APP_NAME))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("Accessible", "User guide"))
        self.browser.setAccessibleDescription(
            translate(
                "Accessible",
                "How the strategies, figures and charts are read; links jump to sections.",
            )
        )
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(user_guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            translate("Accessible", "Close the user guide; F1 opens it again")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def show_section(self, anchor: str) -> None:
        """Show the guide scrolled to a section ('band', 'tornado', …) and bring it up."""
        self.browser.scrollToAnchor(anchor)
        self.show()
        self.raise_()
        self.activateWindow()
