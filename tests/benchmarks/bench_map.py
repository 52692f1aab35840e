"""Benchmark: the assumption map with 300 assumptions and 40 participants (12,000 scores in the round shown).

Measures one score entered (a command on the stack) to the map redrawn and painted on a 1920x1080 projector
page, against a bare pyqtgraph scatter of the same 300 points set and painted in the same run.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_map.py [--runs 40]
Target: <= 50 ms. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WERKPLAATS_HOME", "/tmp/werkplaats-bench-map")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.benchmarks.bench_voting import percentile, timed  # noqa: E402

ASSUMPTIONS, PEOPLE, TARGET_MS = 300, 40, 50.0


def trajectory():  # type: ignore[no-untyped-def]
    """The built-in model with 300 assumptions, 40 people, and a revealed round where everyone scored everything."""
    from workshop import ids
    from workshop.assumptions import Assumption, Score
    from workshop.content import new_trajectory
    from workshop.scoring import ScoringRound
    from workshop.sessions import Participant
    from workshop.voting import RoundStatus

    t = new_trajectory()
    relations = [r.key for r in t.theory.relations]
    t.participants = [Participant(id=ids.format_id("participant", i), name=f"Deelnemer {i}") for i in range(1, PEOPLE + 1)]
    t.assumptions = [Assumption(id=ids.format_id("assumption", i), text=f"Als A{i}, dan B{i}, omdat C{i}.",
                                element_id=relations[i % len(relations)]) for i in range(1, ASSUMPTIONS + 1)]
    t.scoring_rounds = [ScoringRound(number=1, assumption_ids=[a.id for a in t.assumptions], status=RoundStatus.REVEALED)]
    t.scores = [Score(assumption_id=a.id, participant_id=p.id, round=1, importance=(i * 7 + j) % 5 + 1,
                      certainty=(i * 3 + j * 2) % 5 + 1)
                for i, a in enumerate(t.assumptions) for j, p in enumerate(t.participants)]
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.document import Document
    from ui.scoring.controller import ScoringController
    from ui.scoring.projector import MapPage
    from workshop import assumption_edits as ae

    document = Document(trajectory())
    controller = ScoringController(document, lambda _text: None)
    page = MapPage(controller)
    page.resize(1920, 1080)
    page.show()
    app.processEvents()
    t = document.trajectory

    def score(i: int) -> None:
        document.push(ae.score_assumption(t, "A-001", "P-01", i % 5 + 1, (i + 2) % 5 + 1, 1))  # the map follows
        page.grab()
    entered = timed(args.runs, score)
    import pyqtgraph as pg

    bare = pg.PlotWidget()
    bare.resize(1920, 1080)
    bare.show()
    item = pg.ScatterPlotItem()
    bare.addItem(item)
    points = page.map.data.points if page.map.data else ()
    xs, ys = [p.x for p in points], [p.y for p in points]

    def scatter(_i: int) -> None:
        item.setData(x=xs, y=ys, size=20)
        bare.grab()
    base = timed(args.runs, scatter)
    median, p95, base_median = statistics.median(entered), percentile(entered, 0.95), statistics.median(base)
    verdict = "gehaald" if p95 <= TARGET_MS else "NIET gehaald"
    print(f"score ingevoerd tot kaart hertekend ({len(points)} aannames, {len(t.scores)} scores): median {median:.1f} ms, "
          f"p95 {p95:.1f} ms (doel <= {TARGET_MS:.0f} ms: {verdict})")
    print(f"kale pyqtgraph-scatter van dezelfde punten: median {base_median:.1f} ms; verhouding {median / base_median:.2f}x")


if __name__ == "__main__":
    main()
