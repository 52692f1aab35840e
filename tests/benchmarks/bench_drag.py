"""Benchmark: dragging a card across the facilitator's canvas with 50 bouwstenen, at 1920x1080 and 3840x2160.

One frame is one drag move (the drop target under the pointer worked out, targets lit or 'Niet hier' moved) and
the whole viewport painted, as bench_repaint.py paints it; measured against a still repaint of the same viewport
in the same run (the ratio says what dragging adds).

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_drag.py [--frames 300]
Target: p95 <= 16 ms per frame at both sizes. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import statistics
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WERKPLAATS_HOME", "/tmp/werkplaats-bench-drag")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QImage, QRegion  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.benchmarks.bench_voting import percentile, timed  # noqa: E402

SIZES = ((1920, 1080), (3840, 2160))
P95_TARGET_MS = 16.0
DRAGGED = "B27"
"""A group card with a relation: every kind of target (deelambities, foundation, band, the tray's zone) is lit."""


def build_view(app: QApplication, width: int, height: int):  # type: ignore[no-untyped-def]
    """The facilitator's canvas (interactive, laptop theme) of the sociale-basis theory plus 40 group cards."""
    from tests.ui.test_canvas_fixtures import make_document
    from ui.canvas.view import SchemaView
    from ui.selection import Selection
    from ui.theme import LAPTOP

    view = SchemaView(make_document(40), LAPTOP, Selection(), interactive=True)
    view.resize(width, height)
    view.show()
    app.processEvents()
    view.fit()
    app.processEvents()
    return view


def path_point(i: int, width: int, top: float, bottom: float) -> QPoint:
    """A pointer sweeping left and right across the canvas, bobbing from the deelambities over the cards to the
    bottom (the foundation, the band, the tray's zone)."""
    sweep = (i % 120) / 120
    x = width * (0.04 + 0.92 * (sweep if (i // 120) % 2 == 0 else 1 - sweep))
    y = top + (bottom - top) * (0.5 + 0.5 * math.sin(i / 9))
    return QPoint(round(x), round(y))


def reach(view) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The viewport heights of the deelambities' middle and of the bottom of the canvas."""
    sub = view.schema.element_item("D1").sceneBoundingRect().center()
    return float(view.mapFromScene(sub).y()), view.viewport().height() - 20.0


def bench(app: QApplication, width: int, height: int, frames: int) -> tuple[list[float], list[float], str]:
    from ui.mime import block_mime

    view = build_view(app, width, height)
    viewport, mime = view.viewport(), block_mime(DRAGGED)
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def render() -> None:
        viewport.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)

    still = timed(frames, lambda _i: render())
    buttons, mods, (top, bottom) = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, reach(view)
    start = path_point(0, width, top, bottom)
    QApplication.sendEvent(viewport, QDragEnterEvent(start, Qt.DropAction.CopyAction, mime, buttons, mods))
    hovered: set[str | None] = set()

    def frame(i: int) -> None:
        move = QDragMoveEvent(path_point(i, width, top, bottom), Qt.DropAction.CopyAction, mime, buttons, mods)
        QApplication.sendEvent(viewport, move)
        hovered.add(view.drops.hover)  # type: ignore[union-attr]
        render()

    dragging = timed(frames, frame)
    QApplication.sendEvent(viewport, QDragLeaveEvent())
    layout = view.schema.layout
    cards = len(layout.cards) + sum(len(t.segments) for t in layout.tiers)
    seen = ", ".join(sorted(str(h) for h in hovered if h))
    view.close()
    return dragging, still, f"{cards} bouwstenen, tekst {layout.metrics.px}px, doelen onder de wijzer: {seen}"


def report(width: int, height: int, dragging: list[float], still: list[float]) -> bool:
    median, p95 = statistics.median(dragging), percentile(dragging, 0.95)
    base, base_p95 = statistics.median(still), percentile(still, 0.95)
    ok = p95 <= P95_TARGET_MS
    print(f"{width}x{height}: slepen median {median:.2f} ms, p95 {p95:.2f} ms (doel <= {P95_TARGET_MS:.0f} ms: "
          f"{'gehaald' if ok else 'NIET gehaald'}); stilstaand hertekenen median {base:.2f} ms, p95 {base_p95:.2f} ms; "
          f"verhouding median {median / base:.2f}x, p95 {p95 / base_p95:.2f}x")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=300)
    frames = parser.parse_args().frames
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ok = True
    for width, height in SIZES:
        dragging, still, about = bench(app, width, height, frames)  # type: ignore[arg-type]
        print(f"{width}x{height}: {about}, {frames} frames")
        ok &= report(width, height, dragging, still)
    print(f"{dt.datetime.now():%Y-%m-%d %H:%M}, kaart {DRAGGED} over het schema van de begeleider")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
