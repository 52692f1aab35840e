"""Benchmark: a round of 30 options and 40 participants on a 1920x1080 projector page.

Measures (a) a tile click to the updated dot counter, painted; (b) Onthullen to the chart drawn, painted;
each against a bare repaint of the same widgets in the same run. pyqtgraph is imported (and the chart built)
when voting is first used, once the app is idle; the first reveal is reported on its own.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_voting.py [--runs 60]
Targets: (a) <= 50 ms, (b) <= 150 ms. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WERKPLAATS_HOME", "/tmp/werkplaats-bench-voting")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from tests.ui.conftest import close_quietly

OPTIONS, PEOPLE = 30, 40
CLICK_TARGET_MS, REVEAL_TARGET_MS = 50.0, 150.0


def percentile(values: list[float], fraction: float) -> float:
    """The value below which `fraction` of the sorted values lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(runs: int, step: Callable[[int], None]) -> list[float]:
    """Milliseconds per call of step(i), after three warm-up calls."""
    for i in range(3):
        step(i)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        step(i)
        times.append((time.perf_counter() - start) * 1000)
    return times


def setup(app: QApplication):  # type: ignore[no-untyped-def]
    """The real window with 40 people and a 30-option round, its projector page at 1920x1080, a voter's turn."""
    from ui.app import build_window
    from workshop import process_edits as pe
    from workshop import voting_edits as ve
    from workshop.sessions import Participant
    from workshop.voting import VoteOption

    window = build_window()
    window.show()
    t = window.document.trajectory
    window.document.push(pe.add_participants(t, [Participant(id="P-00", name=f"Deelnemer {i}") for i in range(PEOPLE)]))
    options = [VoteOption(code=f"T{i}", label=f"Optie {i}: iets om te doen") for i in range(1, OPTIONS + 1)]
    window.document.push(ve.add_round(t, "Dertig opties", options, dots_per_participant=5))
    voting = window.feature("stemmen")
    voting.controller.choose(t.voting_rounds[-1].id)
    page = voting.host.show_projector_page("stemmen")
    window.presentation.window.resize(1920, 1080)
    window.presentation.window.show()
    app.processEvents()
    return window, voting, page


def paint(widget: QWidget) -> None:
    """Paint the whole widget now, children included (grab renders synchronously, like the next frame)."""
    widget.grab()


def bench_click(app: QApplication, voting, page, runs: int) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    controller = voting.controller
    controller.start_turn("P-01")
    app.processEvents()

    def click(i: int) -> None:
        if controller.dots_left() == 0:
            controller.clear_ballot()
        tile = page.tiles.tiles[i % OPTIONS]
        before = page.status.text()
        QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
        paint(page)
        assert page.status.text() != before or controller.dots_left() == 0
    clicks = timed(runs, click)
    bare = timed(runs, lambda _i: paint(page))
    return clicks, bare


def cast_all(voting, window) -> None:  # type: ignore[no-untyped-def]
    controller = voting.controller
    controller.cancel_turn()
    for index, person in enumerate(window.document.trajectory.participants):
        controller.start_turn(person.id)
        for k in range(5):
            controller.add_dot(f"T{(index * 3 + k * 7) % OPTIONS + 1}")
        controller.confirm()


def bench_reveal(app: QApplication, window, voting, page, runs: int) -> tuple[float, list[float], list[float]]:  # type: ignore[no-untyped-def]
    cast_all(voting, window)
    start = time.perf_counter()
    voting.reveal()
    paint(page)
    first = (time.perf_counter() - start) * 1000

    def reveal(_i: int) -> None:
        window.document.stack.undo()  # back to closed: the chart goes
        app.processEvents()
        start_ = time.perf_counter()
        voting.reveal()
        paint(page)
        times.append((time.perf_counter() - start_) * 1000)
    times: list[float] = []
    for i in range(runs):
        reveal(i)
    bare = timed(runs, lambda _i: paint(page))
    return first, times, bare


def report(name: str, times: list[float], bare: list[float], target: float) -> None:
    median, p95, base = statistics.median(times), percentile(times, 0.95), statistics.median(bare)
    verdict = "gehaald" if p95 <= target else "NIET gehaald"
    print(f"{name}: median {median:.1f} ms, p95 {p95:.1f} ms (doel <= {target:.0f} ms: {verdict}); "
          f"kale repaint median {base:.1f} ms; verhouding {median / base:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    start = time.perf_counter()
    window, voting, page = setup(app)
    app.processEvents()  # voting in use: the chart is prepared while the app is idle
    print(f"voorbereiden (venster, ronde, projectorpagina, grafiek): {(time.perf_counter() - start) * 1000:.0f} ms")
    clicks, bare_click = bench_click(app, voting, page, args.runs)
    report("tegel-klik tot stippenteller", clicks, bare_click, CLICK_TARGET_MS)
    first, reveals, bare_reveal = bench_reveal(app, window, voting, page, args.runs)
    print(f"eerste Onthullen: {first:.0f} ms")
    report("Onthullen tot grafiek getekend", reveals, bare_reveal, REVEAL_TARGET_MS)
    print(f"{dt.datetime.now():%Y-%m-%d %H:%M}, {OPTIONS} opties, {PEOPLE} deelnemers, projectorpagina 1920x1080")
    close_quietly(window)


if __name__ == "__main__":
    main()
