"""Schema migrations: registered functions that lift raw workbook data one schema version up."""

from __future__ import annotations

from collections.abc import Callable

from workshop.storage.errors import WorkbookError
from workshop.storage.layout import SCHEMA_VERSION
from workshop.storage.raw import RawSheet, RawWorkbook

Migration = Callable[[RawWorkbook], None]
"""Changes raw data of schema N in place so that it follows schema N + 1."""

MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function as the migration from `from_version` to `from_version + 1`."""
    def register(step: Migration) -> Migration:
        """Add `step` to the registry, once per version."""
        if from_version in MIGRATIONS:
            raise ValueError(f"Er is al een migratie vanaf schema {from_version}.")
        MIGRATIONS[from_version] = step
        return step
    return register


def upgrade(raw: RawWorkbook, version: int) -> int | None:
    """Bring raw data up to SCHEMA_VERSION; returns the version it came from, or None when nothing changed."""
    if version > SCHEMA_VERSION:
        raise WorkbookError.single(
            raw.file, f"is gemaakt met een nieuwere versie van Werkplaats (schema {version}); "
                      f"deze versie kent schema {SCHEMA_VERSION}. Werk de app bij.")
    for step_from in range(version, SCHEMA_VERSION):
        step = MIGRATIONS.get(step_from)
        if step is None:
            raise WorkbookError.single(raw.file, f"heeft schema {step_from}, en deze versie kan dat niet bijwerken.")
        step(raw)
    return version if version < SCHEMA_VERSION else None


@migration(from_version=0)
def _v0_to_v1(raw: RawWorkbook) -> None:
    """Schema 0, the pre-release layout: no Schemaversie row, sheet 'Deelambities', Relaties 'Soort',
    Stemrondes 'Stippen', and no Herkomst column because every bouwsteen then came from the publication."""
    raw.rename_sheet("Deelambities", "Ambities")
    if (relations := raw.sheet("Relaties")) is not None:
        relations.rename_column("Soort", "Type")
    if (rounds := raw.sheet("Stemrondes")) is not None:
        rounds.rename_column("Stippen", "Stippen per deelnemer")
    if (blocks := raw.sheet("Bouwstenen")) is not None and blocks.find("Herkomst") is None:
        blocks.add_column("Herkomst", "publicatie")


SCHEMA_2_COLUMNS: dict[str, tuple[tuple[str, object], ...]] = {
    "Deelnemers": (("Begeleider", "nee"),),
    "Stemrondes": (("Soort", "stippen"), ("Invoer", "beurten"), ("Max per optie", None),
                   ("Begeleider stemt mee", "nee"), ("Herhaling van", None), ("Gestemd", None)),
    "Stemopties": (("Geteld", None),),
    "Stemmen": (("Tijd", None),),
}
"""The columns schema 2 added, with the value that says what a schema-1 record was."""


@migration(from_version=1)
def _v1_to_v2(raw: RawWorkbook) -> None:
    """Schema 1 knew only dot rounds cast in turns, without a maximum per option, times, typed-in counts or a
    facilitator who votes; its anonymous rounds kept participant ids on Stemmen. The new columns get those values."""
    for title, columns in SCHEMA_2_COLUMNS.items():
        sheet = raw.sheet(title)
        for header, value in columns if sheet is not None else ():
            if sheet.find(header) is None:
                sheet.add_column(header, value)


SOURCES_HEADER = ["Aanname", "Nr", "Soort", "Toelichting", "Link of pagina"]
HISTORY_HEADER = ["Aanname", "Nr", "Datum", "Status", "Reden"]
ROUNDS_HEADER = ["Ronde", "Titel", "Aannames", "Invoer", "Status", "Sessie"]


def _sources_sheet(raw: RawWorkbook, assumptions: RawSheet | None) -> None:
    """Each non-blank Bronnen cell of Aannames becomes one source (literatuur) on the new Bronnen sheet, as typed."""
    ids = dict(assumptions.values("ID")) if assumptions is not None else {}
    held = assumptions.drop_column("Bronnen") if assumptions is not None else []
    rows = [(ids.get(n), 1, "literatuur", None, text) for n, text in held if text is not None and str(text).strip()]
    raw.add_sheet("Bronnen", SOURCES_HEADER, rows)


def _monitored(assumptions: RawSheet) -> None:
    """Schema 2 had no 'chosen to monitor': an assumption with an indicator or a 'wie' counts as chosen."""
    indicator, who = dict(assumptions.values("Indicator")), dict(assumptions.values("Wie"))
    index = len(assumptions.header)
    assumptions.add_column("Monitoren", "nee")
    filled = {n for n, v in [*indicator.items(), *who.items()] if v is not None and str(v).strip()}
    assumptions.rows = [(n, (*values[:index], "ja" if n in filled else "nee")) for n, values in assumptions.rows]


def _rounds_sheet(raw: RawWorkbook) -> None:
    """Every Ronde found on Scores becomes a revealed scoring round of the assumptions scored in it."""
    scores = raw.sheet("Scores")
    numbers = dict(scores.values("Ronde")) if scores is not None else {}
    scored = dict(scores.values("Aanname")) if scores is not None else {}
    found: dict[object, list[object]] = {}
    for n, number in numbers.items():
        found.setdefault(number if number not in (None, "") else 1, [])
        if scored.get(n) not in found[number if number not in (None, "") else 1]:
            found[number if number not in (None, "") else 1].append(scored.get(n))
    rows = [(number, None, "\n".join(str(a) for a in assumptions if a), "beurten", "onthuld", None)
            for number, assumptions in found.items()]
    raw.add_sheet("Scorerondes", ROUNDS_HEADER, rows)


@migration(from_version=2)
def _v2_to_v3(raw: RawWorkbook) -> None:
    """Schema 2 kept an assumption's sources as one text and had no scoring rounds, status history, 'chosen to
    monitor', rewrites or suggestions. The sources text becomes one source per assumption on Bronnen, each round
    number on Scores a revealed scoring round, and the new columns are added at the end."""
    assumptions = raw.sheet("Aannames")
    if raw.sheet("Bronnen") is None:
        _sources_sheet(raw, assumptions)
    if assumptions is not None and assumptions.find("Monitoren") is None:
        _monitored(assumptions)
    for header in ("Vervangt", "Suggestie"):
        if assumptions is not None and assumptions.find(header) is None:
            assumptions.add_column(header, None)
    if raw.sheet("Statusgeschiedenis") is None:
        raw.add_sheet("Statusgeschiedenis", HISTORY_HEADER, [])
    if raw.sheet("Scorerondes") is None:
        _rounds_sheet(raw)


STEPS_HEADER = ["ID", "Sessie", "Werkvorm", "Soort", "Minuten", "Voor de zaal", "Voor de begeleider", "Opent", "Status",
                "Begonnen", "Klaar", "Minuten besteed", "Extra minuten", "Notities", "Besluiten", "Activiteit"]
STORY_HEADER = ["Sleutel", "Titel", "Tekst", "Bewerkt"]


def _programme_rows(raw: RawWorkbook) -> list[tuple[object, ...]]:
    """The built-in programme, its steps done for every session the workbook says is done (afgerond)."""
    from workshop.programme_templates import default_template

    sessions = raw.sheet("Sessies")
    statuses = dict(sessions.values("Status")) if sessions is not None else {}
    numbers = dict(sessions.values("Nummer")) if sessions is not None else {}
    done = {numbers.get(n) for n, status in statuses.items() if str(status).strip().lower() == "afgerond"}
    return [(f"W-{n:02d}", s.session_number, s.title, s.kind.value, s.minutes, s.room or None, s.guide or None,
             s.opens or None, "gedaan" if s.session_number in done else "te doen", *([None] * 7))
            for n, s in enumerate(default_template().steps, start=1)]


@migration(from_version=3)
def _v3_to_v4(raw: RawWorkbook) -> None:
    """Schema 3 had no programme and no veranderverhaal. The workbook gets the built-in programme (the steps of
    sessions it marks afgerond count as done, without times) and an empty Verhaal sheet."""
    if raw.sheet("Programma") is None:
        raw.add_sheet("Programma", STEPS_HEADER, _programme_rows(raw))
    if raw.sheet("Verhaal") is None:
        raw.add_sheet("Verhaal", STORY_HEADER, [])
