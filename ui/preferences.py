"""User preferences (UI scale, projector screen, laptop theme) as a small pydantic model stored in JSON."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from workshop.paths import preferences_file


class Preferences(BaseModel):
    """What the facilitator can set; window geometry lives in QSettings instead."""

    ui_scale: float = Field(default=1.0, ge=0.75, le=3.0)
    projector_screen: str | None = None
    laptop_theme: str = "laptop"
    autosave_seconds: float = Field(default=3.0, ge=1.0, le=5.0)


def load_preferences(path: Path | None = None) -> Preferences:
    """Read preferences; a missing or broken file gives the defaults."""
    path = path or preferences_file()
    try:
        return Preferences.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError):
        return Preferences()


def save_preferences(prefs: Preferences, path: Path | None = None) -> None:
    """Write preferences as JSON (best effort; preferences are never worth a crash)."""
    path = path or preferences_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(prefs.model_dump_json(indent=2), encoding="utf-8")
    except OSError:
        pass
