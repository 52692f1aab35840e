"""End to end: edit in the real app, kill it hard, start again, and get the work back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from ui.app import build_window
from ui.file_dialogs import RecoveryDialog
from tests.ui.conftest import close_quietly

CRASHING_SESSION = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui.app import _application, build_window
    from workshop import theory_edits as te

    app = _application()
    window = build_window()
    window.show()
    window.start()
    doc = window.document
    doc.push(te.add_block(doc.trajectory, "Buurtkracht uit de crash"))
    doc.push(te.set_relation(doc.trajectory, "B11", "D1", te.RelationType.DIRECT))
    window.autosaver.saved.connect(lambda _path: os.kill(os.getpid(), signal.SIGKILL))
    QTimer.singleShot(20000, app.quit)  # safety net: never hang the test
    app.exec()
""")


def test_killed_app_offers_recovery_on_next_start(qtbot, monkeypatch, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", CRASHING_SESSION], env=env, cwd=root,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == -9, result.stderr  # killed by SIGKILL right after the autosave
    asked: list[object] = []
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, info: asked.append(info) or True))
    window = build_window()
    window.show()
    window.start()
    theory = window.document.trajectory.theory
    try:
        assert len(asked) == 1
        assert theory.block("B11").name == "Buurtkracht uit de crash"  # type: ignore[union-attr]
        assert theory.relation("B11", "D1") is not None
        assert window.document.is_modified() and "*" in window.windowTitle()
    finally:
        close_quietly(window)


def test_clean_exit_leaves_no_recovery_prompt(qtbot, monkeypatch) -> None:
    window = build_window()
    window.show()
    window.start()
    from workshop import theory_edits as te
    window.document.push(te.add_block(window.document.trajectory, "Even iets"))
    window.autosaver.flush(wait=True)
    monkeypatch.setattr("ui.file_dialogs.UnsavedChangesDialog.ask", classmethod(lambda cls, *a, **k: "discard"))
    assert window.close()
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, *a, **k: (_ for _ in ()).throw(AssertionError("prompt"))))
    again = build_window()
    again.show()
    again.start()
    assert again.document.trajectory.theory.block("B11") is None
    again.close()
