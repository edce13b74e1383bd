"""The monthly CSV: units in the header, a date column, the Monte Carlo's percentiles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.engine.evaluation import evaluate, monthly_csv
from desktop_app.core.model.scenario import Scenario
from desktop_app.launch import main


def small(**fields: object) -> Scenario:
    """Defaults, two strategies, three months (arithmetic below from the defaults)."""
    return Scenario.model_validate(
        {
            "format": "embed-or-tune/scenario",
            "schema_version": 2,
            "horizon_months": 3,
            "currency": "EUR",
            "strategies": ["embeddings", "fine_tuning"],
            **fields,
        }
    )


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_header_names_each_columns_unit_and_rows_are_hand_checked() -> None:
    rows = rows_of(monthly_csv(evaluate(small())))
    header = rows[0]
    assert header[:4] == [
        "month",
        "queries (count)",
        "embeddings.embedding (EUR)",
        "embeddings.vector_store (EUR)",
    ]
    assert "embeddings.total (EUR)" in header and "fine_tuning.cumulative (EUR)" in header
    assert "fine_tuning.hours (hours)" in header and "fine_tuning.staleness_pct (%)" in header
    assert "fine_tuning.replicas (count)" in header and "date" not in header
    assert len(header) == 2 + 2 * 17 and len(rows) == 1 + 3  # header first, a row per month
    cell = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    # queries: 50,000 growing 3 % a month -> 50,000, 51,500, 53,045
    assert [float(row["queries (count)"]) for row in cell] == [50000.0, 51500.0, 53045.0]
    # embeddings' hours, month 1: setup 80 + monitoring 4 + 2 incidents x 1.5 h
    # + 4.35 updates x 0.25 h = 88.0875; later months 8.0875; at 95 EUR/h: 8,368.3125
    assert [float(row["embeddings.hours (hours)"]) for row in cell] == [88.0875, 8.0875, 8.0875]
    assert float(cell[0]["embeddings.engineering (EUR)"]) == 8368.3125
    # fine-tuning: setup 120 + monitoring 6 + 2 x 6 h = 138 h, then 18 h = 1,710 EUR
    assert float(cell[0]["fine_tuning.hours (hours)"]) == 138.0
    assert float(cell[1]["fine_tuning.engineering (EUR)"]) == 1710.0
    assert [int(row["month"]) for row in cell] == [1, 2, 3]


def test_a_start_month_adds_the_calendar_month_of_each_row() -> None:
    rows = rows_of(monthly_csv(evaluate(small(start_month="2027-11"))))
    assert rows[0][:3] == ["month", "date", "queries (count)"]
    # month 1 is the start month; the year turns after month 2
    assert [row[:2] for row in rows[1:]] == [["1", "2027-11"], ["2", "2027-12"], ["3", "2028-01"]]
    assert [row[2] for row in rows[1:]] == ["50000.0", "51500.0", "53045.0"]


def test_a_monte_carlo_result_adds_the_cumulative_percentiles_per_strategy() -> None:
    evaluation = evaluate(small())
    bands = {
        key: {
            "p10": np.array([1.5, 2.5, 3.5]) * scale,
            "p50": np.array([2.0, 3.0, 4.0]) * scale,
            "p90": np.array([0.1 + 0.2, 5.0, 6.0]) * scale,  # full precision: 0.30000000000000004
        }
        for key, scale in (("embeddings", 1.0), ("fine_tuning", 10.0))
    }
    uncertainty = UncertaintyResult(
        samples=3, seed=1, cumulative=bands, total_cost={}, probability_cheapest={}
    )
    rows = rows_of(monthly_csv(evaluation, uncertainty))
    header = rows[0]
    at = header.index("embeddings.wrong_answer_count (count)")
    assert header[at + 1 : at + 4] == [
        "embeddings.cumulative_p10 (EUR)",
        "embeddings.cumulative_p50 (EUR)",
        "embeddings.cumulative_p90 (EUR)",
    ]
    assert header[at + 4] == "fine_tuning.embedding (EUR)"
    assert header[-3:] == [
        "fine_tuning.cumulative_p10 (EUR)",
        "fine_tuning.cumulative_p50 (EUR)",
        "fine_tuning.cumulative_p90 (EUR)",
    ]
    assert [row[at + 1 : at + 4] for row in rows[1:]] == [
        ["1.5", "2.0", "0.30000000000000004"],
        ["2.5", "3.0", "5.0"],
        ["3.5", "4.0", "6.0"],
    ]
    assert [row[-1] for row in rows[1:]] == ["3.0000000000000004", "50.0", "60.0"]
    # the deterministic columns are the same as without the Monte Carlo
    plain = rows_of(monthly_csv(evaluation))
    assert [row[: at + 1] for row in rows] == [row[: at + 1] for row in plain]


def test_simulate_with_samples_writes_the_percentiles_its_json_reports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "months.csv"
    arguments = ["simulate", "--example", "content-pipeline", "--samples", "300", "--seed", "5"]
    assert main([*arguments, "--csv", str(target), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    currency = document["currency"]
    assert len(rows) == document["horizon_months"]
    for key, bands in document["uncertainty"]["cumulative"].items():
        for band, values in bands.items():
            column = f"{key}.cumulative_{band} ({currency})"
            assert [float(row[column]) for row in rows] == values
    assert main(["simulate", "--example", "content-pipeline", "--csv", "-"]) == 0
    assert "cumulative_p10" not in capsys.readouterr().out  # no samples, no band


def test_the_windows_export_has_the_percentiles_of_the_band_it_shows(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.analyses.monte_carlo import run_monte_carlo
    from desktop_app.core.appdata.examples import load_example
    from desktop_app.core.prices.currency import DisplayCurrency

    document = window.document
    ranges = load_example("support-chatbot").uncertainty
    document.requested = None
    result = run_monte_carlo(
        document.shown_scenario.model_copy(update={"uncertainty": ranges}), samples=200, seed=1
    )
    document.uncertainty, document._analysed = result, document.shown_scenario
    assert document.shown_uncertainty() is result  # as if the runner had delivered it
    target = tmp_path / "months.csv"
    monkeypatch.setattr(window, "_ask_save_path", lambda *args: target)
    window.export_csv()
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert [float(row["hybrid.cumulative_p90 (USD)"]) for row in rows] == list(
        result.cumulative["hybrid"]["p90"]
    )  # full precision, bit for bit
    assert rows[0]["date"] == "2026-12"
    # In a display currency, the figures and the header as the window shows them; the band of
    # the old currency is not this one's, so no percentiles until the new one arrives.
    document.set_display(DisplayCurrency(source="USD", target="EUR", rate=0.5))
    window.export_csv()
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    totals = [float(row["hybrid.total (EUR)"]) for row in rows]
    assert totals == list(document.shown.monthly("hybrid", "total"))
    assert totals == pytest.approx(0.5 * np.asarray(document.evaluation.monthly("hybrid", "total")))
    assert not [name for name in rows[0] if "_p90" in name]
