"""Advice: the checklist decides what can meet the need, the costs decide among the rest."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import scenarios

from desktop_app.core.analyses.advice import advise
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.evaluation import Evaluation, evaluate
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.numbers import money
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.prices.user_catalog import load_catalog

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
        "Fine-tuning too early for the volume: at 20,000 queries a month, fine-tuning never "
        "catches up with embeddings; its training and setup pay off only at a larger, proven "
        "volume." in warnings
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
    ("name", "expected"),
    [
        ("support-chatbot", ["The long prompt does not fit the context window even in month 1"]),
        ("documentation-bot", []),
        ("product-advisor", []),
        ("internal-knowledge-tool", []),
        ("docs-bot-reranker", ["The long prompt outgrows the context window in month 8"]),
    ],
)
def test_knowledge_examples_warn_only_about_what_they_show(name: str, expected: list[str]) -> None:
    evaluation = evaluate(load_example(name))
    assert evaluation.advice.recommendation == evaluation.cheapest == "embeddings"
    warnings = evaluation.advice.warnings
    assert len(warnings) == len(expected), warnings
    assert all(line.startswith(start) for line, start in zip(warnings, expected, strict=True))


# --- Model version 2: the fourth strategy and the new warnings (docs/advice.md) ---------------


def test_long_context_needs_no_case_and_wins_when_cheapest() -> None:
    evaluation = evaluate(load_example("faq-long-context"))
    assert evaluation.cheapest == evaluation.advice.recommendation == "long_context"
    assert "Recommended: long context, because it is the cheapest" in text(evaluation)


def test_a_strict_format_rules_out_long_context_like_embeddings() -> None:
    scenario = with_values(
        load_example("faq-long-context"),
        {"checklist.needs_strict_format": "yes", "checklist.assistants_can_enforce": "no"},
    )
    evaluation = evaluate(scenario)
    assert evaluation.cheapest == "long_context"
    # Both compared strategies are ruled out: the fallback is the easiest to change later.
    assert evaluation.advice.recommendation == "embeddings"
    assert "neither embeddings nor long context can guarantee the format" in text(evaluation)
    assert "rule out every strategy" in "\n".join(evaluation.advice.warnings)


def test_an_infeasible_long_context_is_never_recommended_even_when_cheapest() -> None:
    # The reranker made dear enough that long context has the lowest total, but its prompt
    # stops fitting in month 8 of 24: it is not feasible, so embeddings stay the answer.
    docs_bot = load_example("docs-bot-reranker").model_copy(update={"uncertainty": ()})
    scenario = with_values(docs_bot, {"retrieval.rerank_per_1k_queries": 200})
    evaluation = evaluate(scenario)
    assert evaluation.figure("long_context", "total_cost") < evaluation.figure(
        "embeddings", "total_cost"
    )
    assert evaluation.cheapest == evaluation.advice.recommendation == "embeddings"
    assert "Long context can't run over these 24 months" in text(evaluation)
    assert "(does not fit from month 8)" in text(evaluation)


def test_nothing_is_recommended_when_no_compared_strategy_is_feasible() -> None:
    scenario = with_values(
        load_example("faq-long-context"),
        {"strategies": ["long_context"], "long_context.context_window_tokens": 50000},
    )
    evaluation = evaluate(scenario)
    assert evaluation.advice.recommendation is None
    assert "No compared strategy can run over the whole horizon" in text(evaluation)


def test_warning_the_long_prompt_outgrows_the_window_in_month_n() -> None:
    # Corpus 850,000 + 30,000 a month; prompt = 100 + 1,000 + C + 400 tokens > 1,050,000
    # once C > 1,048,500, i.e. 30,000 m > 198,500: m = 7, month 8 (December 2026 + 7 months).
    warnings = warnings_of(load_example("docs-bot-reranker"))
    assert (
        "The long prompt outgrows the context window in month 8 (2027-07): 1,061,500 tokens "
        "against a window of 1,050,000." in warnings
    )
    shorter = with_values(load_example("docs-bot-reranker"), {"horizon_months": 7})
    assert "outgrows the context window" not in warnings_of(shorter)  # fits for 7 months


def test_warning_a_preset_model_closes_inside_the_horizon_without_an_event() -> None:
    scenario = load_example("ticket-classifier")  # starts 2026-12, meets both dates in month 2
    assert "no event by month" not in warnings_of(scenario)  # its event handles them
    bare = scenario.model_copy(update={"events": ()})
    warnings = warnings_of(bare)
    assert (
        "Base model: gpt-4o-mini-2024-07-18 stops serving on 2027-01-14 (month 2), but no "
        "event by month 2 switches the base model" in warnings
    )
    assert (
        "Fine-tuned model: ft:gpt-4o-mini-2024-07-18 stops taking new fine-tuning jobs on "
        "2027-01-06 (month 2) and stops serving on 2027-01-14 (month 2), but no event by "
        "month 2 retrains the tuned model elsewhere" in warnings
    )
    assert "no event by month" not in warnings_of(bare.model_copy(update={"start_month": None}))
    later = bare.model_copy(update={"start_month": "2027-02"})  # both dates before month 1
    assert "no event by month" not in warnings_of(later)
    assert "no event by month" not in warnings_of(with_values(bare, {"horizon_months": 1}))


def azure_tool(horizon: int, policy: str = "every_n_months") -> Scenario:
    """The internal tool on Azure's fine-tune (training closes 2027-04-14, serving 2027-10-14)."""
    scenario = load_example("internal-knowledge-tool").model_copy(update={"events": ()})
    return with_values(
        scenario,
        {
            "horizon_months": horizon,
            "fine_tuning.retrain_policy": policy,
            "hybrid.retrain_every_months": 0,
        },
    )


def test_warning_a_provider_closing_fine_tuning_matters_only_if_the_schedule_trains_after() -> None:
    # From 2026-12, training closes in month 5; with 8 months and a training every 3 months
    # (m = 3, 6), the one at the start of month 7 can't happen: warn. With 6 months, none is
    # left after month 5; with "never", fine-tuning and the hybrid never train again.
    warning = "Fine-tuned model: ft:gpt-4.1-nano-2025-04-14 (Global Standard) stops taking new"
    assert warning in warnings_of(azure_tool(8))
    assert "(month 5), but no event by month 5 retrains" in warnings_of(azure_tool(8))
    assert warning not in warnings_of(azure_tool(6))
    assert warning not in warnings_of(azure_tool(8, "never"))
    assert warning in warnings_of(azure_tool(12, "never"))  # it stops serving in month 11


def test_warning_an_embedding_model_retires_without_a_re_embed() -> None:
    scenario = load_example("faq-long-context")
    entries = [
        entry.model_copy(update={"retires": date(2027, 6, 30)})
        if entry.id == "openai/text-embedding-3-small"
        else entry
        for entry in load_catalog()
    ]
    result = evaluate(scenario).result
    warnings = "\n".join(advise(scenario, result, catalog=entries).warnings)
    assert (
        "Embedding model: text-embedding-3-small stops serving on 2027-06-30 (month 7), but "
        "no event by month 7 re-embeds the corpus" in warnings
    )
    re_embedded = with_values(scenario, {"events": [{"month": 7, "re_embed": True}]})
    result = evaluate(re_embedded).result
    assert "re-embeds" not in "\n".join(advise(re_embedded, result, catalog=entries).warnings)
    assert "re-embeds" not in warnings_of(scenario)  # the bundled entry has no date


def test_warning_replicas_sit_mostly_idle() -> None:
    # Fine-tuning on one replica from month 2: A = 350 + 40*0.25 = 360, O = 8 tokens, so
    # g = 360/20,000 + 8/2,000 = 0.022 s; the busiest month (m = 35) has 3M * 1.02**35 =
    # 5,999,668 tickets: peak load = 5,999,668 * 0.022 * 3 / 2,628,000 = 0.151 of a replica,
    # a quarter of the 60 % it is sized for (below a third: idle).
    warnings = warnings_of(load_example("ticket-classifier"))
    assert (
        "Fine-tuning's replicas sit mostly idle: at the busiest hour they use at most 15% of "
        "their capacity, against the 60% they are sized for." in warnings
    )
    busy = load_example("classifier-open-weights")  # 30M tickets: two replicas at work
    assert evaluate(busy).figure("fine_tuning", "max_replicas") == 2
    assert "sit mostly idle" not in warnings_of(busy)
    # 0.151 / 0.45 = 0.335: just over a third of a 45 % target, so no longer "mostly idle".
    classifier = load_example("ticket-classifier")
    move = classifier.events[0]
    sized_higher = {**move.set, "fine_tuned_model.dedicated.target_utilisation_pct": 45}
    scenario = with_values(classifier, {"events": [{**move.model_dump(), "set": sized_higher}]})
    assert "sit mostly idle" not in warnings_of(scenario)


def test_warning_hours_dominate_a_total_whose_hours_have_no_range() -> None:
    scenario = load_example("faq-long-context")  # its hour estimates carry ranges
    assert "deserve ranges" not in warnings_of(scenario)
    bare = scenario.model_copy(
        update={"uncertainty": tuple(u for u in scenario.uncertainty if "hours" not in u.field)}
    )
    evaluation = evaluate(bare)
    # long context: 16 setup hours + 24 months * (1 monitoring + 0.5 incidents * 1 h + 1 update
    # * 0.5 h) = 64 h at $95 = $6,080 of its total.
    assert evaluation.figure("long_context", "total_hours") == 64
    share = 6080 / evaluation.figure("long_context", "total_cost")
    assert (
        f"Engineering hours are {share:.0%} of long context's total (64 h): the hour estimates "
        "deserve ranges (±)" in "\n".join(evaluation.advice.warnings)
    )
    # Half the total is the line: at $30 an hour long context's hours are under half of it.
    cheap_hours = with_values(bare, {"effort.hourly_rate": 30})
    assert "of long context's total" not in warnings_of(cheap_hours)


ANSWERS = st.sampled_from(["yes", "no", "unsure"])
PRESET_IDS = sorted(entry.id for entry in load_catalog() if entry.retires or entry.closes)


@given(
    scenarios(max_horizon=48),
    st.fixed_dictionaries(dict.fromkeys(UNSURE, ANSWERS)),
    st.none() | st.sampled_from(["2026-06", "2026-12", "2027-01"]),
    st.lists(st.sampled_from(PRESET_IDS), max_size=3),
)
def test_only_a_compared_feasible_strategy_is_ever_recommended(
    scenario: Scenario, answers: dict[str, str], start: str | None, preset_ids: list[str]
) -> None:
    entries = {entry.id: entry for entry in load_catalog()}
    kinds = {"embedding": "embedding_model", "chat": "base_model", "fine_tune": "fine_tuned_model"}
    presets = {
        kinds[entries[i].kind]: {
            "id": i,
            "name": entries[i].name,
            "source": "s",
            "source_date": "d",
        }
        for i in preset_ids
    }
    scenario = with_values(
        scenario,
        {
            **{f"checklist.{key}": value for key, value in answers.items()},
            "start_month": start,
            "presets": presets,
        },
    )
    evaluation = evaluate(scenario)
    advice = evaluation.advice
    feasible = [
        key
        for key in scenario.strategies
        if not evaluation.figure(key, "exceeds_context_from_month")  # null: it always fits
    ]
    if not feasible:
        assert advice.recommendation is None
    else:
        assert advice.recommendation in feasible
    if advice.recommendation in ("fine_tuning", "hybrid") and feasible != [advice.recommendation]:
        c = scenario.checklist
        assert (
            c.purely_behavioral_stable == "yes"
            or c.needs_strict_format == "yes"
            or ("rule out every strategy" in "\n".join(advice.warnings))
        )
    assert all(line and "\n" not in line for line in advice.reasons + advice.warnings)
