"""Accessible list view of the theory (for screen readers and keyboard users), synced with the selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from ui.document import Document
from ui.panels import texts
from ui.popup import PopupSlot, is_shift_f10, within
from ui.selection import Selection
from workshop.registry import Change

ELEMENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The element id a row stands for (H, D1, B5, B5-D1), or None for a group row."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
"""A key that survives a rebuild, also for group rows: used to keep rows expanded."""
GROUP_PREFIX = "group:"
"""How the key of a group row (Deelambities, Bouwstenen) begins."""

MenuFactory = Callable[[str | None], QMenu | None]
"""The context menu for an element id, or for None (a group row, the empty space); None: no menu."""


def _item(text: str, element_id: str | None, key: str | None = None, description: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(element_id, ELEMENT_ROLE)
    item.setData(key or element_id, KEY_ROLE)
    item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
    if description:
        item.setData(description, Qt.ItemDataRole.AccessibleDescriptionRole)
        item.setToolTip(description)
    return item


class TheoryTreeModel(QStandardItemModel):
    """Hoofdambitie, deelambities and bouwstenen (with their relations) as a tree, rebuilt on change."""

    aboutToRebuild = Signal()  # the old rows are still there: views remember which are expanded
    rebuilt = Signal()  # every row is back: views restore their current row and expanded rows now

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        document.changed.connect(self._on_document_changed)
        document.replaced.connect(self.rebuild)
        self.rebuild()

    def _on_document_changed(self, changes: frozenset[str]) -> None:
        if Change.THEORY in changes:
            self.rebuild()

    def rebuild(self) -> None:
        """Rebuild every row from the trajectory."""
        self.aboutToRebuild.emit()
        self.beginResetModel()  # views start afresh (as after clear()) ...
        self.removeRows(0, self.rowCount())  # ... but clear() leaks every item with PySide6 (0.4 kB each)
        self.setHorizontalHeaderLabels([texts.LIST_HEADER])
        theory = self._document.trajectory.theory
        root = self.invisibleRootItem()
        root.appendRow(_item(texts.LIST_AMBITION.format(text=theory.ambition or texts.LIST_EMPTY), "H"))
        subs = _item(texts.LIST_SUBS, None, GROUP_PREFIX + "subs")
        for sub in theory.sub_ambitions:
            subs.appendRow(_item(f"{sub.id} {sub.name}", sub.id, description=sub.description))
        blocks = _item(texts.LIST_BLOCKS, None, GROUP_PREFIX + "blocks")
        for block in theory.blocks:
            blocks.appendRow(self._block_row(block.id))
        root.appendRow(subs)
        root.appendRow(blocks)
        self.endResetModel()
        self.rebuilt.emit()

    def _block_row(self, block_id: str) -> QStandardItem:
        """A bouwsteen by the label its card shows (the full name as description), its relations under it."""
        theory = self._document.trajectory.theory
        block = theory.block(block_id)
        assert block is not None
        own = texts.LIST_OWN if block.origin.value == "groep" else ""
        full = block.name if block.name != block.label else ""
        row = _item(f"{block.id} {block.label}{own}", block.id, description=full)
        for relation in theory.relations_of_block(block_id):
            sub = theory.sub_ambition(relation.sub_ambition_id)
            name = sub.name if sub else relation.sub_ambition_id
            row.appendRow(_item(f"{texts.relation_label(relation.type)} → {name}", relation.key))
        return row

    def index_of(self, element_id: str) -> QModelIndex:
        """The index showing this element id, or an invalid index."""
        return self._find(ELEMENT_ROLE, element_id)

    def index_of_key(self, key: str) -> QModelIndex:
        """The index of the row with this stable key (an element id or a group key), or an invalid index."""
        return self._find(KEY_ROLE, key)

    def _find(self, role: int, value: str) -> QModelIndex:
        hits = self.match(self.index(0, 0), role, value, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return hits[0] if hits else QModelIndex()


class TheoryListView(QTreeView):
    """The tree view; the current row is the shared selection: arrow keys, click and Enter all select.

    A group row (Deelambities, Bouwstenen) stands for no element: on it nothing is selected, so what the
    window's Delete and F2 act on is always the highlighted row. `menu_for(element_id)` (None for a group row
    or the empty space) gives the context menu for the right mouse button, the menu key and Shift+F10.
    """

    def __init__(self, document: Document, selection: Selection, parent: QWidget | None = None,
                 *, menu_for: MenuFactory | None = None) -> None:
        super().__init__(parent)
        self._selection, self._menu_for = selection, menu_for
        self._popup = PopupSlot()  # the context menu last opened
        self._expanded: set[str] | None = None  # None: not built yet, open the groups
        self._kept: tuple[int, str | None] = (0, None)  # scroll position and current row key, over a rebuild
        self.setModel(TheoryTreeModel(document, self))
        self.setAccessibleName(texts.LIST_NAME)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderHidden(True)
        self.model().aboutToRebuild.connect(self._remember)
        self.model().rebuilt.connect(self._restore)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.clicked.connect(self._select_row)
        self.activated.connect(self._select_row)
        selection.changed.connect(lambda _ref: self._on_selection_changed(self._selection.current))
        self._restore()

    def model(self) -> TheoryTreeModel:
        return cast(TheoryTreeModel, super().model())

    # --- surviving a rebuild -----------------------------------------------------------------

    def _remember(self) -> None:
        self._expanded = {index.data(KEY_ROLE) for index in self._all_indexes() if self.isExpanded(index)}
        self._kept = (self.verticalScrollBar().value(), self.currentIndex().data(KEY_ROLE))

    def _all_indexes(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        model, parent = self.model(), parent or QModelIndex()
        found = []
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found += [index, *self._all_indexes(index)]
        return found

    def _restore(self) -> None:
        """After a rebuild: the same rows open, the same scroll position, the shared selection as the current row."""
        if self._expanded is None:
            self.expandToDepth(0)
        for key in self._expanded or ():
            self.setExpanded(self.model().index_of_key(key), True)
        self.executeDelayedItemsLayout()  # the scroll range of the new rows, now
        self.updateGeometries()
        scroll, key = self._kept
        self.verticalScrollBar().setValue(scroll)
        if self._selection.current is None and key and key.startswith(GROUP_PREFIX):
            self.setCurrentIndex(self.model().index_of_key(key))  # nothing selected, a group row current
        self._on_selection_changed(self._selection.current)

    # --- the shared selection ----------------------------------------------------------------

    def _select_row(self, index: QModelIndex) -> None:
        """The row's element (H, deelambitie, bouwsteen, relation) becomes the selection; a group row clears it.

        Following the shared selection (`_following`) echoes nothing back, so cards picked with Ctrl+click stay picked.
        """
        if index.isValid() and not self._following:
            self._selection.select(index.data(ELEMENT_ROLE))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._select_row(current)  # arrow keys and type-ahead move the selection along

    _following = False

    def _on_selection_changed(self, element_id: str | None) -> None:
        index = self.model().index_of(element_id) if element_id else QModelIndex()
        if index.isValid():
            self._following = True
            try:
                self.setCurrentIndex(index)
            finally:
                self._following = False
        elif not _is_group(self.currentIndex()):
            self.clearSelection()  # a current group row stays highlighted: it is what "nothing selected" looks like

    # --- the context menu --------------------------------------------------------------------

    def set_menu_factory(self, menu_for: MenuFactory | None) -> None:
        """The context menu for an element id (None: a group row or the empty space); None turns menus off."""
        self._menu_for = menu_for

    @property
    def menu(self) -> QMenu | None:
        """The context menu last opened while it is still there (a menu may delete itself when it closes)."""
        return self._popup.menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.show_current_menu()
        else:
            self.open_menu(self.indexAt(event.pos()), event.globalPos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_shift_f10(event):
            self.show_current_menu()
        else:
            super().keyPressEvent(event)

    def show_current_menu(self) -> QMenu | None:
        """The menu key or Shift+F10: the current row's menu, just under that row."""
        index = self.currentIndex()
        self.scrollTo(index)
        inside, row = self.viewport().rect(), self.visualRect(index)
        at = QPoint(row.left(), row.bottom()) if index.isValid() else inside.topLeft()
        return self.open_menu(index, self.viewport().mapToGlobal(within(at, inside)))

    def open_menu(self, index: QModelIndex, at: QPoint) -> QMenu | None:
        """Make the row current (selecting what it stands for) and pop up its menu at a global position."""
        if self._menu_for is None:
            return None
        if index.isValid():
            self.setCurrentIndex(index)
            self._select_row(index)
        return self._popup.show(self._menu_for(index.data(ELEMENT_ROLE) if index.isValid() else None), at)


def _is_group(index: QModelIndex) -> bool:
    key = index.data(KEY_ROLE) if index.isValid() else None
    return bool(key) and str(key).startswith(GROUP_PREFIX)
