"""Voting on a real X server: participants tap their name and the tiles on the projector, the facilitator keeps
the keyboard, O reveals the chart on the projector (the screens and the window manager as in test_x11_screens)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.ui.test_x11_screens import app, give_keyboard_to_main_window, started, wait_until, xserver  # noqa: F401

SHOTS = os.environ.get("WERKPLAATS_X11_SHOTS")
"""A folder to keep real screen grabs of the projector in (for the README); unset: none are kept."""


def tap(xserver, app, kind: str, text: str) -> None:  # type: ignore[no-untyped-def]
    spot = app.ask(f"{kind} {text}")
    assert "error" not in spot, spot
    xserver.run("xdotool", "mousemove", str(spot["x"]), str(spot["y"]), "click", "1")


def keep_shot(app, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        assert app.ask(f"shot projector {Path(SHOTS) / name}")["saved"]


def test_a_turn_by_taps_on_the_projector_and_the_reveal_by_key(xserver, app) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    state = started(xserver, app)
    give_keyboard_to_main_window(xserver, app, state)
    app.ask("people 12")
    assert app.ask("round B5 B7 B10 B3")["round"] == "V-01"
    wait_until(lambda: app.state()["presentation"]["content"] == "stemmen", "the voting page on the projector")
    keep_shot(app, "projector-stemmen-namen.png")
    for turn in range(3):
        tap(xserver, app, "tile", f"Deelnemer {turn + 1}")
        wait_until(lambda: app.ask("voting")["voter"] == f"P-{turn + 1:02d}", "a tap on a name to start a turn")
        for code in ("B7", "B7", "B10"):
            tap(xserver, app, "tile", code)
        wait_until(lambda: sum(app.ask("voting")["ballot"].values()) == 3, "three taps to place three dots")
        if turn == 0:
            keep_shot(app, "projector-stemmen-tegels.png")
        assert xserver.active_window() == state["main"]["winid"], "a tap gave the keyboard to the projector"
        tap(xserver, app, "button", "confirm")
        wait_until(lambda: app.ask("voting")["votes"] == 3 * (turn + 1), "Bevestigen to cast the ballot")
    xserver.run("xdotool", "key", "o")  # Onthullen, typed on the facilitator's keyboard: 9 of 12 have not voted
    wait_until(lambda: (w := xserver.active_window()) and w != state["main"]["winid"], "'Toch onthullen?' to be asked")
    assert app.ask("voting")["stage"] != "uitslag", "revealed before the question was answered"
    xserver.run("xdotool", "key", "alt+t")  # &Toch onthullen
    shown = wait_until(lambda: (v := app.ask("voting"))["stage"] == "uitslag" and v["bars"] and v, "O to reveal")
    assert shown["bars"][:2] == [["B7", 6], ["B10", 3]] and shown["content"] == "stemmen"
    time.sleep(0.3)  # the chart's first paint on the X server
    assert app.black_share("projector") < 0.9
    keep_shot(app, "projector-stemmen-uitslag.png")
    assert app.state()["warnings"] == [], app.log_text()
