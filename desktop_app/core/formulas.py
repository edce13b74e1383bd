"""MODEL.md, "Formulas, month m": shared quantities, the per-query cost, the retrieval part.

Every function takes the batch inputs `p` (columns shaped [batch, 1]) and the month index `m`
(shaped [1, months]) and returns arrays shaped [batch, months]; names follow MODEL.md.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop_app.core.batch import Array

HOURS_PER_MONTH = 730.0  # 8,760 / 12
BYTES_PER_GB = 1e9
BYTES_PER_DIMENSION = 4  # float32
PER_MILLION = 1e6


def first_month(m: Array) -> Array:
    """The `[m=0]` term: 1 in month 0, else 0."""
    return (m == 0).astype(float)


def plus_in_first_month(series: Array, extra: Array | float) -> Array:
    """`series + [m=0] * extra`, touching only month 0 (`extra` is per variant, [batch, 1])."""
    rows = max(np.shape(series)[0], np.shape(extra)[0] if np.ndim(extra) else 1)
    result = np.array(np.broadcast_to(series, (rows, np.shape(series)[1])))
    result[:, :1] += extra
    return result


def queries(p: Any, m: Array) -> Array:
    """Q[m]: queries in month m, growing by a compound monthly rate."""
    w = p.workload
    return w.queries_per_month * (1 + w.monthly_growth_pct / 100) ** m


def corpus(p: Any, m: Array) -> Array:
    """C[m]: corpus tokens at the start of month m."""
    k = p.knowledge
    return k.corpus_tokens + k.added_tokens_per_month * m


def changed_tokens(p: Any, corpus_tokens: Array) -> Array:
    """X[m]: tokens changed or added during month m."""
    k = p.knowledge
    return corpus_tokens * k.changed_pct_per_month / 100 + k.added_tokens_per_month


def embedded_per_corpus_token(p: Any) -> Array:
    """f: embedded tokens per corpus token (chunks overlap)."""
    return 1 + p.retrieval.chunk_overlap_pct / 100


def price_factor(p: Any, m: Array) -> Array:
    """P[m]: factor on every per-token price after m months of yearly price change."""
    return (1 + p.market.price_change_pct_per_year / 100) ** (m / 12)


def retrieved_tokens(p: Any) -> Array:
    """r: retrieved context tokens sent with each query."""
    return p.retrieval.top_k * p.retrieval.chunk_tokens


def per_query_cost(p: Any, prices: Any, instruction: Array, context: Array) -> Array:
    """q(s, c): cost of one query with instruction tokens s and context tokens c."""
    w = p.workload
    k = w.cached_instruction_share_pct / 100
    uncached_input = w.input_tokens_per_query + context + instruction * (1 - k)
    return (
        uncached_input * prices.input_per_1m
        + instruction * k * prices.cached_input_per_1m
        + w.output_tokens_per_query * prices.output_per_1m
    ) / PER_MILLION


def bytes_per_record(p: Any) -> Array:
    """b: bytes stored per vector record (float32 vector plus metadata and id)."""
    return (
        p.retrieval.embedding_dimensions * BYTES_PER_DIMENSION
        + p.retrieval.metadata_bytes_per_vector
    )


def embedding_cost(p: Any, Q: Array, C: Array, X: Array, P: Array) -> Array:  # noqa: N803
    """embedding[m]: embed the corpus once, then every change, and every query."""
    f = embedded_per_corpus_token(p)
    tokens = plus_in_first_month(X * f, C[:, :1] * f) + Q * p.workload.input_tokens_per_query
    return tokens * (p.retrieval.embedding_price_per_1m / PER_MILLION) * P


def vector_store_cost(p: Any, Q: Array, C: Array, X: Array) -> Array:  # noqa: N803
    """vector_store[m]: max(plan minimum, storage + reads + writes)."""
    ret = p.retrieval
    records_per_token = embedded_per_corpus_token(p) / ret.chunk_tokens  # V[m] = C[m] * this
    b = bytes_per_record(p)
    gigabytes = C * (records_per_token * b / BYTES_PER_GB)
    read_units = Q * np.maximum(
        ret.min_read_units_per_query, ret.read_units_per_query_per_gb * gigabytes
    )
    write_units_per_token = records_per_token * b / 1000 * ret.write_units_per_kb
    write_units = plus_in_first_month(X, C[:, :1]) * write_units_per_token
    usage = (
        gigabytes * ret.vector_storage_per_gb_month
        + read_units * (ret.read_price_per_1m_units / PER_MILLION)
        + write_units * (ret.write_price_per_1m_units / PER_MILLION)
    )
    return np.maximum(ret.vector_store_monthly_minimum, usage)


def hosting_cost(p: Any) -> Array:
    """hosting[m]: the fine-tuned model's hourly fee for a month plus its flat fee."""
    model = p.fine_tuned_model
    return HOURS_PER_MONTH * model.hosting_per_hour + model.monthly_fee
