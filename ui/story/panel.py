"""The Verhaal dock: the parts of the story in a list, the chosen part's text to rewrite, and putting it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from ui.document import Document
from ui.pushing import Say, push
from ui.story import texts
from ui.widgets import UndoToWindow, panel_button
from workshop import story_edits as se
from workshop.commands import Command
from workshop.story import StoryPart
from workshop.story_text import generate

KEY = Qt.ItemDataRole.UserRole
"""Keys the editor leaves to the window: undo and redo work on the document, one step per part typed in."""


def _preview(parts: list[StoryPart]) -> str:
    """The generated story as one plain text, each part under its title."""
    return "\n\n".join(f"{p.title.upper()}\n\n{p.text}" for p in parts)


class StoryPanel(QWidget):
    """Lists the parts (a rewritten one marked 'bewerkt'), edits the chosen one live, writes and updates the story."""

    chosen = Signal(str)  # the key of the part the facilitator chose

    def __init__(self, document: Document, say: Say, handlers: dict[str, Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self._say, self._quiet, self._stale = document, say, False, False
        self.hint, self.title, self.mark = QLabel(self), QLabel(self), QLabel(texts.EDITED, self)
        self.parts, self.editor = QListWidget(self), QPlainTextEdit(self)
        self.buttons = {
            "reset": panel_button(self, texts.RESET, self.reset), "remove": panel_button(self, texts.REMOVE, self.remove),
            "write": panel_button(self, texts.WRITE, handlers["write"]),
            "export": panel_button(self, texts.EXPORT, handlers["export"]),
            "project": panel_button(self, texts.ON_PROJECTOR, handlers["project"]),
        }
        self._build()
        document.changed.connect(lambda _changes: self._on_changed())
        document.replaced.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.hint.setWordWrap(True)
        self.title.setWordWrap(True)
        self.title.setProperty("bold", True)
        self.title.setStyleSheet("font-weight: bold;")
        self.mark.setStyleSheet("font-style: italic;")
        self.parts.setAccessibleName(texts.PARTS)
        self.parts.currentItemChanged.connect(lambda *_: self._on_chosen())
        self.editor.setAccessibleName(texts.EDITOR)
        self.editor.setUndoRedoEnabled(False)  # the document's undo stack has the steps
        self.editor.installEventFilter(UndoToWindow(self.editor))
        self.editor.textChanged.connect(self._on_typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.parts, 2)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.mark)
        layout.addLayout(head)
        layout.addWidget(self.editor, 5)
        layout.addLayout(self._row("reset", "remove"))
        layout.addLayout(self._row("write", "export", "project"))

    def _row(self, *names: str) -> QHBoxLayout:
        row = QHBoxLayout()
        for name in names:
            row.addWidget(self.buttons[name])
        return row

    # -- showing ------------------------------------------------------------------------------------------------
    def _on_changed(self) -> None:
        """Follow a change now when the dock is in view, else when it comes into view: behind another tab the dock
        disables its panel (LazyDock), and then the panel waits."""
        self._stale = not (self.isVisible() and self.isEnabled())
        if not self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and self.isEnabled() and self._stale:
            self.refresh()

    def key(self) -> str | None:
        """The key of the chosen part, or None."""
        item = self.parts.currentItem()
        return item.data(KEY) if item is not None else None

    def part(self) -> StoryPart | None:
        """The chosen part as the story has it now, or None."""
        return next((p for p in self.document.trajectory.story if p.key == self.key()), None)

    def choose(self, key: str) -> None:
        """Choose a part by its key ('ambitie', 'D2', ...)."""
        for row in range(self.parts.count()):
            if self.parts.item(row).data(KEY) == key:
                self.parts.setCurrentRow(row)

    def refresh(self) -> None:
        """Follow the story: the list of parts, the chosen part's text (unless it is what the editor has), buttons."""
        self._stale = False
        story, fresh = self.document.trajectory.story, generate(self.document.trajectory)
        self._fill(story)
        self.buttons["write"].setText(texts.UPDATE.replace("&", "") if story else texts.WRITE.replace("&", ""))
        self.hint.setText(texts.EMPTY if not story else texts.HINT if se.merged(story, fresh) == story else texts.STALE)
        self._show_chosen(fresh)

    def _fill(self, story: list[StoryPart]) -> None:
        keys = [p.key for p in story]
        if keys != [self.parts.item(r).data(KEY) for r in range(self.parts.count())]:
            chosen = self.key()
            self.parts.blockSignals(True)
            self.parts.clear()
            for part in story:
                item = QListWidgetItem(self.parts)
                item.setData(KEY, part.key)
            self.parts.blockSignals(False)
            if keys:
                self.choose(chosen if chosen in keys else keys[0])
        for row, part in enumerate(story):
            self.parts.item(row).setText((part.title or part.key) + (texts.EDITED_MARK if part.edited else ""))

    def _on_chosen(self) -> None:
        self._show_chosen(generate(self.document.trajectory))
        if (key := self.key()) is not None:
            self.chosen.emit(key)

    def _show_chosen(self, fresh: list[StoryPart]) -> None:
        part = self.part()
        self.parts.setVisible(bool(self.document.trajectory.story))
        self.editor.setReadOnly(part is None)  # no story yet: a preview of what 'Verhaal schrijven' writes
        self.title.setText(part.title if part is not None else texts.PREVIEW)
        self.mark.setVisible(bool(part and part.edited))
        orphan = part is not None and part.key not in {p.key for p in fresh}
        self.buttons["reset"].setEnabled(bool(part and part.edited) and not orphan)
        self.buttons["remove"].setVisible(orphan)
        self.editor.setToolTip(texts.ORPHAN if orphan else "")
        text = part.text if part is not None else "" if self.document.trajectory.story else _preview(fresh)
        if self.editor.toPlainText() != text:
            self._set_text(text)

    def _set_text(self, text: str) -> None:
        cursor = self.editor.textCursor().position()
        self._quiet = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._quiet = False
        moved = self.editor.textCursor()
        moved.setPosition(min(cursor, len(text)))
        self.editor.setTextCursor(moved)

    # -- changing -------------------------------------------------------------------------------------------------
    def _push(self, build: Callable[[], Command]) -> bool:
        return push(self.document, build, self._say)

    def _on_typed(self) -> None:
        key = self.key()
        if self._quiet or key is None:
            return
        t, text = self.document.trajectory, self.editor.toPlainText()
        self._push(lambda: se.edit_part(t, key, text, mergeable=True))

    def reset(self) -> bool:
        """Put the chosen part back as generated from the schema now."""
        key = self.key()
        return key is not None and self._push(lambda: se.reset_part(self.document.trajectory, key))

    def remove(self) -> bool:
        """Leave the chosen part out (offered for a rewritten part whose subject left the schema)."""
        key = self.key()
        return key is not None and self._push(lambda: se.remove_part(self.document.trajectory, key))
