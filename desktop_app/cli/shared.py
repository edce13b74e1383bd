"""What every command uses: its two errors, the scenario it reads, the files and JSON it writes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop_app.cli.terminal import without_negative_zero
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.safe_files import FileError
from desktop_app.core.appdata.scenario_files import atomic_write_text, load_scenario
from desktop_app.core.model.scenario import Scenario
from desktop_app.present.safe_text import one_line


class InputError(Exception):
    """Bad input from the user: reported on stderr, exit status 1."""


class UsageError(Exception):
    """Options that cannot go together (each valid alone): reported on stderr, exit status 2."""


def scenario_of(args: argparse.Namespace) -> Scenario:
    """The scenario a command reads: FILE, or the bundled example --example NAME."""
    if args.example is not None:
        try:
            return load_example(args.example)
        except KeyError as error:
            raise InputError(str(error.args[0])) from None
    return load_scenario(args.file)


def write_output(
    target: str, text: str, reading: Sequence[str] = (), writes: str | None = None
) -> None:
    """Write an output file through the one safe path (never over a file in `reading`)."""
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        atomic_write_text(target, text, reading=reading, writes=writes)
    except FileError as error:
        raise InputError(str(error)) from None


def print_json(document: object) -> None:
    """Print a document as JSON (no -0, no NaN) on stdout."""
    # ensure_ascii (the default) writes every control character as \uXXXX: safe on a terminal
    text = json.dumps(without_negative_zero(document), indent=2, allow_nan=False)
    sys.stdout.write(text + "\n")


def print_problems(error: Exception) -> None:
    """Each problem of a file error on stderr, escaped to exactly one line each."""
    source, lines = getattr(error, "source", None), getattr(error, "lines", None)
    if source is None or lines is None:
        lines, source = str(error).split("\n"), None
    for line in lines:
        print(one_line(line if source is None else f"{source}: {line}"), file=sys.stderr)
