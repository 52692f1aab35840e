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
FLOOR = "from pydantic import BaseModel\n" + BARE
"""The bare script plus importing pydantic's BaseModel: what any pydantic domain adds before it does anything."""


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the 'shown' line, and to the process exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    shown = time.perf_counter() - start
    _out, err = proc.communicate(timeout=120)
    if "shown" not in line:
        raise SystemExit(f"start mislukt: {cmd}\n{line}\n{err}")
    return shown, time.perf_counter() - start


def _environment(home: Path) -> dict[str, str]:
    """Like an installed app: bytecode caches are written and used (a pip install compiles them too)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               WERKPLAATS_HOME=str(home), WERKPLAATS_QUIT_WHEN_SHOWN="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main(repeat: int = 7) -> None:
    home = Path(tempfile.mkdtemp(prefix="werkplaats-bench-"))
    demo = home / "demo.xlsx"
    subprocess.run([sys.executable, "-m", "workshop", "demo", str(demo)], cwd=ROOT, check=True, capture_output=True)
    env = _environment(home)
    app_cmd = [sys.executable, "-m", "workshop", "open", str(demo)]
    commands = {"app (demo loaded)": app_cmd, "bare QMainWindow": [sys.executable, "-c", BARE],
                "bare + pydantic": [sys.executable, "-c", FLOOR],
                "schema only": [sys.executable, str(Path(__file__).with_name("schema_only.py")), str(demo)]}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for cmd in commands.values():
        _time(cmd, env)  # warm-up: disk cache and bytecode, for all alike
    for _ in range(repeat):  # interleaved, so all see the same machine load
        for name, cmd in commands.items():
            runs[name].append(_time(cmd, env))
    shown = {name: statistics.median(r[0] for r in rs) for name, rs in runs.items()}
    for name, rs in runs.items():
        ended = statistics.median(r[1] for r in rs)
        print(f"start-up {name:18}: window shown after {shown[name] * 1000:4.0f} ms (process ended {ended * 1000:4.0f} ms)")
    bare = shown["bare QMainWindow"]
    print(f"ratio app/bare, process start to window shown: {shown['app (demo loaded)'] / bare:.2f} (target <= 2.0)")
    print(f"ratio (bare + pydantic import)/bare: {shown['bare + pydantic'] / bare:.2f} (the floor for any pydantic domain)")
    print(f"ratio (schema only)/bare: {shown['schema only'] / bare:.2f} (the demo's schema in an otherwise empty window)")


if __name__ == "__main__":
    main()
