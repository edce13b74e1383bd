"""Inputs named as the window names them: their labels, not their dotted paths (Qt-free).

Dotted paths ("workload.queries_per_month") stay for the command line and files; the window
says "Queries per month".
"""

from __future__ import annotations

import re
from functools import cache

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import NumericField, numeric_field, numeric_fields
from desktop_app.core.prices.currency import DisplayCurrency
from desktop_app.present.numbers import format_number

_SECTIONS = {
    "base_model": QT_TRANSLATE_NOOP("Field", "Base model"),
    "fine_tuned_model": QT_TRANSLATE_NOOP("Field", "Fine-tuned model"),
    "fine_tuning": QT_TRANSLATE_NOOP("Field", "Fine-tuning"),
    "hybrid": QT_TRANSLATE_NOOP("Field", "Hybrid"),
}
_OTHER_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "currency": QT_TRANSLATE_NOOP("Field", "Currency"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "fine_tuning.retrain_policy": QT_TRANSLATE_NOOP("Field", "Retrain policy"),
    "uncertainty": QT_TRANSLATE_NOOP("Field", "Ranges"),
}


def field_text(text: str) -> str:
    """A label, section title or unit of the field catalogue in the user's language.

    Their English texts come from the scenario model; desktop_app/present/field_texts.py lists
    them for the translators (scripts/update_translations.py writes it).
    """
    return translate("Field", text)


def field_label(path: str) -> str:
    """An input's label, with its section where two inputs share one: 'Base model: input per 1M'."""
    section, label = _label_parts(path)
    if section:
        return f"{field_text(section)}: {after_colon(label)}"
    return field_text(label)


def after_colon(label: str) -> str:
    """An English label as it reads after "Section: ", in the user's language.

    English lowercases its first letter ("Base model: input per 1M"); a translation keeps its
    own capitals (German nouns: "Basismodell: Eingabe pro 1 Mio.").
    """
    shown = field_text(label)
    if shown != label or not shown:
        return shown
    return f"{shown[0].lower()}{shown[1:]}"


def field_help(field: NumericField) -> str:
    """What an input means (its description), in the user's language."""
    return field_text(field.description)


INPUT_PRICE = QT_TRANSLATE_NOOP("NumberInput", "same as input price")
"""What an empty price of cached input (or a cache write) stands for."""
EMPTY_MEANS = {
    "market.fine_tuned_price_change_pct_per_year": QT_TRANSLATE_NOOP(
        "NumberInput", "same as the base model's"
    ),
}
"""What an empty field stands for where it is not the input price (the placeholder says it)."""


def empty_means(path: str) -> str:
    """What the empty nullable field at `path` means, in the user's language."""
    return translate("NumberInput", EMPTY_MEANS.get(path, INPUT_PRICE))


def field_tip(field: NumericField) -> str:
    """An input's tooltip: what it means, then its unit in brackets."""
    unit = field_text(field.unit) if field.unit else ""
    return f"{field_help(field)} ({unit})" if unit else field_help(field)


def unit_text(field: NumericField, currency: str) -> str:
    """A field's unit as shown: a money unit names the currency ('USD per 1M tokens')."""
    unit = field_text(field.unit) if field.unit else ""
    return f"{currency} {unit}" if field.is_money else unit


@cache
def _label_parts(path: str) -> tuple[str, str]:
    label = numeric_field(path).label
    twins = [field for field in numeric_fields() if field.label == label]
    section = path.split(".", 1)[0]
    if len(twins) > 1 and section in _SECTIONS:
        return _SECTIONS[section], label
    return "", label


@cache
def _paths_pattern() -> re.Pattern[str]:
    paths = sorted((field.path for field in numeric_fields()), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, paths)) + r")(?![\w])")


def label_of(path: str) -> str:
    """The window's name for any field path: an input's label, 'Name', 'Range' and so on."""
    if path in _OTHER_FIELDS:
        return field_text(_OTHER_FIELDS[path])
    if re.fullmatch(r"uncertainty\[\d+\](\.\w+)?", path):
        return translate("Field", "Range")
    try:
        return field_label(path)
    except KeyError:
        return path


def labelled(line: str) -> str:
    """A problem line of the model in the window's words: paths become labels.

    'workload.queries_per_month: must be >= 0' -> 'Queries per month: must be >= 0'.
    """
    head, colon, rest = line.partition(": ")
    if colon and re.fullmatch(r"[\w.\[\]]+", head):
        line = f"{label_of(head)}: {rest}"
    return _paths_pattern().sub(lambda found: field_label(found[1]), line)


_STRATEGY_TITLES = {
    "embeddings": QT_TRANSLATE_NOOP("Strategy", "Embeddings"),
    "fine_tuning": QT_TRANSLATE_NOOP("Strategy", "Fine-tuning"),
    "hybrid": QT_TRANSLATE_NOOP("Strategy", "Hybrid"),
    "long_context": QT_TRANSLATE_NOOP("Strategy", "Long context"),
}
_STRATEGY_NAMES = {
    "embeddings": QT_TRANSLATE_NOOP("Strategy", "embeddings"),
    "fine_tuning": QT_TRANSLATE_NOOP("Strategy", "fine-tuning"),
    "hybrid": QT_TRANSLATE_NOOP("Strategy", "hybrid"),
    "long_context": QT_TRANSLATE_NOOP("Strategy", "long context"),
}


def strategy_title(key: str) -> str:
    """A strategy as headings, legends and table cells name it, in the user's language."""
    return translate("Strategy", _STRATEGY_TITLES.get(key, key))


def strategy_name(key: str) -> str:
    """A strategy as a sentence names it ("fine-tuning"), in the user's language."""
    return translate("Strategy", _STRATEGY_NAMES.get(key, key))


COMPONENT_TITLES = {
    "embedding": QT_TRANSLATE_NOOP("Component", "Embedding"),
    "vector_store": QT_TRANSLATE_NOOP("Component", "Vector store"),
    "rerank": QT_TRANSLATE_NOOP("Component", "Reranker"),
    "inference": QT_TRANSLATE_NOOP("Component", "Inference"),
    "context_cache": QT_TRANSLATE_NOOP("Component", "Context cache"),
    "training": QT_TRANSLATE_NOOP("Component", "Training"),
    "evaluation": QT_TRANSLATE_NOOP("Component", "Evaluation"),
    "hosting": QT_TRANSLATE_NOOP("Component", "Hosting"),
    "engineering": QT_TRANSLATE_NOOP("Component", "Engineering"),
    "wrong_answers": QT_TRANSLATE_NOOP("Component", "Wrong answers"),
}
"""A cost component as legends, tables and the sheet name it (English), in the engine's order."""


def component_title(key: str) -> str:
    """A cost component as a legend or table names it, in the user's language ('Vector store')."""
    return translate("Component", COMPONENT_TITLES.get(key, key))


def component_name(key: str) -> str:
    """A cost component inside a sentence ('vector store'; German keeps its nouns' capitals)."""
    shown = component_title(key)
    return shown.lower() if shown == COMPONENT_TITLES.get(key) else shown


CURRENCY_NOTE = QT_TRANSLATE_NOOP("Currency", "amounts in {target} at {rate} {target} per {source}")


def currency_note(display: DisplayCurrency) -> str:
    """'amounts in EUR at 0.92 EUR per USD', in the user's language.

    The rate is written exactly as the model uses it, in the locale's marks.
    """
    return translate("Currency", CURRENCY_NOTE).format(
        target=display.target, rate=format_number(display.rate), source=display.source
    )


DISTRIBUTION_NAMES = {
    "uniform": QT_TRANSLATE_NOOP("Distribution", "uniform"),
    "triangular": QT_TRANSLATE_NOOP("Distribution", "triangular"),
    "pert": QT_TRANSLATE_NOOP("Distribution", "PERT"),
}
"""A range's distribution as a tooltip or the sheet names it (the file's word is the key)."""


def distribution_name(key: str) -> str:
    """'triangular', 'PERT' in the user's language ('dreieckig')."""
    return translate("Distribution", DISTRIBUTION_NAMES.get(key, key))
