"""The command line: `embed-or-tune COMMAND ...` (simulate, validate, report, catalog, ...).

Exit status: 0 ok, 1 invalid input (a bad scenario, a missing file), 2 wrong usage.
Errors go to stderr, one line each, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn, get_args

from desktop_app import INVALID_INPUT, OK, PROGRAM, USAGE, __version__
from desktop_app.cli import options
from desktop_app.cli.progress_bar import ProgressBar
from desktop_app.cli.terminal import (
    csv_without_negative_zero,
    escaped_streams,
    raw_stream,
    without_negative_zero,
)
from desktop_app.core.analyses.break_even_finder import find_break_even
from desktop_app.core.analyses.decision_map import DEFAULT_STEPS, DEFAULT_X, DEFAULT_Y, decision_map
from desktop_app.core.analyses.monte_carlo import DEFAULT_SEED, run_monte_carlo
from desktop_app.core.analyses.sensitivity import sensitivity
from desktop_app.core.appdata.examples import example_names, example_path, load_example
from desktop_app.core.appdata.safe_files import FileError
from desktop_app.core.appdata.scenario_files import (
    ScenarioFileError,
    atomic_write_text,
    load_scenario,
    scenario_json,
)
from desktop_app.core.engine.evaluation import evaluate, monthly_csv, result_document
from desktop_app.core.engine.overflow import ResultTooLargeError
from desktop_app.core.model.effort_profiles import PROFILES, apply_profile
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.scenario import SCENARIO_FORMAT, Scenario
from desktop_app.core.model.scenario_names import has_suffix, with_scenario_suffix
from desktop_app.core.model.schema import scenario_schema_json
from desktop_app.core.prices.catalog import CatalogError, Kind, user_path
from desktop_app.core.prices.catalog_import import export_user_entries, import_file
from desktop_app.core.prices.presets import find
from desktop_app.core.prices.retirement_events import event_offers
from desktop_app.core.prices.user_catalog import load_catalog, user_catalog_problems
from desktop_app.present import analysis_text, catalog_text
from desktop_app.present.safe_text import one_line
from desktop_app.present.sheet_content import MAX_COMPARED
from desktop_app.present.tables import text_report

ReportWriter = Callable[[list[Scenario], list[str | None], Path, str, Sequence[str]], int]
"""Writes the sheet of the scenarios (named) to a PDF of a page size, never over the files
read; returns the page count. Printing needs Qt, which the command line does not import: the
entry point (`desktop_app.launch`) hands the window's writer to `run_command`."""


class InputError(Exception):
    """Bad input from the user: reported on stderr, exit status 1."""


class UsageError(Exception):
    """Options that cannot go together (each valid alone): reported on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE, one_line(f"{self.prog}: {message} (see '{self.prog} --help')") + "\n")


def _add_source(command: argparse.ArgumentParser) -> None:
    source = command.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "file", nargs="?", type=options.input_file, metavar="FILE", help="scenario file (.json)"
    )
    source.add_argument(
        "--example", type=options.name, metavar="NAME", help="a bundled example instead of a file"
    )
    command.add_argument("--json", action="store_true", help="print JSON as in docs/model.md")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROGRAM,
        description="Compare the month-by-month cost and upkeep of embeddings, fine-tuning, "
        "a hybrid of both and the corpus in a cached long prompt. Without a command, the "
        "desktop app opens.",
        epilog="The desktop app: embed-or-tune [FILE] [--screenshot PNG] (the picture is taken "
        "at 1280x800, then the app exits); FILE ends in .json or exists, any other word is "
        "taken for a mistyped command; while the app runs, FILE opens in its window. "
        "embed-or-tune --install-desktop-entry (or --uninstall-desktop-entry) adds the menu "
        "entry, icons and file type (*.eot.json) for this user. "
        "Exit status: 0 ok, 1 invalid input, 2 wrong usage.",
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_simulate(commands)
    _add_sensitivity(commands)
    _add_map(commands)
    _add_breakeven(commands)
    _add_report(commands)
    _add_catalog(commands)
    _add_validate(commands)
    commands.add_parser("schema", help="print the JSON Schema of scenario files")
    _add_example(commands)
    commands.add_parser("profiles", help="list the effort profiles (hour estimates with ranges)")
    return parser


def _add_simulate(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `simulate` command and its arguments."""
    simulate = commands.add_parser("simulate", help="simulate a scenario and print the result")
    _add_source(simulate)
    simulate.add_argument(
        "--csv",
        type=options.name,
        metavar="OUT",
        help="also write the monthly results as CSV (- for stdout, without --json)",
    )
    simulate.add_argument(
        "--samples",
        type=options.samples,
        metavar="N",
        help=f"Monte Carlo over the uncertain inputs: N samples, 1 to {options.MAX_SAMPLES:,}",
    )
    simulate.add_argument(
        "--seed",
        type=options.seed,
        default=DEFAULT_SEED,
        metavar="S",
        help=f"seed of the samples, 0 to {options.MAX_SEED:,} (default {DEFAULT_SEED})",
    )


def _add_sensitivity(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `sensitivity` command and its arguments."""
    sensitivity = commands.add_parser("sensitivity", help="which inputs move the answer most")
    _add_source(sensitivity)


def _add_map(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `map` command and its arguments."""
    decision = commands.add_parser("map", help="the cheapest strategy over two inputs")
    _add_source(decision)
    axis_help = "a numeric input and its range, LO < HI, both valid for it (default: {})"
    decision.add_argument(
        "--x", nargs=3, metavar=("FIELD", "LO", "HI"), help=axis_help.format(DEFAULT_X[0])
    )
    decision.add_argument(
        "--y", nargs=3, metavar=("FIELD", "LO", "HI"), help=axis_help.format(DEFAULT_Y[0])
    )
    decision.add_argument(
        "--steps",
        type=options.steps,
        default=DEFAULT_STEPS,
        metavar="N",
        help=f"points per axis, {options.MIN_STEPS} to {options.MAX_STEPS} "
        f"(default {DEFAULT_STEPS})",
    )


def _add_breakeven(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `breakeven` command and its arguments."""
    breakeven = commands.add_parser("breakeven", help="where two strategies cost the same")
    _add_source(breakeven)
    breakeven.add_argument(
        "--field", required=True, type=options.name, metavar="FIELD", help="the input to vary"
    )
    breakeven.add_argument(
        "--between",
        nargs=2,
        metavar=("A", "B"),
        help="the range to search, A < B, both valid for FIELD "
        "(default: a hundredth to a hundred times its value)",
    )


def _add_report(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `report` command and its arguments."""
    report = commands.add_parser("report", help="write the printable sheet (PDF)")
    report.add_argument(
        "files",
        nargs="*",
        type=options.input_file,
        metavar="FILE",
        help=f"1 scenario, or 2-{MAX_COMPARED} to compare (with the examples)",
    )
    report.add_argument(
        "--example", action="append", default=[], type=options.name, metavar="NAME"
    )
    report.add_argument(
        "-o", "--output", required=True, type=options.output_file, metavar="OUT.pdf"
    )
    report.add_argument("--page-size", choices=("A4", "Letter"), default="A4")


def _add_catalog(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `catalog` command and its arguments."""
    catalog = commands.add_parser("catalog", help="the price catalog: list, show, import, export")
    actions = catalog.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    actions.required = True
    listing = actions.add_parser("list", help="list the entries")
    listing.add_argument("--kind", choices=get_args(Kind))
    listing.add_argument("--json", action="store_true")
    show = actions.add_parser("show", help="show one entry")
    show.add_argument("id", type=options.name, metavar="ID")
    show.add_argument("--json", action="store_true")
    importing = actions.add_parser("import", help="add your own prices (catalog or LiteLLM file)")
    importing.add_argument("file", type=options.input_file, metavar="FILE")
    exporting = actions.add_parser("export", help="write your own entries to a catalog file")
    exporting.add_argument("file", type=options.output_file, metavar="FILE")


def _add_validate(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `validate` command and its arguments."""
    validate = commands.add_parser("validate", help="check scenario files")
    validate.add_argument("files", nargs="+", type=options.input_file, metavar="FILE")


def _add_example(commands: argparse._SubParsersAction[_Parser]) -> None:
    """The `example` command and its arguments."""
    example = commands.add_parser("example", help="list or write the bundled examples")
    example.add_argument("name", nargs="?", type=options.name, metavar="NAME")
    example.add_argument("--list", action="store_true", help="list the bundled examples")
    example.add_argument(
        "-o",
        "--output",
        type=options.name,
        metavar="FILE",
        help="write to FILE instead of stdout (a new name without a suffix gets .eot.json)",
    )
    example.add_argument(
        "--effort-profile",
        type=options.name,
        metavar="PROFILE",
        help="fill the hour estimates (and their ranges) from an effort profile",
    )


def _scenario(args: argparse.Namespace) -> Scenario:
    if args.example is not None:
        try:
            return load_example(args.example)
        except KeyError as error:
            raise InputError(str(error.args[0])) from None
    return load_scenario(args.file)


def _write(
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


def _simulate(args: argparse.Namespace) -> int:
    if args.csv == "-" and args.json:
        raise UsageError("--csv - and --json both write to stdout; give --csv a file name")
    scenario = _scenario(args)
    evaluation = evaluate(scenario)
    uncertainty = None
    if args.samples:
        with ProgressBar(raw_stream(sys.stderr), "samples") as bar:
            uncertainty = run_monte_carlo(scenario, args.samples, args.seed, progress=bar)
    if args.csv:
        csv_text = csv_without_negative_zero(monthly_csv(evaluation, uncertainty))
        _write(args.csv, csv_text, reading=[args.file] if args.file else [])
    if args.json:
        document = result_document(evaluation)
        if uncertainty is not None:
            document["uncertainty"] = uncertainty.document()
        _print_json(document)
    elif args.csv != "-":
        sys.stdout.write(text_report(evaluation))
        if uncertainty is not None:
            sys.stdout.write(analysis_text.uncertainty_report(uncertainty, scenario))
    return OK


def _sensitivity(args: argparse.Namespace) -> int:
    scenario = _scenario(args)
    rows = sensitivity(scenario)
    if args.json:
        _print_json({"sensitivity": [row.document() for row in rows]})
    else:
        sys.stdout.write(analysis_text.sensitivity_report(rows, scenario))
    return OK


def _axis(given: list[str] | None, default: tuple[str, float, float]) -> tuple[str, float, float]:
    if given is None:
        return default
    field, low, high = given
    return field, *_range(field, low, high)


def _range(field: str, low: str, high: str) -> tuple[float, float]:
    """The two ends of a range of values of `field`, as typed on the command line."""
    try:
        return options.number(low), options.number(high)
    except ValueError as error:
        raise InputError(f"{field}: the range must be two numbers; {error}") from None


def _map(args: argparse.Namespace) -> int:
    scenario = _scenario(args)
    try:
        found = decision_map(
            scenario, _axis(args.x, DEFAULT_X), _axis(args.y, DEFAULT_Y), args.steps
        )
    except ValueError as error:
        raise InputError(str(error)) from None
    if args.json:
        _print_json({"decision_map": found.document()})
    else:
        sys.stdout.write(analysis_text.map_report(found, scenario))
    return OK


def _breakeven(args: argparse.Namespace) -> int:
    scenario = _scenario(args)
    between = _range(args.field, *args.between) if args.between else None
    try:
        crossings = find_break_even(scenario, args.field, between)
    except (ValueError, KeyError) as error:
        raise InputError(str(error.args[0])) from None
    if args.json:
        _print_json(
            {
                "break_even_values": {
                    "field": args.field,
                    "crossings": [c.document() for c in crossings],
                }
            }
        )
    else:
        sys.stdout.write(analysis_text.break_even_report(crossings, args.field, scenario))
    return OK


def _report(args: argparse.Namespace, write_report: ReportWriter | None) -> int:
    given = len(args.files) + len(args.example)
    if not 1 <= given <= MAX_COMPARED:
        raise UsageError(
            f"give 1 scenario, or 2 to {MAX_COMPARED} to compare "
            f"(files and --example NAME), got {given}"
        )
    if write_report is None:
        raise InputError("the report command prints through the desktop app: run it as "
                         f"'{PROGRAM} report'")
    scenarios = [load_scenario(path) for path in args.files]
    names: list[str | None] = [Path(path).name for path in args.files]
    for name in args.example:
        try:
            scenarios.append(load_example(name))
        except KeyError as error:
            raise InputError(str(error.args[0])) from None
        names.append(f"{name} (example)")
    try:
        pages = write_report(scenarios, names, Path(args.output), args.page_size, args.files)
    except ValueError as error:
        raise InputError(str(error)) from None
    except FileError as error:
        raise InputError(str(error)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(f"{args.output}: cannot be written: {reason}") from None
    print(f"{args.output}: {pages} pages, {args.page_size}")
    return OK


def _catalog(args: argparse.Namespace) -> int:
    today = date.today()
    try:
        if args.action == "import":
            report = import_file(Path(args.file), today)
            print(
                f"{args.file}: {report.added} entries added, {report.replaced} replaced, "
                f"{len(report.skipped)} skipped (in {user_path()})"
            )
            for line in report.skipped:
                print(f"{args.file}: skipped {line}", file=sys.stderr)
            return OK
        if args.action == "export":
            count = export_user_entries(Path(args.file))
            print(f"{args.file}: {count} entries of yours")
            return OK
        entries = load_catalog()
        if args.action == "show":
            entry = find(entries, args.id)
            if args.json:
                _print_json(entry.model_dump(mode="json"))
            else:
                sys.stdout.write(catalog_text.show_text(entry, today))
            return OK
        entries = [entry for entry in entries if args.kind in (None, entry.kind)]
        if args.json:
            _print_json([entry.model_dump(mode="json") for entry in entries])
        else:
            sys.stdout.write(catalog_text.list_text(entries, today))
        damaged = user_catalog_problems()
        for line in damaged:
            print(line, file=sys.stderr)
        return INVALID_INPUT if damaged else OK
    except CatalogError as error:
        _print_problems(error)
        return INVALID_INPUT
    except RecursionError:  # a catalog file nested thousands of levels deep
        where = getattr(args, "file", None) or user_path()
        raise InputError(f"{where}: lists and objects nest too deeply to be a catalog") from None
    except KeyError as error:
        raise InputError(str(error.args[0])) from None
    except FileError as error:
        raise InputError(str(error)) from None
    except OSError as error:
        raise InputError(f"{args.file}: cannot be written: {error.strerror}") from None


def _print_json(document: object) -> None:
    # ensure_ascii (the default) writes every control character as \uXXXX: safe on a terminal
    text = json.dumps(without_negative_zero(document), indent=2, allow_nan=False)
    sys.stdout.write(text + "\n")


def _print_problems(error: Exception) -> None:
    """Each problem of a file error on stderr, escaped to exactly one line each."""
    source, lines = getattr(error, "source", None), getattr(error, "lines", None)
    if source is None or lines is None:
        lines, source = str(error).split("\n"), None
    for line in lines:
        print(one_line(line if source is None else f"{source}: {line}"), file=sys.stderr)


def _validate(args: argparse.Namespace) -> int:
    status = OK
    for path in args.files:
        try:
            scenario = load_scenario(path)
        except ScenarioFileError as error:
            _print_problems(error)
            status = INVALID_INPUT
        else:
            print(one_line(f"{path}: ok"))
            for line in _dated_presets(scenario):
                print(one_line(f"  {line}"))
    return status


def _dated_presets(scenario: Scenario) -> list[str]:
    """Retirements and closings of the scenario's presets: events to add, dates to place."""
    if not scenario.presets:
        return []
    try:
        entries = load_catalog()
    except CatalogError:
        return []
    return event_offers(scenario, entries).lines()


def _example(args: argparse.Namespace) -> int:
    if args.output and not args.name:
        raise UsageError("-o needs the NAME of the example to write")
    if args.list or not args.name:
        for name in example_names():
            print(f"{name:26} {load_example(name).name}")
        return OK
    try:
        path = example_path(args.name)
    except KeyError as error:
        raise InputError(str(error.args[0])) from None
    scenario = load_scenario(path)
    if args.effort_profile:
        try:
            scenario = apply_profile(scenario, args.effort_profile)
        except KeyError as error:
            raise InputError(f"--effort-profile: {error.args[0]}") from None
    _write(_scenario_output(args.output), scenario_json(scenario), writes=SCENARIO_FORMAT)
    return OK


def _profiles(_: argparse.Namespace) -> int:
    for name, item in PROFILES.items():
        setup = "/".join(plain_number(v) for v in item.per_strategy["setup_hours"])
        print(f"{name:30} {item.title}: setup {setup} h (range x{item.low}-x{item.high})")
        print(textwrap.fill(item.description, 100, initial_indent="    ", subsequent_indent="    "))
    return OK


def _scenario_output(output: str | None) -> str:
    """Where `example -o` writes: a new name without a suffix gets `.eot.json` (see README)."""
    if output is None or output == "-" or has_suffix(output) or os.path.lexists(output):
        return output or "-"  # "-", a name with a suffix, or a file that is there (/dev/stdout)
    return str(with_scenario_suffix(output))


def run_command(argv: Sequence[str], write_report: ReportWriter | None = None) -> int:
    """Run one subcommand; returns the exit status.

    `write_report` prints the `report` command's PDF; without it that command fails in one line.
    """
    with escaped_streams():
        return _run(argv, write_report)


def _run(argv: Sequence[str], write_report: ReportWriter | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as done:  # --help, --version and usage errors end here
        return done.code if isinstance(done.code, int) else USAGE
    handlers = {
        "simulate": _simulate,
        "validate": _validate,
        "schema": lambda _: sys.stdout.write(scenario_schema_json()) and OK,
        "example": _example,
        "sensitivity": _sensitivity,
        "map": _map,
        "breakeven": _breakeven,
        "report": lambda args: _report(args, write_report),
        "catalog": _catalog,
        "profiles": _profiles,
    }
    try:
        return handlers[args.command](args)
    except ScenarioFileError as error:
        _print_problems(error)
    except (InputError, ResultTooLargeError) as error:
        print(one_line(f"{PROGRAM}: {error}"), file=sys.stderr)
    except UsageError as error:
        command = f"{PROGRAM} {args.command}"
        print(one_line(f"{command}: {error} (see '{command} --help')"), file=sys.stderr)
        return USAGE
    return INVALID_INPUT
