"""The projector window on a real X server with a window manager and two monitors (opt-in).

The other screen tests use Qt's offscreen platform. These start their own Xvfb (one 3200×1080 X screen
split into two RandR 1.5 monitors, "laptop" 1280×800 at 0,0 and "projector" 1920×1080 at 1280,0),
run openbox on it, and run the real app through tests/x11_driver.py in a subprocess (this pytest
process stays on the offscreen platform). Each test checks two views: what Qt reports inside the app,
and what the X server and window manager report (xwininfo, xprop), plus real key presses (xdotool) and a
real screen grab.

The test skips when a tool is missing. On Debian/Ubuntu:
``apt-get install xvfb x11-xserver-utils x11-utils openbox xdotool`` plus Qt's xcb libraries (see README).
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = {"Xvfb": "xvfb", "xrandr": "x11-xserver-utils", "xwininfo": "x11-utils", "xprop": "x11-utils",
         "openbox": "openbox", "xdotool": "xdotool"}
_MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
if _MISSING:
    pytest.skip(f"needs {', '.join(_MISSING)} (apt-get install {' '.join(sorted({TOOLS[t] for t in _MISSING}))})",
                allow_module_level=True)

Rect = list[int]  # x, y, width, height
LAPTOP: Rect = [0, 0, 1280, 800]
PROJECTOR: Rect = [1280, 0, 1920, 1080]
LAPTOP_MONITOR = "*laptop 1280/338x800/211+0+0"  # "*": the primary monitor, so Qt's primary screen
PROJECTOR_MONITOR = "projector 1920/510x1080/287+1280+0"
TIMEOUT = 10.0
OPENBOX_RC = """<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <placement><policy>Smart</policy><monitor>Primary</monitor><primaryMonitor>1</primaryMonitor></placement>
  <desktops><number>1</number></desktops>
</openbox_config>
"""


# --- geometry -----------------------------------------------------------------------------------

def overlaps(a: Rect, b: Rect) -> bool:
    """True when two rectangles share at least one pixel (touching edges don't count)."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def inside(inner: Rect, outer: Rect) -> bool:
    return (outer[0] <= inner[0] and outer[1] <= inner[1]
            and inner[0] + inner[2] <= outer[0] + outer[2] and inner[1] + inner[3] <= outer[1] + outer[3])


def wait_until(check: Callable[[], Any], what: str, timeout: float = TIMEOUT,
               show: Callable[[], Any] | None = None) -> Any:
    """Poll `check` until it returns something true; after `timeout` fail with `what` and `show()`."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            seen = show() if show is not None else value
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}; last seen: {seen!r}")
        time.sleep(0.05)


# --- the X server -------------------------------------------------------------------------------

class XServer:
    """An Xvfb display with openbox and the two monitors, and small wrappers around the X tools."""

    def __init__(self, display: str, env: dict[str, str]) -> None:
        self.display = display
        self.env = env

    def run(self, *command: str, check: bool = True) -> str:
        result = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=TIMEOUT)
        if check and result.returncode != 0:
            raise AssertionError(f"{' '.join(command)} failed: {result.stderr.strip()}")
        return result.stdout

    def monitors(self) -> list[str]:
        """Names of the RandR monitors, as `xrandr --listmonitors` prints them."""
        return re.findall(r"^\s*\d+: [+*]*(\S+) ", self.run("xrandr", "--listmonitors"), re.MULTILINE)

    def plug_projector(self) -> None:
        if "projector" not in self.monitors():  # setting an existing monitor again is a BadValue
            self.run("xrandr", "--setmonitor", *PROJECTOR_MONITOR.split(), "none")

    def unplug_projector(self) -> None:
        self.run("xrandr", "--delmonitor", "projector")

    def window(self, winid: int) -> dict[str, Any]:
        """The X server's and the window manager's view of a client window."""
        info = self.run("xwininfo", "-id", str(winid))
        number = {key: int(re.search(rf"{key}:\s+(-?\d+)", info).group(1))  # type: ignore[union-attr]
                  for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")}
        rect = [number["Absolute upper-left X"], number["Absolute upper-left Y"], number["Width"], number["Height"]]
        props = self.run("xprop", "-id", str(winid), "_NET_WM_STATE", "_NET_FRAME_EXTENTS", check=False)
        extents = re.search(r"_NET_FRAME_EXTENTS\(CARDINAL\) = (\d+), (\d+), (\d+), (\d+)", props)
        left, right, top, bottom = (int(n) for n in extents.groups()) if extents else (0, 0, 0, 0)
        return {
            "rect": rect,
            "frame": [rect[0] - left, rect[1] - top, rect[2] + left + right, rect[3] + top + bottom],
            "managed": extents is not None,  # the window manager has framed it
            "viewable": "IsViewable" in info,
            "fullscreen": "_NET_WM_STATE_FULLSCREEN" in props,
        }

    def active_window(self) -> int | None:
        found = re.search(r"window id # (0x[0-9a-f]+)", self.run("xprop", "-root", "_NET_ACTIVE_WINDOW", check=False))
        return int(found.group(1), 16) if found else None


def _stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def _display_number(read_end: int, xvfb: subprocess.Popen) -> str:
    """The display number Xvfb writes to -displayfd once it accepts connections ("" if it doesn't)."""
    text = b""
    deadline = time.monotonic() + TIMEOUT
    while not text.endswith(b"\n") and xvfb.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(read_end, 32) if ready else b""
        if ready and not chunk:
            break
        text += chunk
    return text.decode().strip() if text.endswith(b"\n") else ""


@pytest.fixture(scope="module")
def xserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    """Xvfb on a free display (it picks one and reports it on -displayfd), openbox, two monitors."""
    home = tmp_path_factory.mktemp("x11")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    (home / "rc.xml").write_text(OPENBOX_RC, encoding="utf-8")
    xvfb = openbox = None
    read_end, write_end = os.pipe()
    with open(home / "xvfb.log", "wb") as xvfb_log, open(home / "openbox.log", "wb") as openbox_log:
        try:
            xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "3200x1080x24", "+extension", "RANDR",
                 "-nolisten", "tcp", "-noreset"],  # -noreset: monitors survive the last client leaving
                pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=xvfb_log)
            os.close(write_end)
            write_end = -1
            number = _display_number(read_end, xvfb)
            if not number:
                pytest.fail(f"Xvfb did not start: {(home / 'xvfb.log').read_text(errors='replace')}")
            env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
            env |= {"DISPLAY": f":{number}", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                    "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data"),
                    "XDG_RUNTIME_DIR": str(runtime)}
            env.pop("XAUTHORITY", None)
            server = XServer(f":{number}", env)
            output = re.search(r"^(\S+) connected", server.run("xrandr", "--query"), re.MULTILINE)
            assert output, "Xvfb has no connected RandR output"
            # The laptop monitor takes the X screen's only output, so it doesn't also show up as a third monitor.
            server.run("xrandr", "--setmonitor", *LAPTOP_MONITOR.split(), output.group(1))
            server.plug_projector()
            assert server.monitors() == ["laptop", "projector"], server.run("xrandr", "--listmonitors")
            openbox = subprocess.Popen(["openbox", "--sm-disable", "--config-file", str(home / "rc.xml")],
                                       env=env, stdout=subprocess.DEVNULL, stderr=openbox_log)
            wait_until(lambda: openbox.poll() is not None or "window id" in server.run(
                "xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False), "openbox to manage the screen")
            assert openbox.poll() is None, (home / "openbox.log").read_text(errors="replace")
            yield server
        finally:
            _stop(openbox)
            _stop(xvfb)
            for end in (read_end, write_end):  # the read end stays open while Xvfb runs: it writes there
                if end >= 0:
                    os.close(end)


# --- the app ------------------------------------------------------------------------------------

def windows(xserver: XServer, app: App) -> dict[str, Any]:
    """Both windows as Qt and as the X server see them, for failure messages."""
    state = app.state()
    return {name: {"qt": state[name], "x": xserver.window(state[name]["winid"])} for name in ("main", "presentation")} | {
        "screens": state["screens"], "status": state["status"], "warnings": state["warnings"]}


class App:
    """The real app in a subprocess (tests/x11_driver.py), answering one JSON line per request."""

    def __init__(self, process: subprocess.Popen, log: Path) -> None:
        self.process = process
        self.log = log
        self._buffer = b""

    def _read_line(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, left))
            chunk = os.read(self.process.stdout.fileno(), 1 << 16) if ready else b""
            if not chunk:
                problem = "stopped (end of output)" if ready else f"gave no answer within {timeout:.0f} s"
                raise AssertionError(f"the app {problem}, exit code {self.process.poll()}; its log:\n{self.log_text()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def ask(self, request: str) -> dict[str, Any]:
        self.process.stdin.write(request.encode() + b"\n")
        self.process.stdin.flush()
        return self._read_line(TIMEOUT)

    def state(self) -> dict[str, Any]:
        return self.ask("state")

    def black_share(self, screen: str) -> float:
        """The share of pure black pixels the X server shows on a screen (a real grab)."""
        return self.ask(f"grab {screen}")["black"]

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


@pytest.fixture
def app(xserver: XServer, tmp_path: Path) -> Iterator[App]:
    """The app started on both monitors with its own empty settings; closed (or killed) afterwards."""
    xserver.plug_projector()
    home = tmp_path / "home"
    env = dict(xserver.env, WERKPLAATS_HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), PYTHONDONTWRITEBYTECODE="1")
    log = tmp_path / "app.log"
    with open(log, "wb") as log_file:
        process = subprocess.Popen([sys.executable, "-m", "tests.x11_driver"], cwd=ROOT, env=env,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log_file, bufsize=0)
    running = App(process, log)
    try:
        try:
            ready = running._read_line(30.0)
        except AssertionError:
            log_text = running.log_text()
            if "Could not load the Qt platform plugin" in log_text and "could not connect to display" not in log_text:
                pytest.skip(f"Qt's xcb platform plugin doesn't load here (libxcb-* missing?): {log_text}")
            raise
        assert ready.get("ready"), ready
        yield running
    finally:
        if process.poll() is None:
            try:
                process.stdin.write(b"quit\n")
                process.stdin.flush()
                process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        _stop(process)
        process.stdin.close()
        process.stdout.close()


# --- what the room and the facilitator see ------------------------------------------------------

def main_on_laptop(xserver: XServer, state: dict[str, Any]) -> bool:
    """Qt and the window manager agree: the facilitator's window is visible, framed, on the laptop only."""
    main = state["main"]
    x = xserver.window(main["winid"])
    return (main["visible"] and main["screen"] == "laptop" and inside(main["frame"], LAPTOP)
            and x["viewable"] and x["managed"] and inside(x["frame"], LAPTOP) and not overlaps(x["frame"], PROJECTOR))


def presenting_on_projector(xserver: XServer, state: dict[str, Any]) -> bool:
    """Qt and the window manager agree: the presentation is visible and full-screen exactly on the projector."""
    shown = state["presentation"]
    x = xserver.window(shown["winid"])
    return (shown["visible"] and shown["fullscreen"] and shown["on"] == "projector"
            and shown["screen"] == "projector" and shown["frame"] == PROJECTOR
            and x["viewable"] and x["fullscreen"] and x["frame"] == PROJECTOR and x["rect"] == PROJECTOR)


def presentation_off_laptop(xserver: XServer, state: dict[str, Any]) -> bool:
    """The presentation is hidden, or at least covers no part of the laptop or the facilitator's window."""
    shown, main = state["presentation"], state["main"]
    x = xserver.window(shown["winid"])
    if shown["visible"] and (overlaps(shown["frame"], LAPTOP) or overlaps(shown["frame"], main["frame"])):
        return False
    return not x["viewable"] or not (overlaps(x["frame"], LAPTOP) or overlaps(x["frame"], main["frame"]))


def started(xserver: XServer, app: App) -> dict[str, Any]:
    """Wait until the app shows the presentation on the projector and its own window on the laptop."""
    def ready() -> dict[str, Any] | None:
        state = app.state()
        return state if presenting_on_projector(xserver, state) and main_on_laptop(xserver, state) else None
    return wait_until(ready, "the presentation on the projector and the main window on the laptop",
                      show=lambda: windows(xserver, app))


def give_keyboard_to_main_window(xserver: XServer, app: App, state: dict[str, Any]) -> None:
    """Activate the facilitator's window through the window manager, as a click on it would."""
    xserver.run("xdotool", "windowactivate", "--sync", str(state["main"]["winid"]))
    wait_until(lambda: app.state()["active_window"] == "main", "the main window to have the keyboard")


def test_start_presents_full_screen_on_the_projector_and_leaves_the_main_window_on_the_laptop(xserver, app):
    state = started(xserver, app)
    assert state["screens"] == [{"name": "laptop", "geometry": LAPTOP}, {"name": "projector", "geometry": PROJECTOR}]
    assert state["primary"] == "laptop"
    assert state["presentation"]["content"] == "schema" and not state["presentation"]["blank"]
    assert state["status"] == "Presentatie staat op projector."
    assert app.black_share("projector") < 0.5  # the schema in the projector theme, not an empty screen
    assert state["warnings"] == [], app.log_text()


def test_the_facilitator_keeps_the_keyboard_when_the_presentation_opens(xserver, app):
    state = started(xserver, app)
    main = state["main"]["winid"]
    # Proving that focus is *not* taken needs a time window: it must stay with the main window for 1 s.
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        assert xserver.active_window() == main, "the window manager gave the keyboard to the projector window"
        assert app.state()["active_window"] == "main"
        time.sleep(0.05)


def test_a_tap_on_the_projector_selects_and_leaves_the_keyboard_with_the_facilitator(xserver, app):
    state = started(xserver, app)
    give_keyboard_to_main_window(xserver, app, state)
    spot = app.ask("where D1")
    xserver.run("xdotool", "mousemove", str(spot["x"]), str(spot["y"]), "click", "1")
    wait_until(lambda: app.state()["selection"] == "D1", "a tap on the projector to select the deelambitie")
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        assert xserver.active_window() == state["main"]["winid"], "the tap gave the keyboard to the projector"
        time.sleep(0.05)
    xserver.run("xdotool", "key", "b")  # the facilitator's keys still reach the facilitator's window
    wait_until(lambda: app.state()["presentation"]["blank"], "B to blank the projector after the tap")


def test_b_in_the_main_window_blanks_the_projector_and_b_again_restores_it(xserver, app):
    state = started(xserver, app)
    give_keyboard_to_main_window(xserver, app, state)
    xserver.run("xdotool", "key", "b")
    wait_until(lambda: app.state()["presentation"]["blank"], "B to blank the projector")
    wait_until(lambda: app.black_share("projector") == 1.0, "the projector to be pure black on the X server")
    assert app.black_share("laptop") < 0.5, "the facilitator's window must not go black"
    state = app.state()
    assert presenting_on_projector(xserver, state) and main_on_laptop(xserver, state)
    assert state["status"] == "Projector op zwart — B toont het weer."

    xserver.run("xdotool", "key", "b")
    wait_until(lambda: not app.state()["presentation"]["blank"], "B again to show the content")
    wait_until(lambda: app.black_share("projector") < 0.5, "the schema back on the projector")
    assert app.state()["warnings"] == [], app.log_text()


def test_unplugging_hides_the_presentation_off_the_laptop_and_replugging_brings_it_back(xserver, app):
    before = started(xserver, app)
    try:
        xserver.unplug_projector()
        unplugged = wait_until(
            lambda: (s := app.state())["screens"] == [{"name": "laptop", "geometry": LAPTOP}]
            and presentation_off_laptop(xserver, s) and s, "the presentation to leave with the projector",
            show=lambda: windows(xserver, app))
        assert app.process.poll() is None
        assert not unplugged["presentation"]["active"] and unplugged["presentation"]["on"] is None
        assert unplugged["status"] == "Projector losgekoppeld — presentatie verborgen; de voorvertoning loopt door."
        assert main_on_laptop(xserver, unplugged)
        assert unplugged["document"] == before["document"] and not unplugged["document"]["modified"]
    finally:
        xserver.plug_projector()
    replugged = started(xserver, app)
    assert replugged["status"] == "Projector weer aangesloten — presentatie staat weer op projector."
    assert replugged["document"] == before["document"]
    assert app.black_share("projector") < 0.5
    assert replugged["warnings"] == [], app.log_text()


def test_plugging_in_moves_a_presentation_from_the_laptop_to_the_projector(xserver, app):
    state = started(xserver, app)
    try:
        xserver.unplug_projector()
        wait_until(lambda: not app.state()["presentation"]["active"], "the presentation to stop with the projector")
        give_keyboard_to_main_window(xserver, app, state)
        xserver.run("xdotool", "key", "F5")  # one screen: F5 presents full-screen on the laptop

        def on_laptop() -> bool:
            shown = app.state()["presentation"]
            x = xserver.window(shown["winid"])
            return (shown["on"] == "laptop" and shown["fullscreen"] and shown["frame"] == LAPTOP
                    and x["viewable"] and x["fullscreen"] and x["rect"] == LAPTOP)
        wait_until(on_laptop, "F5 to present full-screen on the laptop", show=lambda: windows(xserver, app))
    finally:
        xserver.plug_projector()

    def moved() -> dict[str, Any] | None:
        state = app.state()
        return state if presenting_on_projector(xserver, state) and main_on_laptop(xserver, state) else None
    # A shorter wait: when the race above hits, the window never becomes full-screen.
    state = wait_until(moved, "the presentation to move to the projector, full-screen", timeout=4.0,
                       show=lambda: windows(xserver, app))
    assert state["status"] == "Presentatie staat op projector."
    assert state["warnings"] == [], app.log_text()
