"""Scenario files: round trips, stable text, atomic saves, and one-line errors naming the file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from strategies import scenarios

from desktop_app.core.appdata import scenario_files
from desktop_app.core.appdata.examples import example_names, example_path
from desktop_app.core.appdata.scenario_files import (
    MAX_FILE_BYTES,
    ScenarioFileError,
    load_scenario,
    parse_scenario,
    save_scenario,
    scenario_json,
)
from desktop_app.core.model.scenario import Scenario

V1_FIXTURES = Path(__file__).parent / "fixtures" / "v1"


def error_lines(data: bytes | str) -> list[str]:
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenario(data, "s.json")
    return str(caught.value).splitlines()


@given(scenarios())
def test_any_scenario_round_trips_through_its_text(scenario: Scenario) -> None:
    text = scenario_json(scenario)
    assert parse_scenario(text) == scenario
    assert scenario_json(parse_scenario(text)) == text  # saving again changes nothing


def test_file_text_is_stable_indented_and_in_model_order(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_scenario(Scenario(name="Grüße"), path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and '\n  "workload": {\n    "queries_per_month": 50000,' in text
    assert "Grüße" in text  # UTF-8, not \\u escapes
    keys = list(json.loads(text))
    assert keys[:6] == ["format", "schema_version", "name", "notes", "currency", "horizon_months"]
    assert keys[6:8] == ["start_month", "strategies"]
    assert keys[-3:] == ["checklist", "events", "uncertainty"]


@pytest.mark.parametrize("name", example_names())
def test_bundled_examples_are_saved_exactly_as_the_app_writes_them(name: str) -> None:
    path = example_path(name)
    text = path.read_text(encoding="utf-8")
    scenario = load_scenario(path)
    if json.loads(text)["schema_version"] == 1:  # not yet rewritten as version 2
        text = scenario_json(scenario)
        assert parse_scenario(text) == scenario and json.loads(text)["schema_version"] == 2
    assert scenario_json(parse_scenario(text)) == text


def test_save_replaces_atomically_and_a_crash_leaves_the_last_good_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.json"
    save_scenario(Scenario(name="first"), path)

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scenario_files.os, "replace", crash)
    with pytest.raises(
        ScenarioFileError, match=r"s\.json: cannot be written: No space left on device"
    ):
        save_scenario(Scenario(name="second"), path)
    assert load_scenario(path).name == "first"
    assert os.listdir(tmp_path) == ["s.json"]  # no temporary file left behind


def test_save_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_scenario(Scenario(), path)
    path.chmod(0o640)
    save_scenario(Scenario(name="again"), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_file_from_a_newer_version_is_refused_and_never_written_over(tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    future = '{"format": "embed-or-tune/scenario", "schema_version": 7, "hologram": true}\n'
    path.write_text(future, encoding="utf-8")
    with pytest.raises(ScenarioFileError) as caught:
        load_scenario(path)
    assert str(caught.value) == (
        f"{path}: schema_version: is 7: the file was written by a newer version of Embed or "
        "Tune, which this version (reads up to 2) cannot read; please update the app"
    )
    with pytest.raises(ScenarioFileError, match="left as it is"):
        save_scenario(Scenario(), path)
    assert path.read_text(encoding="utf-8") == future


def test_errors_name_the_file_the_field_and_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 1,'
        ' "workload": {"queries_per_month": -5}}',
        encoding="utf-8",
    )
    with pytest.raises(ScenarioFileError) as caught:
        load_scenario(path)
    assert str(caught.value) == f"{path}: workload.queries_per_month: must be >= 0, got -5"


def test_invalid_json_names_line_and_column() -> None:
    assert error_lines(
        '{\n  "format": "embed-or-tune/scenario",\n  "schema_version": 1\n  "x": 1}'
    ) == ["s.json: line 4 column 3: invalid JSON: Expecting ',' delimiter"]


def test_nan_in_a_file_is_refused_with_its_field() -> None:
    text = '{"format": "embed-or-tune/scenario", "schema_version": 1, "workload": {"queries_per_month": NaN}}'
    assert error_lines(text) == [
        "s.json: workload.queries_per_month: must be a finite number, got nan"
    ]


@pytest.mark.parametrize(
    ("field", "number", "said"),
    [
        ("queries_per_month", "1e999", "must be a number below 1e300, got a larger one"),
        ("queries_per_month", "9" * 5000, "must be a number below 1e300, got a larger one"),
        ("queries_per_month", "1" + "0" * 400, "must be a number below 1e300, got a larger one"),
        ("peak_to_average", "-1e999", "must be a finite number, got -inf"),
    ],
)
def test_a_number_too_large_for_a_float_is_called_that_not_inf(
    field: str, number: str, said: str
) -> None:
    text = (
        '{"format": "embed-or-tune/scenario", "schema_version": 2, '
        f'"workload": {{"{field}": {number}}}}}'
    )
    assert error_lines(text) == [f"s.json: workload.{field}: {said}"]


TINY_PLACES = [
    ('"workload": {"queries_per_month": %s}', "workload.queries_per_month"),
    ('"horizon_months": %s', "horizon_months"),
    ('"retrieval": {"embedding_price_per_1m": -%s}', "retrieval.embedding_price_per_1m"),
    (
        '"events": [{"month": 3, "set": {"base_model.input_per_1m": %s}}]',
        "events[0].set.base_model.input_per_1m",
    ),
    (
        '"uncertainty": [{"field": "workload.queries_per_month", "low": %s, "high": 5}]',
        "uncertainty[0].low",
    ),
]


@pytest.mark.parametrize(("place", "path"), TINY_PLACES)
@pytest.mark.parametrize("number", ["1e-400", "4.9e-325"])
def test_a_number_too_small_to_be_told_from_0_is_refused_not_read_as_0(
    place: str, path: str, number: str
) -> None:
    # JSON's reader makes 1e-400 0.0: a price of 1e-400 was silently free
    text = '{"format": "embed-or-tune/scenario", "schema_version": 2, %s}' % (place % number)
    written = ("-" if "-%s" in place else "") + number
    assert error_lines(text) == [f"s.json: {path}: is too small to be told from 0, got {written}"]


def test_a_zero_written_with_an_exponent_or_the_smallest_float_is_read_as_written() -> None:
    text = '{"format": "embed-or-tune/scenario", "schema_version": 2, "workload": {%s}}'
    numbers = '"queries_per_month": 0.000e-999, "peak_to_average": 1, "monthly_growth_pct": %s'
    scenario = parse_scenario(text % (numbers % "5e-324"))
    assert scenario.workload.queries_per_month == 0
    assert scenario.workload.monthly_growth_pct == 5e-324


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("-1", "must be >= 0, got -1"),
        ("NaN", "must be a finite number, got nan"),
        ("1e-400", "is too small to be told from 0, got 1e-400"),
    ],
)
def test_a_version_1_number_is_one_problem_of_its_own_path(value: str, said: str) -> None:
    # version 1's one incidents_per_month is one per strategy after the upgrade: a negative
    # one was four problems, each naming a path the file does not have
    document = json.loads((V1_FIXTURES / "random-00.scenario.json").read_text())
    document["effort"]["incidents_per_month"] = "@"
    text = json.dumps(document).replace('"@"', value)
    assert error_lines(text) == [f"s.json: effort.incidents_per_month: {said}"]


def test_a_whole_number_field_names_a_huge_number_briefly() -> None:
    text = '{"format": "embed-or-tune/scenario", "schema_version": 2, "horizon_months": 1%s}'
    assert error_lines(text % ("0" * 400)) == ["s.json: horizon_months: must be <= 120, got 1e+400"]
    assert error_lines(text % ("9" * 5000)) == [
        "s.json: horizon_months: must be a number below 1e300, got a larger one"
    ]


def test_a_huge_unknown_key_is_named_briefly() -> None:
    key = "k" * 500_000
    text = '{"format": "embed-or-tune/scenario", "schema_version": 2, "workload": {"%s": 1}}'
    [line] = error_lines(text % key)
    assert line == f"s.json: workload.{'k' * 60}… (500,000 characters): unknown field"


def test_duplicate_keys_are_refused_not_silently_merged() -> None:
    text = '{"format": "embed-or-tune/scenario", "schema_version": 1, "name": "a", "name": "b"}'
    assert error_lines(text) == ["s.json: invalid JSON: the key 'name' appears twice in one object"]


def test_a_json_value_that_is_not_an_object_is_refused() -> None:
    assert error_lines("[1, 2]") == ["s.json: must hold a JSON object ({...}), not a single value"]


def test_text_that_is_not_utf8_is_refused() -> None:
    assert error_lines(b'{"name": "\xff"}') == [
        "s.json: is not UTF-8 text (byte 10 cannot be decoded)"
    ]


def test_a_byte_order_mark_is_accepted() -> None:
    text = '\ufeff{"format": "embed-or-tune/scenario", "schema_version": 2}'
    assert parse_scenario(text.encode("utf-8")) == Scenario()


def test_oversized_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ScenarioFileError, match="a scenario file may be at most 1,000,000 bytes"):
        load_scenario(path)


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ScenarioFileError) as caught:
        load_scenario(tmp_path / "nowhere.json")
    assert (
        str(caught.value)
        == f"{tmp_path / 'nowhere.json'}: cannot be read: No such file or directory"
    )


def test_saving_over_a_version_1_file_writes_version_2_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 1,'
        ' "effort": {"incidents_per_month": 3}}',
        encoding="utf-8",
    )
    scenario = load_scenario(path)
    assert scenario.strategies == ("embeddings", "fine_tuning", "hybrid")
    assert scenario.effort.incidents_per_month.long_context == 3
    assert save_scenario(scenario, path) == 1  # the caller can tell the user
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 2
    assert load_scenario(path) == scenario
    assert save_scenario(scenario, path) is None  # now a version-2 file: nothing to say
    assert save_scenario(scenario, tmp_path / "new.json") is None
