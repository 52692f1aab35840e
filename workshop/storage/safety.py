"""Untrusted-file checks before any XML is parsed (zip caps, defusedxml) and the text-not-formula guard for writing."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.storage.errors import WorkbookError
from workshop.storage.excel import ERROR_CODES
from workshop.storage.layout import EXCEL_TEXT_LIMIT

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_ENTRIES = 2000
"""A workbook of ours has about 40 zip entries; thousands means something is off."""

MAX_TOTAL_SIZE = 200 * 1024 * 1024
"""Total uncompressed size of all entries, read from the zip directory."""

MAX_RATIO = 250
"""Largest compression ratio accepted for an entry bigger than RATIO_FLOOR (real sheets stay far below)."""

RATIO_FLOOR = 1024 * 1024

REQUIRED_ENTRIES = ("[Content_Types].xml", "xl/workbook.xml")

OLE_MAGIC = b"\xd0\xcf\x11\xe0"
"""Old .xls files and password-protected workbooks are OLE compound files, not zips."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""Text starting with one of these could be taken for a formula by a spreadsheet."""

_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def defusedxml_active() -> bool:
    """Whether openpyxl uses defusedxml: its own flag once imported, else the same test it makes (openpyxl.xml)."""
    module = sys.modules.get("openpyxl.xml")
    if module is not None:
        return bool(module.DEFUSEDXML)
    return importlib.util.find_spec("defusedxml") is not None and os.environ.get("OPENPYXL_DEFUSEDXML", "True") == "True"


def require_defusedxml(file: str) -> None:
    """Refuse to parse anything when openpyxl would not use defusedxml (entity bombs)."""
    if not defusedxml_active():
        raise WorkbookError.single(
            file, "kan niet veilig gelezen worden: de bibliotheek defusedxml ontbreekt. Installeer de app opnieuw."
        )


def _refuse(file: str, message: str) -> WorkbookError:
    return WorkbookError.single(file, message)


def _open_zip(path: Path, file: str) -> zipfile.ZipFile:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        if head.startswith(OLE_MAGIC):
            raise _refuse(file, "is geen .xlsx-werkmap: het is een oud .xls-bestand of een werkmap met wachtwoord. "
                                "Sla het in Excel op als .xlsx zonder wachtwoord.")
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise _refuse(file, "het bestand bestaat niet (meer).") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise _refuse(file, "is geen Excel-werkmap (.xlsx) of het bestand is beschadigd.") from None
    except OSError as exc:
        raise _refuse(file, f"kan het bestand niet lezen ({exc.strerror or exc}).") from None


def _check_entries(infos: list[zipfile.ZipInfo], file: str) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _refuse(file, f"is geen gewone Excel-werkmap: het bevat {len(infos)} onderdelen "
                            f"(meer dan {MAX_ENTRIES}).")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_SIZE:
        raise _refuse(file, f"is te groot om veilig te openen: uitgepakt {total // 2**20} MB "
                            f"(meer dan {MAX_TOTAL_SIZE // 2**20} MB).")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _refuse(file, f"is geen gewone Excel-werkmap: onderdeel '{info.filename}' is verdacht sterk "
                                "gecomprimeerd (zip-bom?).")
    names = {info.filename for info in infos}
    if not all(required in names for required in REQUIRED_ENTRIES):
        raise _refuse(file, "is geen Excel-werkmap (.xlsx): het is wel een zip-bestand, maar er zit geen werkmap in.")


def check_file(path: Path) -> None:
    """Raise WorkbookError unless `path` looks like a safe .xlsx, judged from the zip directory only."""
    file = path.name
    require_defusedxml(file)
    with _open_zip(path, file) as archive:
        _check_entries(archive.infolist(), file)


def escape(value: str) -> str:
    """Escape characters XML cannot hold (and CR, which XML would turn into LF) the OOXML way: _xHHHH_.

    An underscore that would otherwise start such an escape is itself escaped as _x005F_.
    """
    if _NEEDS_ESCAPE.search(value) is None:
        return value
    return _NEEDS_ESCAPE.sub(_escape_one, value)


def _escape_one(match: re.Match[str]) -> str:
    return f"_x{ord(match.group(0)):04X}_"


def unescape(value: str) -> str:
    """Undo `escape` (and Excel's own _xHHHH_ escapes) on text read from a cell."""
    if "_x" not in value:
        return value
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value)


def cut_to_limit(value: str) -> str:
    """The longest start of text read from a cell (with its _xHHHH_ escapes) that one Excel cell holds.

    An escape is never cut in two; what is kept stays within the limit once the writer escapes it again.
    """
    if len(value) <= EXCEL_TEXT_LIMIT:
        return value
    kept = value[:EXCEL_TEXT_LIMIT]
    start = kept.rfind("_x", EXCEL_TEXT_LIMIT - 6)
    if start != -1 and _ESCAPED.match(value, start):
        kept = kept[:start]
    return kept


def is_risky(value: str) -> bool:
    """True when a spreadsheet could read this text as a formula or an error value."""
    return value.startswith(FORMULA_TRIGGERS) or value in ERROR_CODES


def as_text(ws: WriteOnlyWorksheet, value: str) -> str | Cell:
    """The value to append for user text: escaped, and forced to a plain string cell when it looks like a formula."""
    stored = escape(value)
    if len(stored) > EXCEL_TEXT_LIMIT:
        raise ValueError(f"de tekst is {len(stored)} tekens lang; Excel past er hoogstens {EXCEL_TEXT_LIMIT} "
                         "in één cel")
    if not is_risky(value):
        return stored
    from openpyxl.cell import WriteOnlyCell  # only writing needs openpyxl; the writer has imported it already

    cell = WriteOnlyCell(ws, stored)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell
