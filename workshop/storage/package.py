"""The structure of an .xlsx package (sheets, shared strings, date styles) read with expat, without openpyxl."""

# Mirrors what openpyxl's read-only loader takes from these parts (reader/excel.py, reader/workbook.py,
# reader/strings.py, styles/stylesheet.py), for the workbooks Excel, LibreOffice and we ourselves write. Anything
# else (strict OOXML, a DTD, a missing part, macro sheets, ...) raises fastread.Unsupported and the caller loads
# the file with openpyxl instead. tests/.../test_storage_package.py checks both give the same RawWorkbook.

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any

from workshop.storage.excel import (
    BUILTIN_DATE_IDS, BUILTIN_TIMEDELTA_IDS, MAC_EPOCH, WINDOWS_EPOCH, is_date_format, is_timedelta_format,
)
from workshop.storage.fastread import MAIN, Context, Unsupported, feed, new_parser

TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKSHEET_REL = f"{OFFICE_RELS}/worksheet"
CHARTSHEET_REL = f"{OFFICE_RELS}/chartsheet"
STYLES_PART = "xl/styles.xml"
WORKBOOK_TYPES = tuple(f"application/vnd.{kind}.main+xml" for kind in (
    "ms-excel.template.macroEnabled", "openxmlformats-officedocument.spreadsheetml.template",
    "ms-excel.sheet.macroEnabled", "openxmlformats-officedocument.spreadsheetml.sheet"))
"""In the order openpyxl looks for them."""
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST, SI, T, R = (f"{MAIN} {tag}" for tag in ("sst", "si", "t", "r"))

Element = tuple[tuple[str, ...], dict[str, str]]
"""An element's path of names from the root, and its attributes."""


@dataclass(frozen=True)
class SheetPart:
    """A sheet in workbook order: its title and zip entry, or no entry for chart sheets (skipped)."""

    title: str
    path: str | None
    state: str = "visible"


@dataclass(frozen=True)
class Package:
    """What reading the cells needs: the sheets and the context of shared strings, date styles and epoch."""

    sheets: list[SheetPart]
    context: Context


def read_package(archive: zipfile.ZipFile) -> Package:
    """The sheets and value context of an .xlsx; Unsupported for anything this reader does not know."""
    overrides = _content_types(archive)
    workbook_part = _workbook_part(overrides)
    workbook = elements(archive, workbook_part, f"{MAIN} workbook")
    sheets = _sheet_parts(archive, workbook_part, workbook)
    strings = overrides.get(SHARED_STRINGS_TYPE, [None])[0]
    shared = [] if strings is None else read_shared_strings(archive, strings)
    dates, durations = _date_styles(elements(archive, STYLES_PART, f"{MAIN} styleSheet"))
    return Package(sheets, Context(shared, dates, durations, _epoch(workbook)))


def workbook_part(archive: zipfile.ZipFile) -> str:
    """The name of the workbook part (xl/workbook.xml in files from Excel and LibreOffice)."""
    return _workbook_part(_content_types(archive))


def read_sheet_parts(archive: zipfile.ZipFile) -> list[SheetPart]:
    """Only the sheets of an .xlsx, in workbook order (no shared strings or styles); Unsupported as read_package."""
    workbook_part = _workbook_part(_content_types(archive))
    return _sheet_parts(archive, workbook_part, elements(archive, workbook_part, f"{MAIN} workbook"))


def _content_types(archive: zipfile.ZipFile) -> dict[str, list[str]]:
    return _overrides(elements(archive, "[Content_Types].xml", f"{TYPES} Types"))


def _workbook_part(overrides: dict[str, list[str]]) -> str:
    part = next((overrides[t][0] for t in WORKBOOK_TYPES if t in overrides), None)
    if part is None:
        raise Unsupported("geen werkmap-onderdeel in [Content_Types].xml")
    return part


def _sheet_parts(archive: zipfile.ZipFile, workbook_part: str, workbook: list[Element]) -> list[SheetPart]:
    targets = _relationships(archive, workbook_part)
    names = set(archive.namelist())
    sheets = [_sheet_part(attrs, targets, names) for attrs in children(workbook, "sheets", "sheet")]
    if len({s.title for s in sheets}) != len(sheets):
        raise Unsupported("twee bladen met dezelfde naam")
    return sheets


def elements(archive: zipfile.ZipFile, part: str, root: str) -> list[Element]:
    """Every element of a small XML part with its path; Unsupported when the part or the expected root is missing."""
    if part not in archive.NameToInfo:
        raise Unsupported(f"onderdeel {part} ontbreekt")
    found: list[Element] = []
    path: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        path.append(name)
        found.append((tuple(path), attrs))

    parser = new_parser()
    parser.StartElementHandler, parser.EndElementHandler = start, lambda name: path.pop()
    with archive.open(part) as stream:
        feed(parser, stream)
    if not found or found[0][0] != (root,):
        raise Unsupported(f"onverwacht hoofdelement in {part}")
    return found


def children(found: list[Element], *names: str) -> list[dict[str, str]]:
    """Attributes of the elements at root/names... (names in the main spreadsheet namespace)."""
    wanted = tuple(f"{MAIN} {name}" for name in names)
    return [attrs for path, attrs in found if path[1:] == wanted]


def _overrides(elements: list[Element]) -> dict[str, list[str]]:
    """Content type -> its part names (without the leading slash), in file order."""
    parts: dict[str, list[str]] = {}
    for path, attrs in elements:
        if path[1:] == (f"{TYPES} Override",):
            parts.setdefault(attrs.get("ContentType", ""), []).append(attrs.get("PartName", "")[1:])
    return parts


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, zip entry) for the internal relationships of `part`."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    found: dict[str, tuple[str, str]] = {}
    for path, attrs in elements(archive, rels, f"{RELS} Relationships"):
        if path[1:] == (f"{RELS} Relationship",) and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            entry = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            found[attrs.get("Id", "")] = (attrs.get("Type", ""), entry)
    return found


def _sheet_part(attrs: dict[str, str], targets: dict[str, tuple[str, str]], names: set[str]) -> SheetPart:
    kind, entry = targets.get(attrs.get(f"{OFFICE_RELS} id", ""), ("", ""))
    if entry not in names or "name" not in attrs:
        raise Unsupported("een blad zonder onderdeel of naam")
    if kind not in (WORKSHEET_REL, CHARTSHEET_REL):
        raise Unsupported(f"onbekend soort blad: {kind}")
    return SheetPart(attrs["name"], entry if kind == WORKSHEET_REL else None, attrs.get("state", "visible"))


def _epoch(workbook: list[Element]) -> Any:
    flags = {attrs.get("date1904", "false").lower() for attrs in children(workbook, "workbookPr")}
    if not flags <= {"1", "true", "0", "false"}:
        raise Unsupported("onbekende waarde voor date1904")
    return MAC_EPOCH if flags & {"1", "true"} else WINDOWS_EPOCH


def _date_styles(styles: list[Element]) -> tuple[set[int], set[int]]:
    """Indexes of the cell styles (cellXfs) whose number format shows a date or time, and those showing a duration."""
    custom = {int(a["numFmtId"]): a.get("formatCode") for a in children(styles, "numFmts", "numFmt")}
    xfs = [int(a.get("numFmtId", "0")) for a in children(styles, "cellXfs", "xf")]
    if not xfs:
        raise Unsupported("geen celstijlen")
    dates: set[int] = set()
    durations: set[int] = set()
    for index, number in enumerate(xfs):
        known = number in custom  # a custom format wins over a built-in one with the same id, as in openpyxl
        if is_date_format(custom[number]) if known else number in BUILTIN_DATE_IDS:
            dates.add(index)
        if is_timedelta_format(custom[number]) if known else number in BUILTIN_TIMEDELTA_IDS:
            durations.add(index)
    return dates, durations


class _Strings:
    """expat handlers for sharedStrings.xml: per <si> its plain <t> followed by the <t> of its runs."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.path: list[str] = []
        self.plain: list[str] | None = None
        self.runs: list[str] = []
        self.text: list[str] | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        """An element opens: a <t> directly in <si>, or in a run of it, starts collecting."""
        path = self.path
        path.append(name)
        if self.text is not None or (len(path) == 1 and name != SST):
            raise Unsupported("onverwacht element in de gedeelde teksten")
        if name == T and (path[-2:] == [SI, T] or path[-3:] == [SI, R, T]):
            self.text = []
        elif name == SI:
            if len(path) != 2:
                raise Unsupported("<si> buiten <sst>")
            self.plain, self.runs = None, []

    def end(self, name: str) -> None:
        """An element closes: a collected text or a whole string is stored."""
        if self.text is not None and name == T:
            self._text(self.path[-2] == SI, "".join(self.text))
        elif name == SI:
            pieces = ([] if self.plain is None else self.plain) + self.runs
            self.strings.append("".join(pieces).replace("x005F_", ""))
        self.path.pop()

    def _text(self, plain: bool, text: str) -> None:
        self.text = None
        if plain and self.plain is not None:
            raise Unsupported("twee keer <t> in één <si>")
        if plain:
            self.plain = [text]
        else:
            self.runs.append(text)

    def chars(self, data: str) -> None:
        """Text, kept inside a collected <t>."""
        if self.text is not None:
            self.text.append(data)


def read_shared_strings(archive: zipfile.ZipFile, part: str) -> list[Any]:
    """The shared string table, rich text flattened and phonetic text left out, as openpyxl reads it."""
    if part not in archive.NameToInfo:
        raise Unsupported(f"onderdeel {part} ontbreekt")
    strings = _Strings()
    parser = new_parser()
    parser.StartElementHandler, parser.EndElementHandler = strings.start, strings.end
    parser.CharacterDataHandler = strings.chars
    with archive.open(part) as stream:
        feed(parser, stream)
    return strings.strings
