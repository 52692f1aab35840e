"""Where the app keeps its own files: preferences, recovery copies and the default sessions folder."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def app_home() -> Path:
    """The app's data folder; WERKPLAATS_HOME overrides it (tests point it at a temp folder)."""
    override = os.environ.get("WERKPLAATS_HOME")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "werkplaats-verandertheorie"


def recovery_dir() -> Path:
    """Folder for autosaved recovery copies."""
    return app_home() / "herstel"


def preferences_file() -> Path:
    """JSON file with the user's preferences."""
    return app_home() / "voorkeuren.json"


def default_sessions_dir() -> Path:
    """Default folder to save workbooks: sessions/ in the project, or the app home when read-only."""
    if os.environ.get("WERKPLAATS_HOME"):
        return app_home() / "sessions"
    candidate = PROJECT_ROOT / "sessions"
    return candidate if os.access(candidate, os.W_OK) else app_home() / "sessions"
