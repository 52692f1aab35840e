"""The scoring feature: score assumptions on belang and zekerheid in rounds (in turns on the shared screen, as a
group consensus, or from paper forms), hidden until the reveal, and the assumption map on laptop and projector.

Installing it adds a menu, keys, two docks and two projector pages; they (and pyqtgraph) are built on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.features import Feature, FeatureHost
from ui.scoring import texts

if TYPE_CHECKING:
    from pathlib import Path

    from ui.scoring.controller import ScoringController
    from ui.scoring.panel import ScoringPanel

DOCK_NAME, MAP_DOCK_NAME = "scoringDock", "mapDock"
PAGE, MAP_PAGE = "scoren", "kaart"


class ScoringFeature(Feature):
    """Wires the scoring controller to the window: menu, keys, the Scoren and Aannamekaart docks, two pages."""

    name = "scoren"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self._controller: ScoringController | None = None
        host.add_dock(texts.DOCK, DOCK_NAME, self._build_panel)
        host.add_dock(texts.MAP_DOCK, MAP_DOCK_NAME, self._build_map)
        host.add_projector_page(PAGE, self._build_page)
        host.add_projector_page(MAP_PAGE, self._build_map_page)
        menu = host.add_menu(texts.MENU)
        entries = (
            (texts.NEW_ROUND, self.new_round, "Ctrl+Shift+R", "newScoringRoundAction"),
            (texts.SHOW_PANEL, self.show_panel, "Ctrl+8", "showScoringAction"),
            (texts.SHOW_MAP, self.show_map, "Ctrl+9", "showMapAction"),
            (texts.ON_PROJECTOR, self.toggle_projector, "S", "scoringOnProjectorAction"),
            (texts.MAP_ON_PROJECTOR, self.toggle_map, "K", "mapOnProjectorAction"),
            (texts.NEXT_SCORER, self.next_scorer, None, "nextScorerAction"),
            (texts.CLOSE, lambda: self._status("gesloten"), None, "closeScoringAction"),
            (texts.REVEAL, self.reveal, None, "revealScoringAction"),
            (texts.REOPEN, lambda: self._status("open"), None, "reopenScoringAction"),
            (texts.EXPORT, self.export_map, None, "exportMapAction"),
        )
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}
        host.share_key("N", self.name, self.actions["nextScorerAction"])
        host.share_key("O", self.name, self.actions["revealScoringAction"])
        host.presentation.contentChanged.connect(self._on_projector_content)

    # -- built on first use ---------------------------------------------------------------
    @property
    def controller(self) -> ScoringController:
        """The scoring round in the room (created when first needed)."""
        if self._controller is None:
            from ui.scoring.controller import ScoringController

            self._controller = ScoringController(self.host.document, self.host.status, parent=self.host.window)
            self.host.selection.changed.connect(lambda _ref: self._follow_selection())
        return self._controller

    def _build_panel(self) -> ScoringPanel:
        from ui.scoring.panel import ScoringPanel

        handlers = {"new": self.new_round, "project": self.toggle_projector, "map": self.toggle_map,
                    "export": self.export_map, "next": self.next_scorer, "reveal": self.reveal}
        return ScoringPanel(self.controller, self.host.laptop_theme(), handlers, self.host.window)

    def _build_map(self):  # type: ignore[no-untyped-def]
        from ui.scoring.projector import MapPage

        page = MapPage(self.controller, self.host.laptop_theme(), controls=True)
        page.map.on_click = self.select_assumption
        page.map.set_px(14.0)
        return page

    def _build_page(self):  # type: ignore[no-untyped-def]
        from ui.scoring.projector import ScoringPage

        return ScoringPage(self.controller)

    def _build_map_page(self):  # type: ignore[no-untyped-def]
        from ui.scoring.projector import MapPage

        page = MapPage(self.controller)
        page.map.on_click = self.select_assumption
        return page

    def panel(self) -> ScoringPanel:
        """The Scoren dock's panel, brought forward."""
        return self.host.show_dock(DOCK_NAME)  # type: ignore[return-value]

    def show_panel(self) -> None:
        """Ctrl+8: the Scoren dock with the keyboard in it; N and O now go to scoring."""
        self.host.activate(self.name)
        self.panel().focus_card()

    def show_map(self) -> None:
        """Ctrl+9: the map on the laptop."""
        self.host.show_dock(MAP_DOCK_NAME)

    # -- actions ----------------------------------------------------------------------------
    def new_round(self) -> bool:
        """Start a scoring round: all assumptions, or those about the selected element; made active."""
        from ui.scoring.setup_dialog import ScoringDialog
        from workshop.refs import element_of

        t = self.host.document.trajectory
        if not t.assumptions:
            self.host.status(texts.NOTHING_TO_SCORE)
            return False
        element = element_of(t, self.host.selection.ref)
        about = [a.id for a in t.assumptions if element and (a.element_id == element or element in a.element_id.split("-"))]
        name = t.theory.element_label(element) or "" if element else ""
        spec = ScoringDialog.ask(self.host.window, [a.id for a in t.assumptions], about, name)
        if spec is None or not self.controller.start_round(spec.assumption_ids, spec.mode, spec.title):
            return False
        self.host.activate(self.name)
        self.panel()
        return True

    def run_round(self, number: int | None, assumption_ids: list[str], title: str) -> int | None:
        """A programme step's round in the room: round `number` again, or a new one of turns on `assumption_ids`;
        active, on the projector. The round's number, or None when it could not start."""
        from workshop.scoring import ScoreMode

        if number is not None:
            self.controller.choose(number)
        elif not self.controller.start_round(assumption_ids, ScoreMode.TURNS, title):
            return None
        self.host.activate(self.name)
        self.host.show_projector_page(PAGE)
        return self.controller.number

    def map_image(self, number: int, path: Path) -> Path:
        """Round `number`'s map as a PNG at `path` (a report), leaving the room's round as it is."""
        from ui.scoring.export import render_map

        controller = self.controller
        before, controller.number = controller.number, number
        try:
            return render_map(controller, path)
        finally:
            controller.number = before

    def toggle_projector(self) -> None:
        """S: the scoring page on the projector, or the schema again."""
        self._toggle(PAGE)

    def toggle_map(self) -> None:
        """K: the map on the projector, or the schema again."""
        self._toggle(MAP_PAGE)

    def _toggle(self, page: str) -> None:
        presentation = self.host.presentation
        if presentation.window.content_name() == page:
            presentation.show_content("schema")
        else:
            self.controller  # noqa: B018  (created, so the page follows it)
            self.host.show_projector_page(page)

    def next_scorer(self) -> None:
        """N: the next person scores; the keyboard goes to their card."""
        self.host.activate(self.name)
        if self.controller.next_scorer():
            if self.host.presentation.window.content_name() != PAGE:
                self.host.show_projector_page(PAGE)
            self.panel().focus_card()

    def reveal(self) -> bool:
        """O: reveal the round, after asking when people still have to score; the projector shows the map."""
        from ui.widgets import GoAhead
        from workshop.voting import RoundStatus

        self.host.activate(self.name)
        doubts = self.controller.reveal_doubts()
        if doubts and not GoAhead.ask(self.host.window, texts.REVEAL_ASK, doubts, texts.REVEAL_ANYWAY):
            return False
        if not self.controller.set_status(RoundStatus.REVEALED):
            return False
        self.host.show_projector_page(MAP_PAGE)
        return True

    def _status(self, value: str) -> None:
        from workshop.voting import RoundStatus

        self.controller.set_status(RoundStatus(value))

    def select_assumption(self, assumption_id: str) -> None:
        """A click on a point: the assumption is selected (the details and the schema follow)."""
        from workshop.refs import Ref, RefKind

        self.host.selection.select(Ref(RefKind.ASSUMPTION, assumption_id))

    def export_map(self) -> None:
        """Save the map of the revealed round as PNG or SVG."""
        from ui.scoring.export import export_map

        export_map(self.host, self.controller)

    # -- keeping in step --------------------------------------------------------------------
    def _follow_selection(self) -> None:
        from workshop.refs import RefKind

        ref = self.host.selection.ref
        chosen = ref.id if ref is not None and ref.kind is RefKind.ASSUMPTION else None
        for page_name in (MAP_PAGE,):
            if self.host.presentation.window.has_content(page_name):
                self.host.presentation.window.content(page_name).map.select(chosen)  # type: ignore[attr-defined]
        dock = self.host.docks[MAP_DOCK_NAME]
        if dock.is_built():
            dock.panel().map.select(chosen)  # type: ignore[attr-defined]

    def _on_projector_content(self, name: str) -> None:
        if name in (PAGE, MAP_PAGE):
            self.host.activate(self.name)
