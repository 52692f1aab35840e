"""The programme in the room: which session runs, which step, the countdown, notes on the projector or not.
Only a started, advanced, skipped or finished step (and a typed note) becomes a command; the clock is transient."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ui.document import Document
from ui.programme import texts
from ui.programme.countdown import Countdown
from ui.pushing import Say, push
from workshop import programme_edits as pe
from workshop.commands import Command
from workshop.programme import Step, StepStatus, resume_step, running_step, step_after, steps_of
from workshop.registry import Change
from workshop.sessions import Session, SessionStatus
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus

Clock = Callable[[], dt.datetime]
Ask = Callable[[str, list[str], str], bool]


class ProgrammeController(QObject):
    """Runs a session: start, next, back, jump, skip, pause the clock, extra minutes, finish or stop for today."""

    changed = Signal()          # the session, its steps or the clock's state changed
    ticked = Signal()           # a second passed on a running clock
    stepStarted = Signal(str)   # a step just began (or was returned to): its activity may open

    def __init__(self, document: Document, say: Say, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self._say = document, say
        self._clock = clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self.countdown = Countdown()
        self.show_notes = False  # the step's notes on the projector (the facilitator's choice, off by default)
        self.number: int | None = None
        self.ask: Ask = lambda _question, _doubts, _yes: True  # the feature asks the facilitator (GoAhead)
        self._tracking: str | None = None  # the step the countdown belongs to
        self._opened: str | None = None  # the step whose activity was opened last in this workbook
        self._live: int | None = None  # the session the clock follows: the one last started or moved in
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        self._on_replaced()

    # -- reading -----------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        """The session shown (the running one, else the one chosen)."""
        return self.document.trajectory.session(self.number) if self.number else None

    def steps(self) -> list[Step]:
        """The steps of the session shown."""
        return steps_of(self.document.trajectory.steps, self.number) if self.number else []

    @property
    def step(self) -> Step | None:
        """The running step of the session shown."""
        return running_step(self.document.trajectory.steps, self.number) if self.number else None

    def next_step(self) -> Step | None:
        """What comes after the running step (or the step a start would begin with)."""
        step = self.step
        t = self.document.trajectory
        return step_after(t.steps, step) if step else (resume_step(t.steps, self.number) if self.number else None)

    def is_running(self) -> bool:
        """True while the session shown runs (a step is running in it)."""
        return self.step is not None

    def is_live(self) -> bool:
        """True while the clock runs on the session shown (not stopped for today, not paused)."""
        return self.is_running() and self.countdown.running and self._live == self.number

    def position(self) -> tuple[int, int]:
        """(number of the running step, steps in the session without the skipped ones)."""
        own = [s for s in self.steps() if s.status is not StepStatus.SKIPPED]
        step = self.step
        return (own.index(step) + 1 if step in own else 0), len(own)

    def now(self) -> dt.datetime:
        """The controller's clock (a fake one in tests)."""
        return self._clock()

    # -- running a session -------------------------------------------------------------------
    def choose(self, number: int) -> None:
        """Show a session (its steps, notes and what comes next) without starting it."""
        if number != self.number:
            self.number = number
            self._follow()
            self.changed.emit()

    def start(self, number: int | None = None) -> bool:
        """Start or resume a session at its step; the countdown starts."""
        number = number or self.number
        if number is None:
            self._say(texts.NO_SESSION)
            return False
        others = [s.number for s in self.document.trajectory.sessions
                  if s.status is SessionStatus.RUNNING and s.number != number and
                  running_step(self.document.trajectory.steps, s.number)]
        if others and not self._stop_for_today(others[0]):
            return False
        if not self._may_reopen(number):
            return False
        self.number = number
        t = self.document.trajectory
        session = t.session(number)
        settled = session is not None and session.status is SessionStatus.RUNNING and session.date is not None
        resumed = settled and running_step(t.steps, number) is not None
        if not resumed and not self._move(lambda: pe.start_session(t, number, self.now())):
            return False
        self._live = number
        self._follow()  # the clock on this session's step (also after another session stopped for today)
        if self.step is None:
            self._say(texts.NOTHING_LEFT.format(number=number))
        elif not self.countdown.running:  # resumed: the clock runs on from where it stood
            self.countdown.resume(self.now())
            self._timer.start()
        self.changed.emit()
        if resumed and self.step is not None and self.step.id != self._opened:
            self._opened = self.step.id  # a reopened workbook: the room sees the step (and its round) again
            self.stepStarted.emit(self.step.id)
        return True

    def next(self) -> bool:
        """The running step is done; the next one starts (at the last step: say how to finish)."""
        if self.number is None or self.step is None:
            if self.session is not None and self.session.status is SessionStatus.DONE:
                self._say(texts.SESSION_DONE.format(number=self.number))  # a clicker press does not reopen it
                return False
            return self.start()
        minutes = self.countdown.minutes_run(self.now())
        return self._move(lambda: pe.advance(self.document.trajectory, self.number, self.now(), minutes))  # type: ignore[arg-type]

    def previous(self) -> bool:
        """Back to the step before."""
        if self.number is None:
            return False
        return self._move(lambda: pe.back(self.document.trajectory, self.number, self.now()))  # type: ignore[arg-type]

    def jump(self, step_id: str) -> bool:
        """Go straight to a step of the session (it starts)."""
        minutes = self.countdown.minutes_run(self.now()) if self.step else None
        step = self.document.trajectory.step(step_id)
        if step is not None and not self._may_reopen(step.session_number, step.title):
            return False
        if step is not None and step.session_number != self.number:
            self.number = step.session_number
        return self._move(lambda: pe.jump(self.document.trajectory, step_id, self.now(), minutes))

    def _may_reopen(self, number: int, at: str = "") -> bool:
        """A session afgerond opens again only when the facilitator says so (Start or Enter by mistake); `at` is the
        title of the step it opens at (else the first still to do)."""
        session = self.document.trajectory.session(number)
        if session is None or session.status is not SessionStatus.DONE:
            return True
        why = texts.REOPEN_AT.format(title=at) if at else texts.REOPEN_WHY
        return self.ask(texts.REOPEN.format(number=number), [why], texts.REOPEN_YES)

    def finish(self) -> bool:
        """Close the session: the running step is done, the session afgerond, the clock stops. Steps still to do
        are named first (Afsluiten by mistake halfway keeps the session open)."""
        session = self.session
        if session is None or session.status is SessionStatus.DONE:
            if session is not None:
                self._say(texts.FINISHED_ALREADY.format(number=session.number))
            return False
        left = [s.title for s in self.steps() if s.status is StepStatus.TODO and s is not self.step]
        doubts = ([_left_out(left)] if left else []) + _unrevealed(self.document.trajectory, session.number)
        if doubts and not self.ask(texts.FINISH_ASK.format(number=session.number), doubts, texts.FINISH_YES):
            return False
        minutes = self.countdown.minutes_run(self.now()) if self.step else None
        return self.push(lambda: pe.finish_session(self.document.trajectory, self.number, self.now(), minutes))  # type: ignore[arg-type]

    def stop_for_today(self) -> bool:
        """Stop in the middle of the session: the time so far is kept, a later start resumes at this step."""
        return self.number is not None and self._stop_for_today(self.number)

    def stop_for_today_live(self) -> bool:
        """Stop the session the clock follows for today (the app closes), whichever session the dock shows."""
        return self._live is not None and self._stop_for_today(self._live)

    def _stop_for_today(self, number: int) -> bool:
        minutes = self.countdown.minutes_run(self.now()) if self._tracking else None
        done = self.push(lambda: pe.pause_session(self.document.trajectory, number, self.now(), minutes))
        if done:  # the step stays the clock's, paused at its time: a start today or weeks later runs it on
            if self.countdown.running:
                self.countdown.pause(self.now())
            self._timer.stop()
            self.changed.emit()
        return done

    def skip(self, step_id: str, skipped: bool = True) -> bool:
        """Skip a step still to do, or take it back in."""
        return self.push(lambda: pe.skip(self.document.trajectory, step_id, skipped))

    def write(self, step_id: str, field: str, text: str) -> bool:
        """Quick capture: the notes or decisions of a step (typing merges into one undo step)."""
        return self.push(lambda: pe.edit_step(self.document.trajectory, step_id, field, text, mergeable=True))

    # -- the clock ------------------------------------------------------------------------------
    def toggle_clock(self) -> None:
        """Pause the countdown, or let it run again."""
        if self.countdown.running:
            self.countdown.pause(self.now())
            self._timer.stop()
        elif self._tracking:
            self.countdown.resume(self.now())
            self._timer.start()
        self.changed.emit()

    def add_minutes(self, minutes: int) -> None:
        """+1 or +5 minutes for the running step: kept with the step, so a later start or an undo knows them."""
        if self._live is not None and self.push(lambda: pe.give_minutes(self.document.trajectory, self._live, minutes)):
            self._say(texts.EXTRA.format(minutes=minutes))

    def tick(self) -> None:
        """A second passed (the QTimer, or a test's fake clock)."""
        self.ticked.emit()

    def left(self) -> float:
        """Seconds left of the running step (negative: over time)."""
        return self.countdown.left(self.now())

    def toggle_notes(self) -> None:
        """The step's notes and decisions on the projector, or not."""
        self.show_notes = not self.show_notes
        self._say(texts.NOTES_SHOWN if self.show_notes else texts.NOTES_HIDDEN)
        self.changed.emit()

    # -- keeping in step with the document ---------------------------------------------------
    def push(self, build: Callable[[], Command]) -> bool:
        """Push a programme command (editing a step from the dock); a refusal is said."""
        return push(self.document, build, self._say)

    def _move(self, build: Callable[[], Command]) -> bool:
        """A move the facilitator made: the step it lands on opens its activity (an undo or redo does not)."""
        self._moving, self._live = True, self.number
        try:
            return self.push(build)
        finally:
            self._moving = False

    _moving = False

    def _live_step(self) -> Step | None:
        """The clock's step: the one running in the session last started or moved in, whichever session the dock
        shows (another session stopped for today may still have a running step)."""
        return running_step(self.document.trajectory.steps, self._live) if self._live else None

    def _spent(self, step: Step) -> float:
        """Minutes a step has run: as recorded, else since it began today (an undone 'next', a crash), else none."""
        now, started = self.now(), step.started
        if step.minutes_spent is None and started is not None and started.date() == now.date() and started <= now:
            return (now - started).total_seconds() / 60
        return step.minutes_spent or 0

    def _follow(self) -> None:
        """Point the countdown at the running step (a start, next, back, undo or redo may have changed it); looking
        at another session in the dock leaves it alone."""
        step = self._live_step()
        if step is None:
            if self._tracking is not None:
                self.countdown.stop()
                self._timer.stop()
            self._tracking = None
            return
        if step.id != self._tracking:
            self._tracking = step.id
            self.countdown.start(_timebox(step), self.now(), self._spent(step))
            self._timer.start()
            if self._moving:
                self._opened = step.id
                self.stepStarted.emit(step.id)
        else:
            self.countdown.retime(_timebox(step))

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if changes & {Change.PROGRAMME, Change.SESSIONS}:
            if self.number is None or self.session is None:
                self.number = self._default_session()
            self._follow()
            self.changed.emit()

    def _on_replaced(self) -> None:
        """Another workbook: show its running (or next) session, paused until the facilitator resumes it."""
        self.countdown.stop()
        self._timer.stop()
        self._tracking, self._opened, self.show_notes = None, None, False
        self.number = self._live = self._default_session()
        step = self._live_step()
        if step is not None:
            self._tracking = step.id
            self._resume_clock(step)
        self.changed.emit()

    def _resume_clock(self, step: Step) -> None:
        """A workbook with a running step: stopped for today, it waits (paused) at the minutes it had; left running
        today (the app closed or crashed), its clock runs on from when the step began."""
        now = self.now()
        self.countdown.start(_timebox(step), now, self._spent(step))
        if step.minutes_spent is None and step.started is not None and step.started.date() == now.date():
            self._timer.start()
        else:
            self.countdown.pause(now)

    def _default_session(self) -> int | None:
        current = self.document.trajectory.current_session()
        return current.number if current else None


def _timebox(step: Step) -> int:
    """The step's minutes with the extra ones given."""
    return step.minutes + step.minutes_extra


def _left_out(titles: list[str]) -> str:
    """'Nog 2 stappen zijn niet gedaan: ‘Uitleg’, ‘Stemronde’. …'"""
    quoted = ", ".join(f"‘{t}’" for t in titles[:4]) + (f" en nog {len(titles) - 4}" if len(titles) > 4 else "")
    if len(titles) == 1:
        return texts.FINISH_LEFT_ONE.format(titles=quoted)
    return texts.FINISH_LEFT.format(n=len(titles), titles=quoted)


def _unrevealed(t: Trajectory, number: int) -> list[str]:
    """'Stemronde V-01 is nog niet onthuld.' for each round of the session the room has not seen the result of."""
    votes = [texts.VOTE_OPEN.format(id=r.id) for r in t.voting_rounds
             if r.session_number == number and r.status is not RoundStatus.REVEALED]
    scores = [texts.SCORE_OPEN.format(number=r.number) for r in t.scoring_rounds
              if r.session_number == number and r.status is not RoundStatus.REVEALED]
    return votes + scores
