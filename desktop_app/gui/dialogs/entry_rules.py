"""What the price-entry editor knows of an entry, without a widget.

The names of the kinds, the labels of the text fields, the scenario fields a kind prices, the
id a new entry gets, and `CatalogEntry`'s problems as lines naming each field by its label.
The tables keep their English texts (marked for translation); `kind_name`, `text_label` and
`entry_problems` give them in the user's language.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.problems import problem_list
from desktop_app.core.prices.catalog import ROLES
from desktop_app.gui.editor.inputs import quoted
from desktop_app.present.labels import field_text
from desktop_app.present.problem_words import problem_words

KINDS = {
    "embedding": QT_TRANSLATE_NOOP("EntryEditor", "Embedding model"),
    "chat": QT_TRANSLATE_NOOP("EntryEditor", "Chat model (base)"),
    "fine_tune": QT_TRANSLATE_NOOP("EntryEditor", "Fine-tunable model"),
    "vector_store": QT_TRANSLATE_NOOP("EntryEditor", "Vector store"),
    "reranker": QT_TRANSLATE_NOOP("EntryEditor", "Reranker"),
    "prompt_cache": QT_TRANSLATE_NOOP("EntryEditor", "Prompt cache (long context)"),
}
TEXT_LABELS = {  # CatalogEntry's text fields by their labels in the editor
    "provider": QT_TRANSLATE_NOOP("EntryEditor", "Provider"),
    "name": QT_TRANSLATE_NOOP("EntryEditor", "Name"),
    "id": QT_TRANSLATE_NOOP("EntryEditor", "Id"),
    "currency": QT_TRANSLATE_NOOP("EntryEditor", "Currency"),
    "source": QT_TRANSLATE_NOOP("EntryEditor", "Source"),
    "source_date": QT_TRANSLATE_NOOP("EntryEditor", "Source date"),
}
LENGTH_WORDS = {
    "required": QT_TRANSLATE_NOOP("EntryEditor", "{field}: is required"),
    "string_too_short": QT_TRANSLATE_NOOP(
        "EntryEditor", "{field}: must be at least {least} characters long"
    ),
    "string_too_long": QT_TRANSLATE_NOOP(
        "EntryEditor", "{field}: must be at most {most} characters long"
    ),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "EntryEditor", "{field}: must be a three-letter ISO 4217 code such as USD, got {text}"
    ),
}
"""The editor's own words for the limits `CatalogEntry` declares on its text fields."""


def kind_name(kind: str) -> str:
    """The name of an entry's kind in the user's language: 'Embedding model'."""
    return translate("EntryEditor", KINDS[kind])


def text_label(key: str) -> str:
    """The label of one of the entry's text fields in the user's language: 'Source date'."""
    return translate("EntryEditor", TEXT_LABELS[key])


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
    for item, said in zip(error.errors(), problem_list(error), strict=False):
        path = said.path
        problem = problem_words(said).removeprefix("value error, ")  # a validator's own words
        key = path.removeprefix("prices.")
        if key in TEXT_LABELS:
            found.append((key, _text_problem(key, item, problem, texts)))
            continue
        label = field_text(numeric_field(key).label) if path.startswith("prices.") else path
        line = translate("EntryEditor", "{field}: {problem}")
        found.append((key, line.format(field=label, problem=translate("Problems", problem))))
    return found


def _text_problem(key: str, item: Any, problem: str, texts: dict[str, str]) -> str:
    """The line for a text field the entry refuses, in the editor's words where it has them."""
    kind, context = item["type"], item.get("ctx") or {}
    label = text_label(key)
    if kind == "string_too_short" and not texts.get(key):
        kind = "required"
    if kind == "string_pattern_mismatch" and key != "currency":
        kind = ""  # (an id that starts or ends with a space: the model's words)
    if kind in LENGTH_WORDS:
        return translate("EntryEditor", LENGTH_WORDS[kind]).format(
            field=label,
            least=context.get("min_length", 1),
            most=context.get("max_length", ""),
            text=quoted(str(item.get("input", ""))),
        )
    line = translate("EntryEditor", "{field}: {problem}")
    return line.format(field=label, problem=translate("Problems", problem))
