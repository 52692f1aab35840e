"""Accessible list view of the theory (for screen readers and keyboard users), synced with the selection."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ui.document import Document

ELEMENT_ROLE = Qt.ItemDataRole.UserRole + 1


def _item(text: str, element_id: str | None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(element_id, ELEMENT_ROLE)
    item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
    return item


class TheoryTreeModel(QStandardItemModel):
    """Hoofdambitie, deelambities and bouwstenen (with their relations) as a tree, rebuilt on change."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        document.changed.connect(self._on_document_changed)
        document.replaced.connect(self.rebuild)
        self.rebuild()

    def _on_document_changed(self, changes: frozenset[str]) -> None:
        if "theory" in changes:
            self.rebuild()

    def rebuild(self) -> None:
        """Rebuild every row from the trajectory."""
        self.clear()
        self.setHorizontalHeaderLabels(["Verandertheorie"])
        theory = self._document.trajectory.theory
        root = self.invisibleRootItem()
        root.appendRow(_item(f"Hoofdambitie: {theory.ambition or '(leeg)'}", "H"))
        subs = _item("Deelambities", None)
        for sub in theory.sub_ambitions:
            subs.appendRow(_item(f"{sub.id} {sub.name}", sub.id))
        blocks = _item("Bouwstenen", None)
        for block in theory.blocks:
            blocks.appendRow(self._block_row(block.id))
        root.appendRow(subs)
        root.appendRow(blocks)

    def _block_row(self, block_id: str) -> QStandardItem:
        theory = self._document.trajectory.theory
        block = theory.block(block_id)
        assert block is not None
        own = " (eigen)" if block.origin.value == "groep" else ""
        row = _item(f"{block.id} {block.name}{own}", block.id)
        for relation in theory.relations_of_block(block_id):
            sub = theory.sub_ambition(relation.sub_ambition_id)
            name = sub.name if sub else relation.sub_ambition_id
            row.appendRow(_item(f"{relation.type.value} → {name}", relation.key))
        return row

    def index_of(self, element_id: str) -> QModelIndex:
        """The index showing this element id, or an invalid index."""
        hits = self.match(self.index(0, 0), ELEMENT_ROLE, element_id, 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return hits[0] if hits else QModelIndex()


class TheoryListView(QTreeView):
    """The tree view; picking a row selects that element everywhere."""

    def __init__(self, document: Document, selection: QObject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self.setModel(TheoryTreeModel(document, self))
        self.setAccessibleName("Lijst van de verandertheorie")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderHidden(True)
        self._expand()
        self.model().modelReset.connect(self._expand)
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)
        selection.changed.connect(self._on_selection_changed)  # type: ignore[attr-defined]

    def _expand(self) -> None:
        self.expandToDepth(0)

    def model(self) -> TheoryTreeModel:  # type: ignore[override]
        return super().model()  # type: ignore[return-value]

    def _on_clicked(self, index: QModelIndex) -> None:
        element_id = index.data(ELEMENT_ROLE)
        if element_id and "-" not in element_id:
            self._selection.set_current(element_id)  # type: ignore[attr-defined]

    def _on_selection_changed(self, element_id: str | None) -> None:
        index = self.model().index_of(element_id) if element_id else None
        if index is not None and index.isValid():
            self.setCurrentIndex(index)
        else:
            self.clearSelection()
