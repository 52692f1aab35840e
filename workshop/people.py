"""Reading a list of people to register: one name per line, or CSV with the columns naam, organisatie, rol, sfeer."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from workshop.sessions import Participant
from workshop.theory import Sphere

HEADERS = {"naam": "name", "name": "name", "organisatie": "organisation", "organisation": "organisation",
           "rol": "role", "functie": "role", "role": "role", "sfeer": "sphere", "sphere": "sphere",
           "begeleider": "facilitator"}
"""Column headers a list may have (Dutch, or English), and the field each fills."""
DELIMITERS = (";", "\t", ",")
YES = {"ja", "j", "x", "1", "waar", "true", "yes"}
MAX_NAME = 200


@dataclass
class PeopleList:
    """What a list gave: the people to add, and what the facilitator should know (line by line, in Dutch)."""

    people: list[Participant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_text(path: Path) -> str:
    """A list file as text: UTF-8 (with or without BOM), else Windows-1252 as Excel writes CSV on Windows."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(first: str) -> str | None:
    """The delimiter of a CSV whose first line is a header naming the name column, else None (a plain list)."""
    for delimiter in DELIMITERS:
        cells = [c.strip().casefold() for c in first.split(delimiter)]
        if len(cells) > 1 and any(HEADERS.get(c) == "name" for c in cells):
            return delimiter
    return None


def _stem(text: str) -> str:
    """Lower case with doubled vowels single, so 'institutioneel' and 'Institutionele' share a start."""
    text = " ".join(text.casefold().split())
    for double in ("aa", "ee", "oo", "uu"):
        text = text.replace(double, double[0])
    return text


def _sphere(value: str, spheres: list[Sphere]) -> str | None:
    """A sphere by id (S1) or by (the start of) its name, ignoring case: 'persoonlijk' finds 'Persoonlijke ...'."""
    wanted = _stem(value)
    for sphere in spheres:
        if wanted == _stem(sphere.id) or _stem(sphere.name).startswith(wanted):
            return sphere.id
    return None


def _person(cells: dict[str, str], line: int, spheres: list[Sphere], found: PeopleList) -> Participant | None:
    name = " ".join(cells.get("name", "").split())
    if not name:
        found.problems.append(f"regel {line}: geen naam; de regel is overgeslagen.")
        return None
    sphere = _sphere(cells["sphere"], spheres) if cells.get("sphere", "").strip() else None
    if cells.get("sphere", "").strip() and sphere is None:
        found.problems.append(f"regel {line}: sfeer '{cells['sphere'].strip()}' is onbekend; {name} is zonder sfeer toegevoegd.")
    return Participant(id="P-00", name=name[:MAX_NAME], organisation=cells.get("organisation", "").strip(),
                       role=cells.get("role", "").strip(), sphere_id=sphere,
                       facilitator=cells.get("facilitator", "").strip().casefold() in YES)


def _rows(text: str) -> list[tuple[int, dict[str, str]]]:
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return []
    delimiter = _delimiter(lines[first])
    if delimiter is None:
        return [(n, {"name": line}) for n, line in enumerate(lines, start=1) if line.strip()]
    reader = csv.reader(io.StringIO("\n".join(lines[first:])), delimiter=delimiter)
    header = [HEADERS.get(c.strip().casefold(), "") for c in next(reader)]
    rows = []
    for offset, values in enumerate(reader, start=first + 2):
        if any(v.strip() for v in values):
            rows.append((offset, {f: v for f, v in zip(header, values, strict=False) if f}))
    return rows


def parse_people(text: str, spheres: list[Sphere], known: list[Participant] = ()) -> PeopleList:  # type: ignore[assignment]
    """People from pasted text or a file; names already registered (or twice in the list) are left out, and said."""
    found = PeopleList()
    taken = {p.name.casefold() for p in known}
    for line, cells in _rows(text):
        person = _person(cells, line, spheres, found)
        if person is None:
            continue
        if person.name.casefold() in taken:
            found.problems.append(f"regel {line}: {person.name} staat al in de lijst en is niet nog eens toegevoegd.")
            continue
        taken.add(person.name.casefold())
        found.people.append(person)
    return found
