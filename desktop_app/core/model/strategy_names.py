"""A strategy's name as people read it: the one table the window, sheet and CLI name it from.

It lives with the model's vocabulary, not in the engine (which computes with keys only), and
below the presentation layer because the advice sentences of `core/analyses` name strategies
too. `present/`, `cli/` and `gui/` import it from here.
"""

from __future__ import annotations

from desktop_app.core.i18n import translate

TITLES = {
    "embeddings": "Embeddings",
    "fine_tuning": "Fine-tuning",
    "hybrid": "Hybrid",
    "long_context": "Long context",
}
"""A strategy as headings, legends and table cells name it."""
NAMES = {key: title.lower() for key, title in TITLES.items()}
"""A strategy as a sentence names it ("fine-tuning cheaper than embeddings")."""


def title(key: str) -> str:
    """'Fine-tuning' (a heading, a legend entry, a table cell)."""
    return TITLES[key]


def name(key: str) -> str:
    """'fine-tuning' (inside a sentence)."""
    return NAMES[key]


def said_title(key: str) -> str:
    """`title(key)` in the user's language (the window; English on the command line)."""
    return translate("Strategy", TITLES[key])


def said_name(key: str) -> str:
    """`name(key)` in the user's language (the window; English on the command line)."""
    return translate("Strategy", NAMES[key])
