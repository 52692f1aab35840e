"""Writing an HTML text as a document: .html (images inline), .pdf (A4) or .odt, atomically, with Dutch errors."""

from __future__ import annotations

import base64
import contextlib
import errno
import html
import os
import secrets
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import (
    QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextDocumentWriter, QTextOption,
)

SUFFIXES = (".html", ".pdf", ".odt")
"""The kinds of document `write_document` makes, by the file name's suffix (.htm counts as .html)."""
PDF_DPI = 300
FONT_PT = 11.0
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Arial", "Helvetica"]
"""The body font of PDF and ODT, the first one the system has."""

_app: QGuiApplication | None = None
"""The application made here when a document is written without one (from the command line)."""


class DocumentError(OSError):
    """A document could not be written; the message is Dutch and names the file."""


def write_document(html_text: str, path: Path, images: dict[str, QImage] | None = None) -> None:
    """Write `html_text` to `path` as HTML, PDF or ODT (by its suffix), replacing the file only once it is complete.
    Images are referred to in the HTML as <img src="NAME">; they go inline (HTML) or into the document."""
    path = Path(path)
    kind = ".html" if path.suffix.lower() == ".htm" else path.suffix.lower()
    if kind not in SUFFIXES:
        raise DocumentError(f"Kan '{path.name}' niet schrijven: de naam moet eindigen op .html, .pdf of .odt.")
    if kind == ".html":
        data = _inline_images(html_text, images or {}).encode("utf-8")
    else:
        document = _document(html_text, images or {})
        data = _pdf(document) if kind == ".pdf" else _odt(document, path)
    _replace(path, data)


# -- HTML -----------------------------------------------------------------------------------------------------------
def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _inline_images(text: str, images: dict[str, QImage]) -> str:
    """The HTML with every <img src="NAME"> of a known image turned into a data: URI."""
    for name, image in images.items():
        uri = "data:image/png;base64," + base64.b64encode(_png(image)).decode("ascii")
        text = text.replace(f'src="{html.escape(name)}"', f'src="{uri}"')
    return text


# -- PDF and ODT through QTextDocument ------------------------------------------------------------------------------
def _ensure_app() -> None:
    """QTextDocument lays out text with the fonts of a GUI application: make one if the caller has none."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["werkplaats"])


def _document(html_text: str, images: dict[str, QImage]) -> QTextDocument:
    _ensure_app()
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_PT)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # whole words to the next line, never split with a hyphen
    document.setDefaultTextOption(option)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html_text)
    return document


def _pdf(document: QTextDocument) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))  # print_ keeps 2 cm free
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Werkplaats Verandertheorie")
    document.print_(writer)
    del writer  # finishes the file
    return bytes(buffer.data().data())


def _odt(document: QTextDocument, path: Path) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(document):
        raise DocumentError(f"Kan '{path.name}' niet schrijven: het OpenDocument-formaat is hier niet beschikbaar.")
    return bytes(buffer.data().data())


# -- replacing the file atomically ----------------------------------------------------------------------------------
def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "de schijf is vol."
    if isinstance(exc, FileNotFoundError):
        return "de map bestaat niet."
    if isinstance(exc, IsADirectoryError):
        return "dat is een map."
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return "het bestand is in gebruik of alleen-lezen, of je mag niet schrijven in die map."
    return f"er ging iets mis bij het schrijven ({exc.strerror or exc})."


def _replace(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file next to `path`, flush it to disk, then put it in place in one step."""
    if not data:
        raise DocumentError(f"Kan '{path.name}' niet schrijven: het document is leeg gebleven.")
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise DocumentError(f"Kan '{path.name}' niet schrijven: {_reason(exc)}") from exc
