"""The Open and Save As dialogs for scenario files: `NAME.eot.json` by default, any `.json` read.

Saved scenarios are named `NAME.eot.json`, which the desktop recognises as Embed or Tune's
file type (double-click opens the app); Open, drag and drop and the command line still take
any `.json`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.scenario_names import JSON_SUFFIX, SCENARIO_SUFFIX, has_suffix

_FILTERS = {
    "scenario": (
        QT_TRANSLATE_NOOP("ScenarioDialogs", "Embed or Tune scenarios ({patterns})"),
        f"*{SCENARIO_SUFFIX}",
    ),
    "json": (QT_TRANSLATE_NOOP("ScenarioDialogs", "JSON files ({patterns})"), f"*{JSON_SUFFIX}"),
    "open": (
        QT_TRANSLATE_NOOP("ScenarioDialogs", "Scenarios ({patterns})"),
        f"*{SCENARIO_SUFFIX} *{JSON_SUFFIX}",
    ),
    "all": (QT_TRANSLATE_NOOP("ScenarioDialogs", "All files ({patterns})"), "*"),
}
"""The file dialogs' filters: words to translate, and the file patterns they name."""


def name_filter(kind: str, translated: bool = True) -> str:
    """A file dialog's filter in the user's language (English: `translated=False`)."""
    words, patterns = _FILTERS[kind]
    return (translate("ScenarioDialogs", words) if translated else words).format(patterns=patterns)


SCENARIO_FILTER = name_filter("scenario", translated=False)
JSON_FILTER = name_filter("json", translated=False)
OPEN_FILTERS = f"{name_filter('open', False)};;{name_filter('all', False)}"
"""The filters in English, as the tests name them."""


def open_filters() -> str:
    """The Open dialog's filters, in the user's language."""
    return f"{name_filter('open')};;{name_filter('all')}"


def suffix_for(chosen: str) -> str:
    """The suffix a typed name gets under the chosen filter: `.json` for JSON, else `.eot.json`."""
    return JSON_SUFFIX if chosen in (JSON_FILTER, name_filter("json")) else SCENARIO_SUFFIX


def with_suffix_for(path: Path, name_filter: str) -> Path:
    """`path` with the filter's suffix added when its name has none (`plan` -> `plan.eot.json`)."""
    if has_suffix(path):
        return path
    return path.with_name(path.name.rstrip(".") + suffix_for(name_filter))


def save_dialog(parent: QWidget, suggested: Path) -> QFileDialog:
    """The Save As dialog, suggesting `suggested`, with `.eot.json` first."""
    title = translate("ScenarioDialogs", "Save scenario")
    filters = f"{name_filter('scenario')};;{name_filter('json')}"
    dialog = QFileDialog(parent, title, str(suggested), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    plain = _is_plain_json(suggested)
    dialog.selectNameFilter(name_filter("json") if plain else name_filter("scenario"))
    dialog.setDefaultSuffix(suffix_for(dialog.selectedNameFilter()).lstrip("."))
    dialog.filterSelected.connect(
        lambda chosen: dialog.setDefaultSuffix(suffix_for(chosen).lstrip("."))
    )
    return dialog


def _is_plain_json(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(JSON_SUFFIX) and not name.endswith(SCENARIO_SUFFIX)


def chosen_path(dialog: QFileDialog) -> Path | None:
    """The file the user chose in an accepted save dialog, with its suffix (None if none)."""
    files = dialog.selectedFiles()
    if not files or not files[0]:
        return None
    return with_suffix_for(Path(files[0]), dialog.selectedNameFilter())


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save a scenario; None when the user cancels."""
    dialog = save_dialog(parent, suggested)
    return chosen_path(dialog) if dialog.exec() else None
