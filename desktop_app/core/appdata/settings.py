"""The user's settings: recent files, window geometry, page size, display currency, theme.

Kept as JSON in the user config folder. A settings file that is damaged or holds a value out of
range never stops the app: each bad entry falls back to its default, and the rest is kept; a
file that cannot be read at all is moved aside to settings.json.damaged, never written over.
"""

from __future__ import annotations

import errno
import json
import logging
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop_app.core.appdata.paths import config_dir
from desktop_app.core.appdata.safe_files import FileError, read_file
from desktop_app.core.appdata.scenario_files import atomic_write_text
from desktop_app.core.prices.currency import DisplayCurrency

SETTINGS_FILE = "settings.json"
MAX_RECENT_FILES = 10
MAX_SETTINGS_BYTES = 1_000_000

log = logging.getLogger(__name__)


class Settings(BaseModel):
    """What the app remembers between runs."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    recent_files: tuple[str, ...] = Field((), description="Most recent first.")
    window_geometry: str | None = Field(None, description="Qt's saveGeometry(), base64.")
    page_size: Literal["A4", "Letter"] = "A4"
    display_currency: str | None = Field(
        None, pattern=r"^[A-Z]{3}$", description="None: the scenario's own currency."
    )
    exchange_rate: float | None = Field(
        None, gt=0, le=1e6, description="Display-currency units per one unit of rate_from."
    )
    rate_from: str = Field("USD", pattern=r"^[A-Z]{3}$", description="What the rate converts.")
    theme: Literal["system", "light", "dark"] = "system"
    first_run_explained: bool = Field(
        False, description="The note about the example was shown (it shows once)."
    )

    @field_validator("recent_files")
    @classmethod
    def _at_most_ten(cls, files: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(files))[:MAX_RECENT_FILES]

    def display(self) -> DisplayCurrency | None:
        """The display currency, when one is set with a rate."""
        if self.display_currency is None or self.exchange_rate is None:
            return None
        return DisplayCurrency(self.rate_from, self.display_currency, self.exchange_rate)

    def with_recent_file(self, path: str) -> Settings:
        """These settings with `path` first among the recent files."""
        return self.model_copy(
            update={"recent_files": self._at_most_ten((path, *self.recent_files))}
        )


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults for anything missing or invalid."""
    path = path or settings_path()
    try:
        document = json.loads(read_file(path, MAX_SETTINGS_BYTES, "a settings file"))
    except FileError as error:
        if error.errno != errno.ENOENT:
            log.warning("%s: ignored, using default settings", error)
        return Settings()
    except (ValueError, RecursionError) as error:
        log.warning("%s: ignored, using default settings (%s)%s", path, error, _set_aside(path))
        return Settings()
    if not isinstance(document, dict):
        log.warning("%s: ignored, using default settings (not an object)%s", path, _set_aside(path))
        return Settings()
    good = {}
    for key, value in document.items():
        try:
            Settings.model_validate({key: value})
        except ValidationError:
            log.warning("%s: %s ignored (invalid value)", path, key)
            continue
        good[key] = value
    return Settings.model_validate(good)


DAMAGED_SUFFIX = ".damaged"


def _set_aside(path: Path) -> str:
    """Move an unreadable settings file aside, to NAME.damaged; the words saying so.

    The next save of the settings then does not write over what the user may want to look at.
    """
    kept = path.with_name(path.name + DAMAGED_SUFFIX)
    try:
        os.replace(path, kept)
    except OSError:
        return ""
    return f"; kept as {kept.name}"


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (the folder is created when missing)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(settings.model_dump(mode="json"), indent=2) + "\n")
