"""The recommendation, its reasons and the warnings (rules written down in docs/advice.md).

Three steps, in the seed's spirit ("embeddings first, fine-tuning the exception"):
1. The checklist rules out what cannot meet the need at all.
2. A tuned model needs a case (strict format, or a purely behavioural and stable need);
   without one: if you're unsure, don't fine-tune.
3. Among what is left the simulated totals decide; a tuned option must save at least
   `CLEAR_SAVING` of embeddings' total to win, since both solving the problem means
   embeddings win.
Warnings flag the seed's common mistakes where the scenario's own figures show them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.engine import NAMES, BatchResult
from desktop_app.core.numbers import count, money
from desktop_app.core.scenario import Scenario
from desktop_app.core.summary import NEVER, TIE_ORDER

TUNED = ("fine_tuning", "hybrid")
CLEAR_SAVING = 0.10
"""A tuned strategy must cost at least 10 % less than embeddings to be recommended over it."""
LATE_PAYBACK_MONTHS = 12
"""A tuned strategy that pays back later than this (or never) is 'fine-tuning too early'."""
STALE_WARNING_PCT = 10.0
"""Peak staleness above which the fine-tuned model's knowledge is called out of date."""


@dataclass(frozen=True)
class Advice:
    """What to do, why, and what to watch out for."""

    recommendation: str | None  # None when no compared strategy is feasible
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Figures:
    """The numbers of one variant that the rules read."""

    scenario: Scenario
    result: BatchResult
    row: int

    def total(self, key: str) -> float:
        return float(self.result.summary.strategies[key]["total_cost"][self.row])

    def figure(self, key: str, name: str) -> float:
        return float(self.result.summary.strategies[key][name][self.row])

    def break_even_vs_embeddings(self, key: str) -> int:
        return int(self.result.summary.break_even[f"{key}_vs_embeddings"][self.row])

    def feasible(self, key: str) -> bool:
        return bool(self.result.strategies[key].feasible[self.row])

    def money(self, amount: float) -> str:
        return money(amount, self.scenario.currency)

    @property
    def cheapest(self) -> str | None:
        return self.result.summary.cheapest_key(self.row)


def _ruled_out(scenario: Scenario) -> dict[str, str]:
    """Strategies the checklist rules out, each with the answer that does it."""
    c = scenario.checklist
    out: dict[str, str] = {}
    if c.needs_strict_format == "yes" and c.assistants_can_enforce == "no":
        out["embeddings"] = (
            "Strict format needed (yes) and assistants can't enforce it (no): retrieval adds "
            "context, not discipline, so embeddings alone can't guarantee the format."
        )
        out["long_context"] = out["embeddings"]
    if c.content_changes == "yes" and c.needs_my_content != "no":
        out["fine_tuning"] = (
            "Content changes (yes): a fine-tuned model is frozen until it is retrained, so "
            "fine-tuning alone can't keep changing knowledge fresh."
        )
    if c.assistants_can_enforce == "yes":
        reason = (
            "Assistants can enforce the format (yes): instructions already give the behaviour, "
            "so there is nothing left to train."
        )
        for key in TUNED:
            out.setdefault(key, reason)
    if c.behavior_changes_often == "yes":
        reason = (
            "Behaviour changes often (yes): training locks behaviour in, while instructions "
            "change in minutes."
        )
        for key in TUNED:
            out.setdefault(key, reason)
    return out


def _case_for_tuning(scenario: Scenario) -> str | None:
    """The answer that justifies a tuned model, or None."""
    c = scenario.checklist
    if c.purely_behavioral_stable == "yes":
        return "The need is purely behavioural and stable (yes): fine-tuning's home ground."
    if c.needs_strict_format == "yes" and c.assistants_can_enforce != "yes":
        return "Strict format needed (yes): a tuned model can hold a format that prompts can't."
    return None


def _choose(figures: _Figures, candidates: list[str]) -> tuple[str, str]:
    """The cheapest candidate, unless a tuned one saves too little over embeddings."""
    cheapest = min(candidates, key=lambda key: (figures.total(key), TIE_ORDER.index(key)))
    if cheapest == "embeddings":
        return cheapest, "it is the cheapest of the strategies that meet the need"
    if "embeddings" not in candidates:
        return cheapest, "it is the cheapest of the strategies that meet the need"
    saving = figures.total("embeddings") - figures.total(cheapest)
    share = saving / figures.total("embeddings") if figures.total("embeddings") > 0 else 0.0
    if share < CLEAR_SAVING:
        return "embeddings", (
            f"{NAMES[cheapest]} would save only {figures.money(saving)} ({share:.0%}), less "
            f"than {CLEAR_SAVING:.0%}: when both solve the problem, embeddings win (easier "
            "to update, debug and change)"
        )
    return cheapest, (
        f"it saves {figures.money(saving)} ({share:.0%}) over embeddings and meets the need"
    )


def _cost_reason(figures: _Figures) -> str:
    months = figures.scenario.horizon_months
    parts = []
    for key in TIE_ORDER:
        if key not in figures.scenario.strategies:
            continue
        part = f"{NAMES[key]} {figures.money(figures.total(key))}"
        hours = figures.figure(key, "total_hours")
        part += f" and {count(hours)} h of upkeep"
        parts.append(part)
    return f"Over {months} months: " + "; ".join(parts) + "."


def advise(scenario: Scenario, result: BatchResult, row: int = 0) -> Advice:
    """The advice for variant `row` of a batch result of `scenario`."""
    figures = _Figures(scenario, result, row)
    reasons: list[str] = []
    warnings: list[str] = []
    if scenario.checklist.needs_my_content == "yes":
        reasons.append(
            "Needs your content (yes): retrieval hands the model your knowledge at answer time."
        )
    ruled_out = _ruled_out(scenario)
    reasons.extend(dict.fromkeys(ruled_out.values()))
    case = _case_for_tuning(scenario)
    if case:
        reasons.append(case)
    else:
        reasons.append(
            "No answer makes a case for a tuned model (strict format, or a purely behavioural "
            "and stable need) and if you're unsure, don't fine-tune."
        )
    compared = [
        key for key in TIE_ORDER if key in scenario.strategies and figures.feasible(key)
    ]
    candidates = [
        key
        for key in compared
        if key not in ruled_out and (key not in TUNED or case is not None)
    ]
    if not candidates and compared:
        candidates = ["embeddings"] if "embeddings" in compared else compared[:1]
        warnings.append(
            "Your checklist answers rule out every strategy; starting with embeddings and "
            "instructions keeps the most options open. Revisit the answers."
        )
    reasons.append(_cost_reason(figures))
    if not candidates:
        reasons.append(
            "No compared strategy can run over the whole horizon, so none is recommended."
        )
        return Advice(None, tuple(reasons), tuple(warnings))
    recommendation, why = _choose(figures, candidates)
    reasons.append(f"Recommended: {NAMES[recommendation]}, because {why}.")
    warnings.extend(_warnings(figures, recommendation))
    return Advice(recommendation, tuple(reasons), tuple(warnings))


def _warnings(figures: _Figures, recommendation: str) -> list[str]:
    """The seed's common mistakes, where this scenario shows them."""
    scenario = figures.scenario
    c = scenario.checklist
    k = scenario.knowledge
    in_play = {recommendation, figures.cheapest}
    found: list[str] = []

    if "fine_tuning" in in_play and c.content_changes != "no":
        changing = k.changed_pct_per_month > 0 or k.added_tokens_per_month > 0
        if scenario.fine_tuning.knowledge_tokens_per_corpus_token > 0 and changing:
            found.append(
                "Fine-tuning used to inject knowledge that changes: "
                f"{count(k.changed_pct_per_month, 1)}% of the corpus changes and "
                f"{count(k.added_tokens_per_month)} tokens are added every month, and each "
                "change waits for a retraining "
                f"({count(figures.figure('fine_tuning', 'trainings'), 1)} trainings over the "
                "horizon). Keep changing knowledge in retrieval."
            )
    tuned_in_play = [key for key in TUNED if key in in_play]
    for key in tuned_in_play if "embeddings" in scenario.strategies else []:
        month = figures.break_even_vs_embeddings(key)
        if month == NEVER or month > LATE_PAYBACK_MONTHS:
            when = "never" if month == NEVER else f"only from month {month}"
            found.append(
                "Fine-tuning too early for the volume: at "
                f"{count(scenario.workload.queries_per_month)} queries a month, {NAMES[key]} "
                f"catches up with embeddings {when}; its training "
                "and setup pay off only at a larger, proven volume."
            )
    if tuned_in_play and (
        c.behavior_changes_often == "yes"
        or (c.behavior_changes_often == "unsure" and recommendation in TUNED)
    ):
        found.append(
            f"Locking in behaviour that may change (behaviour changes often: "
            f"{c.behavior_changes_often}): every change to a tuned model's behaviour means a new "
            "training, evaluation and deployment; instructions change in minutes."
        )
    if "fine_tuning" in in_play and c.needs_my_content != "no":
        found.append(
            "Fine-tuning won't stop hallucinations: a tuned model answers from what it "
            "memorised; grounding answers in retrieved sources is what reduces invented facts."
        )
        taught_nothing = scenario.fine_tuning.knowledge_tokens_per_corpus_token == 0
        peak = figures.figure("fine_tuning", "max_staleness_pct")
        if taught_nothing and k.corpus_tokens > 0:
            found.append(
                "The fine-tuned model is taught none of your content "
                "(knowledge tokens per corpus token = 0): on its own it cannot answer from it."
            )
        elif peak > STALE_WARNING_PCT:
            mean = figures.figure("fine_tuning", "mean_staleness_pct")
            found.append(
                f"The fine-tuned model's knowledge goes stale: up to {peak:.0f}% of the corpus "
                f"(mean {mean:.0f}%) has changed since its last training."
            )
    if recommendation in TUNED and c.assistants_can_enforce == "unsure":
        found.append(
            "Skipping assistants: check whether instructions or an assistant can enforce the "
            "format before training a model (assistants can enforce: unsure)."
        )
    return found
