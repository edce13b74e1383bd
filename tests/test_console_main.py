"""The console entry point ends a command without interpreter shutdown, losing nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = "import sys\nfrom desktop_app.launch import console_main\n"


def console(*argv: str, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess:
    """Run `python -m desktop_app ARGV` (the console entry point), output buffered as usual."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env=environment,
    )


def test_a_command_skips_interpreter_shutdown() -> None:
    program = (
        PROGRAM
        + "import atexit\natexit.register(lambda: print('shut down'))\n"
        + "sys.argv = ['embed-or-tune', '--version']\nconsole_main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("embed-or-tune ") and "shut down" not in done.stdout


def test_buffered_output_is_all_written_before_the_exit(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    with target.open("w") as out:
        done = console(
            "simulate", "--example", "content-pipeline", "--samples", "300", "--json", stdout=out
        )
    assert done.returncode == 0, done.stderr
    document = json.loads(target.read_text())  # complete: the last bytes were flushed
    assert document["uncertainty"]["samples"] == 300
    csv = tmp_path / "months.csv"
    done = console("simulate", "--example", "content-pipeline", "--csv", str(csv))
    assert done.returncode == 0 and "Recommendation" in done.stdout
    assert csv.read_text().count("\n") > 36  # a header and a line per month and strategy


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_one_line_and_status_1() -> None:
    with open("/dev/full", "w") as full:  # the report (1.5 kB) waits in the buffer until the end
        done = console("simulate", "--example", "support-chatbot", stdout=full)
    assert done.returncode == 1
    assert (
        done.stderr == "embed-or-tune: standard output cannot be written: No space left on device\n"
    )


def test_a_reader_that_goes_away_is_not_an_error() -> None:
    program = [sys.executable, "-m", "desktop_app", "simulate", "--example", "support-chatbot"]
    with subprocess.Popen(program, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.read(10)
        child.stdout.close()
        errors = child.stderr.read()
    assert child.returncode == 0 and errors == b""
