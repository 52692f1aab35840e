"""The door features come in by: lazy docks and projector pages, menus before Presentatie, element menu entries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from ui.main_window import FEATURES, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_features_install_their_menus_before_presentatie(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import build_window

    window: MainWindow = build_window()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Sess&ie") < titles.index("&Stemmen") < titles.index("&Aannames") < titles.index("&Presentatie")
    assert [f.name for f in window.features] == [make().name for make in FEATURES]
    assert not any(dock.is_built() for dock in window.host.docks.values())  # nothing built before it is used


def test_a_lazy_dock_and_a_projector_page_are_built_once_on_first_use(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import build_window

    window: MainWindow = build_window()
    qtbot.addWidget(window)
    window.show()
    built: list[str] = []

    def page() -> QLabel:
        built.append("page")
        return QLabel("hallo")
    window.host.add_projector_page("proef", page)
    assert built == []
    shown = window.host.show_projector_page("proef")
    assert window.host.show_projector_page("proef") is shown and built == ["page"]
    assert window.presentation.window.content_name() == "proef"


def test_starting_on_a_workbook_imports_no_pyqtgraph(tmp_path: Path) -> None:
    demo = tmp_path / "demo.xlsx"
    subprocess.run([sys.executable, "-m", "workshop", "demo", str(demo)], cwd=ROOT, check=True, capture_output=True)
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from ui.app import build_window\n"
        f"window = build_window({str(demo)!r})\n"
        "window.show(); window.start(); app.processEvents()\n"
        "print(len(window.document.trajectory.voting_rounds), 'pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "WERKPLAATS_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["4", "False", "False"], result.stderr


def test_feature_keys_work_on_the_presentation_except_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import build_window

    window: MainWindow = build_window()
    qtbot.addWidget(window)
    room = window.presentation.window
    on_room = {a.objectName(): a for a in room.actions()}
    for name in ("votingOnProjectorAction", "heatAction", "scoringOnProjectorAction", "mapOnProjectorAction",
                 "nextVoterAction", "revealAction", "showVotingAction"):
        assert name in on_room, name
    assert "detailsNextPageAction" not in on_room  # PageDown is the presentation's own: no ambiguity
    shortcuts = [k.toString() for a in room.actions() for k in a.shortcuts()]
    assert not set(shortcuts) & window.presentation.own_keys
    assert len(shortcuts) == len(set(shortcuts))  # no two actions answer the same key (N and O go to one feature)


def test_feature_docks_start_closed_and_open_from_beeld_panelen(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTabBar

    from ui.app import build_window

    window: MainWindow = build_window()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    open_docks = [name for name, dock in window.host.docks.items() if dock.isVisible() or not dock.isHidden()]
    assert open_docks == ["programmeDock"]  # the session's own panel; the rest would crowd the tab strip
    tabs = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    assert all(bar.tabRect(i).right() < bar.width() for bar in tabs for i in range(bar.count()))  # every tab in view
    panels = next(a.menu() for a in window.view_menu.actions() if a.menu() is not None)
    entry = next(a for a in panels.actions() if a.text() == window.host.docks["storyDock"].windowTitle())
    entry.trigger()
    dock = window.host.docks["storyDock"]
    qtbot.waitUntil(dock.isVisible)
    assert dock.is_built() and dock.widget().isEnabled()
    assert len(panels.actions()) == len(window.host.docks)


def test_with_every_dock_open_the_tabs_keep_their_whole_titles(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Twelve tabs side by side scroll, instead of two tabs both reading 'De…'."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    from ui.app import build_window
    from tests.ui.conftest import close_quietly

    window: MainWindow = build_window()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for dock in window.host.docks.values():
        dock.show()
    qtbot.waitUntil(lambda: any(bar.count() > 8 for bar in window.findChildren(QTabBar)))
    bar = max(window.findChildren(QTabBar), key=QTabBar.count)
    assert bar.elideMode() is Qt.TextElideMode.ElideNone and bar.usesScrollButtons()
    from PySide6.QtWidgets import QToolButton

    arrow = next(b for b in bar.findChildren(QToolButton) if b.isVisible() and b.arrowType() is Qt.ArrowType.RightArrow)
    image = arrow.grab().toImage()
    w, h = image.width(), image.height()
    dark = sum(image.pixelColor(x, y).lightness() < 170 for x in range(w // 4, w - w // 4) for y in range(h // 4, h - h // 4))
    assert dark >= 6  # the arrow is drawn (a styled tool button was an empty box)
    close_quietly(window)
