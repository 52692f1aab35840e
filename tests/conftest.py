"""Test setup: headless Qt and isolation from the user's real settings and sessions folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point settings, recovery and the default sessions folder at a temporary directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WERKPLAATS_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
