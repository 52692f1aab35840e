"""Fast values-only reading of worksheet XML with expat handlers, refusing any DTD, as defusedxml does."""

# openpyxl builds an element per XML node through defusedxml's pure-Python parser: safe, but it is most of the
# load time. Here expat streams the sheet into plain values with the value rules of openpyxl's read-only reader
# (data_only). A sheet with a DTD, or openpyxl internals not as expected, raises Unsupported, and the caller
# reads that sheet with openpyxl (and so with defusedxml) instead. tests/.../test_storage_fastread.py checks
# that both readers give the same values. Two things are noted on the way, for the load to report: formulas
# (a formula without a computed value reads as its own text, '=1+1', rather than as an empty cell) and texts over
# Excel's cell limit (cut to what a cell holds).

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import IO, Any, NoReturn
from xml.parsers import expat

from workshop.storage.excel import column_index, column_letter, from_excel, import_openpyxl
from workshop.storage.layout import EXCEL_TEXT_LIMIT
from workshop.storage.safety import cut_to_limit, unescape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROW, CELL, VALUE, INLINE, TEXT, PHONETIC, FORMULA = (
    f"{MAIN} {tag}" for tag in ("row", "c", "v", "is", "t", "rPh", "f"))
WORKSHEET = f"{MAIN} worksheet"
CHUNK_SIZE = 256 * 1024
DIGITS = "0123456789"

Row = tuple[int, tuple[Any, ...]]


class Unsupported(Exception):
    """The fast path does not apply to this part; read it with openpyxl."""


@dataclass(frozen=True)
class FormulaCell:
    """A cell holding a formula: its text ('=1+1'; '' when the file gives none) and whether it has a computed value.

    With a computed value the cell reads as that value; without one, as the formula's text.
    """

    row: int
    column: int
    text: str
    cached: bool


@dataclass(frozen=True)
class LongText:
    """A text longer than one Excel cell holds: its length in characters and how many of them are kept."""

    row: int
    column: int
    length: int
    kept: int


Finding = FormulaCell | LongText


@dataclass
class Cells:
    """One sheet's rows (Excel row number, values) and what was noted in its cells, in reading order."""

    rows: list[Row]
    findings: list[Finding]


def formula_value(value: Any, text: str) -> Any:
    """What a formula cell reads as: its computed value, or without one its own text (when there is any)."""
    return text or None if value is None else value


def long_text(row: int, column: int, value: str) -> tuple[str, LongText]:
    """A text over the cell limit cut to what a cell holds, and the note saying so."""
    kept = cut_to_limit(value)
    return kept, LongText(row, column, len(unescape(value)), len(unescape(kept)))


@dataclass(frozen=True)
class Context:
    """What cell values depend on beyond the sheet: shared strings, date styles and the date epoch."""

    shared: list[Any]
    dates: Any
    durations: Any
    epoch: dt.datetime


def context_of(workbook: Any, ws: Any) -> Context | None:
    """The context of a sheet of an openpyxl read-only workbook, or None when openpyxl is not as expected."""
    try:
        return Context(ws._shared_strings, workbook._date_formats, workbook._timedelta_formats, workbook.epoch)
    except AttributeError:
        return None


def _number(text: str, style: str | None, context: Context) -> Any:
    number: Any = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
    if style and int(style) in context.dates:
        try:
            return from_excel(number, context.epoch, timedelta=int(style) in context.durations)
        except (OverflowError, ValueError):
            return "#VALUE!"
    return number


def convert(kind: str, text: str, style: str | None, context: Context) -> Any:
    """A cell's value from its type attribute and text, by the rules of openpyxl's read-only reader (data_only)."""
    if kind == "inlineStr":
        return text
    if not text:
        return None
    if kind == "n":
        return _number(text, style, context)
    if kind == "s":
        return context.shared[int(text)]
    if kind == "b":
        return bool(int(text))
    if kind == "d":
        return _from_iso8601(text)
    return text


def translator(formula: str, coordinate: str) -> Any:
    """openpyxl's Translator, which moves a shared formula from its first cell to the others."""
    import_openpyxl()  # shared formulas are rare in the files we see (Excel writes them for filled-down columns)
    from openpyxl.formula.translate import Translator

    return Translator(formula, coordinate)


def _from_iso8601(text: str) -> Any:
    import_openpyxl()  # ISO dates in cells are rare (Excel writes serial numbers): openpyxl's parser is used
    from openpyxl.utils.datetime import from_ISO8601

    return from_ISO8601(text)


class _Sheet:
    """expat handlers that collect (row number, values), and the formulas and long texts, as the sheet streams by."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.rows: list[Row] = []
        self.values: list[Any] = []
        self.number = self.column = 0
        self.kind: str = "n"
        self.style: str | None = None
        self.text: list[str] = []
        self.collecting = self.inline = self.phonetic = False
        self.formula: dict[str, str] | None = None
        """The attributes of the current cell's formula, with its text under '' (None: no formula)."""
        self.findings: list[Finding] = []
        self.shared_formulas: dict[str, Any] = {}

    def start(self, name: str, attrs: dict[str, str]) -> None:
        """An element opens."""
        if name == CELL:
            ref = attrs.get("r")
            self.column = column_index(ref.rstrip(DIGITS)) if ref else self.column + 1
            self.kind, self.style, self.text = attrs.get("t", "n"), attrs.get("s"), []
        elif name == VALUE or (name == TEXT and self.inline and not self.phonetic):
            self.collecting = True
        elif name == ROW:
            ref = attrs.get("r")
            self.number = int(float(ref)) if ref else self.number + 1
            self.values, self.column = [], 0
        elif name == INLINE:
            self.inline = True
        elif name == PHONETIC:
            self.phonetic = True
        elif name == FORMULA:
            self.formula, self.collecting = dict(attrs), True

    def end(self, name: str) -> None:
        """An element closes: a finished cell or row is stored."""
        if name in (VALUE, TEXT):
            self.collecting = False
        elif name == CELL:
            self._cell()
        elif name == ROW:
            if self.values:
                self.rows.append((self.number, tuple(self.values)))
        elif name == INLINE:
            self.inline = False
        elif name == PHONETIC:
            self.phonetic = False
        elif name == FORMULA and self.formula is not None:
            self.formula[""], self.text, self.collecting = "".join(self.text), [], False

    def chars(self, data: str) -> None:
        """Text inside the element, kept while inside a value or inline text."""
        if self.collecting:
            self.text.append(data)

    def _cell(self) -> None:
        if self.formula is not None:
            self._store(self._formula_value())
            return
        inline = self.kind == "inlineStr"
        if not self.text and not inline:
            return
        self._store(convert(self.kind, "".join(self.text), self.style, self.context))

    def _store(self, value: Any) -> None:
        values = self.values
        if value is None or self.column <= len(values):
            return
        if type(value) is str and len(value) > EXCEL_TEXT_LIMIT:
            value, note = long_text(self.number, self.column, value)
            self.findings.append(note)
        values.extend([None] * (self.column - 1 - len(values)))
        values.append(value)

    def _formula_value(self) -> Any:
        inline = self.kind == "inlineStr"
        value = convert(self.kind, "".join(self.text), self.style, self.context) if self.text or inline else None
        text = self._formula_text()
        self.findings.append(FormulaCell(self.number, self.column, text, value is not None))
        return formula_value(value, text)

    def _formula_text(self) -> str:
        """The formula as openpyxl gives it: '=' + its text, a shared formula moved to this cell."""
        assert self.formula is not None
        attrs, self.formula = self.formula, None
        text = "=" + attrs.get("", "")
        kind, coordinate = attrs.get("t"), f"{column_letter(self.column)}{self.number}"
        if kind == "dataTable":
            return ""
        if kind == "shared" and (index := attrs.get("si", "")) in self.shared_formulas:
            text = self.shared_formulas[index].translate_formula(coordinate)
        elif kind == "shared" and text != "=":
            self.shared_formulas[index] = translator(text, coordinate)
        return "" if text == "=" else text


def _refuse(*args: object) -> NoReturn:
    raise Unsupported("DTD of entiteiten")


def new_parser() -> Any:
    """An expat parser with namespaces as 'uri name' that raises Unsupported on any DTD or entity declaration."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = parser.UnparsedEntityDeclHandler = _refuse
    return parser


def feed(parser: Any, stream: IO[bytes]) -> None:
    """Parse a whole stream in chunks."""
    while chunk := stream.read(CHUNK_SIZE):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def read_cells(stream: IO[bytes], context: Context) -> Cells:
    """(Excel row number, values) for every row with at least one value, and the formulas and over-long texts found;
    Unsupported when there is a DTD."""
    sheet = _Sheet(context)
    parser = new_parser()
    parser.StartElementHandler, parser.EndElementHandler = sheet.start, sheet.end
    parser.CharacterDataHandler = sheet.chars
    feed(parser, stream)
    return Cells(sheet.rows, sheet.findings)


class _Found(Exception):
    """Stops parsing at the root element."""


def root_of(stream: IO[bytes]) -> str:
    """The name ('uri name') of the root element, from the start of the part; Unsupported on a DTD or no root."""
    def start(name: str, attrs: dict[str, str]) -> NoReturn:
        raise _Found(name)
    parser = new_parser()
    parser.StartElementHandler = start
    try:
        while chunk := stream.read(4096):
            parser.Parse(chunk, False)
    except _Found as found:
        return str(found.args[0])
    raise Unsupported("geen hoofdelement")
