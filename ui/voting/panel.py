"""The facilitator's Stemmen dock: pick the round and the voter, fill a ballot by keyboard, type counts, reveal.

Before the reveal it shows who has voted and who hasn't, never what anyone chose, and no count.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.theme import Theme
from ui.voting import texts
from ui.voting.controller import Stage, VotingController
from ui.voting.projector import ballot_line
from ui.voting.tiles import Look, TileGrid
from ui.widgets import claims_key, fitting_combo, labelled_row, scrolled, short_button
from workshop.voting import MAX_COUNT, RoundKind, RoundStatus, VotingRound, tally

PERSON_ROLE = Qt.ItemDataRole.UserRole


def rules_of(voting_round: VotingRound) -> str:
    """The rules in a few words: '3 stippen per deelnemer, hoogstens 2 per optie, anoniem, om de beurt'."""
    if voting_round.is_tally:
        return texts.RULES_OF_TALLY
    if voting_round.kind is RoundKind.SINGLE:
        dots = texts.RULE_SINGLE
    else:
        n = voting_round.dots_per_participant
        dots = texts.RULE_DOT if n == 1 else texts.RULE_DOTS.format(n=n)
    limit = texts.RULE_MAX.format(n=voting_round.max_per_option) if voting_round.max_per_option and \
        voting_round.kind is RoundKind.DOTS and voting_round.max_per_option < voting_round.dots else ""
    who = texts.RULE_ANONYMOUS if voting_round.anonymous else texts.RULE_NAMED
    mode = texts.RULE_TALLY if voting_round.is_tally else texts.RULE_TURNS
    rules = texts.RULES.format(dots=dots, max=limit, who=who, mode=mode)
    return rules.replace(" per deelnemer", "") if voting_round.kind is RoundKind.SINGLE else rules


class TallyTable(QTableWidget):
    """Counts per option, typed with the keyboard: digits type, + and − (or → and ←) count, ↑ and ↓ move."""

    def __init__(self, controller: VotingController, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.controller = controller
        self._typed = ""
        self.setHorizontalHeaderLabels(["Optie", "Aantal"])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(0, self.horizontalHeader().ResizeMode.Stretch)
        self.setAccessibleName(texts.RULE_TALLY)
        self.setAccessibleDescription(texts.TALLY_HINT)
        self.currentCellChanged.connect(lambda *_: self._reset_typing())

    def fill(self, voting_round: VotingRound) -> None:
        """One row per option with its count (blank while not counted)."""
        row = max(0, self.currentRow())
        self.setRowCount(len(voting_round.options))
        for index, option in enumerate(voting_round.options):
            self._set(index, 0, option.label or option.code, option.code)
            self._set(index, 1, "" if option.count is None else str(option.count), option.code)
        self.setCurrentCell(min(row, self.rowCount() - 1), 1)

    def _set(self, row: int, column: int, text: str, code: str) -> None:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)
        item.setText(text)
        item.setData(Qt.ItemDataRole.UserRole, code)

    def _reset_typing(self) -> None:
        self._typed = ""

    def event(self, event: QEvent) -> bool:
        return claims_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        item = self.item(row, 1) if row >= 0 else None
        if item is None:
            super().keyPressEvent(event)
            return
        code, current = item.data(Qt.ItemDataRole.UserRole), int(item.text() or 0)
        key, text = event.key(), event.text()
        if text.isdigit():
            self._typed = (self._typed + text)[-5:]
            if int(self._typed) > MAX_COUNT:
                self._typed = str(MAX_COUNT)
                self.controller.say(texts.COUNT_CLAMPED.format(most=MAX_COUNT))
            self.controller.set_count(code, int(self._typed))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Right):
            self.controller.set_count(code, min(MAX_COUNT, current + 1))
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Left):
            self.controller.set_count(code, max(0, current - 1))
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._typed = (self._typed or item.text())[:-1]  # the last digit goes, also of a count typed before
            self.controller.set_count(code, int(self._typed) if self._typed else None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._reset_typing()
            self.setCurrentCell(min(self.rowCount() - 1, row + 1), 1)
        else:
            super().keyPressEvent(event)


class VotingPanel(QWidget):
    """The Stemmen dock."""

    def __init__(self, controller: VotingController, theme: Theme, actions: dict[str, Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.theme, self.actions = controller, theme, actions
        self.setAccessibleName(texts.DOCK)
        self.rounds = fitting_combo(self, texts.ROUND_LABEL.rstrip(":"))
        self.rounds.activated.connect(lambda _i: controller.choose(self.rounds.currentData()))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.voters = QListWidget(self)
        self.voters.setAccessibleName(texts.VOTERS)
        self.voters.itemActivated.connect(self._start_chosen)
        self.tiles = TileGrid(Look(theme, theme.font_families[0], self.font().pointSizeF() * 1.33), self, fill=False)
        self.tiles.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ballot_line = QLabel(self)
        self.tally = TallyTable(controller, self)
        self.stack = QStackedWidget(self)
        self.results = QLabel(self)
        self.results.setWordWrap(True)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.buttons: dict[str, QPushButton] = {}
        self._lay_out()
        controller.changed.connect(self.refresh)
        self.refresh()

    def _row(self, *items: tuple[str, str, Callable[[], object]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, text, handler in items:
            self.buttons[key] = short_button(self, texts.PANEL[key], text, handler)
            row.addWidget(self.buttons[key])
        return row

    def _lay_out(self) -> None:
        c, a = self.controller, self.actions
        layout = QVBoxLayout(scrolled(self, across=False))
        layout.addLayout(labelled_row(self, texts.ROUND_LABEL, self.rounds))
        layout.addLayout(self._row(("new", texts.NEW_ROUND, a["new"]), ("edit", texts.EDIT_ROUND, a["edit"]),
                                   ("repeat", texts.REPEAT, c.repeat)))
        layout.addWidget(self.info)
        self.stack.addWidget(self._turns_page())
        self.stack.addWidget(self.tally)
        self.stack.addWidget(self.results)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._row(("close", texts.CLOSE, lambda: c.set_status(RoundStatus.CLOSED)),
                                   ("reveal", texts.REVEAL, a["reveal"]),
                                   ("reopen", texts.REOPEN, lambda: c.set_status(RoundStatus.OPEN))))
        layout.addLayout(self._row(("project", texts.ON_PROJECTOR, a["project"]), ("heat", texts.HEAT, a["heat"]),
                                   ("export", texts.EXPORT, a["export"])))

    def _turns_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.voters, 1)
        layout.addLayout(self._row(("next", texts.NEXT_VOTER, self.actions["next"]),
                                   ("takeback", texts.TAKE_BACK, self.take_back_chosen)))
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.tiles)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.ballot_line)
        layout.addLayout(self._row(("cancel", texts.CANCEL_TURN, self.controller.cancel_turn),
                                   ("clear", texts.CLEAR, self.controller.clear_ballot),
                                   ("confirm", texts.CONFIRM, self.controller.confirm)))
        return page

    # -- following the controller -----------------------------------------------------------
    def refresh(self) -> None:
        """Show the active round as it stands."""
        self._fill_rounds()
        voting_round, stage = self.controller.round, self.controller.stage
        status = texts.STATUS[voting_round.status.value] if voting_round else ""
        self.info.setText(f"{rules_of(voting_round)} · {status}" if voting_round else texts.NO_ROUNDS)
        if stage is Stage.TALLY and voting_round is not None:
            self.tally.fill(voting_round)
            self.stack.setCurrentWidget(self.tally)
        elif stage is Stage.RESULTS and voting_round is not None:
            self._show_results(voting_round)
        else:
            self._fill_turns()
        self._enable(voting_round, stage)

    def _fill_rounds(self) -> None:
        rounds = self.controller.document.trajectory.voting_rounds
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds:
            self.rounds.addItem(f"{r.id} · {r.question}", r.id)
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(self.controller.round_id)))
        self.rounds.blockSignals(False)

    def _fill_turns(self) -> None:
        c = self.controller
        chosen = self.voters.currentItem().data(PERSON_ROLE) if self.voters.currentItem() else None
        self.voters.clear()
        for person in c.voters():
            mark = texts.TURN_MARK if person.id == c.voter else texts.VOTED_MARK if c.has_voted(person.id) else texts.PENDING_MARK
            item = QListWidgetItem(f"{person.name}   {mark}")  # the name first: type-ahead finds it
            item.setData(PERSON_ROLE, person.id)
            self.voters.addItem(item)
            if person.id == chosen:
                self.voters.setCurrentItem(item)
        self._fill_tiles()
        self.stack.setCurrentIndex(0)

    def _fill_tiles(self) -> None:
        c, voting_round = self.controller, self.controller.round
        options = [(o.code, o.label or o.code) for o in voting_round.options] if voting_round else []
        for tile in self.tiles.set_options(options):
            tile.set_state(c.ballot.get(tile.code, 0), voting_round.per_option if voting_round else 0, c.can_add(tile.code))
            if not tile.property("wired"):
                tile.addRequested.connect(c.add_dot)
                tile.removeRequested.connect(c.remove_dot)
                tile.setRequested.connect(c.set_dots)
                tile.confirmRequested.connect(c.confirm)
                tile.setProperty("wired", True)
        voter = c.name_of(c.voter) if c.voter else ""
        self.ballot_line.setText(f"{texts.TURN_OF.format(name=voter)} · {ballot_line(c)}" if voter else "")

    def _show_results(self, voting_round: VotingRound) -> None:
        rows = tally(voting_round, self.controller.document.trajectory.votes)
        counted = texts.COUNT_VOTES if voting_round.kind is RoundKind.SINGLE else texts.COUNT_DOTS
        many = texts.COUNT_VOTES_N if voting_round.kind is RoundKind.SINGLE else texts.COUNT_DOTS_N
        self.results.setText("\n".join(
            texts.RESULT_LINE.format(rank=r.rank, label=r.label or r.code, count=counted.get(r.dots, many.format(n=r.dots)))
            + (texts.RESULT_TIED if r.tied else "") for r in rows))
        self.stack.setCurrentWidget(self.results)

    def _enable(self, voting_round: VotingRound | None, stage: Stage) -> None:
        c, status = self.controller, voting_round.status if voting_round else None
        turn = c.voter is not None
        states = {"edit": voting_round is not None, "repeat": voting_round is not None,
                  "close": status is RoundStatus.OPEN, "reveal": status in (RoundStatus.OPEN, RoundStatus.CLOSED),
                  "reopen": status in (RoundStatus.CLOSED, RoundStatus.REVEALED), "next": stage in (Stage.NAMES, Stage.BALLOT),
                  "takeback": stage in (Stage.NAMES, Stage.BALLOT), "cancel": turn, "clear": turn and bool(c.ballot),
                  "confirm": turn and bool(c.ballot), "heat": status is RoundStatus.REVEALED,
                  "export": status is RoundStatus.REVEALED, "project": voting_round is not None}
        for key, on in states.items():
            self.buttons[key].setEnabled(on)

    def _start_chosen(self, item: QListWidgetItem) -> None:
        """Enter or a double click on a name: their turn, typed in here (in an anonymous round the room sees
        neither the name nor the dots), with the keyboard on the first tile."""
        if self.controller.start_turn(item.data(PERSON_ROLE), private=True):
            self.focus_ballot()

    def take_back_chosen(self) -> None:
        """Take back the ballot of the person chosen in the list."""
        item = self.voters.currentItem()
        if item is not None:
            self.controller.take_back(item.data(PERSON_ROLE))

    def focus_ballot(self) -> None:
        """Give the keyboard to the first tile (or the tally table)."""
        if self.controller.stage is Stage.TALLY:
            self.tally.setFocus()
        elif self.tiles.tiles:
            self.tiles.tiles[0].setFocus()
