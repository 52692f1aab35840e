"""The cards in the tray: a list model that drags bouwsteen ids, a delegate that draws each as a card, and the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.mime import BLOCK_MIME, block_id_of, block_mime
from ui.theme import Theme
from ui.tray import texts
from workshop.theory import BuildingBlock, Origin

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
OWN_ROLE = Qt.ItemDataRole.UserRole + 1


class CardsModel(QAbstractListModel):
    """The bouwstenen waiting in the tray, one row each; dragging a row carries its id as a bouwsteen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[BuildingBlock] = []

    def set_blocks(self, blocks: Sequence[BuildingBlock]) -> None:
        """Show these cards (the tray's content, in order)."""
        self.beginResetModel()
        self.blocks = list(blocks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.blocks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        block = self.blocks[index.row()]
        own = block.origin == Origin.GROUP
        values = {
            Qt.ItemDataRole.DisplayRole: block.label, ID_ROLE: block.id, OWN_ROLE: own,
            Qt.ItemDataRole.ToolTipRole: "\n".join(filter(None, [block.name, block.essence])),
            Qt.ItemDataRole.AccessibleTextRole: f"{block.id} {block.label}, {texts.TAG_OWN if own else texts.TAG_PUBLICATION}",
        }
        return values.get(Qt.ItemDataRole(role))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [BLOCK_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The first dragged card's id (one card at a time, as on the canvas)."""
        return block_mime(str(indexes[0].data(ID_ROLE))) if indexes else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction

    def row_of(self, block_id: str) -> int:
        """The row of a bouwsteen, or -1."""
        return next((row for row, b in enumerate(self.blocks) if b.id == block_id), -1)


class CardDelegate(QStyledItemDelegate):
    """Draws a card: its name in bold, its id and where it comes from below; the group's own with a dashed edge."""

    def __init__(self, theme: Callable[[], Theme], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        return QSize(120, round(line * 2.9))  # the list gives every card its whole width

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        theme, own = self._theme(), bool(index.data(OWN_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        card = QRectF(option.rect).adjusted(4, 3, -4, -3)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(theme.accent if selected else theme.border), 3.0 if selected else 1.2)
        if own:
            pen.setDashPattern([5.0, 3.0])
        painter.setPen(pen)
        painter.setBrush(QColor(theme.sub if selected else theme.card))
        painter.drawRoundedRect(card, 5, 5)
        self._texts(painter, option, index, card.adjusted(10, 4, -10, -4), theme)
        painter.restore()

    def _texts(self, painter: QPainter, option: QStyleOptionViewItem, index: Index, inner: QRectF, theme: Theme) -> None:
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(True)
        name, half = QFontMetrics(font).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, int(inner.width())), inner.height() / 2
        painter.setFont(font)
        painter.setPen(QColor(theme.foreground))
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), half), int(Qt.AlignmentFlag.AlignVCenter), name)
        tag = f"{index.data(ID_ROLE)} · {texts.TAG_OWN if index.data(OWN_ROLE) else texts.TAG_PUBLICATION}"
        painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.setPen(QColor(theme.muted))
        painter.drawText(QRectF(inner.left(), inner.top() + half, inner.width(), half), int(Qt.AlignmentFlag.AlignVCenter), tag)


class CardList(QListView):
    """The tray's list: drag a card out to place it; drop a card from the schema in to take it off; Enter places."""

    placeRequested = Signal(str)     # a bouwsteen id: Enter on a card
    returned = Signal(str)           # a bouwsteen id dropped here from the schema

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(1)

    def current_id(self) -> str | None:
        """The id of the card with the keyboard on it, or None."""
        index = self.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (block_id := self.current_id()):
            self.placeRequested.emit(block_id)
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if block_id_of(event.mimeData()) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        block_id = block_id_of(event.mimeData())
        if block_id and event.source() is not self:
            event.acceptProposedAction()
            self.returned.emit(block_id)
        else:
            event.ignore()
