"""The bundled examples: each simulates, says what it assumes, and they tell different stories."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT

from desktop_app.core.appdata.examples import example_names, load_example
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.scenario import STRATEGY_KEYS
from desktop_app.core.prices.user_catalog import load_catalog

PRICES = (
    json.loads((ROOT.parent / "shared" / "reference" / "prices.json").read_text())
    if (ROOT.parent / "shared" / "reference" / "prices.json").exists()
    else None
)


def test_the_bundled_examples() -> None:
    assert len(example_names()) >= 9
    assert {
        "support-chatbot",
        "documentation-bot",
        "product-advisor",
        "ticket-classifier",
        "content-pipeline",
        "internal-knowledge-tool",
        "classifier-open-weights",
        "faq-long-context",
        "docs-bot-reranker",
    } <= set(example_names())
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) for name in example_names())


def test_the_readme_lists_every_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in example_names():
        assert f"`{name}`" in readme, name


@pytest.mark.parametrize("name", example_names())
def test_every_example_simulates_and_explains_itself(name: str) -> None:
    scenario = load_example(name)
    evaluation = evaluate(scenario)
    assert evaluation.figure("embeddings", "total_cost") > 0
    assert len(scenario.notes) > 200, "notes say what the example assumes"
    assert "Prices" in scenario.notes or "prices" in scenario.notes
    assert re.search(r"20\d\d-\d\d", scenario.notes), "sources are cited with their dates"
    assert "/work/" not in scenario.notes and "shared/reference" not in scenario.notes
    assert scenario.uncertainty, "every example marks its honestly uncertain inputs"
    assert scenario.schema_version == 2 and scenario.start_month == "2026-12"


def test_examples_do_not_all_reach_the_same_answer() -> None:
    evaluations = [evaluate(load_example(name)) for name in example_names()]
    assert {e.advice.recommendation for e in evaluations} == set(STRATEGY_KEYS)
    assert {e.cheapest for e in evaluations} >= {"embeddings", "fine_tuning", "long_context"}


@pytest.mark.parametrize("name", example_names())
def test_an_example_on_a_closing_model_meets_it_with_an_event(name: str) -> None:
    scenario = load_example(name)
    entries = {entry.id: entry for entry in load_catalog()}
    closing = [
        entries[record.id]
        for record in scenario.presets.values()
        if entries[record.id].retires or entries[record.id].closes
    ]
    if any(e.provider == "openai" and e.kind != "embedding" for e in closing):
        assert scenario.events, "an example on a retiring OpenAI model meets the retirement"
    assert not [w for w in evaluate(scenario).advice.warnings if "no event by month" in w]


def test_ticket_classifier_loses_its_cheap_fine_tune_when_it_moves() -> None:
    scenario = load_example("ticket-classifier")
    before = evaluate(scenario.model_copy(update={"events": (), "start_month": None}))
    assert before.cheapest == "fine_tuning"  # version 1's answer: OpenAI's per-token fine-tune
    after = evaluate(scenario)
    assert after.figure("fine_tuning", "total_cost") > after.figure("embeddings", "total_cost")
    assert after.figure("fine_tuning", "max_replicas") == 1
    assert after.advice.recommendation == "fine_tuning"  # retrieval can't hold the format
    assert any("replicas sit mostly idle" in w for w in after.advice.warnings)


def test_at_30m_tickets_the_dedicated_fine_tune_stays_cheapest() -> None:
    evaluation = evaluate(load_example("classifier-open-weights"))
    assert evaluation.cheapest == evaluation.advice.recommendation == "fine_tuning"
    assert evaluation.figure("fine_tuning", "max_replicas") == 2
    assert evaluation.figure("fine_tuning", "total_cost") < 0.5 * evaluation.figure(
        "embeddings", "total_cost"
    )


def test_the_small_faq_goes_into_the_prompt() -> None:
    evaluation = evaluate(load_example("faq-long-context"))
    assert evaluation.cheapest == evaluation.advice.recommendation == "long_context"
    assert evaluation.figure("long_context", "total_cost") < 0.6 * evaluation.figure(
        "embeddings", "total_cost"
    )


def test_the_docs_bot_pays_for_its_reranker_and_outgrows_long_context() -> None:
    evaluation = evaluate(load_example("docs-bot-reranker"))
    rerank = sum(evaluation.monthly("embeddings", "rerank"))
    inference = sum(evaluation.monthly("embeddings", "inference"))
    assert rerank > inference  # the reranker costs more than the answers
    assert 0.05 < rerank / evaluation.figure("embeddings", "total_cost") < 0.15
    assert evaluation.figure("long_context", "exceeds_context_from_month") == 8
    assert evaluation.advice.recommendation == "embeddings"


def test_the_content_pipeline_batches_and_still_needs_a_tuned_format() -> None:
    scenario = load_example("content-pipeline")
    evaluation = evaluate(scenario)
    unbatched = evaluate(with_values(scenario, {"workload.batch_share_pct": 0}))
    saving = 1 - evaluation.figure("embeddings", "total_cost") / unbatched.figure(
        "embeddings", "total_cost"
    )
    assert 0.25 < saving < 0.35  # the batch API's half price on a third of the bill
    assert evaluation.cheapest == "embeddings"
    assert evaluation.advice.recommendation == "hybrid"  # strict format: retrieval alone can't


@pytest.mark.skipif(PRICES is None, reason="shared/reference/prices.json is not beside the repo")
@pytest.mark.parametrize("name", example_names())
def test_example_model_prices_come_from_the_reference_list(name: str) -> None:
    scenario = load_example(name)
    assert PRICES is not None
    listed = {
        (model["input_per_1m"], model["output_per_1m"])
        for model in PRICES["models"] + PRICES["prompt_caches"]
        if model.get("kind", "chat") in ("chat", "fine_tune")
    }
    assert (scenario.base_model.input_per_1m, scenario.base_model.output_per_1m) in listed
    assert (
        scenario.fine_tuned_model.input_per_1m,
        scenario.fine_tuned_model.output_per_1m,
    ) in listed
    embedding_prices = {m["input_per_1m"] for m in PRICES["models"] if m["kind"] == "embedding"}
    assert scenario.retrieval.embedding_price_per_1m in embedding_prices
    replica_prices = {item["replica_per_hour"] for item in PRICES["dedicated_endpoints"]}
    training_prices = {m["training_per_1m"] for m in PRICES["models"]}
    for event in scenario.events:
        base = (event.set.get("base_model.input_per_1m"), event.set.get("base_model.output_per_1m"))
        assert base == (None, None) or base in listed
        assert event.set.get("fine_tuned_model.dedicated.replica_per_hour", 3.99) in replica_prices
        assert event.set.get("fine_tuned_model.training_per_1m", 0.48) in training_prices
