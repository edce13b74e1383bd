"""The commands that analyse a scenario: simulate, sensitivity, map and breakeven."""

from __future__ import annotations

import argparse
import sys

from desktop_app import OK
from desktop_app.cli import options
from desktop_app.cli.progress_bar import ProgressBar
from desktop_app.cli.shared import InputError, UsageError, print_json, scenario_of, write_output
from desktop_app.cli.terminal import csv_without_negative_zero, raw_stream
from desktop_app.core.analyses.break_even_finder import find_break_even
from desktop_app.core.analyses.decision_map import DEFAULT_X, DEFAULT_Y, decision_map
from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.analyses.sensitivity import sensitivity
from desktop_app.core.engine.evaluation import evaluate, monthly_csv, result_document
from desktop_app.present import analysis_text
from desktop_app.present.tables import text_report


def run_simulate(args: argparse.Namespace) -> int:
    """`simulate`: the result, with --samples its Monte Carlo, as text, JSON or CSV."""
    if args.csv == "-" and args.json:
        raise UsageError("--csv - and --json both write to stdout; give --csv a file name")
    scenario = scenario_of(args)
    evaluation = evaluate(scenario)
    uncertainty = None
    if args.samples:
        with ProgressBar(raw_stream(sys.stderr), "samples") as bar:
            uncertainty = run_monte_carlo(scenario, args.samples, args.seed, progress=bar)
    if args.csv:
        csv_text = csv_without_negative_zero(monthly_csv(evaluation, uncertainty))
        write_output(args.csv, csv_text, reading=[args.file] if args.file else [])
    if args.json:
        document = result_document(evaluation)
        if uncertainty is not None:
            document["uncertainty"] = uncertainty.document()
        print_json(document)
    elif args.csv != "-":
        sys.stdout.write(text_report(evaluation))
        if uncertainty is not None:
            sys.stdout.write(analysis_text.uncertainty_report(uncertainty, scenario))
    return OK


def run_sensitivity(args: argparse.Namespace) -> int:
    """`sensitivity`: which inputs move the answer most."""
    scenario = scenario_of(args)
    rows = sensitivity(scenario)
    if args.json:
        print_json({"sensitivity": [row.document() for row in rows]})
    else:
        sys.stdout.write(analysis_text.sensitivity_report(rows, scenario))
    return OK


def _axis(given: list[str] | None, default: tuple[str, float, float]) -> tuple[str, float, float]:
    if given is None:
        return default
    field, low, high = given
    return field, *_range(field, low, high)


def _range(field: str, low: str, high: str) -> tuple[float, float]:
    """The two ends of a range of values of `field`, as typed on the command line.

    Text that is not a number is wrong usage (status 2), as for `--samples 1,000`; a number
    that the field cannot take is invalid input (status 1), said by the analysis.
    """
    try:
        return options.number(low), options.number(high)
    except ValueError as error:
        raise UsageError(f"{field}: the range must be two numbers; {error}") from None


def run_map(args: argparse.Namespace) -> int:
    """`map`: the cheapest strategy over two inputs."""
    scenario = scenario_of(args)
    try:
        found = decision_map(
            scenario, _axis(args.x, DEFAULT_X), _axis(args.y, DEFAULT_Y), args.steps
        )
    except ValueError as error:
        raise InputError(str(error)) from None
    if args.json:
        print_json({"decision_map": found.document()})
    else:
        sys.stdout.write(analysis_text.map_report(found, scenario))
    return OK


def run_breakeven(args: argparse.Namespace) -> int:
    """`breakeven`: where two strategies cost the same along one input."""
    scenario = scenario_of(args)
    between = _range(args.field, *args.between) if args.between else None
    try:
        crossings = find_break_even(scenario, args.field, between)
    except (ValueError, KeyError) as error:
        raise InputError(str(error.args[0])) from None
    if args.json:
        print_json(
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
