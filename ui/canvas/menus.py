"""The canvas' context menus (Dutch), wired to CanvasEditor handlers; the details panel's 'Wijzigen' uses them too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ui.canvas import texts
from ui.canvas.editing import TYPES, CanvasEditor
from workshop.ids import is_relation_key, relation_ends
from workshop.theory import RelationType


def shown(text: str) -> str:
    """A name as a menu shows it: '&' is Qt's mnemonic marker, so 'Ruimte & plekken' needs '&&'."""
    return text.replace("&", "&&")


ASKS = frozenset({texts.EDIT_AMBITION, texts.ADD_SUB, texts.ADD_BLOCK, texts.RENAME, texts.EDIT_DESCRIPTION,
                  texts.EDIT_FULL_NAME, texts.EDIT_ESSENCE, texts.EDIT_THEORY, texts.EDIT_SOURCES, texts.ADD_ACTION})
"""Entries that open a dialog: their menu text ends in '…', as everywhere else in the app."""


def _add(menu: QMenu, text: str, handler: Callable[[], None]) -> QAction:
    action = menu.addAction(f"{text}…" if text in ASKS else text)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def context_menu(editor: CanvasEditor, element_id: str | None, parent: QWidget | None = None) -> QMenu:
    """The menu for the background (None), the hoofdambitie (H), a deelambitie, a bouwsteen or a relation (B5-D1).

    The menu deletes itself when it closes, so a caller pops it up and forgets it; nothing piles up per click.
    """
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    theory = editor.theory
    if element_id == "H":
        _add(menu, texts.EDIT_AMBITION, editor.edit_ambition)
    elif element_id and theory.sub_ambition(element_id):
        _sub_items(menu, editor, element_id)
    elif element_id and theory.block(element_id):
        _block_items(menu, editor, element_id)
    elif is_relation_key(element_id) and theory.relation(*relation_ends(element_id or "")):
        _relation_items(menu, editor, element_id or "")
    else:
        _add(menu, texts.ADD_SUB, editor.add_sub_ambition)
        _add(menu, texts.ADD_BLOCK, editor.add_block)
    _feature_items(menu, editor, element_id)
    menu.setAccessibleName(menu.title() or texts.VIEW_NAME)
    return menu


def _feature_items(menu: QMenu, editor: CanvasEditor, element_id: str | None) -> None:
    """The entries features add (voting on the selection, say), after a separator."""
    entries = [(text, run) for text, applies, run in editor.extra_entries if applies(element_id)]
    if entries:
        menu.addSeparator()
    for text, run in entries:
        _add(menu, text, lambda r=run: r(element_id))


def _sub_items(menu: QMenu, editor: CanvasEditor, sub_id: str) -> None:
    _add(menu, texts.RENAME, lambda: editor.rename(sub_id))
    _add(menu, texts.EDIT_DESCRIPTION, lambda: editor.edit_description(sub_id))
    menu.addSeparator()
    _add(menu, texts.REMOVE, lambda: editor.remove(sub_id))


def _relation_items(menu: QMenu, editor: CanvasEditor, key: str) -> None:
    block_id, sub_id = relation_ends(key)
    sub = editor.theory.sub_ambition(sub_id)
    relation_menu(menu, editor, block_id, sub_id, shown(f"{texts.RELATION_MENU}: {sub.name if sub else sub_id}"))
    menu.addSeparator()
    _add(menu, texts.REMOVE, lambda: editor.remove(key))


def _block_items(menu: QMenu, editor: CanvasEditor, block_id: str) -> None:
    block = editor.theory.block(block_id)
    _add(menu, texts.RENAME, lambda: editor.rename(block_id))
    if block is not None and block.short_name.strip():  # else 'Hernoemen' already changes the full name
        _add(menu, texts.EDIT_FULL_NAME, lambda: editor.edit_full_name(block_id))
    _add(menu, texts.EDIT_ESSENCE, lambda: editor.edit_essence(block_id))
    _add(menu, texts.EDIT_THEORY, lambda: editor.edit_theory(block_id))
    _add(menu, texts.EDIT_SOURCES, lambda: editor.edit_sources(block_id))
    relations = menu.addMenu(texts.RELATION_MENU)
    for sub in editor.theory.sub_ambitions:
        relation_menu(relations, editor, block_id, sub.id, shown(f"{sub.id} · {sub.name}"))
    menu.addSeparator()
    _action_items(menu, editor, block_id)
    menu.addSeparator()
    _add(menu, texts.REMOVE, lambda: editor.remove(block_id))


def _action_items(menu: QMenu, editor: CanvasEditor, block_id: str) -> None:
    """Add an action, and change or remove one picked from a list of the bouwsteen's actions."""
    _add(menu, texts.ADD_ACTION, lambda: editor.add_action(block_id))
    actions = editor.theory.actions_of(block_id)
    for title, handler in ((texts.EDIT_ACTION, editor.edit_action), (texts.REMOVE_ACTION, editor.remove_action)):
        submenu = menu.addMenu(title)
        submenu.menuAction().setEnabled(bool(actions))
        for action in actions:
            entry = _add(submenu, shown(texts.action_title(action.text)), lambda a=action.id, h=handler: h(a))
            entry.setData(action.id)
            entry.setToolTip(action.text)


def relation_menu(parent: QMenu, editor: CanvasEditor, block_id: str, sub_id: str, title: str) -> QMenu:
    """A submenu of checkable relation types plus 'geen relatie'; the current one is checked."""
    menu = parent.addMenu(title)
    group = QActionGroup(menu)
    group.setExclusive(True)
    existing = editor.theory.relation(block_id, sub_id)
    current = existing.type if existing else None
    choices: list[tuple[str, RelationType | None]] = [(texts.RELATION_LABELS[k], k) for k in TYPES]
    for text, kind in [*choices, (texts.NO_RELATION, None)]:
        action = _add(menu, text, lambda kind=kind: editor.set_relation(block_id, sub_id, kind))
        action.setCheckable(True)
        action.setChecked(kind == current)
        action.setData(kind.value if kind else "")
        group.addAction(action)
    return menu
