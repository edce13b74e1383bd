"""The queries that arrive, the knowledge they are answered from, and the retrieval pipeline."""

from __future__ import annotations

from desktop_app.core.model.sections.base import Section, WholeNumber, quantity, token_price


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
        "Busiest hour's query rate divided by the month's average rate; sizes dedicated replicas.",
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
