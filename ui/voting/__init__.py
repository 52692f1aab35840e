"""The voting feature: set up a round, vote in turns on the shared screen or type counts, reveal, compare.

Installing it adds a menu, keys, a dock and a projector page; the panels (and pyqtgraph) are built on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.features import Feature, FeatureHost
from ui.voting import texts

if TYPE_CHECKING:
    from ui.voting.controller import VotingController
    from ui.voting.setup_dialog import Prefill
    from ui.voting.panel import VotingPanel

DOCK_NAME = "votingDock"
PAGE = "stemmen"


class VotingFeature(Feature):
    """Wires the voting controller to the window: menu, keys, the Stemmen dock and the projector page."""

    name = "stemmen"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self._controller: VotingController | None = None
        host.add_dock(texts.DOCK, DOCK_NAME, self._build_panel)
        host.add_projector_page(PAGE, self._build_page)
        host.add_element_entry(texts.FROM_SELECTION.replace("&", "").rstrip("…") + "…", lambda _e: True,
                               lambda _e: self.new_round())
        menu = host.add_menu(texts.MENU)
        entries = (
            (texts.NEW_ROUND, self.new_round, "Ctrl+Shift+N", "newRoundAction"),
            (texts.FROM_SELECTION, self.new_round, None, "roundFromSelectionAction"),
            (texts.EDIT_ROUND, self.edit_round, None, "editRoundAction"),
            (texts.REPEAT, lambda: self.controller.repeat(), None, "repeatRoundAction"),
            (texts.SHOW_PANEL, self.show_panel, "Ctrl+6", "showVotingAction"),
            (texts.ON_PROJECTOR, self.toggle_projector, "V", "votingOnProjectorAction"),
            (texts.NEXT_VOTER, self.next_voter, None, "nextVoterAction"),
            (texts.CLOSE, lambda: self._status("gesloten"), None, "closeRoundAction"),
            (texts.REVEAL, self.reveal, None, "revealAction"),
            (texts.REOPEN, lambda: self._status("open"), None, "reopenRoundAction"),
            (texts.HEAT, self.toggle_heat, "H", "heatAction"),
            (texts.BARS, lambda: self.show_view("staven"), None, "barsViewAction"),
            (texts.COMPARE, lambda: self.show_view("voor-en-na"), None, "compareViewAction"),
            (texts.SPLIT, lambda: self.show_view("wiens-stem", "organisation"), None, "splitViewAction"),
            (texts.SPLIT_SPHERE, lambda: self.show_view("wiens-stem", "sphere"), None, "splitSphereViewAction"),
            (texts.EXPORT, self.export_chart, None, "exportChartAction"),
        )
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}
        self.actions["heatAction"].setCheckable(True)
        host.share_key("N", self.name, self.actions["nextVoterAction"])
        host.share_key("O", self.name, self.actions["revealAction"])
        host.presentation.contentChanged.connect(self._on_projector_content)

    # -- built on first use ---------------------------------------------------------------
    @property
    def controller(self) -> VotingController:
        """The round in the room (created when first needed)."""
        if self._controller is None:
            from ui.voting.controller import VotingController

            self._controller = VotingController(self.host.document, self.host.status, parent=self.host.window)
            self._controller.changed.connect(self._on_changed)
        return self._controller

    def _build_panel(self) -> VotingPanel:
        from ui.voting.panel import VotingPanel

        handlers = {"new": self.new_round, "edit": self.edit_round, "project": self.toggle_projector,
                    "heat": self.toggle_heat, "export": self.export_chart, "next": self.next_voter,
                    "reveal": self.reveal}
        panel = VotingPanel(self.controller, self.host.laptop_theme(), handlers, self.host.window)
        self._prepare_soon()
        return panel

    def _build_page(self):  # type: ignore[no-untyped-def]
        from ui.voting.projector import VotingPage

        self._prepare_soon()
        return VotingPage(self.controller)

    def _prepare_soon(self) -> None:
        """Once voting is in use, build the projector page and its chart when the app is idle (not at start-up)."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.host.projector_page(PAGE).prepare_chart())  # type: ignore[attr-defined]

    def panel(self) -> VotingPanel:
        """The Stemmen dock's panel, brought forward."""
        return self.host.show_dock(DOCK_NAME)  # type: ignore[return-value]

    def show_panel(self) -> None:
        """Ctrl+6: the Stemmen dock with the keyboard in it; N and O now go to voting."""
        self.host.activate(self.name)
        self.panel().setFocus()

    # -- actions ----------------------------------------------------------------------------
    def new_round(self, chosen: list[str] | None = None, prefill: Prefill | None = None) -> bool:
        """Ask for a new round, with the elements selected in the schema (or `chosen`) already ticked, and make it
        active; a programme step passes its question and own options as `prefill`."""
        from ui.voting.setup_dialog import RoundDialog
        from workshop import voting_edits as ve

        t = self.host.document.trajectory
        ticked = self.host.selection.elements() if chosen is None else chosen
        more = {"prefill": prefill} if prefill is not None else {}
        spec = RoundDialog.ask(self.host.window, t, ticked, **more)
        if spec is None:
            return False
        build = lambda: ve.add_round(t, spec.question, ve.options_for(t, spec.option_ids, spec.free_texts), **spec.rules)  # noqa: E731
        if not self.controller._push(build):
            return False
        self.controller.choose(t.voting_rounds[-1].id)
        self.host.activate(self.name)
        self.panel()
        return True

    @property
    def round_id(self) -> str | None:
        """The round active in the room (the one a new_round just made), or None."""
        return self.controller.round_id

    def show_round(self, round_id: str) -> None:
        """Make a round active and put it on the projector (a programme step returning to its round)."""
        self.controller.choose(round_id)
        self.host.activate(self.name)
        self.host.show_projector_page(PAGE)

    def edit_round(self) -> bool:
        """Change the active round's question (and its rules and options while nobody voted)."""
        from ui.voting.setup_dialog import RoundDialog
        from workshop import voting_edits as ve

        t, voting_round = self.host.document.trajectory, self.controller.round
        if voting_round is None:
            self.host.status(texts.NO_ROUND)
            return False
        locked = ve.has_votes(t, voting_round.id)
        spec = RoundDialog.ask(self.host.window, t, [], voting_round, locked)
        if spec is None:
            return False
        changes = {"question": spec.question} if locked else {
            **spec.rules, "question": spec.question, "options": ve.options_for(t, spec.option_ids, spec.free_texts)}
        return self.controller._push(lambda: ve.edit_round(t, voting_round.id, **changes))

    def toggle_projector(self) -> None:
        """V: the voting page on the projector, or the schema again."""
        presentation = self.host.presentation
        if presentation.window.content_name() == PAGE:
            presentation.show_content("schema")
        else:
            self.host.show_projector_page(PAGE)

    def next_voter(self) -> None:
        """N: the next person votes; the keyboard goes to their ballot."""
        self.host.activate(self.name)
        if self.controller.next_voter():
            if self.host.presentation.window.content_name() != PAGE:
                self.host.show_projector_page(PAGE)
            self.panel().focus_ballot()

    def reveal(self) -> bool:
        """O: close (if open) and reveal the round, after asking when people still have to vote or count; the
        projector shows the result."""
        from ui.widgets import GoAhead
        from workshop.voting import RoundStatus

        self.host.activate(self.name)
        doubts = self.controller.reveal_doubts()
        if doubts and not GoAhead.ask(self.host.window, texts.REVEAL_ASK, doubts, texts.REVEAL_ANYWAY):
            return False
        if not self.controller.set_status(RoundStatus.REVEALED):
            return False
        self.host.show_projector_page(PAGE)
        return True

    def _status(self, value: str) -> None:
        from workshop.voting import RoundStatus

        self.controller.set_status(RoundStatus(value))

    def show_view(self, view: str, split_by: str = "") -> None:
        """Bars, before/after or whose voice (per organisation or sphere) on the projector."""
        from ui.voting.controller import View

        self.controller.split_by = split_by or self.controller.split_by
        self.controller.show(View(view))
        self.host.show_projector_page(PAGE)

    def toggle_heat(self) -> None:
        """H: the counts of the active (revealed) round on the schema's cards and lines, or not."""
        controller = self.controller
        controller.heat = not controller.heat
        self._apply_heat()
        if controller.heat:
            self.host.selection.clear()  # the whole schema, undimmed, carries the counts
            self.host.presentation.show_content("schema")
            from ui.voting.heat import heat_message

            self.host.status(heat_message(self.host.document.trajectory, controller.round_id))
        else:
            self.host.status(texts.HEAT_OFF)

    def _apply_heat(self) -> None:
        from ui.voting.heat import heat_badges

        controller = self.controller
        values = heat_badges(self.host.document.trajectory, controller.round_id) if controller.heat else {}
        if controller.heat and not values:
            controller.heat = False
            self.host.status(texts.HEAT_NONE)
        for scene in self.host.schemas():
            scene.set_badges(values, self.name)
        self.actions["heatAction"].setChecked(controller.heat)

    def export_chart(self) -> None:
        """Save the chart of the revealed round as PNG or SVG."""
        from ui.voting.export import export_chart

        export_chart(self.host, self.controller)

    # -- keeping in step --------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self.controller.heat:
            self._apply_heat()

    def _on_projector_content(self, name: str) -> None:
        if name == PAGE:
            self.host.activate(self.name)  # N and O now go to voting
