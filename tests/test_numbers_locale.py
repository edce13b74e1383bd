"""One parser and one formatter for the window's numbers, per locale (present/numbers.py)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from desktop_app.present.numbers import (
    PLAIN,
    NumberStyle,
    NumberTextError,
    format_number,
    localized,
    localized_prose,
    money,
    parse_number,
)

EN = PLAIN
DE = NumberStyle(",", ".")
FR = NumberStyle(",", "\u202f")  # narrow no-break space
CH = NumberStyle(".", "'")  # Qt's de_CH (CLDR has moved to ’: both are read)
STYLES = {"en_US": EN, "de_DE": DE, "fr_FR": FR, "de_CH": CH}

finite = st.floats(allow_nan=False, allow_infinity=False)


def test_the_styles_are_those_qt_gives_the_locales(qapp) -> None:
    for name, style in STYLES.items():
        locale = QLocale(name)
        assert (locale.decimalPoint(), locale.groupSeparator()) == (style.decimal, style.group)


@pytest.mark.parametrize("name", list(STYLES))
@given(value=finite)
def test_format_then_parse_gives_the_same_float(name: str, value: float) -> None:
    style = STYLES[name]
    text = format_number(value, style)
    assert parse_number(text, style) == value + 0.0
    assert "e" in text or len(text) < 40  # grouped in full, but never a wall of digits


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [
        ("50,000", EN, 50_000),
        ("0.25", EN, 0.25),
        ("1,234,567.5", EN, 1_234_567.5),
        ("1.5", EN, 1.5),
        ("2.5M", EN, 2_500_000),
        ("0.1k", EN, 100),
        ("15 %", EN, 15),
        ("1e6", EN, 1e6),
        ("−5", EN, -5),
        (".5", EN, 0.5),
        ("1,5", DE, 1.5),
        ("0,25", DE, 0.25),
        ("3.000.000", DE, 3_000_000),
        ("1.234", DE, 1234),  # well-formed grouping: 1234, as a German reads it
        ("1,5e-7", DE, 1.5e-7),
        ("1\u202f234,5", FR, 1234.5),
        ("1 234,5", FR, 1234.5),  # a plain space groups where the locale groups with one
        ("1\u00a0234,5", FR, 1234.5),
        ("1\u2019234.5", CH, 1234.5),  # the typographic apostrophe
        ("1'234.5", CH, 1234.5),
    ],
)
def test_numbers_people_type_are_read_exactly(text: str, style: NumberStyle, value: float) -> None:
    assert parse_number(text, style) == value


@pytest.mark.parametrize(
    ("text", "style", "why"),
    [
        ("0,92", EN, "groups digits"),  # never 92: every amount would be 100x off
        ("1,5", EN, "groups digits"),
        ("1,23,456", EN, "groups digits"),
        ("1.5", DE, "groups digits"),  # never 15
        ("0.25", DE, "groups digits"),  # never 25
        ("1.2345", DE, "groups digits"),
        ("1.5", FR, "write decimals with ','"),
        ("1,5", CH, "write decimals with '.'"),
        ("1e400", EN, "too large"),
        ("1e-400", EN, "too small"),
        ("", EN, "empty"),
        ("%", EN, "not a number"),
        ("-", EN, "not a number"),
        ("abc", EN, "not a number"),
        ("1..2", EN, "not a number"),
        ("1,234.5.6", EN, "groups digits"),
        ("nan", EN, "not a number"),
        ("inf", EN, "not a number"),
        ("0x10", EN, "not a number"),
    ],
)
def test_text_the_locale_cannot_read_is_refused(text: str, style: NumberStyle, why: str) -> None:
    with pytest.raises(NumberTextError, match=why):
        parse_number(text, style)


@pytest.mark.parametrize("name", list(STYLES))
@given(text=st.text(alphabet="0123456789.,' \u202f\u2019eE-+%kM", max_size=12))
def test_any_text_is_a_finite_number_or_refused(name: str, text: str) -> None:
    try:
        value = parse_number(text, STYLES[name])
    except NumberTextError as error:
        assert str(error)
    else:
        assert math.isfinite(value)


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
@given(digits=st.integers(min_value=1000, max_value=10**12), cut=st.integers(1, 3))
def test_a_misplaced_group_separator_is_refused(name: str, digits: int, cut: int) -> None:
    style = STYLES[name]
    text = f"{digits:,}".replace(",", style.group)
    head, _, tail = text.rpartition(style.group)
    wrong = f"{head}{style.group}{tail[:cut]}{style.group}{tail[cut:]}"  # a group of 1-2
    with pytest.raises(NumberTextError):
        parse_number(wrong, style)


def test_figures_use_the_locales_marks() -> None:
    assert money(101_778, "USD") == "$101,778"  # the command line's way
    assert localized("$101,778.50", DE) == "$101.778,50"
    assert localized("12,346 CHF", FR) == "12\u202f346 CHF"


def test_a_style_that_could_not_be_read_back_is_refused() -> None:
    for decimal, group in ((".", "."), ("", ","), ("1", ",")):
        with pytest.raises(ValueError):
            NumberStyle(decimal, group)


def test_numbers_in_sentences_take_the_locales_marks_and_nothing_else() -> None:
    sentence = (
        "Over 24 months: embeddings $29,914 and 310.5 h, fine-tuning 0.25; version 0.1.0, ok."
    )
    assert localized_prose(sentence, DE) == (
        "Over 24 months: embeddings $29.914 and 310,5 h, fine-tuning 0,25; version 0.1.0, ok."
    )
    assert localized_prose(sentence, EN) == sentence
