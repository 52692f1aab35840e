"""Edits started from the canvas: ask with a dialog, then push one command from workshop.theory_edits."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pydantic import ValidationError

from ui.canvas import texts
from ui.document import Document
from ui.selection import Selection
from workshop import theory_edits as edits
from workshop.commands import Command
from workshop.theory import RelationType, Theory

DROP_TYPE = RelationType.CONTRIBUTES
"""The relation a bouwsteen dropped on a deelambitie gets; refine it later from the context menu."""


class CanvasEditor:
    """Handlers for the canvas' context menus, double-clicks and drops; each pushes at most one command."""

    def __init__(self, document: Document, selection: Selection, parent: QWidget | None = None) -> None:
        self.document, self.selection, self.parent = document, selection, parent

    @property
    def theory(self) -> Theory:
        return self.document.trajectory.theory

    def _push(self, command: Command, select: str = "") -> None:
        try:
            self.document.push(command)
        except ValidationError as exc:  # e.g. a text longer than an Excel cell holds: say so, change nothing
            QMessageBox.warning(self.parent, texts.INVALID_TITLE, texts.invalid_message(exc))
            return
        if select:
            self.selection.select(select)

    def _ask(self, title: str, label: str, text: str = "", multiline: bool = False) -> str | None:
        from ui.dialogs.text_dialog import TextDialog  # dialogs load when first asked for, not at start-up

        answer = TextDialog.ask(self.parent, title, label, text, multiline)
        return None if answer is None else answer.strip()

    # -- adding -------------------------------------------------------------------------------
    def add_sub_ambition(self) -> None:
        """Ask a name and add a deelambitie."""
        if name := self._ask(texts.ADD_SUB, texts.NEW_SUB_NAME):
            self._push(edits.add_sub_ambition(self.document.trajectory, name), "")
            self.selection.select(self.theory.sub_ambitions[-1].id)

    def add_block(self) -> None:
        """Ask a name and add a bouwsteen of the group's own."""
        if name := self._ask(texts.ADD_BLOCK, texts.NEW_BLOCK_NAME):
            self._push(edits.add_block(self.document.trajectory, name), "")
            self.selection.select(self.theory.blocks[-1].id)

    def add_action(self, block_id: str) -> None:
        """Ask for an action (and its actors) for a bouwsteen."""
        from ui.dialogs.action_dialog import ActionDialog

        answer = ActionDialog.ask(self.parent, texts.ADD_ACTION, texts.ACTION_LABEL, texts.ACTORS_LABEL)
        if answer and answer[0]:
            self._push(edits.add_action(self.document.trajectory, block_id, answer[0], answer[1]))

    # -- changing -----------------------------------------------------------------------------
    def edit(self, element_id: str) -> None:
        """What a double-click does: edit the hoofdambitie, rename anything else."""
        if element_id == "H":
            self.edit_ambition()
        elif self.theory.block(element_id) or self.theory.sub_ambition(element_id):
            self.rename(element_id)

    def edit_ambition(self) -> None:
        """Ask for a new hoofdambitie text."""
        text = self._ask(texts.EDIT_AMBITION, texts.AMBITION_LABEL, self.theory.ambition, multiline=True)
        if text is not None and text != self.theory.ambition.strip():
            self._push(edits.set_ambition(text))

    def rename(self, element_id: str) -> None:
        """Ask for a new name; for a bouwsteen this is the label its card shows (the short name if it has one)."""
        block, sub = self.theory.block(element_id), self.theory.sub_ambition(element_id)
        if block is not None:
            field = "short_name" if block.short_name.strip() else "name"
            name = self._ask(f"{texts.RENAME}: {element_id}", texts.NAME_LABEL, block.label)
            if name and name != block.label:
                self._push(edits.edit_block(element_id, field, name))
        elif sub is not None:
            name = self._ask(f"{texts.RENAME}: {element_id}", texts.NAME_LABEL, sub.name)
            if name and name != sub.name:
                self._push(edits.edit_sub_ambition(element_id, "name", name))

    def edit_description(self, sub_id: str) -> None:
        """Ask for the description of a deelambitie."""
        sub = self.theory.sub_ambition(sub_id)
        if sub is not None:
            text = self._ask(f"{texts.EDIT_DESCRIPTION}: {sub.name}", texts.DESCRIPTION_LABEL, sub.description, True)
            if text is not None and text != sub.description:
                self._push(edits.edit_sub_ambition(sub_id, "description", text))

    def edit_essence(self, block_id: str) -> None:
        """Ask for the essence of a bouwsteen."""
        block = self.theory.block(block_id)
        if block is not None:
            text = self._ask(f"{texts.EDIT_ESSENCE}: {block.label}", texts.ESSENCE_LABEL, block.essence, True)
            if text is not None and text != block.essence:
                self._push(edits.edit_block(block_id, "essence", text))

    def set_relation(self, block_id: str, sub_id: str, kind: RelationType | None) -> None:
        """Create, retype or remove (kind None) the relation between a bouwsteen and a deelambitie."""
        existing = self.theory.relation(block_id, sub_id)
        if (existing.type if existing else None) != kind:
            self._push(edits.set_relation(self.document.trajectory, block_id, sub_id, kind))

    def remove(self, element_id: str) -> None:
        """Remove a bouwsteen, deelambitie or relation (with what hangs on it) as one undo step."""
        trajectory = self.document.trajectory
        block_id, _, sub_id = element_id.partition("-")
        if self.theory.block(element_id):
            command = edits.remove_block(trajectory, element_id)
        elif self.theory.sub_ambition(element_id):
            command = edits.remove_sub_ambition(trajectory, element_id)
        elif sub_id and self.theory.relation(block_id, sub_id):
            command = edits.set_relation(trajectory, block_id, sub_id, None)
        else:
            return
        if self.selection.current and element_id in self.selection.current.split("-"):
            self.selection.clear()
        self._push(command)

    # -- drag and drop ------------------------------------------------------------------------
    def can_drop(self, block_id: str | None, sub_id: str | None) -> bool:
        """True when dropping this bouwsteen on this deelambitie would add a relation."""
        if not block_id or not sub_id or self.theory.block(block_id) is None or self.theory.sub_ambition(sub_id) is None:
            return False
        return self.theory.relation(block_id, sub_id) is None

    def drop_block(self, block_id: str, sub_id: str) -> bool:
        """Relate a dropped bouwsteen to the deelambitie it was dropped on; True if a command was pushed."""
        if not self.can_drop(block_id, sub_id):
            return False
        self._push(edits.set_relation(self.document.trajectory, block_id, sub_id, DROP_TYPE), f"{block_id}-{sub_id}")
        return True
