"""The bundled example scenarios in resources/examples/, addressed by name.

An example is `NAME.eot.json` (what the app names scenario files) or `NAME.json`; both are
found, so renaming one is only a rename.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.appdata.resources import resource
from desktop_app.core.appdata.scenario_files import load_scenario
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.scenario_names import JSON_SUFFIX, SCENARIO_SUFFIX, scenario_stem

DEFAULT_EXAMPLE = "support-chatbot"


def example_names() -> list[str]:
    """Names of the bundled examples, sorted."""
    return sorted(_example_files())


def _example_files() -> dict[str, Path]:
    """Each example's file by its name (NAME.eot.json before NAME.json when both are there)."""
    found: dict[str, Path] = {}
    for path in sorted(resource("examples").glob("*" + JSON_SUFFIX)):
        name = scenario_stem(path)
        if name not in found or path.name.endswith(SCENARIO_SUFFIX):
            found[name] = path
    return found


def example_title(name: str) -> str:
    """What an example is called: its scenario's name ('Small FAQ assistant').

    Read from the file without validating it (a menu lists the titles); the file's name in
    words ('Faq long context') where the file does not say.
    """
    try:
        title = json.loads(example_path(name).read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        title = None
    if isinstance(title, str) and title.strip():
        return title.strip()
    return name.replace("-", " ").capitalize()


def example_path(name: str) -> Path:
    """The file of a bundled example; KeyError lists the known names.

    Only the names `example_names` lists are taken, so that a name such as '../../x' never
    reads a file outside the bundled examples.
    """
    known = _example_files()
    if name not in known:
        raise KeyError(f"no example named {name!r}; known: {', '.join(sorted(known))}")
    return known[name]


def load_example(name: str) -> Scenario:
    """A bundled example, validated like any scenario file."""
    return load_scenario(example_path(name))
