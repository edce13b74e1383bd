"""The window's German for a test: translations and the locale's number marks, undone after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from desktop_app.gui.theme import use_locale, use_readable_locale
from desktop_app.gui.translations import install_translations, remove_translations

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@contextmanager
def in_german() -> Iterator[list[str]]:
    """German inside the block (yields the catalogues loaded); English after it."""
    use_locale(GERMAN)
    try:
        yield install_translations(GERMAN)
    finally:
        remove_translations()
        use_readable_locale()
