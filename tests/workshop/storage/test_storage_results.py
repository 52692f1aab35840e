"""The derived sheets: one tidy table from A1 each, the charts below it within its width and never across a page
break, every bar named, and on the map every point labelled and the quadrants drawn."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.drawing.spreadsheet_drawing import TwoCellAnchor

from tests.workshop.storage.storage_helpers import large_trajectory
from workshop import demo, storage
from workshop.storage import results
from workshop.storage.layout import RESULTS_SHEET, STATS_SHEET
from workshop.storage.results import STATS_COLUMNS, TALLY_COLUMNS
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, tally

TABLES = {RESULTS_SHEET: ("tblStemresultaten", TALLY_COLUMNS), STATS_SHEET: ("tblAannamestatistiek", STATS_COLUMNS)}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.xlsx"
    storage.save(demo.build_demo(), path)
    return path


def _chart_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        names = sorted((n for n in archive.namelist() if n.startswith("xl/charts/chart")),
                       key=lambda n: int(re.sub(r"\D", "", n)))
        return [archive.read(n).decode() for n in names]


@pytest.mark.parametrize("title", TABLES)
def test_each_derived_sheet_is_one_table_from_a1_covering_exactly_its_rows(demo_path: Path, title: str) -> None:
    table, headers = TABLES[title]
    ws = load_workbook(demo_path)[title]
    rows = list(ws.iter_rows(values_only=True))
    assert list(ws.tables) == [table] and rows[0] == headers
    assert ws.tables[table].ref == f"A1:{ws.cell(1, len(headers)).column_letter}{len(rows)}"
    assert ws.max_column == len(headers) and all(row[0] for row in rows)  # nothing beside or below the table


def test_tallies_carry_round_and_option_ids_and_stats_the_assumption_and_round(demo_path: Path) -> None:
    t = demo.build_demo()
    wb = load_workbook(demo_path, read_only=True)
    tallies = [row[:3] for row in wb[RESULTS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert tallies == [(r.id, r.question, row.code) for r in t.voting_rounds for row in tally(r, t.votes)]
    stats = {row[:2] for row in wb[STATS_SHEET].iter_rows(min_row=2, values_only=True)}
    assert stats == {(s.assumption_id, s.round) for s in results.ordered_stats(t)}
    wb.close()


def _recount(path: Path) -> dict[tuple[str, str], int]:
    """The totals an analyst computes from the raw sheets (a dot per Stemmen row, or Geteld in a tally round), of the
    rounds revealed on Stemrondes."""
    wb = load_workbook(path, read_only=True)
    sheets = {name: list(wb[name].iter_rows(values_only=True)) for name in ("Stemrondes", "Stemopties", "Stemmen")}
    wb.close()
    at = {name: {h: i for i, h in enumerate(rows[0])} for name, rows in sheets.items()}
    rounds = {row[0]: row[at["Stemrondes"]["Invoer"]] for row in sheets["Stemrondes"][1:]
              if row[at["Stemrondes"]["Status"]] == RoundStatus.REVEALED.value}
    dots = Counter((row[0], row[at["Stemmen"]["Optie"]]) for row in sheets["Stemmen"][1:])
    options = [row for row in sheets["Stemopties"][1:] if row[0] in rounds]
    geteld = at["Stemopties"]["Geteld"]
    return {(row[0], row[1]): (row[geteld] or 0) if rounds[row[0]] == "telling" else dots[(row[0], row[1])]
            for row in options}


def _tallies_on_resultaten(path: Path) -> dict[tuple[str, str], int]:
    """The dots on Resultaten of the revealed rounds; a round not yet revealed must show no numbers."""
    wb = load_workbook(path, read_only=True)
    rows = list(wb[RESULTS_SHEET].iter_rows(min_row=2, values_only=True))
    wb.close()
    status = TALLY_COLUMNS.index("Status")
    assert all(row[4:7] == (None, None, None) for row in rows if row[status] != RoundStatus.REVEALED.value)
    return {(row[0], row[2]): row[4] for row in rows if row[status] == RoundStatus.REVEALED.value}


def test_resultaten_equals_a_recount_of_the_raw_rows(demo_path: Path, tmp_path: Path, rich: Trajectory) -> None:
    assert _tallies_on_resultaten(demo_path) == _recount(demo_path)
    storage.save(rich, tmp_path / "rijk.xlsx")
    assert _tallies_on_resultaten(tmp_path / "rijk.xlsx") == _recount(tmp_path / "rijk.xlsx")


def _anchors(path: Path, title: str) -> list[TwoCellAnchor]:
    ws = load_workbook(path)[title]
    return [chart.anchor for chart in ws._charts]


@pytest.mark.parametrize("title", TABLES)
def test_charts_lie_below_the_table_within_its_width(demo_path: Path, title: str) -> None:
    ws = load_workbook(demo_path)[title]
    last_row = ws.max_row  # anchors count rows from 0: a chart starting at row index >= max_row is below the table
    anchors = _anchors(demo_path, title)
    assert anchors and all(isinstance(a, TwoCellAnchor) for a in anchors)
    assert all(a._from.row >= last_row and a._from.col == 0 and a.to.col == ws.max_column for a in anchors)
    spans = sorted((a._from.row, a.to.row) for a in anchors)
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))  # no overlaps


def _pages(path: Path, title: str) -> list[int]:
    """The row numbers below which a manual page break lies."""
    ws = load_workbook(path)[title]
    return [brk.id for brk in ws.row_breaks.brk]


@pytest.mark.parametrize("title", TABLES)
def test_no_chart_crosses_a_page_break_or_outgrows_a_page(demo_path: Path, title: str) -> None:
    breaks = _pages(demo_path, title)
    for anchor in _anchors(demo_path, title):
        first, last = anchor._from.row + 1, anchor.to.row  # rows the chart covers, 1-based
        assert last - first + 1 <= results.PAGE_ROWS
        assert not any(first <= brk < last for brk in breaks)
        page_start = max([0, *(b for b in breaks if b < first)])
        assert last - page_start <= results.PAGE_ROWS


def test_every_bar_is_named_and_every_round_has_a_titled_chart(demo_path: Path) -> None:
    t = demo.build_demo()
    bars = [xml for xml in _chart_xml(demo_path) if "<barChart>" in xml]
    assert len(bars) == len(t.voting_rounds)
    for xml, voting_round in zip(bars, t.voting_rounds, strict=True):
        assert '<tickLblSkip val="1" />' in xml and '<orientation val="maxMin" />' in xml
        assert f"<a:t>{voting_round.id}: " in xml


def test_bar_charts_grow_with_their_options_up_to_a_page() -> None:
    assert results._bar_rows(2) == 10
    assert results._bar_rows(12) > results._bar_rows(8) > 10
    assert min(results._bar_rows(200), results.PAGE_ROWS) == results.PAGE_ROWS


def _map_xml(path: Path) -> str:
    return next(xml for xml in _chart_xml(path) if "<scatterChart>" in xml)


def test_the_map_labels_every_point_with_its_assumption(demo_path: Path) -> None:
    xml = _map_xml(demo_path)
    series = xml.split("<ser>")[1:]
    stats = results.ordered_stats(demo.build_demo())
    rounds = sorted({s.round for s in stats})
    assert [re.search(r"<tx><v>([^<]*)</v></tx>", s).group(1) for s in series] == [f"Ronde {r}" for r in rounds]
    labels = [re.findall(r"<dLbl><idx val=\"\d+\" /><tx><rich>.*?<a:t>([^<]*)</a:t>", s) for s in series]
    assert labels == [[s.assumption_id for s in stats if s.round == r] for r in rounds]
    symbols = [re.search(r'<symbol val="(\w+)" />', s).group(1) for s in series]
    colours = [re.search(r'<marker>.*?<a:srgbClr val="(\w+)" />', s).group(1) for s in series]
    assert len(set(symbols)) == len(set(colours)) == len(rounds)


def test_the_map_draws_the_quadrants_at_three(demo_path: Path) -> None:
    xml = _map_xml(demo_path)
    axes = re.findall(r"<valAx>.*?</valAx>", xml)
    assert len(axes) == 2
    for axis, title in zip(axes, ("Zekerheid (gemiddeld)", "Belang (gemiddeld)"), strict=True):
        assert '<crossesAt val="3" />' in axis and '<a:prstDash val="dash" />' in axis
        assert '<min val="1" />' in axis and '<max val="5" />' in axis and f"<a:t>{title}</a:t>" in axis
        assert '<tickLblPos val="low" />' in axis


def test_no_statistics_no_map_and_no_votes_no_bars(tmp_path: Path) -> None:
    storage.save(Trajectory(name="Leeg"), tmp_path / "leeg.xlsx")
    assert _chart_xml(tmp_path / "leeg.xlsx") == []
    wb = load_workbook(tmp_path / "leeg.xlsx")
    assert [ws.max_row for ws in (wb[RESULTS_SHEET], wb[STATS_SHEET])] == [1, 1]


def test_a_large_map_keeps_every_label(tmp_path: Path) -> None:
    t = large_trajectory(participants=3, assumptions=60, score_rounds=3, voting_rounds=1)
    for scoring_round in t.scoring_rounds:
        scoring_round.status = RoundStatus.REVEALED  # the map has revealed rounds only
    storage.save(t, tmp_path / "groot.xlsx")
    xml = _map_xml(tmp_path / "groot.xlsx")
    assert xml.count("<dLbl>") == 180 and xml.count("<ser>") == 3


def test_only_the_latest_rounds_get_a_bar_chart(tmp_path: Path) -> None:
    t = large_trajectory(participants=2, assumptions=1, score_rounds=1, voting_rounds=results.MAX_BAR_CHARTS + 2)
    for voting_round in t.voting_rounds:
        voting_round.status = RoundStatus.REVEALED  # a round not yet revealed gets no chart
    storage.save(t, tmp_path / "rondes.xlsx")
    titles: list[Any] = [re.search(r"<a:t>(V-\d+):", xml) for xml in _chart_xml(tmp_path / "rondes.xlsx")]
    found = [m.group(1) for m in titles if m]
    assert found == [r.id for r in t.voting_rounds][-results.MAX_BAR_CHARTS:]
