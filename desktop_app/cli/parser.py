"""The command line's arguments: one parser, a subcommand each, usage errors in one line."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any, NoReturn, get_args

from desktop_app import PROGRAM, USAGE, VERSION_LINE
from desktop_app.cli import options
from desktop_app.core.analyses.decision_map import DEFAULT_STEPS, DEFAULT_X, DEFAULT_Y
from desktop_app.core.analyses.monte_carlo import DEFAULT_SEED
from desktop_app.core.prices.catalog import Kind
from desktop_app.present.safe_text import one_line
from desktop_app.present.sheet_content import MAX_COMPARED


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A value starting "-" and a digit is a number, as Python 3.13's argparse reads it:
        # 3.11's took "-1e1" and "-.5e3" for options ("--between: expected 2 arguments").
        # "-inf" too, so that its reader says why it is no number.
        self._negative_number_matcher = re.compile(r"^-(?:\.?\d|inf)", re.IGNORECASE)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """As argparse's, but a word no command takes is named with that command's help."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            _chosen(self, parsed).error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE, one_line(f"{self.prog}: {message} (see '{self.prog} --help')") + "\n")


def _chosen(parser: argparse.ArgumentParser, parsed: argparse.Namespace) -> argparse.ArgumentParser:
    """The (sub)command's parser that `parsed` went to: `catalog import` for its arguments."""
    for action in parser._actions:  # argparse keeps its subcommands there only
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(parsed, action.dest, None) or "")
            if isinstance(chosen, argparse.ArgumentParser):
                return _chosen(chosen, parsed)
    return parser


def _add_source(command: argparse.ArgumentParser) -> None:
    source = command.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "file", nargs="?", type=options.input_file, metavar="FILE", help="scenario file (.json)"
    )
    source.add_argument(
        "--example", type=options.name, metavar="NAME", help="a bundled example instead of a file"
    )
    command.add_argument("--json", action="store_true", help="print JSON as in docs/model.md")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command and its arguments."""
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
    parser.add_argument("--version", action="version", version=VERSION_LINE)
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
        f"(default {DEFAULT_STEPS}; an input counted in whole numbers, such as "
        "fine_tuning.epochs, gets at most one point per whole number)",
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
    report.add_argument("--example", action="append", default=[], type=options.name, metavar="NAME")
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
