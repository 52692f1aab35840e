"""Tests for the readable ids: formats, next ids, and telling relation keys from other dashed ids."""

import pytest

from workshop import ids


def test_next_id_continues_after_the_highest_and_skips_malformed() -> None:
    assert ids.next_id("assumption", ["A-001", "A-010", "rommel"]) == "A-011"
    assert ids.next_id("block", []) == "B1"


@pytest.mark.parametrize(("value", "expected"), [
    ("B1-D3", True), ("B11-D10", True), ("H-001", False), ("P-01", False), ("A-012", False),
    ("B1", False), ("D1-B1", False), ("", False), (None, False),
])
def test_is_relation_key_accepts_only_block_to_sub_ambition_keys(value: str | None, expected: bool) -> None:
    assert ids.is_relation_key(value) is expected


def test_relation_ends_round_trips_with_relation_key() -> None:
    assert ids.relation_ends(ids.relation_key("B7", "D2")) == ("B7", "D2")
    with pytest.raises(ValueError):
        ids.relation_ends("H-001")
