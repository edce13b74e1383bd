"""The models' prices and each strategy's own settings: fine-tuning, hybrid, long context."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from desktop_app.core.model.sections.base import (
    RetrainPolicy,
    Section,
    Serving,
    WholeNumber,
    quantity,
    token_price,
)


class Dedicated(Section):
    """Replicas billed by the hour (a GPU endpoint), used when serving is dedicated."""

    replica_per_hour: float = quantity(
        4, "Price of one replica (GPU endpoint) per hour.", "per hour", ge=0, le=1e5
    )
    input_tokens_per_second: float = quantity(
        20000, "Prompt tokens one replica processes per second.", "tokens/s", gt=0, le=1e9
    )
    output_tokens_per_second: float = quantity(
        2000,
        "Answer tokens one replica generates per second, all concurrent requests together.",
        "tokens/s",
        gt=0,
        le=1e9,
    )
    min_replicas: WholeNumber = quantity(
        1, "Replicas kept running even without load.", "replicas", ge=0, le=1000
    )
    target_utilisation_pct: float = quantity(
        60, "Load a replica is sized for at the busiest hour.", "%", ge=1, le=100
    )


def serving_field() -> Any:
    """How a model is served: per token by a provider, or on dedicated replicas."""
    return Field(
        "per_token",
        description="per_token: a provider bills tokens; dedicated: replicas billed by the hour.",
    )


class ModelPrices(Section):
    """Per-token prices of a chat model."""

    input_per_1m: float = token_price(0.15, "Price of input tokens.")
    cached_input_per_1m: float | None = token_price(
        0.075, "Price of cached input tokens; empty means the input price applies."
    )
    output_per_1m: float = token_price(0.60, "Price of output tokens.")
    batch_discount_pct: float = quantity(
        50, "Discount on queries sent through the batch API.", "%", ge=0, le=100
    )
    serving: Serving = serving_field()
    dedicated: Dedicated = Field(default_factory=Dedicated, description=Dedicated.__doc__)


class FineTunedModel(ModelPrices):
    """Inference, training and hosting prices of the fine-tuned model."""

    input_per_1m: float = token_price(0.30, "Price of input tokens to the fine-tuned model.")
    cached_input_per_1m: float | None = token_price(
        0.15,
        "Price of cached input tokens to the fine-tuned model; empty means the input price "
        "applies.",
    )
    output_per_1m: float = token_price(1.20, "Price of output tokens of the fine-tuned model.")
    training_per_1m: float = token_price(
        3.00, "Price per million training tokens (tokens in the training file × epochs)."
    )
    training_minimum_per_run: float = quantity(
        0, "Minimum charge of one training run.", "per run", ge=0, le=1e7
    )
    hosting_per_hour: float = quantity(
        0,
        "Hourly fee for keeping the fine-tuned model deployed (some clouds charge it).",
        "per hour",
        ge=0,
        le=1e5,
    )
    monthly_fee: float = quantity(
        0, "Flat monthly fee for keeping the model (storage, plan).", "per month", ge=0, le=1e9
    )


class FineTuning(Section):
    """What a training run holds and when the model is retrained."""

    behavior_training_tokens: float = quantity(
        200000,
        "Training-file tokens (one epoch) of behaviour and format examples.",
        "tokens",
        ge=0,
        le=1e12,
    )
    knowledge_tokens_per_corpus_token: float = quantity(
        2,
        "Training tokens needed per corpus token to teach the content (for example "
        "synthesised Q&A); 0 means the model is taught none of it.",
        "tokens/token",
        ge=0,
        le=1000,
    )
    epochs: WholeNumber = quantity(3, "Epochs per training run.", "epochs", ge=1, le=100)
    retrain_policy: RetrainPolicy = Field(
        "every_n_months",
        description="When the fine-tuned model is retrained: never, every n months, when "
        "unlearned changes reach a share of the corpus, or at every content update.",
    )
    retrain_every_months: WholeNumber = quantity(
        3, "Months between retrainings (policy every_n_months).", "months", ge=1, le=120
    )
    retrain_changed_pct: float = quantity(
        10,
        "Retrain when unlearned changes reach this share of the corpus (policy changed_pct).",
        "%",
        ge=0,
        le=100,
    )
    eval_queries_per_training: float = quantity(
        500, "Evaluation queries run on every new model version.", "queries", ge=0, le=1e9
    )


class Hybrid(Section):
    """The hybrid's fine-tuned model learns behaviour only; retrieval brings the knowledge."""

    retrain_every_months: WholeNumber = quantity(
        12,
        "Months between behaviour refreshes of the hybrid's model; 0 means never after the "
        "first training.",
        "months",
        ge=0,
        le=120,
    )


class LongContext(Section):
    """The whole corpus sent with every query as a cached prompt prefix (long context)."""

    context_window_tokens: WholeNumber = quantity(
        1000000, "The base model's context window.", "tokens", ge=1, le=1e9
    )
    cache_hit_pct: float = quantity(
        90,
        "Share of the queries whose corpus prefix is read from the prompt cache.",
        "%",
        ge=0,
        le=100,
    )
    cache_write_per_1m: float | None = token_price(
        None,
        "Price of writing prompt tokens into the cache on a miss; empty means the base "
        "model's input price applies.",
    )
    cache_storage_per_1m_per_hour: float = quantity(
        0,
        "Price of keeping 1M tokens cached for an hour (explicit caches); 0 means none.",
        "per 1M tokens-hour",
        ge=0,
        le=1e4,
    )
