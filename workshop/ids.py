"""Readable, stable identifiers (B1, D1, A-001, ...) that people quote in spreadsheets for years."""

from __future__ import annotations

import re
from collections.abc import Iterable

PATTERNS: dict[str, str] = {
    "sub_ambition": r"D\d+",
    "block": r"B\d+",
    "sphere": r"S\d+",
    "action": r"H-\d{3,}",
    "participant": r"P-\d{2,}",
    "voting_round": r"V-\d{2,}",
    "assumption": r"A-\d{3,}",
    "anonymous": r"X-\d{2,}",
    "voter": r"P-\d{2,}|X-\d{2,}",
    "scorer": r"P-\d{2,}|GROEP",
    "suggestion": r"S-\d{3,}",
    "step": r"W-\d{2,}",
}
FORMATS: dict[str, tuple[str, int]] = {
    "sub_ambition": ("D", 0),
    "block": ("B", 0),
    "sphere": ("S", 0),
    "action": ("H-", 3),
    "participant": ("P-", 2),
    "voting_round": ("V-", 2),
    "assumption": ("A-", 3),
    "anonymous": ("X-", 2),
    "step": ("W-", 2),
}


def is_valid(kind: str, value: str) -> bool:
    """True when value is a well-formed id of the given kind."""
    return re.fullmatch(PATTERNS[kind], value) is not None


def number_of(value: str) -> int:
    """The numeric part of an id such as 'A-012' -> 12."""
    match = re.search(r"(\d+)$", value)
    return int(match.group(1)) if match else 0


def format_id(kind: str, number: int) -> str:
    """Render id number `number` of `kind`, e.g. ('assumption', 7) -> 'A-007'."""
    prefix, width = FORMATS[kind]
    return f"{prefix}{number:0{width}d}" if width else f"{prefix}{number}"


def next_id(kind: str, existing: Iterable[str]) -> str:
    """The next free id after the highest existing one; ids are never reused within a document."""
    highest = max((number_of(v) for v in existing if is_valid(kind, v)), default=0)
    return format_id(kind, highest + 1)


def relation_key(block_id: str, sub_ambition_id: str) -> str:
    """The readable key of a relation, e.g. 'B1-D3'."""
    return f"{block_id}-{sub_ambition_id}"


RELATION_KEY = re.compile(r"(B\d+)-(D\d+)")


def is_relation_key(value: str | None) -> bool:
    """True for a relation key such as 'B1-D3' (not for other ids with a dash, such as 'H-001')."""
    return value is not None and RELATION_KEY.fullmatch(value) is not None


def relation_ends(key: str) -> tuple[str, str]:
    """The bouwsteen and deelambitie of a relation key: 'B1-D3' -> ('B1', 'D3'); ValueError otherwise."""
    match = RELATION_KEY.fullmatch(key)
    if match is None:
        raise ValueError(f"geen relatiesleutel: {key!r}")
    return match.group(1), match.group(2)


def sort_key(value: str) -> tuple[str, int, str]:
    """Natural ordering for ids: B2 before B10."""
    match = re.match(r"^(\D*)(\d*)(.*)$", value)
    assert match is not None
    prefix, digits, rest = match.groups()
    return (prefix, int(digits) if digits else -1, rest)


def anchored(kind: str) -> str:
    """The pattern of an id kind, anchored for a pydantic field (pydantic matches patterns anywhere in a text)."""
    return rf"^(?:{PATTERNS[kind]})$"
