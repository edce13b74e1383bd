"""The price catalog: dated, sourced presets for the four price roles of a scenario.

A preset fills its role's fields (e.g. every fine-tuned-model price) and the scenario records
which preset and which as-of date the prices came from. A price the source does not list is
never taken as 0: the field keeps its value and a warning says so. The bundled catalog lives in
resources/catalog/; the user's own entries (negotiated rates, imports) in the user data folder.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from desktop_app.core.appdata.paths import data_dir
from desktop_app.core.appdata.resources import resource
from desktop_app.core.appdata.safe_files import FileError, read_file
from desktop_app.core.appdata.scenario_files import deep_nesting, json_whole_number
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.numbers import TinyNumber, file_float, plain_number, whole_if_integral
from desktop_app.core.model.problems import Problem, problems, too_small_number
from desktop_app.core.model.scenario import FieldError, KindedValueError
from desktop_app.core.model.sections.base import Serving

CATALOG_FORMAT: Final = "embed-or-tune/catalog"
CATALOG_VERSION = 1
Kind = Literal["embedding", "chat", "fine_tune", "vector_store", "reranker", "prompt_cache"]
STALE_AFTER_DAYS = 183  # six months
MAX_CATALOG_BYTES = 50_000_000
"""LiteLLM's whole price map is a few megabytes; a catalog file is never near this."""
LOCK_WAIT_SECONDS = 30.0

ROLES: dict[str, tuple[Kind, str, tuple[str, ...]]] = {
    # role: (kind of entry, what the user calls it, the scenario fields it fills)
    "embedding_model": (
        "embedding",
        QT_TRANSLATE_NOOP("PriceRole", "Embedding model"),
        ("retrieval.embedding_price_per_1m", "retrieval.embedding_dimensions"),
    ),
    "base_model": (
        "chat",
        QT_TRANSLATE_NOOP("PriceRole", "Base model"),
        ("base_model.input_per_1m", "base_model.cached_input_per_1m", "base_model.output_per_1m"),
    ),
    "fine_tuned_model": (
        "fine_tune",
        QT_TRANSLATE_NOOP("PriceRole", "Fine-tuned model"),
        (
            "fine_tuned_model.input_per_1m",
            "fine_tuned_model.cached_input_per_1m",
            "fine_tuned_model.output_per_1m",
            "fine_tuned_model.training_per_1m",
            "fine_tuned_model.hosting_per_hour",
            "fine_tuned_model.monthly_fee",
        ),
    ),
    "vector_store": (
        "vector_store",
        QT_TRANSLATE_NOOP("PriceRole", "Vector store"),
        (
            "retrieval.vector_storage_per_gb_month",
            "retrieval.read_price_per_1m_units",
            "retrieval.read_units_per_query_per_gb",
            "retrieval.min_read_units_per_query",
            "retrieval.write_price_per_1m_units",
            "retrieval.write_units_per_kb",
            "retrieval.vector_store_monthly_minimum",
        ),
    ),
    "reranker": (
        "reranker",
        QT_TRANSLATE_NOOP("PriceRole", "Reranker"),
        ("retrieval.rerank_per_1k_queries",),
    ),
    "prompt_cache": (
        "prompt_cache",
        QT_TRANSLATE_NOOP("PriceRole", "Prompt cache"),
        (
            "long_context.cache_write_per_1m",
            "long_context.cache_storage_per_1m_per_hour",
            "long_context.context_window_tokens",
        ),
    ),
}
NO_CACHED_PRICE = (
    "base_model.cached_input_per_1m",
    "fine_tuned_model.cached_input_per_1m",
    "long_context.cache_write_per_1m",
)
"""Fields for which an empty price is a real answer (no cached price: the input price applies;
no cache-write premium: a miss bills at the input price)."""
EXTRA_PATHS: dict[str, tuple[str, ...]] = {
    "base_model": ("base_model.batch_discount_pct",),
    "fine_tuned_model": (
        "fine_tuned_model.training_minimum_per_run",
        "fine_tuned_model.batch_discount_pct",
        "fine_tuned_model.dedicated.replica_per_hour",
        "fine_tuned_model.dedicated.input_tokens_per_second",
        "fine_tuned_model.dedicated.output_tokens_per_second",
    ),
}
"""Terms a role's entry may also carry besides its prices (a batch discount, a minimum per run,
dedicated replicas); left out, the scenario's value stays without a word (most price lists
have no minimum, and a per-token model no replicas)."""
OPTIONAL_PATHS = ("long_context.context_window_tokens",)
"""Prices of a role an entry may leave out without a word."""
PER_TOKEN_PATHS = ("input_per_1m", "cached_input_per_1m", "output_per_1m", "batch_discount_pct")
"""Fields of a model that dedicated serving does not use (it pays replicas, not tokens)."""


class PriceSource(BaseModel):
    """Where one price of an entry comes from, when that is not the entry's own source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(min_length=3)
    source_date: str = Field(min_length=2)
    uncertain: bool = False
    assumption: bool = Field(
        False, description="A stated, editable assumption (e.g. measured throughput), not a price."
    )
    notes: str | None = None


class CatalogError(Exception):
    """A catalog file that cannot be read; `lines` say why, one problem each.

    `problems`, where the model names them with kinds, are the lines' problems (one per
    line), for the window to word them itself.
    """

    def __init__(
        self, source: str, lines: list[str], problems: list[Problem] | None = None
    ) -> None:
        self.source = source
        self.lines = lines
        self.problems = problems or []
        self.nothing_imported = False
        """The lines end in "; nothing was imported" after their problems' words."""
        self.refusals: tuple[Any, ...] = ()
        """For "nothing to import": the entries refused (`user_catalog.Refusal`), one a line."""
        super().__init__("\n".join(f"{source}: {line}" for line in lines))


_CONTROL = re.compile("[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
"""Control characters, and the invisible ones that reorder or hide text (U+202E turns
"litellm/weird\u202e" around on screen)."""


def id_problem(entry_id: str) -> str | None:
    """Why an id cannot name an entry: ids are "provider/name", never a path out of a folder."""
    parts = entry_id.split("/")
    if "\\" in entry_id or _CONTROL.search(entry_id):
        return QT_TRANSLATE_NOOP("Problems", "must not contain a backslash or control characters")
    if entry_id.startswith("/") or any(part in ("", ".", "..") for part in parts):
        return QT_TRANSLATE_NOOP(
            "Problems", 'must be "provider/name" parts without empty, "." or ".." parts'
        )
    return None


def price_type_error(path: str, price: object) -> FieldError | None:
    """Why a JSON value is not a price (text, true/false, NaN, too large), or None.

    The problem names the field at `path` and has a kind (`problems.KINDS`).
    """
    if price is None:
        return None
    if isinstance(price, bool):
        return FieldError(path, f"must be a number, got {str(price).lower()}", "number", got=price)
    if isinstance(price, int):
        if abs(price) <= 1e300:
            return None
        return FieldError(
            path, "must be a number below 1e300, got a larger one", "number_too_large"
        )
    if isinstance(price, float):
        if math.isfinite(price):
            return None
        return FieldError(path, f"must be a finite number, got {price}", "finite_number", got=price)
    if isinstance(price, str):
        return FieldError(
            path, f"must be a number, got the text {price!r}", "number_text", got=price
        )
    if isinstance(price, TinyNumber):
        tiny = too_small_number(path, price)
        return FieldError(path, tiny.text, tiny.kind, **tiny.values)
    return FieldError(path, "must be a number", "number_no_value")


def price_type_problem(price: object) -> str | None:
    """Why a JSON value is not a price (text, true/false, NaN, too large), or None."""
    error = price_type_error("", price)
    return None if error is None else error.problem


class CatalogEntry(BaseModel):
    """One price list entry with its source and the date the source vouches for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=3, max_length=200, pattern=r"^[^\s].*[^\s]$")
    kind: Kind
    provider: str = Field(min_length=1)
    name: str = Field(min_length=1)
    currency: str = Field("USD", pattern=r"^[A-Z]{3}$")
    prices: dict[str, float | None] = Field(
        description="Scenario field path -> price (None: not listed)."
    )
    source: str = Field(min_length=3, description="Where the prices come from.")
    source_date: str = Field(min_length=2, description="The date as the source gives it.")
    as_of: date | None = Field(description="Earliest date the source vouches for (None: undated).")
    uncertain: bool = False
    availability: str | None = Field(None, description="E.g. a provider closing fine-tuning.")
    closes: date | None = Field(None, description="From this day the model takes no new jobs.")
    retires: date | None = Field(None, description="From this day the model no longer serves.")
    base_retires: date | None = Field(
        None,
        description="A fine-tune's base model stops serving on this day: no new training on it.",
    )
    successor: str | None = Field(
        None, description="Id of the entry the provider names as the replacement."
    )
    serving: Serving | None = Field(
        None, description="How the preset serves the model (None: per token, as most lists)."
    )
    long_prompt_tokens: int | None = Field(
        None,
        ge=1,
        description="Above this many prompt tokens the whole request bills at a higher tier.",
    )
    price_sources: dict[str, PriceSource] = Field(
        default_factory=dict,
        description="Scenario field path -> its own source, for prices not from `source`.",
    )
    notes: str | None = None
    user: bool = Field(False, description="The user's own entry, kept in the user data folder.")

    @field_validator("id")
    @classmethod
    def _id_names_no_path(cls, value: str) -> str:
        problem = id_problem(value)
        if problem:
            raise KindedValueError(problem, "id_problem", problem=problem)
        return value

    @field_validator("prices", mode="before")
    @classmethod
    def _prices_are_numbers(cls, value: Any) -> Any:
        if isinstance(value, dict):
            for path, price in value.items():
                error = price_type_error(f"prices.{path}", price)
                if error is not None:
                    raise error
        return value

    @model_validator(mode="after")
    def _prices_fit_their_fields(self) -> CatalogEntry:
        allowed = {
            path
            for role, (kind, _, _) in ROLES.items()
            if kind == self.kind
            for path in role_paths(role)
        }
        for path, price in self.prices.items():
            where = f"prices.{path}"
            if path not in allowed:
                said = f"is not a price of a {self.kind} entry"
                raise FieldError(where, said, "not_price_of_kind", entry_kind=self.kind)
            if price is None:
                continue
            number = numeric_field(path)
            broken = number.broken_bound(price)
            if broken is not None:
                kind, bound = broken
                said = f"{number.problem(price)}, got {plain_number(price)}"
                raise FieldError(where, said, kind, bound=bound, got=price)
            if number.integer and not float(price).is_integer():
                said = f"must be a whole number, got {plain_number(price)}"
                raise FieldError(where, said, "whole_number", got=price)
        return self

    def age_days(self, today: date) -> int | None:
        """Days since the as-of date (None when undated)."""
        return None if self.as_of is None else (today - self.as_of).days


class Catalog(BaseModel):
    """A catalog file: the bundled one, the user's own, or one to import."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["embed-or-tune/catalog"] = CATALOG_FORMAT
    schema_version: Literal[1] = 1
    entries: list[CatalogEntry] = []


def earliest_date(text: str) -> date | None:
    """The earliest date a free-text source date allows: '2026-08..10' -> 2026-08-01."""
    match = re.search(r"(\d{4})(?:-(0[1-9]|1[0-2])(?!\d)(?:-([0-2]\d|3[01])(?!\d))?)?", text)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return date(int(year), int(month), int(day))


def bundled_path() -> Path:
    """The catalog shipped with the app."""
    return resource("catalog", "bundled.json")


def user_path() -> Path:
    """The user's own catalog file."""
    return data_dir() / "catalog.json"


class JsonObject(dict):
    """A JSON object as read, with the keys that appeared in it more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    found = JsonObject(pairs)
    if len(found) < len(pairs):  # only then count (a catalog has thousands of objects)
        found.duplicates = tuple(
            key for key, count in Counter(k for k, _ in pairs).items() if count > 1
        )
    return found


def duplicate_keys(value: object) -> list[str]:
    """Keys that appear twice in one object anywhere inside `value`."""
    found: list[str] = []
    if isinstance(value, dict):
        found += list(getattr(value, "duplicates", ()))
        for item in value.values():
            found += duplicate_keys(item)
    elif isinstance(value, list):
        for item in value:
            found += duplicate_keys(item)
    return found


def read_json(path: Path) -> object:
    """The JSON in a file (CatalogError when it is missing, unreadable or not a regular file).

    A byte-order mark is accepted, as in scenario files; objects are `JsonObject`s that know
    their duplicate keys, so each entry can be refused for its own.
    """
    try:
        data = read_file(path, MAX_CATALOG_BYTES, "a price file")
    except FileError as error:
        if error.errno == 2:
            raise CatalogError(str(path), ["no such file"]) from None
        raise CatalogError(str(path), [error.reason]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reason = f"is not UTF-8 text (byte {error.start} cannot be decoded)"
        raise CatalogError(str(path), [f"not a readable JSON file ({reason})"]) from None
    nesting = deep_nesting(text)  # before the parser, which would recurse without bound
    if nesting is not None:
        raise CatalogError(str(path), [nesting.text], [nesting])
    try:
        return json.loads(
            text, object_pairs_hook=_object, parse_int=json_whole_number, parse_float=file_float
        )
    except (ValueError, RecursionError) as error:
        raise CatalogError(str(path), [f"not a readable JSON file ({error})"]) from None


def check_catalog_header(path: Path, document: object) -> list[object]:
    """The entries of a catalog document whose header is ours and current (else CatalogError)."""
    source = str(path)
    if not isinstance(document, dict) or document.get("format") != CATALOG_FORMAT:
        said = "is not an Embed or Tune price catalog (format)"
        raise CatalogError(source, [said], [Problem("", said, "not_price_catalog")])
    version = whole_if_integral(document.get("schema_version"))
    if isinstance(version, int) and not isinstance(version, bool) and version > CATALOG_VERSION:
        said = (
            f"is {version}: written by a newer Embed or Tune (this one reads "
            f"up to {CATALOG_VERSION}); it was left as it is"
        )
        values = {"version": version, "current": CATALOG_VERSION}
        newer = Problem("schema_version", said, "newer_catalog", values)
        raise CatalogError(source, [str(newer)], [newer])
    if version != CATALOG_VERSION or isinstance(version, bool):
        raise CatalogError(source, [f"schema_version: must be {CATALOG_VERSION}"])
    unknown = sorted(set(document) - {"format", "schema_version", "entries"})
    if unknown:
        raise CatalogError(source, [f"{key}: unknown field" for key in unknown])
    twice = list(getattr(document, "duplicates", ()))
    if twice:
        raise CatalogError(source, [f"the key {key!r} appears twice" for key in twice])
    entries = document.get("entries", [])
    if not isinstance(entries, list):
        raise CatalogError(source, ["entries: must be a list"])
    return entries


def read_catalog(path: Path, document: object | None = None) -> Catalog:
    """A catalog file (or its already-read JSON), validated whole (else CatalogError)."""
    if document is None:
        document = read_json(path)
    check_catalog_header(path, document)
    try:
        return Catalog.model_validate(document)
    except ValidationError as error:
        raise CatalogError(str(path), problems(error)) from None


def role_title(role: str) -> str:
    """What the user calls a role ('Embedding model'), in their language; an unknown role as is."""
    return translate("PriceRole", ROLES[role][1]) if role in ROLES else role


def role_paths(role: str) -> tuple[str, ...]:
    """Every field a preset of this role may fill: its prices, then its extra terms."""
    return ROLES[role][2] + EXTRA_PATHS.get(role, ())


def role_of(path: str) -> str | None:
    """The price role a scenario field belongs to, if any."""
    for role in ROLES:
        if path in role_paths(role):
            return role
    return None
