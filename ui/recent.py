"""The list of recently used workbooks, kept in QSettings: newest first, at most eight, missing files pruned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from workshop.paths import app_home

KEY = "bestanden/recent"
MAX_RECENT = 8


def default_settings() -> QSettings:
    """The app's own settings file in app_home() (tests point WERKPLAATS_HOME at a temp folder)."""
    return QSettings(str(app_home() / "instellingen.ini"), QSettings.Format.IniFormat)


class RecentFiles(QObject):
    """Recently opened or saved workbooks; `recentChanged` carries the new list of Paths."""

    recentChanged = Signal(list)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else default_settings()

    def _stored(self) -> list[str]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(item) for item in value or []]

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(KEY, [str(p) for p in paths])
        self._settings.sync()
        self.recentChanged.emit(list(paths))

    def paths(self) -> list[Path]:
        """The existing recent workbooks, newest first; files that disappeared are pruned."""
        stored = [Path(s) for s in self._stored()]
        existing = [p for p in stored if p.is_file()]
        if existing != stored:
            self._store(existing)
        return existing

    def add(self, path: Path) -> None:
        """Put `path` at the top of the list."""
        path = Path(path).resolve()
        others = [p for p in self.paths() if p != path]
        self._store([path, *others][:MAX_RECENT])

    def remove(self, path: Path) -> None:
        """Drop `path` from the list (for example because it can no longer be opened)."""
        path = Path(path).resolve()
        current = [Path(s) for s in self._stored()]
        if path in current:
            self._store([p for p in current if p != path])

    def clear(self) -> None:
        """Empty the list."""
        self._store([])
