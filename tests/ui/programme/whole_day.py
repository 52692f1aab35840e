"""A whole day of four sessions, driven through the real window's controllers on a fake clock: about 2,000
commands (people registered, steps run with their notes typed key by key, rounds opened by the steps, ballots,
assumptions and scores, bouwstenen and actions), the workbook saved, closed and reopened between sessions.

The day is a list of small actions, the same in every run, so a run killed at action K and recovered can go on at
K and must end exactly where an unbroken run ends. Used by test_whole_day.py and tests/benchmarks/bench_day.py.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workshop import assumption_edits as ae
from workshop import process_edits as pe
from workshop import storage
from workshop import theory_edits as te
from workshop.assumptions import Monitoring
from workshop.programme import StepKind, steps_of
from workshop.theory import RelationType
from workshop.voting import RoundStatus

Action = Callable[[], None]
DAY = dt.datetime(2026, 12, 4, 9, 0)
NAMES = ("Anna", "Bram", "Ceyda", "Dirk", "Eva", "Fatima", "Gijs", "Hanna", "Ilias", "Joke", "Karim", "Lotte",
         "Mees", "Nadia", "Otto", "Priya", "Quinten", "Roos", "Sem", "Tamara")
ORGANISATIONS = ("Gemeente", "Welzijn", "Bibliotheek", "Mantelzorg", "Buurthuis", "GGD", "Bewoners")


class FixedClock:
    """Time follows the action being done, so every run of the day sees the same moments."""

    def __init__(self) -> None:
        self.index = 0

    def __call__(self) -> dt.datetime:
        return DAY + dt.timedelta(seconds=20 * self.index)


def answer_rounds() -> None:
    """The round dialog a voting step opens answers with the step's own prefill (as the facilitator's OK)."""
    from ui.voting.setup_dialog import RoundDialog, RoundSpec
    from workshop.voting import RoundKind

    def ask(cls, parent, t, chosen, existing=None, locked=False, prefill=None):  # type: ignore[no-untyped-def]
        single = bool(prefill and prefill.single)
        session = t.current_session()
        rules = {"session_number": session.number if session else None, "anonymous": False,
                 "kind": RoundKind.SINGLE if single else RoundKind.DOTS}
        return RoundSpec(prefill.question if prefill else "Vraag", list(chosen),
                         list(prefill.free_texts) if prefill else [], rules)
    RoundDialog.ask = classmethod(ask)  # type: ignore[method-assign, assignment]


class Day:
    """The actions of the day for one window; `path` is the workbook saved between sessions."""

    def __init__(self, window: Any, path: Path, clock: FixedClock) -> None:
        self.window, self.path, self.clock = window, path, clock
        self.rng = random.Random(2026)
        self.actions: list[Action] = []
        self._plan()

    # -- reaching the window's parts (a reopened document keeps the same controllers) ----------------------------
    @property
    def t(self) -> Any:
        return self.window.document.trajectory

    def feature(self, name: str) -> Any:
        return self.window.feature(name)

    def push(self, build: Callable[[], Any]) -> Action:
        return lambda: self.window.document.push(build())

    # -- the plan ---------------------------------------------------------------------------------------------------
    def _plan(self) -> None:
        add = self.actions.append
        for number in (1, 2, 3, 4):
            add(lambda n=number: self.feature("programma").controller.start(n))
            for index, title in enumerate(self._titles(number)):
                self._work(number, index, title)
                self._notes(f"{title}: wat de groep zei, genoteerd tijdens de stap. ")
                add(lambda: self.feature("programma").controller.next() if not self._last() else None)
            add(lambda: self.feature("programma").controller.finish())
            add(self.save_and_reopen)

    def _titles(self, number: int) -> list[str]:
        from workshop.content import new_trajectory

        return [s.title for s in steps_of(new_trajectory().steps, number)]

    def _last(self) -> bool:
        c = self.feature("programma").controller
        return c.step is not None and c.next_step() is None

    def _notes(self, text: str) -> None:
        """Quick capture, typed key by key into the running step's notes (merged into one undo step)."""
        for end in range(1, len(text) + 1):
            self.actions.append(lambda end=end: self._type(text[:end]))

    def _type(self, typed: str) -> None:
        c = self.feature("programma").controller
        if c.step is not None:
            c.write(c.step.id, "notes", typed)

    def _work(self, number: int, index: int, title: str) -> None:
        """What happens during a step, by session and position."""
        work = {(1, 0): self._register, (1, 5): self._vote, (2, 2): self._place, (2, 4): self._vote,
                (3, 1): self._assumptions, (3, 2): self._score, (3, 4): self._actions, (4, 3): self._monitor}
        if (number, index) in work:
            work[(number, index)]()

    def _register(self) -> None:
        for i, name in enumerate(NAMES):
            self.actions.append(self.push(lambda i=i, name=name: pe.add_participant(
                self.t, name, ORGANISATIONS[i % len(ORGANISATIONS)], present_in=1)))
        for number in (2, 3, 4):
            for i in range(len(NAMES)):
                self.actions.append(self.push(lambda n=number, i=i: pe.set_present(self.t, n, self.t.participants[i].id,
                                                                                  i % 9 != 4)))

    def _vote(self) -> None:
        """Every voter in turn through the voting controller, then the reveal."""
        for turn in range(len(NAMES)):
            self.actions.append(lambda turn=turn: self._ballot(turn))
        self.actions.append(lambda: self.feature("stemmen").controller.set_status(RoundStatus.REVEALED))

    def _ballot(self, turn: int) -> None:
        c = self.feature("stemmen").controller
        pending = c.pending()
        if not pending or c.round is None:
            return
        c.start_turn(pending[0].id)
        codes = [o.code for o in c.round.options]
        for k in range(c.round.dots):
            c.add_dot(codes[(turn * 3 + k * 5) % len(codes)])
        c.confirm()

    def _place(self) -> None:
        kinds = list(RelationType)
        for i in range(24):
            block, sub = f"B{1 + i % 10}", f"D{1 + i % 5}"
            self.actions.append(self.push(lambda b=block, s=sub, k=kinds[i % len(kinds)]: te.set_relation(self.t, b, s, k)))
        for name in ("Buurtkracht", "Digitale inclusie", "Samen eten"):
            self.actions.append(self.push(lambda name=name: te.add_block(self.t, name, "Een eigen bouwsteen.")))

    def _assumptions(self) -> None:
        for i in range(30):
            block, sub = f"B{1 + i % 10}", f"D{1 + i % 5}"
            self.actions.append(self.push(lambda i=i, b=block, s=sub: ae.add_assumption(
                self.t, f"Als {b} groeit, dan draagt dat bij aan {s}, omdat mensen elkaar vaker zien ({i}).", f"{b}-{s}")))

    def _score(self) -> None:
        """The scoring round the step opened: every scorer fills the whole card, then the reveal."""
        for turn in range(len(NAMES)):
            self.actions.append(lambda turn=turn: self._card(turn))
        self.actions.append(lambda: self.feature("scoren").controller.set_status(RoundStatus.REVEALED))

    def _card(self, turn: int) -> None:
        c = self.feature("scoren").controller
        pending = c.pending()
        if not pending:
            return
        c.start_turn(pending[0].id)
        for k, _ in enumerate(c.assumptions()):
            c.type_digit(1 + (turn + k) % 5)
            c.type_digit(1 + (turn * 2 + k) % 5)
        c.confirm()

    def _actions(self) -> None:
        for i in range(20):
            self.actions.append(self.push(lambda i=i: te.add_action(self.t, f"B{1 + i % 10}", f"Actie {i}: samen aan de slag",
                                                                    ["gemeente", "welzijn"][: 1 + i % 2])))

    def _monitor(self) -> None:
        """Six assumptions chosen to monitor, each with an indicator."""
        for i in range(6):
            self.actions.append(self.push(lambda i=i: ae.edit_assumption(self.t.assumptions[i].id, "monitored", True)))
            self.actions.append(self.push(lambda i=i: ae.edit_assumption(
                self.t.assumptions[i].id, "monitoring", Monitoring(indicator=f"indicator {i}", who="gemeente"))))

    # -- between sessions --------------------------------------------------------------------------------------------
    def save_and_reopen(self) -> None:
        """Save the workbook, close it and open it again (the next session is weeks later)."""
        window = self.window
        storage.save(self.t, self.path)
        window.document.stack.set_clean()
        window.document.replace(storage.load(self.path).trajectory, self.path)

    def run(self, start: int = 0, stop: int | None = None, every: Callable[[int], None] | None = None) -> int:
        """Do actions start..stop-1; `every(index)` after each. Returns where it stopped."""
        stop = len(self.actions) if stop is None else stop
        for index in range(start, stop):
            self.clock.index = index
            self.actions[index]()
            if every is not None:
                every(index)
        return stop


def commands_in(window: Any) -> int:
    """How many commands were pushed (undo steps plus merged typing) since the counter was installed."""
    return int(getattr(window.document, "pushes", 0))


def count_pushes(window: Any) -> None:
    """Count every push to the document (typing that merges counts too)."""
    document = window.document
    original = document.push
    document.pushes = 0

    def push(command: Any) -> None:
        document.pushes += 1
        original(command)
    document.push = push


def wire(window: Any, clock: FixedClock) -> None:
    """Put the controllers on the day's clock and let the voting steps' dialog answer."""
    answer_rounds()
    window.feature("programma").controller._clock = clock
    window.feature("programma").controller._timer.setInterval(10**8)
    window.feature("stemmen").controller._clock = clock


def kinds_used(t: Any) -> set[StepKind]:
    """Which kinds of step ran (the day touches every kind)."""
    return {s.kind for s in t.steps if s.status.value == "gedaan"}
