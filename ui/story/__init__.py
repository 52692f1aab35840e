"""The story feature: the veranderverhaal written from the schema, rewritten part by part, shown to the room in
large type and exported as PDF, ODT or HTML.

Installing it adds a menu, a key, a dock and a projector page; the panel and the page are built on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ui.features import Feature, FeatureHost
from ui.story import texts

if TYPE_CHECKING:
    from ui.story.panel import StoryPanel

DOCK_NAME = "storyDock"
PAGE = "verhaal"


class StoryFeature(Feature):
    """Installs the Verhaal dock, its menu and the story's page on the projector."""

    name = "verhaal"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        host.add_dock(texts.DOCK, DOCK_NAME, self._build_panel)
        host.add_projector_page(PAGE, self._build_page)
        menu = host.add_menu(texts.MENU)
        entries = ((texts.SHOW, self.show, "Ctrl+Shift+V", "showStoryAction"),
                   (texts.WRITE, self.write, None, "writeStoryAction"),
                   (texts.EXPORT, self.export, None, "exportStoryAction"),
                   (texts.ON_PROJECTOR, self.toggle_projector, None, "storyOnProjectorAction"))
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}
        host.document.changed.connect(lambda _changes: self._word_write())
        host.document.replaced.connect(self._word_write)

    def _build_panel(self) -> StoryPanel:
        from ui.story.panel import StoryPanel

        handlers = {"write": self.write, "export": self.export, "project": self.toggle_projector}
        panel = StoryPanel(self.host.document, self.host.status, handlers, self.host.window)
        self.host.keep_letters(panel.parts)
        self.host.keep_letters(panel.editor)
        panel.chosen.connect(self._follow)
        return panel

    def _follow(self, key: str) -> None:
        """The room follows the facilitator: the part chosen in the dock comes to the top of the projector."""
        if self.host.presentation.window.content_name() == PAGE:
            self.host.projector_page(PAGE).show_part(key)  # type: ignore[attr-defined]

    def _build_page(self):  # type: ignore[no-untyped-def]
        from ui.story.projector import StoryPage

        return StoryPage(self.host.document)

    def _word_write(self) -> None:
        written = bool(self.host.document.trajectory.story)
        self.actions["writeStoryAction"].setText(texts.UPDATE if written else texts.WRITE)

    # -- actions ---------------------------------------------------------------------------------------------------
    def show(self) -> StoryPanel:
        """Ctrl+Shift+V: the Verhaal dock, with the keyboard in its list of parts."""
        panel: StoryPanel = self.host.show_dock(DOCK_NAME)  # type: ignore[assignment]
        panel.parts.setFocus()
        return panel

    def open(self) -> None:
        """The dock and the story on the projector (a programme step that opens 'verhaal')."""
        self.show()
        self.host.show_projector_page(PAGE)

    def write(self) -> bool:
        """Write the story from the schema, or bring it up to date (rewritten parts stay); one undo step."""
        from ui.pushing import push
        from workshop import story_edits as se

        t = self.host.document.trajectory
        if se.is_current(t):
            self.host.status(texts.CURRENT)
            return False
        replaced = "; ".join(f"{p.title} (rij {row})" for row, p in se.replaced_parts(t))
        message = texts.REPLACED.format(parts=replaced) if replaced else texts.UPDATED if t.story else texts.WRITTEN
        if not push(self.host.document, lambda: se.write_story(t), self.host.status):
            return False
        self.host.status(message, 20000)
        return True

    def export(self) -> Path | None:
        """Save the story as PDF, ODT or HTML."""
        from ui.story.export import export_story

        return export_story(self.host)

    def toggle_projector(self) -> None:
        """The story on the projector, or the schema again."""
        self.host.toggle_projector_page(PAGE)
