"""App-specific MIME types for drag-and-drop; payloads are element ids as UTF-8."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

BLOCK_MIME = "application/x-werkplaats-bouwsteen"
"""A bouwsteen being dragged; the payload is its id, e.g. b'B5'."""


def block_mime(block_id: str) -> QMimeData:
    """Mime data carrying one bouwsteen id."""
    data = QMimeData()
    data.setData(BLOCK_MIME, block_id.encode("utf-8"))
    data.setText(block_id)
    return data


def block_id_of(data: QMimeData | None) -> str | None:
    """The bouwsteen id in dragged mime data, or None when it carries none."""
    if data is None or not data.hasFormat(BLOCK_MIME):
        return None
    text = bytes(data.data(BLOCK_MIME).data()).decode("utf-8", errors="replace").strip()
    return text or None
