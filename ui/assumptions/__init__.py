"""The assumptions feature: write assumptions on the relations (from the template or the publication's
suggestions), their sources, status over time and monitoring; the counts per relation on the schema."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.assumptions import texts
from ui.features import Feature, FeatureHost

if TYPE_CHECKING:
    from ui.assumptions.panel import AssumptionsPanel

DOCK_NAME = "assumptionsDock"


class AssumptionsFeature(Feature):
    """Installs the Aannames dock, its menu, the details of an assumption and the counts on the schema."""

    name = "aannames"

    def install(self, host: FeatureHost) -> None:
        from ui.assumptions.details import assumption_html
        from ui.panels.details import add_renderer
        from workshop.refs import RefKind

        self.host, self.on_projector = host, False
        add_renderer(RefKind.ASSUMPTION, assumption_html)
        host.add_dock(texts.DOCK, DOCK_NAME, self._build)
        host.add_element_entry(texts.ADD.replace("&", ""), lambda e: e is not None and e != "H", lambda _e: self.add())
        menu = host.add_menu(texts.MENU)
        entries = ((texts.SHOW, self.show, "Ctrl+7", "showAssumptionsAction"),
                   (texts.ADD, self.add, "Ctrl+Shift+A", "addAssumptionAction"),
                   (texts.ON_SCHEMA, self.toggle_projector_counts, "A", "assumptionCountsAction"))
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}
        self.actions["assumptionCountsAction"].setCheckable(True)
        host.document.changed.connect(lambda _changes: self.show_counts())
        host.document.replaced.connect(self.show_counts)
        self.show_counts()

    def _build(self) -> AssumptionsPanel:
        from ui.assumptions.panel import AssumptionsPanel

        panel = AssumptionsPanel(self.host.document, self.host.selection, self.host.status, self.host.window)
        for widget in (panel.list, panel.suggestions):
            self.host.keep_letters(widget)
        return panel

    def show(self) -> AssumptionsPanel:
        """Ctrl+7: the Aannames dock, with the keyboard in its list."""
        panel: AssumptionsPanel = self.host.show_dock(DOCK_NAME)  # type: ignore[assignment]
        panel.list.setFocus()
        return panel

    def add(self) -> None:
        """Write a new assumption about what is selected."""
        self.show().add()

    def toggle_projector_counts(self) -> None:
        """A: the number of assumptions per relation on the projector too (the laptop always shows them)."""
        self.on_projector = not self.on_projector
        self.actions["assumptionCountsAction"].setChecked(self.on_projector)
        self.show_counts()
        self.host.status(texts.COUNTS_ON if self.on_projector else texts.COUNTS_OFF)

    def show_counts(self) -> None:
        """Badges with the number of assumptions: on the laptop's schema always, on the projector when asked."""
        from ui.assumptions.counts import count_badges

        values = count_badges(self.host.document.trajectory)
        laptop, *room = self.host.schemas()
        laptop.set_badges(values, self.name)
        for scene in room:
            scene.set_badges(values if self.on_projector else {}, self.name)
