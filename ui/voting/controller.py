"""The voting controller: the transient state of a round in the room (who votes now, the ballot being filled,
what the projector shows). Only a confirmed ballot, a typed count or a status change becomes a command."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from ui.document import Document
from ui.pushing import Say, push
from ui.voting import texts
from workshop import voting_edits as ve
from workshop.commands import Command
from workshop.registry import Change
from workshop.sessions import Participant
from workshop.voting import RoundKind, RoundStatus, VotingRound, voters_in

Clock = Callable[[], dt.datetime]


class Stage(StrEnum):
    """What the room sees of the active round."""

    NONE = "geen"
    NAMES = "namen"
    BALLOT = "stembiljet"
    TALLY = "telling"
    WAITING = "wachten"
    RESULTS = "uitslag"


class View(StrEnum):
    """Which picture of a revealed round the projector shows."""

    BARS = "staven"
    COMPARE = "voor-en-na"
    SPLIT = "wiens-stem"


class VotingController(QObject):
    """Runs the active round: turns, the ballot in progress, counts, and open/close/reveal."""

    changed = Signal()  # anything the panels or the projector page show

    def __init__(self, document: Document, say: Say, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self._say, self._clock = document, say, clock or (lambda: dt.datetime.now().replace(microsecond=0))
        self.round_id: str | None = None
        self.voter: str | None = None
        self.ballot: dict[str, int] = {}
        self.private = False  # an anonymous ballot typed in on the laptop: the room sees neither name nor dots
        self.view, self.split_by, self.compare_with = View.BARS, "organisation", None
        self.heat = False
        self._codes: dict[tuple[str, str], str] = {}  # (round, participant) -> anonymous code, this session only
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        self._on_replaced()

    # -- reading --------------------------------------------------------------------------
    @property
    def round(self) -> VotingRound | None:
        """The active round."""
        return self.document.trajectory.voting_round(self.round_id) if self.round_id else None

    def voters(self) -> list[Participant]:
        """Who votes in the active round."""
        voting_round = self.round
        return self.document.trajectory.voters_for(voting_round) if voting_round else []

    def has_voted(self, participant_id: str) -> bool:
        """True when this person's ballot is in."""
        voting_round = self.round
        return voting_round is not None and participant_id in voters_in(voting_round, self.document.trajectory.votes)

    def pending(self) -> list[Participant]:
        """The voters whose ballot is not in yet, in list order."""
        return [p for p in self.voters() if not self.has_voted(p.id)]

    @property
    def stage(self) -> Stage:
        """What the room sees now."""
        voting_round = self.round
        if voting_round is None:
            return Stage.NONE
        if voting_round.status is RoundStatus.REVEALED:
            return Stage.RESULTS
        if voting_round.status is RoundStatus.CLOSED:
            return Stage.WAITING
        if voting_round.is_tally:
            return Stage.TALLY
        return Stage.BALLOT if self.voter else Stage.NAMES

    def dots_left(self) -> int:
        """Dots the current voter can still place."""
        voting_round = self.round
        return max(0, voting_round.dots - sum(self.ballot.values())) if voting_round else 0

    def can_add(self, code: str) -> bool:
        """True when a tap on this option would add a dot (a single choice may always move)."""
        voting_round = self.round
        if voting_round is None or self.voter is None:
            return False
        if voting_round.kind is RoundKind.SINGLE:
            return True
        return self.dots_left() > 0 and self.ballot.get(code, 0) < voting_round.per_option

    def name_of(self, participant_id: str | None) -> str:
        """A participant's name, for the screen."""
        person = self.document.trajectory.participant(participant_id) if participant_id else None
        return person.name if person else (participant_id or "")

    # -- choosing the round and the voter --------------------------------------------------
    def say(self, text: str) -> None:
        """A message for the facilitator (the status bar)."""
        self._say(text)

    def half_filled(self) -> bool:
        """True while someone's ballot has dots that are not cast yet; refuse anything that would drop them."""
        if self.voter and self.ballot:
            self._say(texts.FINISH_FIRST.format(name=self.name_of(self.voter)))
            return True
        return False

    def choose(self, round_id: str | None) -> bool:
        """Make a round the active one (its ballot starts empty); never while a ballot is half filled."""
        if round_id == self.round_id:
            return True
        if self.half_filled():
            self.changed.emit()  # the round list goes back to the active round
            return False
        self.round_id, self.voter, self.ballot, self.private = round_id, None, {}, False
        self.compare_with = self._earlier_round()
        self.changed.emit()
        return True

    def start_turn(self, participant_id: str, private: bool = False) -> bool:
        """Let this participant vote now; refused when they already voted or the round takes no ballots.
        `private`: started on the laptop, so in an anonymous round the room does not see the ballot."""
        if participant_id != self.voter and self.half_filled():
            return False
        if self.stage not in (Stage.NAMES, Stage.BALLOT):
            self._say(texts.NO_ROUND if self.round is None else texts.NOT_REVEALED)
            return False
        if self.has_voted(participant_id):
            self._say(f"{self.name_of(participant_id)} heeft al gestemd in deze ronde.")
            return False
        self.voter, self.ballot = participant_id, {}
        self.private = private and bool(self.round and self.round.anonymous)
        self.changed.emit()
        return True

    def next_voter(self) -> bool:
        """Give the turn to the first voter whose ballot is not in; never while a ballot is half filled."""
        if self.half_filled():
            return False
        pending = [p for p in self.pending() if p.id != self.voter]
        if not pending:
            self._say(texts.NOBODY_PENDING if self.voters() else texts.NO_VOTERS)
            return False
        return self.start_turn(pending[0].id)

    def cancel_turn(self) -> None:
        """Stop the current turn without voting (the screen clears)."""
        self._end_turn()
        self.changed.emit()

    def _end_turn(self) -> None:
        self.voter, self.ballot, self.private = None, {}, False

    # -- filling the ballot ----------------------------------------------------------------
    def add_dot(self, code: str) -> bool:
        """One more dot on an option (in a single-choice round: choose it, or choose nothing when it was chosen)."""
        voting_round = self.round
        if not self.can_add(code) or voting_round is None:
            return False
        if voting_round.kind is RoundKind.SINGLE:
            self.ballot = {} if self.ballot.get(code) else {code: 1}
        else:
            self.ballot[code] = self.ballot.get(code, 0) + 1
        self.changed.emit()
        return True

    def remove_dot(self, code: str) -> bool:
        """One dot fewer on an option."""
        if not self.ballot.get(code):
            return False
        self.ballot[code] -= 1
        if not self.ballot[code]:
            del self.ballot[code]
        self.changed.emit()
        return True

    def set_dots(self, code: str, number: int) -> bool:
        """Put exactly `number` dots on an option, as far as the rules allow."""
        voting_round = self.round
        if voting_round is None or self.voter is None:
            return False
        room = voting_round.dots - sum(n for c, n in self.ballot.items() if c != code)
        number = max(0, min(number, voting_round.per_option, room))
        if voting_round.kind is RoundKind.SINGLE:
            self.ballot = {code: 1} if number else {c: n for c, n in self.ballot.items() if c != code}
        else:
            self.ballot = {**self.ballot, code: number} if number else {c: n for c, n in self.ballot.items() if c != code}
        self.changed.emit()
        return True

    def clear_ballot(self) -> None:
        """Take every dot off the ballot being filled."""
        self.ballot = {}
        self.changed.emit()

    def confirm(self) -> bool:
        """Cast the ballot being filled (one command, one undo step); the screen clears for the next person."""
        voting_round, voter = self.round, self.voter
        if voting_round is None or voter is None:
            return False
        command: list[ve.CastBallot] = []

        def build() -> Command:
            command.append(ve.CastBallot(self.document.trajectory, voting_round.id, voter, self.ballot, self._clock()))
            return command[0]
        if not self._push(build):
            return False
        self._codes[(voting_round.id, voter)] = command[0].voter
        self._end_turn()
        total, done = len(self.voters()), len(self.voters()) - len(self.pending())
        self._say(texts.CAST.format(name=self.name_of(voter), voted=done, total=total))
        self.changed.emit()
        return True

    # -- the facilitator's controls -------------------------------------------------------
    def take_back(self, participant_id: str) -> bool:
        """Remove someone's ballot before the reveal (their anonymous code is known only in this session)."""
        voting_round = self.round
        if voting_round is None:
            return False
        code = participant_id if not voting_round.anonymous else self._codes.get((voting_round.id, participant_id))
        if code is None:
            self._say(texts.CANT_TAKE_BACK)
            return False
        done = self._push(lambda: ve.TakeBackBallot(self.document.trajectory, voting_round.id, participant_id, code))
        if done:
            self._say(texts.TAKEN_BACK.format(name=self.name_of(participant_id)))
        return done

    def set_count(self, code: str, count: int | None) -> bool:
        """Type in the count of an option of a tally round."""
        voting_round = self.round
        return voting_round is not None and self._push(
            lambda: ve.SetCount(self.document.trajectory, voting_round.id, code, count))

    def set_status(self, status: RoundStatus) -> bool:
        """Close, reveal or re-open the active round; revealing an open round closes it first."""
        voting_round = self.round
        if voting_round is None:
            self._say(texts.NO_ROUND)
            return False
        self._end_turn()
        return self._push(lambda: ve.set_status(self.document.trajectory, voting_round.id, status))

    def reveal_doubts(self) -> list[str]:
        """Why revealing now may be too early (people still to vote, options not counted), in Dutch; [] when not."""
        voting_round = self.round
        if voting_round is None or voting_round.status is RoundStatus.REVEALED:
            return []
        if voting_round.is_tally:
            return tally_doubts(voting_round, len(self.voters()))
        pending, total = len(self.pending()), len(self.voters())
        doubts = [texts.DOUBT_PENDING.format(pending=pending, total=total)] if pending and pending < total else []
        if total and pending == total:
            doubts.append(texts.DOUBT_NOBODY)
        if self.voter and self.ballot:
            doubts.append(texts.DOUBT_HALF.format(name=self.name_of(self.voter)))
        return doubts

    def repeat(self) -> bool:
        """Copy the active round to vote again on the same options, and make the copy active."""
        voting_round = self.round
        t = self.document.trajectory
        current = t.current_session()
        if voting_round is None or not self._push(lambda: ve.repeat_round(t, voting_round.id, current.number if current else None)):
            return False
        self.choose(t.voting_rounds[-1].id)
        return True

    def show(self, view: View) -> None:
        """Which picture of the revealed round the projector shows."""
        self.view = view
        self.changed.emit()

    # -- keeping in step with the document --------------------------------------------------
    def _push(self, build: Callable[[], Command]) -> bool:
        return push(self.document, build, self._say)

    def _earlier_round(self) -> str | None:
        """The round this one repeats, else the latest earlier round with the same options."""
        voting_round = self.round
        if voting_round is None:
            return None
        if voting_round.repeats and self.document.trajectory.voting_round(voting_round.repeats):
            return voting_round.repeats
        codes = [o.code for o in voting_round.options]
        earlier = [r for r in self.document.trajectory.voting_rounds
                   if r.id != voting_round.id and [o.code for o in r.options] == codes and r.id < voting_round.id]
        return earlier[-1].id if earlier else None

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if not changes & {Change.VOTING, Change.PARTICIPANTS, Change.SESSIONS}:
            return
        voting_round = self.round
        if voting_round is None:
            self.round_id = self._default_round()
        if voting_round is None or voting_round.status is not RoundStatus.OPEN or (
                self.voter and (self.has_voted(self.voter) or self.voter not in {p.id for p in self.voters()})):
            self._end_turn()  # undo, a status change or the voter's removal ended the turn
        self.changed.emit()

    def _on_replaced(self) -> None:
        self._end_turn()
        self.round_id, self._codes = self._default_round(), {}
        self.compare_with = self._earlier_round()
        self.changed.emit()

    def _default_round(self) -> str | None:
        """The last open round, else the last round."""
        rounds = self.document.trajectory.voting_rounds
        open_rounds = [r for r in rounds if r.status is RoundStatus.OPEN]
        return (open_rounds or rounds)[-1].id if rounds else None


def tally_doubts(voting_round: VotingRound, voters: int) -> list[str]:
    """A tally not (fully) counted, or with more dots than the people present can have placed."""
    counts = [o.count for o in voting_round.options]
    missing = sum(1 for c in counts if c is None)
    if missing == len(counts):
        return [texts.DOUBT_NOT_COUNTED]
    doubts = [texts.DOUBT_UNCOUNTED.format(n=missing)] if missing > 1 else [texts.DOUBT_UNCOUNTED_ONE] if missing else []
    total, most = sum(c or 0 for c in counts), voters * voting_round.dots
    if voters and total > most:
        doubts.append(texts.DOUBT_TOO_MANY.format(total=total, voters=voters, most=most))
    return doubts
