"""A faster row serializer for openpyxl's write-only sheets: the same XML as openpyxl, built as strings."""

# openpyxl serializes every cell through et_xmlfile's element writer, which is most of the save time for
# a large trajectory. FastWorksheetWriter.write_row writes the common cells (numbers, booleans, inline
# strings, empty styled cells) as text with the exact attributes openpyxl would give them, and hands any
# other row (formulas, dates, rich text, comments, hyperlinks, row dimensions) to openpyxl unchanged.
# tests/workshop/storage/test_storage_fastwrite.py compares both writers' sheet XML.

from __future__ import annotations

from typing import Any

from workshop.storage.excel import import_openpyxl

import_openpyxl()

from openpyxl.cell._writer import write_cell  # noqa: E402
from openpyxl.comments.comment_sheet import CommentRecord  # noqa: E402
from openpyxl.compat import safe_string  # noqa: E402
from openpyxl.worksheet._writer import WorksheetWriter  # noqa: E402

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _cell_xml(cell: Any) -> str | None:
    """The <c> element for a plain cell, or None when openpyxl must write it."""
    value, kind = cell._value, cell.data_type
    if cell._comment is not None or cell.hyperlink:
        return None
    style = f' s="{cell.style_id}"' if cell.has_style else ""
    head = f'<c r="{cell.coordinate}"{style}'
    if kind == "s" and isinstance(value, str):
        if value == "":
            return f'{head} t="inlineStr"/>'
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'{head} t="inlineStr"><is><t{space}>{value.translate(_ESCAPES)}</t></is></c>'
    if kind in ("n", "b") and (value is None or isinstance(value, (int, float))):
        if value is None:
            return f'{head} t="{kind}"/>'
        return f'{head} t="{kind}"><v>{safe_string(value)}</v></c>'
    return None


class FastWorksheetWriter(WorksheetWriter):  # type: ignore[misc]
    """WorksheetWriter that writes plain cells as text and hands every other cell to openpyxl."""

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        if self.ws.row_dimensions.get(row_idx):
            return super().write_row(xf, row, row_idx)
        parts = [f'<row r="{row_idx}">']
        for cell in row:  # openpyxl reuses one cell object for plain values: write each one as it comes
            if cell._value is None and not cell.has_style and cell._comment is None:
                continue
            xml = _cell_xml(cell)
            if xml is not None:
                parts.append(xml)
                continue
            xf._file("".join(parts))
            parts = []
            self._write_by_openpyxl(xf, cell)
        parts.append("</row>")
        xf._file("".join(parts))
        return None

    def _write_by_openpyxl(self, xf: Any, cell: Any) -> None:
        if cell._comment is not None:
            self.ws._comments.append(CommentRecord.from_cell(cell))
        write_cell(xf, self.ws, cell, cell.has_style)


def use_fast_writer(ws: Any) -> None:
    """Make a write-only worksheet use FastWorksheetWriter (call before its first append)."""
    def get_writer() -> None:
        if ws._writer is None:
            ws._writer = FastWorksheetWriter(ws)
            ws._writer.write_top()
    ws._get_writer = get_writer
