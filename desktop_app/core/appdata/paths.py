"""The user's folders for settings, state (autosave) and data, in one place.

platformdirs picks the right folder per platform. Setting EMBED_OR_TUNE_HOME puts all of them
below one folder instead (portable use, tests).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "embed-or-tune"
HOME_VARIABLE = "EMBED_OR_TUNE_HOME"


def _folder(kind: str) -> Path:
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home) / kind
    finder = {
        "config": platformdirs.user_config_dir,
        "state": platformdirs.user_state_dir,
        "data": platformdirs.user_data_dir,
    }[kind]
    return Path(finder(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    """Where settings live."""
    return _folder("config")


def state_dir() -> Path:
    """Where autosaved, not yet saved work lives."""
    return _folder("state")


def data_dir() -> Path:
    """Where the user's own data (price catalog entries) lives."""
    return _folder("data")
