"""The shared selection: one or more things the facilitator points at (elements, rounds, options, assumptions)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workshop.refs import Ref, RefKind


def as_ref(item: str | Ref) -> Ref:
    """A Ref as it is, or a theory element id ('B5', 'B5-D1', 'H') as an element Ref."""
    return item if isinstance(item, Ref) else Ref.element(item)


class Selection(QObject):
    """Holds what is selected; the facilitator's views, the projector and the panels share one.

    `ref` is the primary item (the last one picked); Ctrl+click adds more (`toggle`), e.g. cards to vote on.
    `current` is the primary item's id when that is a theory element, so element edits never hit a round or
    an option by accident.
    """

    changed = Signal(object)  # Ref | None: the new primary item

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[Ref, ...] = ()

    @property
    def items(self) -> tuple[Ref, ...]:
        """Everything selected, in the order it was picked."""
        return self._items

    @property
    def ref(self) -> Ref | None:
        """The primary selected item, or None."""
        return self._items[-1] if self._items else None

    @property
    def current(self) -> str | None:
        """The selected theory element's id (H, D1, B5, B5-D1), or None when no element is the primary item."""
        ref = self.ref
        return ref.id if ref is not None and ref.kind is RefKind.ELEMENT else None

    @current.setter
    def current(self, element_id: str | None) -> None:
        self.select(element_id)

    def elements(self) -> list[str]:
        """The ids of all selected theory elements, in the order they were picked."""
        return [r.id for r in self._items if r.kind is RefKind.ELEMENT]

    def select(self, item: str | Ref | None) -> None:
        """Select one thing (None clears); emits `changed` only when the selection differs."""
        self._set(() if item is None else (as_ref(item),))

    set_current = select

    def toggle(self, item: str | Ref) -> None:
        """Add a thing to the selection, or take it out when it was in (Ctrl+click)."""
        ref = as_ref(item)
        self._set(tuple(r for r in self._items if r != ref) if ref in self._items else (*self._items, ref))

    def set_items(self, items: list[Ref]) -> None:
        """Select exactly these things (the last is the primary one)."""
        self._set(tuple(dict.fromkeys(items)))

    def clear(self) -> None:
        """Select nothing."""
        self._set(())

    def _set(self, items: tuple[Ref, ...]) -> None:
        if items != self._items:
            self._items = items
            self.changed.emit(self.ref)
