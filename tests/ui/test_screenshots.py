"""The README's screenshot script runs through without a question on screen, and writes one picture per session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def test_the_session_screenshots_are_written_without_a_question(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.screenshots_sessions import session_shots

    paths = session_shots(960, 540, tmp_path)  # a modal question would fail the test (tests/ui/conftest.py)
    assert [p.name for p in paths] == [f"projector-sessie{n}-{name}-960x540.png" for n, name in
                                       ((1, "einddoel"), (2, "bouwstenen"), (3, "aannamekaart"), (4, "verhaal"))]
    assert all(QImage(str(p)).width() == 960 for p in paths)
