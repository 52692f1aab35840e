"""Running a session on a fake clock: the countdown, pause and extra minutes, each step's real time in the
workbook, going back, stopping for today and resuming weeks later from the saved workbook."""

from __future__ import annotations

from pathlib import Path

from tests.ui.programme.conftest import FakeClock
from ui.main_window import MainWindow
from ui.programme import ProgrammeFeature
from ui.programme.countdown import clock_text
from workshop import storage
from workshop.programme import StepStatus, steps_of
from workshop.sessions import SessionStatus


def test_the_countdown_pauses_gets_extra_minutes_and_goes_over_time(programme: ProgrammeFeature,
                                                                   clock: FakeClock) -> None:
    c = programme.controller
    assert c.start(1) and c.step is not None and c.step.minutes == 15
    clock.wait(minutes=5)
    assert clock_text(c.left()) == "10:00"
    c.toggle_clock()  # a pause of ten minutes does not count
    clock.wait(minutes=10)
    c.toggle_clock()
    c.add_minutes(1)
    clock.wait(minutes=12)
    assert clock_text(c.left()) == "+1:00"
    assert c.next()
    first = steps_of(programme.host.document.trajectory.steps, 1)[0]
    assert (first.status, first.minutes_spent) == (StepStatus.DONE, 17)  # 5 + 12 minutes run, the pause not
    assert clock_text(c.left()) == "15:00"  # the next step's timebox


def test_back_and_undo_follow_the_running_step(facilitator: MainWindow, programme: ProgrammeFeature,
                                               clock: FakeClock) -> None:
    c = programme.controller
    c.start(1)
    clock.wait(minutes=3)
    c.next()
    second = c.step
    assert c.previous() and c.step is not None and c.step.title == "Welkom en kennismaking"
    facilitator.undo_action.trigger()  # undo 'back'
    assert c.step is second and c.position() == (2, 8)


def test_stop_for_today_and_resume_weeks_later_from_the_workbook(facilitator: MainWindow, programme: ProgrammeFeature,
                                                                 clock: FakeClock, tmp_path: Path) -> None:
    c = programme.controller
    c.start(2)
    clock.wait(minutes=9)
    c.next()
    clock.wait(minutes=7)
    c.write(c.step.id, "notes", "D3 en D4 lijken op elkaar")  # type: ignore[union-attr]
    assert c.stop_for_today() and not c.countdown.running
    storage.save(facilitator.document.trajectory, tmp_path / "traject.xlsx")
    facilitator.document.replace(storage.load(tmp_path / "traject.xlsx").trajectory, tmp_path / "traject.xlsx")
    c = programme.controller
    assert c.number == 2 and c.step is not None and c.step.title == "De deelambities vaststellen"
    assert not c.countdown.running and clock_text(c.left()) == "13:00"  # 20 minutes, 7 run: ready, paused
    clock.wait(minutes=60 * 24 * 21)
    assert c.start(2) and c.countdown.running and clock_text(c.left()) == "13:00"
    session = facilitator.document.trajectory.session(2)
    assert session is not None and session.status is SessionStatus.RUNNING
    assert c.step.notes == "D3 en D4 lijken op elkaar"
    assert c.finish() and session.status is SessionStatus.DONE and c.step is None
