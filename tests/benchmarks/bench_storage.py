"""Benchmark: save and load of a large trajectory against plain openpyxl writing and reading the same cells."""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.workshop.storage.storage_helpers import large_trajectory  # noqa: E402
from workshop import storage  # noqa: E402

REPEATS = 3
Sheets = dict[str, list[tuple[Any, ...]]]


def median_time(action: Callable[[], object]) -> float:
    """Median wall time of REPEATS runs."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory(action: Callable[[], object]) -> float:
    """Peak Python heap in MB during one run (tracemalloc)."""
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def cells_of(path: Path) -> Sheets:
    """Every sheet's values, to give the baseline exactly the same cells to write."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(path, read_only=True)
        sheets = {ws.title: [tuple("" if isinstance(v, str) and v.startswith("=") else v for v in row)
                             for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
        wb.close()
    return sheets


def plain_write(sheets: Sheets, path: Path, write_only: bool) -> None:
    """Baseline writer: append the rows, nothing else."""
    wb = Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def plain_read(path: Path, read_only: bool) -> int:
    """Baseline reader: touch every value."""
    wb = load_workbook(path, read_only=read_only)
    count = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for _ in row)
    wb.close()
    return count


def main() -> None:
    """Build, time and print."""
    t = large_trajectory()
    print(f"traject: {len(t.participants)} deelnemers, {len(t.assumptions)} aannames, {len(t.scores)} scores, "
          f"{len(t.voting_rounds)} stemrondes, {len(t.votes)} stemmen")
    with tempfile.TemporaryDirectory() as folder:
        ours, plain = Path(folder) / "werkmap.xlsx", Path(folder) / "plain.xlsx"
        save_s = median_time(lambda: storage.save(t, ours))
        load_s = median_time(lambda: storage.load(ours))
        assert storage.load(ours).trajectory == t
        sheets = cells_of(ours)
        rows = {k: len(v) for k, v in sheets.items()}
        print(f"rijen per blad: {rows}")
        results = {"opslaan": save_s, "laden": load_s}
        for label, stream in (("standaard", False), ("streaming", True)):
            results[f"basis schrijven ({label})"] = median_time(partial(plain_write, sheets, plain, stream))
            results[f"basis lezen ({label})"] = median_time(partial(plain_read, plain, stream))
        for name, seconds in results.items():
            print(f"{name:32s} {seconds * 1000:8.0f} ms")
        for label in ("standaard", "streaming"):
            print(f"verhouding opslaan/basis ({label}): {save_s / results[f'basis schrijven ({label})']:.2f}x   "
                  f"laden/basis ({label}): {load_s / results[f'basis lezen ({label})']:.2f}x")
        print(f"piekgeheugen opslaan: {peak_memory(lambda: storage.save(t, ours)):.0f} MB, "
              f"laden: {peak_memory(lambda: storage.load(ours)):.0f} MB (tracemalloc)")
        print(f"bestandsgrootte: {ours.stat().st_size / 1024:.0f} kB; piek-RSS van het hele proces: "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
