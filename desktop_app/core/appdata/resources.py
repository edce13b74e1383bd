"""Where the bundled files live.

`resources/` beside the package in a source checkout, `desktop_app/resources/` inside an
installed wheel or a PyInstaller bundle.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]


@cache
def resources_folder() -> Path:
    """The folder holding examples/, catalog/, the schema and icons."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "examples").is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled resources are missing (looked beside {_PACKAGE})")


def resource(*parts: str) -> Path:
    """A bundled file by its path below resources/."""
    return resources_folder().joinpath(*parts)
