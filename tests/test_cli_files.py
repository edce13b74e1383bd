"""Every command-line writer goes through the safe path; every reader reads only regular files."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core.appdata import safe_files
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.paths import HOME_VARIABLE
from desktop_app.core.appdata.safe_files import TEMP_SUFFIX
from desktop_app.core.appdata.scenario_files import save_scenario
from desktop_app.launch import main


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "in.json"
    save_scenario(load_example("support-chatbot"), path)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["simulate", "{in}", "--csv", "{in}"],
        ["simulate", "{in}", "--csv", "{link}"],
        ["report", "{in}", "-o", "{in}"],
        ["report", "{in}", "-o", "{hard}"],
        ["catalog", "export", "{in}"],
        ["simulate", "--example", "support-chatbot", "--csv", "{in}"],
        ["report", "--example", "support-chatbot", "-o", "{in}"],
    ],
)
def test_no_command_writes_over_a_scenario_file(capsys, scenario: Path, argv) -> None:
    link, hard = scenario.with_name("link.json"), scenario.with_name("hard.json")
    link.symlink_to(scenario)
    os.link(scenario, hard)
    before = scenario.read_bytes()
    names = {"in": str(scenario), "link": str(link), "hard": str(hard)}
    status, _, err = run(capsys, *[word.format(**names) for word in argv])
    assert status == 1
    assert err.count("\n") == 1 and "it was left as it is (write to another file)" in err
    assert scenario.read_bytes() == before
    assert not [p for p in scenario.parent.iterdir() if p.name.endswith(TEMP_SUFFIX)]


def test_example_o_never_replaces_a_newer_scenario(capsys, tmp_path: Path) -> None:
    future = tmp_path / "future.json"
    future.write_text('{"format": "embed-or-tune/scenario", "schema_version": 9}\n')
    status, _, err = run(capsys, "example", "support-chatbot", "-o", str(future))
    assert status == 1 and "already exists; it was left as it is" in err  # as any file
    assert future.read_text() == '{"format": "embed-or-tune/scenario", "schema_version": 9}\n'


def test_example_o_never_replaces_the_users_own_scenario(capsys, scenario: Path) -> None:
    before = scenario.read_bytes()  # one typo in -o would lose the user's work
    status, _, err = run(capsys, "example", "ticket-classifier", "-o", str(scenario))
    assert status == 1 and err == (
        f"embed-or-tune: {scenario}: already exists; it was left as it is (example writes new "
        "files only: give another name)\n"
    )
    assert scenario.read_bytes() == before


def test_example_o_to_a_folder_name_is_refused_not_written_beside_it(
    capsys, tmp_path: Path
) -> None:
    # "-o plans/new/" wrote plans/new.eot.json
    status, _, err = run(capsys, "example", "support-chatbot", "-o", f"{tmp_path}/new/")
    assert status == 1 and err == (
        f"embed-or-tune: {tmp_path}/new/: names a folder; give the name of the file to write\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_report_on_a_full_disk_keeps_the_old_pdf_and_exits_1(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "good.pdf"
    target.write_bytes(b"%PDF-1.7 the good report %%EOF\n")

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_files.os, "write", full)
    status, out, err = run(capsys, "report", "--example", "support-chatbot", "-o", str(target))
    assert status == 1 and out == ""
    assert err == f"embed-or-tune: {target}: cannot be written: No space left on device\n"
    assert target.read_bytes() == b"%PDF-1.7 the good report %%EOF\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.pdf"]


def test_report_writes_a_whole_pdf_with_the_usual_permissions(capsys, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        status, _, err = run(
            capsys, "report", "--example", "support-chatbot", "-o", str(tmp_path / "r.pdf")
        )
    finally:
        os.umask(old)
    assert status == 0, err
    data = (tmp_path / "r.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == 0o644


def test_csv_goes_through_a_symlink_to_its_target(capsys, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    status, _, err = run(capsys, "simulate", "--example", "support-chatbot", "--csv", str(link))
    assert status == 0, err
    assert link.is_symlink() and real.read_text().startswith("month,date,queries (count),")


@pytest.mark.parametrize("command", [["validate"], ["simulate"], ["report", "-o", "x.pdf"]])
def test_a_fifo_or_a_device_is_refused_at_once(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for source, kind in ((fifo, "a named pipe (FIFO)"), ("/dev/zero", "a device")):
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", command[0], str(source), *command[1:]],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,  # a hang fails here instead of blocking the suite
            cwd=tmp_path,
            env={**os.environ, HOME_VARIABLE: str(tmp_path / "home")},
        )
        assert done.returncode == 1
        assert done.stderr == f"{source}: is {kind}, not a regular file; only files are read\n"
    assert not (tmp_path / "x.pdf").exists()


def test_a_folder_given_as_a_scenario_is_one_line(capsys, tmp_path: Path) -> None:
    status, _, err = run(capsys, "validate", str(tmp_path))
    assert status == 1
    assert err == f"{tmp_path}: is a folder, not a regular file; only files are read\n"


def test_screenshot_never_writes_over_the_scenario_shown(scenario: Path, home: Path) -> None:
    before = scenario.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", str(scenario), "--screenshot", str(scenario)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, HOME_VARIABLE: str(home), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1
    assert done.stderr == (  # one line: not after four of Qt's notes about size hints
        f"embed-or-tune: {scenario}: is a file being read; it was left as it is (write to "
        "another file)\n"
    )
    assert scenario.read_bytes() == before


def test_a_report_names_the_scenario_whose_result_is_too_large(capsys, tmp_path: Path) -> None:
    from desktop_app.core.appdata.examples import load_example
    from desktop_app.core.appdata.scenario_files import save_scenario

    scenario = load_example("support-chatbot")
    huge = scenario.model_copy(
        update={
            "uncertainty": (),
            "workload": scenario.workload.model_copy(
                update={"monthly_growth_pct": 100, "queries_per_month": 1e12}
            ),
        }
    )
    path = tmp_path / "huge.eot.json"
    save_scenario(huge, path)
    target = tmp_path / "cmp.pdf"
    status, _, err = run(
        capsys, "report", "-o", str(target), "--example", "support-chatbot", str(path)
    )
    assert status == 1 and not target.exists()
    assert err.startswith(
        f"embed-or-tune: {path}: the result is too large to show: the total cost of embeddings "
    )


CTRL_C_IN_QT = textwrap.dedent(
    """
    import os, signal, sys, time
    from desktop_app.cli import report_command
    from desktop_app.cli.parser import build_parser

    def write_report(*args):  # Qt at work: it swallows an exception raised in its callbacks
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
        except KeyboardInterrupt:
            pass
        return 1

    args = build_parser().parse_args(["report", "--example", "support-chatbot", "-o", sys.argv[1]])
    sys.exit(report_command.run_report(args, write_report))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_while_qt_draws_the_report_ends_it_at_once(tmp_path: Path) -> None:
    # it was swallowed: the report went on and exited 0 (or Qt's start aborted with a traceback)
    target = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-c", CTRL_C_IN_QT, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGINT and done.stderr == "" and not target.exists()


@pytest.mark.parametrize(
    "damaged",
    [
        b'{"format": "embed-or-tune/scenario", "schema_version": 2, "horizon_months": 24,,}',
        b'{"format": "embed-or-tune/scenario", "schema_version": 3, "name": "mine"',  # cut short
        b'\xef\xbb\xbf{\n  "format" : "embed-or-tune/catalog", "entries": [\x00',
    ],
)
@pytest.mark.parametrize(
    "argv",
    [
        ["simulate", "--example", "support-chatbot", "--csv", "{out}"],
        ["report", "--example", "support-chatbot", "-o", "{out}"],
    ],
)
def test_a_damaged_file_of_ours_is_not_written_over_either(
    capsys, tmp_path: Path, damaged: bytes, argv: list[str]
) -> None:
    target = tmp_path / "mine.json"  # one typo away from valid: still the user's work
    target.write_bytes(damaged)
    status, _, err = run(capsys, *[word.format(out=target) for word in argv])
    assert status == 1 and err.count("\n") == 1 and "it was left as it is" in err
    assert target.read_bytes() == damaged


def test_a_text_that_only_mentions_our_format_is_not_ours(capsys, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text('a note: the format is "embed-or-tune/scenario", nothing more\n')
    status, _, _ = run(capsys, "simulate", "--example", "support-chatbot", "--csv", str(notes))
    assert status == 0 and notes.read_text().startswith("month")


def test_a_present_value_too_large_to_show_is_one_line_naming_the_discount_rate(
    capsys, tmp_path: Path
) -> None:
    path = tmp_path / "pv.json"  # a total of ~1.2e5 weighed up to 1e160 by the discount rate
    path.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 2, "horizon_months": 120,'
        ' "finance": {"discount_rate_pct_per_year": -99.99999999999999}}'
    )
    for argv in (["simulate", str(path)], ["report", str(path), "-o", str(tmp_path / "r.pdf")]):
        status, out, err = run(capsys, *argv)
        assert status == 1 and out == "" and err.count("\n") == 1
        assert "the present value of embeddings would be 3.24e+161 USD" in err
        assert "finance.discount_rate_pct_per_year = -99.99999999999999" in err
    assert not (tmp_path / "r.pdf").exists()
    path.write_text(path.read_text().replace("-99.99999999999999", "-50"))
    assert run(capsys, "simulate", str(path))[0] == 0  # a steep rate that still shows


TINY_THROUGHPUT = (
    '{"format": "embed-or-tune/scenario", "schema_version": 2, "base_model": {"serving":'
    ' "dedicated", "dedicated": {"input_tokens_per_second": 5e-324}}}'
)


@pytest.mark.parametrize(
    "argv",
    [
        ["simulate", "{file}"],
        ["simulate", "{file}", "--samples", "5000"],  # on both threads of the engine
        ["sensitivity", "{file}"],
        ["map", "{file}", "--x", "base_model.dedicated.input_tokens_per_second", "1e-300", "1"],
    ],
)
def test_an_overflow_is_one_line_naming_the_input_that_causes_it(
    capsys, tmp_path: Path, argv: list[str]
) -> None:
    path = tmp_path / "tiny.json"  # a replica would need 1e320 seconds per query
    path.write_text(TINY_THROUGHPUT)
    status, _, err = run(capsys, *[word.format(file=path) for word in argv])
    assert status == 1 and err.count("\n") == 1  # no RuntimeWarning of numpy's before it
    assert "would be not a number" in err
    assert "base_model.dedicated.input_tokens_per_second = " in err


@pytest.mark.parametrize(("version", "status"), [("2.0", 0), ("1.0", 0), ("3.0", 1), ("2.5", 1)])
def test_a_schema_version_written_as_a_float_is_read_as_the_whole_number(
    capsys, tmp_path: Path, version: str, status: int
) -> None:
    path = tmp_path / "v.json"  # as every whole-number field: 2.0 is 2
    path.write_text(f'{{"format": "embed-or-tune/scenario", "schema_version": {version}}}')
    assert run(capsys, "validate", str(path))[0] == status


def test_a_newer_scenario_whose_version_is_a_float_is_never_saved_over(tmp_path: Path) -> None:
    from desktop_app.core.appdata.scenario_files import ScenarioFileError

    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "embed-or-tune/scenario", "schema_version": 3.0}')
    with pytest.raises(ScenarioFileError, match="newer"):
        save_scenario(load_example("support-chatbot"), newer)
    assert newer.read_text() == '{"format": "embed-or-tune/scenario", "schema_version": 3.0}'


@pytest.mark.parametrize(
    ("start", "status"), [("9990-01", 0), ("9990-02", 1), ("9999-12", 1), ("0000-01", 0)]
)
def test_the_last_month_is_a_calendar_month_of_four_digits(
    capsys, tmp_path: Path, start: str, status: int
) -> None:
    path = tmp_path / "late.json"  # 120 months from 9999-12 once gave CSV dates like 10009-11
    path.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 2, "horizon_months": 120,'
        f' "start_month": "{start}"}}'
    )
    done, out, err = run(capsys, "simulate", str(path), "--csv", "-")
    assert done == status
    if status:
        assert err == (
            f"{path}: start_month: must leave the last of the 120 months in 9999 "
            f"at the latest, got {start}\n"
        )
    else:
        assert all(len(line.split(",")[1]) == 7 for line in out.splitlines()[1:])
