"""A corpus of bad workbooks, each built from a good one, with where its error must point."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from tests.workshop.storage.storage_helpers import edit_workbook, set_text

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"""


@dataclass(frozen=True)
class Case:
    """One bad file: how to make it from the good workbook, and what its error message must name."""

    name: str
    make: Callable[[Path, Path], None]
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    phrase: str = ""


def _bytes(data: bytes) -> Callable[[Path, Path], None]:
    return lambda good, target: target.write_bytes(data)


def _zip(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _replace_entry(name: str, data: bytes) -> Callable[[Path, Path], None]:
    def make(good: Path, target: Path) -> None:
        with zipfile.ZipFile(good) as source:
            entries = {n: source.read(n) for n in source.namelist()}
        entries[name] = data
        target.write_bytes(_zip(entries))
    return make


def _edit(change: Callable[[Workbook], object]) -> Callable[[Path, Path], None]:
    return lambda good, target: edit_workbook(good, target, lambda wb: change(wb)) and None


def _cell(sheet: str, ref: str, value: object) -> Callable[[Path, Path], None]:
    def change(wb: Workbook) -> None:
        if isinstance(value, str):
            set_text(wb[sheet], ref, value)
        else:
            wb[sheet][ref] = value
    return _edit(change)


MINIMAL = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}
CASES = [
    Case("leeg-bestand", _bytes(b""), phrase="geen Excel-werkmap"),
    Case("tekst-als-xlsx", _bytes("Dit is gewoon tekst.\n".encode()), phrase="geen Excel-werkmap"),
    Case("afgekapt", lambda good, target: target.write_bytes(good.read_bytes()[: good.stat().st_size // 2]),
         phrase="beschadigd"),
    Case("willekeurige-bytes", _bytes(random.Random(7).randbytes(5000)), phrase="geen Excel-werkmap"),
    Case("oud-xls", _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)), phrase=".xls"),
    Case("zip-zonder-werkmap", _bytes(_zip({"hallo.txt": b"hallo"})), phrase="geen werkmap"),
    Case("zip-bom", _bytes(_zip(MINIMAL | {"xl/worksheets/sheet1.xml": b" " * 30_000_000})), phrase="zip-bom"),
    Case("te-veel-onderdelen", _bytes(_zip(MINIMAL | {f"xl/media/{i}.bin": b"x" for i in range(2100)},
                                           zipfile.ZIP_STORED)), phrase="onderdelen"),
    Case("entiteitenbom", _replace_entry("xl/worksheets/sheet2.xml", BOMB.encode()), phrase="verboden XML"),
    Case("kapotte-xml", _replace_entry("xl/worksheets/sheet3.xml", b"<worksheet><sheetData><row>"), phrase="beschadigd"),
    Case("kapotte-werkmap-xml", _replace_entry("xl/workbook.xml", b"<<<"), phrase="beschadigd"),
    Case("geen-info", _edit(lambda wb: wb.remove(wb["Info"])), phrase="'Info' ontbreekt"),
    Case("info-zonder-waarde", _cell("Info", "B1", "Iets"), sheet="Info", phrase="'Waarde' ontbreekt"),
    Case("blad-ontbreekt", _edit(lambda wb: wb.remove(wb["Bouwstenen"])), phrase="blad 'Bouwstenen' ontbreekt"),
    Case("kolom-ontbreekt", _edit(lambda wb: wb["Bouwstenen"].delete_cols(2)), sheet="Bouwstenen",
         phrase="kolom 'Naam' ontbreekt"),
    Case("score-7", _cell("Scores", "D2", 7), "Scores", 2, "Belang", "7 is geen geldige score (1 tot en met 5)."),
    Case("score-hoog", _cell("Scores", "E3", "hoog"), "Scores", 3, "Zekerheid", "'hoog' is geen geldige score"),
    Case("score-komma", _cell("Scores", "E3", 2.5), "Scores", 3, "Zekerheid", "2.5 is geen geldige score"),
    Case("onbekende-deelnemer", _cell("Scores", "B4", "P-99"), "Scores", 4, "Deelnemer", "'P-99' is geen bekende deelnemer"),
    Case("onbekende-aanname", _cell("Scores", "A5", "A-999"), "Scores", 5, "Aanname", "'A-999' is geen bekende aanname"),
    Case("onbekende-bouwsteen", _cell("Relaties", "A3", "B99"), "Relaties", 3, "Bouwsteen", "geen bekende bouwsteen"),
    Case("ongeldig-relatietype", _cell("Relaties", "C2", "soms"), "Relaties", 2, "Type", "kies uit"),
    Case("dubbele-id", _cell("Bouwstenen", "A3", "B1"), "Bouwstenen", 3, "ID", "komt al voor op rij 2"),
    Case("foute-id", _cell("Bouwstenen", "A2", "B-x"), "Bouwstenen", 2, "ID", "'B-x' is geen geldig ID"),
    Case("nieuwer-schema", _cell("Info", "B2", 5), phrase="nieuwere versie van Werkplaats (schema 5)"),
    Case("foute-schemaversie", _cell("Info", "B2", "abc"), "Info", 2, "Waarde", "schemaversie"),
    Case("lege-schemaversie", _cell("Info", "B2", None), "Info", 2, "Waarde", "schemaversie is leeg"),
    Case("foute-datum", _cell("Sessies", "C2", "32-13-2025"), "Sessies", 2, "Datum", "geen geldige datum"),
    Case("foute-aanmaakdatum", _cell("Info", "B5", "gisteren"), "Info", 5, "Waarde", "Aangemaakt"),
    Case("lege-naam", _cell("Deelnemers", "B2", None), "Deelnemers", 2, "Naam", "verplicht maar leeg"),
    Case("naam-alleen-spaties", _cell("Ambities", "B3", "   "), "Ambities", 3, "Naam", "verplicht maar leeg"),
    Case("te-veel-stippen", _cell("Stemmen", "D2", 3), "Stemmen", 2, "Stip", "meer dan de 2 stippen"),
    Case("stip-buiten-bereik", _cell("Stemmen", "D2", 25), "Stemmen", 2, "Stip", "25 ligt niet tussen 1 en 20"),
    Case("optie-bestaat-niet", _cell("Stemmen", "C4", "T9"), "Stemmen", 4, "Optie", "geen optie van stemronde V-01"),
    Case("foute-ja-nee", _cell("Stemrondes", "D2", "misschien"), "Stemrondes", 2, "Anoniem", "geen ja/nee-waarde"),
    Case("onbekende-aanwezige", _cell("Sessies", "E2", "P-01\nP-77"), "Sessies", 2, "Aanwezig", "'P-77'"),
    Case("onbekend-element", _cell("Aannames", "C2", "B77"), "Aannames", 2, "Element", "'B77' is geen bekend element"),
    Case("fout-element", _cell("Aannames", "C3", "X1"), "Aannames", 3, "Element", "geen geldig element"),
    Case("dubbele-score", _cell("Scores", "C4", 1), "Scores", 4, "Aanname", "komt al voor op rij 2"),
    Case("onbekende-status", _cell("Aannames", "F2", "vergeten"), "Aannames", 2, "Status", "kies uit"),
]
