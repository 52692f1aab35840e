"""The derived sheets: vote tallies on Resultaten and assumption statistics on Resultaten aannames, each one table
from A1 with its charts below it, laid out so that printing cuts no chart; a round not yet revealed shows no numbers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import Any

from workshop.storage.excel import import_openpyxl

import_openpyxl()  # before any openpyxl import: keeps numpy out

from openpyxl import Workbook  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.cell.cell import Cell  # noqa: E402
from openpyxl.chart import BarChart, Reference, ScatterChart, Series  # noqa: E402
from openpyxl.chart._chart import ChartBase  # noqa: E402
from openpyxl.chart.data_source import NumFmt  # noqa: E402
from openpyxl.chart.label import DataLabelList  # noqa: E402
from openpyxl.chart.series import XYSeries  # noqa: E402
from openpyxl.chart.shapes import GraphicalProperties  # noqa: E402
from openpyxl.drawing.line import LineProperties  # noqa: E402
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor  # noqa: E402
from openpyxl.styles import Alignment  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402
from openpyxl.xml.functions import Element, SubElement  # noqa: E402

from workshop.assumptions import QUADRANT_ACTIONS, AssumptionStats, all_stats
from workshop.storage.layout import RESULTS_SHEET, STATS_HEADERS, STATS_SHEET, TALLY_HEADERS
from workshop.storage.safety import as_text
from workshop.storage.style import add_table, declare_size, header_cell, print_setup
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, VoteOption, tally

Pending = tuple[WriteOnlyWorksheet, list[Sequence[Any]]]
"""A sheet created and set up, with every row built but none written yet (as in writer.py)."""
MapGroup = tuple[int, int, list[str]]
"""One revealed scoring round on the map: its number, its first row on the sheet and its assumptions in row order."""

STATUS, ROUND_TITLE = "Status", "Titel ronde"
TALLY_COLUMNS = (*TALLY_HEADERS, STATUS)
"""The columns of tblStemresultaten: the layout's, then the status of the round (its numbers only once revealed)."""
STATS_COLUMNS = (*STATS_HEADERS, ROUND_TITLE, STATUS)
"""The columns of tblAannamestatistiek: the layout's, then the title and status of the scoring round."""
WIDTHS = {"Stemronde": 11, "Vraag": 40, "Code": 8, "Optie": 30, "Stippen": 9, "Deelnemers": 11, "Aandeel": 9,
          "Aanname": 10, "Ronde": 8, "Kwadrant": 24, "Onenigheid": 11, ROUND_TITLE: 24, STATUS: 11}
"""Column widths of the derived tables by header; other columns are 11 wide, their headers wrap."""
OTHER_WIDTH = 11
HEADER_WRAP = Alignment(wrap_text=True, vertical="top")
TWO_LINES = 30
PAGE_ROWS = 30
"""Rows a printed page surely holds below its repeated header row: landscape A4 within style.MARGINS holds 33 rows
of Excel's 15 points at full size (LibreOffice's rows are lower, and fitting to the width only makes rows smaller)."""
BAR_ROWS = (10, 6, 1.5)
"""Rows of a bar chart: at least 10, else 6 for title and axis plus 1.5 per option (never more than a page)."""
MAX_BAR_CHARTS = 20
"""Only the most recent rounds get a chart of their own; the table always has every round."""
BAR_COLOUR = "0072B2"
TITLE_LENGTH = 90
MARKERS = (("circle", "0072B2"), ("diamond", "D55E00"), ("triangle", "009E73"), ("square", "CC79A7"),
           ("star", "E69F00"), ("x", "56B4E9"))
"""Per scoring round a marker shape and an Okabe-Ito colour, so rounds differ by shape as well as colour."""
QUADRANT_COLOUR, GRID_COLOUR = "404040", "D9D9D9"
DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _text(ws: WriteOnlyWorksheet, value: str) -> Any:
    return as_text(ws, value) if value else None


def _number(ws: WriteOnlyWorksheet, value: float, fmt: str) -> Cell:
    cell = WriteOnlyCell(ws, value)
    cell.number_format = fmt
    return cell


def _option_label(t: Trajectory, option: VoteOption) -> str:
    return option.label or t.theory.element_label(option.element_id or "") or option.code


def tally_rows(ws: WriteOnlyWorksheet, t: Trajectory) -> list[list[Any]]:
    """One row per option per round: round, question, code, label, dots, voters, share and status; a round not yet
    revealed has its options in their own order and no numbers."""
    rows = []
    for voting_round in t.voting_rounds:
        head = [voting_round.id, _text(ws, voting_round.question)]
        status = voting_round.status.value
        if voting_round.status is not RoundStatus.REVEALED:
            rows += [[*head, _text(ws, o.code), _text(ws, _option_label(t, o)), None, None, None, status]
                     for o in voting_round.options]
            continue
        options = {o.code: o for o in voting_round.options}
        rows += [[*head, _text(ws, row.code), _text(ws, _option_label(t, options[row.code])), row.dots, row.voters,
                  _number(ws, row.share, "0%"), status] for row in tally(voting_round, t.votes)]
    return rows


def ordered_stats(t: Trajectory) -> list[AssumptionStats]:
    """Statistics grouped by scoring round (so each round is one block of rows), assumptions in order."""
    return sorted(all_stats(t.assumptions, t.scores), key=lambda s: s.round)


def stats_row(ws: WriteOnlyWorksheet, s: AssumptionStats, title: str, status: str) -> list[Any]:
    """One row of the statistics table, of a revealed round."""
    means = [s.importance_mean, s.importance_median, s.importance_spread,
             s.certainty_mean, s.certainty_median, s.certainty_spread]
    return [s.assumption_id, s.round, s.count, *(_number(ws, m, "0.00") for m in means),
            QUADRANT_ACTIONS[s.quadrant], "ja" if s.dissent else "nee", _text(ws, title), status]


def _scoring_round(t: Trajectory, number: int) -> tuple[str, RoundStatus]:
    """Title and status of a scoring round (a round without a record, from an old workbook, counts as revealed)."""
    record = t.scoring_round(number)
    return (record.title, record.status) if record else ("", RoundStatus.REVEALED)


def _unrevealed_ids(t: Trajectory, number: int) -> list[str]:
    """The assumptions a round not yet revealed covers or has scores for, in assumption order."""
    record = t.scoring_round(number)
    wanted = set(record.assumption_ids if record else ()) | {s.assumption_id for s in t.scores if s.round == number}
    return [a.id for a in t.assumptions if a.id in wanted]


def stats_rows(ws: WriteOnlyWorksheet, t: Trajectory) -> tuple[list[list[Any]], list[MapGroup]]:
    """The rows of the statistics table by round (a round not yet revealed without numbers), and the map's groups."""
    by_round: dict[int, list[AssumptionStats]] = {}
    for s in ordered_stats(t):
        by_round.setdefault(s.round, []).append(s)
    rows: list[list[Any]] = []
    groups: list[MapGroup] = []
    for number in sorted(set(by_round) | {r.number for r in t.scoring_rounds}):
        title, status = _scoring_round(t, number)
        if status is not RoundStatus.REVEALED:
            blank = [None] * (len(STATS_HEADERS) - 2)
            rows += [[aid, number, *blank, _text(ws, title), status.value] for aid in _unrevealed_ids(t, number)]
        elif stats := by_round.get(number, []):
            groups.append((number, len(rows) + 2, [s.assumption_id for s in stats]))
            rows += [stats_row(ws, s, title, status.value) for s in stats]
    return rows, groups


def _headers(ws: WriteOnlyWorksheet, headers: Sequence[str]) -> list[Cell]:
    """The header row; headers wider than their column wrap, in a row of two lines."""
    cells = [header_cell(ws, h, None) for h in headers]
    for cell, header in zip(cells, headers, strict=True):
        if header not in WIDTHS:
            cell.alignment = HEADER_WRAP
            ws.row_dimensions[1].height = TWO_LINES
    return cells


def _set_up(ws: WriteOnlyWorksheet, table: str, headers: Sequence[str], size: int) -> None:
    """One Excel table of `size` rows from A1, frozen header, widths, and printing fit to the page width."""
    ws.freeze_panes = "A2"
    widths = [WIDTHS.get(header, OTHER_WIDTH) for header in headers]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    declare_size(ws, len(headers), size + 1)
    add_table(ws, table, list(headers), size)
    print_setup(ws, widths)


class Placer:
    """Puts charts below a table, each as wide as the table, with a page break wherever the next would not fit."""

    def __init__(self, ws: WriteOnlyWorksheet, rows: int, columns: int) -> None:
        self.ws, self.columns = ws, columns
        last = max(rows, 1) + 1  # the table's last row (Excel tables have at least one data row)
        self.row, self.used = last + 2, last + 1
        if self.used > PAGE_ROWS:
            self._break()

    def _break(self) -> None:
        self.ws.row_breaks.append(Break(id=self.row - 1))  # a page break below row `id`
        self.used = 0

    def place(self, chart: ChartBase, rows: int) -> None:
        """Anchor the chart over `rows` rows below what is placed already."""
        rows = min(rows, PAGE_ROWS)
        if self.used + rows > PAGE_ROWS:
            self._break()
        top = self.row - 1  # anchors count rows from 0
        chart.anchor = TwoCellAnchor(_from=AnchorMarker(col=0, row=top),
                                     to=AnchorMarker(col=self.columns, row=top + rows))
        self.ws.add_chart(chart)
        self.row += rows + 1
        self.used += rows + 1


def _blocks(tallies: list[list[Any]]) -> Iterator[tuple[str, int, int]]:
    """Per round its id and its first and last row on the sheet."""
    row = 2
    for round_id, group in groupby(tallies, key=lambda r: r[0]):
        size = len(list(group))
        yield round_id, row, row + size - 1
        row += size


def _title(round_id: str, question: str) -> str:
    title = f"{round_id}: {' '.join(question.split())}"
    return title if len(title) <= TITLE_LENGTH else title[:TITLE_LENGTH - 1] + "…"


def bar_chart(ws: WriteOnlyWorksheet, title: str, first: int, last: int) -> BarChart:
    """Horizontal bars of one round, most dots on top, every bar named and its dots written next to it."""
    chart = BarChart()
    chart.type, chart.style, chart.legend, chart.gapWidth, chart.title = "bar", 10, None, 60, title
    chart.add_data(Reference(ws, min_col=TALLY_HEADERS.index("Stippen") + 1, min_row=first, max_row=last))
    chart.set_categories(Reference(ws, min_col=TALLY_HEADERS.index("Optie") + 1, min_row=first, max_row=last))
    categories, values = chart.x_axis, chart.y_axis
    categories.delete = values.delete = False
    categories.tickLblSkip = categories.tickMarkSkip = 1  # else Excel and LibreOffice skip labels when crowded
    categories.scaling.orientation = "maxMin"  # the first row (most dots) at the top, as in the table
    values.crosses, values.scaling.min, values.majorGridlines = "max", 0, None  # keeps the value axis at the bottom
    series = chart.series[0]
    series.graphicalProperties.solidFill = series.graphicalProperties.line.solidFill = BAR_COLOUR
    series.dLbls = DataLabelList(showVal=True, showSerName=False, showCatName=False, showLegendKey=False,
                                 showPercent=False)
    return chart


def _bar_rows(options: int) -> int:
    least, base, per_option = BAR_ROWS
    return max(least, round(base + per_option * options))


def _bar_charts(ws: WriteOnlyWorksheet, t: Trajectory, tallies: list[list[Any]]) -> None:
    """A chart per revealed round (the latest MAX_BAR_CHARTS): a round not yet revealed gets none."""
    questions = {r.id: r.question for r in t.voting_rounds if r.status is RoundStatus.REVEALED}
    placer = Placer(ws, len(tallies), len(TALLY_COLUMNS))
    for round_id, first, last in [b for b in _blocks(tallies) if b[0] in questions][-MAX_BAR_CHARTS:]:
        chart = bar_chart(ws, _title(round_id, questions[round_id]), first, last)
        placer.place(chart, _bar_rows(last - first + 1))


def tally_sheet(wb: Workbook, t: Trajectory) -> Pending:
    """Resultaten: the table tblStemresultaten from A1 and below it a bar chart per round."""
    ws = wb.create_sheet(RESULTS_SHEET)
    tallies = tally_rows(ws, t)
    _set_up(ws, "tblStemresultaten", TALLY_COLUMNS, len(tallies))
    _bar_charts(ws, t, tallies)
    return ws, [_headers(ws, TALLY_COLUMNS), *tallies]


def _mark(series: XYSeries, index: int) -> None:
    symbol, colour = MARKERS[index % len(MARKERS)]
    series.marker.symbol, series.marker.size = symbol, 7
    series.marker.graphicalProperties = GraphicalProperties(solidFill=colour)
    series.marker.graphicalProperties.line.solidFill = colour
    series.graphicalProperties.line.noFill = True


def _axis(axis: Any, title: str, position: str) -> None:
    """An axis from 1 to 5 whose line is drawn dashed at 3, the middle of the other axis, with its labels at the edge."""
    axis.title, axis.axPos, axis.delete, axis.crossesAt, axis.tickLblPos = title, position, False, 3, "low"
    axis.scaling.min, axis.scaling.max, axis.majorUnit = 1, 5, 1
    axis.spPr = GraphicalProperties(ln=LineProperties(solidFill=QUADRANT_COLOUR, prstDash="dash", w=19050))
    axis.majorGridlines.spPr = GraphicalProperties(ln=LineProperties(solidFill=GRID_COLOUR))
    axis.numFmt = NumFmt(formatCode="0", sourceLinked=False)


def _label(idx: int, text: str) -> Any:
    """A data label of one point showing `text` (openpyxl's DataLabel cannot hold a text of its own)."""
    label = Element("dLbl")
    SubElement(label, "idx", val=str(idx))
    rich = SubElement(SubElement(label, "tx"), "rich")
    SubElement(rich, f"{{{DRAWING_NS}}}bodyPr")
    run = SubElement(SubElement(rich, f"{{{DRAWING_NS}}}p"), f"{{{DRAWING_NS}}}r")
    SubElement(run, f"{{{DRAWING_NS}}}t").text = text
    SubElement(label, "dLblPos", val="r")
    for flag, on in (("showLegendKey", 0), ("showVal", 1), ("showCatName", 0), ("showSerName", 0),
                     ("showPercent", 0), ("showBubbleSize", 0)):
        SubElement(label, flag, val=str(on))  # Excel shows a label with a text of its own only when showVal is on
    return label


class PointMap(ScatterChart):  # type: ignore[misc]
    """The belang x zekerheid map: a series per scoring round (its own marker shape and colour, named in the legend),
    each point labelled with its assumption's id, and the axes crossing at 3 as dashed lines that split the quadrants.

    openpyxl has no data labels with a text of their own, so `_write` adds them to the XML openpyxl makes.
    """

    __elements__, __attrs__, __nested__ = ScatterChart.__elements__, ScatterChart.__attrs__, ScatterChart.__nested__
    """Serialised as a ScatterChart (openpyxl's metaclass would find no fields of its own in this subclass)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[list[str]] = []
        """Per series the label of each of its points."""

    def _write(self) -> Any:
        tree = super()._write()
        series = [child for child in tree.find("chart/plotArea/scatterChart") if child.tag == "ser"]
        for element, names in zip(series, self.names, strict=True):
            labels = element.find("dLbls")
            for idx, name in enumerate(names):
                labels.insert(idx, _label(idx, name))
        return tree


def point_map(sheet: WriteOnlyWorksheet, x_column: int, y_column: int, groups: list[MapGroup]) -> PointMap:
    """The map of the revealed rounds' rows: mean zekerheid across, mean belang up, a series per round."""
    chart = PointMap()
    chart.title, chart.style, chart.legend.position = "Aannames: belang × zekerheid", 13, "b"
    _axis(chart.x_axis, "Zekerheid (gemiddeld)", "b")
    _axis(chart.y_axis, "Belang (gemiddeld)", "l")
    for index, (round_, row, names) in enumerate(groups):
        last = row + len(names) - 1
        xs, ys = (Reference(sheet, min_col=c, min_row=row, max_row=last) for c in (x_column, y_column))
        series = Series(ys, xs, title=f"Ronde {round_}")
        _mark(series, index)
        series.dLbls = DataLabelList(showVal=False, showSerName=False, showCatName=False, showLegendKey=False,
                                     showPercent=False, showBubbleSize=False)
        chart.series.append(series)
        chart.names.append(names)
    return chart


def stats_sheet(wb: Workbook, t: Trajectory) -> Pending:
    """Resultaten aannames: the table tblAannamestatistiek from A1 and below it the belang x zekerheid map."""
    ws = wb.create_sheet(STATS_SHEET)
    rows, groups = stats_rows(ws, t)
    _set_up(ws, "tblAannamestatistiek", STATS_COLUMNS, len(rows))
    if groups:
        x_column, y_column = (STATS_COLUMNS.index(h) + 1 for h in ("Zekerheid gemiddeld", "Belang gemiddeld"))
        Placer(ws, len(rows), len(STATS_COLUMNS)).place(point_map(ws, x_column, y_column, groups), PAGE_ROWS)
    return ws, [_headers(ws, STATS_COLUMNS), *rows]


def results_sheets(wb: Workbook, t: Trajectory) -> list[Pending]:
    """Rebuild both derived sheets from the data (they are never read back); rows are returned, not yet written."""
    return [tally_sheet(wb, t), stats_sheet(wb, t)]
