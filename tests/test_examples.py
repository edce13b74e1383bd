"""The bundled examples: each simulates, says what it assumes, and they tell different stories."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from desktop_app.core.evaluation import evaluate
from desktop_app.core.examples import example_names, load_example

PRICES = (
    json.loads((ROOT.parent / "shared" / "reference" / "prices.json").read_text())
    if (ROOT.parent / "shared" / "reference" / "prices.json").exists()
    else None
)


def test_at_least_five_examples_are_bundled() -> None:
    assert len(example_names()) >= 5
    assert {
        "support-chatbot",
        "documentation-bot",
        "product-advisor",
        "ticket-classifier",
        "content-pipeline",
    } <= set(example_names())


@pytest.mark.parametrize("name", example_names())
def test_every_example_simulates_and_explains_itself(name: str) -> None:
    scenario = load_example(name)
    evaluation = evaluate(scenario)
    assert evaluation.figure("embeddings", "total_cost") > 0
    assert len(scenario.notes) > 200, "notes say what the example assumes"
    assert "Prices" in scenario.notes or "prices" in scenario.notes
    assert scenario.uncertainty, "every example marks its honestly uncertain inputs"


def test_examples_do_not_all_reach_the_same_answer() -> None:
    cheapest = {evaluate(load_example(name)).cheapest for name in example_names()}
    assert cheapest == {"embeddings", "fine_tuning", "hybrid"}


@pytest.mark.skipif(PRICES is None, reason="shared/reference/prices.json is not beside the repo")
@pytest.mark.parametrize("name", example_names())
def test_example_model_prices_come_from_the_reference_list(name: str) -> None:
    scenario = load_example(name)
    assert PRICES is not None
    listed = {
        (model["input_per_1m"], model["output_per_1m"])
        for model in PRICES["models"]
        if model["kind"] in ("chat", "fine_tune")
    }
    assert (scenario.base_model.input_per_1m, scenario.base_model.output_per_1m) in listed
    assert (
        scenario.fine_tuned_model.input_per_1m,
        scenario.fine_tuned_model.output_per_1m,
    ) in listed
    embedding_prices = {m["input_per_1m"] for m in PRICES["models"] if m["kind"] == "embedding"}
    assert scenario.retrieval.embedding_price_per_1m in embedding_prices
