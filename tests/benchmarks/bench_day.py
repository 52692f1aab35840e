"""Benchmark: memory over a simulated whole day (tests/ui/programme/whole_day.py, about 2,200 commands through the
controllers, the workbook saved and reopened between sessions), run four times in one process (DAYS=n to change).

Reports the resident memory after each session of both days and the ratios against the baseline: the process
after the first start of a session (the app, its features and pyqtgraph all loaded). Memory is flat when a
day ends where the day before ended (ratio near 1.0): no history, pages or charts pile up.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_day.py
Not collected by pytest.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WERKPLAATS_HOME", tempfile.mkdtemp(prefix="werkplaats-bench-day-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.ui.conftest import close_quietly

DAYS = int(os.environ.get("DAYS", "4"))


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc)."""
    with open("/proc/self/status", encoding="ascii") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    return kb / 1024


def settle() -> None:
    """What the event loop does between sessions: pending events, then the widgets deleted later, then a collection."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def one_day(window, folder: Path) -> list[float]:  # type: ignore[no-untyped-def]
    """Run the day on a fresh trajectory; memory after each session (after a collection)."""
    from tests.ui.programme.whole_day import Day, FixedClock, wire
    from workshop.content import new_trajectory

    window.document.replace(new_trajectory(), None)
    clock = FixedClock()
    wire(window, clock)
    day = Day(window, folder / "dag.xlsx", clock)
    ends = [i for i, action in enumerate(day.actions) if getattr(action, "__name__", "") == "save_and_reopen"]
    after, start = [], 0
    for end in ends:
        start = day.run(start, end + 1)
        settle()
        after.append(rss_mb())
    return after


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.app import build_window

    window = build_window()
    window.show()
    window.start()
    folder = Path(tempfile.mkdtemp(prefix="dag-"))
    began = time.perf_counter()
    days = [one_day(window, folder) for _ in range(DAYS)]
    seconds = time.perf_counter() - began
    base = days[0][0]
    print(f"{DAYS} days, {seconds:.1f} s; resident memory in MB after each session (baseline: day 1 session 1 = {base:.0f})")
    for number, values in enumerate(days, start=1):
        print(f"  day {number}: " + "  ".join(f"{v:7.1f} ({v / base:.2f}x)" for v in values))
    last, before = days[-1], days[-2]
    print(f"growth over the last day: {last[-1] - last[0]:+.1f} MB; end of the last day / the day before: "
          f"{last[-1] / before[-1]:.2f}x")
    close_quietly(window)
    del app


if __name__ == "__main__":
    main()
