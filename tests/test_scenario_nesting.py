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
