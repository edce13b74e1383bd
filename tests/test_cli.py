"""The command line end to end: output, exit status, and one-line errors on stderr."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from reference_model import reference_simulate

from desktop_app.core.appdata.examples import example_names, load_example
from desktop_app.core.appdata.scenario_files import load_scenario
from desktop_app.core.engine.evaluation import csv_column
from desktop_app.launch import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_simulate_prints_a_readable_table(capsys) -> None:
    status, out, err = run(capsys, "simulate", "--example", "support-chatbot")
    assert status == 0 and err == ""
    assert out.startswith("Support chatbot · 24 months · USD · from 2026-12\nEvents:\n")
    for label in (
        "Total cost",
        "Cost per 1,000 queries",
        "Maintenance hours",
        "Trainings",
        "Staleness mean / max",
        "Cheaper than embeddings from",
        "Recommendation: embeddings",
    ):
        assert label in out
    assert "$29,598" in out  # embeddings' total, as the oracle computes it (29,597.62)


def test_simulate_json_is_exactly_model_md_result(capsys, tmp_path: Path) -> None:
    status, out, _ = run(capsys, "simulate", "--example", "ticket-classifier", "--json")
    assert status == 0
    document = json.loads(out)
    expected = reference_simulate(load_example("ticket-classifier").model_dump())
    assert set(document) == {*expected, "advice"}
    assert document["format"] == "embed-or-tune/result" and document["schema_version"] == 2
    assert document["break_even"] == expected["break_even"]
    # After its move to a dedicated endpoint fine-tuning is no longer the cheapest, yet still
    # the advice: retrieval can't hold the label format.
    assert document["cheapest"] == expected["cheapest"] == "embeddings"
    for key, strategy in expected["strategies"].items():
        assert set(document["strategies"][key]["monthly"]) == set(strategy["monthly"])
        assert set(document["strategies"][key]["summary"]) == set(strategy["summary"])
        for series, values in strategy["monthly"].items():
            assert document["strategies"][key]["monthly"][series] == pytest.approx(
                values, rel=1e-12
            )
    assert document["advice"]["recommendation"] == "fine_tuning"
    assert all(isinstance(reason, str) for reason in document["advice"]["reasons"])
    assert "NaN" not in out and "Infinity" not in out


def test_no_queries_gives_null_cost_per_1k(capsys, tmp_path: Path) -> None:
    path = tmp_path / "idle.json"
    path.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 1, "workload": {"queries_per_month": 0}}'
    )
    status, out, _ = run(capsys, "simulate", str(path), "--json")
    assert status == 0
    assert json.loads(out)["strategies"]["hybrid"]["summary"]["cost_per_1k_queries"] is None


def test_simulate_csv_parses_back_to_the_engines_numbers(capsys, tmp_path: Path) -> None:
    target = tmp_path / "months.csv"
    status, _, _ = run(capsys, "simulate", "--example", "product-advisor", "--csv", str(target))
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    expected = reference_simulate(load_example("product-advisor").model_dump())
    assert len(rows) == expected["horizon_months"]
    assert [int(row["month"]) for row in rows] == list(range(1, len(rows) + 1))
    for key, strategy in expected["strategies"].items():
        for series in ("total", "cumulative", "inference", "staleness_pct"):
            got = [float(row[csv_column(f"{key}.{series}", series, "USD")]) for row in rows]
            assert got == pytest.approx(strategy["monthly"][series], rel=1e-12)


def test_validate_reports_each_file(capsys, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    bad = tmp_path / "bad.json"
    good.write_text('{"format": "embed-or-tune/scenario", "schema_version": 1}')
    bad.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 1, "workload": {"queries_per_month": -5}}'
    )
    status, out, err = run(capsys, "validate", str(good), str(bad))
    assert status == 1
    assert out == f"{good}: ok\n"
    assert err == f"{bad}: workload.queries_per_month: must be >= 0, got -5\n"


def test_example_list_and_write(capsys, tmp_path: Path) -> None:
    status, out, _ = run(capsys, "example", "--list")
    assert status == 0 and [line.split()[0] for line in out.splitlines()] == example_names()
    target = tmp_path / "mine.json"
    assert run(capsys, "example", "documentation-bot", "-o", str(target))[0] == 0
    assert load_scenario(target) == load_example("documentation-bot")


def test_schema_prints_json_schema(capsys) -> None:
    status, out, _ = run(capsys, "schema")
    assert status == 0 and json.loads(out)["title"] == "Embed or Tune scenario"


@pytest.mark.parametrize(
    ("argv", "status", "error"),
    [
        (
            ["simulate", "missing.json"],
            1,
            "missing.json: cannot be read: No such file or directory",
        ),
        (["simulate", "--example", "nope"], 1, "embed-or-tune: no example named 'nope'; known: "),
        (["example", "nope"], 1, "embed-or-tune: no example named 'nope'"),
        (
            ["simulate"],
            2,
            "embed-or-tune simulate: one of the arguments FILE --example is required",
        ),
        (
            ["simulate", "x.json", "--bogus"],
            2,
            "embed-or-tune simulate: unrecognized arguments: --bogus",
        ),
        (["validate"], 2, "embed-or-tune validate: the following arguments are required: FILE"),
    ],
)
def test_errors_are_one_line_on_stderr_with_the_right_status(capsys, argv, status, error) -> None:
    got_status, _, err = run(capsys, *argv)
    assert got_status == status
    assert err.startswith(error) and err.count("\n") == 1 and "Traceback" not in err


def test_csv_to_an_unwritable_place_is_an_input_error(capsys, tmp_path: Path) -> None:
    status, _, err = run(
        capsys, "simulate", "--example", "support-chatbot", "--csv", str(tmp_path / "no" / "x.csv")
    )
    assert status == 1 and "cannot be written" in err and err.count("\n") == 1


def test_installed_command_and_python_m_run_end_to_end(tmp_path: Path) -> None:
    for command in (
        [sys.executable, "-m", "desktop_app"],
        [str(Path(sys.executable).parent / "embed-or-tune")],
    ):
        done = subprocess.run(
            [*command, "simulate", "--example", "content-pipeline"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "Recommendation: hybrid" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("embed-or-tune 0.")


def test_version_is_answered_without_loading_the_command_line() -> None:
    """`--version` is printed before numpy, pydantic and the parsers load (~230 ms before)."""
    program = (
        "import sys\n"
        "from desktop_app.launch import main\n"
        "status = main(['--version'])\n"
        "print(status, sorted({'numpy', 'pydantic', 'desktop_app.cli.parser'} & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    version, loaded = done.stdout.splitlines()
    assert loaded == "0 []"
    from desktop_app.cli.parser import build_parser

    with pytest.raises(SystemExit) as exited, contextlib.redirect_stdout(io.StringIO()) as out:
        build_parser().parse_args(["--version"])
    assert exited.value.code == 0 and out.getvalue().strip() == version


def test_a_version_2_result_has_model_md_shape_and_the_new_series(capsys, tmp_path: Path) -> None:
    path = tmp_path / "v2.json"
    path.write_text(
        json.dumps(
            {
                "format": "embed-or-tune/scenario",
                "schema_version": 2,
                "start_month": "2027-01",
                "strategies": ["long_context", "fine_tuning"],
                "knowledge": {"corpus_tokens": 300000},
                "retrieval": {"rerank_per_1k_queries": 2},
                "quality": {"cost_per_wrong_answer": 0.1},
                "events": [
                    {
                        "month": 7,
                        "name": "OpenAI closes fine-tuning",
                        "set": {"fine_tuned_model.serving": "dedicated"},
                        "retrain": True,
                        "hours": {"fine_tuning": 40},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "simulate", str(path), "--json")
    assert status == 0
    document = json.loads(out)
    expected = reference_simulate(load_scenario(path).model_dump())
    assert document["start_month"] == "2027-01" and document["schema_version"] == 2
    assert list(document["strategies"]) == ["fine_tuning", "long_context"]
    assert list(document["break_even"]) == ["fine_tuning_vs_long_context"]
    assert document["break_even"] == expected["break_even"]
    assert document["cheapest"] == expected["cheapest"]
    for key, strategy in expected["strategies"].items():
        got = document["strategies"][key]
        assert list(got["monthly"]) == [
            "queries", "embedding", "vector_store", "rerank", "inference", "context_cache",
            "training", "evaluation", "hosting", "engineering", "wrong_answers", "total",
            "cumulative", "hours", "trainings", "staleness_pct", "replicas", "wrong_answer_count",
        ]  # fmt: skip
        assert set(got["summary"]) == set(strategy["summary"])
        for series, values in strategy["monthly"].items():
            assert got["monthly"][series] == pytest.approx(values, rel=1e-12, abs=1e-12)
    assert document["strategies"]["fine_tuning"]["monthly"]["replicas"][6] == 1
    # the CSV carries every series of the compared strategies
    status, out, _ = run(capsys, "simulate", str(path), "--csv", "-")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 36 and "long_context.context_cache (USD)" in rows[0]
    assert "embeddings.total (USD)" not in rows[0]
    assert rows[6]["date"] == "2027-07"
    assert float(rows[6]["fine_tuning.replicas (count)"]) == 1
    # the text names the events and fits in 100 columns
    status, out, _ = run(capsys, "simulate", str(path))
    assert "month 7 (2027-07): OpenAI closes fine-tuning" in out
    assert max(len(line) for line in out.splitlines()) <= 100
