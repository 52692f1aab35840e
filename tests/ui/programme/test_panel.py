"""The Programma dock: the facilitator's notes and what comes next, quick capture that is one undo step and never
reaches the projector by itself, skipping and adding steps, attendance at a glance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.voting.test_turns import room_texts
from ui.main_window import MainWindow
from ui.programme import PAGE, ProgrammeFeature
from ui.programme.step_dialog import StepDialog
from workshop.programme import StepKind, StepStatus


def test_the_dock_shows_the_notes_for_the_facilitator_and_what_comes_next(programme: ProgrammeFeature) -> None:
    c = programme.controller
    c.start(2)
    panel = programme.panel()
    assert panel.guide.text().startswith("Laat het schema zien")
    assert panel.coming.text() == "Straks: De deelambities vaststellen (20 min)"
    assert panel.steps.currentItem().text().startswith("▶ Terugblik op de ambitie")
    assert panel.attendance.text() == "Aanwezig: 0 van 0"


def test_quick_capture_is_one_undo_step_and_stays_off_the_projector(qtbot, facilitator: MainWindow,
                                                                    programme: ProgrammeFeature) -> None:
    c = programme.controller
    c.start(1)
    page = facilitator.host.show_projector_page(PAGE)
    panel = programme.panel()
    panel.notes.setFocus()
    qtbot.keyClicks(panel.notes, "Iedereen wil meer ontmoeting")
    assert c.step is not None and c.step.notes == "Iedereen wil meer ontmoeting"
    assert panel.notes.textCursor().position() == len("Iedereen wil meer ontmoeting")  # typing was never reset
    assert "ontmoeting" not in room_texts(page)
    c.toggle_notes()
    assert "Notities: Iedereen wil meer ontmoeting" in room_texts(page)
    facilitator.window().activateWindow()
    panel.notes.setFocus()
    qtbot.keyClick(panel.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # in the field: the window's undo
    assert c.step.notes == "" and panel.notes.toPlainText() == ""
    qtbot.keyClick(panel.notes, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert c.step.notes == "Iedereen wil meer ontmoeting"


def test_skip_and_add_steps_from_the_dock(facilitator: MainWindow, programme: ProgrammeFeature,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    c = programme.controller
    c.choose(3)
    panel = programme.panel()
    panel.steps.setCurrentRow(3)
    panel.buttons["skip"].click()
    assert c.steps()[3].status is StepStatus.SKIPPED and panel.buttons["skip"].text() == "Weer opnemen"
    values = {"title": "Pauze met koffie", "kind": StepKind.EXPLAIN, "minutes": 15, "room": "Tien minuten pauze.",
              "guide": "", "opens": ""}
    monkeypatch.setattr(StepDialog, "ask", classmethod(lambda cls, parent, step: values))
    panel.steps.setCurrentRow(1)
    panel.buttons["add"].click()
    added = c.steps()[2]
    assert (added.title, added.minutes, added.room) == ("Pauze met koffie", 15, "Tien minuten pauze.")
    facilitator.undo_action.trigger()  # the whole new step, one undo
    assert all(s.title != "Pauze met koffie" for s in c.steps())


def test_right_arrow_in_the_dock_is_the_remote(qtbot, programme: ProgrammeFeature) -> None:
    c = programme.controller
    c.start(4)
    panel = programme.panel()
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert c.position() == (2, 5)


def test_attendance_is_kept_from_the_programme_dock(facilitator: MainWindow, programme: ProgrammeFeature) -> None:
    programme.controller.choose(3)
    panel = programme.panel()
    panel.buttons["attendance"].click()
    people = facilitator.host.docks["participantsDock"]
    assert people.isVisible() and people.panel().session == 3  # type: ignore[attr-defined]


def test_a_finished_session_opens_again_only_when_the_facilitator_says_so(qtbot, facilitator: MainWindow,
                                                                          programme: ProgrammeFeature,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.conftest import answer_go_ahead

    c = programme.controller
    panel = programme.panel()
    assert panel.buttons["start"].text() == "Start" and panel.clock.text().startswith("Nog niet begonnen")
    c.start(1)
    assert panel.buttons["start"].text() == "Loopt" and not panel.buttons["start"].isEnabled()
    c.toggle_clock()
    assert panel.buttons["start"].text() == "Hervatten" and panel.buttons["start"].isEnabled()
    c.toggle_clock()
    answer_go_ahead(monkeypatch, answer=True)  # yes, close it with steps left
    assert c.finish()
    assert panel.clock.text() == "Afgerond · kies de volgende sessie" and panel.buttons["start"].text() == "Heropenen…"
    assert not panel.buttons["finish"].isEnabled()  # afgerond: nothing to close
    asked = answer_go_ahead(monkeypatch, answer=False)
    panel.steps.setCurrentRow(2)
    qtbot.keyClick(panel.steps, Qt.Key.Key_Return)  # Enter on a step of the finished session
    assert asked[0] == ("Sessie 1 is afgerond. Opnieuw openen?",
                        [f"De sessie gaat weer lopen bij ‘{c.steps()[2].title}’; wat al gedaan is, blijft staan."])
    assert c.step is None
    assert not c.start(1) and c.session is not None and c.session.status.value == "afgerond"
    answer_go_ahead(monkeypatch, answer=True)
    assert c.jump(c.steps()[2].id) and c.session.status.value == "bezig" and c.step is c.steps()[2]


def test_after_a_jump_ahead_next_goes_to_the_steps_left_out(programme: ProgrammeFeature) -> None:
    c = programme.controller
    c.start(1)
    steps = c.steps()
    assert c.jump(steps[-1].id)
    panel = programme.panel()
    assert panel.coming.text().startswith(f"Straks: {steps[1].title}")
    assert c.next() and c.step is c.steps()[1]


def test_the_dock_fits_the_width_it_opens_with(programme: ProgrammeFeature) -> None:
    """About 400 pixels beside a 1920-pixel schema: every button whole, no sideways scrolling, long titles wrap."""
    from PySide6.QtWidgets import QScrollArea

    c = programme.controller
    c.start(2)
    panel = programme.panel()
    inner = panel.findChild(QScrollArea).widget()
    assert inner.minimumSizeHint().width() <= 380
    assert all(b.minimumWidth() >= b.fontMetrics().horizontalAdvance(b.text()) for b in panel.buttons.values()
               if b.text() != "Aanwezigheid bijhouden…")
    assert panel.steps.wordWrap() and panel.buttons["jump"].toolTip().startswith("Naar de stap die in de lijst")
