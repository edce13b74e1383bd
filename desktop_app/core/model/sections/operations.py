"""What running a strategy takes and risks: effort, quality, market, finance, the checklist."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from desktop_app.core.model.sections.base import Answer, Section, quantity


def strategy_share(default: float, strategy: str, le: float = 1e6) -> Any:
    """One strategy's figure inside a per-strategy group."""
    return Field(default, ge=0, le=le, description=f"For the {strategy} strategy.")


class PerStrategy(Section):
    """One figure for each strategy; subclasses set the defaults."""

    embeddings: float
    fine_tuning: float
    hybrid: float
    long_context: float


class SetupHours(PerStrategy):
    """One-time build effort per strategy."""

    embeddings: float = strategy_share(80, "embeddings")
    fine_tuning: float = strategy_share(120, "fine-tuning")
    hybrid: float = strategy_share(160, "hybrid")
    long_context: float = strategy_share(40, "long-context")


class MonitoringHours(PerStrategy):
    """Routine upkeep per month and strategy."""

    embeddings: float = strategy_share(4, "embeddings")
    fine_tuning: float = strategy_share(6, "fine-tuning")
    hybrid: float = strategy_share(8, "hybrid")
    long_context: float = strategy_share(3, "long-context")


class IncidentsPerMonth(PerStrategy):
    """Answer-quality incidents to investigate per month and strategy."""

    embeddings: float = strategy_share(2, "embeddings", le=1e5)
    fine_tuning: float = strategy_share(2, "fine-tuning", le=1e5)
    hybrid: float = strategy_share(2, "hybrid", le=1e5)
    long_context: float = strategy_share(2, "long-context", le=1e5)


class IncidentHours(PerStrategy):
    """Debugging effort per incident and strategy."""

    embeddings: float = strategy_share(1.5, "embeddings")
    fine_tuning: float = strategy_share(6, "fine-tuning")
    hybrid: float = strategy_share(3, "hybrid")
    long_context: float = strategy_share(1.5, "long-context")


class WrongAnswerShare(PerStrategy):
    """Share of answers that are wrong even with fresh knowledge, per strategy."""

    embeddings: float = strategy_share(2, "embeddings", le=100)
    fine_tuning: float = strategy_share(4, "fine-tuning", le=100)
    hybrid: float = strategy_share(2, "hybrid", le=100)
    long_context: float = strategy_share(2, "long-context", le=100)


def per_strategy(group: type[PerStrategy], description: str, unit: str) -> Any:
    """A per-strategy group with its description and unit."""
    return Field(default_factory=group, description=description, json_schema_extra={"unit": unit})


class Effort(Section):
    """Engineering time: building, watching, debugging, updating and retraining."""

    hourly_rate: float = quantity(95, "Cost of one engineering hour.", "per hour", ge=0, le=1e5)
    setup_hours: SetupHours = per_strategy(
        SetupHours, "One-time build effort, booked in the first month.", "hours"
    )
    monitoring_hours_per_month: MonitoringHours = per_strategy(
        MonitoringHours, "Routine upkeep every month.", "hours/month"
    )
    hours_per_content_update: float = quantity(
        0.25,
        "Effort of publishing one content update into the strategy (a re-embedding run; "
        "rebuilding the long prompt).",
        "hours",
        ge=0,
        le=1e4,
    )
    hours_per_retrain: float = quantity(
        24,
        "Data preparation, evaluation, deployment and version management of one retraining.",
        "hours",
        ge=0,
        le=1e5,
    )
    incidents_per_month: IncidentsPerMonth = per_strategy(
        IncidentsPerMonth, "Answer-quality incidents to investigate.", "incidents/month"
    )
    hours_per_incident: IncidentHours = per_strategy(
        IncidentHours,
        "Debugging effort per incident (a fine-tuned model is harder to debug).",
        "hours/incident",
    )


class Quality(Section):
    """Wrong answers and what one costs the business."""

    wrong_answer_pct: WrongAnswerShare = per_strategy(
        WrongAnswerShare, "Share of answers that are wrong even with fresh knowledge.", "%"
    )
    stale_wrong_pct: float = quantity(
        50,
        "Share of the fine-tuned model's answers about content it has not learned yet that "
        "are wrong.",
        "%",
        ge=0,
        le=100,
    )
    cost_per_wrong_answer: float = quantity(
        0,
        "What one wrong answer costs the business (refund, escalation, churn); 0 means not priced.",
        "per answer",
        ge=0,
        le=1e6,
    )


class Market(Section):
    """How prices move over time."""

    price_change_pct_per_year: float = quantity(
        0,
        "Yearly change of every per-token price (negative: prices fall).",
        "%/year",
        gt=-100,
        le=1000,
    )
    fine_tuned_price_change_pct_per_year: float | None = quantity(
        None,
        "The same for the fine-tuned model's prices (a tuned snapshot often keeps its price); "
        "empty means as above.",
        "%/year",
        gt=-100,
        le=1000,
    )


class Finance(Section):
    """How future money is valued."""

    discount_rate_pct_per_year: float = quantity(
        0, "Discount rate for the present value.", "%/year", gt=-100, le=1000
    )


class Checklist(Section):
    """The decision checklist; each answer is yes, no or unsure."""

    needs_my_content: Answer = Field("unsure", description="Does the AI need my content?")
    content_changes: Answer = Field("unsure", description="Does the content change?")
    needs_strict_format: Answer = Field("unsure", description="Do I need strict formatting?")
    assistants_can_enforce: Answer = Field(
        "unsure", description="Can instructions or assistants enforce the format?"
    )
    behavior_changes_often: Answer = Field(
        "unsure", description="Will I need to update the behaviour often?"
    )
    purely_behavioral_stable: Answer = Field(
        "unsure", description="Is the need purely behavioural and stable?"
    )
