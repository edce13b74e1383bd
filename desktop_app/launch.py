"""`embed-or-tune`: without a command the desktop app opens; with one, the command line runs.

Only what both need is imported here, so that opening the window does not load the command
line's modules, and a command does not load Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop_app import INVALID_INPUT, OK, PROGRAM, USAGE, VERSION_LINE
from desktop_app.cli.terminal import OutputError, escaped_streams
from desktop_app.core.engine.memory import keep_freed_memory
from desktop_app.present.safe_text import one_line

if TYPE_CHECKING:
    from desktop_app.core.engine.evaluation import Evaluation

COMMANDS = (
    "simulate",
    "validate",
    "schema",
    "example",
    "sensitivity",
    "map",
    "breakeven",
    "report",
    "catalog",
    "profiles",
)


class _WindowParser(argparse.ArgumentParser):
    """The window's few arguments; a usage error is one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE, one_line(f"{PROGRAM}: {message} (see '{PROGRAM} --help')") + "\n")


def looks_like_a_file(word: str) -> bool:
    """Whether the window's argument `word` is a file to open rather than a mistyped command.

    A file is a name ending in .json, a path with a folder in it, or anything that exists;
    any other word (`simulte`) is taken for a command that does not exist.
    """
    separators = {"/", os.sep, os.altsep or "/"}
    return (
        word.lower().endswith(".json")
        or any(separator in word for separator in separators)
        or os.path.lexists(word)
    )


def _unknown_command(word: str) -> str:
    import difflib  # only on this error's path

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"the commands are {', '.join(COMMANDS)}"
    return f"unknown command '{word}'; {hint} (a file to open ends in .json or exists)"


def window_arguments(argv: Sequence[str], *, commands: bool = True) -> argparse.Namespace:
    """FILE and --screenshot PNG of `embed-or-tune [FILE] [--screenshot PNG]`, checked.

    Raises SystemExit(2) after one line on stderr for a usage error, so that a mistyped
    command never opens the window (or, without a display, waits for a click). With
    `commands` False (the window-only entry point) every word is a file to open.
    """
    parser = _WindowParser(prog=PROGRAM, description="Open the desktop app.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="scenario file to open")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture and exit")
    args, extra = parser.parse_known_args(argv)
    options = [word for word in extra if word.startswith("-")]
    if options:  # `-platform offscreen`: not a command named "offscreen"
        parser.error(f"unrecognized arguments: {' '.join(options)}")
    if args.file is not None and not args.file.strip():
        parser.error("argument FILE: must not be empty")
    if commands and args.file is not None and not looks_like_a_file(args.file):
        parser.error(_unknown_command(args.file))
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.screenshot is not None and args.screenshot.strip() in ("", "-"):
        parser.error("argument --screenshot: name the PNG file to write")
    return args


def _run_command(argv: Sequence[str]) -> int:
    from desktop_app.cli.commands import run_command

    return run_command(argv, write_report=_write_report)


def _write_report(
    evaluations: list[Evaluation],
    names: list[str | None],
    target: Path,
    page_size: str,
    reading: Sequence[str],
) -> int:
    """The `report` command's printing, from the Qt layer: loaded only when it runs."""
    from desktop_app.gui.printing.report_command import write_report

    return write_report(evaluations, names, target, page_size, reading)


def _open_window(argv: Sequence[str], *, commands: bool = True) -> int:
    try:
        args = window_arguments(argv, commands=commands)  # the window-only start checks here
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else USAGE
    file = None if args.file is None else Path(args.file)
    screenshot = None if args.screenshot is None else Path(args.screenshot)
    # Start-up makes ~90,000 objects the cycle collector tracks, nearly all of which live as
    # long as the window; collecting while they are made sweeps them again and again (~10 %
    # of the start-up). It is off until the window is shown, and then runs on the main thread
    # only (`gui.app.after_start`, `gui.main_thread_gc`).
    gc.disable()
    from desktop_app.instance import forward_file

    if forward_file(file, screenshot=screenshot is not None):
        return OK  # a window of this user runs and opens the file (QtNetwork only was loaded)
    from desktop_app.gui.app import run  # Qt loads only when the window opens

    return run(file, screenshot)


def _desktop_entry(argv: Sequence[str]) -> int:
    from desktop_app.cli.desktop_entry import run

    return run(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `embed-or-tune` and `python -m desktop_app`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    keep_freed_memory()
    with escaped_streams():
        return _main(argv)


def _output_failed(error: OutputError) -> int:
    _discard_standard_output()
    with contextlib.suppress(OutputError, OSError):  # stderr gone too: the status says it
        print(f"{PROGRAM}: {error}", file=sys.stderr)
    return INVALID_INPUT


def _reader_went_away() -> int:
    _discard_standard_output()
    sys.stderr.close()  # the reader went away (e.g. `| head`): not an error of ours
    return OK


def _discard_standard_output() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit fails no second time.

    (The idiom of Python's documentation on SIGPIPE.)
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())  # type: ignore[union-attr]


def _main(argv: list[str]) -> int:
    try:
        if argv[:1] == ["--version"]:  # as the command line's parser answers, without loading it
            print(VERSION_LINE)
            return OK
        if _is_command(argv):
            status = _run_command(argv)
            sys.stdout.flush()  # now, while a full disk can still be reported
            return status
        if argv and argv[0] in ("--install-desktop-entry", "--uninstall-desktop-entry"):
            return _desktop_entry(argv)
        try:
            window_arguments(argv)  # before Qt loads: a usage error exits at once
        except SystemExit as done:
            return done.code if isinstance(done.code, int) else USAGE
        return _open_window(argv)
    except BrokenPipeError:
        return _reader_went_away()
    except OutputError as error:
        return _output_failed(error)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug of ours: still one line, never a traceback
        message = f"{PROGRAM}: unexpected error: {type(error).__name__}: {error}"
        print(one_line(message), file=sys.stderr)
        return INVALID_INPUT


def window_main() -> int:
    """Entry point of `embed-or-tune-window`: the window only (windowed on Windows: no console)."""
    argv = sys.argv[1:]
    keep_freed_memory()
    try:
        return _open_window(argv, commands=False)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug of ours: still one line, never a traceback
        print(f"{PROGRAM}: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return INVALID_INPUT


def _is_command(argv: Sequence[str]) -> bool:
    return bool(argv) and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"))


def console_main() -> None:
    """The console script `embed-or-tune` (and `python -m desktop_app`): `main`, then exit.

    A command has written and closed its files by the time `main` returns. What stdout and
    stderr still buffer is flushed, and the process ends at once (`os._exit`): tearing the
    interpreter down, module by module, cost every command ~50 ms and changes nothing the
    user sees. The window exits the ordinary way. In-process callers (tests) call `main`.
    """
    argv = sys.argv[1:]
    status = main(argv)
    if not _is_command(argv):
        sys.exit(status)
    os._exit(_flushed(status))


def _flushed(status: int) -> int:
    """Flush stdout and stderr; output that cannot be written is an error, in one line."""
    try:
        if sys.stdout is not None and not sys.stdout.closed:
            sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader went away (e.g. `| head`): not an error of ours
    except OSError as error:
        status = status or INVALID_INPUT
        print(f"{PROGRAM}: cannot write the output: {error.strerror}", file=sys.stderr)
    try:
        if sys.stderr is not None and not sys.stderr.closed:
            sys.stderr.flush()
    except OSError:
        pass  # nowhere left to say so
    return status
