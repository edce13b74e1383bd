"""The window's Help menu and Show as Table: the user guide, What's This, the first-run note.

Kept apart from `main_window` so that the window only adds the actions made here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QVBoxLayout, QWhatsThis, QWidget

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
    whats_this: QAction = QWhatsThis.createAction(window)
    whats_this.setText(translate("HelpActions", "What's &This?"))
    help_menu.addAction(whats_this)
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
