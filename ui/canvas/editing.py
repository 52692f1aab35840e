"""Edits started from the canvas: ask with a dialog, then push one command from workshop.theory_edits."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from weakref import ref

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from pydantic import ValidationError

from ui.canvas import texts
from ui.document import Document
from ui.pushing import Say, push
from ui.selection import Selection
from workshop import placement
from workshop import theory_edits as edits
from workshop.commands import Command, Macro
from workshop.edits import quote
from workshop.ids import is_relation_key, relation_ends, relation_key
from workshop.placement import Gesture
from workshop.theory import Action, RelationType, Theory

TYPES = list(RelationType)
"""The relation types in the order the menus and the type dialog list them."""
MenuEntry = tuple[str, Callable[[str | None], bool], Callable[[str | None], None]]
"""A feature's entry in the element menus: its text, whether it applies to an element id, and what it does."""


def touches(selected: str | None, element_id: str) -> bool:
    """True when removing `element_id` removes the selected element: itself, or a relation of it."""
    if selected is None:
        return False
    return selected == element_id or (is_relation_key(selected) and element_id in relation_ends(selected))


def clean_lines(text: str) -> list[str]:
    """One item per non-blank line, spaces tidied as the model stores them (for sources)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


class CanvasEditor:
    """Handlers for the canvas' context menus, double-clicks and drops; each pushes at most one command."""

    def __init__(self, document: Document, selection: Selection, parent: QWidget | None = None) -> None:
        self.document, self.selection = document, selection
        self._parent = None if parent is None else ref(parent)  # weak: the view owns its editor, not the reverse
        self.extra_entries: list[MenuEntry] = []  # features add theirs (e.g. 'Stemronde met deze keuze')

    @property
    def parent(self) -> QWidget | None:
        """The widget the dialogs open over."""
        return None if self._parent is None else self._parent()

    @property
    def theory(self) -> Theory:
        return self.document.trajectory.theory

    def _push(self, build: Callable[[], Command]) -> bool:
        """Build and push one command; True if done. A refused value says why (in Dutch) and changes nothing."""
        try:
            self.document.push(build())  # building validates too: a refusal can come from either step
        except ValidationError as exc:  # e.g. a text longer than an Excel cell holds
            QMessageBox.warning(self.parent, texts.INVALID_TITLE, texts.invalid_message(exc))
            return False
        return True

    def _ask(self, title: str, label: str, text: str = "", multiline: bool = False) -> str | None:
        from ui.dialogs.text_dialog import TextDialog  # dialogs load when first asked for, not at start-up

        answer = TextDialog.ask(self.parent, title, label, text, multiline)
        return None if answer is None else answer.strip()

    def _edit_text(self, title: str, label: str, old: str, build: Callable[[str], Command], *, multiline: bool = False) -> None:
        """Ask for a new text; push when it changed. A one-line text (a name) may not become empty."""
        text = self._ask(title, label, old, multiline)
        if text is not None and text != old.strip() and (text or multiline):
            self._push(lambda: build(text))

    def _ask_action(self, title: str, action: Action | None = None) -> tuple[str, list[str]] | None:
        from ui.dialogs.action_dialog import ActionDialog

        old = (action.text, action.actors) if action else ("", [])
        answer = ActionDialog.ask(self.parent, title, texts.ACTION_LABEL, texts.ACTORS_LABEL, *old)
        return answer if answer and answer[0] else None

    # -- adding -------------------------------------------------------------------------------
    def add_sub_ambition(self) -> None:
        """Ask a name and add a deelambitie (and select it)."""
        name = self._ask(texts.ADD_SUB, texts.NEW_SUB_NAME)
        if name and self._push(lambda: edits.add_sub_ambition(self.document.trajectory, name)):
            self.selection.select(self.theory.sub_ambitions[-1].id)

    def add_block(self) -> None:
        """Ask a name and add a bouwsteen of the group's own (and select it)."""
        name = self._ask(texts.ADD_BLOCK, texts.NEW_BLOCK_NAME)
        if name and self._push(lambda: edits.add_block(self.document.trajectory, name)):
            self.selection.select(self.theory.blocks[-1].id)

    def add_action(self, block_id: str) -> None:
        """Ask for an action (and its actors) for a bouwsteen."""
        if (answer := self._ask_action(texts.ADD_ACTION)) is not None:
            self._push(lambda: edits.add_action(self.document.trajectory, block_id, *answer))

    # -- changing -----------------------------------------------------------------------------
    def edit(self, element_id: str) -> None:
        """What a double-click and F2 do: edit the hoofdambitie or a relation's type, rename anything else."""
        if element_id == "H":
            self.edit_ambition()
        elif is_relation_key(element_id):
            self.edit_relation(element_id)
        elif self.theory.block(element_id) or self.theory.sub_ambition(element_id):
            self.rename(element_id)

    def edit_ambition(self) -> None:
        """Ask for a new hoofdambitie text."""
        self._edit_text(texts.EDIT_AMBITION, texts.AMBITION_LABEL, self.theory.ambition, edits.set_ambition, multiline=True)

    def rename(self, element_id: str) -> None:
        """Ask for a new name; for a bouwsteen this is the label its card shows (the short name if it has one)."""
        block, sub = self.theory.block(element_id), self.theory.sub_ambition(element_id)
        if block is not None:
            field = "short_name" if block.short_name.strip() else "name"
            title = f"{texts.RENAME}: {block.label}"
            self._edit_text(title, texts.NAME_LABEL, block.label, partial(edits.edit_block, element_id, field))
        elif sub is not None:
            title = f"{texts.RENAME}: {sub.name}"
            self._edit_text(title, texts.NAME_LABEL, sub.name, partial(edits.edit_sub_ambition, element_id, "name"))

    def edit_full_name(self, block_id: str) -> None:
        """Ask for the full name of a bouwsteen (the details show it; the card shows the short name)."""
        if (block := self.theory.block(block_id)) is not None:
            title = f"{texts.EDIT_FULL_NAME}: {block.label}"
            self._edit_text(title, texts.FULL_NAME_LABEL, block.name, partial(edits.edit_block, block_id, "name"))

    def edit_description(self, sub_id: str) -> None:
        """Ask for the description of a deelambitie."""
        if (sub := self.theory.sub_ambition(sub_id)) is not None:
            build = partial(edits.edit_sub_ambition, sub_id, "description")
            self._edit_text(f"{texts.EDIT_DESCRIPTION}: {sub.name}", texts.DESCRIPTION_LABEL, sub.description, build, multiline=True)

    def _edit_block_text(self, block_id: str, field: str, title: str, label: str) -> None:
        """Ask for a several-line text field of a bouwsteen (essence, theory)."""
        if (block := self.theory.block(block_id)) is not None:
            build = partial(edits.edit_block, block_id, field)
            self._edit_text(f"{title}: {block.label}", label, getattr(block, field), build, multiline=True)

    def edit_essence(self, block_id: str) -> None:
        """Ask for the essence of a bouwsteen."""
        self._edit_block_text(block_id, "essence", texts.EDIT_ESSENCE, texts.ESSENCE_LABEL)

    def edit_theory(self, block_id: str) -> None:
        """Ask why the bouwsteen works (the theory text the details show under 'Waarom werkt het?')."""
        self._edit_block_text(block_id, "theory", texts.EDIT_THEORY, texts.THEORY_LABEL)

    def edit_sources(self, block_id: str) -> None:
        """Ask for the sources of a bouwsteen, one per line."""
        if (block := self.theory.block(block_id)) is None:
            return
        text = self._ask(f"{texts.EDIT_SOURCES}: {block.label}", texts.SOURCES_LABEL, "\n".join(block.sources), True)
        if text is not None and (sources := clean_lines(text)) != block.sources:
            self._push(lambda: edits.edit_block(block_id, "sources", sources))

    def action(self, action_id: str) -> Action | None:
        """The action with this id, or None."""
        return next((a for a in self.theory.actions if a.id == action_id), None)

    def edit_action(self, action_id: str) -> None:
        """Ask for the new text and actors of an action; both change in one undo step."""
        if (action := self.action(action_id)) is None or (answer := self._ask_action(texts.EDIT_ACTION, action)) is None:
            return
        (text, actors), label = answer, f"Actie {quote(action.text)} wijzigen"  # named by its first words, as it was
        changes = {field: new for field, new, old in (("text", text, action.text), ("actors", actors, action.actors)) if new != old}
        if changes:
            self._push(lambda: Macro(label, [edits.edit_action(action_id, field, new) for field, new in changes.items()]))

    def remove_action(self, action_id: str) -> None:
        """Remove one action from the handelingsperspectief (Ctrl+Z brings it back)."""
        if self.action(action_id) is not None:
            self._push(lambda: edits.remove_action(action_id))

    def edit_relation(self, key: str) -> None:
        """Ask for the type of a relation (F2 or a double-click on its line)."""
        block_id, sub_id = relation_ends(key)
        theory = self.theory
        relation, block, sub = theory.relation(block_id, sub_id), theory.block(block_id), theory.sub_ambition(sub_id)
        if relation is None or block is None or sub is None:
            return
        from ui.dialogs.choice_dialog import ChoiceDialog

        title, options = texts.relation_title(block.label, sub.name), [texts.RELATION_LABELS[kind] for kind in TYPES]
        index = ChoiceDialog.ask(self.parent, title, texts.RELATION_TYPE_LABEL, options, TYPES.index(relation.type))
        if index is not None and index >= 0:
            self.set_relation(block_id, sub_id, TYPES[index])

    def set_relation(self, block_id: str, sub_id: str, kind: RelationType | None) -> None:
        """Create, retype or remove (kind None) the relation between a bouwsteen and a deelambitie."""
        existing = self.theory.relation(block_id, sub_id)
        if (existing.type if existing else None) != kind:
            self._push(lambda: edits.set_relation(self.document.trajectory, block_id, sub_id, kind))

    def remove(self, element_id: str) -> None:
        """Remove a bouwsteen, deelambitie or relation (with what hangs on it) as one undo step."""
        trajectory, theory = self.document.trajectory, self.theory
        if theory.block(element_id):
            build = partial(edits.remove_block, trajectory, element_id)
        elif theory.sub_ambition(element_id):
            build = partial(edits.remove_sub_ambition, trajectory, element_id)
        elif is_relation_key(element_id) and theory.relation(*relation_ends(element_id)):
            build = partial(edits.set_relation, trajectory, *relation_ends(element_id), None)
        else:
            return
        if touches(self.selection.current, element_id):
            self.selection.clear()
        # the relations and assumptions that go along (a relation itself is not one of its own)
        before = len(theory.relations) - is_relation_key(element_id), len(trajectory.assumptions)
        if self._push(build):
            self._tell_removed(before)

    def _tell_removed(self, before: tuple[int, int]) -> None:
        """'Deelambitie ‘…’ verwijderd, met 5 relaties en 1 aanname. Ctrl+Z zet het terug.' in the status bar: a
        removal asks nothing (undo takes it back), so it says what went."""
        t = self.document.trajectory
        along = " en ".join(filter(None, (texts.count_of(before[0] - len(t.theory.relations), "relatie", "relaties"),
                                          texts.count_of(before[1] - len(t.assumptions), "aanname", "aannames"))))
        what = self.document.stack.undo_label().removesuffix(" verwijderen")  # every removal's label ends so
        window = self.parent.window() if self.parent is not None else None
        if isinstance(window, QMainWindow):
            with_ = texts.REMOVED_WITH.format(along) if along else ""
            window.statusBar().showMessage(texts.REMOVED.format(what=what, along=with_), 10000)

    # -- placing: drag and drop, or Enter --------------------------------------------------------
    def perform(self, g: Gesture, kind: RelationType | None, say: Say, tell: Say | None = None) -> bool:
        """Push the one command of a placing gesture and select what it made; a refusal is said through `say`, what
        else went with it (the group's assumptions) through `tell`."""
        before = len(self.document.trajectory.assumptions)
        if not push(self.document, lambda: placement.apply(self.document.trajectory, g, kind), say):
            return False
        if gone := before - len(self.document.trajectory.assumptions):  # typed by the group: say so
            (tell or say)(texts.ASSUMPTIONS_GONE.format(count=gone, word="aanname ging" if gone == 1 else "aannames gingen"))
        self.selection.select(relation_key(g.block_id, g.target) if g.needs_type else g.block_id)
        return True

    def start_placing(self, element_id: str | None) -> bool:
        """The keyboard path: choose where the bouwsteen (or relation line) goes, then its type, over the canvas."""
        drops = getattr(self.parent, "drops", None)
        return drops is not None and drops.start_keyboard(element_id) is not None
