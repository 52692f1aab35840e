"""What a load tells about the person's own sheets and columns: a note when a save keeps them as they are,
a warning when a save would drop something of them (formatting, formulas in own columns, charts, ...)."""

from __future__ import annotations

from pathlib import Path

from workshop.storage.errors import Log
from workshop.storage.losses import ColumnScan, Findings, Loss, find_losses

PLURALS = {"blad": "bladen", "kolom": "kolommen"}


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
