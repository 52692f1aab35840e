"""Placing bouwstenen on the canvas by dragging or by keyboard: what a drop lands on, the lit targets, refusals, the picker.

Offscreen tests send the drag events themselves (qt-testing.md), so nothing here relies on `event.source()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ui.canvas import texts
from ui.canvas.drop_zones import ZONE_TEXTS, Toast, Zone, not_here_rect, paint_not_here, paint_zone, zones_for
from ui.canvas.items import DropMark, ElementItem, TierItem
from ui.mime import block_id_of, block_mime
from workshop import ids
from workshop import placement as pl
from workshop.placement import BAND, FOUNDATION, PICKER_TYPES, TRAY, Gesture, Verb

if TYPE_CHECKING:
    from ui.canvas.picker import Choice, ChoicePicker
    from ui.canvas.view import SchemaView

RELATION_MIME = "application/x-werkplaats-relatie"
"""A relation line being dragged to another deelambitie; the payload is its key, e.g. b'B5-D1'."""
TIER_TARGETS = {"foundation": FOUNDATION, "band": BAND}
"""The canvas' names of the foundation and the band, to the placement's."""


@dataclass(frozen=True)
class Dragged:
    """What is being placed: a bouwsteen, or (with `from_sub`) one of its relation lines."""

    block_id: str
    from_sub: str | None = None


def drag_pixmap(view: SchemaView, element_id: str) -> QPixmap | None:
    """What a dragged card looks like under the pointer: the card as drawn, at most 260 pixels wide."""
    item = view.schema.element_item(element_id)
    if item is None:
        return None
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect() & view.viewport().rect()
    pixmap = view.viewport().grab(rect)
    return pixmap.scaledToWidth(260, Qt.TransformationMode.SmoothTransformation) if pixmap.width() > 260 else pixmap


def drag_mime(element_id: str) -> QMimeData:
    """Mime data for dragging a bouwsteen card or a relation line off the canvas."""
    if not ids.is_relation_key(element_id):
        return block_mime(element_id)
    data = QMimeData()
    data.setData(RELATION_MIME, element_id.encode("utf-8"))
    return data


def dragged_of(data: QMimeData | None) -> Dragged | None:
    """What dragged mime data carries, or None when it is not ours."""
    if data is not None and data.hasFormat(RELATION_MIME):
        key = bytes(data.data(RELATION_MIME).data()).decode("utf-8", errors="replace").strip()
        return Dragged(*ids.relation_ends(key)) if ids.is_relation_key(key) else None
    block_id = block_id_of(data)
    return Dragged(block_id) if block_id else None


def dragged_for(element_id: str | None) -> Dragged | None:
    """What Enter places for the selected element: the bouwsteen itself, or the relation line."""
    if element_id and ids.is_relation_key(element_id):
        return Dragged(*ids.relation_ends(element_id))
    return Dragged(element_id) if element_id else None


class DropController(QObject):
    """The facilitator canvas' side of placing: marks targets during a drag, and pushes one command per gesture."""

    def __init__(self, view: SchemaView) -> None:
        super().__init__(view)
        self.view = view
        self.dragged: Dragged | None = None
        self.hover: str | None = None
        self.zones: list[Zone] = []
        self.not_here: QRect | None = None
        self.picker: ChoicePicker | None = None
        self.toast = Toast(view, lambda: view.schema.theme)
        self._marked: dict[str, DropMark] = {}
        view.schema.document.changed.connect(self._on_changed)

    @property
    def theory(self):  # type: ignore[no-untyped-def]
        return self.view.schema.document.trajectory.theory

    def gesture(self, dragged: Dragged, target: str | None, move: bool = False) -> Gesture | None:
        """What dropping `dragged` on `target` would do (None: refused)."""
        if target is None or (dragged.from_sub is not None and target in (FOUNDATION, BAND, TRAY)):
            return None  # a relation line moves to another deelambitie only
        return pl.gesture(self.theory, dragged.block_id, target, move=move, from_sub=dragged.from_sub)

    # -- where the pointer is -------------------------------------------------------------------
    def target_at(self, pos: QPoint) -> str | None:
        """The drop target under a viewport position: a zone, a deelambitie, the foundation or the band; else None."""
        zone = next((z for z in self.zones if z.rect.contains(pos)), None)
        if zone is not None:
            return zone.target
        self.view.flush_layout()
        for item in self.view.schema.items(self.view.mapToScene(pos)):
            if isinstance(item, ElementItem) and item.kind == "sub":
                return item.element_id
            if isinstance(item, ElementItem) and item.kind in TIER_TARGETS:
                return TIER_TARGETS[item.kind]
            if isinstance(item, TierItem) and item.tier is not None:
                return TIER_TARGETS[item.tier.kind]
        return None

    def _items(self, target: str) -> list[ElementItem | TierItem]:
        schema = self.view.schema
        tier = {FOUNDATION: "foundation", BAND: "band"}.get(target)
        item = schema.tier_item(tier) if tier else schema.element_item(target) if target != TRAY else None
        return [item] if item is not None else []

    # -- marks ------------------------------------------------------------------------------------
    def _mark(self, target: str, mark: DropMark) -> None:
        self._marked[target] = mark
        for item in self._items(target):
            item.set_drop_mark(mark)
        zone = next((z for z in self.zones if z.target == target), None)
        if zone is not None:
            self.view.viewport().update(zone.rect.adjusted(-4, -4, 4, 4))

    def _set_hover(self, target: str | None) -> None:
        if target != self.hover:
            if self.hover is not None and self.hover in self._marked:
                self._mark(self.hover, DropMark.CANDIDATE)
            if target is not None:
                self._mark(target, DropMark.HOVER)
            self.hover = target

    def _set_not_here(self, rect: QRect | None) -> None:
        if rect != self.not_here:
            for old in (self.not_here, rect):
                if old is not None:
                    self.view.viewport().update(old.adjusted(-2, -2, 2, 2))
            self.not_here = rect

    def _clear(self, keep: str | None = None) -> None:
        """Take every mark away (but `keep` the target a picker is asking about) and forget the drag."""
        for target in list(self._marked):
            if target != keep:
                self._mark(target, DropMark.NONE)
                del self._marked[target]
        self._set_not_here(None)
        self.view.viewport().update()
        self.dragged, self.hover, self.zones = None, keep, []

    # -- a drag over the canvas -----------------------------------------------------------------
    def enter(self, data: QMimeData | None) -> bool:
        """A drag came in: light up every place it may land; False when it carries nothing to place here."""
        dragged = dragged_of(data)
        if dragged is None or self.theory.block(dragged.block_id) is None:
            return False
        self._clear()
        self.toast.hide()
        self.dragged = dragged
        targets = [d.id for d in self.theory.sub_ambitions] + [FOUNDATION, BAND, TRAY]
        valid = [t for t in targets if self.gesture(dragged, t) is not None]
        unseen = [t for t in valid if t in (FOUNDATION, BAND, TRAY) and not self._items(t)]
        self.zones = zones_for(unseen, self.view.viewport().rect(), self.view.font())
        for target in valid:
            self._mark(target, DropMark.CANDIDATE)
        return True

    def move(self, event: QDragMoveEvent) -> None:
        """The pointer moved: light up where it would land now, or show 'Niet hier'."""
        if self.dragged is None and not self.enter(event.mimeData()):
            event.ignore()
            return
        pos = event.position().toPoint()
        target = self.target_at(pos)
        ok = self.gesture(self.dragged, target, _shift(event)) is not None  # type: ignore[arg-type]
        self._set_hover(target if ok else None)
        self._set_not_here(None if ok else not_here_rect(pos, self.view.viewport().rect(), self.view.font()))
        event.acceptProposedAction()  # a refused place still gets the drop, so the refusal can be said

    def leave(self) -> None:
        """The drag left the canvas (or was cancelled)."""
        self._clear()

    def drop(self, event: QDropEvent) -> bool:
        """Do the gesture, after asking the type when it lands on a deelambitie; False (and said) when refused."""
        dragged = self.dragged or dragged_of(event.mimeData())
        if dragged is None or self.theory.block(dragged.block_id) is None:
            self._clear()
            return False
        target = self.target_at(event.position().toPoint())
        g = self.gesture(dragged, target, _shift(event))
        self._clear(keep=target if g is not None and g.needs_type else None)
        if g is None:
            self.refuse(dragged, target)
            return False
        if g.needs_type:
            self.ask_type(g, self._below(g.target, event.position().toPoint()))
        else:
            self._perform(g)
        return True

    def _below(self, target: str, fallback: QPoint) -> QPoint:
        """Where the picker opens: under the deelambitie it asks about (its name stays in sight)."""
        items = self._items(target)
        if not items:
            return fallback
        rect = self.view.mapFromScene(items[0].sceneBoundingRect()).boundingRect()
        return QPoint(rect.left(), rect.bottom() + 4)

    def refuse(self, dragged: Dragged, target: str | None) -> None:
        """Say on the canvas why nothing changed."""
        block = self.theory.block(dragged.block_id)
        name = block.label if block else dragged.block_id
        reason = (texts.ALREADY_TIER.get(target or "") or (texts.ALREADY_TRAY if target == TRAY else "")
                  or (texts.ALREADY_LINE if target and target == dragged.from_sub else ""))
        self.toast.say(texts.REFUSED_THERE.format(block=name, reason=reason) if reason else texts.REFUSED.format(block=name))

    def paint(self, painter: QPainter) -> None:
        """Draw the zones and 'Niet hier' over the schema (view.drawForeground calls this in viewport pixels)."""
        if not self.zones and self.not_here is None:
            return
        theme, font = self.view.schema.theme, self.view.font()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for zone in self.zones:
            paint_zone(painter, zone, theme, font, self.hover == zone.target)
        if self.not_here is not None:
            paint_not_here(painter, self.not_here, theme, font)

    # -- choosing the type, and the keyboard path ---------------------------------------------
    def ask_type(self, g: Gesture, at: QPoint) -> ChoicePicker:
        """The picker after a drop on a deelambitie: 1-6, Enter takes the suggested type; Esc drops nothing."""
        from ui.canvas.picker import Choice  # the picker loads when first asked for, not at start-up

        block, sub = self.theory.block(g.block_id), self.theory.sub_ambition(g.target)
        title = texts.type_title(block.label if block else g.block_id, sub.name if sub else g.target)
        choices = [Choice(texts.RELATION_LABELS[kind], kind=kind) for kind in PICKER_TYPES]
        picker = self._open(title, self._type_hint(g), choices, PICKER_TYPES.index(g.suggested), at)
        picker.chosen.connect(lambda row: self._typed(g, row))
        return picker

    def _type_hint(self, g: Gesture) -> str:
        if g.verb == Verb.MOVE:
            names = [d.name for d in self.theory.sub_ambitions if d.id in g.from_subs]
            return texts.MOVE_HINT.format(subs=", ".join(f"‘{n}’" for n in names))
        if g.verb == Verb.RETYPE and g.existing is not None:
            return texts.RETYPE_HINT.format(kind=texts.RELATION_LABELS[g.existing].lower())
        return texts.TYPE_HINT

    def _typed(self, g: Gesture, row: int) -> None:
        kind = PICKER_TYPES[row]
        self._clear()
        if g.verb == Verb.RETYPE and kind == g.existing:
            self.toast.say(texts.UNCHANGED.format(kind=texts.RELATION_LABELS[kind].lower()))
        else:
            self._perform(g, kind)

    def start_keyboard(self, element_id: str | None) -> ChoicePicker | None:
        """Enter on a selected bouwsteen (or relation line): choose where it goes, then how it contributes."""
        from ui.canvas.picker import Choice

        dragged = dragged_for(element_id)
        if dragged is None or self.theory.block(dragged.block_id) is None:
            self.toast.say(texts.NOTHING_TO_PLACE)
            return None
        targets = [d.id for d in self.theory.sub_ambitions] + ([] if dragged.from_sub else [FOUNDATION, BAND, TRAY])
        names = {d.id: d.name for d in self.theory.sub_ambitions} | {t: ZONE_TEXTS[t] for t in (FOUNDATION, BAND, TRAY)}
        choices = [Choice(names[t]) if self.gesture(dragged, t) else Choice(names[t], False, note=texts.ALREADY_HERE) for t in targets]
        title, hint = self._place_title(dragged), texts.MOVE_LINE_HINT if dragged.from_sub else texts.PLACE_HINT
        at = self._anchor(element_id or "")
        picker = self._open(title, hint, choices, 0, at)
        picker.chosen.connect(lambda row: self._placed_by_keyboard(dragged, targets[row], at))
        return picker

    def _place_title(self, dragged: Dragged) -> str:
        block = self.theory.block(dragged.block_id)
        name = block.label if block else dragged.block_id
        if dragged.from_sub is None:
            return texts.PLACE_TITLE.format(block=name)
        sub = self.theory.sub_ambition(dragged.from_sub)
        return texts.MOVE_LINE_TITLE.format(block=name, sub=sub.name if sub else dragged.from_sub)

    def _placed_by_keyboard(self, dragged: Dragged, target: str, at: QPoint) -> None:
        g = self.gesture(dragged, target)
        if g is None:
            self.refuse(dragged, target)
        elif g.needs_type:
            self._mark(target, DropMark.HOVER)
            self.hover = target
            self.ask_type(g, self._below(target, at))
        else:
            self._perform(g)

    def _anchor(self, element_id: str) -> QPoint:
        scene_pos = self.view.scene_pos_of(element_id) if element_id else None
        inside = self.view.viewport().rect()
        return inside.center() if scene_pos is None else self.view.mapFromScene(scene_pos)

    def _open(self, title: str, hint: str, choices: list[Choice], current: int, at: QPoint) -> ChoicePicker:
        from ui.canvas.picker import ChoicePicker

        if self.picker is not None:
            self.picker.cancel()
        self.toast.hide()
        back_to = QApplication.focusWidget()
        picker = ChoicePicker(self.view, title, hint, choices, current, self.view.schema.theme)
        picker.chosen.connect(lambda _row: self._closed(back_to))
        picker.cancelled.connect(lambda: (self._clear(), self._closed(back_to)))
        self.picker = picker
        picker.open_at(self.view.viewport().mapTo(self.view, at))
        return picker

    def _closed(self, back_to: QWidget | None) -> None:
        self.picker = None
        if back_to is not None and back_to.isVisible():
            back_to.setFocus(Qt.FocusReason.OtherFocusReason)

    def _perform(self, g: Gesture, kind: pl.RelationType | None = None) -> None:
        editor = self.view.editor
        if editor is not None:
            editor.perform(g, kind, self.toast.say, lambda text: self.toast.say(text, refusal=False))

    def _on_changed(self, _tags: object) -> None:
        """The theory changed under an open picker (Ctrl+Z, say): what it asks about may be gone."""
        if self.picker is not None:
            self.picker.cancel()


def _shift(event: QDragMoveEvent | QDropEvent) -> bool:
    """Shift held: move the card there instead of adding a relation beside its others."""
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
