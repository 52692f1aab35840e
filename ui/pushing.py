"""Pushing a command from a panel: a refusal (a rule of the round, a value the model won't take) is said, not raised."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError

from ui.canvas.texts import invalid_message
from ui.document import Document
from workshop.commands import Command

Say = Callable[[str], None]


def push(document: Document, build: Callable[[], Command], say: Say) -> bool:
    """Build and push one command; True when done. A refusal is told through `say` and changes nothing."""
    try:
        document.push(build())
    except ValidationError as exc:
        say(invalid_message(exc))
        return False
    except (ValueError, KeyError) as exc:  # VotingError and the other Dutch refusals of the domain
        say(str(exc.args[0]) if exc.args else str(exc))
        return False
    return True
