"""The scenario: everything a user tells us about their situation (MODEL.md, "Scenario file").

Every field carries a description and a unit; the GUI's tooltips, the CLI's tables and the
printed sheet all read them from here. Models are frozen: an edit makes a new scenario, so a
scenario handed to the engine can never change under it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

SCENARIO_FORMAT: Final = "embed-or-tune/scenario"
SCHEMA_VERSION: Final = 2

STRATEGY_KEYS: tuple[StrategyKey, ...] = ("embeddings", "fine_tuning", "hybrid", "long_context")
"""Every strategy the model knows, in MODEL.md's canonical order."""

Answer = Literal["yes", "no", "unsure"]
RetrainPolicy = Literal["never", "every_n_months", "changed_pct", "every_update"]
Distribution = Literal["triangular", "uniform", "pert"]
StrategyKey = Literal["embeddings", "fine_tuning", "hybrid", "long_context"]
Serving = Literal["per_token", "dedicated"]


class FieldError(ValueError):
    """A problem with one field found by a check across fields; `path` names that field."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def _whole_number(value: Any) -> Any:
    """Accept 3.0 where a whole number is asked for, as JSON Schema's "integer" does."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WholeNumber = Annotated[int, BeforeValidator(_whole_number)]


def _list_to_tuple(value: Any) -> Any:
    """JSON arrays arrive as lists; the scenario keeps them as immutable tuples."""
    return tuple(value) if isinstance(value, list) else value


def quantity(
    default: float | None,
    description: str,
    unit: str,
    *,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    lt: float | None = None,
) -> Any:
    """A numeric field with its description, unit and bounds (a bound left None is none)."""
    return Field(
        default,
        description=description,
        json_schema_extra={"unit": unit},
        ge=ge,
        gt=gt,
        le=le,
        lt=lt,
    )


def token_price(default: float | None, description: str) -> Any:
    """A price per million tokens, from 0 to 10,000 (every token price has these bounds)."""
    return quantity(default, description, "per 1M tokens", ge=0, le=1e4)


class Section(BaseModel):
    """Base of every part of a scenario: strict types, no unknown keys, no NaN, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False, frozen=True)


class Workload(Section):
    """How many queries arrive and how large they are."""

    queries_per_month: float = quantity(
        50000, "Queries in the first month.", "queries/month", ge=0, le=1e12
    )
    monthly_growth_pct: float = quantity(
        3, "Compound growth of the query volume per month.", "%/month", gt=-100, le=100
    )
    input_tokens_per_query: float = quantity(
        60, "Tokens of the user's question.", "tokens", ge=0, le=1e7
    )
    output_tokens_per_query: float = quantity(
        250, "Tokens of the model's answer.", "tokens", ge=0, le=1e7
    )
    instruction_tokens: float = quantity(
        800,
        "System prompt and instructions sent with every query to the base model.",
        "tokens",
        ge=0,
        le=1e7,
    )
    instruction_tokens_fine_tuned: float = quantity(
        100,
        "Instructions a fine-tuned model still needs with every query (it has learned the rest).",
        "tokens",
        ge=0,
        le=1e7,
    )
    cached_instruction_share_pct: float = quantity(
        0,
        "Share of the instruction tokens billed at the cached-input price.",
        "%",
        ge=0,
        le=100,
    )
    batch_share_pct: float = quantity(
        0, "Share of the queries sent through a provider's batch API.", "%", ge=0, le=100
    )
    peak_to_average: float = quantity(
        3,
        "Busiest hour's query rate divided by the month's average rate; sizes dedicated "
        "replicas.",
        "×",
        ge=1,
        le=1000,
    )


class Knowledge(Section):
    """The content the AI must know, and how fast it changes."""

    corpus_tokens: float = quantity(
        2000000, "Size of the knowledge base at launch.", "tokens", ge=0, le=1e13
    )
    added_tokens_per_month: float = quantity(
        50000, "New content added every month.", "tokens/month", ge=0, le=1e13
    )
    changed_pct_per_month: float = quantity(
        5, "Share of the current corpus edited every month.", "%/month", ge=0, le=100
    )
    updates_per_month: float = quantity(
        4.35,
        "How often content is published per month (30 = daily, 4.35 = weekly).",
        "updates/month",
        ge=0,
        le=744,
    )


class Retrieval(Section):
    """Embedding model, chunking and vector store (embeddings and hybrid)."""

    embedding_price_per_1m: float = token_price(0.02, "Price of the embedding model.")
    embedding_dimensions: WholeNumber = quantity(
        1536, "Size of one embedding vector.", "dimensions", ge=1, le=65536
    )
    chunk_tokens: float = quantity(500, "Tokens per chunk of content.", "tokens", ge=1, le=1e6)
    chunk_overlap_pct: float = quantity(
        10, "Overlap between neighbouring chunks.", "%", ge=0, lt=100
    )
    top_k: WholeNumber = quantity(
        5, "Chunks retrieved and sent with every query.", "chunks", ge=0, le=1000
    )
    metadata_bytes_per_vector: float = quantity(
        1000, "Stored metadata and id per vector.", "bytes", ge=0, le=1e7
    )
    vector_storage_per_gb_month: float = quantity(
        0.33, "Vector store storage price.", "per GB-month", ge=0, le=1e6
    )
    read_price_per_1m_units: float = quantity(
        16, "Vector store price per million read units.", "per 1M read units", ge=0, le=1e6
    )
    read_units_per_query_per_gb: float = quantity(
        1,
        "Read units one query costs per GB of index (Pinecone serverless: 1).",
        "read units/GB",
        ge=0,
        le=1e6,
    )
    min_read_units_per_query: float = quantity(
        0.25,
        "Least read units a query costs (Pinecone: 0.25; for a flat price per query use 1 "
        "with 0 per GB).",
        "read units",
        ge=0,
        le=1e6,
    )
    write_price_per_1m_units: float = quantity(
        4, "Vector store price per million write units.", "per 1M write units", ge=0, le=1e6
    )
    write_units_per_kb: float = quantity(
        1,
        "Write units per kilobyte (1,000 bytes) of records written (Pinecone: 1).",
        "write units/KB",
        ge=0,
        le=1e6,
    )
    vector_store_monthly_minimum: float = quantity(
        0,
        "Plan minimum or server cost of the vector store; the bill is the larger of usage "
        "and this.",
        "per month",
        ge=0,
        le=1e9,
    )
    store_unit_gb: float = quantity(
        0,
        "Capacity of one provisioned store unit (a pod, a database instance); 0 means nothing "
        "is provisioned.",
        "GB",
        ge=0,
        le=1e6,
    )
    store_unit_per_month: float = quantity(
        0, "Price of one provisioned store unit.", "per month", ge=0, le=1e9
    )
    rerank_per_1k_queries: float = quantity(
        0,
        "Reranker price per 1,000 queries (for example Cohere Rerank per 1,000 searches).",
        "per 1,000 queries",
        ge=0,
        le=1e4,
    )
    rewrites_per_query: float = quantity(
        0,
        "Extra model calls per query that rewrite or expand it before retrieval.",
        "calls/query",
        ge=0,
        le=100,
    )
    rewrite_input_tokens: float = quantity(
        300, "Input tokens of one rewrite call.", "tokens", ge=0, le=1e7
    )
    rewrite_output_tokens: float = quantity(
        60, "Output tokens of one rewrite call.", "tokens", ge=0, le=1e7
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
        "What one wrong answer costs the business (refund, escalation, churn); 0 means not "
        "priced.",
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


class UncertainInput(Section):
    """A range for one numeric input, drawn in Monte Carlo runs."""

    field: str = Field(
        description="Dotted path of the numeric input, e.g. workload.queries_per_month."
    )
    low: float = Field(description="Lowest plausible value.")
    high: float = Field(description="Highest plausible value.")
    distribution: Distribution = Field(
        "triangular",
        description="triangular and pert take the scenario's value as the most likely one.",
    )


class Event(Section):
    """A dated change: prices or serving set from a month on, a re-embed, a retrain, hours."""

    month: WholeNumber = Field(
        ge=1, le=120, description="Month (1-based) at whose start the event happens."
    )
    name: str = Field("", max_length=200, description="What happens, in the user's words.")
    set: dict[str, Any] = Field(
        default_factory=dict,
        description="Fields that take a new value from this month on (dotted paths).",
    )
    re_embed: bool = Field(
        False, description="The retrieval strategies embed and write the whole corpus again."
    )
    retrain: bool = Field(
        False, description="fine_tuning and hybrid train a new model at the start of the month."
    )
    hours: dict[StrategyKey, Annotated[float, Field(ge=0, le=1e6)]] = Field(
        default_factory=dict,
        description="One-off engineering hours in this month, per strategy.",
    )


def _canonical_strategies(value: Any) -> Any:
    """Keep the compared strategies in canonical order (the order of results and tables)."""
    if isinstance(value, list | tuple) and all(isinstance(key, str) for key in value):
        known = [key for key in STRATEGY_KEYS if key in value]
        if len(known) == len(value) == len(set(value)):
            return tuple(known)
        return tuple(value)
    return value


PresetRole = Literal[
    "embedding_model", "base_model", "fine_tuned_model", "vector_store", "reranker", "prompt_cache"
]


class PresetRecord(Section):
    """Which catalog entry a role's prices came from, with its source and as-of date."""

    id: str = Field(description="Catalog entry id, e.g. openai/gpt-4.1-mini.")
    name: str = Field(description="The model or product name.")
    source: str = Field(description="Where the prices come from.")
    source_date: str = Field(description="The date as the source gives it.")
    as_of: Annotated[date | None, Field(strict=False)] = Field(
        None, description="Earliest date the source vouches for."
    )


class Scenario(Section):
    """A complete scenario file."""

    format: Literal["embed-or-tune/scenario"] = Field(
        SCENARIO_FORMAT, description="File type marker."
    )
    schema_version: Literal[2] = Field(SCHEMA_VERSION, description="Version of the file format.")
    name: str = Field("Untitled scenario", max_length=200, description="Name of the scenario.")
    notes: str = Field(
        "", max_length=20000, description="What the scenario assumes, in the user's words."
    )
    currency: str = Field(
        "USD",
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 code of the currency every price is in.",
    )
    horizon_months: WholeNumber = quantity(36, "Months simulated.", "months", ge=1, le=120)
    start_month: str | None = Field(
        None,
        pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$",
        description="Calendar month of month 1 (YYYY-MM), or empty; it labels months with "
        "dates and places dated events.",
    )
    strategies: Annotated[tuple[StrategyKey, ...], BeforeValidator(_canonical_strategies)] = (
        Field(
            STRATEGY_KEYS,
            min_length=1,
            description="The strategies compared (distinct keys, kept in canonical order).",
        )
    )
    workload: Workload = Field(default_factory=Workload, description=Workload.__doc__)
    knowledge: Knowledge = Field(default_factory=Knowledge, description=Knowledge.__doc__)
    retrieval: Retrieval = Field(default_factory=Retrieval, description=Retrieval.__doc__)
    base_model: ModelPrices = Field(
        default_factory=ModelPrices, description="Per-token prices of the base chat model."
    )
    fine_tuned_model: FineTunedModel = Field(
        default_factory=FineTunedModel, description=FineTunedModel.__doc__
    )
    fine_tuning: FineTuning = Field(default_factory=FineTuning, description=FineTuning.__doc__)
    hybrid: Hybrid = Field(default_factory=Hybrid, description=Hybrid.__doc__)
    long_context: LongContext = Field(default_factory=LongContext, description=LongContext.__doc__)
    effort: Effort = Field(default_factory=Effort, description=Effort.__doc__)
    quality: Quality = Field(default_factory=Quality, description=Quality.__doc__)
    market: Market = Field(default_factory=Market, description=Market.__doc__)
    finance: Finance = Field(default_factory=Finance, description=Finance.__doc__)
    checklist: Checklist = Field(default_factory=Checklist, description=Checklist.__doc__)
    events: Annotated[tuple[Event, ...], BeforeValidator(_list_to_tuple)] = Field(
        (), description="Dated changes, applied in month order."
    )
    uncertainty: Annotated[tuple[UncertainInput, ...], BeforeValidator(_list_to_tuple)] = Field(
        (), description="Inputs that are not known exactly, with their ranges."
    )
    presets: dict[PresetRole, PresetRecord] = Field(
        default_factory=dict,
        description="Catalog presets the prices came from (written only when there are some).",
    )

    @model_validator(mode="after")
    def _check_across_fields(self) -> Scenario:
        from desktop_app.core.model.events import check_events  # they read this module
        from desktop_app.core.model.fields import check_uncertainty

        if len(set(self.strategies)) != len(self.strategies):
            raise FieldError("strategies", "must not name a strategy twice")
        check_events(self)
        check_uncertainty(self)
        return self
