"""The presentation on the laptop's own screen on a real X server (opt-in, like test_x11_screens.py).

With one screen (or a mirrored projector) the presentation window has the keyboard but no widget in it has
the focus, so the keys that page the projector details must work on the window itself.
"""

from __future__ import annotations

from typing import Any

from tests.ui.test_x11_screens import (  # noqa: F401 - shared fixtures
    App, XServer, app, give_keyboard_to_main_window, started, wait_until, windows, xserver,
)


def presenting_on_laptop(xserver: XServer, app: App) -> dict[str, Any]:
    """Unplug the projector and press F5 in the facilitator's window: the presentation fills the laptop."""
    state = started(xserver, app)
    xserver.unplug_projector()
    wait_until(lambda: not app.state()["presentation"]["active"], "the presentation to stop with the projector")
    give_keyboard_to_main_window(xserver, app, state)
    xserver.run("xdotool", "key", "F5")
    return wait_until(lambda: (s := app.state())["presentation"]["on"] == "laptop" and s["active_window"] == "presentation"
                      and s, "F5 to present on the laptop with the keyboard", show=lambda: windows(xserver, app))


def press(xserver: XServer, app: App, key: str, pages: list[int]) -> dict[str, Any]:
    """Press a key (XTEST) and wait until the presentation has asked for exactly these pages so far."""
    xserver.run("xdotool", "key", key)
    return wait_until(lambda: (s := app.state())["pages"] == pages and s, f"{key} to ask for pages {pages}",
                      show=lambda: app.state()["pages"])


def test_page_keys_in_a_one_screen_presentation_page_the_details(xserver, app):
    try:
        presenting_on_laptop(xserver, app)
        assert app.ask("select B5")["selection"] == "B5"
        xserver.run("xdotool", "key", "d")
        state = wait_until(lambda: (s := app.state())["presentation"]["content"] == "details" and s, "D to show the details")
        assert state["details"]["page"][0] == 1 and state["details"]["page"][1] > 3, state["details"]
        steps = [("Next", [1], 2), ("space", [1, 1], 3), ("Prior", [1, 1, -1], 2)]
        for key, pages, page in steps:
            state = press(xserver, app, key, pages)
            if state["details"]["wired"]:  # the main window connects pageRequested to the details page
                wait_until(lambda p=page: app.state()["details"]["page"][0] == p, f"{key} to show page {page}")
        xserver.run("xdotool", "key", "d", "Next", "b")  # back to the schema: PageDown asks nothing there
        state = wait_until(lambda: (s := app.state())["presentation"]["blank"] and s, "B after PageDown on the schema")
        assert state["presentation"]["content"] == "schema" and state["pages"] == [1, 1, -1]
        assert state["warnings"] == [], app.log_text()
    finally:
        xserver.plug_projector()
