"""The printed sheet's HTML building blocks: escaping, numbers, plain tables, shared names."""

from __future__ import annotations

import html

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.present.numbers import localized

SERVING_NAMES = {
    "per_token": QT_TRANSLATE_NOOP("Sheet", "per token"),
    "dedicated": QT_TRANSLATE_NOOP("Sheet", "dedicated replicas"),
}
MODEL_TITLES = {
    "base_model": QT_TRANSLATE_NOOP("Field", "Base model"),
    "fine_tuned_model": QT_TRANSLATE_NOOP("Field", "Fine-tuned model"),
}
TABLE = (
    "<table width='100%' cellspacing='0' cellpadding='2' border='0.5' "
    "style='border-collapse:collapse'>"
)


def escape(text: object) -> str:
    """Text made safe inside the sheet's HTML."""
    return html.escape(str(text))


def number_text(value: float | None) -> str:
    """A number as an input shows it on the sheet (in the user's locale; None is "empty")."""
    if value is None:
        return translate("Sheet", "empty")
    if float(value).is_integer():
        return localized(f"{value:,.0f}")
    return localized(f"{value:,.6g}" if abs(value) >= 1 else f"{value:.6g}")


def table_html(
    rows: list[tuple[str, list[str]]], header: list[str], first: str = "", first_width: int = 0
) -> str:
    """A plain table: a label column (headed `first`, `first_width` % wide), then the others."""
    head = "".join(f"<th align='right'>{escape(title)}</th>" for title in header)
    body = "".join(
        f"<tr><td>{escape(label)}</td>"
        + "".join(f"<td align='right'>{escape(cell)}</td>" for cell in cells)
        + "</tr>"
        for label, cells in rows
    )
    width = f" width='{first_width}%'" if first_width else ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='0.5' "
        "style='border-collapse:collapse'>"
        f"<tr><th align='left'{width}>{escape(first)}</th>{head}</tr>{body}</table>"
    )
