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
    shown.resize(width, height)
    shown.show()
    paths = []
    for number, title, page, name in SCENES:
        step = next(s for s in window.document.trajectory.steps if s.session_number == number and s.title == title)
        programme.controller.jump(step.id)
        if page is not None:
            window.presentation.show_content(page) if page == "schema" else programme.host.show_projector_page(page)
        programme._show_band()
        clock += dt.timedelta(minutes=7, seconds=25)  # the clock has run a while
        programme.controller.tick()
        QApplication.processEvents()
        if page == "schema":
            shown.content("schema").fit()  # type: ignore[attr-defined]
            QApplication.processEvents()
        paths.append(out / f"projector-{name}-{width}x{height}.png")
        shown.grab().save(str(paths[-1]))
    window.document.stack.set_clean()
    window.close()
    return paths
