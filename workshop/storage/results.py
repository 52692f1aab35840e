"""The derived Resultaten sheet: vote tallies and assumption statistics as tables, with bar and scatter charts."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import Any

from workshop.storage.excel import import_openpyxl

import_openpyxl()  # before any openpyxl import: keeps numpy out

from openpyxl import Workbook  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.cell.cell import Cell  # noqa: E402
from openpyxl.chart import BarChart, Reference, ScatterChart, Series  # noqa: E402
from openpyxl.chart.shapes import GraphicalProperties  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # noqa: E402

from workshop.assumptions import AssumptionStats, all_stats
from workshop.storage.layout import RESULTS_SHEET, STATS_HEADERS, TALLY_HEADERS
from workshop.storage.safety import as_text
from workshop.storage.style import add_table, declare_size, header_cell
from workshop.trajectory import Trajectory
from workshop.voting import tally

STATS_FIRST_COLUMN = len(TALLY_HEADERS) + 2
"""The statistics table starts one empty column to the right of the tallies."""
CHART_COLUMN = "V"
CHART_ROWS = 16
COLUMN_WIDTHS = (11, 40, 8, 30, 9, 11, 9, 3, 10, 8, 9, 10, 10, 10, 10, 10, 10, 24, 11)
MAX_BAR_CHARTS = 20
"""Only the most recent rounds get a chart of their own; the table always has every round."""


def _text(ws: WriteOnlyWorksheet, value: str) -> Any:
    return as_text(ws, value) if value else None


def _number(ws: WriteOnlyWorksheet, value: float, fmt: str) -> Cell:
    cell = WriteOnlyCell(ws, value)
    cell.number_format = fmt
    return cell


def tally_rows(ws: WriteOnlyWorksheet, t: Trajectory) -> list[list[Any]]:
    """One row per option per round: round, question, code, label, dots, voters, share."""
    rows = []
    for voting_round in t.voting_rounds:
        options = {o.code: o for o in voting_round.options}
        for row in tally(voting_round, t.votes):
            option = options[row.code]
            label = row.label or t.theory.element_label(option.element_id or "") or row.code
            rows.append([voting_round.id, _text(ws, voting_round.question), _text(ws, row.code), _text(ws, label),
                         row.dots, row.voters, _number(ws, row.share, "0%")])
    return rows


def ordered_stats(t: Trajectory) -> list[AssumptionStats]:
    """Statistics grouped by scoring round (so each round is one block of rows), assumptions in order."""
    return sorted(all_stats(t.assumptions, t.scores), key=lambda s: s.round)


def stats_row(ws: WriteOnlyWorksheet, s: AssumptionStats) -> list[Any]:
    """One row of the statistics table."""
    means = [s.importance_mean, s.importance_median, s.importance_spread,
             s.certainty_mean, s.certainty_median, s.certainty_spread]
    return [s.assumption_id, s.round, s.count, *(_number(ws, m, "0.00") for m in means),
            s.quadrant.value, "ja" if s.dissent else "nee"]


def _blocks(tallies: list[list[Any]]) -> list[tuple[str, int, int]]:
    blocks, row = [], 2
    for round_id, group in groupby(tallies, key=lambda r: r[0]):
        size = len(list(group))
        blocks.append((round_id, row, row + size - 1))
        row += size
    return blocks


def _bar_charts(ws: WriteOnlyWorksheet, tallies: list[list[Any]]) -> int:
    blocks = _blocks(tallies)[-MAX_BAR_CHARTS:]
    for placed, (round_id, first, last) in enumerate(blocks):
        chart = BarChart()
        chart.type, chart.style, chart.legend = "bar", 10, None
        chart.title = f"Stemronde {round_id}"
        chart.add_data(Reference(ws, min_col=5, min_row=first, max_row=last), titles_from_data=False)
        chart.set_categories(Reference(ws, min_col=4, min_row=first, max_row=last))
        chart.x_axis.delete = chart.y_axis.delete = False
        ws.add_chart(chart, f"{CHART_COLUMN}{2 + placed * CHART_ROWS}")
    return len(blocks)


MARKERS = (("circle", "0072B2"), ("diamond", "D55E00"), ("triangle", "009E73"), ("square", "CC79A7"))
"""Per scoring round a marker shape and an Okabe-Ito colour, so rounds differ by shape as well as colour."""


def _mark(series: Series, index: int) -> None:
    symbol, colour = MARKERS[index % len(MARKERS)]
    series.marker.symbol, series.marker.size = symbol, 8
    series.marker.graphicalProperties = GraphicalProperties(solidFill=colour)
    series.marker.graphicalProperties.line.solidFill = colour
    series.graphicalProperties.line.noFill = True


def _scatter(ws: WriteOnlyWorksheet, stats: list[AssumptionStats], anchor_row: int) -> None:
    if not stats:
        return
    chart = ScatterChart()
    chart.title, chart.style = "Aannames: belang × zekerheid", 13
    chart.x_axis.title, chart.y_axis.title = "Zekerheid (gemiddeld)", "Belang (gemiddeld)"
    for axis in (chart.x_axis, chart.y_axis):
        axis.scaling.min, axis.scaling.max, axis.majorUnit, axis.delete = 1, 5, 1, False
    x_col, y_col = STATS_FIRST_COLUMN + 6, STATS_FIRST_COLUMN + 3
    row = 2
    for round_, group in groupby(stats, key=lambda s: s.round):
        size = len(list(group))
        xs = Reference(ws, min_col=x_col, min_row=row, max_row=row + size - 1)
        ys = Reference(ws, min_col=y_col, min_row=row, max_row=row + size - 1)
        series = Series(ys, xs, title=f"Ronde {round_}")
        _mark(series, len(chart.series))
        chart.series.append(series)
        row += size
    ws.add_chart(chart, f"{CHART_COLUMN}{anchor_row}")


def results_sheet(wb: Workbook, t: Trajectory) -> tuple[WriteOnlyWorksheet, list[Sequence[Any]]]:
    """Rebuild the Resultaten sheet from the data (it is never read back); rows are returned, not yet written."""
    ws = wb.create_sheet(RESULTS_SHEET)
    ws.freeze_panes = "A2"
    for index, width in enumerate(COLUMN_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    tallies, stats = tally_rows(ws, t), ordered_stats(t)
    declare_size(ws, STATS_FIRST_COLUMN + len(STATS_HEADERS) - 1, max(len(tallies), len(stats)) + 1)
    headers = [header_cell(ws, h, None) for h in TALLY_HEADERS], [header_cell(ws, h, None) for h in STATS_HEADERS]
    rows: list[Sequence[Any]] = [[*headers[0], None, *headers[1]]]
    blank_tally, blank_stats = [None] * len(TALLY_HEADERS), [None] * len(STATS_HEADERS)
    for i in range(max(len(tallies), len(stats))):
        left = tallies[i] if i < len(tallies) else blank_tally
        right = stats_row(ws, stats[i]) if i < len(stats) else blank_stats
        rows.append([*left, None, *right])
    add_table(ws, "tblStemresultaten", list(TALLY_HEADERS), len(tallies))
    add_table(ws, "tblAannamestatistiek", list(STATS_HEADERS), len(stats), STATS_FIRST_COLUMN)
    placed = _bar_charts(ws, tallies)
    _scatter(ws, stats, 2 + placed * CHART_ROWS)
    return ws, rows
