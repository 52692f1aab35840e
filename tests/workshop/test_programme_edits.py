"""The programme as a state machine, without Qt: start, advance, back, skip, finish, resume after a save, edit the
steps; any sequence undoes to the start and never leaves two running steps in a session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop import programme_edits as pe
from workshop import storage
from workshop.commands import CommandStack
from workshop.content import new_trajectory
from workshop.programme import StepKind, StepStatus, resume_step, running_step, steps_of
from workshop.programme_templates import default_template, read_template, template_of, write_template
from workshop.sessions import SessionStatus
from workshop.trajectory import Trajectory

NOW = dt.datetime(2026, 12, 4, 9, 30)


def at(minutes: int) -> dt.datetime:
    return NOW + dt.timedelta(minutes=minutes)


@pytest.fixture
def t() -> Trajectory:
    return new_trajectory()


def statuses(t: Trajectory, number: int) -> list[str]:
    return [s.status.value for s in steps_of(t.steps, number)]


def test_a_new_trajectory_follows_the_default_programme(t: Trajectory) -> None:
    assert [len(steps_of(t.steps, n)) for n in (1, 2, 3, 4)] == [8, 6, 6, 5]
    kinds = {s.kind for s in t.steps}
    assert kinds == set(StepKind)  # every kind of werkvorm is used
    assert new_trajectory("leeg").steps == t.steps  # an empty model follows the same programme


def test_start_advance_back_and_finish(t: Trajectory) -> None:
    stack = CommandStack(t)
    stack.push(pe.start_session(t, 1, NOW))
    session = t.session(1)
    assert session is not None and session.status is SessionStatus.RUNNING and session.date == NOW.date()
    assert statuses(t, 1)[:2] == ["bezig", "te doen"]
    stack.push(pe.advance(t, 1, at(14), 14))
    first, second = steps_of(t.steps, 1)[:2]
    assert (first.status, first.minutes_spent, first.finished) == (StepStatus.DONE, 14, at(14))
    assert (second.status, second.started) == (StepStatus.RUNNING, at(14))
    stack.push(pe.back(t, 1, at(15)))
    assert statuses(t, 1)[:2] == ["bezig", "te doen"] and first.finished is None
    stack.undo()
    stack.push(pe.skip(t, steps_of(t.steps, 1)[2].id))
    stack.push(pe.advance(t, 1, at(30), 16))
    assert statuses(t, 1)[:4] == ["gedaan", "gedaan", "overgeslagen", "bezig"]  # the skipped step is passed
    stack.push(pe.finish_session(t, 1, at(40), 10))
    assert session.status is SessionStatus.DONE and statuses(t, 1)[3] == "gedaan" and "bezig" not in statuses(t, 1)


def test_the_edges_are_refused_in_dutch(t: Trajectory) -> None:
    with pytest.raises(pe.ProgrammeError, match="In sessie 2 loopt geen stap; start de sessie eerst."):
        pe.advance(t, 2, NOW, 1)
    t_stack = CommandStack(t)
    t_stack.push(pe.start_session(t, 4, NOW))
    with pytest.raises(pe.ProgrammeError, match="'Terugblik' is de eerste stap van sessie 4."):
        pe.back(t, 4, NOW)
    for _ in range(4):
        t_stack.push(pe.advance(t, 4, NOW, 1))
    with pytest.raises(pe.ProgrammeError, match="is de laatste stap van sessie 4; sluit de sessie af."):
        pe.advance(t, 4, NOW, 1)
    with pytest.raises(pe.ProgrammeError, match="In sessie 1 loopt geen stap; extra minuten gaan naar een lopende"):
        pe.give_minutes(t, 1, 5)
    t_stack.push(pe.give_minutes(t, 4, 480))
    with pytest.raises(pe.ProgrammeError, match="heeft al 480 extra minuten; meer dan 480 kan niet"):
        pe.give_minutes(t, 4, 1)
    with pytest.raises(pe.ProgrammeError, match="alleen een stap die nog moet, kan worden overgeslagen"):
        pe.skip(t, steps_of(t.steps, 4)[0].id)
    with pytest.raises(pe.ProgrammeError, match="sla de stap over in plaats van hem te verwijderen"):
        pe.remove_step(t, steps_of(t.steps, 4)[0].id)


def test_a_session_resumes_weeks_later_at_the_step_where_it_stopped(t: Trajectory, tmp_path: Path) -> None:
    stack = CommandStack(t)
    stack.push(pe.start_session(t, 2, NOW))
    stack.push(pe.advance(t, 2, at(12), 12))
    stack.push(pe.edit_step(t, steps_of(t.steps, 2)[1].id, "notes", "D3 en D4 samenvoegen?"))
    stack.push(pe.pause_session(t, 2, at(20), 8))
    storage.save(t, tmp_path / "werkmap.xlsx")
    later = storage.load(tmp_path / "werkmap.xlsx").trajectory
    step = resume_step(later.steps, 2)
    assert step is not None and step.title == "De deelambities vaststellen" and step.minutes_spent == 8
    assert step.notes == "D3 en D4 samenvoegen?" and step.started == at(12)
    again = CommandStack(later)
    again.push(pe.start_session(later, 2, at(60 * 24 * 21)))
    assert again.undo_label() == "Sessie 2 hervatten" and running_step(later.steps, 2) == step


def test_editing_steps_and_an_own_template(t: Trajectory, tmp_path: Path) -> None:
    stack = CommandStack(t)
    first = steps_of(t.steps, 3)[0]
    stack.push(pe.add_step(t, 3, "Pauze", after=first.id, minutes=15))
    assert [s.title for s in steps_of(t.steps, 3)][:2] == [first.title, "Pauze"]
    stack.push(pe.move_step(t, steps_of(t.steps, 3)[1].id, -1))
    assert steps_of(t.steps, 3)[0].title == "Pauze"
    with pytest.raises(pe.ProgrammeError, match="staat al bovenaan"):
        pe.move_step(t, steps_of(t.steps, 3)[0].id, -1)
    with pytest.raises(pe.ProgrammeError, match="opent aannames, niet 'verhaal'"):
        pe.edit_step(t, steps_of(t.steps, 3)[3].id, "opens", "verhaal")
    path = tmp_path / "mijn-programma.toml"
    write_template(template_of("Mijn programma", t.steps, t.sessions), path)
    mine = read_template(path)
    assert mine.name == "Mijn programma" and [s.title for s in mine.steps] == [s.title for s in t.steps]
    fresh = new_trajectory()
    CommandStack(fresh).push(pe.use_template(fresh, mine.steps, mine.titles))
    assert [s.title for s in fresh.steps] == [s.title for s in t.steps]
    assert len({s.id for s in fresh.steps}) == len(fresh.steps)


def test_loading_a_template_keeps_what_already_happened(t: Trajectory) -> None:
    stack = CommandStack(t)
    stack.push(pe.start_session(t, 1, NOW))
    stack.push(pe.advance(t, 1, at(15), 15))
    template = default_template()
    short = [s for s in template.steps if s.session_number != 1 or s.title.startswith("Afronding")]
    stack.push(pe.use_template(t, short, template.titles))
    own = steps_of(t.steps, 1)
    assert [s.status.value for s in own] == ["gedaan", "bezig", "te doen"] and own[-1].title.startswith("Afronding")


ACTIONS = st.lists(st.tuples(st.sampled_from(["start", "advance", "back", "skip", "finish", "pause", "add", "move",
                                                 "extra"]),
                             st.integers(1, 4), st.integers(0, 7)), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ACTIONS)
def test_any_sequence_keeps_one_running_step_per_session_and_undoes_to_the_start(actions) -> None:  # type: ignore[no-untyped-def]
    t = new_trajectory()
    start = t.model_copy(deep=True)
    stack = CommandStack(t)
    for index, (verb, number, pick) in enumerate(actions):
        try:
            stack.push(_command(t, verb, number, pick, at(index)))
        except pe.ProgrammeError:
            pass
        for n in (1, 2, 3, 4):
            assert statuses(t, n).count("bezig") <= 1
            assert all(s.started is not None for s in steps_of(t.steps, n) if s.status is StepStatus.RUNNING)
    while stack.can_undo():
        stack.undo()
    assert t == start


def _command(t: Trajectory, verb: str, number: int, pick: int, now: dt.datetime):  # type: ignore[no-untyped-def]
    own = steps_of(t.steps, number)
    step = own[pick % len(own)]
    return {
        "start": lambda: pe.start_session(t, number, now), "advance": lambda: pe.advance(t, number, now, 3),
        "back": lambda: pe.back(t, number, now), "skip": lambda: pe.skip(t, step.id),
        "finish": lambda: pe.finish_session(t, number, now, 2), "pause": lambda: pe.pause_session(t, number, now, 1),
        "add": lambda: pe.add_step(t, number, f"Extra {pick}", after=step.id),
        "move": lambda: pe.move_step(t, step.id, 1 if pick % 2 else -1),
        "extra": lambda: pe.give_minutes(t, number, 5),
    }[verb]()


def test_a_new_kind_and_what_it_opens_change_together(t: Trajectory) -> None:
    stack = CommandStack(t)
    explain = next(s for s in t.steps if s.kind is StepKind.EXPLAIN)
    stack.push(pe.edit_step_fields(t, explain.id, {"kind": StepKind.VOTE, "opens": "bouwstenen"}))
    assert (explain.kind, explain.opens) == (StepKind.VOTE, "bouwstenen")
    stack.push(pe.edit_step(t, explain.id, "kind", StepKind.EXPLAIN))  # an uitleg opens nothing: 'bouwstenen' goes
    assert (explain.kind, explain.opens) == (StepKind.EXPLAIN, "")
    stack.undo()
    stack.undo()
    assert (explain.kind, explain.opens) == (StepKind.EXPLAIN, "")
    with pytest.raises(pe.ProgrammeError, match="opent niets, niet 'ambitie'"):
        pe.edit_step_fields(t, explain.id, {"opens": "ambitie"})


def test_loading_the_built_in_programme_on_the_demo_adds_nothing_to_sessions_done() -> None:
    from workshop.demo import build_demo

    demo = build_demo()
    before = [(s.session_number, s.title, s.status) for s in demo.steps]
    template = default_template()
    CommandStack(demo).push(pe.use_template(demo, template.steps, template.titles))
    assert [(s.session_number, s.title, s.status) for s in demo.steps] == before  # all four sessions are afgerond


@pytest.mark.parametrize(("text", "message"), [
    ('[[sessie]]\nnr = "twee"\n', "sessie 1: nr moet een heel getal van 1 tot 99 zijn, niet 'twee'"),
    ('sessie = "x"\n', "sessie 1 is geen tabel [[sessie]]"),
    ('[[sessie]]\nnr = 1\n[[sessie.werkvorm]]\ntitel = "x"\nminuten = "tien"\n',
     "sessie 1, werkvorm 1: minuten moet een heel getal van 0 tot 480 zijn, niet 'tien'"),
    ('[[sessie]]\nnr = 1\n[[sessie.werkvorm]]\ntitel = " "\nsoort = "dansen"\n',
     "titel mag niet leeg zijn; soort moet een van: uitleg,"),
])
def test_a_careless_template_file_gets_a_dutch_message_naming_the_place(tmp_path: Path, text: str, message: str) -> None:
    from workshop.content import ContentError

    path = tmp_path / "eigen.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_template(path)
    assert str(caught.value).startswith("eigen.toml") and message in str(caught.value)
