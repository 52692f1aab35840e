"""Every user-visible (Dutch) string of the participants feature."""

from __future__ import annotations

MENU = "Sess&ie"  # shared with the other features of this stage
DOCK = "Deelnemers"
SHOW = "&Deelnemers tonen"
ADD = "Deelnemer &toevoegen…"
IMPORT = "Lijst &importeren…"
REMOVE = "Deelnemer &verwijderen"
NAME_FIELD = "Naam van een nieuwe deelnemer"
NAME_PLACEHOLDER = "Naam typen en Enter: aanwezig in sessie {session}"
SESSION_LABEL = "Aanwezigheid in sessie:"
SESSION_ITEM = "{number}. {title}"
COLUMNS = ("Naam", "Organisatie", "Rol", "Sfeer", "Begeleider", "Aanwezig")
NO_SPHERE = "(geen sfeer)"
COUNT = "{total} deelnemers, {present} aanwezig in sessie {session}"
COUNT_NO_SESSION = "{total} deelnemers"
TABLE = "Deelnemers van het traject"
ADDED = "{name} toegevoegd en aanwezig in sessie {session}."
IMPORT_TITLE = "Deelnemers importeren"
IMPORT_LABEL = ("Plak de namen (één per regel) of een lijst uit Excel met een kopregel: naam (of voornaam, "
                "tussenvoegsel en achternaam), organisatie, rol, sfeer; of kies een bestand (.txt of .csv).")
IMPORT_FILE = "&Bestand kiezen…"
IMPORT_FILTER = "Lijst (*.csv *.txt);;Alle bestanden (*)"
IMPORT_PREVIEW = "{count} nieuwe deelnemers, aanwezig in sessie {session}."
IMPORT_NONE = "Nog geen namen gevonden."
IMPORTED = "{count} deelnemers toegevoegd."
IMPORT_UNREADABLE = "Kan '{file}' niet lezen: {reason}"
REMOVE_ASK = "{name} verwijderen?"
REMOVE_DETAIL = ("Met {name} verdwijnen ook {votes} stippen en {scores} scores van deze persoon. "
                 "Ongedaan maken (Ctrl+Z) zet alles terug.")
REMOVE_YES, REMOVE_NO = "Verwijderen", "Annuleren"
NOTHING_CHOSEN = "Kies eerst een deelnemer in de lijst."
