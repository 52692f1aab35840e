"""Writing the sessieverslag: the report's HTML from the domain, the schema and the session's maps drawn in the
light theme, written as PDF or HTML through ui.documents."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from ui.programme import texts

if TYPE_CHECKING:
    from ui.features import FeatureHost
    from ui.programme.controller import ProgrammeController


def render_report(host: FeatureHost, number: int, path: Path) -> Path:
    """Write the report of session `number` to `path` (.pdf, .html or .odt); raises OSError in Dutch."""
    from ui.documents import write_document
    from workshop.session_report import MAP_IMAGE, SCHEMA_IMAGE, report_html, scoring_numbers

    t = host.document.trajectory
    with tempfile.TemporaryDirectory(prefix="verslag-") as folder:
        images = {SCHEMA_IMAGE: _schema_image(host, Path(folder))}
        maps = []
        for n in scoring_numbers(t, number):
            if (image := _map_image(host, n, Path(folder))) is not None:
                images[MAP_IMAGE.format(number=n)] = image
                maps.append(n)
        write_document(report_html(t, number, maps), path, images)
    return path


def _schema_image(host: FeatureHost, folder: Path) -> QImage:
    from ui.canvas.export import export_document

    written = export_document(host.document, folder / "schema.png")
    return QImage(str(written))


def _map_image(host: FeatureHost, number: int, folder: Path) -> QImage | None:
    image = QImage(str(host.feature("scoren").map_image(number, folder / f"kaart-{number}.png")))
    return None if image.isNull() else image


def write_report(host: FeatureHost, controller: ProgrammeController) -> Path | None:
    """Ask where to keep the report of the session shown, and write it."""
    from ui.dialogs.export_dialog import ExportDialog
    from ui.documents import DocumentError
    from workshop.paths import default_sessions_dir

    document, number = host.document, controller.number
    if number is None:
        host.status(texts.NO_SESSION)
        return None
    folder = document.path.parent if document.path else default_sessions_dir()
    stem = document.path.stem if document.path else "traject"
    path = ExportDialog.ask(host.window, folder / f"{stem}-sessieverslag-{number}.pdf", texts.REPORT_FILTER,
                            texts.REPORT.replace("&", "").rstrip("…"))
    if path is None:
        return None
    if path.suffix.lower() not in (".pdf", ".html", ".odt"):
        path = path.with_name(path.name + ".pdf")
    try:
        render_report(host, number, path)
    except OSError as exc:  # a DocumentError already says which file and why
        host.status(str(exc) if isinstance(exc, DocumentError) else
                    texts.REPORT_FAILED.format(path=path, reason=exc.strerror or exc))
        return None
    host.status(texts.REPORT_SAVED.format(path=path))
    return path
