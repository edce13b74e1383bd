"""The bundled example scenarios in resources/examples/, addressed by name."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.resources import resource
from desktop_app.core.scenario import Scenario
from desktop_app.core.scenario_files import load_scenario

DEFAULT_EXAMPLE = "support-chatbot"


def example_names() -> list[str]:
    """Names of the bundled examples, sorted."""
    return sorted(path.stem for path in resource("examples").glob("*.json"))


def example_path(name: str) -> Path:
    """The file of a bundled example; KeyError lists the known names.

    Only the names `example_names` lists are taken, so that a name such as '../../x' never
    reads a file outside the bundled examples.
    """
    known = example_names()
    if name not in known:
        raise KeyError(f"no example named {name!r}; known: {', '.join(known)}")
    return resource("examples", f"{name}.json")


def load_example(name: str) -> Scenario:
    """A bundled example, validated like any scenario file."""
    return load_scenario(example_path(name))
