"""Checks on the code itself: lint clean, the layers kept, the types checked.

The README's test command runs these, so a developer's `pytest` and CI check the same things:
ruff, import-linter's contracts (pyproject.toml, `[tool.importlinter]`) and mypy.
"""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

import desktop_app


def _tool(name: str) -> str:
    """The console script `name` installed beside this Python (the test extra pins it)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed: pip install -e '.[test]'"
    return found


def test_ruff_finds_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_code_is_formatted() -> None:
    """`ruff format` would change nothing (pre-commit runs it on each commit)."""
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_layer_contracts_are_kept() -> None:
    """core < present < instance < (cli | gui) < launch, and no Qt below the window."""
    done = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_starting_a_command_loads_no_qt() -> None:
    """At run time too: every core, presentation and command-line module, and the entry point."""
    names = sorted(
        module.name
        for module in pkgutil.walk_packages(desktop_app.__path__, "desktop_app.")
        if module.name.split(".")[1] in ("core", "present", "cli", "launch")
    )
    assert "desktop_app.core.engine.kernel" in names and "desktop_app.cli.commands" in names
    program = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in names)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_mypy_finds_nothing() -> None:
    """The whole package type-checks with pyproject.toml's settings (pydantic's plugin on)."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "desktop_app"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout
