"""The one place that defines the workbook format: schema version, sheets, Dutch headers, types and closed lists."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workshop.assumptions import AssumptionKind, AssumptionStatus, SourceKind
from workshop.programme import MAX_MINUTES, StepKind, StepStatus
from workshop.registry import COLLECTIONS
from workshop.scoring import ScoreMode
from workshop.sessions import SessionStatus
from workshop.theory import Origin, RelationType
from workshop.voting import MAX_COUNT, MAX_DOTS, EntryMode, RoundKind, RoundStatus

SCHEMA_VERSION = 4
"""Bump on every incompatible change, and register a migration from the previous version."""

LIST_SEPARATOR = "\n"
"""Lists of free text (bronnen, actoren, voorbeelden) are stored one item per line in one cell."""

EXCEL_TEXT_LIMIT = 32_767
"""Excel refuses cells with more characters than this; the reader cuts longer texts with a warning, the writer
refuses them."""


class Kind(StrEnum):
    """How a column's cells are converted between Excel and the domain."""

    TEXT = "tekst"
    NAME = "naam"
    ID = "id"
    ELEMENT = "element"
    INT = "geheel getal"
    SCORE = "score"
    BOOL = "ja/nee"
    DATE = "datum"
    DATETIME = "datum en tijd"
    CHOICE = "keuzelijst"
    TEXT_LIST = "lijst"
    ID_LIST = "id-lijst"
    VOTER = "stemmer"


ELEMENT_PATTERN = r"H|D\d+|B\d+|B\d+-D\d+"
"""Element ids an assumption or vote option may point at: hoofdambitie, deelambitie, bouwsteen, relatie."""

BOOL_WORDS = ("ja", "nee")
"""How booleans are written; the reader also accepts WAAR/ONWAAR, TRUE/FALSE, 1/0."""


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its Dutch header, the domain field behind it and its rules."""

    header: str
    field: str
    kind: Kind
    required: bool = False
    editable: bool = True
    choices: tuple[str, ...] = ()
    id_kind: str | None = None
    ref: str | None = None
    low: int | None = None
    high: int | None = None
    width: int = 14
    wrap: bool = False


@dataclass(frozen=True)
class Sheet:
    """One data sheet: name, table name, columns and the columns that identify a row."""

    name: str
    table: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    required: bool = True
    collection: str = ""
    """The registry entry (workshop.registry) of the records on this sheet; '' for Info."""

    def column(self, field: str) -> Column:
        """The column that holds `field`."""
        return next(c for c in self.columns if c.field == field)


def _sheet(collection: str, table: str, columns: tuple[Column, ...], required: bool = False) -> Sheet:
    """A data sheet whose name and row key come from the collection registry."""
    spec = COLLECTIONS[collection]
    return Sheet(spec.sheet, table, columns, spec.key, required, collection)


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _id(kind: str, header: str = "ID") -> Column:
    return Column(header, "id", Kind.ID, required=True, editable=False, id_kind=kind, width=10)


def _ref(header: str, field: str, kind: str, sheet: str, required: bool = True) -> Column:
    return Column(header, field, Kind.ID, required=required, id_kind=kind, ref=sheet, width=12)


def _text(header: str, field: str, width: int = 40, wrap: bool = True) -> Column:
    return Column(header, field, Kind.TEXT, width=width, wrap=wrap)


def _name(header: str = "Naam", field: str = "name", width: int = 32, wrap: bool = False) -> Column:
    return Column(header, field, Kind.NAME, required=True, width=width, wrap=wrap)


def _choice(header: str, field: str, enum: type[StrEnum], width: int = 16) -> Column:
    return Column(header, field, Kind.CHOICE, choices=_values(enum), width=width)


def _score(header: str, field: str) -> Column:
    return Column(header, field, Kind.SCORE, required=True, low=1, high=5, width=11)


INFO = Sheet(
    "Info", "tblInfo",
    (Column("Sleutel", "key", Kind.NAME, required=True, editable=False, width=18),
     Column("Waarde", "value", Kind.TEXT, width=80, wrap=True)),
    key=("key",),
)
SUB_AMBITIONS = _sheet(
    "sub_ambitions", "tblAmbities",
    (_id("sub_ambition"), _name(width=40), _text("Beschrijving", "description", 70)),
    required=True,
)
BLOCKS = _sheet(
    "blocks", "tblBouwstenen",
    (_id("block"), _name(width=36), Column("Korte naam", "short_name", Kind.TEXT, width=20),
     _text("Essentie", "essence", 60), _text("Theorie", "theory", 60),
     Column("Bronnen", "sources", Kind.TEXT_LIST, width=40, wrap=True),
     _choice("Herkomst", "origin", Origin, width=13)),
    required=True,
)
RELATIONS = _sheet(
    "relations", "tblRelaties",
    (_ref("Bouwsteen", "block_id", "block", "Bouwstenen"),
     _ref("Deelambitie", "sub_ambition_id", "sub_ambition", "Ambities"),
     _choice("Type", "type", RelationType, width=20)),
    required=True,
)
ACTIONS = _sheet(
    "actions", "tblActies",
    (_id("action"), _ref("Bouwsteen", "block_id", "block", "Bouwstenen"),
     _name("Tekst", "text", width=70, wrap=True),
     Column("Actoren", "actors", Kind.TEXT_LIST, width=30, wrap=True)),
    required=True,
)
SPHERES = _sheet(
    "spheres", "tblSferen",
    (_id("sphere"), _name(width=24), _text("Beschrijving", "description", 60),
     Column("Voorbeelden", "examples", Kind.TEXT_LIST, width=50, wrap=True)),
    required=True,
)
SESSIONS = _sheet(
    "sessions", "tblSessies",
    (Column("Nummer", "number", Kind.INT, required=True, editable=False, low=1, high=99, width=10),
     _name("Titel", "title", width=34), Column("Datum", "date", Kind.DATE, width=12),
     _choice("Status", "status", SessionStatus, width=12),
     Column("Aanwezig", "attendance", Kind.ID_LIST, id_kind="participant", ref="Deelnemers", width=24, wrap=True),
     _text("Notities", "notes", 50), _text("Besluiten", "decisions", 50)),
)
PARTICIPANTS = _sheet(
    "participants", "tblDeelnemers",
    (_id("participant"), _name(width=28), _text("Organisatie", "organisation", 28, wrap=False),
     _text("Rol", "role", 20, wrap=False), _ref("Sfeer", "sphere_id", "sphere", "Sferen", required=False),
     Column("Begeleider", "facilitator", Kind.BOOL, width=12)),
)
VOTING_ROUNDS = _sheet(
    "voting_rounds", "tblStemrondes",
    (_id("voting_round"), _name("Vraag", "question", width=50, wrap=True),
     Column("Stippen per deelnemer", "dots_per_participant", Kind.INT, low=1, high=MAX_DOTS, width=12),
     Column("Anoniem", "anonymous", Kind.BOOL, width=10),
     _choice("Status", "status", RoundStatus, width=12),
     Column("Sessie", "session_number", Kind.INT, low=1, high=99, width=9),
     # schema 2 added the columns below at the end, where a migrated schema-1 workbook gets them too
     _choice("Soort", "kind", RoundKind, width=12), _choice("Invoer", "mode", EntryMode, width=11),
     Column("Max per optie", "max_per_option", Kind.INT, low=1, high=MAX_DOTS, width=10),
     Column("Begeleider stemt mee", "facilitator_votes", Kind.BOOL, width=12),
     _ref("Herhaling van", "repeats", "voting_round", "Stemrondes", required=False),
     Column("Gestemd", "voted", Kind.ID_LIST, id_kind="participant", ref="Deelnemers", width=24, wrap=True)),
)
VOTE_OPTIONS = _sheet(
    "vote_options", "tblStemopties",
    (_ref("Stemronde", "round_id", "voting_round", "Stemrondes"),
     Column("Code", "code", Kind.NAME, required=True, width=10),
     _text("Label", "label", 50, wrap=False),
     Column("Element", "element_id", Kind.ELEMENT, ref="element", width=12),
     Column("Geteld", "count", Kind.INT, low=0, high=MAX_COUNT, width=9)),
)
VOTES = _sheet(
    "votes", "tblStemmen",
    (_ref("Stemronde", "round_id", "voting_round", "Stemrondes"),
     Column("Deelnemer", "voter", Kind.VOTER, required=True, id_kind="voter", ref="Deelnemers", width=12),
     Column("Optie", "option_code", Kind.NAME, required=True, width=10),
     Column("Stip", "dot", Kind.INT, low=1, high=MAX_DOTS, width=8),
     Column("Tijd", "time", Kind.DATETIME, width=19)),
)
ASSUMPTIONS = _sheet(
    "assumptions", "tblAannames",
    (_id("assumption"), _name("Aanname", "text", width=60, wrap=True),
     Column("Element", "element_id", Kind.ELEMENT, ref="element", width=12),
     _choice("Soort", "kind", AssumptionKind, width=15), _text("Onderbouwing", "evidence", 50),
     _choice("Status", "status", AssumptionStatus, width=15),
     _text("Indicator", "monitoring.indicator", 30), _text("Bron indicator", "monitoring.source", 24),
     _text("Wie", "monitoring.who", 18, wrap=False), _text("Wanneer", "monitoring.when", 18, wrap=False),
     # schema 3 moved Bronnen to its own sheet and added the columns below at the end
     Column("Monitoren", "monitored", Kind.BOOL, width=11),
     _ref("Vervangt", "replaces", "assumption", "Aannames", required=False),
     Column("Suggestie", "suggestion", Kind.NAME, width=11)),
)
SOURCES = _sheet(
    "sources", "tblBronnen",
    (_ref("Aanname", "assumption_id", "assumption", "Aannames"),
     Column("Nr", "nr", Kind.INT, required=True, low=1, high=999, width=6),
     _choice("Soort", "kind", SourceKind, width=24), _text("Toelichting", "note", 50),
     _text("Link of pagina", "link", 50)),
)
HISTORY = _sheet(
    "history", "tblStatusgeschiedenis",
    (_ref("Aanname", "assumption_id", "assumption", "Aannames"),
     Column("Nr", "nr", Kind.INT, required=True, low=1, high=999, width=6),
     Column("Datum", "date", Kind.DATE, required=True, width=12),
     Column("Status", "status", Kind.CHOICE, required=True, choices=_values(AssumptionStatus), width=15),
     _text("Reden", "reason", 60)),
)
SCORING_ROUNDS = _sheet(
    "scoring_rounds", "tblScorerondes",
    (Column("Ronde", "number", Kind.INT, required=True, editable=False, low=1, high=99, width=9),
     _text("Titel", "title", 40, wrap=False),
     Column("Aannames", "assumption_ids", Kind.ID_LIST, id_kind="assumption", ref="Aannames", width=30, wrap=True),
     _choice("Invoer", "mode", ScoreMode, width=12), _choice("Status", "status", RoundStatus, width=12),
     Column("Sessie", "session_number", Kind.INT, low=1, high=99, width=9)),
)
SCORES = _sheet(
    "scores", "tblScores",
    (_ref("Aanname", "assumption_id", "assumption", "Aannames"),
     Column("Deelnemer", "participant_id", Kind.VOTER, required=True, id_kind="scorer", ref="Deelnemers", width=12),
     Column("Ronde", "round", Kind.INT, low=1, high=99, width=9),
     _score("Belang", "importance"), _score("Zekerheid", "certainty")),
)
STEPS = _sheet(
    "steps", "tblProgramma",
    (_id("step"), Column("Sessie", "session_number", Kind.INT, required=True, low=1, high=99, width=9),
     _name("Werkvorm", "title", width=36, wrap=True), _choice("Soort", "kind", StepKind, width=18),
     Column("Minuten", "minutes", Kind.INT, low=0, high=MAX_MINUTES, width=10),
     _text("Voor de zaal", "room", 50), _text("Voor de begeleider", "guide", 50),
     Column("Opent", "opens", Kind.NAME, width=13), _choice("Status", "status", StepStatus, width=13),
     Column("Begonnen", "started", Kind.DATETIME, width=19), Column("Klaar", "finished", Kind.DATETIME, width=19),
     Column("Minuten besteed", "minutes_spent", Kind.INT, low=0, high=100_000, width=11),
     Column("Extra minuten", "minutes_extra", Kind.INT, low=0, high=MAX_MINUTES, width=10),
     _text("Notities", "notes", 50), _text("Besluiten", "decisions", 50),
     _text("Activiteit", "activity", 16, wrap=False)),
)
STORY = _sheet(
    "story", "tblVerhaal",
    (Column("Sleutel", "key", Kind.NAME, required=True, width=12), _text("Titel", "title", 36, wrap=False),
     _text("Tekst", "text", 100), Column("Bewerkt", "edited", Kind.BOOL, width=10)),
)

SHEETS: tuple[Sheet, ...] = (
    INFO, SUB_AMBITIONS, BLOCKS, RELATIONS, ACTIONS, SPHERES, SESSIONS,
    PARTICIPANTS, VOTING_ROUNDS, VOTE_OPTIONS, VOTES, ASSUMPTIONS, SOURCES, HISTORY, SCORING_ROUNDS, SCORES,
    STEPS, STORY,
)
"""The data sheets, in the order they appear in the workbook."""

DATA_SHEETS: tuple[Sheet, ...] = SHEETS[1:]
"""The sheets with one record per row (all but the key/value sheet Info)."""

RESULTS_SHEET = "Resultaten"
"""Derived sheet of the vote tallies (with a bar chart per round): rebuilt on every save and never read back."""
STATS_SHEET = "Resultaten aannames"
"""Derived sheet of the assumption statistics (with the belang x zekerheid map): rebuilt, never read back."""
DERIVED_SHEETS = (RESULTS_SHEET, STATS_SHEET)
"""Every sheet the app rebuilds on save; reading skips them (they are not the user's own sheets)."""


@dataclass(frozen=True)
class InfoRow:
    """One key/value row of the Info sheet."""

    key: str
    field: str
    kind: Kind
    editable: bool = True


SCHEMA_KEY = "Schemaversie"
INFO_ROWS: tuple[InfoRow, ...] = (
    InfoRow(SCHEMA_KEY, "schema_version", Kind.INT, editable=False),
    InfoRow("Appversie", "app_version", Kind.TEXT, editable=False),
    InfoRow("Traject", "name", Kind.TEXT),
    InfoRow("Aangemaakt", "created", Kind.DATE),
    InfoRow("Hoofdambitie", "theory.ambition", Kind.TEXT),
    InfoRow("Model", "theory.name", Kind.TEXT),
    InfoRow("Modelbron", "theory.source", Kind.TEXT),
    InfoRow("Afgewezen suggesties", "rejected_suggestions", Kind.TEXT_LIST),
)

TALLY_HEADERS = ("Stemronde", "Vraag", "Code", "Optie", "Stippen", "Deelnemers", "Aandeel")
STATS_HEADERS = (
    "Aanname", "Ronde", "Aantal scores", "Belang gemiddeld", "Belang mediaan", "Belang spreiding",
    "Zekerheid gemiddeld", "Zekerheid mediaan", "Zekerheid spreiding", "Kwadrant", "Onenigheid",
)


def normalise(header: object) -> str:
    """Compare headers and keys loosely: case-insensitive, surrounding and repeated spaces ignored."""
    return " ".join(str(header).split()).casefold()


SHEET_BY_NAME: dict[str, Sheet] = {normalise(s.name): s for s in SHEETS}
