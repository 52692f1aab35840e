"""Start-up benchmark: werkplaats on the demo workbook against a bare PySide6 QMainWindow, as a ratio."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1280, 800); w.show()\n"
    "QTimer.singleShot(0, lambda: (print('shown', flush=True), app.quit()))\n"
    "app.exec()\n"
)


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if "shown" not in result.stdout:
        raise SystemExit(f"start mislukt: {cmd}\n{result.stdout}\n{result.stderr}")
    return elapsed


def main(repeat: int = 5) -> None:
    home = Path(tempfile.mkdtemp(prefix="werkplaats-bench-"))
    demo = home / "demo.xlsx"
    subprocess.run([sys.executable, "-m", "workshop", "demo", str(demo)], cwd=ROOT, check=True, capture_output=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               WERKPLAATS_HOME=str(home), WERKPLAATS_QUIT_WHEN_SHOWN="1")
    app_cmd = [sys.executable, "-m", "workshop", "open", str(demo)]
    bare_cmd = [sys.executable, "-c", BARE]
    app, bare = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        bare.append(_time(bare_cmd, env))
        app.append(_time(app_cmd, env))
    a, b = statistics.median(app), statistics.median(bare)
    print(f"start-up app (demo loaded): median {a * 1000:.0f} ms")
    print(f"start-up bare QMainWindow : median {b * 1000:.0f} ms")
    print(f"ratio app/bare: {a / b:.2f} (target <= 2.0)")


if __name__ == "__main__":
    main()
