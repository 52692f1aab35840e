"""Programme templates: the built-in four-session programme (resources/content/programma.toml) and the
facilitator's own, read and written in the same TOML format."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from workshop import ids
from workshop.content import CONTENT, ContentError
from workshop.paths import app_home
from workshop.programme import Step, StepKind, opens_problem
from workshop.sessions import Session
from workshop.storage.atomic import write_text

DEFAULT = "programma.toml"
KEYS = {"titel": "title", "soort": "kind", "minuten": "minutes", "zaal": "room", "begeleider": "guide", "opent": "opens"}
"""The Dutch keys of a werkvorm in a template file, and the Step fields they fill."""


@dataclass
class Template:
    """A programme without a record: a name, and per session its title and steps (ids still to be handed out)."""

    name: str
    titles: dict[int, str] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)


def templates_dir() -> Path:
    """Where the facilitator's own programmes are kept."""
    return app_home() / "programmas"


def default_template() -> Template:
    """The built-in programme of four sessions."""
    return read_template(CONTENT / DEFAULT)


def read_template(path: Path) -> Template:
    """A template from a TOML file; ContentError (Dutch, naming the file and the werkvorm) when it is not one."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: geen leesbaar programma ({exc}).") from exc
    template = Template(str(data.get("naam") or path.stem))
    sessions = data.get("sessie", [])
    for place, session in enumerate(sessions if isinstance(sessions, list) else [sessions], start=1):
        if not isinstance(session, dict):
            raise ContentError(f"{path.name}: sessie {place} is geen tabel [[sessie]] met nr, titel en werkvormen.")
        number = _number(path, place, session.get("nr", len(template.titles) + 1))
        template.titles[number] = str(session.get("titel") or f"Sessie {number}")
        for index, raw in enumerate(session.get("werkvorm", []), start=1):
            if not isinstance(raw, dict):
                raise ContentError(f"{path.name}, sessie {number}, werkvorm {index}: geen tabel [[sessie.werkvorm]].")
            template.steps.append(_step(path, number, index, raw))
    if not template.steps:
        raise ContentError(f"{path.name}: het programma heeft geen werkvormen.")
    return template


def _number(path: Path, place: int, value: object) -> int:
    """The session's nr: a whole number from 1 to 99."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 99:
        raise ContentError(f"{path.name}, sessie {place}: nr moet een heel getal van 1 tot 99 zijn, niet {value!r}.")
    return value


FIELD_NAMES = {field: key for key, field in KEYS.items()}
"""The Step fields by their Dutch key in a template file, for messages."""


def _step(path: Path, number: int, index: int, raw: dict[str, object]) -> Step:
    where = f"{path.name}, sessie {number}, werkvorm {index}"
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise ContentError(f"{where}: onbekende sleutel {', '.join(unknown)} (bekend: {', '.join(KEYS)}).")
    try:
        step = Step(id="W-00", session_number=number, **{KEYS[k]: v for k, v in raw.items()})
    except ValidationError as exc:
        problem = "; ".join(_problem(e["loc"], e["input"]) for e in exc.errors())
        raise ContentError(f"{where}: {problem}.") from exc
    if problem := opens_problem(step.kind, step.opens):
        raise ContentError(f"{where}: {problem}.")
    return step


def _problem(loc: tuple[int | str, ...], value: object) -> str:
    """A pydantic error as a Dutch line naming the key of the template file."""
    key = FIELD_NAMES.get(str(loc[0]), str(loc[0])) if loc else "?"
    if key == "titel" and not str(value).strip():
        return "titel mag niet leeg zijn"
    wanted = {"minuten": "een heel getal van 0 tot 480", "soort": "een van: " + ", ".join(k.value for k in StepKind)}
    return f"{key} moet {wanted.get(key, 'een tekst')} zijn, niet {value!r}"


def numbered(steps: list[Step], taken: list[str]) -> list[Step]:
    """Copies of template steps with fresh W-ids after the ones taken (ids are never reused)."""
    fresh: list[Step] = []
    for step in steps:
        new_id = ids.next_id("step", [*taken, *(s.id for s in fresh)])
        fresh.append(step.model_copy(update={"id": new_id}))
    return fresh


def programme_for(template: Template, sessions: list[Session]) -> list[Step]:
    """The steps of a new trajectory: the template's, numbered W-01, W-02, ...; sessions done count as done."""
    done = {s.number for s in sessions if s.status.value == "afgerond"}
    steps = numbered(template.steps, [])
    return [s.model_copy(update={"status": "gedaan"}) if s.session_number in done else s for s in steps]


def template_of(name: str, steps: list[Step], sessions: list[Session]) -> Template:
    """The facilitator's programme as a template: titles and steps, without what happened."""
    record = {"status", "started", "finished", "minutes_spent", "minutes_extra", "notes", "decisions", "activity"}
    plain = [Step.model_validate(s.model_dump(exclude=record)) for s in steps]
    return Template(name, {s.number: s.title for s in sessions}, plain)


def write_template(template: Template, path: Path) -> None:
    """Write a template as TOML (the same format as the built-in one), replacing the file atomically."""
    lines = ["# Een eigen programma van Werkplaats Verandertheorie.", "schema = 1", f"naam = {_s(template.name)}"]
    for number, title in sorted(template.titles.items()):
        lines += ["", "[[sessie]]", f"nr = {number}", f"titel = {_s(title)}"]
        for step in (s for s in template.steps if s.session_number == number):
            lines += ["", "[[sessie.werkvorm]]", *_step_lines(step)]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, "\n".join(lines) + "\n")


def _step_lines(step: Step) -> list[str]:
    values = {"titel": step.title, "soort": step.kind.value, "minuten": step.minutes, "zaal": step.room,
              "begeleider": step.guide, "opent": step.opens}
    return [f"{key} = {value if isinstance(value, int) else _s(value)}" for key, value in values.items()
            if value not in ("", None)]


def _s(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def own_templates() -> list[Path]:
    """The facilitator's saved programmes, by name."""
    folder = templates_dir()
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def file_name(name: str) -> str:
    """A safe file name for a template called `name`."""
    stem = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "-").lower()
    return f"{stem or 'programma'}.toml"


