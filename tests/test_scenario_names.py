"""Scenario files are named NAME.eot.json (the desktop's type); any .json is still read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.appdata import examples
from desktop_app.core.appdata.examples import example_names, example_path, load_example
from desktop_app.core.appdata.resources import resource
from desktop_app.core.appdata.scenario_files import load_scenario
from desktop_app.core.model.scenario_names import (
    default_file_name,
    has_suffix,
    scenario_stem,
    with_scenario_suffix,
)
from desktop_app.launch import main


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("plan", "plan.eot.json"),
        ("plan.", "plan.eot.json"),
        ("plan.json", "plan.json"),
        ("plan.eot.json", "plan.eot.json"),
        ("plan.txt", "plan.txt"),
        ("my.folder/plan", "my.folder/plan.eot.json"),
        (".plan", ".plan.eot.json"),  # a hidden file's dot is no suffix
    ],
)
def test_a_name_without_a_suffix_gets_eot_json(typed: str, saved: str) -> None:
    assert with_scenario_suffix(typed) == Path(saved)


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("plan.eot.json", "plan"),
        ("plan.EOT.JSON", "plan"),
        ("plan.json", "plan"),
        ("plan.v2.json", "plan.v2"),
        ("plan", "plan"),
        (".json", ".json"),
    ],
)
def test_the_stem_of_a_scenario_file_drops_both_suffixes(name: str, stem: str) -> None:
    assert scenario_stem(Path("some/folder") / name) == stem


def test_default_file_names_are_one_file_in_the_folder() -> None:
    assert default_file_name("Support chatbot") == "Support chatbot.eot.json"
    assert default_file_name("Q3/Q4: plan?", ".pdf") == "Q3 Q4 plan.pdf"
    assert default_file_name("../..") == "scenario.eot.json"
    assert default_file_name("\x1b[31m") == "[31m.eot.json"


@given(st.text(max_size=300))
def test_any_title_gives_a_plain_file_name(title: str) -> None:
    name = default_file_name(title)
    assert name.endswith(".eot.json") and Path(name).name == name and name == name.strip()
    assert not any(character in name for character in '/\\:*?"<>|') and name.isprintable()
    assert has_suffix(name) and len(name) <= 130


@pytest.fixture
def example_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled examples, all named NAME.json, where the tests may rename them."""
    folder = tmp_path / "examples"
    shutil.copytree(resource("examples"), folder)
    for path in folder.glob("*.eot.json"):  # as NAME.json, whichever name they have now
        path.rename(path.with_name(path.name.removesuffix(".eot.json") + ".json"))
    monkeypatch.setattr(examples, "resource", lambda *parts: folder.joinpath(*parts[1:]))
    return folder


def test_examples_are_found_under_either_name(example_folder: Path) -> None:
    before = example_names()
    (example_folder / "ticket-classifier.json").rename(
        example_folder / "ticket-classifier.eot.json"
    )
    assert example_names() == before
    assert example_path("ticket-classifier") == example_folder / "ticket-classifier.eot.json"
    assert load_example("ticket-classifier").name == "Support ticket classifier"
    assert example_path("support-chatbot") == example_folder / "support-chatbot.json"


def test_every_bundled_example_renamed_still_loads(example_folder: Path) -> None:
    scenarios = {name: load_example(name) for name in example_names()}
    for path in example_folder.glob("*.json"):
        path.rename(path.with_name(path.stem + ".eot.json"))
    assert {name: load_example(name) for name in example_names()} == scenarios


def test_both_names_of_one_example_list_it_once_and_take_eot_json(example_folder: Path) -> None:
    shutil.copy(
        example_folder / "support-chatbot.json", example_folder / "support-chatbot.eot.json"
    )
    assert example_names().count("support-chatbot") == 1
    assert example_path("support-chatbot").name == "support-chatbot.eot.json"
    with pytest.raises(KeyError, match=r"no example named .support-chatbot\.eot.; known: "):
        example_path("support-chatbot.eot")


def test_example_o_gives_a_new_name_without_suffix_eot_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["example", "ticket-classifier", "-o", "plan"]) == 0
    assert load_scenario(tmp_path / "plan.eot.json") == load_example("ticket-classifier")
    assert not (tmp_path / "plan").exists()
    assert main(["example", "ticket-classifier", "-o", "other.json"]) == 0
    assert (tmp_path / "other.json").is_file() and not (tmp_path / "other.json.eot.json").exists()
    assert capsys.readouterr().err == ""


def test_example_o_leaves_an_existing_file_of_that_name_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan").write_text("old notes\n")
    assert main(["example", "ticket-classifier", "-o", "plan"]) == 1  # not plan.eot.json either
    assert (tmp_path / "plan").read_text() == "old notes\n"
    assert not (tmp_path / "plan.eot.json").exists()
    assert "plan: already exists; it was left as it is" in capsys.readouterr().err


def test_example_help_says_what_a_name_without_suffix_becomes(capsys) -> None:
    assert main(["example", "--help"]) == 0
    assert "gets .eot.json" in " ".join(capsys.readouterr().out.split())
