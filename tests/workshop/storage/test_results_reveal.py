"""The derived sheets before and after the reveal: a round not yet revealed is listed with its question or title and
status but without numbers or a chart, the raw sheets are the same either way, and pandas reads tidy tables."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from tests.workshop.conftest import make_small_trajectory
from workshop import storage
from workshop.assumptions import Score
from workshop.scoring import ScoringRound
from workshop.storage.layout import RESULTS_SHEET, STATS_HEADERS, STATS_SHEET
from workshop.storage.results import STATS_COLUMNS, TALLY_COLUMNS
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, Vote, tally

COUNTS = ["Stippen", "Deelnemers", "Aandeel"]
STATISTICS = list(STATS_HEADERS[2:])
HIDDEN = [RoundStatus.OPEN, RoundStatus.CLOSED]


def _save(t: Trajectory, path: Path) -> Path:
    storage.save(t, path)
    return path


def _sheet(path: Path, name: str) -> pd.DataFrame:
    return pd.read_excel(path, sheet_name=name)


def _charts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [archive.read(n).decode() for n in sorted(archive.namelist()) if n.startswith("xl/charts/chart")]


def _map(path: Path) -> tuple[list[str], list[tuple[int, int]]]:
    """The map's series names, and per series reference (y, then x) its first and last row on the sheet."""
    (scatter,) = [xml for xml in _charts(path) if "<scatterChart>" in xml]
    found = re.findall(r"<f>'Resultaten aannames'!\$[A-Z]+\$(\d+)(?::\$[A-Z]+\$(\d+))?</f>", scatter)
    return re.findall(r"<tx><v>([^<]*)</v></tx>", scatter), [(int(a), int(b or a)) for a, b in found]


def _voted(status: RoundStatus) -> Trajectory:
    """The small trajectory with V-01 at `status`: two dots on B2 (Anna and Bram), none on T1."""
    t = make_small_trajectory()
    t.votes.append(Vote(round_id="V-01", voter="P-02", option_code="B2", dot=1))
    t.voting_rounds[0].status = status
    return t


@pytest.mark.parametrize("status", HIDDEN)
def test_an_unrevealed_round_with_votes_has_no_counts_and_no_chart(tmp_path: Path, status: RoundStatus) -> None:
    path = _save(_voted(status), tmp_path / "werkmap.xlsx")
    table = _sheet(path, RESULTS_SHEET)
    assert table[["Stemronde", "Vraag", "Code", "Optie"]].values.tolist() == [
        ["V-01", "Wat eerst?", "B2", "Plekken"], ["V-01", "Wat eerst?", "T1", "Iets anders"]]  # option order, no rank
    assert table[COUNTS].isna().all().all() and table["Status"].tolist() == [status.value] * 2
    assert not any("<barChart>" in xml for xml in _charts(path))


def test_after_the_reveal_the_counts_and_the_chart_appear(tmp_path: Path) -> None:
    t = _voted(RoundStatus.REVEALED)
    path = _save(t, tmp_path / "werkmap.xlsx")
    table = _sheet(path, RESULTS_SHEET)
    assert table[["Code", *COUNTS, "Status"]].values.tolist() == [["B2", 2, 2, 1.0, "onthuld"], ["T1", 0, 0, 0.0, "onthuld"]]
    assert table["Stippen"].tolist() == [row.dots for row in tally(t.voting_rounds[0], t.votes)]
    bars = [xml for xml in _charts(path) if "<barChart>" in xml]
    assert len(bars) == 1 and "<a:t>V-01: Wat eerst?</a:t>" in bars[0]


def test_the_raw_sheets_are_the_same_before_and_after_the_reveal(tmp_path: Path) -> None:
    before = _save(_scored(_voted(RoundStatus.CLOSED), RoundStatus.CLOSED), tmp_path / "voor.xlsx")
    after = _save(_scored(_voted(RoundStatus.REVEALED), RoundStatus.REVEALED), tmp_path / "na.xlsx")
    for sheet in ("Stemmen", "Scores", "Stemopties"):
        pd.testing.assert_frame_equal(_sheet(before, sheet), _sheet(after, sheet))
    assert len(_sheet(before, "Stemmen")) == 2 and len(_sheet(before, "Scores")) == 4


def test_only_revealed_rounds_get_a_bar_chart(tmp_path: Path, rich: Trajectory) -> None:
    titles = [re.search(r"<a:t>(V-\d+):", xml) for xml in _charts(_save(rich, tmp_path / "rijk.xlsx"))]
    assert [m.group(1) for m in titles if m] == ["V-01"]  # V-03 (open) and V-04 (closed) have none


def test_resultaten_reads_as_a_tidy_table(tmp_path: Path, rich: Trajectory) -> None:
    table = _sheet(_save(rich, tmp_path / "rijk.xlsx"), RESULTS_SHEET)
    assert list(table.columns) == list(TALLY_COLUMNS)  # one header row: no "Unnamed" columns, no title rows
    assert len(table) == sum(len(r.options) for r in rich.voting_rounds)
    assert all(pd.api.types.is_numeric_dtype(table[c]) for c in COUNTS)  # an unrevealed count is empty, not text
    assert set(table["Status"]) == {"onthuld", "open", "gesloten"}
    hidden = table[table["Status"] != "onthuld"]
    assert set(hidden["Stemronde"]) == {"V-03", "V-04"} and hidden[COUNTS].isna().all().all()
    assert table.loc[table["Status"] == "onthuld", "Stippen"].tolist() == [2, 1, 0]


def _scored(t: Trajectory, status: RoundStatus) -> Trajectory:
    """Scoring round 1 revealed (A-001), round 2 at `status` (A-001 scored again), round 3 open with nothing scored."""
    t.scoring_rounds = [ScoringRound(number=1, status=RoundStatus.REVEALED, assumption_ids=["A-001"]),
                        ScoringRound(number=2, title="Na het veldwerk", status=status, assumption_ids=["A-001"]),
                        ScoringRound(number=3, title="Later", assumption_ids=["A-001"])]
    t.scores += [Score(assumption_id="A-001", participant_id=p, round=2, importance=5, certainty=c)
                 for p, c in (("P-01", 5), ("P-02", 3))]
    t.scores += [Score(assumption_id="A-001", participant_id="P-02", round=1, importance=2, certainty=2)]
    return t


@pytest.mark.parametrize("status", HIDDEN)
def test_an_unrevealed_scoring_round_has_no_statistics_and_is_not_on_the_map(tmp_path: Path, status: RoundStatus) -> None:
    path = _save(_scored(make_small_trajectory(), status), tmp_path / "werkmap.xlsx")
    table = _sheet(path, STATS_SHEET)
    assert list(table.columns) == list(STATS_COLUMNS)
    assert table[["Aanname", "Ronde", "Titel ronde", "Status"]].fillna("").values.tolist() == [
        ["A-001", 1, "", "onthuld"], ["A-001", 2, "Na het veldwerk", status.value], ["A-001", 3, "Later", "open"]]
    assert table.loc[0, "Aantal scores"] == 2 and table.loc[0, "Belang gemiddeld"] == 3.0
    assert table.loc[1:, STATISTICS].isna().all().all()
    assert all(pd.api.types.is_numeric_dtype(table[c]) for c in STATISTICS[:7])
    assert _map(path)[0] == ["Ronde 1"]


def test_after_the_scoring_reveal_its_statistics_and_points_appear(tmp_path: Path) -> None:
    path = _save(_scored(make_small_trajectory(), RoundStatus.REVEALED), tmp_path / "werkmap.xlsx")
    table = _sheet(path, STATS_SHEET)
    revealed = table[table["Status"] == "onthuld"]
    assert revealed[["Ronde", "Aantal scores", "Belang gemiddeld", "Zekerheid gemiddeld", "Kwadrant"]].values.tolist() == [
        [1, 2, 3.0, 2.0, "eerst toetsen"], [2, 2, 5.0, 4.0, "bewaken"]]
    assert _map(path) == (["Ronde 1", "Ronde 2"], [(2, 2)] * 2 + [(3, 3)] * 2)  # each series: its own round's rows


def test_the_map_skips_an_unrevealed_round_between_revealed_ones(tmp_path: Path, rich: Trajectory) -> None:
    rich.scoring_rounds[2].status = RoundStatus.REVEALED  # rounds 1 and 3 revealed, round 2 (two rows) open
    path = _save(rich, tmp_path / "rijk.xlsx")
    table = _sheet(path, STATS_SHEET)
    names, references = _map(path)
    assert names == ["Ronde 1", "Ronde 3"] and len(references) == 4
    for (first, last), number in zip(references, (1, 1, 3, 3), strict=True):
        rows = table.iloc[first - 2:last - 1]  # sheet row 2 is the table's first row
        assert set(rows["Ronde"]) == {number} and set(rows["Status"]) == {"onthuld"}
        assert rows["Belang gemiddeld"].notna().all()
