"""The canvas' context menus (Dutch), wired to CanvasEditor handlers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ui.canvas import texts
from ui.canvas.editing import CanvasEditor
from workshop.theory import RelationType


def _add(menu: QMenu, text: str, handler: Callable[[], None]) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def context_menu(editor: CanvasEditor, element_id: str | None, parent: QWidget | None = None) -> QMenu:
    """The menu for the background (None), the hoofdambitie (H), a deelambitie or a bouwsteen."""
    menu = QMenu(parent)
    theory = editor.theory
    if element_id == "H":
        _add(menu, texts.EDIT_AMBITION, editor.edit_ambition)
    elif element_id and theory.sub_ambition(element_id):
        _sub_items(menu, editor, element_id)
    elif element_id and theory.block(element_id):
        _block_items(menu, editor, element_id)
    elif element_id and "-" in element_id:
        _relation_items(menu, editor, element_id)
    else:
        _add(menu, texts.ADD_SUB, editor.add_sub_ambition)
        _add(menu, texts.ADD_BLOCK, editor.add_block)
    menu.setAccessibleName(menu.title() or texts.VIEW_NAME)
    return menu


def _sub_items(menu: QMenu, editor: CanvasEditor, sub_id: str) -> None:
    _add(menu, texts.RENAME, lambda: editor.rename(sub_id))
    _add(menu, texts.EDIT_DESCRIPTION, lambda: editor.edit_description(sub_id))
    menu.addSeparator()
    _add(menu, texts.REMOVE, lambda: editor.remove(sub_id))


def _relation_items(menu: QMenu, editor: CanvasEditor, key: str) -> None:
    block_id, _, sub_id = key.partition("-")
    sub = editor.theory.sub_ambition(sub_id)
    relation_menu(menu, editor, block_id, sub_id, f"{texts.RELATION_MENU}: {sub.name if sub else sub_id}")
    menu.addSeparator()
    _add(menu, texts.REMOVE, lambda: editor.remove(key))


def _block_items(menu: QMenu, editor: CanvasEditor, block_id: str) -> None:
    _add(menu, texts.RENAME, lambda: editor.rename(block_id))
    _add(menu, texts.EDIT_ESSENCE, lambda: editor.edit_essence(block_id))
    relations = menu.addMenu(texts.RELATION_MENU)
    for sub in editor.theory.sub_ambitions:
        relation_menu(relations, editor, block_id, sub.id, f"{sub.id} · {sub.name}")
    _add(menu, texts.ADD_ACTION, lambda: editor.add_action(block_id))
    menu.addSeparator()
    _add(menu, texts.REMOVE, lambda: editor.remove(block_id))


def relation_menu(parent: QMenu, editor: CanvasEditor, block_id: str, sub_id: str, title: str) -> QMenu:
    """A submenu of checkable relation types plus 'geen relatie'; the current one is checked."""
    menu = parent.addMenu(title)
    group = QActionGroup(menu)
    group.setExclusive(True)
    existing = editor.theory.relation(block_id, sub_id)
    current = existing.type if existing else None
    choices: list[tuple[str, RelationType | None]] = [(texts.RELATION_LABELS[k], k) for k in RelationType]
    for text, kind in [*choices, (texts.NO_RELATION, None)]:
        action = _add(menu, text, lambda kind=kind: editor.set_relation(block_id, sub_id, kind))
        action.setCheckable(True)
        action.setChecked(kind == current)
        action.setData(kind.value if kind else "")
        group.addAction(action)
    return menu
