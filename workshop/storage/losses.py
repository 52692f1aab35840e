"""What a save would drop of the person's own sheets and columns, read from the sheet XML with expat.

The writer keeps the cell values of own sheets (formulas included) and the values of own columns on the data sheets
(writer.extra_sheet, writer.extra_value), nothing else. This module finds what else is there: formatting, merged
cells, charts, comments, validation, links, tables, protection, and on own columns formulas.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from workshop.storage.cellstyles import formatted_styles, local, truth
from workshop.storage.excel import column_index
from workshop.storage.fastread import CELL, DIGITS, FORMULA, ROW, feed, new_parser
from workshop.storage.package import read_sheet_parts, workbook_part

WHOLE_SHEET = ""
"""The key of what is found on an own sheet as a whole."""


class Loss(Enum):
    """Something a save drops, as a Dutch phrase, and whether that phrase is plural."""

    FORMATTING = ("de opmaak", False)
    MERGED = ("de samengevoegde cellen", True)
    FORMULAS = ("de formules", True)
    DRAWINGS = ("de grafieken of afbeeldingen", True)
    COMMENTS = ("de opmerkingen bij cellen", True)
    VALIDATION = ("de gegevensvalidatie", False)
    LINKS = ("de hyperlinks", True)
    TABLES = ("de Excel-tabellen", True)
    FILTERS = ("de filters", True)
    PROTECTION = ("de beveiliging", False)
    NAMES = ("de namen voor cellen en bereiken (formules die ze gebruiken geven dan #NAAM?)", True)


SHEET_FEATURES = {
    "mergeCell": Loss.MERGED, "conditionalFormatting": Loss.FORMATTING, "tabColor": Loss.FORMATTING,
    "pane": Loss.FORMATTING, "drawing": Loss.DRAWINGS, "picture": Loss.DRAWINGS, "oleObject": Loss.DRAWINGS,
    "control": Loss.DRAWINGS, "sparklineGroup": Loss.DRAWINGS, "legacyDrawing": Loss.COMMENTS,
    "dataValidation": Loss.VALIDATION, "hyperlink": Loss.LINKS, "tablePart": Loss.TABLES,
    "autoFilter": Loss.FILTERS, "sheetProtection": Loss.PROTECTION,
}
"""Elements of an own sheet (by local name, in any namespace) that the writer does not write."""


@dataclass(frozen=True)
class ColumnScan:
    """Own columns of one data sheet to look at: the sheet's title in the file, its header row, column -> header."""

    title: str
    header_row: int
    headers: dict[int, str]


@dataclass
class Findings:
    """Per own sheet what a save drops, the own sheets that are hidden, and per data sheet per own column."""

    sheets: dict[str, set[Loss]] = field(default_factory=dict)
    hidden: list[str] = field(default_factory=list)
    columns: dict[str, dict[str, set[Loss]]] = field(default_factory=dict)


def _on(attrs: dict[str, str], *keys: str) -> bool:
    """True when any of the boolean attributes is set."""
    return any(truth(attrs.get(key)) == "true" for key in keys)


class _Scan:
    """expat handlers noting what a save drops: on a whole own sheet (`headers` None) or in own columns."""

    def __init__(self, formatted: frozenset[int], headers: dict[int, str] | None, header_row: int = 0) -> None:
        self.formatted, self.headers, self.header_row = formatted, headers, header_row
        self.found: dict[str, set[Loss]] = {}
        self.row = self.column = 0
        self.cell: str | None = None

    def add(self, key: str, loss: Loss) -> None:
        """Note a loss for a column header, or for the whole sheet."""
        self.found.setdefault(key, set()).add(loss)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        """An element opens."""
        if name == CELL:
            self._cell(attrs)
        elif name == ROW:
            self._row(attrs)
        elif name == FORMULA:
            if self.cell is not None and self.headers is not None:
                self.add(self.cell, Loss.FORMULAS)
        elif self.headers is None:
            self._feature(local(name), attrs)

    def _styled(self, style: str | None) -> bool:
        return style is not None and int(style) in self.formatted

    def _cell(self, attrs: dict[str, str]) -> None:
        ref = attrs.get("r")
        self.column = column_index(ref.rstrip(DIGITS)) if ref else self.column + 1
        if self.headers is None:
            self.cell = WHOLE_SHEET
        else:
            self.cell = self.headers.get(self.column) if self.row > self.header_row else None
        if self.cell is not None and self._styled(attrs.get("s")):
            self.add(self.cell, Loss.FORMATTING)

    def _row(self, attrs: dict[str, str]) -> None:
        ref = attrs.get("r")
        self.row, self.column = (int(float(ref)) if ref else self.row + 1), 0
        styled = _on(attrs, "customFormat") and self._styled(attrs.get("s"))
        if self.headers is None and (styled or _on(attrs, "customHeight", "hidden")):
            self.add(WHOLE_SHEET, Loss.FORMATTING)

    def _feature(self, name: str, attrs: dict[str, str]) -> None:
        loss = SHEET_FEATURES.get(name)
        if name == "col" and (self._styled(attrs.get("style")) or _on(attrs, "customWidth", "hidden")):
            loss = Loss.FORMATTING
        if loss is not None:
            self.add(WHOLE_SHEET, loss)


def _scan(archive: zipfile.ZipFile, part: str | None, scan: _Scan) -> dict[str, set[Loss]]:
    if part is None:
        raise KeyError("geen werkblad")
    parser = new_parser()
    parser.StartElementHandler = scan.start  # a formula <f> only occurs in a cell: no need to see cells close
    with archive.open(part) as stream:
        feed(parser, stream)
    return scan.found


def defined_names(archive: zipfile.ZipFile) -> list[str]:
    """What every name the person defined refers to, e.g. "'Mijn notities'!$A$1:$B$4".

    Excel's own names (_xlnm.*: filters, print areas) are left out: they come with features reported anyway.
    """
    found: list[str] = []
    inside = [False]
    parser = new_parser()

    def start(name: str, attrs: dict[str, str]) -> None:
        inside[0] = local(name) == "definedName" and not attrs.get("name", "").startswith("_xlnm.")
        if inside[0]:
            found.append("")

    def text(data: str) -> None:
        if inside[0]:
            found[-1] += data

    parser.StartElementHandler, parser.CharacterDataHandler = start, text
    parser.EndElementHandler = lambda _name: inside.__setitem__(0, False)
    with archive.open(workbook_part(archive)) as stream:
        feed(parser, stream)
    return found


def _named(title: str, references: list[str]) -> bool:
    """True when a defined name points into the sheet with this title (quoted or not)."""
    quoted = "'" + title.replace("'", "''") + "'!"
    return any(quoted in ref or f"{title}!" in ref for ref in references)


def find_losses(path: Path, own: list[str], columns: dict[str, ColumnScan]) -> Findings:
    """What a save drops of the own sheets (by title) and of own columns (by data sheet); raises when unsure."""
    findings = Findings()
    with zipfile.ZipFile(path) as archive:
        parts = {part.title: part for part in read_sheet_parts(archive)}
        formatted, names = formatted_styles(archive), defined_names(archive)
        for title in own:
            found = _scan(archive, parts[title].path, _Scan(formatted, None))
            findings.sheets[title] = found.get(WHOLE_SHEET, set()) | ({Loss.NAMES} if _named(title, names) else set())
            if parts[title].state != "visible":
                findings.hidden.append(title)
        for name, wanted in columns.items():
            scan = _Scan(formatted, wanted.headers, wanted.header_row)
            findings.columns[name] = _scan(archive, parts[wanted.title].path, scan)
    return findings
