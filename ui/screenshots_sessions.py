"""README screenshots of the projector in each of the four sessions (the demo, a step running on a fixed clock)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SCENES = (
    (1, "Het einddoel: wat moet er veranderen, en voor wie?", None, "sessie1-einddoel"),
    (2, "Bouwstenen op het schema plaatsen", "schema", "sessie2-bouwstenen"),
    (3, "De aannamekaart bespreken", "kaart", "sessie3-aannamekaart"),
    (4, "Het veranderverhaal", None, "sessie4-verhaal"),
)
"""Per session: the step shown, the page put in front afterwards (None: what the step opens), the file name."""


def session_shots(width: int, height: int, out: Path) -> list[Path]:
    """The projector during one step of each session, with the strip or the step's own page and the clock."""
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from workshop.demo import build_demo

    window = build_window()
    window.document.replace(build_demo(), None)
    programme, shown = window.feature("programma"), window.presentation.window
    clock = dt.datetime(2026, 3, 3, 10, 0)
    programme.controller._clock = lambda: clock
    programme.controller.ask = lambda question, doubts, yes: True  # the demo's finished sessions open again
    shown.resize(width, height)
    shown.show()
    paths = []
    for number, title, page, name in SCENES:
        step = next(s for s in window.document.trajectory.steps if s.session_number == number and s.title == title)
        step.minutes_spent = 0  # the demo's record has it done: shown as it ran, from its start
        programme.controller.jump(step.id)
        QApplication.processEvents()  # the step's own activity opens first (a queued call)
        if page is not None:
            window.presentation.show_content(page) if page == "schema" else programme.host.show_projector_page(page)
        programme._show_band()
        clock += dt.timedelta(minutes=7, seconds=25)  # the clock has run a while
        programme.controller.tick()
        for _ in range(3):  # a new margin or line lays out again in a later round of events
            QApplication.processEvents()
        if page == "schema":
            shown.content("schema").fit()  # type: ignore[attr-defined]
            QApplication.processEvents()
        paths.append(out / f"projector-{name}-{width}x{height}.png")
        shown.grab().save(str(paths[-1]))
    programme.controller.stop_for_today()  # the clock stopped: closing has nothing left to write
    window.document.stack.set_clean()
    window.close()
    return paths
