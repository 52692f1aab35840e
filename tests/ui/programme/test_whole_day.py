"""A simulated whole day: four sessions through the controllers, about 2,000 commands, autosaves, the workbook
closed and reopened between sessions, and the app killed hard halfway through session 3. The recovered run goes on
where it stopped and ends exactly where an unbroken run ends; the workbook checks clean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.ui.conftest import close_quietly
from tests.ui.programme.whole_day import Day, FixedClock, count_pushes, kinds_used, wire
from ui.app import build_window
from ui.file_dialogs import RecoveryDialog
from workshop import integrity, storage
from workshop.programme import StepKind

ROOT = Path(__file__).resolve().parents[3]
KILLED_DAY = textwrap.dedent("""
    import json, os, signal, sys
    from pathlib import Path
    from ui.app import _application, build_window
    from tests.ui.programme.whole_day import Day, FixedClock, wire

    app = _application()
    window = build_window()
    window.show()
    window.start()
    clock = FixedClock()
    wire(window, clock)
    day = Day(window, Path(sys.argv[1]), clock)
    index = 0
    while window.document.trajectory.session(3).status.value != "bezig":
        index = day.run(index, index + 1)
    middle = index + 400
    day.run(index, middle, every=lambda i: i % 150 == 0 and window.autosaver.flush(wait=True))
    assert window.autosaver.flush(wait=True)
    Path(sys.argv[2]).write_text(json.dumps({"done": middle, "total": len(day.actions)}))
    os.kill(os.getpid(), signal.SIGKILL)
""")


def unbroken(tmp_path: Path) -> tuple[object, int]:
    """The whole day in one go (the reference), and how many commands it pushed."""
    window = build_window()
    window.show()
    window.start()
    clock = FixedClock()
    wire(window, clock)
    count_pushes(window)
    day = Day(window, tmp_path / "heel.xlsx", clock)
    day.run()
    t, pushes = window.document.trajectory.model_copy(deep=True), window.document.pushes  # type: ignore[attr-defined]
    close_quietly(window)
    window.deleteLater()
    return t, pushes


def test_a_whole_day_survives_a_crash_and_the_reopens(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected, pushes = unbroken(tmp_path)
    assert pushes >= 2000 and {StepKind(k) for k in kinds_used(expected)} == set(StepKind)  # type: ignore[arg-type]
    path, progress = tmp_path / "dag.xlsx", tmp_path / "voortgang.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", KILLED_DAY, str(path), str(progress)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == -9, result.stderr[-3000:]  # killed right after an autosave, in session 3
    done = json.loads(progress.read_text())["done"]
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, info: True))
    window = build_window()
    window.show()
    window.start()
    assert window.document.path == path and window.document.is_modified()  # the recovered copy, not the last save
    session = window.document.trajectory.session(3)
    assert session is not None and session.status.value == "bezig"
    clock = FixedClock()
    wire(window, clock)
    clock.index = done  # the app is back at the moment it was killed (the same day): the step's clock runs on
    window.feature("programma").controller._on_replaced()  # as it does when the recovered copy opens
    day = Day(window, path, clock)
    day.run(done)
    t = window.document.trajectory
    assert t == expected  # nothing lost, nothing twice
    assert integrity.problems(t) == []
    loaded = storage.load(path)
    assert loaded.warnings == [] and loaded.trajectory == t
    close_quietly(window)
