"""Cell converters: what hand edits in Excel or LibreOffice may put in a cell, and the Dutch messages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.storage import parse, safety
from workshop.storage.errors import CellError
from workshop.storage.layout import SCORES, SESSIONS


@pytest.mark.parametrize("value", [3, 3.0, "3", "3.0", " 3 ", "3,0", "3.00"])
def test_whole_numbers_in_any_dress(value: Any) -> None:
    assert parse.to_int(value, 1, 5) == 3


@pytest.mark.parametrize(("value", "message"), [
    (7, "7 is geen geldige score (1 tot en met 5)."),
    ("hoog", "'hoog' is geen geldige score (1 tot en met 5)."),
    (3.5, "3.5 is geen geldige score (1 tot en met 5)."),
    (True, "'True' is geen geldige score (1 tot en met 5)."),
])
def test_score_messages(value: Any, message: str) -> None:
    with pytest.raises(CellError) as caught:
        parse.converter(SCORES.column("importance"))(value)
    assert str(caught.value) == message


def test_plain_int_range_message() -> None:
    with pytest.raises(CellError, match="^100 ligt niet tussen 1 en 99.$"):
        parse.converter(SESSIONS.column("number"))("100")


@pytest.mark.parametrize("value", [dt.date(2025, 3, 1), dt.datetime(2025, 3, 1, 0, 0), "2025-03-01", "1-3-2025",
                                   "01-03-2025", "1/3/2025", "1.3.2025", " 2025-03-01 00:00:00", 45717, 45717.0])
def test_dates_in_any_dress(value: Any) -> None:
    assert parse.to_date(value) == dt.date(2025, 3, 1)


@pytest.mark.parametrize("value", ["2025-13-01", "gisteren", "31-02-2025", -5])
def test_bad_dates(value: Any) -> None:
    with pytest.raises(CellError, match="geen geldige datum"):
        parse.to_date(value)


@pytest.mark.parametrize(("value", "expected"), [
    ("ja", True), ("Nee", False), ("WAAR", True), ("ONWAAR", False), ("TRUE", True), ("false", False),
    (1, True), (0, False), ("1", True), ("0", False), (True, True), (False, False), (1.0, True),
])
def test_booleans_in_any_dress(value: Any, expected: bool) -> None:
    assert parse.to_bool(value) is expected


@pytest.mark.parametrize(("value", "expected"), [("B1", "B1"), (" b1 ", "B1"), ("B01", "B01"), ("b 7", "B7")])
def test_block_ids(value: str, expected: str) -> None:
    assert parse.id_converter("block")(value) == expected


@pytest.mark.parametrize(("value", "expected"), [("p-1", "P-01"), ("P-001", "P-001"), ("P-7", "P-07"), ("P 12", "P-12")])
def test_participant_ids(value: str, expected: str) -> None:
    assert parse.id_converter("participant")(value) == expected


@pytest.mark.parametrize("value", ["B-x", "D1", "", "BB1", 12])
def test_bad_block_ids(value: Any) -> None:
    with pytest.raises(CellError, match="geen geldig ID \\(verwacht bijvoorbeeld B1\\)"):
        parse.id_converter("block")(value)


def test_choices_ignore_case_and_spaces() -> None:
    assert parse.to_choice("  Draagt   BIJ ", ("direct", "draagt bij")) == "draagt bij"
    with pytest.raises(CellError, match="kies uit: direct, draagt bij"):
        parse.to_choice("soms", ("direct", "draagt bij"))


def test_text_keeps_content_and_drops_spurious_decimals() -> None:
    assert parse.to_text(" a\nb ") == " a\nb "
    assert parse.to_text(3.0) == "3" and parse.to_text(2.5) == "2.5"
    assert parse.to_text(dt.datetime(2025, 3, 1)) == "2025-03-01"
    assert parse.to_text("regel_x000D_") == "regel\r"


def test_lists_one_item_per_line() -> None:
    assert parse.to_text_list("a\r\n b \n\n c; d ") == ["a", "b", "c; d"]
    assert parse.id_list_converter("participant")("P-01; p-2,P-03\nP-04") == ["P-01", "P-02", "P-03", "P-04"]


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_blank(value: Any) -> None:
    assert parse.is_blank(value)


@pytest.mark.parametrize("text", ["a\x00b", "c\rd", "_x0041_", "\ufffe", "e\x1ff", "_x005F_x0041_", "gewoon"])
def test_escape_round_trips(text: str) -> None:
    assert safety.unescape(safety.escape(text)) == text
    assert "\r" not in safety.escape(text)


@given(st.text())
def test_escape_round_trips_any_text(text: str) -> None:
    assert safety.unescape(safety.escape(text)) == text


@pytest.mark.parametrize(("text", "risky"), [("=1", True), ("+1", True), ("-1", True), ("@a", True), ("\tx", True),
                                              ("\rx", True), ("#REF!", True), ("a=1", False), ("ë", False)])
def test_risky_text(text: str, risky: bool) -> None:
    assert safety.is_risky(text) is risky
