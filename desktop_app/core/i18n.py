"""The one hook every user-visible text goes through to reach the user's language (Qt-free).

Texts are written in English in the code, marked with `translate(context, text)` (or, where
the text is a constant kept for later, `QT_TRANSLATE_NOOP(context, text)` and `translate` at
the point of use). `pyside6-lupdate` finds both forms and collects them into
resources/translations/embed_or_tune_LANG.ts.

`translate` is the identity until the window installs Qt's `QCoreApplication.translate` at
start (`desktop_app.gui.translations`), so the command line stays English whatever the locale,
and this module imports nothing of Qt. Texts with values use named `{fields}` filled in after
translation (`translate("Sheet", "Month {month}").format(month=3)`), so a translator may move
them.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def translate(context: str, text: str) -> str:
    """`text` (English) in the user's language, looked up under `context`."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation without translating it yet (a constant kept for later)."""
    return text


def install(translator: Translator | None) -> None:
    """Send every `translate` through `translator` (None: back to English)."""
    global _translator
    _translator = translator or _identity


def installed() -> bool:
    """Whether texts are being translated (the window installed a translator)."""
    return _translator is not _identity
