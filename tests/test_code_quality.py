"""Checks on the code itself: lint clean, and a core that knows nothing of Qt."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_finds_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_core_never_imports_qt() -> None:
    modules = sorted(path.stem for path in (ROOT / "desktop_app" / "core").glob("*.py"))
    program = (
        "import sys\n"
        + "".join(f"import desktop_app.core.{name}\n" for name in modules)
        + "import desktop_app.launch\nimport desktop_app.cli.commands\n"
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
