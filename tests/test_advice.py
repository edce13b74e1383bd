"""Advice: the checklist decides what can meet the need, the costs decide among the rest."""

from __future__ import annotations

import pytest

from desktop_app.core.evaluation import Evaluation, evaluate
from desktop_app.core.examples import load_example
from desktop_app.core.fields import with_values
from desktop_app.core.numbers import money
from desktop_app.core.scenario import Scenario

UNSURE = dict.fromkeys(
    [
        "needs_my_content",
        "content_changes",
        "needs_strict_format",
        "assistants_can_enforce",
        "behavior_changes_often",
        "purely_behavioral_stable",
    ],
    "unsure",
)


def classifier(**answers: str) -> Scenario:
    """The ticket classifier before its move off OpenAI (fine-tuning ~38% cheaper than
    embeddings: no events, no calendar), with given answers."""
    base = load_example("ticket-classifier").model_copy(
        update={"uncertainty": (), "events": (), "start_month": None}
    )
    return with_values(
        base, {f"checklist.{key}": value for key, value in {**UNSURE, **answers}.items()}
    )


def advice_of(scenario: Scenario) -> Evaluation:
    return evaluate(scenario)


def text(evaluation: Evaluation) -> str:
    return "\n".join(evaluation.advice.reasons + evaluation.advice.warnings)


def test_unsure_means_do_not_fine_tune_even_when_it_is_cheaper() -> None:
    evaluation = advice_of(classifier())
    assert evaluation.cheapest == "fine_tuning"
    assert evaluation.advice.recommendation == "embeddings"
    assert "if you're unsure, don't fine-tune" in text(evaluation)


def test_a_stable_behavioural_need_lets_the_cheaper_tuned_model_win() -> None:
    evaluation = advice_of(classifier(purely_behavioral_stable="yes", needs_my_content="no"))
    assert evaluation.advice.recommendation == "fine_tuning"
    saving = evaluation.figure("embeddings", "total_cost") - evaluation.figure(
        "fine_tuning", "total_cost"
    )
    assert f"it saves {money(saving, 'USD')}" in text(evaluation)  # the figure behind the choice


def test_a_small_saving_is_not_worth_a_tuned_model() -> None:
    scenario = classifier(purely_behavioral_stable="yes", needs_my_content="no")
    # Raise fine-tuning's setup until it is only ~5% cheaper than embeddings.
    totals = advice_of(scenario)
    gap = totals.figure("embeddings", "total_cost") - totals.figure("fine_tuning", "total_cost")
    target = 0.05 * totals.figure("embeddings", "total_cost")
    extra_hours = (gap - target) / scenario.effort.hourly_rate
    scenario = with_values(
        scenario,
        {"effort.setup_hours.fine_tuning": scenario.effort.setup_hours.fine_tuning + extra_hours},
    )
    evaluation = advice_of(scenario)
    assert evaluation.cheapest == "fine_tuning"
    assert evaluation.advice.recommendation == "embeddings"
    assert "(5%), less than 10%: when both solve the problem, embeddings win" in text(evaluation)


def test_assistants_that_enforce_the_format_rule_out_training() -> None:
    evaluation = advice_of(classifier(purely_behavioral_stable="yes", assistants_can_enforce="yes"))
    assert evaluation.advice.recommendation == "embeddings"
    assert "Assistants can enforce the format (yes)" in text(evaluation)


def test_changing_content_and_a_strict_format_point_to_hybrid() -> None:
    scenario = with_values(
        load_example("content-pipeline"),
        {
            "checklist.needs_my_content": "yes",
            "checklist.content_changes": "yes",
            "checklist.needs_strict_format": "yes",
            "checklist.assistants_can_enforce": "no",
            "checklist.behavior_changes_often": "no",
            "checklist.purely_behavioral_stable": "no",
        },
    )
    evaluation = advice_of(scenario)
    assert evaluation.advice.recommendation == "hybrid"
    reasons = text(evaluation)
    assert "Content changes (yes)" in reasons and "assistants can't enforce it (no)" in reasons


def test_answers_that_rule_out_everything_fall_back_to_embeddings_with_a_warning() -> None:
    evaluation = advice_of(
        classifier(
            needs_my_content="yes",
            content_changes="yes",
            needs_strict_format="yes",
            assistants_can_enforce="no",
            behavior_changes_often="yes",
        )
    )
    assert evaluation.advice.recommendation == "embeddings"
    assert any("rule out every strategy" in warning for warning in evaluation.advice.warnings)


def test_cost_reason_names_every_total_and_the_hours() -> None:
    evaluation = advice_of(load_example("support-chatbot"))
    line = next(
        reason for reason in evaluation.advice.reasons if reason.startswith("Over 24 months")
    )
    for key in ("embeddings", "fine_tuning", "hybrid"):
        assert money(evaluation.figure(key, "total_cost"), "USD") in line


def warnings_of(scenario: Scenario) -> str:
    return "\n".join(evaluate(scenario).advice.warnings)


def test_warning_fine_tuning_to_inject_changing_knowledge() -> None:
    warnings = warnings_of(classifier(purely_behavioral_stable="yes", needs_my_content="yes"))
    assert "Fine-tuning used to inject knowledge that changes: 1% of the corpus changes" in warnings
    assert "Fine-tuning won't stop hallucinations" in warnings


def test_warning_fine_tuning_too_early_for_the_volume() -> None:
    scenario = with_values(
        classifier(purely_behavioral_stable="yes", needs_my_content="no"),
        {"workload.queries_per_month": 20000},
    )
    evaluation = evaluate(scenario)
    assert evaluation.advice.recommendation == "embeddings"
    assert evaluation.cheapest == "embeddings"  # nothing tuned in play: nothing to warn about
    tuned_anyway = with_values(
        scenario, {"checklist.needs_strict_format": "yes", "checklist.assistants_can_enforce": "no"}
    )
    warnings = warnings_of(tuned_anyway)
    assert (
        "Fine-tuning too early for the volume: at 20,000 queries a month, fine-tuning catches up"
        in warnings
    )


def test_warning_locking_behaviour_that_changes() -> None:
    warnings = warnings_of(
        classifier(
            purely_behavioral_stable="yes", behavior_changes_often="yes", needs_my_content="no"
        )
    )
    assert "Locking in behaviour that may change (behaviour changes often: yes)" in warnings


def test_warning_stale_knowledge_with_the_figures() -> None:
    scenario = with_values(
        classifier(purely_behavioral_stable="yes", needs_my_content="unsure"),
        {"knowledge.changed_pct_per_month": 8},
    )
    evaluation = evaluate(scenario)
    peak = evaluation.figure("fine_tuning", "max_staleness_pct")
    assert peak > 10
    assert f"up to {peak:.0f}% of the corpus" in "\n".join(evaluation.advice.warnings)


def test_warning_model_taught_none_of_the_content() -> None:
    scenario = with_values(
        classifier(purely_behavioral_stable="yes", needs_my_content="yes"),
        {"fine_tuning.knowledge_tokens_per_corpus_token": 0},
    )
    assert "taught none of your content" in warnings_of(scenario)


def test_warning_skipping_assistants() -> None:
    warnings = warnings_of(classifier(needs_strict_format="yes", needs_my_content="no"))
    assert "Skipping assistants" in warnings


@pytest.mark.parametrize(
    "name",
    ["support-chatbot", "documentation-bot", "product-advisor", "internal-knowledge-tool"],
)
def test_knowledge_examples_get_no_warnings_when_embeddings_win(name: str) -> None:
    evaluation = evaluate(load_example(name))
    assert evaluation.advice.recommendation == evaluation.cheapest == "embeddings"
    assert evaluation.advice.warnings == ()
