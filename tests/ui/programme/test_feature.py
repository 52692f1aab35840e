"""The programme in the window: a presenter's remote (PageDown, →) walks the steps, a strip with the step and the
clock stands above an activity, a step opens its round prefilled from the theory, templates are kept and loaded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.programme.conftest import FakeClock
from tests.ui.voting.test_turns import room_texts
from ui.dialogs.choice_dialog import ChoiceDialog
from ui.dialogs.text_dialog import TextDialog
from ui.main_window import MainWindow
from ui.programme import PAGE, ProgrammeFeature
from workshop import assumption_edits as ae
from workshop import programme_edits as pe
from workshop.programme import StepKind, steps_of
from workshop.programme_templates import own_templates
from workshop.voting import RoundKind


def settle() -> None:
    """Let a step's activity open: it comes after the room has seen the new step (a queued call)."""
    QApplication.processEvents()


def to_step(programme: ProgrammeFeature, title: str) -> None:
    c = programme.controller
    step = next(s for s in c.steps() if s.title == title)
    assert c.jump(step.id) and c.step is step
    settle()


def test_page_down_and_arrows_walk_the_steps_on_the_laptop_and_the_projector(qtbot, facilitator: MainWindow,
                                                                             programme: ProgrammeFeature) -> None:
    c, room = programme.controller, facilitator.presentation.window
    next_page, previous_page = facilitator.page_actions
    assert not next_page.isEnabled()  # nothing runs: PageDown keeps its usual meaning
    c.start(1)
    facilitator.presentation.show_content("schema")
    assert next_page.isEnabled()
    next_page.trigger()
    assert c.position() == (2, 8)
    qtbot.keyClick(room, Qt.Key.Key_Right)
    assert c.position() == (3, 8)
    qtbot.keyClick(room, Qt.Key.Key_Left)
    previous_page.trigger()
    assert c.position() == (1, 8)


def test_the_strip_stands_above_an_activity_but_not_above_the_step_itself(qtbot, facilitator: MainWindow,
                                                                          programme: ProgrammeFeature) -> None:
    c, room = programme.controller, facilitator.presentation.window
    c.start(1)
    settle()
    assert room.content_name() == PAGE and room.band() is None  # an explanation: the step's own page
    to_step(programme, "Stemronde: welke formulering van de hoofdambitie?")
    assert room.content_name() == "stemmen"
    band = room.band()
    assert band is not None and band.isVisibleTo(room) and "Stemronde: welke formulering" in band.step.text()
    c.ask = lambda question, doubts, yes: True
    c.finish()
    assert room.band() is None


def test_a_voting_step_opens_a_round_with_the_wordings_written_before(facilitator: MainWindow, programme: ProgrammeFeature,
                                                                      asked_rounds: list) -> None:  # type: ignore[type-arg]
    c, t = programme.controller, facilitator.document.trajectory
    c.start(1)
    to_step(programme, "De hoofdambitie formuleren")
    c.write(c.step.id, "notes", "- Samen zorgen dat iedereen mee kan doen\n\n- Een buurt waar je op elkaar kunt rekenen")  # type: ignore[union-attr]
    c.next()
    settle()
    chosen, prefill = asked_rounds[-1]
    assert prefill.question == "Welke formulering van de hoofdambitie?"  # type: ignore[attr-defined]
    assert chosen == [] and prefill.single and prefill.free_texts == (  # type: ignore[attr-defined]
        t.theory.ambition, "Samen zorgen dat iedereen mee kan doen", "Een buurt waar je op elkaar kunt rekenen")
    voting_round = t.voting_rounds[-1]
    assert voting_round.kind is RoundKind.SINGLE and len(voting_round.options) == 3
    assert c.step is not None and c.step.activity == voting_round.id
    facilitator.undo_action.trigger()  # undo the recorded activity
    facilitator.undo_action.trigger()  # undo the round
    facilitator.undo_action.trigger()  # undo 'next': the dialog does not come back
    assert len(asked_rounds) == 1


def test_the_room_sees_the_new_step_while_its_round_is_being_set_up(facilitator: MainWindow,
                                                                    programme: ProgrammeFeature,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.voting.setup_dialog import RoundDialog

    seen: list[str] = []

    def ask(cls, parent, t, chosen, existing=None, locked=False, prefill=None):  # type: ignore[no-untyped-def]
        seen.append(room_texts(facilitator.presentation.window))
        return None  # the facilitator cancels the round
    monkeypatch.setattr(RoundDialog, "ask", classmethod(ask))
    c = programme.controller
    c.start(1)
    facilitator.host.show_projector_page(PAGE)
    to_step(programme, "De hoofdambitie formuleren")
    c.next()
    settle()
    assert seen and "Stemronde: welke formulering" in seen[0] and "De hoofdambitie formuleren" not in seen[0]


def test_a_scoring_step_starts_a_round_on_every_assumption(facilitator: MainWindow, programme: ProgrammeFeature) -> None:
    c, t = programme.controller, facilitator.document.trajectory
    for text, element in (("Als er plekken zijn, dan ontmoeten mensen elkaar.", "B5-D1"), ("Mantelzorg houdt vol.", "B7")):
        facilitator.document.push(ae.add_assumption(t, text, element))
    step = next(s for s in t.steps if s.kind is StepKind.SCORE)
    before = len(t.scoring_rounds)
    assert c.jump(step.id)
    settle()
    assert len(t.scoring_rounds) == before + 1 and t.scoring_rounds[-1].assumption_ids == [a.id for a in t.assumptions]
    assert c.step is not None and c.step.activity == f"scoreronde {t.scoring_rounds[-1].number}"
    assert facilitator.presentation.window.content_name() == "scoren"


def test_a_step_that_opens_the_check_asks_that_feature(facilitator: MainWindow, programme: ProgrammeFeature) -> None:
    opened: list[str] = []

    class Check:
        name = "controle"

        def open(self) -> None:
            opened.append("controle")
    facilitator.host.features["controle"] = Check()  # type: ignore[assignment]
    step = next(s for s in facilitator.document.trajectory.steps if s.opens == "controle")
    programme.controller.jump(step.id)
    settle()
    assert opened == ["controle"]


def test_an_own_template_is_kept_and_loaded(facilitator: MainWindow, programme: ProgrammeFeature,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    t = facilitator.document.trajectory
    facilitator.document.push(pe.add_step(t, 2, "Koffie", minutes=15))
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "Mijn vier sessies"))
    programme.save_template()
    assert [p.name for p in own_templates()] == ["mijn-vier-sessies.toml"]
    facilitator.document.push(pe.remove_step(t, steps_of(t.steps, 2)[-1].id))
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda cls, parent, title, label, options, current=0: 1))
    programme.load_template()
    assert steps_of(t.steps, 2)[-1].title == "Koffie"
    assert "geladen" in facilitator.statusBar().currentMessage()


def test_the_clock_key_pauses_on_the_laptop(facilitator: MainWindow, programme: ProgrammeFeature, clock: FakeClock) -> None:
    c = programme.controller
    c.start(3)
    programme.actions["clockAction"].trigger()
    clock.wait(minutes=4)
    assert not c.countdown.running and c.left() == 15 * 60


def test_resuming_a_reopened_workbook_puts_the_step_back_and_a_finished_session_thanks_the_room(
        facilitator: MainWindow, programme: ProgrammeFeature, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workshop import storage

    c, room = programme.controller, facilitator.presentation.window
    c.start(1)
    settle()
    c.stop_for_today()
    path = tmp_path / "traject.xlsx"
    storage.save(facilitator.document.trajectory, path)
    facilitator.document.replace(storage.load(path).trajectory, path)
    facilitator.presentation.show_content("schema")
    assert c.start(1)
    settle()
    assert room.content_name() == PAGE and "Welkom en kennismaking" in room_texts(room)
    c.toggle_clock()
    facilitator.presentation.show_content("schema")
    assert c.start(1)  # 'Hervatten' after a pause of the clock leaves the projector as it is
    settle()
    assert room.content_name() == "schema"
    c.ask = lambda question, doubts, yes: True
    assert programme.finish()  # Afsluiten puts the room's thanks on the projector
    assert room.content_name() == PAGE
    text = room_texts(room)
    assert "Bedankt voor jullie inbreng" in text and "Volgende keer: sessie 2, Deelambities en bouwstenen" in text


def test_the_winning_wording_is_offered_as_the_hoofdambitie_once(facilitator: MainWindow, programme: ProgrammeFeature,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from tests.ui.conftest import answer_go_ahead
    from workshop import process_edits as people
    from workshop import voting_edits as ve
    from workshop.voting import RoundStatus

    c, t, document = programme.controller, facilitator.document.trajectory, facilitator.document
    c.start(1)
    to_step(programme, "De hoofdambitie formuleren")
    c.write(c.step.id, "notes", "- Samen zorgen dat iedereen mee kan doen")  # type: ignore[union-attr]
    c.next()
    settle()
    voting_round = t.voting_rounds[-1]
    document.push(people.add_participant(t, "Anna"))
    document.push(people.add_participant(t, "Bram"))
    wording = next(o for o in voting_round.options if o.label == "Samen zorgen dat iedereen mee kan doen")
    for person in t.participants:
        document.push(ve.CastBallot(t, voting_round.id, person.id, {wording.code: 1}, dt.datetime(2026, 12, 4, 10)))
    asked = answer_go_ahead(monkeypatch, answer=True)
    settle()
    assert asked == []  # nothing revealed yet
    before = t.theory.ambition
    document.push(ve.set_status(t, voting_round.id, RoundStatus.REVEALED))
    settle()
    assert asked[0][0] == "De zaal koos: ‘Samen zorgen dat iedereen mee kan doen’. Als hoofdambitie overnemen?"
    assert t.theory.ambition == "Samen zorgen dat iedereen mee kan doen"
    facilitator.undo_action.trigger()  # back to the wording that stood
    assert t.theory.ambition == before
    document.push(ve.set_status(t, voting_round.id, RoundStatus.CLOSED))
    document.push(ve.set_status(t, voting_round.id, RoundStatus.REVEALED))
    settle()
    assert len(asked) == 1  # asked once per round


def test_every_line_of_the_step_page_is_readable_from_the_back(qtbot, programme: ProgrammeFeature) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import show_at
    from ui.programme.projector import ProgrammePage

    programme.controller.start(1)
    page = show_at(qtbot, ProgrammePage(programme.controller), 1920, 1080)
    for label in (page.where, page.title, page.clock, page.room):
        label.ensurePolished()
        assert label.font().pixelSize() >= 0.035 * 1080, label.text()


def test_under_the_strip_the_voting_page_keeps_the_rooms_text_size(qtbot, facilitator: MainWindow,
                                                                    programme: ProgrammeFeature) -> None:
    """The strip takes height from the page, not from the text: 3.5 % of the screen's 1080 pixels still."""
    room = facilitator.presentation.window
    programme.controller.start(1)
    to_step(programme, "Stemronde: welke formulering van de hoofdambitie?")
    room.resize(1920, 1080)
    room.show()
    qtbot.waitExposed(room)
    page = room.content("stemmen")
    qtbot.waitUntil(lambda: page.height() < 1080 - 20)  # the strip stands above it
    for label in (page.title, page.status):
        label.ensurePolished()
        assert label.font().pixelSize() >= 0.035 * 1080, label.text()


def test_pausing_the_clock_says_so_under_the_digits_and_moves_nothing(qtbot, programme: ProgrammeFeature) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import show_at
    from ui.programme.projector import ProgrammePage

    programme.controller.start(1)
    page = show_at(qtbot, ProgrammePage(programme.controller), 1920, 1080)
    before = (page.title.geometry(), page.room.geometry())
    programme.controller.toggle_clock()  # T
    qtbot.waitUntil(lambda: "gepauzeerd" in page.clock.text())
    assert (page.title.geometry(), page.room.geometry()) == before
    assert page.clock.width() < 1920 / 3  # the words stand under the digits, not beside them


def test_closing_a_session_names_a_round_not_yet_revealed(facilitator: MainWindow, programme: ProgrammeFeature) -> None:
    c = programme.controller
    c.start(1)
    to_step(programme, "Stemronde: welke formulering van de hoofdambitie?")
    round_id = facilitator.feature("stemmen").round_id
    asked: list[list[str]] = []
    c.ask = lambda question, doubts, yes: asked.append(doubts) is None and False  # 'Annuleren'
    assert not c.finish()
    assert f"Stemronde {round_id} is nog niet onthuld; na het afsluiten kan dat nog in het paneel Stemmen." in asked[0]
