"""Schema migrations: registered functions that lift raw workbook data one schema version up."""

from __future__ import annotations

from collections.abc import Callable

from workshop.storage.errors import WorkbookError
from workshop.storage.layout import SCHEMA_VERSION
from workshop.storage.raw import RawWorkbook

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
