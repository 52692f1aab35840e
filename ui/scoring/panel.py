"""The facilitator's Scoren dock: pick the round and who scores, fill a card by keyboard, or type the group's
consensus or paper forms into a grid (two digits per cell: belang, zekerheid); close, reveal, re-open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.scoring import texts
from ui.scoring.card import ScoreCard
from ui.scoring.controller import Stage, ScoringController
from ui.theme import Theme
from ui.widgets import claims_key, fitting_combo, labelled_row, scrolled, short_button
from workshop.assumptions import GROUP, QUADRANT_ACTIONS
from workshop.scoring import ScoreMode
from workshop.voting import RoundStatus

PERSON_ROLE = Qt.ItemDataRole.UserRole


class ScoreGrid(QTableWidget):
    """Rows of scorers (or the group), columns of assumptions; two typed digits fill a cell and move on."""

    def __init__(self, controller: ScoringController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._typed = ""
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentCellChanged.connect(lambda *_: self._forget())

    def fill(self, rows: list[tuple[str, str]], hint: str) -> None:
        """Scorers (id, name) by the round's assumptions, with the scores typed so far."""
        c = self.controller
        self.rows, self.columns = [r for r, _ in rows], [a.id for a in c.assumptions()]
        self.setAccessibleDescription(hint)
        self.setRowCount(len(rows))
        self.setColumnCount(len(self.columns))
        self.setVerticalHeaderLabels([name for _, name in rows])
        self.setHorizontalHeaderLabels(self.columns)
        typed = {(s.participant_id, s.assumption_id): f"{s.importance} {s.certainty}"
                 for s in c.document.trajectory.scores if s.round == c.number}
        for i, scorer in enumerate(self.rows):
            for j, aid in enumerate(self.columns):
                item = self.item(i, j) or QTableWidgetItem()
                item.setText(typed.get((scorer, aid), ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if self.item(i, j) is None:
                    self.setItem(i, j, item)
        if self.currentRow() < 0 and self.rows and self.columns:
            self.setCurrentCell(0, 0)

    def _forget(self) -> None:
        self._typed = ""

    def _advance(self) -> None:
        row, column = self.currentRow(), self.currentColumn() + 1
        if column >= self.columnCount():
            row, column = row + 1, 0
        if row < self.rowCount():
            self.setCurrentCell(row, column)

    def event(self, event: QEvent) -> bool:
        return claims_key(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        if row < 0 or column < 0:
            super().keyPressEvent(event)
            return
        scorer, aid = self.rows[row], self.columns[column]
        if event.text().isdigit() and 1 <= int(event.text()) <= 5:
            self._typed += event.text()
            if len(self._typed) == 2:
                self.controller.set_cell(scorer, aid, (int(self._typed[0]), int(self._typed[1])))
                self._advance()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._typed = ""
            self.controller.set_cell(scorer, aid, None)
        else:
            super().keyPressEvent(event)


class ScoringPanel(QWidget):
    """The Scoren dock."""

    def __init__(self, controller: ScoringController, theme: Theme, handlers: dict[str, Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.theme, self.handlers = controller, theme, handlers
        self.setAccessibleName(texts.DOCK)
        self.rounds = fitting_combo(self, texts.ROUND_LABEL.rstrip(":"))
        self.rounds.activated.connect(lambda _i: controller.choose(self.rounds.currentData()))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.scorers = QListWidget(self)
        self.scorers.setAccessibleName(texts.VOTERS)
        self.scorers.itemActivated.connect(self._start_chosen)
        self.card = ScoreCard(controller, theme, self.font().pointSizeF() * 1.33, room=False, parent=self)
        self.grid = ScoreGrid(controller, self)
        self.results = QLabel(self)
        self.results.setWordWrap(True)
        self.results.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.buttons: dict[str, object] = {}
        self._lay_out()
        controller.changed.connect(self.refresh)
        self.refresh()

    def _row(self, *items: tuple[str, str, Callable[[], object]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, text, handler in items:
            self.buttons[key] = short_button(self, texts.PANEL[key], text, handler)
            row.addWidget(self.buttons[key])  # type: ignore[arg-type]
        return row

    def _lay_out(self) -> None:
        c, h = self.controller, self.handlers
        layout = QVBoxLayout(scrolled(self, across=False))
        layout.addLayout(labelled_row(self, texts.ROUND_LABEL, self.rounds))
        layout.addLayout(self._row(("new", texts.NEW_ROUND, h["new"]), ("project", texts.ON_PROJECTOR, h["project"]),
                                   ("map", texts.MAP_ON_PROJECTOR, h["map"])))
        layout.addWidget(self.info)
        turns = QWidget(self)
        box = QVBoxLayout(turns)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.scorers, 1)
        box.addLayout(self._row(("next", texts.NEXT_SCORER, h["next"]), ("stop", texts.STOP, c.cancel_turn)))
        box.addWidget(self.card, 2)
        for page in (turns, self.grid, self.results):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._row(("close", texts.CLOSE, lambda: c.set_status(RoundStatus.CLOSED)),
                                   ("reveal", texts.REVEAL, h["reveal"]),
                                   ("reopen", texts.REOPEN, lambda: c.set_status(RoundStatus.OPEN))))
        layout.addLayout(self._row(("export", texts.EXPORT, h["export"])))

    def refresh(self) -> None:
        """Show the active round as it stands."""
        c, scoring_round = self.controller, self.controller.round
        self._fill_rounds()
        mode = texts.MODES[scoring_round.mode.value] if scoring_round else ""
        status = texts.STATUS[scoring_round.status.value] if scoring_round else ""
        self.info.setText(texts.RULES.format(count=len(c.assumptions()), mode=mode, status=status)
                          if scoring_round else texts.NO_ROUNDS)
        stage = c.stage
        if stage is Stage.MAP:
            self._show_results()
        elif stage is Stage.FACILITATOR and scoring_round is not None:
            self._show_grid(scoring_round.mode)
        else:
            self._show_turns()
        self._enable(scoring_round.status if scoring_round else None)

    def _fill_rounds(self) -> None:
        rounds = self.controller.document.trajectory.scoring_rounds
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds:
            title = r.title or texts.MODES[r.mode.value]
            self.rounds.addItem(texts.ROUND_ITEM.format(number=r.number, title=title, count=len(r.assumption_ids)), r.number)
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(self.controller.number)))
        self.rounds.blockSignals(False)

    def _show_turns(self) -> None:
        c = self.controller
        self.scorers.clear()
        for person in c.scorers() if c.round is not None else []:  # no round: nobody is 'nog niet'
            mark = texts.TURN_MARK if person.id == c.scorer else texts.SCORED_MARK if c.has_scored(person.id) else texts.PENDING_MARK
            item = QListWidgetItem(f"{person.name}   {mark}")  # the name first: type-ahead finds it
            item.setData(PERSON_ROLE, person.id)
            self.scorers.addItem(item)
        self.card.setVisible(c.scorer is not None)
        self.card.refresh()
        self.stack.setCurrentIndex(0)

    def _show_grid(self, mode: ScoreMode) -> None:
        c = self.controller
        if mode is ScoreMode.CONSENSUS:
            self.grid.fill([(GROUP, texts.GROUP)], texts.CONSENSUS_HINT)
        else:
            self.grid.fill([(p.id, p.name) for p in c.scorers()], texts.PAPER_HINT)
        self.stack.setCurrentWidget(self.grid)

    def _show_results(self) -> None:
        from ui.scoring.mapdata import round_stats

        c = self.controller
        stats = round_stats(c.document.trajectory, c.number or 0).values()
        lines = [f"{s.assumption_id}: belang {s.importance_mean:.1f}, zekerheid {s.certainty_mean:.1f} → "
                 f"{QUADRANT_ACTIONS[s.quadrant]}{' (verdeeld)' if s.dissent else ''}" for s in stats]
        self.results.setText("\n".join(lines))
        self.stack.setCurrentWidget(self.results)

    def _enable(self, status: RoundStatus | None) -> None:
        c = self.controller
        states = {"close": status is RoundStatus.OPEN, "reveal": status in (RoundStatus.OPEN, RoundStatus.CLOSED),
                  "reopen": status in (RoundStatus.CLOSED, RoundStatus.REVEALED), "next": c.stage in (Stage.NAMES, Stage.CARD),
                  "stop": c.scorer is not None, "export": status is RoundStatus.REVEALED, "project": status is not None,
                  "map": True}
        for key, on in states.items():
            self.buttons[key].setEnabled(on)  # type: ignore[attr-defined]

    def _start_chosen(self, item: QListWidgetItem) -> None:
        """Enter or a double click on a name: their turn, with the keyboard on the card."""
        if self.controller.start_turn(item.data(PERSON_ROLE)):
            self.focus_card()

    def focus_card(self) -> None:
        """The keyboard to the score card (or the grid)."""
        (self.grid if self.controller.stage is Stage.FACILITATOR else self.card).setFocus()
