"""The window's Help menu and Show as Table: the user guide, What's This, the first-run note.

Kept apart from `main_window` so that the window only adds the actions made here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from desktop_app.core.analyses import help_texts
from desktop_app.core.i18n import translate
from desktop_app.gui.charts.chart_table import SHOW_AS_TABLE_KEYS, show_table, table_source

if TYPE_CHECKING:
    from desktop_app.gui.charts.chart_table import ChartTableDialog
    from desktop_app.gui.dialogs.first_run import FirstRunBanner
    from desktop_app.gui.dialogs.help_dialog import UserGuideDialog
    from desktop_app.gui.main_window import MainWindow


def add_help_actions(window: MainWindow, view_menu: QMenu, help_menu: QMenu) -> None:
    """View > Show Chart as Table; Help > User Guide (F1) and What's This? (Shift+F1)."""
    table = view_menu.addAction(translate("HelpActions", "Show Chart as &Table"))
    table.setShortcut(QKeySequence(SHOW_AS_TABLE_KEYS))
    table.triggered.connect(lambda: show_chart_table(window))
    guide = help_menu.addAction(translate("HelpActions", "&User Guide"))
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: show_user_guide(window))
    whats_this = help_menu.addAction(translate("HelpActions", "What's &This?"))
    whats_this.setShortcut(QKeySequence("Shift+F1"))

    def explain() -> None:
        # Shift still held: the key, not a choice in the menu (by the mouse or Alt+H, T)
        by_key = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
        explain_focus(window, point_and_click=not by_key)

    whats_this.triggered.connect(explain)
    help_menu.addSeparator()
    window.table_action, window.guide_action, window.whats_this_action = table, guide, whats_this
    describe_window(window)


def describe_window(window: MainWindow) -> None:
    """What's This texts and accessible descriptions of the window's main parts."""
    window.summary.setWhatsThis(help_texts.panel_help(help_texts.FIGURES_TABLE))
    window.summary.setAccessibleDescription(help_texts.panel_help(help_texts.FIGURES_TABLE))
    window.tabs.setWhatsThis(help_texts.panel_help(help_texts.CHARTS))
    window.tabs.setAccessibleDescription(help_texts.panel_help(help_texts.CHARTS))
    window.advice.setWhatsThis(help_texts.panel_help(help_texts.ADVICE))
    window.advice.setAccessibleDescription(help_texts.panel_help(help_texts.ADVICE))
    window.tabs.tabBar().setAccessibleDescription(
        translate("HelpActions", "The charts: pick one to show it")
    )
    window.tabs.strategy_picker.setAccessibleDescription(
        translate("HelpActions", "The strategy whose costs are stacked")
    )
    window.samples_picker.setAccessibleDescription(
        translate("HelpActions", "How many scenarios the Monte Carlo run draws")
    )
    window.cancel_button.setAccessibleDescription(
        translate("HelpActions", "Stop the Monte Carlo run")
    )
    if not window.editor.accessibleName():
        window.editor.setAccessibleName(translate("HelpActions", "Scenario inputs"))
    window.editor.setAccessibleDescription(
        translate("HelpActions", "Every input of the scenario, by section")
    )


def focus_help(widget: QWidget | None) -> str:
    """What the focused `widget` means ("" when nothing says).

    Its current cell's What's This text in a table; else its own What's This text, its
    description for screen readers (a field's meaning) or its tooltip, else those of the
    nearest part around it that has one.
    """
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        if index.isValid():
            text = index.data(Qt.ItemDataRole.WhatsThisRole)
            if text:
                return str(text)
    while widget is not None:
        text = widget.whatsThis() or widget.accessibleDescription() or widget.toolTip()
        if text:
            return text
        widget = widget.parentWidget()
    return ""


def explain_focus(window: MainWindow, point_and_click: bool = False) -> str:
    """Help > What's This? (Shift+F1): what the focused field or figure means, or click mode.

    The key explains the part that has the keyboard focus, beside it: a click would need the
    mouse. Chosen in the menu (or where nothing focused has a text), the pointer asks for a
    click on the part to explain, as Qt's What's This does. The text shown, "" for the click.
    """
    focused = QApplication.focusWidget()
    text = "" if point_and_click or focused is None else focus_help(focused)
    if not text or focused is None or focused.window() is not window:
        QWhatsThis.enterWhatsThisMode()
        return ""
    place = focused.rect()
    if isinstance(focused, QAbstractItemView) and focused.currentIndex().isValid():
        place = focused.visualRect(focused.currentIndex())
        focused = focused.viewport()
    QWhatsThis.showText(focused.mapToGlobal(place.bottomLeft()), text, focused)
    return text


def show_user_guide(window: MainWindow, section: str = "") -> UserGuideDialog:
    """Open the user guide beside the window (one per window), at a section when given."""
    from desktop_app.gui.dialogs.help_dialog import UserGuideDialog

    guide = getattr(window, "user_guide", None)
    if guide is None:
        guide = window.user_guide = UserGuideDialog(window)
    guide.show_section(section)
    return guide


def show_chart_table(window: MainWindow) -> ChartTableDialog | None:
    """The chart with the keyboard focus, or else the chart tab shown, as a table."""
    focused = QApplication.focusWidget()
    source = table_source(focused) if focused and window.tabs.isAncestorOf(focused) else None
    source = source or table_source(window.tabs.currentWidget())
    if source is None:
        window.statusBar().showMessage(
            translate("HelpActions", "This tab is a table already"), 5000
        )
        window.tabs.currentWidget().setFocus()
        return None
    return show_table(source, window)


def explain_example(window: MainWindow) -> FirstRunBanner:
    """Show the first-run note above the window's content, and remember that it was shown."""
    from desktop_app.gui.dialogs.first_run import FirstRunBanner

    banner = FirstRunBanner(window.document.scenario.name)
    content = window.takeCentralWidget()
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if content is not None:  # the window always has its content
        layout.addWidget(content, 1)
    window.setCentralWidget(holder)
    banner.new_requested.connect(window.new_scenario)
    banner.guide_requested.connect(lambda: show_user_guide(window))
    window.document.path_changed.connect(lambda _: banner.dismiss())  # no longer the example
    window.first_run_banner = banner
    window.settings = window.settings.model_copy(update={"first_run_explained": True})
    window._save_settings()
    return banner
