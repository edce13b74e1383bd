"""`embed-or-tune`: without a command the desktop app opens; with one, the command line runs.

Only what both need is imported here, so that opening the window does not load the command
line's modules, and a command does not load Qt.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

from desktop_app.core.memory import keep_freed_memory

PROGRAM = "embed-or-tune"
OK, INVALID_INPUT, USAGE = 0, 1, 2
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
)


def _run_command(argv: Sequence[str]) -> int:
    from desktop_app.commands import run_command

    return run_command(argv)


def _open_window(argv: Sequence[str]) -> int:
    # Start-up makes ~90,000 objects the cycle collector tracks, nearly all of which live as
    # long as the window; collecting while they are made sweeps them again and again (~10 %
    # of the start-up). The collector is off until the window is shown (`gui.app.after_start`).
    gc.disable()
    from desktop_app.gui.app import run  # Qt loads only when the window opens

    return run(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `embed-or-tune` and `python -m desktop_app`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    keep_freed_memory()
    try:
        if _is_command(argv):
            return _run_command(argv)
        return _open_window(argv)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): not an error of ours
        return OK
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
