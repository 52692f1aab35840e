"""What a load tells about the file: about own sheets and columns a note when a save keeps them as they are, a warning
when a save would drop something of them (formatting, formulas in own columns, charts, ...); and warnings about
formulas and over-long texts in the cells the app reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workshop.storage.errors import Log
from workshop.storage.excel import column_letter
from workshop.storage.fastread import Finding, FormulaCell, LongText
from workshop.storage.layout import EXCEL_TEXT_LIMIT, INFO, SHEET_BY_NAME, normalise
from workshop.storage.losses import ColumnScan, Findings, Loss, find_losses
from workshop.storage.raw import RawSheet

PLURALS = {"blad": "bladen", "kolom": "kolommen"}
SHOWN_ROWS = 5
"""How many rows a warning about several cells of one column names; the rest are counted."""
SHOWN_FORMULA = 60


def listed(names: list[str]) -> str:
    """Names quoted and joined the Dutch way: 'A', 'B' en 'C'."""
    quoted = [f"'{name}'" for name in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} en {quoted[-1]}"


def _joined(phrases: list[str]) -> str:
    return phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} en {phrases[-1]}"


def lost(losses: set[Loss]) -> str:
    """'bij opslaan gaat de opmaak verloren', 'bij opslaan gaan de opmaak en de formules verloren', ..."""
    ordered = [loss for loss in Loss if loss in losses]
    plural = len(ordered) > 1 or ordered[0].value[1]
    return f"bij opslaan {'gaan' if plural else 'gaat'} {_joined([loss.value[0] for loss in ordered])} verloren"


def _kept(noun: str, names: list[str], where: str = "") -> str:
    one = len(names) == 1
    return f"eigen {noun if one else PLURALS[noun]} {listed(names)}{where} {'blijft' if one else 'blijven'} bewaard"


def _sheets(findings: Findings, log: Log) -> None:
    for title, losses in findings.sheets.items():
        if losses:
            log.warn(f"eigen blad '{title}': {lost(losses)}; de celwaarden en formules blijven bewaard.")
    for title in findings.hidden:
        log.warn(f"eigen blad '{title}' is verborgen; na opslaan is het weer zichtbaar.")
    if kept := [title for title, losses in findings.sheets.items() if not losses]:
        log.note(f"{_kept('blad', kept)}.")


def _columns(sheet: str, found: dict[str, set[Loss]], headers: list[str], log: Log) -> None:
    for header in headers:
        if found.get(header):
            log.warn(f"blad '{sheet}', eigen kolom '{header}': {lost(found[header])}; de waarden blijven bewaard.")
    if kept := [header for header in headers if not found.get(header)]:
        log.note(f"{_kept('kolom', kept, f' op blad {listed([sheet])}')}.")


def _unsure(own: list[str], columns: dict[str, ColumnScan], log: Log) -> None:
    if own:
        log.warn(f"{_kept('blad', own)} met de celwaarden en formules; eventuele opmaak, grafieken en afbeeldingen "
                 "daarop gaan bij opslaan verloren.")
    for sheet, wanted in columns.items():
        log.warn(f"{_kept('kolom', list(wanted.headers.values()), f' op blad {listed([sheet])}')} als waarden; "
                 "eventuele formules en opmaak daarin gaan bij opslaan verloren.")


def report_own(path: Path, own: list[str], columns: dict[str, ColumnScan], log: Log) -> None:
    """Notes and warnings about the own sheets (titles) and own columns (per data sheet) of the file at `path`."""
    if not own and not columns:
        return
    try:
        findings = find_losses(path, own, columns)
    except Exception:  # noqa: BLE001  # whatever the scan trips over, the person hears what may be lost
        _unsure(own, columns, log)
        return
    _sheets(findings, log)
    for sheet, wanted in columns.items():
        _columns(sheet, findings.columns.get(sheet, {}), list(wanted.headers.values()), log)


def number(n: int) -> str:
    """A count written the Dutch way: 32.767."""
    return f"{n:,}".replace(",", ".")


def _rows(rows: list[int]) -> str:
    shown = [str(row) for row in rows[:SHOWN_ROWS]]
    rest = len(rows) - len(shown)
    return ", ".join(shown) + f" en nog {rest} andere" if rest else _joined(shown)


def _formula(text: str) -> str:
    return text if len(text) <= SHOWN_FORMULA else text[:SHOWN_FORMULA - 1] + "…"


def _texts(found: list[Finding]) -> list[str]:
    return [f.text for f in found if isinstance(f, FormulaCell) and f.text]


def _uncached(found: list[Finding]) -> str:
    texts = _texts(found)
    if len(found) == 1 and texts:
        return f"de cel bevat de formule {_formula(texts[0])} zonder berekende waarde; de app bewaart de formule als " \
               "tekst."
    if len(found) == 1:
        return "de cel bevat een formule die de app niet kan lezen en die geen berekende waarde heeft; de cel blijft " \
               "leeg en bij opslaan gaat de formule verloren."
    example = f" (bijvoorbeeld {_formula(texts[0])})" if texts else ""
    return f"de cellen bevatten formules zonder berekende waarde{example}; de app bewaart de formules als tekst."


def _cached(found: list[Finding]) -> str:
    texts = _texts(found)
    if len(found) == 1:
        formula = f"de formule {_formula(texts[0])}" if texts else "een formule"
        return f"de cel bevat {formula}; de app gebruikt de berekende waarde, en bij opslaan komt die waarde in " \
               "plaats van de formule."
    example = f" (bijvoorbeeld {_formula(texts[0])})" if texts else ""
    return f"de cellen bevatten formules{example}; de app gebruikt de berekende waarden, en bij opslaan komen die " \
           "in plaats van de formules."


def _long(found: list[Finding]) -> str:
    texts = [f for f in found if isinstance(f, LongText)]
    lost = sum(f.length - f.kept for f in texts)
    if len(texts) == 1:
        return (f"de tekst is {number(texts[0].length)} tekens lang, maar een Excel-cel bevat hoogstens "
                f"{number(EXCEL_TEXT_LIMIT)} tekens; de app bewaart de eerste {number(texts[0].kept)} tekens, de rest "
                f"({number(lost)} tekens) kan niet bewaard worden.")
    return (f"de teksten zijn langer dan de {number(EXCEL_TEXT_LIMIT)} tekens die een Excel-cel hoogstens bevat (de "
            f"langste is {number(max(f.length for f in texts))} tekens); de app bewaart van elke cel het begin, de "
            f"rest ({number(lost)} tekens) kan niet bewaard worden.")


PHRASES: dict[str, Callable[[list[Finding]], str]] = {"zonder": _uncached, "met": _cached, "lang": _long}
"""What is said about a group of cells of one column, by kind of finding."""


def _kind(finding: Finding) -> str:
    if isinstance(finding, LongText):
        return "lang"
    return "met" if finding.cached else "zonder"


def _report(sheet: str, groups: dict[tuple[str, str], list[Finding]], log: Log) -> None:
    for (kind, column), found in groups.items():
        rows = sorted({f.row for f in found})
        where = f"rij {rows[0]}, {column}" if len(rows) == 1 else f"{column}, rijen {_rows(rows)}"
        log.warn(f"blad '{sheet}', {where}: {PHRASES[kind](found)}")


def _read_columns(sheet: RawSheet, name: str) -> dict[int, tuple[str, bool]]:
    """Column number -> (header, known to the app) of the columns a load reads: the first of equal headers, and on
    Info only the app's own two (other columns there are not kept)."""
    known = {normalise(c.header) for c in SHEET_BY_NAME[normalise(name)].columns}
    first: dict[str, int] = {}
    for column, header in enumerate(sheet.header, start=1):
        first.setdefault(normalise(header), column)
    read = {h: i for h, i in first.items() if h and (h in known or name != INFO.name)}
    return {i: (sheet.header[i - 1].strip(), h in known) for h, i in read.items()}


def _cell_groups(sheet: RawSheet, name: str, found: list[Finding]) -> dict[tuple[str, str], list[Finding]]:
    columns = _read_columns(sheet, name)
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in found:
        header, known = columns.get(finding.column, ("", False))
        own = finding.row > sheet.header_row and not known  # losses.py warns of formulas in own columns, per column
        if finding.row < sheet.header_row or not header or (own and isinstance(finding, FormulaCell)):
            continue
        groups.setdefault((_kind(finding), f"kolom '{header}'"), []).append(finding)
    return groups


def report_cells(findings: dict[str, list[Finding]], sheets: dict[str, RawSheet], log: Log) -> None:
    """Warnings about formulas and over-long texts in the cells a load reads, per sheet (by its name in the app)."""
    for name, sheet in sheets.items():
        found = findings.get(sheet.file_title)
        if found:
            _report(name, _cell_groups(sheet, name, found), log)


def report_own_texts(title: str, found: list[LongText], log: Log) -> None:
    """Warnings about texts on an own sheet that were cut to what a cell holds."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for text in found:
        groups.setdefault(("lang", f"kolom {column_letter(text.column)}"), []).append(text)
    _report(title, groups, log)
