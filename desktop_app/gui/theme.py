"""Look and feel: light and dark palettes (Fusion style), and a locale that groups digits."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFrame

from desktop_app.present.numbers import PLAIN, NumberStyle, set_style

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35373b",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6ea8ff",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
}


# Fusion draws the same on every desktop and follows the palette (the native Windows and macOS
# styles ignore a dark one). It is chosen on the QApplication's command line, as asking the
# running application for its style would first build Python's view of QStyle (~25 ms of enums).
STYLE_ARGUMENTS = ["-style", "Fusion"]


def mark_focus(view: QFrame) -> None:
    """Frame `view` in the highlight colour while it has the keyboard focus, as a field is.

    Fusion marks a focused chart, text browser or list no more than an unfocused one (a
    keyboard pass found the focus "invisible" there). The 1 px border takes the place of the
    frame's own 1 px: nothing inside moves. A view without a frame (a chart) gets a clear
    1 px border at all times, for the mark to take.
    """
    name = type(view).__name__
    style = f"{name}:focus {{ border: 1px solid palette(highlight); }}"
    if view.frameShape() == QFrame.Shape.NoFrame:
        style = f"{name} {{ border: 1px solid transparent; }} {style}"
    view.setStyleSheet(style)


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def set_theme(theme: str) -> None:
    """Apply 'system', 'light' or 'dark' to the whole application (made with `STYLE_ARGUMENTS`).

    A palette is set only when it changes something: restyling a running application is slow.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    if dark:
        app.setPalette(_dark_palette())
    elif is_dark() or theme == "light":
        app.setPalette(app.style().standardPalette())


def is_dark() -> bool:
    """True when the application's current palette is dark."""
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def use_readable_locale() -> None:
    """Format numbers in the user's locale, grouping digits (50,000).

    Where the system locale is the bare "C" locale (common on servers and in CI), use English
    (United States) instead.
    """
    locale = QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    use_locale(locale)


def use_plain_numbers() -> None:
    """Numbers as the command line writes them (1,234.5), whatever the user's locale."""
    use_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def use_locale(locale: QLocale) -> None:
    """Read and write the window's numbers in `locale` (its decimal point and separator)."""
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(locale)
    try:
        style = NumberStyle(locale.decimalPoint(), locale.groupSeparator())
    except ValueError:  # marks that could not be read back: Python's own
        style = PLAIN
    set_style(style)
