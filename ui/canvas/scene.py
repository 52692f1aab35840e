"""SchemaScene: the verandertheorie as graphics items, kept in step with the Document and the Selection."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ui.canvas import texts
from ui.canvas.badges import BadgeItem, badge_point
from ui.canvas.fonts import qt_measure
from ui.canvas.items import DIM, ElementItem, Emphasis, SchemaItem, TierItem
from ui.canvas.layout import Layout, compute_layout
from ui.canvas.plan import focus_of
from ui.canvas.relations import FocusLines, LegendItem, RelationItem, paint_lines
from ui.canvas.typeset import Box
from ui.document import Document
from ui.selection import Selection
from ui.theme import Theme
from workshop.refs import RefKind, element_of
from workshop.registry import Change
from workshop.theory import Theory

DEFAULT_SIZE = (1280.0, 800.0)


def describe(theory: Theory, box: Box) -> tuple[str, str]:
    """Accessible name and tooltip of an element box."""
    if box.kind == "ambition":
        return texts.element_name("ambition", "H", theory.ambition or box.texts[0].text), theory.ambition
    if box.kind == "hint":
        return box.texts[0].text, box.texts[0].text
    if (sub := theory.sub_ambition(box.id)) is not None:
        return texts.element_name("sub", sub.id, sub.name), "\n".join(filter(None, [sub.name, sub.description]))
    block = theory.block(box.id)
    assert block is not None
    name = texts.element_name("group" if box.group else "block", block.id, block.name)
    return name, "\n".join(filter(None, [block.name, block.essence]))


class SchemaScene(QGraphicsScene):
    """Builds items from `document.trajectory.theory` and updates them on every change.

    With `size=None` nothing is laid out until `set_size` (or a lookup) asks for it: a view passes None
    and sizes the scene once it knows its own size, so start-up does not lay out at a guessed size first.
    With `instructions=False` (a view for the room) empty places say so without telling anyone to click.
    """

    layoutChanged = Signal()  # after the items were (re)laid out

    def __init__(
        self, document: Document, theme: Theme, selection: Selection, parent: QObject | None = None, *,
        scale: float = 1.0, size: tuple[float, float] | None = DEFAULT_SIZE, instructions: bool = True,
    ) -> None:
        super().__init__(parent)
        self.document, self.theme, self.selection, self.scale = document, theme, selection, scale
        self.instructions = instructions
        self._size = size or DEFAULT_SIZE
        self._stale = True  # not laid out since the last change (only while nothing asked for it yet)
        self._hover: str | None = None
        self._elements: dict[str, ElementItem] = {}
        self._relations: dict[str, RelationItem] = {}
        self._tiers: dict[str, TierItem] = {}
        self._legend: LegendItem | None = None
        self._focus_lines = FocusLines()
        self._faded = False  # the background shows the lines faded (something is selected)
        self._badge_values: dict[str, dict[str, tuple[str, bool]]] = {}  # per owner (a feature): id -> (text, strong)
        self._badges: list[BadgeItem] = []
        self.addItem(self._focus_lines)
        self.layout: Layout | None = None
        document.changed.connect(self._on_document_changed)
        document.replaced.connect(self._on_document_replaced)
        selection.changed.connect(self._on_selection_changed)
        if size is not None:
            self.relayout()

    # -- model events -------------------------------------------------------------------------
    def _on_document_changed(self, tags: frozenset[str]) -> None:
        if Change.THEORY in tags:
            self._refresh()
        elif self.selection.ref is not None and self.selection.ref.kind is not RefKind.ELEMENT:
            self.apply_focus()  # an option or assumption may now point at another element

    def _on_document_replaced(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        """Lay out again, unless never laid out yet: then the first `set_size` or lookup will."""
        if not self._stale:
            self.relayout()

    def ensure_layout(self) -> None:
        """Lay out now (at the last size given) if that has not happened yet."""
        if self._stale:
            self.relayout()

    def _on_selection_changed(self, _element_id: object) -> None:
        self.apply_focus()

    # -- settings -----------------------------------------------------------------------------
    def set_size(self, width: float, height: float) -> None:
        """Lay out for a canvas of this many pixels (the view calls this on resize)."""
        size = (max(200.0, float(width)), max(150.0, float(height)))
        if size != self._size or self._stale:
            self._size = size
            self.relayout()

    def set_theme(self, theme: Theme, scale: float | None = None) -> None:
        """Switch theme (and optionally the UI scale) and redraw everything."""
        self.theme, self.scale = theme, self.scale if scale is None else scale
        self._refresh()

    def set_hover(self, element_id: str | None) -> None:
        """Temporarily emphasise what the pointer is over (not shared with other views)."""
        if element_id != self._hover:
            self._hover = element_id
            self.apply_focus()

    # -- building -----------------------------------------------------------------------------
    def compute(self, width: float, height: float) -> Layout:
        """The layout of the current theory for a canvas of this size, with this scene's fonts and theme."""
        t = self.theme
        return compute_layout(
            self.document.trajectory.theory, width, height, self.scale,
            min_text_px=t.min_text_px(height, self.scale), max_text_px=t.max_text_px(height, self.scale),
            measure=qt_measure(t.font_families), show_ids=t.show_ids, instructions=self.instructions,
        )

    def relayout(self) -> None:
        """Recompute the layout and bring the items in line: reuse, update, add and remove."""
        layout = self.layout = self.compute(*self._size)
        self._stale = False
        self.setBackgroundBrush(QColor(self.theme.background))
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))
        self._sync_elements(layout)
        self._sync(self._tiers, {t.kind: t for t in layout.tiers}, TierItem, "set_tier", layout)
        self._sync(self._relations, {r.key: r for r in layout.relations}, RelationItem, "set_path", layout)
        self._sync_legend(layout)
        self._name_items(layout)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
        self.apply_focus()
        self._place_badges()
        self.layoutChanged.emit()

    def _sync(self, items: dict, specs: dict, factory: type, setter: str, layout: Layout) -> None:
        for key in list(items):
            if key not in specs:
                self.removeItem(items.pop(key))
        for key, spec in specs.items():
            if key in items:
                getattr(items[key], setter)(spec, self.theme, layout.metrics)
            else:
                items[key] = factory(spec, self.theme, layout.metrics)
                self.addItem(items[key])

    def _sync_elements(self, layout: Layout) -> None:
        self._sync(self._elements, {b.id or "hint": b for b in layout.boxes()}, ElementItem, "set_box", layout)

    def _sync_legend(self, layout: Layout) -> None:
        if self._legend is None:
            self._legend = LegendItem(layout.legend, self.theme, layout.metrics)
            self.addItem(self._legend)
        else:
            self._legend.set_entries(layout.legend, self.theme, layout.metrics)
        self._legend.setVisible(bool(layout.legend))

    def _name_items(self, layout: Layout) -> None:
        """Accessible names and tooltips, which also change when only a name or essence changed."""
        theory = self.document.trajectory.theory
        for box in layout.boxes():
            self._elements[box.id or "hint"].set_name(*describe(theory, box))
        for path in layout.relations:
            block, sub = theory.block(path.block_id), theory.sub_ambition(path.sub_id)
            tip = texts.relation_tooltip(block.label if block else path.block_id, sub.name if sub else path.sub_id, path.type)
            self._relations[path.key].set_name(f"Relatie {path.key}: {tip}", tip)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The background colour and every relation line: static, so views cache it (CacheBackground)."""
        painter.fillRect(rect, self.backgroundBrush())
        paint_lines(painter, list(self._relations.values()), rect, fade=DIM if self._faded else 1.0)

    # -- badges -------------------------------------------------------------------------------
    def set_badges(self, values: dict[str, tuple[str, bool]], owner: str = "") -> None:
        """Numbers on elements and relations from one owner (a feature): id -> (text, strong); {} takes them away."""
        if values != self._badge_values.get(owner, {}):
            self._badge_values[owner] = dict(values)
            self._place_badges()

    def _merged(self) -> dict[str, tuple[str, bool]]:
        """One badge per element: the texts of every owner side by side."""
        merged: dict[str, tuple[str, bool]] = {}
        for values in self._badge_values.values():
            for element_id, (text, strong) in values.items():
                before = merged.get(element_id)
                merged[element_id] = (f"{before[0]}  {text}", before[1] or strong) if before else (text, strong)
        return merged

    def badges(self) -> dict[str, str]:
        """The badges shown now: id -> text."""
        return {element_id: text for element_id, (text, _) in self._merged().items()}

    def _place_badges(self) -> None:
        for item in self._badges:
            self.removeItem(item)
        self._badges = []
        if self._stale or self.layout is None:
            return
        px = max(self.theme.min_text_px(self._size[1], self.scale), self.layout.metrics.small)
        for element_id, (text, strong) in self._merged().items():
            badge = BadgeItem(text, px, self.theme, strong)
            point = badge_point(self, element_id, badge.width())
            if point is not None:
                badge.setPos(point)
                self.addItem(badge)
                self._badges.append(badge)

    # -- focus --------------------------------------------------------------------------------
    def focus_id(self) -> str | None:
        """What is emphasised: the hovered element, else the element the selection is about."""
        return self._hover or element_of(self.document.trajectory, self.selection.ref)

    def focus_ids(self) -> set[str]:
        """Every element shown as selected: the hovered one, else all selected elements (Ctrl+click picks more)."""
        if self._hover:
            return {self._hover}
        focus = self.focus_id()
        return {*self.selection.elements(), *([focus] if focus else [])}

    def apply_focus(self) -> None:
        """Emphasise the focus elements and what they are related to; dim everything else."""
        focus = self.focus_ids()
        theory = self.document.trajectory.theory
        related = _union([focus_of(theory, element_id) for element_id in focus])
        for item in [*self._elements.values(), *self._relations.values()]:
            item.set_emphasis(self._emphasis_of(item, focus, related))
        for tier in self._tiers.values():
            segments = {s.id for s in tier.tier.segments} if tier.tier else set()
            tier.set_dim(related is not None and not segments & related)
        self._focus_lines.refresh(list(self._relations.values()))
        if self._faded != (related is not None):
            self._faded = related is not None
            self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    @staticmethod
    def _emphasis_of(item: SchemaItem, focus: set[str], related: frozenset[str] | None) -> Emphasis:
        if related is None:
            return Emphasis.SELECTED if item.element_id in focus else Emphasis.NORMAL
        if item.element_id in focus:
            return Emphasis.SELECTED
        return Emphasis.FOCUS if item.element_id in related else Emphasis.DIM

    # -- lookup -------------------------------------------------------------------------------
    def element_item(self, element_id: str) -> ElementItem | None:
        """The item of an element (H, D1, B5), or None."""
        self.ensure_layout()
        return self._elements.get(element_id)

    def relation_item(self, key: str) -> RelationItem | None:
        """The item of a drawn relation (B5-D1), or None (tier relations are not drawn as lines)."""
        self.ensure_layout()
        return self._relations.get(key)

    def relation_items(self) -> dict[str, RelationItem]:
        """All drawn relation items by key."""
        self.ensure_layout()
        return dict(self._relations)

    def element_items(self) -> dict[str, ElementItem]:
        """All element items by id."""
        self.ensure_layout()
        return dict(self._elements)

    def tier_item(self, kind: str) -> TierItem | None:
        """The foundation or band item, or None."""
        self.ensure_layout()
        return self._tiers.get(kind)

    def legend_item(self) -> LegendItem | None:
        """The legend item."""
        self.ensure_layout()
        return self._legend

    def element_at(self, pos: QPointF) -> str | None:
        """The id of the topmost element or relation under a scene position, or None."""
        self.ensure_layout()
        for item in self.items(pos):
            element_id = _element_id(item)
            if element_id:
                return element_id
        return None


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """All ids to emphasise for several focus elements; None (nothing dimmed) when none of them dims anything."""
    found = [s for s in sets if s is not None]
    return frozenset().union(*found) if found else None


def _element_id(item: QGraphicsItem) -> str | None:
    return item.element_id or None if isinstance(item, SchemaItem) else None

