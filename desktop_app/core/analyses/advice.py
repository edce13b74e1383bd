"""The recommendation, its reasons and the warnings (rules written down in docs/advice.md).

Three steps, in the seed's spirit ("embeddings first, fine-tuning the exception"):
1. The checklist rules out what cannot meet the need at all.
2. A tuned model needs a case (strict format, or a purely behavioural and stable need);
   without one: if you're unsure, don't fine-tune.
3. Among what is left (compared and feasible) the simulated totals decide; a tuned option
   must save at least `CLEAR_SAVING` of the untuned option's total to win, since both
   solving the problem means the untuned one (embeddings, or long context) wins.
Warnings flag the seed's common mistakes where the scenario's own figures show them, and
(advice_warnings) what the parts of model version 2 show.

Every sentence is whole, with named `{fields}`, under the translation context "Advice"
(desktop_app/core/i18n.py): English on the command line, the user's language in the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.analyses.advice_figures import Figures
from desktop_app.core.analyses.advice_warnings import version_2_warnings
from desktop_app.core.engine.kernel import BatchResult
from desktop_app.core.engine.summary import NEVER, TIE_ORDER
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.numbers import count
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.strategy_names import said_name, said_title
from desktop_app.core.prices.catalog import CatalogEntry

TUNED = ("fine_tuning", "hybrid")
UNTUNED = ("embeddings", "long_context")
"""Knowledge at answer time, no training: neither needs a case, neither can enforce a format."""
CLEAR_SAVING = 0.10
"""A tuned strategy must cost at least 10 % less than the untuned one to be recommended."""
LATE_PAYBACK_MONTHS = 12
"""A tuned strategy that pays back later than this (or never) is 'fine-tuning too early'."""
STALE_WARNING_PCT = 10.0
"""Peak staleness above which the fine-tuned model's knowledge is called out of date."""


ANSWERS = {
    "yes": QT_TRANSLATE_NOOP("Advice", "yes"),
    "no": QT_TRANSLATE_NOOP("Advice", "no"),
    "unsure": QT_TRANSLATE_NOOP("Advice", "unsure"),
}
"""A checklist answer as a sentence quotes it."""


def answer_text(answer: str) -> str:
    """'yes', 'no' or 'unsure' in the user's language."""
    return translate("Advice", ANSWERS.get(answer, answer))


@dataclass(frozen=True)
class Advice:
    """What to do, why, and what to watch out for (no recommendation when nothing is feasible)."""

    recommendation: str | None
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]


def _ruled_out(scenario: Scenario) -> dict[str, str]:
    """Compared strategies the checklist rules out, each with the answer that does it."""
    c = scenario.checklist
    out: dict[str, str] = {}
    if c.needs_strict_format == "yes" and c.assistants_can_enforce == "no":
        reason = translate(
            "Advice",
            "Strict format needed (yes) and assistants can't enforce it (no): retrieval adds "
            "context, not discipline, so embeddings alone can't guarantee the format.",
        )
        if "long_context" in scenario.strategies:
            reason = translate(
                "Advice",
                "Strict format needed (yes) and assistants can't enforce it (no): retrieval and "
                "a long prompt add context, not discipline, so neither embeddings nor long "
                "context can guarantee the format.",
            )
        out["embeddings"] = out["long_context"] = reason
    if c.content_changes == "yes" and c.needs_my_content != "no":
        out["fine_tuning"] = translate(
            "Advice",
            "Content changes (yes): a fine-tuned model is frozen until it is retrained, so "
            "fine-tuning alone can't keep changing knowledge fresh.",
        )
    if c.assistants_can_enforce == "yes":
        reason = translate(
            "Advice",
            "Assistants can enforce the format (yes): instructions already give the behaviour, "
            "so there is nothing left to train.",
        )
        for key in TUNED:
            out.setdefault(key, reason)
    if c.behavior_changes_often == "yes":
        reason = translate(
            "Advice",
            "Behaviour changes often (yes): training locks behaviour in, while instructions "
            "change in minutes.",
        )
        for key in TUNED:
            out.setdefault(key, reason)
    return {key: why for key, why in out.items() if key in scenario.strategies}


def _case_for_tuning(scenario: Scenario) -> str | None:
    """The answer that justifies a tuned model, or None."""
    c = scenario.checklist
    if c.purely_behavioral_stable == "yes":
        return translate(
            "Advice", "The need is purely behavioural and stable (yes): fine-tuning's home ground."
        )
    if c.needs_strict_format == "yes" and c.assistants_can_enforce != "yes":
        return translate(
            "Advice",
            "Strict format needed (yes): a tuned model can hold a format that prompts can't.",
        )
    return None


def _choose(figures: Figures, candidates: list[str]) -> tuple[str, str]:
    """The cheapest candidate, unless a tuned one saves too little over the untuned one."""
    cheapest = min(candidates, key=lambda key: (figures.total(key), TIE_ORDER.index(key)))
    untuned = [key for key in candidates if key in UNTUNED]
    if cheapest in UNTUNED or not untuned:
        return cheapest, translate(
            "Advice", "it is the cheapest of the strategies that meet the need"
        )
    baseline = min(untuned, key=lambda key: (figures.total(key), TIE_ORDER.index(key)))
    saving = figures.total(baseline) - figures.total(cheapest)
    share = saving / figures.total(baseline) if figures.total(baseline) > 0 else 0.0
    if share < CLEAR_SAVING:
        if baseline == "long_context":  # a singular subject: "long context wins"
            why = translate(
                "Advice",
                "{tuned} would save only {saving} ({share}), less than {clear}: when both "
                "solve the problem, {untuned} wins (easier to update, debug and change)",
            )
        else:
            why = translate(
                "Advice",
                "{tuned} would save only {saving} ({share}), less than {clear}: when both "
                "solve the problem, {untuned} win (easier to update, debug and change)",
            )
        return baseline, why.format(
            tuned=said_name(cheapest),
            saving=figures.money(saving),
            share=f"{share:.0%}",
            clear=f"{CLEAR_SAVING:.0%}",
            untuned=said_name(baseline),
        )
    return cheapest, translate(
        "Advice", "it saves {saving} ({share}) over {untuned} and meets the need"
    ).format(saving=figures.money(saving), share=f"{share:.0%}", untuned=said_name(baseline))


def _cost_reason(figures: Figures) -> str:
    months = figures.scenario.horizon_months
    parts = []
    for key in TIE_ORDER:
        if key not in figures.compared:
            continue
        values = {
            "strategy": said_name(key),
            "total": figures.money(figures.total(key)),
            "hours": count(figures.figure(key, "total_hours")),
        }
        exceeds = figures.exceeds_context_from_month(key)
        if exceeds is None:
            part = translate("Advice", "{strategy} {total} and {hours} h of upkeep")
        else:
            part = translate(
                "Advice",
                "{strategy} {total} and {hours} h of upkeep (does not fit from month {month})",
            )
        parts.append(part.format(month=exceeds, **values))
    return translate("Advice", "Over {months} months: {costs}.").format(
        months=months, costs="; ".join(parts)
    )


def _infeasible_reasons(figures: Figures) -> list[str]:
    return [
        translate(
            "Advice",
            "{strategy} can't run over these {months} months: its prompt no longer fits the "
            "context window from month {month}.",
        ).format(strategy=said_title(key), months=figures.scenario.horizon_months, month=month)
        for key in figures.compared
        if (month := figures.exceeds_context_from_month(key)) is not None
    ]


def _fallback(figures: Figures) -> tuple[str | None, str]:
    """When the answers rule out every strategy: the easiest to change later that can run."""
    feasible = [key for key in TIE_ORDER if key in figures.compared and figures.feasible(key)]
    if not feasible:
        return None, translate(
            "Advice",
            "No compared strategy can run over the whole horizon, so none is recommended: "
            "compare another strategy, or shorten the horizon.",
        )
    return feasible[0], translate(
        "Advice",
        "Your checklist answers rule out every strategy; starting with {strategy} and "
        "instructions keeps the most options open. Revisit the answers.",
    ).format(strategy=said_name(feasible[0]))


def advise(
    scenario: Scenario,
    result: BatchResult,
    row: int = 0,
    catalog: Sequence[CatalogEntry] | None = None,
) -> Advice:
    """The advice for variant `row` of a batch result of `scenario`.

    `catalog` holds the price presets' entries (None: the bundled and the user's catalog).
    """
    figures = Figures(scenario, result, row)
    reasons: list[str] = []
    warnings: list[str] = []
    if scenario.checklist.needs_my_content == "yes":
        reasons.append(
            translate(
                "Advice",
                "Needs your content (yes): retrieval hands the model your knowledge at answer "
                "time.",
            )
        )
    ruled_out = _ruled_out(scenario)
    reasons.extend(dict.fromkeys(ruled_out.values()))
    reasons.extend(_infeasible_reasons(figures))
    case = _case_for_tuning(scenario)
    if case:
        reasons.append(case)
    elif any(key in TUNED for key in figures.compared):
        reasons.append(
            translate(
                "Advice",
                "No answer makes a case for a tuned model (strict format, or a purely "
                "behavioural and stable need) and if you're unsure, don't fine-tune.",
            )
        )
    candidates = [
        key
        for key in TIE_ORDER
        if key in figures.compared
        and key not in ruled_out
        and figures.feasible(key)
        and (key in UNTUNED or case is not None)
    ]
    reasons.append(_cost_reason(figures))
    recommendation: str | None
    if candidates:
        recommendation, why = _choose(figures, candidates)
        reasons.append(
            translate("Advice", "Recommended: {strategy}, because {why}.").format(
                strategy=said_name(recommendation), why=why
            )
        )
    else:
        recommendation, warning = _fallback(figures)
        warnings.append(warning)
    in_play = {key for key in (recommendation, figures.cheapest) if key is not None}
    warnings.extend(_warnings(figures, recommendation, in_play))
    warnings.extend(version_2_warnings(figures, in_play, catalog))
    return Advice(recommendation, tuple(reasons), tuple(warnings))


def _warnings(figures: Figures, recommendation: str | None, in_play: set[str]) -> list[str]:
    """The seed's common mistakes, where this scenario shows them, in the seed's order."""
    rules = (
        _changing_knowledge_in_weights,
        _tuning_too_early,
        _locking_in_behaviour,
        _tuning_against_hallucinations,
        _skipping_assistants,
    )
    return [line for rule in rules for line in rule(figures, recommendation, in_play)]


def _changing_knowledge_in_weights(
    figures: Figures, recommendation: str | None, in_play: set[str]
) -> list[str]:
    """Knowledge that changes, taught to a model that waits for each retraining."""
    scenario = figures.scenario
    k = scenario.knowledge
    if "fine_tuning" not in in_play or scenario.checklist.content_changes == "no":
        return []
    changing = k.changed_pct_per_month > 0 or k.added_tokens_per_month > 0
    if scenario.fine_tuning.knowledge_tokens_per_corpus_token <= 0 or not changing:
        return []
    return [
        translate(
            "Advice",
            "Fine-tuning used to inject knowledge that changes: {changed}% of the corpus "
            "changes and {added} tokens are added every month, and each change waits for a "
            "retraining ({trainings} trainings over the horizon). Keep changing knowledge in "
            "retrieval.",
        ).format(
            changed=count(k.changed_pct_per_month, 1),
            added=count(k.added_tokens_per_month),
            trainings=count(figures.figure("fine_tuning", "trainings"), 1),
        )
    ]


def _tuning_too_early(figures: Figures, recommendation: str | None, in_play: set[str]) -> list[str]:
    """A tuned strategy that catches up with embeddings late or never."""
    found = []
    for key in (key for key in TUNED if key in in_play):
        month = figures.break_even(key, "embeddings")
        if month is None:
            continue  # embeddings not compared: nothing to catch up with
        if month == NEVER:
            text = translate(
                "Advice",
                "Fine-tuning too early for the volume: at {queries} queries a month, "
                "{strategy} never catches up with embeddings; its training and setup pay off "
                "only at a larger, proven volume.",
            )
        elif month > LATE_PAYBACK_MONTHS:
            text = translate(
                "Advice",
                "Fine-tuning too early for the volume: at {queries} queries a month, "
                "{strategy} catches up with embeddings only from month {month}; its training "
                "and setup pay off only at a larger, proven volume.",
            )
        else:
            continue
        queries = count(figures.scenario.workload.queries_per_month)
        found.append(text.format(queries=queries, strategy=said_name(key), month=month))
    return found


def _locking_in_behaviour(
    figures: Figures, recommendation: str | None, in_play: set[str]
) -> list[str]:
    """Behaviour that may change, trained into a model."""
    often = figures.scenario.checklist.behavior_changes_often
    if not any(key in in_play for key in TUNED):
        return []
    if often == "yes" or (often == "unsure" and recommendation in TUNED):
        return [
            translate(
                "Advice",
                "Locking in behaviour that may change (behaviour changes often: {answer}): "
                "every change to a tuned model's behaviour means a new training, evaluation "
                "and deployment; instructions change in minutes.",
            ).format(answer=answer_text(often))
        ]
    return []


def _tuning_against_hallucinations(
    figures: Figures, recommendation: str | None, in_play: set[str]
) -> list[str]:
    """Fine-tuning expected to ground answers in content it was never (or long ago) taught."""
    scenario = figures.scenario
    if "fine_tuning" not in in_play or scenario.checklist.needs_my_content == "no":
        return []
    found = [
        translate(
            "Advice",
            "Fine-tuning won't stop hallucinations: a tuned model answers from what it "
            "memorised; grounding answers in retrieved sources is what reduces invented facts.",
        )
    ]
    taught_nothing = scenario.fine_tuning.knowledge_tokens_per_corpus_token == 0
    peak = figures.figure("fine_tuning", "max_staleness_pct")
    if taught_nothing and scenario.knowledge.corpus_tokens > 0:
        found.append(
            translate(
                "Advice",
                "The fine-tuned model is taught none of your content (knowledge tokens per "
                "corpus token = 0): on its own it cannot answer from it.",
            )
        )
    elif peak > STALE_WARNING_PCT:
        mean = figures.figure("fine_tuning", "mean_staleness_pct")
        found.append(
            translate(
                "Advice",
                "The fine-tuned model's knowledge goes stale: up to {peak}% of the corpus "
                "(mean {mean}%) has changed since its last training.",
            ).format(peak=f"{peak:.0f}", mean=f"{mean:.0f}")
        )
    return found


def _skipping_assistants(
    figures: Figures, recommendation: str | None, in_play: set[str]
) -> list[str]:
    """Training a model before checking whether instructions could do the job."""
    if recommendation in TUNED and figures.scenario.checklist.assistants_can_enforce == "unsure":
        return [
            translate(
                "Advice",
                "Skipping assistants: check whether instructions or an assistant can enforce "
                "the format before training a model (assistants can enforce: unsure).",
            )
        ]
    return []
