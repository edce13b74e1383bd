"""What the command line prints: no raw control characters on the terminal, never "-0.0"."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.cli.commands import run_command
from desktop_app.core.model.fields import numeric_fields
from desktop_app.present.safe_text import escape_controls, one_line

HOSTILE_NAME = "\x1b[31mRED\x07\r\x9b\tX\nRecommendation: fine-tuning"
NEGATIVE_ZERO = re.compile(r"(?<![\w.])-0(?![.\d]*[1-9])(?:\.0*)?\b")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run_command(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


DIRECTIONS = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}
"""The bidirectional classes of the embeddings, overrides and isolates (U+202A-E, U+2066-9)."""


def controls(text: str) -> set[str]:
    """The control characters, lone surrogates, line separators and bidirectional overrides in
    `text`, line breaks excepted."""
    return {
        c
        for c in text
        if c != "\n"
        and (
            unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp")
            or unicodedata.bidirectional(c) in DIRECTIONS
        )
    }


def scenario_file(folder: Path, name: str, **sections: object) -> Path:
    path = folder / "s.json"
    document = {"format": "embed-or-tune/scenario", "schema_version": 2, "name": name}
    path.write_text(json.dumps(document | sections), encoding="utf-8")
    return path


@given(st.text())
def test_one_line_leaves_no_control_character_and_keeps_the_rest(text: str) -> None:
    shown = one_line(text)
    assert not controls(shown) and "\n" not in shown
    if not controls(text) and "\n" not in text:
        assert shown == text
    assert escape_controls(text).count("\n") == text.count("\n")
    assert not controls(escape_controls(text))


def test_escapes_read_as_the_character_they_stand_for() -> None:
    assert one_line("a\x1b[31m\x07\r\n\x9b\x7f") == "a\\x1b[31m\\x07\\x0d\\x0a\\x9b\\x7f"
    assert one_line("\udcff.json") == "\\xff.json"  # an undecodable byte of a file name
    assert escape_controls("a\nb\rc") == "a\nb\\x0dc"
    # a name with U+202E printed the rest of its line backwards ("Trojan Source")
    assert one_line("plan\u202egnp.exe\u2066\u2028") == "plan\\u202egnp.exe\\u2066\\u2028"


@pytest.mark.parametrize(
    "command",
    [
        ["simulate"],
        ["sensitivity"],
        ["map", "--steps", "3"],
        ["breakeven", "--field", "effort.hourly_rate", "--between", "1", "500"],
    ],
)
def test_a_hostile_scenario_name_is_printed_escaped_on_one_line(
    capsys, tmp_path: Path, command: list[str]
) -> None:
    plain = run(capsys, command[0], str(scenario_file(tmp_path, "Plain")), *command[1:])[1]
    status, out, err = run(
        capsys, command[0], str(scenario_file(tmp_path, HOSTILE_NAME)), *command[1:]
    )
    assert status == 0 and err == ""
    assert not controls(out)
    assert out.count("\n") == plain.count("\n")  # the name's line break made no line of its own
    assert "\\x1b[31mRED\\x07\\x0d\\x9b\\x09X\\x0aRecommendation: fine-tuning" in out


@given(st.text(max_size=40))
def test_any_name_keeps_the_report_free_of_control_characters(name: str) -> None:
    import contextlib
    import io
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = scenario_file(Path(folder), name)
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            assert run_command(["simulate", str(path)]) == 0
    assert not controls(out.getvalue())


def test_keys_in_errors_are_escaped_and_each_problem_is_one_line(capsys, tmp_path: Path) -> None:
    path = scenario_file(tmp_path, "x", workload={"\x1b[32mx\ny": 1, "queries_per_month": -1})
    status, out, err = run(capsys, "validate", str(path))
    assert status == 1 and out == ""
    assert sorted(err.splitlines()) == [
        f"{path}: workload.\\x1b[32mx\\x0ay: unknown field",
        f"{path}: workload.queries_per_month: must be >= 0, got -1",
    ]


def test_arguments_echoed_in_errors_are_escaped(capsys) -> None:
    argv = ["report", "--example", "support-chatbot", "-o", "x.pdf", "--page-size", "\x1b[2J\nA5"]
    status, _, err = run(capsys, *argv)
    assert status == 2 and err.count("\n") == 1 and not controls(err) and "[2J" in err
    status, _, err = run(capsys, "catalog", "show", "no\x07pe\nx")
    assert status == 1 and err.count("\n") == 1 and not controls(err)


def test_json_output_stays_ascii_with_control_characters_escaped(capsys, tmp_path: Path) -> None:
    status, out, _ = run(capsys, "simulate", str(scenario_file(tmp_path, HOSTILE_NAME)), "--json")
    assert status == 0 and out.isascii() and not controls(out)
    assert json.loads(out)["scenario"] == HOSTILE_NAME


def _negative_zero_scenario(folder: Path) -> Path:
    """Every input that may be 0 written as -0.0 (which the model accepts: -0.0 >= 0)."""
    sections: dict[str, dict[str, object]] = {}
    for field in numeric_fields():
        if field.integer or (field.ge or 0) > 0 or field.gt is not None or "." not in field.path:
            continue
        *groups, leaf = field.path.split(".")
        node = sections.setdefault(groups[0], {})
        for group in groups[1:]:
            node = node.setdefault(group, {})  # type: ignore[assignment]
        node[leaf] = -0.0
    return scenario_file(folder, "zeros", **sections)


@pytest.mark.parametrize(
    "command",
    [
        ["simulate", "--json"],
        ["simulate", "--csv", "-"],
        ["simulate"],
        ["simulate", "--samples", "5", "--json"],
        ["sensitivity", "--json"],
        ["sensitivity"],
        ["map", "--steps", "2", "--json"],
    ],
)
def test_negative_zero_is_never_printed(capsys, tmp_path: Path, command: list[str]) -> None:
    path = _negative_zero_scenario(tmp_path)
    status, out, err = run(capsys, command[0], str(path), *command[1:])
    assert status == 0, err
    assert not NEGATIVE_ZERO.search(out), NEGATIVE_ZERO.search(out)


def test_the_negative_zero_pattern_finds_what_it_must() -> None:
    for text in ("-0.0", "x,-0.0,", " -0\n", "[-0.00]", "-0 "):
        assert NEGATIVE_ZERO.search(text), text
    for text in ("-0.5", "2026-05-01", "-10", "model-0", "-0.01", "0.0"):
        assert not NEGATIVE_ZERO.search(text), text


def test_a_terminal_without_the_characters_gets_escapes_not_a_crash(monkeypatch) -> None:
    import io

    raw = io.BytesIO()
    ascii_out = io.TextIOWrapper(raw, encoding="ascii")
    monkeypatch.setattr("sys.stdout", ascii_out)
    assert run_command(["simulate", "--example", "support-chatbot"]) == 0
    ascii_out.flush()
    assert (
        raw.getvalue()
        .decode("ascii")
        .startswith("Support chatbot \\xb7 24 months \\xb7 USD \\xb7 from 2026-12\n")
    )


def test_the_progress_bar_keeps_its_own_carriage_returns(monkeypatch) -> None:
    import io

    from desktop_app import launch as cli
    from desktop_app.cli import progress_bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr("sys.stdout", io.StringIO())
    monkeypatch.setattr(progress_bar, "DELAY_SECONDS", 0.0)
    assert cli.main(["simulate", "--example", "support-chatbot", "--samples", "20000"]) == 0
    shown = terminal.getvalue()
    assert shown.startswith("\r[") and "20,000/20,000 samples\n" in shown and "\\x0d" not in shown


def test_a_closed_or_full_standard_output_is_one_line_not_a_crash(capsys, monkeypatch) -> None:
    import errno
    import io

    from desktop_app import launch as cli

    monkeypatch.setattr("sys.stdout", None)
    assert cli.main(["schema"]) == 1
    assert capsys.readouterr().err == "embed-or-tune: standard output is closed\n"
    assert cli.main(["simulate", "--example", "support-chatbot"]) == 1  # it prints the table
    assert capsys.readouterr().err == "embed-or-tune: standard output is closed\n"
    assert cli.main(["simulate", "--example", "nope"]) == 1  # says only why, on stderr
    err = capsys.readouterr().err
    assert err.startswith("embed-or-tune: no example named 'nope'") and "closed" not in err

    class FullDisk(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("sys.stdout", FullDisk())
    assert cli.main(["validate", "--help"]) == 1
    err = capsys.readouterr().err
    assert err == "embed-or-tune: standard output cannot be written: No space left on device\n"


@pytest.mark.parametrize(
    "command",
    [
        ["simulate", "--example", "support-chatbot"],
        ["catalog", "list"],
        ["catalog", "list", "--json"],
        ["catalog", "show", "openai/gpt-4.1-mini"],
        ["catalog", "export", "{folder}/mine.json"],
    ],
)
def test_a_reader_that_went_away_ends_the_command_quietly(
    tmp_path: Path, command: list[str]
) -> None:
    """`embed-or-tune catalog list | head -1`: the pipe closing is not the catalog's fault."""
    import os
    import subprocess
    import sys

    reading, writing = os.pipe()
    os.close(reading)  # the reader has gone before the command writes
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", *(p.format(folder=tmp_path) for p in command)],
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
    finally:
        os.close(writing)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_disk_fails_with_status_1_and_one_line() -> None:
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "example", "--list"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
    assert done.returncode == 1  # the small output sat in the buffer until the final flush
    assert (
        done.stderr == "embed-or-tune: standard output cannot be written: No space left on device\n"
    )


def test_a_progress_bar_without_a_stderr_stays_silent() -> None:
    """A windowed program on Windows has no stderr: the bar under the escaping one is None."""
    from desktop_app.cli.progress_bar import ProgressBar
    from desktop_app.cli.terminal import EscapingStream, raw_stream

    stream = raw_stream(EscapingStream(None, "stderr"))
    assert stream is None
    with ProgressBar(stream, "samples") as bar:
        bar(5, 10)
        bar(10, 10)
    assert not bar.enabled and not bar.shown
