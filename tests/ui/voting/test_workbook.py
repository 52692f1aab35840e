"""After a close and reopen every raw vote, the typed counts and a chart per round are in the workbook."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.ui.voting.conftest import answer_round
from ui.main_window import MainWindow
from ui.voting import VotingFeature
from workshop.storage.layout import RESULTS_SHEET
from workshop.voting import EntryMode, RoundKind, RoundStatus, tally


def test_a_turn_round_and_a_tally_round_survive_a_close_and_reopen(window: MainWindow, voting: VotingFeature,
                                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    controller = voting.controller
    window.selection.select("B5")
    window.selection.toggle("B7")
    answer_round(monkeypatch, anonymous=True)
    voting.new_round()
    for index, person in enumerate(window.document.trajectory.participants):
        controller.start_turn(person.id)
        controller.add_dot("B5" if index % 2 else "B7")
        controller.confirm()
    voting.reveal()
    window.selection.clear()
    answer_round(monkeypatch, "Handen", ("Ja", "Nee"), mode=EntryMode.TALLY, kind=RoundKind.SINGLE)
    voting.new_round()
    controller.set_count("T1", 9)
    controller.set_count("T2", 3)
    voting.reveal()
    before = window.document.trajectory.model_copy(deep=True)
    path = tmp_path / "sessie.xlsx"
    assert window.files.save_as(path) and not window.document.is_modified()
    assert window.files.new()  # closes it: the built-in model
    assert window.files.open(path)
    after = window.document.trajectory
    assert after.votes == before.votes and after.voting_rounds == before.voting_rounds
    assert all(v.voter.startswith("X-") and v.time is not None for v in after.votes)
    assert [r.status for r in after.voting_rounds] == [RoundStatus.REVEALED] * 2
    assert [(r.code, r.dots) for r in tally(after.voting_rounds[1], after.votes)] == [("T1", 9), ("T2", 3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(path)
    assert len(wb[RESULTS_SHEET]._charts) == 2  # a bar chart per round
    assert wb["Stemmen"].max_row == 1 + 12
