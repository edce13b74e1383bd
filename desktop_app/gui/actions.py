"""The main window's menus, declared: one table of actions, read by one builder.

Each row names an action (id), its text, its shortcut, the window method it calls and, if it is
not always available, when it is enabled (a predicate on the window, read when the menus are
built). A `Submenu` row is filled by a window method (examples,
recent files, page sizes, themes, undo and redo, help), whose content depends on the files or the
settings; an `Items` row adds its items in place (undo and redo, the help actions). The builder
keeps each declared action under `window.actions_by_id`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.core.appdata.examples import example_names, example_title
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.gui.dialogs.help_actions import add_help_actions

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None
StandardKey = QKeySequence.StandardKey
REDO_Y = QKeySequence("Ctrl+Y")  # redo on Windows, and where people bring the habit from


@dataclass(frozen=True)
class Action:
    """One menu command: `handler` is the name of the window method it calls."""

    id: str
    text: str
    handler: str
    shortcut: Shortcut = None
    enabled_when: Callable[[MainWindow], bool] | None = None


@dataclass(frozen=True)
class Submenu:
    """A menu whose items `filler(window, menu)` adds (they depend on files or settings)."""

    id: str
    text: str
    filler: Callable[[MainWindow, QMenu], None]


@dataclass(frozen=True)
class Items:
    """Items that `filler(window, menu)` adds in place, in the menu itself."""

    id: str
    filler: Callable[[MainWindow, QMenu], None]


SEPARATOR = None
MENU_CONTEXT = "MainWindow"
"""The translation context of the menu texts: marked in `MENUS`, translated by the builder."""


def _shown(text: str) -> str:
    return translate(MENU_CONTEXT, text)


Row = Action | Submenu | Items | None


def _examples(window: MainWindow, menu: QMenu) -> None:
    """The examples by their scenarios' names, read when the menu first opens (not at start)."""

    def fill() -> None:
        if not menu.isEmpty():
            return
        for name in example_names():
            action = menu.addAction(example_title(name))
            action.triggered.connect(lambda _=False, name=name: window.open_example(name))

    menu.aboutToShow.connect(fill)


def _recent(window: MainWindow, menu: QMenu) -> None:
    window.recent_menu = menu
    window._fill_recent_menu()


def _choices(
    window: MainWindow,
    menu: QMenu,
    choices: tuple[tuple[str, str], ...],
    current: str,
    choose: Callable[[str], None],
) -> None:
    group = QActionGroup(window)
    for key, text in choices:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(current == key)
        action.triggered.connect(lambda _=False, key=key: choose(key))
        group.addAction(action)


def _page_sizes(window: MainWindow, menu: QMenu) -> None:
    sizes = (("A4", "A4"), ("Letter", "Letter"))
    _choices(window, menu, sizes, window.settings.page_size, window.set_page_size)


def _themes(window: MainWindow, menu: QMenu) -> None:
    themes = (
        ("system", translate("MainWindow", "&System")),
        ("light", translate("MainWindow", "&Light")),
        ("dark", translate("MainWindow", "&Dark")),
    )
    _choices(window, menu, themes, window.settings.theme, window.set_theme)


def _undo_redo(window: MainWindow, menu: QMenu) -> None:
    undo = window.document.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    undo.setShortcuts(StandardKey.Undo)
    redo = window.document.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    redo_keys = QKeySequence.keyBindings(StandardKey.Redo)
    redo.setShortcuts(redo_keys if REDO_Y in redo_keys else [*redo_keys, REDO_Y])
    menu.addAction(undo)
    menu.addAction(redo)
    window.undo_action, window.redo_action = undo, redo


def _help(window: MainWindow, menu: QMenu) -> None:
    add_help_actions(window, window.menus["View"], menu)  # also What's This in View


MENUS: tuple[tuple[str, tuple[Row, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            Action(
                "file.new",
                QT_TRANSLATE_NOOP("MainWindow", "&New"),
                "new_scenario",
                StandardKey.New,
            ),
            Action(
                "file.open",
                QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
                "open_dialog",
                StandardKey.Open,
            ),
            Submenu("file.examples", QT_TRANSLATE_NOOP("MainWindow", "Open &Example"), _examples),
            Submenu("file.recent", QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"), _recent),
            SEPARATOR,
            Action("file.save", QT_TRANSLATE_NOOP("MainWindow", "&Save"), "save", StandardKey.Save),
            Action(
                "file.save_as",
                QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
                "save_as",
                StandardKey.SaveAs,
            ),
            SEPARATOR,
            Action(
                "file.compare",
                QT_TRANSLATE_NOOP("MainWindow", "Co&mpare Scenarios…"),
                "compare_dialog",
            ),
            Action(
                "file.export_pdf",
                QT_TRANSLATE_NOOP("MainWindow", "Export P&DF…"),
                "export_pdf",
                "Ctrl+E",
            ),
            Action(
                "file.export_csv", QT_TRANSLATE_NOOP("MainWindow", "Export &CSV…"), "export_csv"
            ),
            Action(
                "file.print_preview",
                QT_TRANSLATE_NOOP("MainWindow", "Print Pre&view…"),
                "print_preview",
            ),
            Action(
                "file.print",
                QT_TRANSLATE_NOOP("MainWindow", "&Print…"),
                "print_sheet",
                StandardKey.Print,
            ),
            Submenu("file.page_size", QT_TRANSLATE_NOOP("MainWindow", "Page Si&ze"), _page_sizes),
            SEPARATOR,
            Action(
                "file.quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", StandardKey.Quit
            ),
        ),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), (Items("edit.history", _undo_redo),)),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Prices"),
        (
            Action(
                "prices.mine",
                QT_TRANSLATE_NOOP("MainWindow", "&My Prices…"),
                "my_prices_dialog",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        (
            Action(
                "view.currency",
                QT_TRANSLATE_NOOP("MainWindow", "Display &Currency…"),
                "display_currency_dialog",
            ),
            Submenu("view.theme", QT_TRANSLATE_NOOP("MainWindow", "T&heme"), _themes),
            SEPARATOR,
            # from anywhere in the window: the tabs' own keys work only with the focus on them
            Action(
                "view.next_chart",
                QT_TRANSLATE_NOOP("MainWindow", "&Next Chart"),
                "next_chart",
                "Ctrl+Tab",
            ),
            Action(
                "view.previous_chart",
                QT_TRANSLATE_NOOP("MainWindow", "&Previous Chart"),
                "previous_chart",
                "Ctrl+Shift+Tab",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        (
            Items("help.guide", _help),
            Action("help.about", QT_TRANSLATE_NOOP("MainWindow", "&About Embed or Tune"), "about"),
        ),
    ),
)


def build_menus(window: MainWindow) -> dict[str, QMenu]:
    """Fill the window's menu bar from `MENUS`; the menus by their (plain) title."""
    menus: dict[str, QMenu] = {}
    window.menus, window.actions_by_id = menus, {}
    for title, rows in MENUS:
        menu = window.menuBar().addMenu(_shown(title))
        menus[title.replace("&", "")] = menu
        for row in rows:
            _add_row(window, menu, row)
    return menus


def _add_row(window: MainWindow, menu: QMenu, row: Row) -> None:
    if row is SEPARATOR:
        menu.addSeparator()
    elif isinstance(row, Submenu):
        row.filler(window, menu.addMenu(_shown(row.text)))
    elif isinstance(row, Items):
        row.filler(window, menu)
    else:
        window.actions_by_id[row.id] = _action(window, menu, row)


def _action(window: MainWindow, menu: QMenu, row: Action) -> QAction:
    action = menu.addAction(_shown(row.text))
    action.setObjectName(row.id)
    action.triggered.connect(getattr(window, row.handler))
    if row.shortcut is not None:
        action.setShortcut(row.shortcut)
    if row.enabled_when is not None:
        action.setEnabled(row.enabled_when(window))
    return action
