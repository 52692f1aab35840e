"""The list of recently used workbooks, kept in QSettings: newest first, at most eight, missing ones kept for later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from workshop.paths import app_home

KEY = "bestanden/recent"
MAX_RECENT = 8
NOT_FOUND = " (niet gevonden)"
"""Added to a menu entry whose file is not there now, for example on a USB stick that is not plugged in."""


def default_settings() -> QSettings:
    """The app's own settings file in app_home() (tests point WERKPLAATS_HOME at a temp folder)."""
    return QSettings(str(app_home() / "instellingen.ini"), QSettings.Format.IniFormat)


def menu_label(path: Path) -> str:
    """The text of a Recente bestanden entry: the full path, marked when the file is not found now."""
    return str(path) if path.is_file() else f"{path}{NOT_FOUND}"


def missing_last_text(path: Path) -> str:
    """The start-up message when the last used workbook is not there; names the file and its folder."""
    return (f"De laatst gebruikte werkmap ‘{path.name}’ is niet gevonden (gezocht in {path.parent}). "
            "Staat hij op een USB-stick of netwerkschijf? Sluit die aan en kies hem via Bestand > Recente bestanden.")


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
        """Every remembered workbook, newest first, also those not found now (they come back with the USB stick)."""
        return [Path(s) for s in self._stored()]

    def existing(self) -> list[Path]:
        """The remembered workbooks that are there now, newest first."""
        return [p for p in self.paths() if p.is_file()]

    def last(self) -> Path | None:
        """The workbook used last, whether or not it is there now; None when the list is empty."""
        return next(iter(self.paths()), None)

    def __contains__(self, path: object) -> bool:
        return isinstance(path, Path) and path.resolve() in self.paths()

    def add(self, path: Path) -> None:
        """Put `path` at the top of the list."""
        path = Path(path).resolve()
        others = [p for p in self.paths() if p != path]
        self._store([path, *others][:MAX_RECENT])

    def remove(self, path: Path) -> None:
        """Drop `path` from the list (the user chose to forget it)."""
        path = Path(path).resolve()
        current = self.paths()
        if path in current:
            self._store([p for p in current if p != path])

    def clear(self) -> None:
        """Empty the list."""
        self._store([])
