"""The Open and Save As dialogs for scenario files: `NAME.eot.json` by default, any `.json` read.

Saved scenarios are named `NAME.eot.json`, which the desktop recognises as Embed or Tune's
file type (double-click opens the app); Open, drag and drop and the command line still take
any `.json`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.core.model.scenario_names import JSON_SUFFIX, SCENARIO_SUFFIX, has_suffix

SCENARIO_FILTER = f"Embed or Tune scenarios (*{SCENARIO_SUFFIX})"
JSON_FILTER = f"JSON files (*{JSON_SUFFIX})"
SAVE_FILTERS = f"{SCENARIO_FILTER};;{JSON_FILTER}"
OPEN_FILTERS = f"Scenarios (*{SCENARIO_SUFFIX} *{JSON_SUFFIX});;All files (*)"


def suffix_for(name_filter: str) -> str:
    """The suffix a typed name gets under the chosen filter: `.json` for JSON, else `.eot.json`."""
    return JSON_SUFFIX if name_filter == JSON_FILTER else SCENARIO_SUFFIX


def with_suffix_for(path: Path, name_filter: str) -> Path:
    """`path` with the filter's suffix added when its name has none (`plan` -> `plan.eot.json`)."""
    if has_suffix(path):
        return path
    return path.with_name(path.name.rstrip(".") + suffix_for(name_filter))


def save_dialog(parent: QWidget, suggested: Path) -> QFileDialog:
    """The Save As dialog, suggesting `suggested`, with `.eot.json` first."""
    dialog = QFileDialog(parent, "Save scenario", str(suggested), SAVE_FILTERS)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectNameFilter(JSON_FILTER if _is_plain_json(suggested) else SCENARIO_FILTER)
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
