"""Benchmark: full repaints of the schema at 3840x2160 with 50 bouwstenen, still and while panning.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_repaint.py [--frames 200]
Targets: median <= 8 ms and p95 <= 16 ms per full repaint; p95 <= 16 ms while panning. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QImage, QRegion  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

WIDTH, HEIGHT = 3840, 2160
MEDIAN_TARGET_MS, P95_TARGET_MS = 8.0, 16.0


def percentile(values: list[float], fraction: float) -> float:
    """The value below which `fraction` of the sorted values lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(frames: int, step: Callable[[int], None]) -> list[float]:
    """Milliseconds per call of step(i), after five warm-up calls."""
    for i in range(5):
        step(i)
    times = []
    for i in range(frames):
        start = time.perf_counter()
        step(i)
        times.append((time.perf_counter() - start) * 1000)
    return times


def build_view(app: QApplication):  # type: ignore[no-untyped-def]
    """A projector view of the sociale-basis theory plus 40 group cards, at 4K."""
    from tests.ui.test_canvas_fixtures import make_document
    from ui.canvas.view import SchemaView
    from ui.selection import Selection
    from ui.theme import PROJECTOR

    selection = Selection()
    view = SchemaView(make_document(40), PROJECTOR, selection, interactive=False)
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    view.fit()
    selection.select("B5")
    return view, selection


def report(name: str, times: list[float], median_target: float | None = MEDIAN_TARGET_MS) -> bool:
    median, p95 = statistics.median(times), percentile(times, 0.95)
    ok = (median_target is None or median <= median_target) and p95 <= P95_TARGET_MS
    print(f"{name:<34} median {median:6.2f} ms   p95 {p95:6.2f} ms   max {max(times):6.2f} ms   {'OK' if ok else 'TE TRAAG'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=200)
    frames = parser.parse_args().frames
    app = QApplication.instance() or QApplication([])
    view, selection = build_view(app)  # type: ignore[arg-type]
    layout = view.schema.layout
    print(f"{WIDTH}x{HEIGHT}, {len(layout.cards) + sum(len(t.segments) for t in layout.tiers)} bouwstenen, "
          f"{len(layout.relations)} lijnen, tekst {layout.metrics.px}px, {frames} frames")
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    viewport = view.viewport()

    def render() -> None:
        # DrawChildren only: the viewport paints every pixel itself (WA_OpaquePaintEvent), so a real
        # repaint has no window-background fill either.
        viewport.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)

    def repaint(_i: int) -> None:
        render()

    still = timed(frames, repaint)
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()

    def pan(i: int) -> None:
        bar.setValue((i * 97) % (bar.maximum() + 1))
        render()

    panning = timed(frames, pan)
    view.fit()
    relayout = timed(20, lambda i: view.schema.set_size(WIDTH - (i % 2), HEIGHT))
    select = timed(frames, lambda i: (selection.select("D1" if i % 2 else "B5"), render()))
    ok = report("volledig hertekenen", still) & report("hertekenen tijdens pannen (2x zoom)", panning, None)
    print(f"{'selectie wisselen + hertekenen':<34} median {statistics.median(select):6.2f} ms   p95 {percentile(select, 0.95):6.2f} ms   (geen doel)")
    print(f"{'opnieuw indelen (layout + items)':<34} median {statistics.median(relayout):6.2f} ms   max {max(relayout):6.2f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
