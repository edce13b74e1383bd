"""What scenario files are called: `NAME.eot.json`, a name the desktop recognises.

The MIME type the desktop entry installs (`application/x-embed-or-tune-scenario`) matches
`*.eot.json`, so a file named so opens the app on a double-click; a plain `NAME.json` is still
read everywhere (Open, drag and drop, the command line), it is only not recognised by the desktop.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SCENARIO_SUFFIX = ".eot.json"
"""The suffix Save, Save As and `example -o` give a name typed without one."""
JSON_SUFFIX = ".json"
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
"""Characters a file name cannot hold on some desktop (Windows is the strictest)."""
_MAX_STEM = 120


def has_suffix(path: str | os.PathLike[str]) -> bool:
    """Whether the file name at the end of `path` has a suffix (`plan.json`, not `plan`)."""
    return Path(path).suffix not in ("", ".")


def with_scenario_suffix(path: str | os.PathLike[str]) -> Path:
    """`path`, with `.eot.json` added when its name has no suffix (`plan` -> `plan.eot.json`).

    A name the user gave a suffix keeps it: `plan.json` stays `plan.json`.
    """
    path = Path(path)
    if has_suffix(path):
        return path
    return path.with_name(path.name.rstrip(".") + SCENARIO_SUFFIX)


def scenario_stem(path: str | os.PathLike[str]) -> str:
    """The name of a scenario file without `.eot.json` or `.json` (`plan.eot.json` -> `plan`)."""
    name = Path(path).name
    for suffix in (SCENARIO_SUFFIX, JSON_SUFFIX):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return Path(name).stem or name


def default_file_name(title: str, suffix: str = SCENARIO_SUFFIX) -> str:
    """A file name for a scenario titled `title`: `Support chatbot.eot.json`.

    Characters no file name may hold on some desktop (slashes, colons, control and other
    unprintable characters) become a space, so the name is one file in the folder the dialog shows.
    """
    printable = "".join(character if character.isprintable() else " " for character in title)
    stem = " ".join(_UNSAFE_IN_NAMES.sub(" ", printable).split())[:_MAX_STEM].strip(" .")
    return f"{stem or 'scenario'}{suffix}"
