"""Votes in the workbook: hand edits load and the results follow; votes that break a rule are named by sheet, row
and column, and the file is left as it was."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from tests.workshop.storage.storage_helpers import edit_workbook
from workshop import storage
from workshop.demo import build_demo
from workshop.storage.layout import RESULTS_SHEET
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, Vote, tally


def stemmen_rows(wb: Workbook) -> list[list[object]]:
    return [list(row) for row in wb["Stemmen"].iter_rows(min_row=2, values_only=True)]


def refused(saved: Path, tmp_path: Path, rows: list[list[object]]) -> str:
    """Add rows to Stemmen by hand; the load must fail, and the file must be left exactly as it was."""
    def change(wb: Workbook) -> None:
        for row in rows:
            wb["Stemmen"].append(row)
    path = edit_workbook(saved, tmp_path / "fout.xlsx", change)
    before = path.read_bytes()
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(path)
    assert path.read_bytes() == before
    return str(caught.value)


def test_more_dots_than_the_round_allows_for_one_voter(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, [["V-01", "P-02", "T1", None], ["V-01", "P-02", "B1-D1", None]])
    assert "blad 'Stemmen', rij 9, kolom 'Deelnemer': P-02 heeft hier meer stippen dan de 2 stippen per deelnemer van V-01." in message


def test_more_than_the_maximum_on_one_option(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, [["V-04", "X-03", "B1", 1], ["V-04", "X-03", "B1", 2], ["V-04", "X-03", "B1", 3]])
    assert ("blad 'Stemmen', rij 10, kolom 'Optie': X-03 zet hier meer dan 2 stippen op optie 'B1'; dat is het maximum "
            "per optie van V-04.") in message


def test_a_vote_for_an_unknown_option_or_round_or_person(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, [["V-01", "P-103", "Z9", 1], ["V-99", "P-103", "B1", 1], ["V-01", "P-77", "B1", 1]])
    assert "blad 'Stemmen', rij 8, kolom 'Optie': 'Z9' is geen optie van stemronde V-01 (blad 'Stemopties')." in message
    assert "blad 'Stemmen', rij 9, kolom 'Stemronde': 'V-99' is geen bekende stemronde (blad 'Stemrondes')." in message
    assert "blad 'Stemmen', rij 10, kolom 'Deelnemer': 'P-77' is geen bekende deelnemer (blad 'Deelnemers')." in message


def test_two_votes_with_the_same_key(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, [["V-01", "P-02", "T1", 1]])
    assert "blad 'Stemmen', rij 8, kolom 'Stemronde': de combinatie V-01 / P-02 / 1 komt al voor op rij 4" in message


def test_votes_in_a_tally_round(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, [["V-03", "P-01", "T1", 1]])
    assert "rij 8, kolom 'Stemronde': stemronde V-03 is een telling; daar horen geen stemmen per deelnemer bij." in message


def test_a_voter_that_is_neither_a_participant_nor_a_code(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, [["V-01", "Anna", "T1", 3]])
    assert "rij 8, kolom 'Deelnemer': 'Anna' is geen deelnemer (P-01) of anonieme code (X-01)." in message


def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.xlsx"
    storage.save(build_demo(), path)
    return path


def test_a_dot_deleted_or_added_by_hand_loads_and_the_results_follow(tmp_path: Path) -> None:
    path = demo_path(tmp_path)
    def change(wb: Workbook) -> None:
        ws = wb["Stemmen"]
        first = [c.value for c in ws[2]]
        ws.delete_rows(2)
        ws.append([first[0], first[1].lower(), first[2]])  # the same voter in lower case, no dot number, no time
    edited = edit_workbook(path, tmp_path / "hand.xlsx", change)
    result = storage.load(edited)
    assert result.warnings == []
    assert any("geen stipnummer ingevuld; de app nummert de stip zelf" in note for note in result.notes)
    t = result.trajectory
    added = [v for v in t.votes if v.time is None]
    assert len(added) == 1 and added[0].dot == 1
    storage.save(t, edited)
    assert tallies_in_results(edited) == revealed(t, tallies_of(t))


def revealed(t: Trajectory, tallies: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """Only the tallies of rounds revealed to the room: the others have no numbers on Resultaten."""
    shown = {r.id for r in t.voting_rounds if r.status is RoundStatus.REVEALED}
    return {key: dots for key, dots in tallies.items() if key[0] in shown}


def tallies_of(t: Trajectory) -> dict[tuple[str, str], int]:
    return {(r.id, row.code): row.dots for r in t.voting_rounds for row in tally(r, t.votes)}


def results_table(path: Path) -> list[dict[str, object]]:
    """The rows of the Resultaten table by header."""
    wb = load_workbook(path, read_only=True)
    rows = wb[RESULTS_SHEET].iter_rows(values_only=True)
    header = list(next(rows))
    found = [dict(zip(header, row, strict=True)) for row in rows if row[0]]
    wb.close()
    return found


def tallies_in_results(path: Path) -> dict[tuple[str, str], int]:
    """The dots on Resultaten of the revealed rounds; asserts that a round not yet revealed shows no numbers."""
    rows = results_table(path)
    for row in rows:
        if row["Status"] != RoundStatus.REVEALED.value:
            assert (row["Stippen"], row["Deelnemers"], row["Aandeel"]) == (None, None, None), row
    return {(r["Stemronde"], r["Code"]): r["Stippen"] for r in rows if r["Status"] == RoundStatus.REVEALED.value}  # type: ignore[misc]


def recount(t: Trajectory, votes: list[Vote]) -> dict[tuple[str, str], int]:
    """The totals an analyst computes from the raw rows: Stemmen per dot, or Geteld for a tally round."""
    dots = Counter((v.round_id, v.option_code) for v in votes)
    return {(r.id, o.code): (o.count or 0) if r.is_tally else dots[(r.id, o.code)]
            for r in t.voting_rounds for o in r.options}


def test_demo_totals_from_raw_rows_equal_the_app_and_resultaten(tmp_path: Path) -> None:
    path = demo_path(tmp_path)
    t = storage.load(path).trajectory
    assert recount(t, t.votes) == tallies_of(t)
    assert tallies_in_results(path) == revealed(t, tallies_of(t)) == tallies_of(t)  # the demo reveals every round


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(
    st.tuples(st.just("V-01"), st.sampled_from(["P-01", "P-02", "P-103"]), st.sampled_from(["B1", "T1"])),
    st.tuples(st.just("V-04"), st.sampled_from(["X-05", "X-07"]), st.sampled_from(["B1", "T1"]))), max_size=10),
    st.sampled_from(RoundStatus))
def test_generated_rounds_total_the_same_from_raw_rows_app_and_resultaten(
        rich: Trajectory, tmp_path_factory: pytest.TempPathFactory, extra: list[tuple[str, str, str]],
        status: RoundStatus) -> None:
    t = rich.model_copy(deep=True)
    t.voting_rounds[3].status = status  # V-04: its numbers are on Resultaten only when revealed
    used: Counter[tuple[str, str]] = Counter((v.round_id, v.voter) for v in t.votes)
    for round_id, voter, code in extra:
        voting_round = t.voting_round(round_id)
        assert voting_round is not None
        if used[(round_id, voter)] < voting_round.dots and sum(
                1 for v in t.votes if (v.round_id, v.voter, v.option_code) == (round_id, voter, code)) < voting_round.per_option:
            used[(round_id, voter)] += 1
            t.votes.append(Vote(round_id=round_id, voter=voter, option_code=code, dot=used[(round_id, voter)]))
    path = tmp_path_factory.mktemp("gen") / "werkmap.xlsx"
    storage.save(t, path)
    loaded = storage.load(path).trajectory
    assert recount(loaded, loaded.votes) == tallies_of(loaded) == tallies_of(t)
    assert tallies_in_results(path) == revealed(loaded, tallies_of(loaded))


def test_a_code_in_a_named_round_or_a_name_among_codes_could_count_twice(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, [["V-01", "X-09", "T1", 1], ["V-04", "P-01", "T1", 1]])
    assert "rij 8, kolom 'Deelnemer': X-09 is een anonieme code, maar V-01 is een ronde met namen." in message
    assert "rij 9, kolom 'Deelnemer': P-01 staat met naam in de anonieme ronde V-04, die anonieme codes gebruikt" in message
