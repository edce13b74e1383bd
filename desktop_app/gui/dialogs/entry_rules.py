"""What the price-entry editor knows of an entry, without a widget.

The names of the kinds, the labels of the text fields, the scenario fields a kind prices, the
id a new entry gets, and `CatalogEntry`'s problems as lines naming each field by its label.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.problems import problems
from desktop_app.core.prices.catalog import ROLES

KINDS = {
    "embedding": "Embedding model",
    "chat": "Chat model (base)",
    "fine_tune": "Fine-tunable model",
    "vector_store": "Vector store",
    "reranker": "Reranker",
    "prompt_cache": "Prompt cache (long context)",
}
TEXT_LABELS = {  # CatalogEntry's text fields by their labels in the editor
    "provider": "Provider",
    "name": "Name",
    "id": "Id",
    "currency": "Currency",
    "source": "Source",
    "source_date": "Source date",
}


def price_paths(kind: str) -> tuple[str, ...]:
    """The scenario fields an entry of this kind prices, in form order."""
    return tuple(
        path for role_kind, _, paths in ROLES.values() if role_kind == kind for path in paths
    )


def default_id(provider: str, name: str) -> str:
    """The id a new entry gets: 'mine/<provider>-<name>', lower case, no spaces."""
    slug = re.sub(r"[^a-z0-9.:_]+", "-", f"{provider} {name}".lower()).strip("-.")
    return f"mine/{slug}" if slug else ""


def entry_problems(error: ValidationError, texts: dict[str, str]) -> list[tuple[str, str]]:
    """CatalogEntry's problems as (field key, line naming the field by its label).

    `texts` are the typed texts by field: an empty one is "required" rather than too short.
    """
    found = []
    for item, line in zip(error.errors(), problems(error), strict=False):
        path, problem = line.split(": ", 1)
        problem = problem.removeprefix("value error, ")  # a validator's own words
        key = path.removeprefix("prices.")
        if item["type"] == "string_too_short":
            least = (item.get("ctx") or {}).get("min_length", 1)
            problem = (
                "is required"
                if not texts.get(key)
                else (f"must be at least {least} characters long")
            )
        label = TEXT_LABELS.get(key) or (
            numeric_field(key).label if path.startswith("prices.") else path
        )
        found.append((key, f"{label}: {problem}"))
    return found
