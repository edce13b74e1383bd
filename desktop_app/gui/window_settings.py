"""The window's settings: display currency, page size, theme, geometry, price dialogs, About.

A mixin of `MainWindow` (see `window_files`). The dialogs load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.core.appdata.settings import Settings, save_settings
from desktop_app.core.i18n import translate
from desktop_app.core.prices.user_catalog import load_catalog
from desktop_app.gui.theme import is_dark, set_theme

if TYPE_CHECKING:
    from desktop_app.gui.charts.chart_tabs import ChartTabs
    from desktop_app.gui.document import ScenarioDocument
    from desktop_app.gui.editor.editor_panel import ScenarioEditor

# A plain mixin at run time (one Qt base, MainWindow's); a QMainWindow for the type checker.
if TYPE_CHECKING:  # a conditional expression is no base class to mypy
    _Window = QMainWindow
else:
    _Window = object


class WindowSettings(_Window):
    """The main window's settings and the dialogs that change them."""

    settings: Settings
    document: ScenarioDocument
    editor: ScenarioEditor
    tabs: ChartTabs

    def my_prices_dialog(self) -> None:
        """Add, edit, import and export the user's own prices."""
        from desktop_app.gui.dialogs.catalog_dialog import MyPricesDialog

        dialog = MyPricesDialog(self)
        dialog.catalog_changed.connect(lambda: self.editor.set_catalog(load_catalog()))
        dialog.exec()

    def display_currency_dialog(self) -> None:
        """Ask for a display currency and exchange rate (or the scenario's own currency)."""
        from desktop_app.gui.dialogs.currency_dialog import DisplayCurrencyDialog

        dialog = DisplayCurrencyDialog(self.settings, self.document.scenario.currency, self)
        if dialog.exec():
            self.set_display_currency(*dialog.choice())

    def set_display_currency(self, target: str | None, rate: float | None, source: str) -> None:
        """Show amounts in `target` at `rate` per `source` (None: the scenario's currency)."""
        self.settings = self.settings.model_copy(
            update={"display_currency": target, "exchange_rate": rate, "rate_from": source}
        )
        self._save_settings()
        self.document.set_display(self.settings.display())

    def set_page_size(self, size: str) -> None:
        """A4 or Letter for printing and PDF."""
        self.settings = self.settings.model_copy(update={"page_size": size})
        self._save_settings()

    def set_theme(self, theme: str) -> None:
        """Follow the system, or force light or dark."""
        self.settings = self.settings.model_copy(update={"theme": theme})
        set_theme(theme)
        self.tabs.apply_theme(is_dark())
        self._save_settings()

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1280, 800)

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as error:
            self.statusBar().showMessage(
                translate("WindowSettings", "Settings not saved: {0}").format(error), 10000
            )

    def about(self) -> None:
        """Name, version and what the app is for."""
        QMessageBox.about(
            self,
            translate("WindowSettings", "About {0}").format(APP_NAME),
            translate(
                "WindowSettings",
                "<b>{0}</b> {1}<br>Embeddings or fine-tuning: the "
                "month-by-month cost and upkeep of each, and which one fits.",
            ).format(APP_NAME, __version__),
        )
