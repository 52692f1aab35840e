"""The check kept up to date: rerun a moment after the last change, and only while someone looks at it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ui.document import Document
from workshop.consistency import Finding, check
from workshop.registry import Change

DELAY_MS = 300
"""Quiet time after the last change before the check runs again (typing does not recheck per key)."""
UNRELATED = frozenset({Change.PROGRAMME, Change.STORY})
"""Changes no rule looks at: they never start a recheck."""


class LiveCheck(QObject):
    """Holds the latest findings; `updated` follows each recheck. `watched()` says whether anyone is looking."""

    updated = Signal()

    def __init__(self, document: Document, watched: Callable[[], bool], parent: QObject | None = None,
                 delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self.document, self._watched = document, watched
        self.findings: list[Finding] = []
        self.elapsed_ms, self._stale = 0.0, False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_quiet)
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        self.recheck()

    def _on_changed(self, changes: frozenset[str]) -> None:
        if set(changes) - UNRELATED:
            self._stale = True
            self._timer.start()

    def _on_replaced(self) -> None:
        """Another workbook: checked now if someone is looking, else when they look."""
        self._stale = True
        self._on_quiet()

    def _on_quiet(self) -> None:
        if self._watched():
            self.recheck()

    def recheck(self) -> None:
        """Run the check now and tell the views."""
        start = time.perf_counter()
        self.findings = check(self.document.trajectory)
        self.elapsed_ms, self._stale = (time.perf_counter() - start) * 1000, False
        self.updated.emit()

    def catch_up(self) -> None:
        """Recheck now if something changed while nobody was looking (the dock or page comes into view)."""
        if self._stale:
            self._timer.stop()
            self.recheck()

    def is_stale(self) -> bool:
        """True when the findings may lag behind the document."""
        return self._stale
