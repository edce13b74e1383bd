"""An input's value in the command line's analysis text is one the input can take."""

from __future__ import annotations

import pytest

from desktop_app.present.analysis_text import value_with_unit


@pytest.mark.parametrize(
    ("path", "value", "shown"),
    [
        ("retrieval.chunk_overlap_pct", 99.9999999999, "99.9999999999 %"),  # below 100 only
        ("knowledge.corpus_tokens", 1e-300, "1e-300 tokens"),  # not 0
        ("workload.monthly_growth_pct", 3.5999999999999996, "3.6 %/month"),  # 3 * 1.2
        ("retrieval.chunk_overlap_pct", 12.34567, "12.3457 %"),
        ("workload.queries_per_month", 1234567.8, "1,234,568 queries/month"),
        ("workload.monthly_growth_pct", 0.0, "0 %/month"),
    ],
)
def test_four_decimals_but_never_a_value_the_input_cannot_take(
    path: str, value: float, shown: str
) -> None:
    assert value_with_unit(path, value) == shown
