"""What the room sees of a voting round: names to pick, the ballot being filled, a waiting screen, the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.theme import PROJECTOR, Theme
from ui.voting import texts
from ui.voting.controller import Stage, VotingController
from ui.voting.tiles import NAME_RESERVE, Look, TileGrid, tile_action

MIN_TEXT = 0.035
"""Text on the projector is at least 3.5 % of the screen height, readable from the back of the room."""


def room_px(height: float, theme: Theme = PROJECTOR) -> float:
    """The smallest text size for the room at this window height."""
    return max(theme.min_text_floor, MIN_TEXT * height)


def page_px(page: QWidget, theme: Theme = PROJECTOR) -> float:
    """The room's text size for a projector page: from the height of the window it shows in, so the programme's
    strip above the page does not shrink the text below 3.5 % of the screen."""
    return room_px(max(page.height(), page.window().height()), theme)


def rules_text(controller: VotingController) -> str:
    """The rules of the active round in a few words."""
    from ui.voting.panel import rules_of

    voting_round = controller.round
    return rules_of(voting_round) if voting_round else ""


class VotingPage(QWidget):
    """The projector page of the voting feature; it follows the controller and never shows a count before the reveal."""

    def __init__(self, controller: VotingController, theme: Theme = PROJECTOR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.theme = controller, theme
        self.setAccessibleName(texts.DOCK)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.foreground))
        self.setPalette(palette)
        self.title, self.status = self._label(bold=True), self._label()
        self.pages = QStackedWidget(self)
        look = Look(theme, theme.font_families[0], 40.0)
        self.names, self.tiles = TileGrid(look, self, reserve=NAME_RESERVE), TileGrid(look, self)
        for grid in (self.names, self.tiles):
            grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = self._label(bold=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = self._buttons()
        self.ballot_page = self._ballot_page()
        self.chart: QWidget | None = None
        self._warned: set[tuple[str | None, bool]] = set()
        for page in (self.names, self.ballot_page, self.message):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        for widget, stretch in ((self.title, 0), (self.status, 0), (self.pages, 1)):
            layout.addWidget(widget, stretch)
        controller.changed.connect(self.refresh)
        self.refresh()

    def _label(self, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setProperty("bold", bold)
        return label

    def _buttons(self) -> dict[str, QPushButton]:
        buttons = {}
        for key, text, handler in (("clear", texts.CLEAR, self.controller.clear_ballot),
                                   ("confirm", texts.CONFIRM, self.controller.confirm)):
            button = QPushButton(text, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the facilitator keeps the keyboard
            button.setAccessibleName(text)
            button.clicked.connect(lambda _checked=False, h=handler: h())
            buttons[key] = button
        return buttons

    def _ballot_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tiles, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons["clear"])
        row.addWidget(self.buttons["confirm"])
        layout.addLayout(row)
        self.tiles.setParent(page)
        return page

    # -- following the controller -----------------------------------------------------------
    def refresh(self) -> None:
        """Show the stage of the active round."""
        controller, voting_round = self.controller, self.controller.round
        stage = controller.stage
        self.title.setText(voting_round.question if voting_round else texts.NO_ROUND)
        shows = {Stage.NAMES: self._show_names, Stage.BALLOT: self._show_ballot, Stage.TALLY: self._show_tally,
                 Stage.WAITING: self._show_waiting, Stage.RESULTS: self._show_results}
        shows.get(stage, self._show_nothing)()
        self.status.setVisible(bool(self.status.text()))
        self._warn_cramped()

    def _warn_cramped(self) -> None:
        """Tell the facilitator (once per round and grid) when tiles only fit below the room's text size."""
        grid = self.pages.currentWidget() if self.pages.currentWidget() is self.names else self.tiles
        key = (self.controller.round_id, grid is self.names)
        if self.isVisible() and grid.isVisible() and grid.cramped and key not in self._warned:
            self._warned.add(key)
            self.controller.say(texts.CRAMPED_NAMES if grid is self.names else texts.CRAMPED_OPTIONS)

    def _show_nothing(self) -> None:
        self.status.setText("")
        self.message.setText(texts.NO_ROUND)
        self.pages.setCurrentWidget(self.message)

    def _counted(self) -> str:
        voters = self.controller.voters()
        return texts.VOTED_COUNT.format(voted=len(voters) - len(self.controller.pending()), total=len(voters))

    def _show_names(self) -> None:
        pending = self.controller.pending()
        if not pending:
            self.status.setText(self._counted())
            self.message.setText(texts.ALL_VOTED if self.controller.voters() else texts.NO_VOTERS_ROOM)
            self.pages.setCurrentWidget(self.message)
            return
        self.status.setText(f"{texts.PICK_NAME} · {self._counted()}")
        for tile in self.names.set_options([(p.id, p.name) for p in pending]):
            tile.set_state(0, 0)
            _connect_once(tile, "addRequested", self.controller.start_turn)
        self.pages.setCurrentWidget(self.names)

    def _show_ballot(self) -> None:
        controller, voting_round = self.controller, self.controller.round
        assert voting_round is not None
        if controller.private:
            self.status.setText(self._counted())
            self.message.setText(texts.PRIVATE_BALLOT)
            self.pages.setCurrentWidget(self.message)
            return
        self.status.setText(f"{texts.TURN_OF.format(name=controller.name_of(controller.voter))} · {ballot_line(controller)}")
        self._fill_tiles(show_dots=True)
        self.buttons["confirm"].setEnabled(bool(controller.ballot))
        self.buttons["clear"].setEnabled(bool(controller.ballot))
        for button in self.buttons.values():
            button.show()
        self.pages.setCurrentWidget(self.ballot_page)

    def _fill_tiles(self, show_dots: bool) -> None:
        controller, voting_round = self.controller, self.controller.round
        assert voting_round is not None
        tiles = self.tiles.set_options([(o.code, o.label or o.code) for o in voting_round.options])
        for tile in tiles:
            capacity = voting_round.per_option if show_dots else 0
            tile.set_state(controller.ballot.get(tile.code, 0), capacity, controller.can_add(tile.code))
            _connect_once(tile, "addRequested", controller.add_dot)
            _connect_once(tile, "removeRequested", controller.remove_dot)
            _connect_once(tile, "setRequested", controller.set_dots)

    def _show_tally(self) -> None:
        self.status.setText(texts.TALLY_ROOM)
        self._fill_tiles(show_dots=False)
        for button in self.buttons.values():
            button.hide()
        self.pages.setCurrentWidget(self.ballot_page)

    def _show_waiting(self) -> None:
        self.status.setText(self._counted() if not self.controller.round or not self.controller.round.is_tally else "")
        self.message.setText(texts.WAIT_REVEAL)
        self.pages.setCurrentWidget(self.message)

    def prepare_chart(self) -> QWidget:
        """Build the (hidden) chart: importing pyqtgraph takes a few hundred ms, better before Onthullen than at it."""
        if self.chart is None:
            from ui.voting.chart import ResultChart  # pyqtgraph: on first use of voting, never at start-up

            self.chart = ResultChart(self.controller, self.theme, self)
            self.pages.addWidget(self.chart)
        return self.chart

    def _show_results(self) -> None:
        self.prepare_chart()
        assert self.chart is not None
        self.status.setText("")
        self.chart.refresh()  # type: ignore[attr-defined]
        self.pages.setCurrentWidget(self.chart)

    def page(self, step: int) -> bool:
        """PageDown/PageUp (a clicker): the next voter, confirm the ballot (or stop the turn), or page a long result."""
        c, chart = self.controller, self.chart
        if c.stage is Stage.NAMES:
            return step > 0 and c.next_voter()
        if c.stage is Stage.BALLOT:
            if step < 0:
                c.cancel_turn()
                return True
            return c.confirm()
        return chart is not None and self.pages.currentWidget() is chart and chart.page(step)  # type: ignore[attr-defined]

    def room_key(self, event: QKeyEvent) -> bool:
        """One screen: keys on the presentation move a cursor over the names or tiles and act on it."""
        grid = {Stage.NAMES: self.names, Stage.BALLOT: self.tiles}.get(self.controller.stage)
        if grid is None or not grid.isVisible():
            return False
        if grid.move_cursor(event.key()):
            return True
        action, tile = tile_action(event.key(), event.text()), grid.marked_tile()
        if action is None:
            return False
        if action[0] == "confirm" and grid is self.tiles:
            self.controller.confirm()
        elif tile is None:
            grid.mark(0)  # the first key shows the cursor
        elif grid is self.names:
            if action[0] in ("add", "confirm"):
                self.controller.start_turn(tile.code)
        else:
            tile.act(action)
        return True

    # -- sizes for the back of the room ------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        px = page_px(self, self.theme)
        margin = round(px * 0.5)
        self.layout().setContentsMargins(margin, margin // 2, margin, margin // 2)
        for label, scale in ((self.title, 1.3), (self.status, 1.0), (self.message, 1.4)):
            label.setStyleSheet(_label_style(self.theme, px * scale, bool(label.property("bold"))))
        for button in self.buttons.values():
            button.setMinimumHeight(round(px * 2.2))
            button.setStyleSheet(_button_style(self.theme, px))
        for grid in (self.names, self.tiles):
            grid.low, grid.high = px, px * 1.8



def ballot_line(controller: VotingController) -> str:
    """'Nog 2 van 3 stippen', or what a single choice needs."""
    voting_round = controller.round
    if voting_round is None:
        return ""
    if voting_round.dots == 1:
        return texts.SINGLE_DONE if controller.ballot else texts.SINGLE_LEFT
    left = controller.dots_left()
    if not left:
        return texts.ALL_SPENT
    return texts.DOT_LEFT_ONE.format(total=voting_round.dots) if left == 1 else \
        texts.DOTS_LEFT.format(left=left, total=voting_round.dots)


def _label_style(theme: Theme, px: float, bold: bool) -> str:
    """Room-sized text in the theme's colour (a style sheet, so the laptop's own style sheet can't shrink it)."""
    weight = "bold" if bold else "normal"
    return (f"QLabel {{ color: {theme.foreground}; font-size: {round(px)}px; font-weight: {weight}; "
            f"font-family: '{theme.font_families[0]}'; }}")


def _button_style(theme: Theme, px: float) -> str:
    return (f"QPushButton {{ font-size: {round(px)}px; font-weight: bold; font-family: '{theme.font_families[0]}'; "
            f"background: {theme.card}; color: {theme.foreground}; border: {max(2, round(px * 0.1))}px "
            f"solid {theme.accent}; border-radius: {round(px * 0.4)}px; padding: {round(px * 0.3)}px {round(px)}px; }}"
            f"QPushButton:disabled {{ color: {theme.muted}; border-color: {theme.border}; }}")


def _connect_once(tile: QWidget, signal: str, slot: object) -> None:
    """Connect a tile's signal once (tiles are reused between refreshes)."""
    if not tile.property(f"wired_{signal}"):
        getattr(tile, signal).connect(slot)
        tile.setProperty(f"wired_{signal}", True)
