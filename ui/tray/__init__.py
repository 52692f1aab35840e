"""The tray of bouwstenen (de bak): cards not yet on the schema, own cards, placing by keyboard, the comparison.

Installing it adds a menu, a key, two docks and entries in the element menus; the panels are built on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.features import Feature, FeatureHost
from ui.tray import texts

if TYPE_CHECKING:
    from ui.tray.compare import ComparePanel
    from ui.tray.panel import TrayPanel, TrayTabs

DOCK_NAME = "trayDock"


class TrayFeature(Feature):
    """Wires the Bouwstenenbak to the window: its menu, Ctrl+Shift+B, its dock and 'Plaatsen…' on elements."""

    name = "bak"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        host.add_dock(texts.DOCK, DOCK_NAME, self._build)
        menu = host.add_menu(texts.MENU)
        entries = (
            (texts.SHOW, self.open, "Ctrl+Shift+B", "showTrayAction"),
            (texts.OWN_CARD, self.own_card, None, "ownCardAction"),
            (texts.PLACE, self.place, None, "placeBlockAction"),
            (texts.TO_TRAY, self.to_tray, None, "toTrayAction"),
            (texts.COMPARE, self.compare, None, "compareAction"),
            (texts.ALL_TO_TRAY, self.all_to_tray, None, "allToTrayAction"),
            (texts.FROM_PUBLICATION, self.from_publication, None, "fromPublicationAction"),
        )
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}
        host.add_element_entry(texts.PLACE.replace("&", ""), self._can_place, lambda e: self.place(e))
        host.add_element_entry(texts.TO_TRAY.replace("&", ""), self._is_placed, lambda e: self.to_tray(e))

    # -- built on first use ---------------------------------------------------------------------
    def _build(self) -> TrayTabs:
        from ui.tray.compare import ComparePanel
        from ui.tray.panel import TrayPanel, TrayTabs

        handlers = {"place": self.place, "compare": self.compare, "all": self.all_to_tray,
                    "publication": self.from_publication}
        host = self.host
        tray = TrayPanel(host.document, host.selection, host.laptop_theme, host.status, handlers, host.window)
        return TrayTabs(tray, ComparePanel(host.document, host.selection, self._publication(), host.window), host.window)

    @staticmethod
    def _publication():  # type: ignore[no-untyped-def]
        from workshop.content import load_theory

        return load_theory("sociale-basis")

    def tabs(self) -> TrayTabs:
        """The Bouwstenenbak dock, brought forward."""
        return self.host.show_dock(DOCK_NAME)  # type: ignore[return-value]

    def panel(self) -> TrayPanel:
        """The cards of the Bouwstenenbak, brought forward."""
        tabs = self.tabs()
        tabs.setCurrentWidget(tabs.tray)
        return tabs.tray

    def open(self) -> None:
        """Show the Bouwstenenbak with the keyboard on its cards (Ctrl+Shift+B; the programme's 'bouwstenen plaatsen')."""
        self.panel().focus_cards()

    # -- actions ----------------------------------------------------------------------------------
    def own_card(self) -> None:
        """The tray with the keyboard in its 'Eigen kaart' field: type a name, Enter."""
        self.panel().entry.setFocus()

    def _chosen_block(self, element_id: str | None = None) -> str | None:
        """The bouwsteen (or relation) to act on: the one given, else the chosen one (a card chosen in the tray is too)."""
        return element_id or self.host.selection.current

    def place(self, element_id: str | None = None) -> bool:
        """Choose where the bouwsteen goes and how it contributes, over the schema (the keyboard path)."""
        editor = self.host.editor
        if editor is None:
            self.host.status(texts.NOT_ON_CANVAS)
            return False
        return bool(editor.start_placing(self._chosen_block(element_id)))

    def to_tray(self, element_id: str | None = None) -> bool:
        """Take the chosen bouwsteen off the schema, back in the tray (one undo step)."""
        from ui.pushing import push
        from workshop import placement

        block_id, t = self._chosen_block(element_id), self.host.document.trajectory
        if not block_id or t.theory.block(block_id) is None:
            self.host.status(texts.NOTHING_CHOSEN)
            return False
        return push(self.host.document, lambda: placement.to_tray(t, block_id), self.host.status)

    def all_to_tray(self) -> bool:
        """Every bouwsteen back in the tray, after asking (one undo step brings them all back)."""
        from ui.pushing import push
        from ui.widgets import GoAhead
        from workshop import placement

        t = self.host.document.trajectory
        doubts = [line.format(count=len(t.theory.relations)) for line in texts.ALL_DOUBTS]
        if not t.theory.relations or not GoAhead.ask(self.host.window, texts.ALL_ASK, doubts, texts.ALL_YES):
            return False
        return push(self.host.document, lambda: placement.all_to_tray(t), self.host.status)

    def from_publication(self) -> bool:
        """The publication's bouwstenen the theory lacks, into the tray (one undo step)."""
        from ui.pushing import push
        from workshop import placement

        t = self.host.document.trajectory
        return push(self.host.document, lambda: placement.add_from_publication(t, self._publication()), self.host.status)

    def compare(self) -> ComparePanel:
        """Show what the publication says beside what this group placed (the dock's second tab)."""
        tabs = self.tabs()
        tabs.setCurrentWidget(tabs.comparison)
        return tabs.comparison  # type: ignore[return-value]

    # -- element menus ------------------------------------------------------------------------
    def _can_place(self, element_id: str | None) -> bool:
        from workshop.ids import is_relation_key

        theory = self.host.document.trajectory.theory
        return bool(element_id) and (theory.block(element_id or "") is not None or is_relation_key(element_id))

    def _is_placed(self, element_id: str | None) -> bool:
        from workshop.placement import is_placed

        return bool(element_id) and is_placed(self.host.document.trajectory.theory, element_id or "")
