"""The Bouwstenenbak dock: the cards not yet on the schema, a quick own card, and the buttons around placing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from ui.document import Document
from ui.pushing import Say, push
from ui.selection import Selection
from ui.theme import Theme
from ui.tray import texts
from ui.tray.cards import CardDelegate, CardList, CardsModel
from ui.widgets import panel_button
from workshop import placement
from workshop import theory_edits as te
from workshop.registry import Change

Handlers = dict[str, Callable[[], object]]


class TrayPanel(QWidget):
    """A list of cards to drag onto the schema (or place with Enter), and a field to add the group's own card."""

    def __init__(self, document: Document, selection: Selection, theme: Callable[[], Theme], say: Say,
                 handlers: Handlers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.selection, self._say, self.handlers = document, selection, say, handlers
        self.entry, self.count, self.empty = QLineEdit(self), QLabel(self), QLabel(texts.EMPTY, self)
        self.model, self.cards = CardsModel(self), CardList(self)
        self._quiet = False  # the card chosen on opening is not chosen on the schema (nothing gets dimmed)
        self.cards.setItemDelegate(CardDelegate(theme, self.cards))
        self._build()
        document.changed.connect(self._on_changed)
        document.replaced.connect(self.refresh)
        selection.changed.connect(self._on_selection)
        self.refresh()

    def _build(self) -> None:
        self.entry.setAccessibleName(texts.ENTRY_NAME)
        self.entry.setPlaceholderText(texts.ENTRY_PLACEHOLDER)
        self.entry.returnPressed.connect(self.add_typed)
        self.cards.setModel(self.model)
        self.cards.setAccessibleName(texts.LIST_NAME)
        self.cards.setAccessibleDescription(texts.LIST_HELP)
        self.cards.setToolTip(texts.LIST_HELP)
        self.cards.selectionModel().currentChanged.connect(self._on_current)
        self.cards.placeRequested.connect(self.handlers["place"])
        self.cards.returned.connect(self.take_back)
        for label in (self.count, self.empty):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.count, self.entry, self.cards, self.empty):
            layout.addWidget(widget, 1 if widget is self.cards else 0)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QVBoxLayout:
        rows, column = ((("place", texts.PLACE), ("compare", texts.COMPARE)),
                        (("all", texts.ALL_TO_TRAY), ("publication", texts.FROM_PUBLICATION))), QVBoxLayout()
        self.buttons = {}
        for row in rows:
            line = QHBoxLayout()
            for name, text in row:
                handler = (lambda: self.handlers["place"](self.chosen())) if name == "place" else self.handlers[name]
                self.buttons[name] = panel_button(self, text, handler)
                line.addWidget(self.buttons[name])
            column.addLayout(line)
        return column

    # -- keeping in step --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the tray as the theory has it now, keeping the card the keyboard was on."""
        current = self.cards.current_id()
        theory = self.document.trajectory.theory
        waiting = placement.tray(theory)
        self.model.set_blocks(waiting)
        self.count.setText(texts.count_text(len(waiting), len(theory.blocks)))
        self.empty.setVisible(not waiting and bool(theory.blocks))
        self.buttons["place"].setEnabled(bool(waiting) or bool(theory.blocks))
        self.buttons["all"].setEnabled(bool(theory.relations))
        self.buttons["publication"].setVisible(bool(placement.missing(theory, self.publication())))
        if current is not None:
            self.show_card(current)

    @staticmethod
    def publication():  # type: ignore[no-untyped-def]
        """The publication's theory, to compare with and take missing bouwstenen from."""
        from workshop.content import load_theory

        return load_theory("sociale-basis")

    def _on_changed(self, tags: frozenset[str]) -> None:
        if Change.THEORY in tags:
            self.refresh()

    def _on_current(self, *_: object) -> None:
        """Choosing a card in the tray chooses it in the schema too (the details show its essence)."""
        if (block_id := self.cards.current_id()) is not None and self.selection.current != block_id and not self._quiet:
            self.selection.select(block_id)

    def _on_selection(self, *_: object) -> None:
        """A card chosen on the schema (or in the list) that waits in the tray is the tray's chosen card too."""
        if (current := self.selection.current) is not None and current != self.cards.current_id():
            self.show_card(current)

    def show_card(self, block_id: str) -> bool:
        """Put the keyboard on a card; False when it is not in the tray."""
        row = self.model.row_of(block_id)
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.cards.selectionModel().setCurrentIndex(self.model.index(row), flags)
        return row >= 0

    def focus_cards(self) -> None:
        """The keyboard in the list of cards (on the first card when none was chosen)."""
        if not self.cards.currentIndex().isValid() and self.model.rowCount():
            self._quiet = True
            self.show_card(self.model.blocks[0].id)
            self._quiet = False
        self.cards.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def chosen(self) -> str | None:
        """The card the keyboard is on, else what is chosen on the schema."""
        return self.cards.current_id() or self.selection.current

    # -- changes ------------------------------------------------------------------------------------
    def add_typed(self) -> bool:
        """Enter in the field: a new card of the group's own in the tray, with the keyboard kept in the field."""
        name = self.entry.text().strip()
        if not name or not push(self.document, lambda: te.add_block(self.document.trajectory, name), self._say):
            return False
        self.entry.clear()
        self.show_card(self.document.trajectory.theory.blocks[-1].id)
        self._say(texts.ADDED.format(name=name))
        return True

    def take_back(self, block_id: str) -> bool:
        """A card dropped here from the schema: back in the tray (its relations go), as one undo step."""
        t = self.document.trajectory
        if not placement.is_placed(t.theory, block_id):
            return False
        done = push(self.document, lambda: placement.to_tray(t, block_id), self._say)
        if done:
            self.show_card(block_id)
        return done


class TrayTabs(QTabWidget):
    """The Bouwstenenbak dock: the cards, and beside them the comparison with the publication."""

    def __init__(self, tray: TrayPanel, comparison: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tray, self.comparison = tray, comparison
        self.addTab(tray, texts.TAB_CARDS)
        self.addTab(comparison, texts.TAB_COMPARE)
        self.setAccessibleName(texts.DOCK)
