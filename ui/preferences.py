"""User preferences (UI scale, projector screen, laptop theme, autosave delay): a pydantic model stored in JSON."""

from __future__ import annotations

import contextlib
import json
import os
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


NOT_SAVED = (
    "De voorkeuren konden niet worden bewaard in {path}. Ze gelden nu wel, maar bij de volgende start niet meer."
)


def save_preferences(prefs: Preferences, path: Path | None = None) -> str | None:
    """Write preferences as JSON, whole or not at all; None when saved, else a Dutch message for the user.

    Never raises: after a failure the new preferences still apply now; only the next start does not get them.
    """
    path = path or preferences_file()
    temp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(prefs.model_dump_json(indent=2), encoding="utf-8")
        os.replace(temp, path)  # a crash while writing leaves the old file, never half a file
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return NOT_SAVED.format(path=path)
    return None
