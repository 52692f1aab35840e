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
    left = [s.title for s in c.steps() if s.status is StepStatus.TODO]
    asked: list[tuple[str, list[str]]] = []
    c.ask = lambda question, doubts, yes: asked.append((question, doubts)) is not None  # 'Nee' first
    assert not c.finish() and session.status is SessionStatus.RUNNING  # Afsluiten by mistake halfway
    assert asked[0][0] == "Sessie 2 afsluiten?"
    assert asked[0][1][0].startswith(f"Nog {len(left)} stappen zijn niet gedaan: ‘{left[0]}’")
    c.ask = lambda question, doubts, yes: True
    assert c.finish() and session.status is SessionStatus.DONE and c.step is None
    assert not c.finish() and facilitator.statusBar().currentMessage() == "Sessie 2 is al afgerond."


def test_stop_for_today_and_start_again_in_the_same_run(programme: ProgrammeFeature, clock: FakeClock) -> None:
    c = programme.controller
    c.start(1)
    clock.wait(minutes=5)
    assert c.stop_for_today() and not c.countdown.running and clock_text(c.left()) == "10:00"
    clock.wait(minutes=30)  # the break does not count
    assert c.start(1) and c.countdown.running and clock_text(c.left()) == "10:00"
    c.add_minutes(5)
    clock.wait(minutes=2)
    assert clock_text(c.left()) == "13:00" and c.next()
    first = steps_of(programme.host.document.trajectory.steps, 1)[0]
    assert first.minutes_spent == 7


def test_looking_at_another_session_leaves_the_clock_alone(programme: ProgrammeFeature, clock: FakeClock) -> None:
    c = programme.controller
    c.start(1)
    clock.wait(minutes=5)
    c.choose(2)
    clock.wait(minutes=1)
    assert c.countdown.running and clock_text(c.left()) == "9:00"
    c.choose(1)
    assert c.countdown.running and clock_text(c.left()) == "9:00"


def test_after_the_session_is_closed_the_clicker_does_not_reopen_it(facilitator: MainWindow,
                                                                     programme: ProgrammeFeature) -> None:
    c = programme.controller
    c.start(1)
    c.ask = lambda question, doubts, yes: True  # yes, close it with steps left
    assert c.finish() and c.session is not None and c.session.status is SessionStatus.DONE
    assert not c.next() and c.session.status is SessionStatus.DONE
    assert facilitator.statusBar().currentMessage().startswith("Sessie 1 is afgerond")


def test_undoing_next_and_jumping_back_keep_the_time_a_step_had(facilitator: MainWindow, programme: ProgrammeFeature,
                                                                clock: FakeClock) -> None:
    c = programme.controller
    c.start(1)
    clock.wait(minutes=5)
    first = c.step
    assert first is not None and c.next()
    facilitator.undo_action.trigger()  # a clicker pressed twice: back to the first step, five minutes gone
    assert c.step is first and clock_text(c.left()) == "10:00"
    clock.wait(minutes=1)
    c.next()
    clock.wait(minutes=2)
    assert c.jump(first.id) and c.step is not None and c.step.minutes_spent == 6 and clock_text(c.left()) == "9:00"


def test_extra_minutes_are_kept_with_the_step_undone_and_back_after_reopening(
        facilitator: MainWindow, programme: ProgrammeFeature, clock: FakeClock, tmp_path: Path) -> None:
    c = programme.controller
    c.start(1)
    clock.wait(minutes=10)
    c.add_minutes(5)
    c.add_minutes(1)
    assert clock_text(c.left()) == "11:00" and c.step is not None and c.step.minutes_extra == 6
    facilitator.undo_action.trigger()  # the +1 was a slip
    assert clock_text(c.left()) == "10:00" and c.step.minutes_extra == 5
    assert c.stop_for_today()
    path = tmp_path / "traject.xlsx"
    storage.save(facilitator.document.trajectory, path)
    facilitator.document.replace(storage.load(path).trajectory, path)
    c = programme.controller
    clock.wait(minutes=60 * 24 * 14)
    assert c.start(1) and clock_text(c.left()) == "10:00"  # 15 + 5 minutes, 10 run: nothing lost
    clock.wait(minutes=3)
    assert c.next()
    first = steps_of(facilitator.document.trajectory.steps, 1)[0]
    assert (first.minutes_spent, first.minutes_extra) == (13, 5)
    assert c.step is not None and c.step.minutes_extra == 0 and clock_text(c.left()) == "15:00"


def running_and_saved(facilitator: MainWindow, programme: ProgrammeFeature, clock: FakeClock, monkeypatch,  # type: ignore[no-untyped-def]
                      minutes: int, answer: str) -> list[str]:
    """Session 1 saved, then its clock run `minutes`; the save question answers `answer` and notes the name."""
    from ui.file_dialogs import UnsavedChangesDialog

    asked: list[str] = []
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, parent, name: asked.append(name) or answer))
    programme.controller.start(1)
    facilitator.document.stack.set_clean()
    clock.wait(minutes=minutes)
    return asked


def test_closing_the_app_with_the_clock_running_keeps_its_minutes(facilitator: MainWindow,
                                                                  programme: ProgrammeFeature, clock: FakeClock,
                                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = running_and_saved(facilitator, programme, clock, monkeypatch, minutes=4, answer="cancel")
    c = programme.controller
    assert not facilitator.close()  # the minutes so far are a change: the facilitator is asked to save them
    assert asked and not c.countdown.running and clock_text(c.left()) == "11:00"
    assert c.step is not None and c.step.minutes_spent == 4


def test_opening_another_workbook_stops_the_running_session_for_today_first(
        facilitator: MainWindow, programme: ProgrammeFeature, clock: FakeClock, tmp_path: Path,
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Else the saved workbook kept a step 'bezig' without its minutes, and reopened the same day its clock ran on."""
    from workshop.content import new_trajectory

    other = tmp_path / "ander.xlsx"
    storage.save(new_trajectory(), other)
    asked = running_and_saved(facilitator, programme, clock, monkeypatch, minutes=6, answer="discard")
    c = programme.controller
    step = c.step
    assert facilitator.files.open(other)
    assert asked  # the six minutes are a change: the facilitator may save them
    assert step is not None and step.minutes_spent == 6  # stopped for today, as on closing the app
    assert not c.countdown.running
