"""The step's countdown: a timebox that can pause and get extra minutes, read against any clock (tests use a
fake one); it knows how long the step really ran, pauses not counted."""

from __future__ import annotations

import datetime as dt
import math


class Countdown:
    """Seconds left of a timebox (negative: over time), on a clock that is passed in."""

    def __init__(self) -> None:
        self.total = 0.0          # the timebox plus extra minutes, in seconds
        self._ran = 0.0           # seconds run before the current stretch
        self._since: dt.datetime | None = None  # when the current stretch began; None while paused

    def start(self, minutes: float, now: dt.datetime, already: float = 0.0) -> None:
        """Start a timebox of `minutes`, of which `already` minutes have run (a step resumed later)."""
        self.total, self._ran, self._since = minutes * 60, already * 60, now

    def stop(self) -> None:
        """No timebox (no session running)."""
        self.total, self._ran, self._since = 0.0, 0.0, None

    @property
    def running(self) -> bool:
        """True while the clock runs (not paused, not stopped)."""
        return self._since is not None

    def pause(self, now: dt.datetime) -> None:
        """Stop the clock; the time so far is kept."""
        if self._since is not None:
            self._ran += (now - self._since).total_seconds()
            self._since = None

    def resume(self, now: dt.datetime) -> None:
        """Let the clock run again."""
        if self._since is None:
            self._since = now

    def retime(self, minutes: float) -> None:
        """A new timebox for the step running (extra minutes given or taken back, the step's minutes edited)."""
        self.total = minutes * 60

    def elapsed(self, now: dt.datetime) -> float:
        """Seconds run so far, pauses not counted."""
        return self._ran + ((now - self._since).total_seconds() if self._since else 0.0)

    def left(self, now: dt.datetime) -> float:
        """Seconds left; negative once over time."""
        return self.total - self.elapsed(now)

    def minutes_run(self, now: dt.datetime) -> int:
        """Whole minutes run, rounded (what the workbook records for the step)."""
        return round(self.elapsed(now) / 60)


def clock_text(seconds: float) -> str:
    """'12:05', or '+1:30' once over time (a sign as well as a colour says so)."""
    over = seconds < 0
    whole = math.ceil(seconds) if not over else math.floor(seconds)
    minutes, rest = divmod(abs(whole), 60)
    return f"{'+' if over else ''}{minutes}:{rest:02d}"
