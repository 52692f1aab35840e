"""The programme feature: run the four sessions step by step, with a countdown on the projector, the facilitator's
notes on the laptop, each step opening its activity, and the session's record in the workbook.

Installing it adds a menu, keys, a dock and a projector page; they are built on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from ui.features import Feature, FeatureHost
from ui.programme import texts
from workshop.registry import Change

if TYPE_CHECKING:
    from ui.programme.controller import ProgrammeController
    from ui.programme.panel import ProgrammePanel
    from ui.programme.projector import ProgrammeBand

DOCK_NAME = "programmeDock"
PAGE = "programma"


class ProgrammeFeature(Feature):
    """Wires the programme controller to the window: menu, keys, the Programma dock, the page and the strip."""

    name = "programma"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self._controller: ProgrammeController | None = None
        self._band: ProgrammeBand | None = None
        host.add_dock(texts.DOCK, DOCK_NAME, self._build_panel, shown=True)
        host.add_projector_page(PAGE, self._build_page)
        menu = host.add_menu(texts.MENU)
        entries = (
            (texts.START, lambda: self.controller.start(), None, "startSessionAction"),
            (texts.NEXT, lambda: self.controller.next(), "Ctrl+Right", "nextStepAction"),
            (texts.PREVIOUS, lambda: self.controller.previous(), "Ctrl+Left", "previousStepAction"),
            (texts.CLOCK, lambda: self.controller.toggle_clock(), "T", "clockAction"),
            (texts.PLUS_ONE, lambda: self.controller.add_minutes(1), None, "plusOneAction"),
            (texts.PLUS_FIVE, lambda: self.controller.add_minutes(5), None, "plusFiveAction"),
            (texts.NOTES, lambda: self.controller.toggle_notes(), None, "notesOnProjectorAction"),
            (texts.ON_PROJECTOR, self.toggle_projector, "P", "stepOnProjectorAction"),
            (texts.SHOW_PANEL, self.show_panel, "Ctrl+0", "showProgrammeAction"),
            (texts.STOP_TODAY, lambda: self.controller.stop_for_today(), None, "stopForTodayAction"),
            (texts.FINISH, self.finish, None, "finishSessionAction"),
            (texts.REPORT, self.write_report, None, "sessionReportAction"),
            (texts.SAVE_TEMPLATE, self.save_template, None, "saveProgrammeAction"),
            (texts.LOAD_TEMPLATE, self.load_template, None, "loadProgrammeAction"),
        )
        self.actions = {name: host.add_action(menu, text, handler, key, name) for text, handler, key, name in entries}
        host.presentation.contentChanged.connect(lambda _name: self._show_band())
        host.document.changed.connect(self._wake)
        host.document.replaced.connect(self._wake)

    # -- built on first use -------------------------------------------------------------------
    @property
    def controller(self) -> ProgrammeController:
        """The session in the room (created when first needed, or when a workbook with a running session opens)."""
        if self._controller is None:
            from ui.programme.controller import ProgrammeController

            self._controller = ProgrammeController(self.host.document, self.host.status, parent=self.host.window)
            self._controller.ask = self._ask
            self._ambition()  # rounds revealed before now count as asked
            self._controller.changed.connect(self._on_changed)
            self._controller.stepStarted.connect(self.open_activity, Qt.ConnectionType.QueuedConnection)  # room first
            self._on_changed()
        return self._controller

    def _ask(self, question: str, doubts: list[str], yes: str) -> bool:
        from ui.widgets import GoAhead

        return GoAhead.ask(self.host.window, question, doubts, yes)

    def _wake(self, changes: object = None) -> None:
        """A running session (a reopened workbook, a step started elsewhere) brings the controller to life; a round
        on the hoofdambitie's wordings just revealed offers its winner."""
        if self._controller is None and any(s.status.value == "bezig" for s in self.host.document.trajectory.steps):
            self.controller  # noqa: B018
        if self._controller is not None and isinstance(changes, frozenset) and Change.VOTING in changes:
            QTimer.singleShot(0, self._ambition().check)  # the room sees the chart before the laptop asks
        elif changes is None and self._offer is not None:
            self._offer.forget()

    _offer = None

    def _ambition(self):  # type: ignore[no-untyped-def]
        if self._offer is None:
            from ui.programme.ambition import AmbitionOffer

            self._offer = AmbitionOffer(lambda: self.host.document.trajectory, self._ask, self.controller.push)
        return self._offer

    def _build_panel(self) -> ProgrammePanel:
        from ui.programme.panel import ProgrammePanel

        handlers = {"start": lambda: self.controller.start(), "stop": lambda: self.controller.stop_for_today(),
                    "finish": self.finish, "next": lambda: self.controller.next(),
                    "previous": lambda: self.controller.previous(), "clock": lambda: self.controller.toggle_clock(),
                    "plus1": lambda: self.controller.add_minutes(1), "plus5": lambda: self.controller.add_minutes(5),
                    "jump": lambda: self._on_chosen("jump"), "skip": lambda: self._on_chosen("skip"),
                    "up": lambda: self._on_chosen("up"), "down": lambda: self._on_chosen("down"),
                    "add": lambda: self._on_chosen("add"), "edit": lambda: self._on_chosen("edit"),
                    "remove": lambda: self._on_chosen("remove"), "open": lambda: self._on_chosen("open"),
                    "attendance": self.keep_attendance}
        return ProgrammePanel(self.controller, handlers, self.host.window)

    def _build_page(self):  # type: ignore[no-untyped-def]
        from ui.programme.projector import ProgrammePage

        return ProgrammePage(self.controller)

    def panel(self) -> ProgrammePanel:
        """The Programma dock's panel, brought forward."""
        return self.host.show_dock(DOCK_NAME)  # type: ignore[return-value]

    def show_panel(self) -> None:
        """Ctrl+0: the Programma dock with the keyboard in its list of steps."""
        self.panel().steps.setFocus()

    def toggle_projector(self) -> None:
        """P: the running step (title, instructions, clock) on the projector, or the schema again."""
        self.controller  # noqa: B018 - the clock exists before its page shows it
        self.host.toggle_projector_page(PAGE)

    def finish(self) -> bool:
        """Afsluiten: the session afgerond, and the room sees the thanks and the next session."""
        done = self.controller.finish()
        if done:
            self.host.show_projector_page(PAGE)
        return done

    def before_close(self) -> None:
        """Closing with the clock running stops the session for today, so its minutes are in the workbook."""
        if self._controller is not None and self._controller.countdown.running:
            self._controller.stop_for_today_live()

    # -- the steps chosen in the dock -----------------------------------------------------------
    def keep_attendance(self) -> None:
        """The Deelnemers dock on the session shown, to tick who is there."""
        if self.controller.number is not None:
            self.host.feature("deelnemers").show_attendance(self.controller.number)

    def _on_chosen(self, verb: str) -> None:
        from ui.programme import editing

        editing.act(self, verb, self.panel().chosen())

    # -- following the controller -----------------------------------------------------------------
    def _on_changed(self) -> None:
        running = self.controller.is_running()
        self.host.presentation.set_advance(self._clicker if running else None)
        self._show_band()

    def _clicker(self, step: int) -> bool:
        return self.controller.next() if step > 0 else self.controller.previous()

    def _show_band(self) -> None:
        """The strip with the step and the clock above every page but the programme's own, while a step runs."""
        if self._controller is None:
            return
        window = self.host.presentation.window
        wanted = self._controller.is_running() and window.content_name() != PAGE
        if wanted and self._band is None:
            from ui.programme.projector import ProgrammeBand

            self._band = ProgrammeBand(self._controller)
        if self._band is not None:
            self._band.set_room_height(max(window.height(), 480))
        window.set_band(self._band if wanted else None)

    def open_activity(self, step_id: str) -> None:
        """A step the facilitator moved to opens its activity; a new round is recorded on the step."""
        from ui.programme.activity import open_activity
        from workshop import programme_edits as pe

        step = self.host.document.trajectory.step(step_id)
        if step is None:
            return
        activity = open_activity(self.host, step)
        if activity:
            self.controller.push(lambda: pe.edit_step(self.host.document.trajectory, step_id, "activity", activity))

    # -- templates and the report ---------------------------------------------------------------
    def save_template(self) -> None:
        """Keep this trajectory's programme as the facilitator's own template."""
        from ui.programme import editing

        editing.save_template(self)

    def load_template(self) -> None:
        """Replace the steps still to do by the built-in programme or an own template."""
        from ui.programme import editing

        editing.load_template(self)

    def write_report(self) -> Path | None:
        """Write the sessieverslag of the session shown (PDF or HTML); the file written, or None."""
        from ui.programme.report import write_report

        return write_report(self.host, self.controller)
