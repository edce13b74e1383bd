"""The `catalog` command: list, show, import and export the price catalog's entries."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop_app import INVALID_INPUT, OK
from desktop_app.cli.shared import InputError, print_json, print_problems
from desktop_app.core.appdata.safe_files import FileError
from desktop_app.core.prices.catalog import CatalogError, user_path
from desktop_app.core.prices.catalog_import import export_user_entries, import_file
from desktop_app.core.prices.presets import find
from desktop_app.core.prices.user_catalog import load_catalog, user_catalog_problems
from desktop_app.present import catalog_text


def run_catalog(args: argparse.Namespace) -> int:
    """`catalog`: list, show, import or export price entries."""
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
            return _said_damaged()  # left out of the file: say so, as `list` does
        entries = load_catalog()
        if args.action == "show":
            entry = find(entries, args.id)
            if args.json:
                print_json(entry.model_dump(mode="json"))
            else:
                sys.stdout.write(catalog_text.show_text(entry, today))
            return OK
        entries = [entry for entry in entries if args.kind in (None, entry.kind)]
        if args.json:
            print_json([entry.model_dump(mode="json") for entry in entries])
        else:
            sys.stdout.write(catalog_text.list_text(entries, today))
        return _said_damaged()
    except CatalogError as error:
        print_problems(error)
        return INVALID_INPUT
    except RecursionError:  # a catalog file nested thousands of levels deep
        where = getattr(args, "file", None) or user_path()
        raise InputError(f"{where}: lists and objects nest too deeply to be a catalog") from None
    except KeyError as error:
        raise InputError(str(error.args[0])) from None
    except FileError as error:
        raise InputError(str(error)) from None
    except BrokenPipeError:  # the reader of our output went away: not the file's fault
        raise
    except OSError as error:
        where = getattr(args, "file", None) or user_path()
        raise InputError(f"{where}: cannot be written: {error.strerror}") from None


def _said_damaged() -> int:
    """Each damaged entry of the user's catalog on stderr; the status that says whether any."""
    damaged = user_catalog_problems()
    for line in damaged:
        print(line, file=sys.stderr)
    return INVALID_INPUT if damaged else OK
