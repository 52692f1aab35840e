"""Writes README screenshots of the facilitator window, the projector view, voting, scoring and the four
sessions (demo data)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1920, 1080), (1024, 768))


SCREENS = {
    "synchronousWindowSystemEvents": False, "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ],
}
"""A laptop and a full-HD projector, so the preview and the readability check show the usual room setup."""


def _prepare_environment() -> None:
    home = tempfile.mkdtemp(prefix="werkplaats-shots-")
    screens = Path(home) / "schermen.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screens}")
    if not os.environ.get("WERKPLAATS_HOME"):  # never the facilitator's own settings and recent files
        os.environ["WERKPLAATS_HOME"] = home


def _facilitator(width: int, height: int, out: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from workshop.demo import build_demo

    window = build_window()
    window.document.replace(build_demo(), None)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    window.show()
    window.selection.select("B5")
    QApplication.processEvents()
    window.view.fit()
    QApplication.processEvents()
    path = out / f"facilitator-{width}x{height}.png"
    window.grab().save(str(path))
    window.close()
    return path


def _projector(width: int, height: int, out: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from ui.canvas.view import SchemaView
    from ui.document import Document
    from ui.selection import Selection
    from ui.theme import PROJECTOR
    from workshop.demo import build_demo

    selection = Selection()
    view = SchemaView(Document(build_demo()), PROJECTOR, selection, interactive=False)
    view.resize(width, height)
    view.show()
    selection.select("B5")
    QApplication.processEvents()
    view.fit()
    QApplication.processEvents()
    path = out / f"projector-{width}x{height}.png"
    view.grab().save(str(path))
    view.close()
    return path


def _voting(width: int, height: int, out: Path) -> list[Path]:
    """The projector during a turn (the tiles), after Onthullen (the chart) and the heat view on the schema."""
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from workshop import voting_edits as ve
    from workshop.demo import build_demo
    from workshop.voting import RoundStatus

    window = build_window()
    demo = build_demo()
    window.document.replace(demo, None)
    voting, shown = window.feature("stemmen"), window.presentation.window
    window.document.push(ve.set_status(demo, "V-03", RoundStatus.OPEN))  # session 3's round, reopened for a turn
    voting.controller.choose("V-03")
    voting.controller._codes.clear()
    code = min(v.voter for v in demo.votes if v.round_id == "V-03")  # anonymous: any one ballot makes room for a turn
    window.document.push(ve.TakeBackBallot(demo, "V-03", "P-05", code))
    voting.controller.start_turn("P-05")
    voting.controller.add_dot("A-013")
    voting.host.show_projector_page("stemmen")
    shown.resize(width, height)
    shown.show()
    QApplication.processEvents()
    paths = [out / f"projector-stemmen-{width}x{height}.png"]
    shown.grab().save(str(paths[-1]))
    voting.controller.cancel_turn()  # a half-filled ballot keeps its round
    voting.controller.choose("V-02")  # session 2's round, revealed in the demo: the projector shows its chart
    voting.host.show_projector_page("stemmen")
    QApplication.processEvents()
    paths.append(out / f"projector-uitslag-{width}x{height}.png")
    shown.grab().save(str(paths[-1]))
    voting.toggle_heat()
    QApplication.processEvents()
    shown.content("schema").fit()  # type: ignore[attr-defined]
    QApplication.processEvents()
    paths.append(out / f"projector-stemmen-op-schema-{width}x{height}.png")
    shown.grab().save(str(paths[-1]))
    window.document.stack.set_clean()
    window.close()
    return paths


def _scoring(width: int, height: int, out: Path) -> list[Path]:
    """The projector during scoring (the score card) and the assumption map with the movement between rounds."""
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window
    from workshop import assumption_edits as ae
    from workshop.demo import build_demo
    from workshop.voting import RoundStatus

    window = build_window()
    demo = build_demo()
    window.document.replace(demo, None)
    scoring, shown = window.feature("scoren"), window.presentation.window
    window.document.push(ae.set_scoring_status(demo, 2, RoundStatus.OPEN))
    window.document.push(ae.take_back_scores(demo, 2, "P-02"))
    scoring.controller.choose(2)
    scoring.controller.start_turn("P-02")
    scoring.controller.type_digit(5)
    scoring.host.show_projector_page("scoren")
    shown.resize(width, height)
    shown.show()
    QApplication.processEvents()
    paths = [out / f"projector-scoren-{width}x{height}.png"]
    shown.grab().save(str(paths[-1]))
    window.document.stack.undo()
    window.document.stack.undo()  # the round as the demo has it: revealed, everyone's scores in
    scoring.controller.choose(2)
    scoring.host.show_projector_page("kaart")
    QApplication.processEvents()
    paths.append(out / f"projector-aannamekaart-{width}x{height}.png")
    shown.grab().save(str(paths[-1]))
    window.document.stack.set_clean()
    window.close()
    return paths


def main(argv: list[str] | None = None) -> int:
    """Render all screenshots into the given folder (default docs/screenshots)."""
    parser = argparse.ArgumentParser(description="Schermafbeeldingen maken voor de README.")
    parser.add_argument("map", nargs="?", default="docs/screenshots")
    args = parser.parse_args(argv)
    _prepare_environment()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.map)
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        print(_facilitator(width, height, out))
        print(_projector(width, height, out))
    from ui.screenshots_sessions import session_shots

    for path in [*_voting(*SIZES[0], out), *_scoring(*SIZES[0], out), *session_shots(*SIZES[0], out)]:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
