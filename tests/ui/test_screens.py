"""Runs the two-screen cases in a subprocess: Qt reads the offscreen screen layout only at start-up."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("test_screens_two.py")
TWO_SCREENS = ROOT / "tests" / "two_screens.json"


def test_two_screen_cases_pass_with_a_laptop_and_a_projector():
    if "configfile" in os.environ.get("QT_QPA_PLATFORM", ""):
        pytest.skip("this session already has a screen layout: the cases run here directly")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={TWO_SCREENS}")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASES)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    passed = re.search(r"(\d+) passed", output)
    assert passed and int(passed.group(1)) >= 10, output
