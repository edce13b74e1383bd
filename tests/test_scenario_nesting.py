"""Deeply nested files are refused before the JSON parser or the model recurse into them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.appdata.scenario_files import (
    MAX_NESTING,
    ScenarioFileError,
    nesting_problem,
    parse_scenario,
)

HEAD = '{"format": "embed-or-tune/scenario", "schema_version": 1, "workload": '


@pytest.mark.parametrize("opening", ["[", '{"a": '])
def test_ten_thousand_levels_are_one_line_naming_the_place(opening: str) -> None:
    closing = "]" if opening == "[" else "}"
    text = HEAD + opening * 10_000 + "1" + closing * 10_000 + "}"
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenario(text, "deep.json")
    column = len(HEAD) + len(opening) * (MAX_NESTING - 1) + 1
    assert str(caught.value) == (
        f"deep.json: line 1 column {column}: lists and objects nest more than "
        f"{MAX_NESTING} levels deep"
    )


def test_a_deep_list_that_json_alone_would_accept_is_refused_too() -> None:
    text = HEAD + "[" * 500 + "]" * 500 + "}"  # below Python's recursion limit
    json.loads(text)
    with pytest.raises(ScenarioFileError, match="nest more than 64 levels"):
        parse_scenario(text)


def test_brackets_inside_strings_do_not_count() -> None:
    name = "[{" * 40 + '\\"' + "[" * 40
    text = '{"format": "embed-or-tune/scenario", "schema_version": 1, "name": "' + name + '"}'
    assert parse_scenario(text).name == json.loads(text)["name"]


@given(st.integers(0, 200), st.sampled_from(["[", "{"]))
def test_the_limit_is_exact_and_matches_what_json_builds(depth: int, opening: str) -> None:
    inner = "[]" if opening == "[" else "{}"
    text = ('{"k": ' if opening == "{" else "[") * (depth - 1) + inner if depth else "1"
    text += ("}" if opening == "{" else "]") * max(depth - 1, 0)
    json.loads(text)  # well-formed at every depth
    assert (nesting_problem(text) is None) == (depth <= MAX_NESTING)


def test_a_price_file_nested_too_deep_is_one_line_too(tmp_path) -> None:
    from desktop_app.core.prices.catalog import CatalogError, read_json

    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)  # once "maximum recursion depth exceeded"
    with pytest.raises(CatalogError) as caught:
        read_json(deep)
    assert caught.value.lines == [
        "line 1 column 65: lists and objects nest more than 64 levels deep"
    ]
    assert [problem.kind for problem in caught.value.problems] == ["nested_too_deep"]


def _example_text() -> str:
    from desktop_app.core.appdata.examples import example_path

    return example_path("support-chatbot").read_text(encoding="utf-8")


def test_a_whole_number_too_long_for_python_is_refused_at_its_field() -> None:
    # Python reads no int of over 4,300 digits: the file's problem was a message for programmers
    text = _example_text().replace(
        '"queries_per_month": 40000', '"queries_per_month": 1' + "0" * 5000
    )
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenario(text, "huge.json")
    assert caught.value.lines == [
        "workload.queries_per_month: must be a number below 1e300, got a larger one"
    ]


def test_a_huge_value_in_a_whole_number_field_is_quoted_as_written() -> None:
    text = _example_text().replace('"horizon_months": 24', '"horizon_months": 1e308')
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenario(text, "huge.json")
    assert caught.value.lines == ["horizon_months: must be <= 120, got 1e+308"]  # not 309 digits


@given(st.text(alphabet='[]{}"\\a:,\n ', max_size=300), st.integers(0, 12))
def test_the_quick_answer_agrees_with_the_walk_on_any_text(text: str, limit: int) -> None:
    from desktop_app.core.appdata.scenario_files import _walk_to_too_deep, nesting_place

    assert nesting_place(text, limit) == _walk_to_too_deep(text, limit)


@pytest.mark.parametrize("depth", [0, 1, 5, 6, 7, 64, 65])
def test_the_quick_answer_counts_nesting_of_both_kinds_of_brackets(depth: int) -> None:
    from desktop_app.core.appdata.scenario_files import _nests_at_most

    text = "".join("[{"[level % 2] for level in range(depth)) + '"]}"'
    text += "".join("]}"[level % 2] for level in reversed(range(depth)))
    assert _nests_at_most(text, 6) == (depth <= 6)
    assert _nests_at_most(text, 64) == (depth <= 64)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("[[]]" * 6_000, None),  # 24,000 brackets
        ("[" * 30_000 + "]" * 30_000, (1, 65)),
        ('{"a": [' + "[]," * 19_000 + "[]]}", None),  # 38,000 brackets in one list
    ],
)
def test_many_brackets_get_the_same_answer(text: str, place) -> None:
    from desktop_app.core.appdata.scenario_files import nesting_place

    assert nesting_place(text) == place


def test_escaped_quotes_and_brackets_in_text_keep_the_quick_answer() -> None:
    """A name with an accent is written as an escape (json.dumps' default): the user catalog's
    backslashes sent every read down the walk, 0.6 s for 20,000 entries."""
    from desktop_app.core.appdata.scenario_files import _nests_at_most

    entry = '{"name": "Mistral M\\u00e9dium \\"[{\\"", "notes": "\\\\"}'
    text = '{"entries": [' + ", ".join([entry] * 30_000) + "]}"
    assert _nests_at_most(text, 3)
    assert not _nests_at_most(text, 2)
