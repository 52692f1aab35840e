"""The check feature (step 6): the consistency check of `werkplaats controleer` live in a dock, each point a jump to
its element, and the open points on the projector for the room.

Installing it adds a menu, a key, a dock and a projector page; the check itself runs only once one is in use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.check import texts
from ui.features import Feature, FeatureHost

if TYPE_CHECKING:
    from ui.check.live import LiveCheck
    from ui.check.panel import CheckPanel
    from workshop.consistency import Finding

DOCK_NAME = "checkDock"
PAGE = "controle"


class CheckFeature(Feature):
    """Installs the Controle dock, its menu and the open points' page on the projector."""

    name = "controle"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self._live: LiveCheck | None = None
        host.add_dock(texts.DOCK, DOCK_NAME, self._build_panel)
        host.add_projector_page(PAGE, self._build_page)
        menu = host.add_menu(texts.MENU)
        entries = ((texts.SHOW, self.show, "Ctrl+Shift+C", "showCheckAction"),
                   (texts.ON_PROJECTOR, self.toggle_projector, None, "checkOnProjectorAction"))
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}

    # -- built on first use ------------------------------------------------------------------------------------------
    @property
    def live(self) -> LiveCheck:
        """The check kept up to date (started when the dock or the page is first used)."""
        if self._live is None:
            from ui.check.live import LiveCheck

            self._live = LiveCheck(self.host.document, self._watched, parent=self.host.window)
            self.host.docks[DOCK_NAME].visibilityChanged.connect(lambda shown: shown and self._live.catch_up())
            self.host.presentation.contentChanged.connect(lambda name: name == PAGE and self._live.catch_up())
        return self._live

    def _watched(self) -> bool:
        dock = self.host.docks[DOCK_NAME]
        return (dock.is_built() and dock.widget().isVisible()) or self.host.presentation.window.content_name() == PAGE

    def _build_panel(self) -> CheckPanel:
        from ui.check.panel import CheckPanel

        panel = CheckPanel(self.live, self.toggle_projector, self.host.window)
        panel.chosen.connect(self.jump)
        return panel

    def _build_page(self):  # type: ignore[no-untyped-def]
        from ui.check.projector import CheckPage

        return CheckPage(self.live)

    # -- actions -----------------------------------------------------------------------------------------------------
    def show(self) -> CheckPanel:
        """Ctrl+Shift+C: the Controle dock, with the keyboard in its list."""
        panel: CheckPanel = self.host.show_dock(DOCK_NAME)  # type: ignore[assignment]
        panel.list.setFocus()
        return panel

    def open(self) -> None:
        """The dock and the open points on the projector (a programme step that opens 'controle')."""
        self.show()
        self.host.show_projector_page(PAGE)

    def toggle_projector(self) -> None:
        """The open points on the projector, or the schema again."""
        self.host.toggle_projector_page(PAGE)

    def jump(self, finding: Finding) -> bool:
        """Select what the finding is about (for an action: its bouwsteen); the schema and the details show it."""
        from workshop.refs import EXISTS, element_of

        ref, t = finding.ref, self.host.document.trajectory
        if ref is None:
            return self._no_element(finding)
        if not EXISTS[ref.kind][1](t, ref):
            self.live.recheck()
            self.host.status(texts.GONE)
            return False
        self.host.selection.select(ref)
        self._into_view(element_of(t, ref))
        self.host.status(finding.message)
        return True

    def _no_element(self, finding: Finding) -> bool:
        """A point without an element to show (a session's attendance): open where it is filled in."""
        from workshop.consistency import Category

        participants = self.host.feature("deelnemers")
        if finding.category is Category.SESSION_WITHOUT_ATTENDANCE and participants is not None:
            participants.show()
            self.host.status(texts.SESSION_HINT.format(message=finding.message))
        else:
            self.host.status(finding.message)
        return False

    def _into_view(self, element_id: str | None) -> None:
        """Scroll the laptop's schema so the element is in sight when zoomed in (a relation not drawn as a line: its
        bouwsteen)."""
        if not element_id:
            return
        scene = self.host.schemas()[0]
        line = scene.relation_item(element_id) if "-" in element_id else None
        item = line or scene.element_item(element_id.split("-")[0])
        for view in scene.views() if item is not None else ():
            view.ensureVisible(item)
