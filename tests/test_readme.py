"""README.md's two commands stay true: CI runs the README's test command word for word."""

from __future__ import annotations

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_starts_with_the_run_and_the_test_command() -> None:
    run, test = readme_commands()[:2]
    assert run.startswith("python3 -m venv .venv && ") and "embed-or-tune" in run
    assert test.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command() -> None:
    test = readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
    assert '"$status" -eq 5' in ci  # pytest's "no tests" is a failure


def test_readme_run_command_names_a_bundled_example() -> None:
    from desktop_app.core.appdata.examples import example_names

    run = readme_commands()[0]
    assert any(name in run for name in example_names())
