"""What the publication says beside what this group placed: relations added, not placed, or of another type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ui.canvas.texts import RELATION_LABELS
from ui.document import Document
from ui.selection import Selection
from ui.tray import texts
from workshop.placement import Comparison, Difference, compare
from workshop.registry import Change
from workshop.theory import RelationType, Theory

TARGET_ROLE = Qt.ItemDataRole.UserRole
"""The element a row selects in the schema: the relation, else the bouwsteen, else nothing."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""(relation, publication's type, group's type) as shown."""


def type_text(kind: RelationType | None) -> str:
    """A relation type as the columns show it, or a dash for no relation."""
    return texts.NO_RELATION if kind is None else RELATION_LABELS[kind].lower()


def merged(rows: list[Comparison], every: int) -> list[tuple[Comparison, bool]]:
    """The rows, with those of one bouwsteen that differ alike for all `every` deelambities (the foundation, the
    band) as one row; True marks such a row."""
    def key(r: Comparison) -> tuple[object, ...]:
        return r.difference, r.block, r.block_id, r.publication, r.group
    counts: dict[tuple[object, ...], int] = {}
    for row in rows:
        counts[key(row)] = counts.get(key(row), 0) + 1
    shown, seen = [], set()
    for row in rows:
        whole = every > 1 and counts[key(row)] >= every
        if not (whole and key(row) in seen):
            shown.append((row, whole))
            seen.add(key(row))
    return shown


def target_of(row: Comparison, theory: Theory) -> str | None:
    """What clicking the row selects: the group's relation when it exists, else its bouwsteen."""
    if row.key and row.block_id and row.sub_id and theory.relation(row.block_id, row.sub_id):
        return row.key
    return row.block_id


class ComparePanel(QWidget):
    """A tree with a group per kind of difference; each row names the relation and both types, and selects it."""

    def __init__(self, document: Document, selection: Selection, publication: Theory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.selection, self.publication = document, selection, publication
        self.summary, self.tree = QLabel(self), QTreeWidget(self)
        self._build()
        document.changed.connect(self._on_changed)
        document.replaced.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.summary.setWordWrap(True)
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)  # each row says both sides in words: it fits a narrow dock
        self.tree.setAccessibleName(texts.COMPARE_NAME)
        self.tree.setAccessibleDescription(texts.COMPARE_HELP)
        self.tree.setToolTip(texts.COMPARE_HELP)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)  # a row has three lines, a group's title two
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._select)
        self.tree.itemClicked.connect(self._select)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def refresh(self) -> None:
        """Compare again with the theory as it is now."""
        rows = compare(self.document.trajectory.theory, self.publication)
        counts = {d: sum(r.difference == d for r in rows) for d in Difference}
        self.summary.setText(texts.SUMMARY.format(added=counts[Difference.ADDED], removed=counts[Difference.REMOVED],
                                                  retyped=counts[Difference.RETYPED]) if rows else texts.SAME)
        self.tree.clear()
        for difference in Difference:
            self._group(difference, [r for r in rows if r.difference == difference])

    def _group(self, difference: Difference, rows: list[Comparison]) -> None:
        if not rows:
            return
        noun = "relatie" if len(rows) == 1 else "relaties"
        title = texts.GROUP_COUNT.format(title=texts.GROUPS[difference.value], count=len(rows), noun=noun)
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        font = QFont(self.tree.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        theory = self.document.trajectory.theory
        every = len((theory if difference == Difference.ADDED else self.publication).sub_ambitions)
        for row, whole in merged(rows, every):
            block = row.block if row.block_id else texts.NOT_IN_THEORY.format(name=row.block)
            sub = texts.ALL_SUBS if whole else row.sub
            shown = (f"{block} → {sub}", type_text(row.publication), type_text(row.group))
            item = QTreeWidgetItem(group, [texts.ROW.format(block=block, sub=sub, publication=shown[1], group=shown[2])])
            item.setData(0, TARGET_ROLE, row.block_id if whole else target_of(row, theory))
            item.setData(0, ROW_ROLE, shown)
            item.setToolTip(0, item.text(0))
        group.setExpanded(True)

    def rows(self, difference: Difference) -> list[tuple[str, str, str]]:
        """The rows under one group, as shown (for tests and reading aloud)."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group.text(0).startswith(texts.GROUPS[difference.value]):
                return [tuple(group.child(j).data(0, ROW_ROLE)) for j in range(group.childCount())]  # type: ignore[misc]
        return []

    def _select(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if (target := item.data(0, TARGET_ROLE)) is not None:
            self.selection.select(str(target))

    def _on_changed(self, tags: frozenset[str]) -> None:
        if Change.THEORY in tags:
            self.refresh()
