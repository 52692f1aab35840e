"""Look and guard rails of the sheets: column widths, frozen header, Excel tables, data validation and printing."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.storage.excel import import_openpyxl

import_openpyxl()  # before any openpyxl import: keeps numpy out

from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.cell.cell import Cell  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402
from openpyxl.worksheet.filters import AutoFilter  # noqa: E402
from openpyxl.worksheet.page import PageMargins  # noqa: E402
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: E402
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo  # noqa: E402

from workshop.storage.layout import BOOL_WORDS, Column, Kind

WRAP = Alignment(wrap_text=True, vertical="top")
TABLE_STYLE = "TableStyleMedium2"
LOCKED_FILL = PatternFill("solid", fgColor="808080")
"""Grey header: a column the app maintains (ids, derived values); type only in new rows."""
HEADER_FILL = PatternFill("solid", fgColor="4F81BD")
"""The header colour of the table style, also as the cells' own fill: LibreOffice shows no table styles, and white
text on no fill would be invisible there (on screen and on paper)."""
HEADER_FONT = Font(bold=True, color="FFFFFF")
EXTRA_WIDTH = 16
LAST_ROW = 1_048_576
A4 = "9"
"""openpyxl's PAPERSIZE_A4 (Worksheet has it, the write-only sheet not)."""
PORTRAIT_WIDTH = 90
"""A sheet whose columns are together wider than this (in Excel's character widths) prints in landscape."""
MARGINS = {"left": 0.5, "right": 0.5, "top": 0.6, "bottom": 0.6, "header": 0.3, "footer": 0.3}
"""Page margins in inches: narrower than Excel's default, so that more of a wide table fits on a page."""


def header_cell(ws: WriteOnlyWorksheet, header: str, column: Column | None) -> Cell:
    """A header cell: bold white on the table colour, grey when people should not change the column."""
    cell = WriteOnlyCell(ws, header)
    cell.data_type = "s"
    cell.font = HEADER_FONT
    cell.fill = LOCKED_FILL if column is not None and not column.editable else HEADER_FILL
    return cell


def _validation(column: Column) -> DataValidation | None:
    if column.kind in (Kind.CHOICE, Kind.BOOL):
        choices = column.choices if column.kind is Kind.CHOICE else BOOL_WORDS
        return DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                              showErrorMessage=True, errorTitle="Ongeldige waarde",
                              error="Kies een waarde uit de lijst: " + ", ".join(choices) + ".")
    if column.kind in (Kind.INT, Kind.SCORE) and column.low is not None and column.high is not None:
        return DataValidation(type="whole", operator="between", formula1=str(column.low), formula2=str(column.high),
                              allow_blank=True, showErrorMessage=True, errorTitle="Ongeldig getal",
                              error=f"Vul een geheel getal in van {column.low} tot en met {column.high}.")
    return None


def declare_size(ws: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """Write the sheet's <dimension> up front; without it openpyxl's read-only reader parses each sheet twice."""
    ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    ws.calculate_dimension = lambda: ref  # read by openpyxl's WorksheetWriter.write_dimensions


def print_setup(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Print on A4 fit to the page width (as many pages down as needed), landscape when the columns are wide, and
    with the header row at the top of every page; must run before the first row is written."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    setup = ws.page_setup
    setup.fitToWidth, setup.fitToHeight, setup.paperSize = 1, 0, A4
    setup.orientation = "landscape" if sum(widths) > PORTRAIT_WIDTH else "portrait"
    ws.page_margins = PageMargins(**MARGINS)
    ws.print_title_rows = "1:1"


def prepare_sheet(ws: WriteOnlyWorksheet, columns: list[Column | None], headers: list[str], rows: int) -> None:
    """Widths, frozen header, size, validations and printing; must run before the first row is written."""
    ws.freeze_panes = "A2"
    declare_size(ws, len(headers), rows + 1)
    widths = []
    for index, (column, header) in enumerate(zip(columns, headers, strict=True), start=1):
        letter = get_column_letter(index)
        widths.append(column.width if column else max(EXTRA_WIDTH, len(header) + 2))
        ws.column_dimensions[letter].width = widths[-1]
        validation = _validation(column) if column else None
        if validation is not None:
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
            ws.data_validations.append(validation)
    print_setup(ws, widths)


def add_table(ws: WriteOnlyWorksheet, name: str, headers: list[str], rows: int, first_column: int = 1) -> None:
    """Make the block of header plus `rows` rows an Excel table (at least one data row, as Excel wants)."""
    first = get_column_letter(first_column)
    last = get_column_letter(first_column + len(headers) - 1)
    ref = f"{first}1:{last}{max(rows, 1) + 1}"
    table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    # ws.add_table() would warn that write-only tables need their columns set (done above); saves run on a
    # background thread (autosave), where warnings.catch_warnings() is not safe, so add to the list directly.
    ws.tables.add(table)
