"""User-visible (Dutch) strings of the facilitator window: menus, actions and messages."""

from __future__ import annotations

APP_NAME = "Werkplaats Verandertheorie"
ORGANISATION = "Werkplaats"

MENU_FILE, MENU_EDIT, MENU_VIEW, MENU_PRESENT, MENU_HELP = "&Bestand", "B&ewerken", "Bee&ld", "&Presentatie", "&Help"
NEW_MODEL, NEW_EMPTY = "&Nieuw traject (sociale basis)", "Nieuw traject (&leeg model)"
OPEN, RECENT, SAVE, SAVE_AS = "&Openen…", "&Recente bestanden", "Op&slaan", "Opslaan &als…"
EXPORT, QUIT, NO_RECENT = "Schema &exporteren…", "Afsl&uiten", "(geen recente bestanden)"
UNDO, REDO = "&Ongedaan maken", "Opn&ieuw"
EDIT_SELECTED, REMOVE_SELECTED = "Geselecteerde &wijzigen…", "Geselecteerde &verwijderen"
ADD_ACTION_SELECTED = "&Actie toevoegen aan bouwsteen…"
PREFERENCES = "Voo&rkeuren…"
FIT, ZOOM_IN, ZOOM_OUT = "&Passend maken", "&Inzoomen", "&Uitzoomen"
PRESENT, BLANK, DETAILS_ON_PROJECTOR = "&Presenteren op projector", "Projector op &zwart", "&Details op projector"
STOP_PRESENTING = "Presentatie &stoppen"
EDIT_AMBITION, ADD_SUB, ADD_BLOCK = "&Hoofdambitie wijzigen…", "&Deelambitie toevoegen…", "&Bouwsteen toevoegen…"
ABOUT = "&Over Werkplaats"
DOCK_LIST, DOCK_DETAILS, DOCK_PREVIEW = "Verandertheorie (lijst)", "Details", "Projector"
SHOW_SCHEMA, SHOW_DETAILS = "&Schema", "&Details"
DOCK_TABS = "Tabbladen van de zijpanelen"
SHOW_LIST, SHOW_PREVIEW = "&Lijst van de verandertheorie", "&Voorvertoning projector"
PANELS = "P&anelen"
NOTHING_SELECTED = "Kies eerst een bouwsteen of deelambitie."
ACTION_NEEDS_BLOCK = "Kies eerst een bouwsteen om een actie aan toe te voegen."
EXPORTED = "Schema opgeslagen als {path}"
EXPORT_FILTER = "PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)"
LOAD_WARNINGS_TITLE = "Let op bij het openen"
READY = "Klaar. F5 presenteert op de projector, B maakt de projector zwart."
TOO_SMALL = "Let op: op de projector is tekst kleiner dan achterin de zaal leesbaar is ({names}). Kortere namen helpen."
WHOLE_SCHEMA = "het hele schema"


def menu_text(text: str) -> str:
    """User text safe for a menu or button: '&' stays a visible ampersand instead of a shortcut marker."""
    return text.replace("&", "&&")


ABOUT_TEXT = (
    "<h3>Werkplaats Verandertheorie</h3>"
    "<p>Bouw met een groep een verandertheorie voor de sociale basis, in vier sessies, op de projector.</p>"
    "<p>Ingebouwd model: <i>De sociale basis versterken, investeren in de toekomst</i> "
    "(Verwey-Jonker Instituut en Movisie). De beschrijvingen zijn in eigen woorden samengevat.</p>"
)
CLICK_NEXT = "Verder op de projector (pagina, beurt of stap)"
CLICK_BACK = "Terug op de projector (pagina, beurt of stap)"

PRESENTATION = {
    "title": "Projector",  # the window manager adds " — Werkplaats Verandertheorie"
    "window": "Projectorweergave",
    "window_help": (
        "Wat de groep ziet. Klik een element om het aan te wijzen. F5 of Esc stopt de presentatie, B maakt het scherm "
        "zwart, D toont de details, F past het schema in beeld, Ctrl+Z maakt ongedaan."
    ),
    "cover": "Zwart scherm",
    "on_projector": "Presentatie staat op {screen}.",
    "on_laptop": "Presentatie op dit scherm — Esc gaat terug.",
    "one_screen": "Geen tweede scherm gevonden — F5 toont de presentatie op dit scherm, Esc gaat terug.",
    "stopped": "Presentatie gestopt.",
    "already": "De projector toont de presentatie al; Shift+F5 (of Esc op de projector) stopt haar.",
    "unplugged": "Projector losgekoppeld — presentatie verborgen; de voorvertoning loopt door.",
    "replugged": "Projector weer aangesloten — presentatie staat weer op {screen}.",
    "found": "Projector gevonden ({screen}) — druk op F5 om te presenteren.",
    "blank_on": "Projector op zwart — B toont het weer.",
    "blank_off": "Projector toont weer de inhoud.",
    "starts_blank": "Projector staat op zwart — B toont het weer.",
}
"""What the projector window and its controller say (window title, help, status messages)."""
