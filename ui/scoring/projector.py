"""What the room sees of a scoring round: names to pick, the score card, a waiting screen, and after the reveal
the assumption map. Before the reveal no score and no map is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.scoring import texts
from ui.scoring.card import ScoreCard
from ui.scoring.controller import Stage, ScoringController
from ui.theme import PROJECTOR, Theme
from ui.voting.projector import _label_style, page_px
from ui.voting.tiles import NAME_RESERVE, Look, TileGrid, tile_action
from ui.widgets import labelled_row


class ScoringPage(QWidget):
    """The projector page of the scoring feature; the map page of the same round is `MapPage`."""

    def __init__(self, controller: ScoringController, theme: Theme = PROJECTOR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.theme = controller, theme
        self.setAccessibleName(texts.DOCK)
        _paint(self, theme)
        self.title, self.status, self.message = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.title, self.status, self.message):
            label.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.names = TileGrid(Look(theme, theme.font_families[0], 40.0), self, reserve=NAME_RESERVE)
        self.names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card = ScoreCard(controller, theme, 40.0, room=True, parent=self)
        self.pages = QStackedWidget(self)
        for page in (self.names, self.card, self.message):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        for widget, stretch in ((self.title, 0), (self.status, 0), (self.pages, 1)):
            layout.addWidget(widget, stretch)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the stage of the active round."""
        c, scoring_round = self.controller, self.controller.round
        self.title.setText(scoring_round.title or texts.ROUND_OF.format(number=scoring_round.number).capitalize()
                           if scoring_round else texts.NO_ROUND)
        stage = c.stage
        done = texts.SCORED_COUNT.format(done=len(c.scorers()) - len(c.pending()), total=len(c.scorers()))
        if stage is Stage.NAMES and c.pending():
            self._names(done)
        elif stage is Stage.CARD:
            self.status.setText(texts.TURN_OF.format(name=c.name_of(c.scorer), index=c.index + 1, total=len(c.assumptions())))
            self.card.refresh()
            self.pages.setCurrentWidget(self.card)
        else:
            self._message(stage, done)
        self.status.setVisible(bool(self.status.text()))

    def _names(self, done: str) -> None:
        self.status.setText(f"{texts.PICK_NAME} · {done}")
        for tile in self.names.set_options([(p.id, p.name) for p in self.controller.pending()]):
            tile.set_state(0, 0)
            if not tile.property("wired"):
                tile.addRequested.connect(self.controller.start_turn)
                tile.setProperty("wired", True)
        self.pages.setCurrentWidget(self.names)

    def _message(self, stage: Stage, done: str) -> None:
        words = {Stage.NAMES: texts.ALL_SCORED if self.controller.scorers() else texts.NOBODY_ROOM,
                 Stage.FACILITATOR: "", Stage.WAITING: texts.WAIT_REVEAL, Stage.MAP: texts.WAIT_REVEAL,
                 Stage.NONE: texts.NO_ROUND}
        self.status.setText(done if stage in (Stage.NAMES, Stage.WAITING) else "")
        self.message.setText(words.get(stage, ""))
        self.pages.setCurrentWidget(self.message)

    def page(self, step: int) -> bool:
        """PageDown/PageUp (a clicker): the next scorer; on the card the next assumption (confirm after the last)
        or the previous one."""
        c = self.controller
        if c.stage is Stage.NAMES:
            return step > 0 and c.next_scorer()
        if c.stage is not Stage.CARD:
            return False
        if step > 0 and c.index >= len(c.assumptions()) - 1:
            return c.confirm()
        c.move(step)
        return True

    def room_key(self, event: QKeyEvent) -> bool:
        """One screen: arrows and Enter pick a name; on the card digits score, arrows move, Enter confirms."""
        c, key = self.controller, event.key()
        if c.stage is Stage.CARD:
            return self._card_key(key, event.text())
        if c.stage is not Stage.NAMES or not self.names.isVisible() or self.names.move_cursor(key):
            return c.stage is Stage.NAMES and self.names.isVisible()
        action, tile = tile_action(key, event.text()), self.names.marked_tile()
        if action is None or action[0] not in ("add", "confirm"):
            return False
        if tile is None:
            self.names.mark(0)
        else:
            c.start_turn(tile.code)
        return True

    def _card_key(self, key: int, text: str) -> bool:
        c = self.controller
        if text in ("1", "2", "3", "4", "5"):
            c.type_digit(int(text))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            c.move(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            c.confirm()
        else:
            return False
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        px = page_px(self, self.theme)
        margin = round(px * 0.5)
        self.layout().setContentsMargins(margin, margin // 2, margin, margin // 2)
        for label, scale, bold in ((self.title, 1.3, True), (self.status, 1.0, False), (self.message, 1.4, True)):
            label.setStyleSheet(_label_style(self.theme, px * scale, bold))
        self.names.low, self.names.high = px, px * 1.8
        self.card.set_px(px)


class MapPage(QWidget):
    """The assumption map in the room's text size (projector) or the app's (laptop, with the filter and the round
    to compare with); it shows only revealed rounds."""

    def __init__(self, controller: ScoringController, theme: Theme = PROJECTOR, parent: QWidget | None = None,
                 controls: bool = False) -> None:
        super().__init__(parent)
        from ui.scoring.map import AssumptionMap  # pyqtgraph: on first use, never at start-up

        self.controller, self.theme, self.room, self.controls = controller, theme, not controls, controls
        self.setAccessibleName(texts.MAP_NAME)
        _paint(self, theme)
        self.map = AssumptionMap(theme, 40.0, parent=self)
        layout = QVBoxLayout(self)
        if controls:
            self.filter, self.compare = QComboBox(self), QComboBox(self)
            layout.addLayout(labelled_row(self, texts.FILTER_LABEL, self.filter))
            layout.addLayout(labelled_row(self, texts.COMPARE_LABEL, self.compare))
            self.filter.activated.connect(lambda _i: self._set("element_filter", self.filter.currentData()))
            self.compare.activated.connect(lambda _i: self._set("compare_with", self.compare.currentData()))
        layout.addWidget(self.map)
        controller.changed.connect(self.refresh)
        self.refresh()

    def _set(self, field: str, value: object) -> None:
        setattr(self.controller, field, value)
        self.controller.changed.emit()  # the projector's map follows the laptop's choice

    def _fill_controls(self) -> None:
        c, t = self.controller, self.controller.document.trajectory
        choices = [(texts.FILTER_ALL, None)] + [(texts.FILTER_ABOUT.format(id=e.id, name=getattr(e, "label", e.name)), e.id)
                                                for e in [*t.theory.blocks, *t.theory.sub_ambitions]]
        rounds = [(texts.COMPARE_NONE, None)] + [(texts.ROUND_OF.format(number=r.number), r.number)
                                                 for r in t.scoring_rounds if r.number != c.number]
        for combo, items, current in ((self.filter, choices, c.element_filter), (self.compare, rounds, c.compare_with)):
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def refresh(self) -> None:
        """Draw the active round (with movement from the earlier one), filtered as the controller says."""
        from ui.scoring.mapdata import map_data

        c = self.controller
        if self.controls:
            self._fill_controls()
        data = map_data(c.document.trajectory, c.number, c.compare_with, c.element_filter)
        self.map.refresh(data, "" if data else texts.NOT_REVEALED)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.room:
            px = page_px(self, self.theme)
            self.layout().setContentsMargins(round(px * 0.4), round(px * 0.2), round(px * 0.4), round(px * 0.2))
            self.map.set_px(px)


def _paint(widget: QWidget, theme: Theme) -> None:
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
    widget.setPalette(palette)
