"""The commands on scenario files: validate them, write the examples, list effort profiles."""

from __future__ import annotations

import argparse
import os
import textwrap

from desktop_app import INVALID_INPUT, OK
from desktop_app.cli.shared import InputError, UsageError, print_problems, write_output
from desktop_app.core.appdata.examples import example_names, example_path, load_example
from desktop_app.core.appdata.safe_files import FileError, write_file
from desktop_app.core.appdata.scenario_files import ScenarioFileError, load_scenario, scenario_json
from desktop_app.core.model.effort_profiles import PROFILES, apply_profile
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.scenario import SCENARIO_FORMAT, Scenario
from desktop_app.core.model.scenario_names import has_suffix, with_scenario_suffix
from desktop_app.core.prices.catalog import CatalogError
from desktop_app.core.prices.retirement_events import event_offers
from desktop_app.core.prices.user_catalog import load_catalog
from desktop_app.present.safe_text import one_line


def run_validate(args: argparse.Namespace) -> int:
    """`validate`: check scenario files, one line each (and their dated presets)."""
    status = OK
    for path in args.files:
        try:
            scenario = load_scenario(path)
        except ScenarioFileError as error:
            print_problems(error)
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


def run_example(args: argparse.Namespace) -> int:
    """`example`: list the bundled examples, or write one (with an effort profile)."""
    if args.output and not args.name:
        raise UsageError("-o needs the NAME of the example to write")
    if args.list and (args.name or args.output or args.effort_profile):
        raise UsageError("--list lists the examples: give it no NAME, -o or --effort-profile")
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
    target = _scenario_output(args.output)
    if target == "-":
        write_output(target, scenario_json(scenario))
        return OK
    try:  # someone's scenario or notes is never replaced, not even one made meanwhile
        data = scenario_json(scenario).encode("utf-8")
        write_file(target, data, writes=SCENARIO_FORMAT, new_only=True)
    except FileError as error:
        hint = " (example writes new files only: give another name)"
        raise InputError(f"{error}{hint if error.kind == 'already_exists' else ''}") from None
    return OK


def run_profiles(_: argparse.Namespace) -> int:
    """`profiles`: the effort profiles with their setup hours and ranges."""
    for name, item in PROFILES.items():
        setup = "/".join(plain_number(v) for v in item.per_strategy["setup_hours"])
        print(f"{name:30} {item.title}: setup {setup} h (range x{item.low}-x{item.high})")
        print(textwrap.fill(item.description, 100, initial_indent="    ", subsequent_indent="    "))
    return OK


def _scenario_output(output: str | None) -> str:
    """Where `example -o` writes: a new name without a suffix gets `.eot.json` (see README)."""
    if output is not None and output.endswith(("/", os.sep)):  # "new/": not "new.eot.json"
        raise InputError(f"{output}: names a folder; give the name of the file to write")
    if output is None or output == "-" or has_suffix(output) or os.path.lexists(output):
        return output or "-"  # "-", a name with a suffix, or a file that is there (/dev/stdout)
    return str(with_scenario_suffix(output))
