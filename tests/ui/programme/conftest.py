"""Fixtures for the programme: the facilitator's window with its programme feature on a fake clock."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.main_window import MainWindow
from ui.programme import ProgrammeFeature
from ui.voting.setup_dialog import RoundDialog, RoundSpec
from workshop.voting import RoundKind

START = dt.datetime(2026, 12, 4, 9, 30)


class FakeClock:
    """A clock that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def wait(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += dt.timedelta(minutes=minutes, seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def asked_rounds(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], object]]:
    """The round dialog answers with what a step prefilled (or ticked); returns what it was asked."""
    asked: list[tuple[list[str], object]] = []

    def ask(cls, parent, t, chosen, existing=None, locked=False, prefill=None):  # type: ignore[no-untyped-def]
        asked.append((list(chosen), prefill))
        single = bool(prefill and prefill.single)
        session = t.current_session()
        rules = {"session_number": session.number if session else None,
                 "kind": RoundKind.SINGLE if single else RoundKind.DOTS}
        free = list(prefill.free_texts) if prefill else []
        return RoundSpec(prefill.question if prefill else "Vraag", list(chosen), free, rules)
    monkeypatch.setattr(RoundDialog, "ask", classmethod(ask))
    return asked


@pytest.fixture
def programme(facilitator: MainWindow, clock: FakeClock, asked_rounds: list) -> ProgrammeFeature:  # type: ignore[type-arg]
    """The programme feature of the window, its controller on the fake clock (the QTimer never ticks by itself)."""
    feature = facilitator.feature("programma")
    assert isinstance(feature, ProgrammeFeature)
    feature.controller._clock = clock
    feature.controller._timer.setInterval(10**8)
    return feature
