"""Each Alt+letter of the window has one target, in English and in German.

Two targets for one mnemonic make Qt move between them on each press instead of acting: Alt+N
went to the scenario's Name and to the Sensitivity tab, Alt+H to the Hours tab and the Help
menu, Alt+P to the By component tab and the Prices menu (in German Alt+A, Alt+B and Alt+N).
What the window offers at once is checked: the menu bar, the chart tabs, the visible labels
and buttons, and each tab page's own while it is shown; and within every menu its entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pytest
from german import in_german
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu
from windows import close_window, open_window

from desktop_app.core.appdata.examples import DEFAULT_EXAMPLE, load_example
from desktop_app.gui.main_window import MainWindow


def _clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    """The mnemonic keys given to more than one of `texts`, with the texts that share them."""
    owners: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            owners[key.toString()].append(text)
    return {key: shared for key, shared in owners.items() if len(shared) > 1}


def _window_texts(window: MainWindow) -> list[str]:
    """What the window's Alt+letters reach now: menus, tabs, visible buttons and field labels."""
    menus = [action.text() for action in window.menuBar().actions()]
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    buttons = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    labels = [  # a label gives its Alt+letter to the field it names
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    return menus + tabs + buttons + labels


def _check(qtbot, window: MainWindow) -> None:
    assert _clashes(_window_texts(window)) == {}
    for index in range(window.tabs.count()):  # a page's own labels count while it is shown
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda index=index: window.tabs.currentIndex() == index)
        assert _clashes(_window_texts(window)) == {}, window.tabs.tabText(index)
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        entries = [entry.text() for entry in menu.actions() if not entry.isSeparator()]
        assert _clashes(entries) == {}, action.text()


def test_the_clash_check_finds_a_shared_key() -> None:
    """The check itself: the texts that clashed before this fix are found."""
    assert _clashes(["&Name", "Se&nsitivity", "&Hours", "&Help", "&File"]) == {
        "Alt+N": ["&Name", "Se&nsitivity"],
        "Alt+H": ["&Hours", "&Help"],
    }
    assert _clashes(["&Save", "Save &As…", "a && b"]) == {}


@pytest.mark.parametrize("language", ["English", "German"])
def test_every_mnemonic_has_one_target(qtbot, monkeypatch, language) -> None:
    scenario = load_example(DEFAULT_EXAMPLE)
    if language == "English":
        window = open_window(qtbot, monkeypatch, scenario)
        try:
            _check(qtbot, window)
        finally:
            close_window(window)
        return
    with in_german():
        window = open_window(qtbot, monkeypatch, scenario)
        try:
            assert window.menuBar().actions()[0].text() == "&Datei"  # the German window
            _check(qtbot, window)
        finally:
            close_window(window)
