"""The `report` command: the printable sheet of scenarios, written by the window's printer."""

from __future__ import annotations

import argparse
import signal
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app import OK, PROGRAM
from desktop_app.cli.shared import InputError, UsageError
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.safe_files import FileError
from desktop_app.core.appdata.scenario_files import load_scenario
from desktop_app.core.engine.evaluation import Evaluation, evaluate
from desktop_app.core.engine.overflow import ResultTooLargeError
from desktop_app.present.sheet_content import MAX_COMPARED

ReportWriter = Callable[[list[Evaluation], list[str | None], Path, str, Sequence[str]], int]
"""Writes the sheet of the evaluated scenarios (named) to a PDF of a page size, never over the files
read; returns the page count. Printing needs Qt, which the command line does not import: the
entry point (`desktop_app.launch`) hands the window's writer to `run_command`."""


def run_report(args: argparse.Namespace, write_report: ReportWriter | None) -> int:
    """`report`: the sheet of the scenarios as a PDF, through `write_report`."""
    given = len(args.files) + len(args.example)
    if not 1 <= given <= MAX_COMPARED:
        raise UsageError(
            f"give 1 scenario, or 2 to {MAX_COMPARED} to compare "
            f"(files and --example NAME), got {given}"
        )
    if write_report is None:
        raise InputError(
            f"the report command prints through the desktop app: run it as '{PROGRAM} report'"
        )
    scenarios = [load_scenario(path) for path in args.files]
    names: list[str | None] = [Path(path).name for path in args.files]
    for name in args.example:
        try:
            scenarios.append(load_example(name))
        except KeyError as error:
            raise InputError(str(error.args[0])) from None
        names.append(f"{name} (example)")
    sources = [*map(str, args.files), *(f"--example {name}" for name in args.example)]
    evaluations = []
    for scenario, source in zip(scenarios, sources, strict=True):
        try:  # here, so that the line names the scenario whose result is too large
            evaluations.append(evaluate(scenario))
        except ResultTooLargeError as error:
            raise InputError(f"{source}: {error}") from None
    # Qt swallows a KeyboardInterrupt raised inside its callbacks (the report went on and
    # exited 0) and aborts on one during its start: while Qt works, Ctrl+C ends the command at
    # once, as the signal's default does. The atomic write keeps any file it would replace.
    previous = signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        pages = write_report(evaluations, names, Path(args.output), args.page_size, args.files)
    except ValueError as error:
        raise InputError(str(error)) from None
    except FileError as error:
        raise InputError(str(error)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(f"{args.output}: cannot be written: {reason}") from None
    finally:
        signal.signal(signal.SIGINT, previous)
    print(f"{args.output}: {pages} pages, {args.page_size}")
    return OK
