"""The window in the user's language: our translation and Qt's own for the standard dialogs.

The compiled catalogue resources/translations/embed_or_tune_LANG.qm is committed beside its
source (.ts) and a test checks that it is current, so a source checkout, a wheel and the bundle
all load the same file without a compiler at run time (docs/translations.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core import i18n
from desktop_app.core.appdata.resources import resource

CATALOGUE = "embed_or_tune"
"""Our catalogue's file name before the language: embed_or_tune_de.qm."""

_loaded: list[QTranslator] = []  # installed translators, kept alive while they are in use


def catalogue_folder() -> str:
    """Where our compiled translations live."""
    return str(resource("translations"))


def install_translations(locale: QLocale | None = None) -> list[str]:
    """Translate the window into `locale`'s language (the system's by default).

    Loads Qt's own `qtbase` catalogue (buttons of the standard dialogs) and ours, for the first
    of the locale's UI languages that has one, and routes the Qt-free `translate` through Qt.
    Returns the catalogues loaded (none for English). Calling it again replaces the earlier ones.
    """
    remove_translations()
    locale = locale or QLocale.system()
    app = QCoreApplication.instance()
    loaded: list[str] = []
    if app is not None:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_folder), (CATALOGUE, catalogue_folder())):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
                _loaded.append(translator)
                loaded.append(translator.filePath())
    i18n.install(QCoreApplication.translate)
    return loaded


def remove_translations() -> None:
    """Back to English: remove the translators and the hook."""
    app = QCoreApplication.instance()
    while _loaded:
        translator = _loaded.pop()
        if app is not None:
            app.removeTranslator(translator)
    i18n.install(None)
