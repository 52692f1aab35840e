"""Cell converters for reading: tolerant of hand edits in Excel or LibreOffice, with Dutch messages on failure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from workshop import ids
from workshop.assumptions import GROUP
from workshop.storage.errors import CellError
from workshop.storage.excel import from_excel
from workshop.storage.layout import ELEMENT_PATTERN, Column, Kind, normalise
from workshop.storage.safety import unescape

Converter = Callable[[Any], Any]

TRUE_WORDS = frozenset({"ja", "j", "waar", "true", "yes", "y", "1", "x", "wel"})
FALSE_WORDS = frozenset({"nee", "n", "onwaar", "false", "no", "0", "niet"})
DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M",
                    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M")
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%m-%y", "%d/%m/%y")
LATEST_SERIAL = 2_958_465
"""Excel's last date (9999-12-31) as a serial number."""

_ELEMENT = re.compile(ELEMENT_PATTERN)
_ID_SPLIT = re.compile(r"[\s;,]+")


def is_blank(value: Any) -> bool:
    """Empty cells and cells holding only whitespace count as empty."""
    return value is None or (type(value) is str and not value.strip())


def shown(value: Any) -> str:
    """A cell value as quoted in a message: numbers bare, text in quotes and shortened."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        text = str(value).strip()
        return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def to_text(value: Any) -> str:
    """Any cell as text: numbers without a spurious '.0', dates as ISO, booleans as ja/nee."""
    if isinstance(value, str):
        return unescape(value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_name(value: Any) -> str:
    """Text with surrounding whitespace removed."""
    return to_text(value).strip()


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        for kind in (int, float):
            try:
                return kind(text)
            except ValueError:
                continue
    return None


def to_int(value: Any, low: int, high: int, what: str = "") -> int:
    """A whole number within [low, high]; '3', '3.0', '3,0' and 3.0 all give 3."""
    if type(value) is int and low <= value <= high:
        return value
    number = _number(value)
    if number is None or (isinstance(number, float) and not number.is_integer()):
        raise CellError(f"{shown(value)} is {what or 'geen geheel getal'}.")
    if not low <= int(number) <= high:
        raise CellError(f"{int(number)} is {what}." if what else f"{int(number)} ligt niet tussen {low} en {high}.")
    return int(number)


def to_bool(value: Any) -> bool:
    """ja/nee, WAAR/ONWAAR, TRUE/FALSE, 1/0 and real booleans."""
    if isinstance(value, bool):
        return value
    word = normalise(to_text(value))
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(f"{shown(value)} is geen ja/nee-waarde (gebruik ja of nee).")


def _date_from_text(text: str) -> dt.date | None:
    text = text.strip().split(" ")[0].split("T")[0]
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def to_date(value: Any) -> dt.date:
    """Dates as real dates, as Excel serial numbers, or as text like 2025-03-01 or 1-3-2025."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    number = None if isinstance(value, str) else _number(value)
    if number is not None and 1 <= number <= LATEST_SERIAL:
        moment: dt.datetime = from_excel(number)
        return moment.date()
    found = _date_from_text(value) if isinstance(value, str) else None
    if found is None:
        raise CellError(f"{shown(value)} is geen geldige datum (schrijf bijvoorbeeld 2025-03-01 of 1-3-2025).")
    return found


def _datetime_from_text(text: str) -> dt.datetime | None:
    text = " ".join(text.strip().replace("T", " ").split())
    for fmt in DATETIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    day = _date_from_text(text) if " " not in text else None
    return dt.datetime.combine(day, dt.time()) if day else None


def to_datetime(value: Any) -> dt.datetime:
    """A moment: a real date and time, an Excel serial number, or text like 2026-02-03 14:05 or 3-2-2026 14:05."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    number = None if isinstance(value, str) else _number(value)
    if number is not None and 1 <= number <= LATEST_SERIAL:
        moment: dt.datetime = from_excel(number)
        return moment.replace(microsecond=0)
    found = _datetime_from_text(value) if isinstance(value, str) else None
    if found is None:
        raise CellError(f"{shown(value)} is geen geldig tijdstip (schrijf bijvoorbeeld 2026-02-03 14:05).")
    return found


def to_choice(value: Any, choices: tuple[str, ...]) -> str:
    """One of a closed list of values, matched without regard to case or extra spaces."""
    wanted = normalise(to_text(value))
    for choice in choices:
        if normalise(choice) == wanted:
            return choice
    raise CellError(f"{shown(value)} is geen geldige waarde; kies uit: {', '.join(choices)}.")


def _canonical_id(kind: str, text: str) -> str | None:
    prefix = ids.FORMATS[kind][0].rstrip("-")
    match = re.fullmatch(rf"{prefix}\s*-?\s*(\d+)", text)
    if match is None:
        return None
    candidate = ids.format_id(kind, int(match.group(1)))
    return candidate if ids.is_valid(kind, candidate) else None


def id_converter(kind: str) -> Converter:
    """Ids are matched case-insensitively, and 'p-1' is read as the well-formed 'P-01'."""
    pattern = re.compile(ids.PATTERNS[kind])
    example = ids.format_id(kind, 1)

    def convert(value: Any) -> str:
        if type(value) is str and pattern.fullmatch(value):
            return value
        text = to_name(value).upper()
        if pattern.fullmatch(text):
            return text
        fixed = _canonical_id(kind, text)
        if fixed is None:
            raise CellError(f"{shown(value)} is geen geldig ID (verwacht bijvoorbeeld {example}).")
        return fixed
    return convert


def voter_converter(kind: str = "voter") -> Converter:
    """A voter: a participant id ('p-1' is read as 'P-01') or an anonymous code ('x3' is read as 'X-03');
    a scorer: a participant id or GROEP (the group's consensus)."""
    participant, anonymous = id_converter("participant"), id_converter("anonymous")
    other = "anonieme code (X-01)" if kind == "voter" else "GROEP (de hele groep)"

    def convert(value: Any) -> str:
        text = to_name(value).upper()
        if kind == "scorer" and text == GROUP:
            return GROUP
        one = anonymous if text.startswith("X") and kind == "voter" else participant
        try:
            return one(value)
        except CellError:
            raise CellError(f"{shown(value)} is geen deelnemer (P-01) of {other}.") from None
    return convert


def to_element(value: Any) -> str:
    """An element id: H (hoofdambitie), D1, B1 or a relation B1-D1."""
    text = to_name(value).upper().replace(" ", "")
    if _ELEMENT.fullmatch(text) is None:
        raise CellError(f"{shown(value)} is geen geldig element (gebruik H, D1, B1 of een relatie zoals B1-D1).")
    return text


def to_text_list(value: Any) -> list[str]:
    """One item per line; empty lines are skipped."""
    return [line.strip() for line in to_text(value).splitlines() if line.strip()]


def id_list_converter(kind: str) -> Converter:
    """Ids separated by new lines, semicolons, commas or spaces."""
    one = id_converter(kind)
    return lambda value: [one(part) for part in _ID_SPLIT.split(to_text(value)) if part]


def converter(column: Column) -> Converter:
    """The function that turns a non-blank cell of this column into a domain value."""
    low, high = column.low or 0, column.high or 0
    kinds: dict[Kind, Converter] = {
        Kind.TEXT: to_text,
        Kind.NAME: to_text,  # pydantic strips NonEmpty fields by its own (Unicode) rules
        Kind.ELEMENT: to_element,
        Kind.INT: lambda v: to_int(v, low, high),
        Kind.SCORE: lambda v: to_int(v, low, high, f"geen geldige score ({low} tot en met {high})"),
        Kind.BOOL: to_bool,
        Kind.DATE: to_date,
        Kind.DATETIME: to_datetime,
        Kind.VOTER: voter_converter(column.id_kind or "voter"),
        Kind.CHOICE: lambda v: to_choice(v, column.choices),
        Kind.TEXT_LIST: to_text_list,
    }
    if column.kind is Kind.ID:
        return id_converter(column.id_kind or "")
    if column.kind is Kind.ID_LIST:
        return id_list_converter(column.id_kind or "")
    return kinds[column.kind]
