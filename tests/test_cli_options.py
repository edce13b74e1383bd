"""Every option has limits, says them, and refuses anything else in one line (never a crash)."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.cli import options
from desktop_app.launch import main

HOSTILE = ["-1", "0", "-0", "9" * 400, "nan", "-inf", "abc", "", " ", "1,5", "\x1b[31m"]
SWEEP = {
    "simulate --samples": ["simulate", "--example", "support-chatbot", "--samples", "{}"],
    "simulate --seed": ["simulate", "--example", "support-chatbot", "--samples", "3", "--seed", "{}"],
    "simulate --csv": ["simulate", "--example", "support-chatbot", "--csv", "{}"],
    "simulate FILE": ["simulate", "{}"],
    "simulate --example": ["simulate", "--example", "{}"],
    "map --steps": ["map", "--example", "support-chatbot", "--steps", "{}"],
    "map --x LO": ["map", "--example", "support-chatbot", "--steps", "2", "--x", "effort.hourly_rate", "{}", "300"],
    "map --y HI": ["map", "--example", "support-chatbot", "--steps", "2", "--y", "effort.hourly_rate", "0", "{}"],
    "map --x FIELD": ["map", "--example", "support-chatbot", "--steps", "2", "--x", "{}", "0", "1"],
    "breakeven --field": ["breakeven", "--example", "support-chatbot", "--field", "{}"],
    "breakeven --between A": ["breakeven", "--example", "support-chatbot", "--field", "effort.hourly_rate", "--between", "{}", "500"],
    "breakeven --between B": ["breakeven", "--example", "support-chatbot", "--field", "effort.hourly_rate", "--between", "0", "{}"],
    "catalog show": ["catalog", "show", "{}"],
    "catalog list --kind": ["catalog", "list", "--kind", "{}"],
    "example NAME": ["example", "{}"],
    "validate FILE": ["validate", "{}"],
}  # fmt: skip


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # outputs named by the sweep land here


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("option", SWEEP)
def test_every_option_takes_hostile_values_in_one_line(capsys, option: str) -> None:
    for value in HOSTILE:
        argv = [value if part == "{}" else part for part in SWEEP[option]]
        status, _, err = run(capsys, *argv)
        if status == 0:
            continue  # e.g. --seed 0, --steps over a valid range
        assert status in (1, 2), (argv, status, err)
        assert err.count("\n") == 1 and err.endswith("\n"), (argv, err)
        assert "unexpected error" not in err and "Traceback" not in err, (argv, err)
        assert "\x1b" not in err


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["simulate", "--samples", "1e9"], 2, "--samples: must be a whole number from 1 to 100,000, got '1e9'"),
        (["simulate", "--samples", "0"], 2, "--samples: must be a whole number from 1 to 100,000, got '0'"),
        (["simulate", "--samples", "100001"], 2, "from 1 to 100,000, got '100001'"),
        (["simulate", "--samples", "3", "--seed", "-1"], 2, "--seed: must be a whole number from 0 to 4,294,967,295, got '-1'"),
        (["simulate", "--seed", "4294967296"], 2, "from 0 to 4,294,967,295"),
        (["map", "--steps", "200000"], 2, "--steps: must be a whole number from 2 to 200, got '200000'"),
        (["map", "--steps", "1"], 2, "from 2 to 200, got '1'"),
        (["map", "--x", "effort.hourly_rate", "200", "40"], 1, "effort.hourly_rate: low must be < high, got 200..40"),
        (["map", "--x", "effort.hourly_rate", "nan", "40"], 2, "effort.hourly_rate: the range must be two numbers; 'nan' is not a number such as 1500"),
        (["map", "--x", "effort.hourly_rate", "0", "1e400"], 2, "'1e400' is not a finite number"),
        (["map", "--x", "effort.hourly_rate", "1e-400", "3"], 2, "'1e-400' is too small to be told from 0"),
        (["map", "--x", "effort.hourly_rate", "1_0", "30"], 2, "'1_0' is not a number such as 1500, 0.25 or 1e6"),
        (["map", "--x", "effort.hourly_rate", "0", "1e9"], 1, "effort.hourly_rate: must be <= 100000, got 1000000000"),
        (["map", "--x", "effort.hourly_rat", "0", "9"], 1, "effort.hourly_rat: not a numeric input that can vary (did you mean 'effort.hourly_rate'?)"),
        (["map", "--x", "horizon_months", "1", "9"], 1, "horizon_months: not a numeric input that can vary"),
        (["map", "--x", "knowledge.changed_pct_per_month", "0", "9"], 1, "the two axes must be different inputs"),
        (["breakeven", "--field", "name"], 1, "name: not a numeric input that can vary"),
        (["breakeven", "--field", "effort.hourly_rate", "--between", "1", "inf"], 2, "the range must be two numbers"),
        (["breakeven", "--field", "effort.hourly_rate", "--between", "1,5", "9"], 2, "'1,5' is not a number such as"),
        (["breakeven", "--field", "effort.hourly_rate", "--between", "9", "9"], 1, "low must be < high, got 9..9"),
        (["breakeven", "--field", "fine_tuned_model.hosting_per_hour"], 1, "give the range to search (--between A B)"),
    ],
)  # fmt: skip
def test_each_limit_is_named_in_the_error(
    capsys, argv: list[str], status: int, message: str
) -> None:
    source = ["--example", "ticket-classifier" if "hosting" in str(argv) else "support-chatbot"]
    got, _, err = run(capsys, argv[0], *source, *argv[1:])
    assert got == status and message in err and err.count("\n") == 1, err


@pytest.mark.parametrize("command", ["simulate", "map"])
def test_help_states_the_limits(capsys, command: str) -> None:
    status, out, _ = run(capsys, command, "--help")
    help_text = " ".join(out.split())  # as one line, whatever the terminal's width
    assert status == 0
    wanted = {"simulate": ["1 to 100,000", "0 to 4,294,967,295"], "map": ["2 to 200", "LO < HI"]}
    for limit in wanted[command]:
        assert limit in help_text


@given(st.text(max_size=40))
def test_whole_number_readers_give_a_value_within_limits_or_one_message(text: str) -> None:
    for read, low, high in (
        (options.samples, 1, options.MAX_SAMPLES),
        (options.seed, 0, options.MAX_SEED),
        (options.steps, options.MIN_STEPS, options.MAX_STEPS),
    ):
        try:
            value = read(text)
        except argparse.ArgumentTypeError as error:
            assert str(error).startswith(f"must be a whole number from {low:,} to {high:,}, got ")
        else:
            assert low <= value <= high and text.strip().lstrip("+").isdigit()


@given(st.integers(-(10**12), 10**12))
def test_whole_numbers_inside_the_limits_are_read_exactly(value: int) -> None:
    inside = options.MIN_STEPS <= value <= options.MAX_STEPS
    if inside:
        assert options.steps(str(value)) == value
    else:
        with pytest.raises(argparse.ArgumentTypeError):
            options.steps(str(value))


@given(st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20).map(str))
def test_numbers_are_finite_and_read_as_written(value: float | str) -> None:
    text = value if isinstance(value, str) else repr(value)
    try:
        got = options.number(text)
    except ValueError as error:
        assert " is not a " in str(error) or "too small" in str(error)
        if isinstance(value, float):
            assert not math.isfinite(value)
    else:
        assert math.isfinite(got)
        if isinstance(value, float):
            assert got == value  # never rescaled


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["simulate", "--example", "support-chatbot", "--csv", "-", "--json"], "--csv - and --json both write to stdout"),
        (["report", "-o", "x.pdf"], "give 1 scenario, or 2 to 4 to compare"),
        (["report", "a", "b", "c", "d", "e", "-o", "x.pdf"], "got 5"),
        (["report", "--example", "support-chatbot", "-o", "-"], "'-' (standard output) is not offered here"),
        (["report", "--example", "support-chatbot", "-o", ""], "argument -o/--output: must not be empty"),
        (["catalog", "export", "-"], "'-' (standard output) is not offered here"),
        (["simulate", "-"], "'-' (standard input) is not read; name the file (./- for a file named '-')"),
        (["validate", "ok.json", ""], "argument FILE: must not be empty"),
        (["simulate", "--example", ""], "argument --example: must not be empty"),
        (["simulate", "--example", "support-chatbot", "--csv", ""], "argument --csv: must not be empty"),
        (["example", "-o", "x.json"], "-o needs the NAME of the example to write"),
        (
            ["example", "--list", "extra"],
            "--list lists the examples: give it no NAME, -o or --effort-profile",
        ),
        (["example", ""], "argument NAME: must not be empty"),
    ],
)  # fmt: skip
def test_options_that_cannot_work_are_usage_errors(capsys, argv: list[str], message: str) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and message in err and err.count("\n") == 1, err
    assert not list(Path().iterdir())  # nothing was written


@pytest.mark.parametrize(
    "name", ["../../x", "../catalog/bundled", "/etc/passwd", "support-chatbot.json"]
)
def test_example_takes_only_bundled_names(capsys, name: str) -> None:
    for argv in (
        ["simulate", "--example", name],
        ["example", name],
        ["report", "--example", name, "-o", "x.pdf"],
    ):
        status, out, err = run(capsys, *argv)
        assert status == 1 and out == "" and err.count("\n") == 1
        assert err.startswith(
            f"embed-or-tune: no example named {name!r}; known: classifier-open-weights, "
        )


def test_a_deeply_nested_catalog_file_is_one_line(capsys, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    status, _, err = run(capsys, "catalog", "import", str(deep))
    assert status == 1 and err.count("\n") == 1 and "unexpected" not in err
    assert str(deep) in err and "nest" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["breakeven", "--field", "workload.monthly_growth_pct", "--between", "-1e1", "5"],
        ["breakeven", "--field", "workload.monthly_growth_pct", "--between", "-.5E1", "5"],
        ["map", "--x", "workload.monthly_growth_pct", "-1e1", "10", "--steps", "3"],
    ],
)
def test_a_negative_number_with_an_exponent_is_a_value_not_an_option(
    capsys, argv: list[str]
) -> None:
    # Python 3.11's argparse took "-1e1" for an option: "--between: expected 2 arguments"
    assert main([argv[0], "--example", "support-chatbot", *argv[1:]]) == 0
    assert capsys.readouterr().err == ""


def test_minus_infinity_is_refused_as_no_number_not_as_a_missing_argument(capsys) -> None:
    argv = ["--field", "workload.monthly_growth_pct", "--between", "-inf", "5"]
    assert main(["breakeven", "--example", "support-chatbot", *argv]) == 2
    assert "'-inf' is not a number such as 1500" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "prog"),
    [
        (["simulate", "--example", "support-chatbot", "--foo"], "embed-or-tune simulate"),
        (["catalog", "list", "--foo"], "embed-or-tune catalog list"),
        (["--foo", "simulate"], "embed-or-tune"),
    ],
)
def test_an_unknown_word_points_to_the_help_of_its_command(capsys, argv, prog) -> None:
    # it pointed to the program's help, which does not list a command's options
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        f"{prog}: unrecognized arguments: --foo (see '{prog} --help')\n"
    )
