"""The command line: `embed-or-tune COMMAND ...` (simulate, validate, report, catalog, ...).

Exit status: 0 ok, 1 invalid input (a bad scenario, a missing file), 2 wrong usage.
Errors go to stderr, one line each, never as a traceback.

The commands themselves are grouped by what they work on: `analysis_commands` (simulate,
sensitivity, map, breakeven), `scenario_commands` (validate, example, profiles),
`catalog_command`, `report_command`; `parser` holds their arguments, `shared` their errors.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop_app import INVALID_INPUT, OK, PROGRAM, USAGE
from desktop_app.cli.analysis_commands import run_breakeven, run_map, run_sensitivity, run_simulate
from desktop_app.cli.catalog_command import run_catalog
from desktop_app.cli.parser import build_parser
from desktop_app.cli.report_command import ReportWriter, run_report
from desktop_app.cli.scenario_commands import run_example, run_profiles, run_validate
from desktop_app.cli.shared import InputError, UsageError, print_problems
from desktop_app.cli.terminal import escaped_streams
from desktop_app.core.appdata.scenario_files import ScenarioFileError
from desktop_app.core.engine.overflow import ResultTooLargeError
from desktop_app.core.model.schema import scenario_schema_json
from desktop_app.present.safe_text import one_line


def run_command(argv: Sequence[str], write_report: ReportWriter | None = None) -> int:
    """Run one subcommand; returns the exit status.

    `write_report` prints the `report` command's PDF; without it that command fails in one line.
    """
    with escaped_streams():
        return _run(argv, write_report)


def _run(argv: Sequence[str], write_report: ReportWriter | None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:  # --help, --version and usage errors end here
        return done.code if isinstance(done.code, int) else USAGE
    handlers = {
        "simulate": run_simulate,
        "validate": run_validate,
        "schema": lambda _: sys.stdout.write(scenario_schema_json()) and OK,
        "example": run_example,
        "sensitivity": run_sensitivity,
        "map": run_map,
        "breakeven": run_breakeven,
        "report": lambda args: run_report(args, write_report),
        "catalog": run_catalog,
        "profiles": run_profiles,
    }
    try:
        return handlers[args.command](args)
    except ScenarioFileError as error:
        print_problems(error)
    except (InputError, ResultTooLargeError) as error:
        print(one_line(f"{PROGRAM}: {error}"), file=sys.stderr)
    except UsageError as error:
        command = f"{PROGRAM} {args.command}"
        print(one_line(f"{command}: {error} (see '{command} --help')"), file=sys.stderr)
        return USAGE
    return INVALID_INPUT
