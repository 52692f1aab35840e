"""The scoring controller: the transient state of a scoring round in the room (who scores now, the sheet being
filled, which assumption is on screen, what the map shows). Only a confirmed sheet, a typed cell or a status
change becomes a command."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from ui.document import Document
from ui.pushing import Say, push
from ui.scoring import texts
from workshop import assumption_edits as ae
from workshop.assumptions import GROUP, Assumption
from workshop.commands import Command
from workshop.registry import Change
from workshop.scoring import ScoreMode, ScoringRound, scorers_in
from workshop.sessions import Participant
from workshop.voting import RoundStatus


class Stage(StrEnum):
    """What the room sees of the active scoring round."""

    NONE = "geen"
    NAMES = "namen"
    CARD = "formulier"
    FACILITATOR = "begeleider"
    WAITING = "wachten"
    MAP = "kaart"


class ScoringController(QObject):
    """Runs the active scoring round: turns through the assumptions, consensus and paper entry, reveal."""

    changed = Signal()

    def __init__(self, document: Document, say: Say, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self._say = document, say
        self.number: int | None = None
        self.scorer: str | None = None
        self.sheet: dict[str, list[int | None]] = {}
        self.index = 0
        self.element_filter: str | None = None
        self.compare_with: int | None = None
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        self._on_replaced()

    # -- reading ----------------------------------------------------------------------------
    @property
    def round(self) -> ScoringRound | None:
        """The active scoring round."""
        return self.document.trajectory.scoring_round(self.number) if self.number else None

    def assumptions(self) -> list[Assumption]:
        """The assumptions of the active round, in its order."""
        t, scoring_round = self.document.trajectory, self.round
        found = (t.assumption(a) for a in scoring_round.assumption_ids) if scoring_round else ()
        return [a for a in found if a is not None]

    def scorers(self) -> list[Participant]:
        """Who scores: those present at the round's session (everyone when nobody is marked), without the facilitator."""
        t, scoring_round = self.document.trajectory, self.round
        session = t.session(scoring_round.session_number) if scoring_round and scoring_round.session_number else None
        present = set(session.attendance) if session and session.attendance else None
        return [p for p in t.participants if (present is None or p.id in present) and not p.facilitator]

    def has_scored(self, participant_id: str) -> bool:
        """True when this person's scores for the round are in."""
        return self.number is not None and participant_id in scorers_in(self.document.trajectory.scores, self.number)

    def pending(self) -> list[Participant]:
        """The scorers whose scores are not in yet."""
        return [p for p in self.scorers() if not self.has_scored(p.id)]

    @property
    def stage(self) -> Stage:
        """What the room sees now."""
        scoring_round = self.round
        if scoring_round is None:
            return Stage.NONE
        if scoring_round.status is RoundStatus.REVEALED:
            return Stage.MAP
        if scoring_round.status is RoundStatus.CLOSED:
            return Stage.WAITING
        if scoring_round.mode is not ScoreMode.TURNS:
            return Stage.FACILITATOR
        return Stage.CARD if self.scorer else Stage.NAMES

    def current(self) -> Assumption | None:
        """The assumption on the card now."""
        items = self.assumptions()
        return items[self.index] if 0 <= self.index < len(items) else None

    def pair(self, assumption_id: str) -> list[int | None]:
        """The current scorer's (belang, zekerheid) for an assumption so far."""
        return self.sheet.get(assumption_id, [None, None])

    def missing(self) -> list[str]:
        """The assumptions of the round the current scorer has not fully scored yet."""
        return [a.id for a in self.assumptions() if None in self.pair(a.id)]

    def name_of(self, participant_id: str | None) -> str:
        """A participant's name, for the screen."""
        person = self.document.trajectory.participant(participant_id) if participant_id else None
        return person.name if person else (participant_id or "")

    # -- turns ------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """A message for the facilitator (the status bar)."""
        self._say(text)

    def half_filled(self) -> bool:
        """True while someone's card has scores not yet confirmed; refuse anything that would drop them."""
        if self.scorer and self.sheet:
            self._say(texts.FINISH_FIRST.format(name=self.name_of(self.scorer)))
            return True
        return False

    def choose(self, number: int | None) -> bool:
        """Make a scoring round the active one; never while a card is half filled."""
        if number == self.number:
            return True
        if self.half_filled():
            self.changed.emit()  # the round list goes back to the active round
            return False
        self.number, self.scorer, self.sheet, self.index = number, None, {}, 0
        earlier = [r.number for r in self.document.trajectory.scoring_rounds if number and r.number < number]
        self.compare_with = earlier[-1] if earlier else None
        self.changed.emit()
        return True

    def start_turn(self, participant_id: str) -> bool:
        """Let this participant score now, starting at the first assumption."""
        if participant_id != self.scorer and self.half_filled():
            return False
        if self.stage not in (Stage.NAMES, Stage.CARD):
            self._say(texts.NO_ROUND if self.round is None else texts.NOT_REVEALED)
            return False
        if self.has_scored(participant_id):
            self._say(f"{self.name_of(participant_id)} heeft al gescoord in ronde {self.number}.")
            return False
        self.scorer, self.sheet, self.index = participant_id, {}, 0
        self.changed.emit()
        return True

    def next_scorer(self) -> bool:
        """Give the turn to the first scorer whose scores are not in; never while a sheet is half filled."""
        if self.half_filled():
            return False
        pending = [p for p in self.pending() if p.id != self.scorer]
        if not pending:
            self._say(texts.NOBODY_PENDING if self.scorers() else texts.NOBODY)
            return False
        return self.start_turn(pending[0].id)

    def cancel_turn(self) -> None:
        """Stop the current turn without scoring (the screen clears)."""
        self.scorer, self.sheet, self.index = None, {}, 0
        self.changed.emit()

    def set_value(self, which: int, value: int) -> None:
        """Belang (which=0) or zekerheid (1) of the assumption on the card; both given: on to the next one."""
        item = self.current()
        if item is None or self.scorer is None or not 1 <= value <= 5:
            return
        pair = list(self.pair(item.id))
        pair[which] = value
        self.sheet[item.id] = pair
        if None not in pair and which == 1 and self.index < len(self.assumptions()) - 1:
            self.index += 1
        self.changed.emit()

    def type_digit(self, value: int) -> None:
        """A digit typed on the laptop: belang first, then zekerheid."""
        item = self.current()
        if item is not None:
            self.set_value(0 if self.pair(item.id)[0] is None else 1, value)

    def move(self, step: int) -> None:
        """The previous or next assumption on the card."""
        self.index = max(0, min(len(self.assumptions()) - 1, self.index + step))
        self.changed.emit()

    def confirm(self) -> bool:
        """Cast the filled sheet (one command, one undo step); the screen clears for the next person."""
        scorer, number = self.scorer, self.number
        if scorer is None or number is None:
            return False
        if self.missing():
            self._say(texts.MISSING.format(missing=", ".join(self.missing())))
            return False
        sheet = {aid: (pair[0], pair[1]) for aid, pair in self.sheet.items()}
        if not self._push(lambda: ae.cast_scores(self.document.trajectory, number, scorer, sheet)):  # type: ignore[arg-type]
            return False
        self.scorer, self.sheet, self.index = None, {}, 0
        done, total = len(self.scorers()) - len(self.pending()), len(self.scorers())
        self._say(texts.CAST.format(name=self.name_of(scorer), done=done, total=total))
        self.changed.emit()
        return True

    # -- the facilitator's controls -------------------------------------------------------
    def set_cell(self, scorer: str, assumption_id: str, pair: tuple[int, int] | None) -> bool:
        """One typed cell: a participant's scores from a paper form, or the group's consensus."""
        number = self.number
        return number is not None and self._push(
            lambda: ae.set_score(self.document.trajectory, number, scorer, assumption_id, pair))

    def set_status(self, status: RoundStatus) -> bool:
        """Close, reveal or re-open the active round."""
        number = self.number
        if number is None:
            self._say(texts.NO_ROUND)
            return False
        self.scorer, self.sheet, self.index = None, {}, 0
        return self._push(lambda: ae.set_scoring_status(self.document.trajectory, number, status))

    def reveal_doubts(self) -> list[str]:
        """Why revealing now may be too early (people still to score, a card half filled), in Dutch; [] when not."""
        scoring_round = self.round
        if scoring_round is None or scoring_round.status is RoundStatus.REVEALED:
            return []
        if scoring_round.mode is ScoreMode.CONSENSUS:
            done = {s.assumption_id for s in self.document.trajectory.scores
                    if s.round == scoring_round.number and s.participant_id == GROUP}
            missing = sum(1 for a in self.assumptions() if a.id not in done)
            return [texts.DOUBT_CONSENSUS.format(n=missing, total=len(self.assumptions()))] if missing else []
        pending, total = len(self.pending()), len(self.scorers())
        doubts = [texts.DOUBT_PENDING.format(pending=pending, total=total)] if pending and pending < total else []
        if total and pending == total:
            doubts.append(texts.DOUBT_NOBODY)
        if self.scorer and self.sheet:
            doubts.append(texts.DOUBT_HALF.format(name=self.name_of(self.scorer)))
        return doubts

    def start_round(self, assumption_ids: list[str], mode: ScoreMode, title: str) -> bool:
        """A new scoring round on these assumptions, made active."""
        t = self.document.trajectory
        session = t.current_session()
        done = self._push(lambda: ae.add_scoring_round(t, assumption_ids, mode, title, session.number if session else None))
        if done:
            self.choose(t.scoring_rounds[-1].number)
        return done

    # -- keeping in step ----------------------------------------------------------------------
    def _push(self, build: Callable[[], Command]) -> bool:
        return push(self.document, build, self._say)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if not changes & {Change.SCORES, Change.ASSUMPTIONS, Change.PARTICIPANTS, Change.SESSIONS}:
            return
        if self.round is None:
            self.number = self._default_round()
        scoring_round = self.round
        if scoring_round is None or scoring_round.status is not RoundStatus.OPEN or (
                self.scorer and (self.has_scored(self.scorer) or self.scorer not in {p.id for p in self.scorers()})):
            self.scorer, self.sheet, self.index = None, {}, 0  # undo, a status change or the scorer's removal
        self.changed.emit()

    def _on_replaced(self) -> None:
        self.number, self.scorer, self.sheet, self.index = self._default_round(), None, {}, 0
        numbers = [r.number for r in self.document.trajectory.scoring_rounds]
        self.compare_with = numbers[-2] if len(numbers) > 1 else None
        self.changed.emit()

    def _default_round(self) -> int | None:
        """The last open round, else the last round."""
        rounds = self.document.trajectory.scoring_rounds
        open_rounds = [r for r in rounds if r.status is RoundStatus.OPEN]
        return (open_rounds or rounds)[-1].number if rounds else None
