"""Fixtures for the voting feature: the real facilitator window with twelve people registered, and a round."""

from __future__ import annotations

import datetime as dt
import pytest

from ui.main_window import MainWindow
from ui.voting import VotingFeature
from ui.voting.setup_dialog import RoundDialog, RoundSpec
from workshop import process_edits as pe
from workshop.sessions import Participant

PEOPLE = (("Anna", "Gemeente", "S3"), ("Bram", "Welzijn", "S2"), ("Ceyda", "Bibliotheek", "S2"), ("Dirk", "Gemeente", "S3"),
          ("Eva", "Mantelzorg", "S1"), ("Fred", "Buurthuis", "S1"), ("Gül", "Welzijn", "S2"), ("Hans", "GGD", "S3"),
          ("Ilse", "Bewoners", "S1"), ("Jan", "Woningcorporatie", "S3"), ("Kim", "Jongerenwerk", "S2"),
          ("Lotte", "Wijkteam", "S3"))
MOMENT = dt.datetime(2026, 12, 4, 10, 0)


class Clock:
    """A fake clock: every reading is a minute later."""

    def __init__(self) -> None:
        self.now = MOMENT

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


@pytest.fixture
def window(facilitator: MainWindow) -> MainWindow:
    """The facilitator window on the built-in model with twelve participants present in session 1."""
    people = [Participant(id="P-00", name=n, organisation=o, sphere_id=s) for n, o, s in PEOPLE]
    facilitator.document.push(pe.add_participants(facilitator.document.trajectory, people, present_in=1))
    return facilitator


@pytest.fixture
def voting(window: MainWindow) -> VotingFeature:
    """The voting feature of the window, on a fake clock."""
    feature = window.feature("stemmen")
    assert isinstance(feature, VotingFeature)
    feature.controller._clock = Clock()
    return feature


def answer_round(monkeypatch: pytest.MonkeyPatch, question: str = "Wat eerst?", free: tuple[str, ...] = (),
                 **rules: object) -> list[list[str]]:
    """Let the round dialog answer with the options ticked for it (the schema's selection) plus free texts."""
    seen: list[list[str]] = []

    def ask(cls, parent, t, chosen, existing=None, locked=False):  # type: ignore[no-untyped-def]
        seen.append(list(chosen))
        return RoundSpec(question, list(chosen), list(free), {"session_number": 1, **rules})
    monkeypatch.setattr(RoundDialog, "ask", classmethod(ask))
    return seen

