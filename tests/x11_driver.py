"""Runs the real app on an X server and answers questions about its windows, one JSON line per request.

Used by tests/ui/test_x11_screens.py in a subprocess (the pytest process itself uses the offscreen
platform). Start it with ``python -m tests.x11_driver`` from the project folder, with DISPLAY set.
Requests on stdin, one per line:

- ``grab NAME``: grab screen NAME from the X server and print the share of pure black pixels;
- ``state``: print the screens, both windows (Qt's view of them), the presentation controller, the
  document, the projector details' page, every page the presentation asked for and every Qt warning so
  far, as one JSON line;
- ``select ID``: select an element (as a click on it would);
- ``people N``: register N participants, present in session 1;
- ``round CODE ...``: a named voting round on these theory elements, active and on the projector;
- ``tile TEXT``: the global screen position of the projector's voting tile (an option code or a name);
- ``button NAME``: the global position of a button on the projector's voting page (``confirm``, ``clear``);
- ``voting``: the voting controller's state (round, stage, voter, ballot, the votes cast, the chart's bars);
- ``shot SCREEN PATH``: save what the X server shows on a screen as a PNG;
- ``quit``: close the facilitator window and leave the event loop.

The first line printed is ``{"ready": true, ...}`` once the facilitator window is shown and started.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import (  # noqa: E402
    SIGNAL, QMessageLogContext, QRect, QSocketNotifier, QtMsgType, QTimer, qInstallMessageHandler,
)
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

WARNINGS: list[str] = []
FEATURE_REQUESTS = {
    "people": lambda app, window, args: people(window, int(args[0])),
    "round": lambda app, window, args: voting_round(window, args),
    "tile": lambda app, window, args: page_spot(window, "tile", " ".join(args)),
    "button": lambda app, window, args: page_spot(window, "button", args[0]),
    "voting": lambda app, window, args: voting_state(window),
    "shot": lambda app, window, args: shot(app, args[0], args[1]),
}
"""Requests about the group-process features, each answered with one JSON line."""
STATUS: list[str] = []
PAGES: list[int] = []  # every step the presentation's PageDown/Space/PageUp asked for


def _on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
        WARNINGS.append(message)
    print(f"qt: {message}", file=sys.stderr, flush=True)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _window(widget: QWidget) -> dict[str, object]:
    handle = widget.windowHandle()
    return {
        "visible": widget.isVisible(),
        "fullscreen": widget.isFullScreen(),
        "maximized": widget.isMaximized(),
        "frame": _rect(widget.frameGeometry()),
        "geometry": _rect(widget.geometry()),
        "screen": handle.screen().name() if handle is not None and handle.screen() is not None else None,
        "winid": int(widget.winId()) if handle is not None else None,
    }


def _which(widget: QWidget | None, window) -> str | None:  # type: ignore[no-untyped-def]
    """Which of the app's windows this is: "main", "presentation", another window's title, or None."""
    if widget is None:
        return None
    if widget is window:
        return "main"
    if widget is window.presentation.window:
        return "presentation"
    return widget.windowTitle() or type(widget).__name__


def state(app: QApplication, window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    controller = window.presentation
    trajectory = window.document.trajectory
    return {
        "pid": os.getpid(),
        "screens": [{"name": s.name(), "geometry": _rect(s.geometry())} for s in app.screens()],
        "primary": app.primaryScreen().name(),
        "main": _window(window),
        "presentation": _window(controller.window) | {
            "active": controller.is_active(),
            "on": controller.screen_name(),
            "blank": controller.is_blank(),
            "content": controller.window.content_name(),
        },
        "document": {
            "name": trajectory.name,
            "digest": hashlib.sha256(trajectory.model_dump_json().encode()).hexdigest(),
            "modified": window.document.is_modified(),
        },
        "details": {"page": list(window.large_details.page_info()), "wired": _page_wired(window.presentation)},
        "pages": list(PAGES),
        "active_window": _which(app.activeWindow(), window),
        "selection": window.selection.current,
        "status": STATUS[-1] if STATUS else None,
        "warnings": list(WARNINGS),
    }


def _page_wired(controller) -> bool:  # type: ignore[no-untyped-def]
    """True when the main window connects the presentation's pageRequested (the driver's own listener aside)."""
    return controller.receivers(SIGNAL("pageRequested(int)")) > 1


def grab(app: QApplication, screen_name: str) -> dict[str, object]:
    """What the X server shows on one screen: the share of pure black pixels (a real screen grab)."""
    screen = next((s for s in app.screens() if s.name() == screen_name), None)
    if screen is None:
        return {"error": f"no screen {screen_name!r}"}
    image = screen.grabWindow(0).toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    pixels = image.width() * image.height()
    black = data.count(b"\x00\x00\x00\xff")  # alpha is always 0xff, so only whole pixels can match
    return {"screen": screen_name, "size": [image.width(), image.height()], "black": black / max(1, pixels)}


def where(window, element_id: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The global screen position of an element's centre on the projector's schema (for a real click)."""
    view = window.presentation.window.content("schema")
    item = view.schema.element_item(element_id)
    if item is None:
        return {"error": f"no element {element_id!r}"}
    point = view.viewport().mapToGlobal(view.mapFromScene(item.sceneBoundingRect().center()))
    return {"x": point.x(), "y": point.y()}


def people(window, count: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from workshop import process_edits as pe
    from workshop.sessions import Participant

    names = [Participant(id="P-00", name=f"Deelnemer {n}", organisation=f"Organisatie {n % 4}") for n in range(1, count + 1)]
    window.document.push(pe.add_participants(window.document.trajectory, names, present_in=1))
    return {"participants": len(window.document.trajectory.participants)}


def voting_round(window, codes: list[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from workshop import voting_edits as ve

    t, feature = window.document.trajectory, window.feature("stemmen")
    window.document.push(ve.add_round(t, "Waar beginnen we mee?", ve.options_for(t, codes), anonymous=False,
                                      session_number=1))
    feature.controller.choose(t.voting_rounds[-1].id)
    feature.host.show_projector_page("stemmen")
    return {"round": t.voting_rounds[-1].id}


def voting_state(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    controller = window.feature("stemmen").controller
    page = window.presentation.window.content("stemmen") if window.presentation.window.has_content("stemmen") else None
    chart = getattr(page, "chart", None)
    bars = [[b.code, b.total] for b in chart.chart.bars] if chart is not None and chart.chart is not None else []
    return {"round": controller.round_id, "stage": controller.stage.value, "voter": controller.voter,
            "ballot": controller.ballot, "votes": len([v for v in window.document.trajectory.votes
                                                       if v.round_id == controller.round_id]),
            "content": window.presentation.window.content_name(), "bars": bars}


def page_spot(window, kind: str, text: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The global centre of a tile (by code or label) or a button on the projector's voting page."""
    page = window.presentation.window.content("stemmen")
    if kind == "button":
        widget = page.buttons.get(text)
    else:
        widget = next((t for grid in (page.names, page.tiles) for t in grid.tiles
                       if text in (t.code, t.label) and t.isVisible()), None)
    if widget is None:
        return {"error": f"no {kind} {text!r}"}
    point = widget.mapToGlobal(widget.rect().center())
    return {"x": point.x(), "y": point.y()}


def shot(app: QApplication, screen_name: str, path: str) -> dict[str, object]:
    screen = next((s for s in app.screens() if s.name() == screen_name), None)
    if screen is None:
        return {"error": f"no screen {screen_name!r}"}
    return {"saved": screen.grabWindow(0).save(path), "path": path}


def main() -> int:
    qInstallMessageHandler(_on_message)
    from ui.app import _application, build_window

    app = _application()
    window = build_window(sys.argv[1] if len(sys.argv) > 1 else None)
    window.presentation.status.connect(STATUS.append)
    window.presentation.pageRequested.connect(PAGES.append)

    def reply(payload: dict[str, object]) -> None:
        sys.stdout.write(json.dumps(payload) + "\n")
        sys.stdout.flush()

    def on_request() -> None:
        line = sys.stdin.readline()
        request = line.strip()
        if not line or request == "quit":  # end of input: the test went away
            notifier.setEnabled(False)
            window.close()
            app.quit()
        elif request == "state":
            reply(state(app, window))
        elif request.startswith("grab "):
            reply(grab(app, request.split(" ", 1)[1]))
        elif request.startswith("where "):
            reply(where(window, request.split(" ", 1)[1]))
        elif request.startswith("select "):
            window.selection.select(request.split(" ", 1)[1])
            reply({"selection": window.selection.current})
        elif request.split(" ")[0] in FEATURE_REQUESTS:
            reply(FEATURE_REQUESTS[request.split(" ")[0]](app, window, request.split(" ")[1:]))
        else:
            reply({"error": f"unknown request {request!r}"})

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_request)

    def started() -> None:
        window.start()
        reply({"ready": True} | state(app, window))

    window.show()
    QTimer.singleShot(0, started)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
