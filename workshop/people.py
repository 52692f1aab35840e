"""Reading a list of people to register: one name per line, or CSV with a header row (naam or voornaam/achternaam, ...)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from workshop.sessions import Participant
from workshop.theory import Sphere

HEADERS = {
    "naam": "name", "name": "name", "volledige naam": "name", "full name": "name", "deelnemer": "name",
    "voornaam": "first", "roepnaam": "first", "first name": "first", "firstname": "first", "given name": "first",
    "tussenvoegsel": "infix", "tussenvoegsels": "infix", "voorvoegsel": "infix",
    "achternaam": "last", "familienaam": "last", "last name": "last", "lastname": "last", "surname": "last",
    "family name": "last",
    "organisatie": "organisation", "organisation": "organisation", "organization": "organisation",
    "rol": "role", "functie": "role", "role": "role", "sfeer": "sphere", "sphere": "sphere",
    "begeleider": "facilitator",
}
"""Column headers a list may have (Dutch, or English; compared loosely), and the field each fills."""
NAME_PARTS = ("first", "infix", "last")
"""The fields a name is put together from when there is no column with the whole name."""
UNDERSTOOD = ("Als naam herkent de app de kolom naam (ook volledige naam of deelnemer), of voornaam, tussenvoegsel "
              "en achternaam (ook in het Engels: name, first name, last name); verder organisatie, rol, sfeer en "
              "begeleider.")
DELIMITERS = (";", "\t", ",")
SEPARATOR_LINE = re.compile(r'^"?sep=(.)"?$', re.IGNORECASE)
"""The first line Excel understands as 'the delimiter is ...' (sep=;)."""
YES = {"ja", "j", "x", "1", "waar", "true", "yes"}
MAX_NAME = 200
MAX_SHOWN = 80


@dataclass
class PeopleList:
    """What a list gave: the people to add, and what the facilitator should know (line by line, in Dutch)."""

    people: list[Participant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str = ""
    """Why nothing at all was read (a header whose columns are not understood); empty when the list was read."""


def read_text(path: Path) -> str:
    """A list file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as Excel writes CSV."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _field(header: str) -> str:
    """The field a header fills ('' when unknown): case, surrounding quotes, spaces, '_' and '-' do not matter."""
    words = header.strip().strip('"').replace("_", " ").replace("-", " ").casefold().split()
    return HEADERS.get(" ".join(words), "")


def _cells(line: str, delimiter: str) -> list[str]:
    """The cells of one line (quotes as in CSV), without the empty cells a spreadsheet leaves at the end."""
    cells = next(csv.reader([line], delimiter=delimiter), [])
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _is_name(fields: list[str]) -> bool:
    return any(f == "name" or f in NAME_PARTS for f in fields)


def _looks_like_header(delimiter: str, cells: list[str]) -> bool:
    """A line of several cells that no list of names has: split by ; or tab, three or more, or a known column."""
    if len(cells) < 2:
        return False
    return delimiter != "," or len(cells) > 2 or any(_field(c) for c in cells)


def _header(line: str, declared: str | None) -> tuple[str, list[str]] | None:
    """The delimiter and the cells of a header line, or None when the line is a name (a plain list)."""
    tried = [(d, _cells(line, d)) for d in ([declared] if declared else DELIMITERS)]
    named = [(d, cells) for d, cells in tried if _is_name([_field(c) for c in cells])]
    headers = named or [(d, cells) for d, cells in tried if _looks_like_header(d, cells)]
    return max(headers, key=lambda found: len(found[1])) if headers else None


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


def _name(cells: dict[str, str]) -> str:
    """The whole name, or else first name, tussenvoegsel and last name put together, spaces tidied."""
    whole = cells.get("name", "").strip() or " ".join(cells.get(part, "") for part in NAME_PARTS)
    return " ".join(whole.split())


def _person(cells: dict[str, str], line: int, spheres: list[Sphere], found: PeopleList) -> Participant | None:
    name = _name(cells)
    if not name:
        found.problems.append(f"regel {line}: geen naam; de regel is overgeslagen.")
        return None
    sphere = _sphere(cells["sphere"], spheres) if cells.get("sphere", "").strip() else None
    if cells.get("sphere", "").strip() and sphere is None:
        found.problems.append(f"regel {line}: sfeer '{cells['sphere'].strip()}' is onbekend; {name} is zonder sfeer toegevoegd.")
    return Participant(id="P-00", name=name[:MAX_NAME], organisation=cells.get("organisation", "").strip(),
                       role=cells.get("role", "").strip(), sphere_id=sphere,
                       facilitator=cells.get("facilitator", "").strip().casefold() in YES)


Rows = list[tuple[int, dict[str, str]]]
"""Per person their line number and their cells by field."""


def _plain(lines: list[str], first: int) -> Rows:
    """One name per line (from line index `first`), without the quotes and empty cells a spreadsheet adds."""
    names = [(n, line.strip().rstrip(";\t,").strip().strip('"')) for n, line in enumerate(lines, start=1)]
    return [(n, {"name": name}) for n, name in names[first:] if name]


def _table(lines: list[str], first: int, delimiter: str, found: PeopleList) -> Rows:
    """The rows below the header on line index `first`, by the field of their column."""
    reader = csv.reader((line + "\n" for line in lines[first:]), delimiter=delimiter)
    header = [_field(c) for c in next(reader)]
    rows = []
    for values in reader:
        line = first + reader.line_num
        if any(v.strip() for v in values[len(header):]):
            found.problems.append(f"regel {line}: meer cellen dan kolommen in de kop; controleer deze regel.")
        if any(v.strip() for v in values):
            rows.append((line, {f: v for f, v in zip(header, values, strict=False) if f}))
    return rows


def _filled(lines: list[str], start: int) -> int | None:
    """The index of the first line from `start` that is not blank."""
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def _where(source: str) -> str:
    return f"'{source}'" if source else "de lijst"


def _not_understood(header: str, line: int, source: str) -> str:
    shown = header if len(header) <= MAX_SHOWN else header[:MAX_SHOWN - 1] + "…"
    return (f"In {_where(source)} lijkt regel {line} een kopregel ('{shown}'), maar geen kolom is herkenbaar als naam; "
            f"er is niemand ingelezen. {UNDERSTOOD}")


def _start(lines: list[str]) -> tuple[int | None, str | None]:
    """The index of the first line that counts (header or name), and the delimiter a 'sep=;' line before it gives."""
    first = _filled(lines, 0)
    if first is None:
        return None, None
    declared = SEPARATOR_LINE.match(lines[first].strip())
    return (_filled(lines, first + 1), declared.group(1)) if declared else (first, None)


def _rows(text: str, found: PeopleList, source: str) -> Rows:
    lines = text.lstrip("\ufeff").replace("\x00", "").splitlines()  # NUL: UTF-16 without its BOM, read as bytes
    first, declared = _start(lines)
    if first is None:
        return []
    header = _header(lines[first], declared)
    if header is None:
        return _plain(lines, first)
    if not _is_name([_field(c) for c in header[1]]):
        found.error = _not_understood(lines[first].strip(), first + 1, source)
        return []
    return _table(lines, first, header[0], found)


def parse_people(text: str, spheres: list[Sphere], known: list[Participant] = (),  # type: ignore[assignment]
                 source: str = "") -> PeopleList:
    """People from pasted text or a file (named `source`); names already registered (or twice in the list) are left
    out, and said; a header whose columns are not understood gives no people and an `error`."""
    found = PeopleList()
    taken = {" ".join(p.name.split()).casefold() for p in known}
    try:
        rows = _rows(text, found, source)
    except csv.Error:  # a cell longer than the csv module allows
        found.error = f"Kan {_where(source)} niet lezen als lijst: een cel is veel te lang, of het is geen tekst."
        return found
    for line, cells in rows:
        person = _person(cells, line, spheres, found)
        if person is None:
            continue
        if person.name.casefold() in taken:
            found.problems.append(f"regel {line}: {person.name} staat al in de lijst en is niet nog eens toegevoegd.")
            continue
        taken.add(person.name.casefold())
        found.people.append(person)
    return found
