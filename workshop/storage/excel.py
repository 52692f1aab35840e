"""Excel conventions in plain Python (dates, columns, number formats), mirroring openpyxl without importing it."""

# Loading a workbook must not import openpyxl (a quarter of a second of start-up). These functions copy the
# behaviour of their openpyxl counterparts, named in each docstring; tests/.../test_storage_package.py checks
# that they agree. `import_openpyxl` is the one place the read path imports openpyxl, for the fallback.

from __future__ import annotations

from functools import lru_cache

import datetime as dt
import re
import sys
from typing import Any

WINDOWS_EPOCH = dt.datetime(1899, 12, 30)
MAC_EPOCH = dt.datetime(1904, 1, 1)
SECONDS_PER_DAY = 86400
MAX_COLUMN = 18278
ERROR_CODES = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")

BUILTIN_DATE_IDS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
"""Built-in number formats that show a date or time (openpyxl's BUILTIN_FORMATS with is_date_format)."""

BUILTIN_TIMEDELTA_IDS = frozenset({46})
"""Built-in number formats that show a duration: 46 is [h]:mm:ss."""

_STRIP = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_LETTER = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_TIMEDELTA = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)


def import_openpyxl() -> None:
    """Import openpyxl without numpy (about 0.15 s), which it only wants to accept numpy numbers we never write."""
    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        import openpyxl  # noqa: F401
    finally:
        del sys.modules["numpy"]


def from_excel(value: float, epoch: dt.datetime = WINDOWS_EPOCH, timedelta: bool = False) -> Any:
    """An Excel serial number as datetime, time or timedelta (openpyxl.utils.datetime.from_excel)."""
    if timedelta:
        return _duration(value)
    day, fraction = divmod(value, 1)
    diff = dt.timedelta(milliseconds=round(fraction * SECONDS_PER_DAY * 1000))
    if 0 <= value < 1 and diff.days == 0:
        minutes, seconds = divmod(diff.seconds, 60)
        return dt.time(minutes // 60, minutes % 60, seconds, diff.microseconds)
    if 0 < value < 60 and epoch == WINDOWS_EPOCH:
        day += 1
    return epoch + dt.timedelta(days=day) + diff


def _duration(value: float) -> dt.timedelta:
    duration = dt.timedelta(days=value)
    if duration.microseconds:  # rounded to milliseconds
        duration = dt.timedelta(seconds=duration.total_seconds() // 1, microseconds=round(duration.microseconds, -3))
    return duration


@lru_cache(maxsize=4096)
def column_index(letters: str) -> int:
    """The 1-based column number of A, B, …, XFD (openpyxl.utils.cell.column_index_from_string)."""
    index = 0
    for letter in letters.upper() if len(letters) <= 3 else "?":
        if not "A" <= letter <= "Z":
            raise ValueError(f"'{letters}' is geen geldige kolomnaam")
        index = index * 26 + ord(letter) - 64
    if not 0 < index <= MAX_COLUMN:
        raise ValueError(f"'{letters}' is geen geldige kolomnaam")
    return index


def column_letter(index: int) -> str:
    """The letters of a 1-based column number (openpyxl.utils.get_column_letter)."""
    if not 1 <= index <= MAX_COLUMN:
        raise ValueError(f"kolom {index} bestaat niet")
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_date_format(code: str | None) -> bool:
    """True when a number format shows a date or time (openpyxl.styles.numbers.is_date_format)."""
    if code is None:
        return False
    return _DATE_LETTER.search(_STRIP.sub("", code.split(";")[0])) is not None


def is_timedelta_format(code: str | None) -> bool:
    """True when a number format shows a duration such as [h]:mm (openpyxl.styles.numbers.is_timedelta_format)."""
    return code is not None and _TIMEDELTA.search(code.split(";")[0]) is not None
