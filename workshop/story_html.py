"""Plain story text as HTML: paragraphs, '- ' lists and headings, escaped, in a standalone Dutch document."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from workshop.story import StoryPart

BULLETS = ("- ", "• ", "* ", "– ")
"""A line starting with one of these is a list item (the generator writes '- '; people type the others too)."""

DOCUMENT_CSS = (
    "body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; line-height: 140%; "
    "color: #14181d; }\n"
    "h1 { font-size: 22pt; margin-top: 0px; margin-bottom: 4px; }\n"
    "p.sub { color: #3b4451; margin-top: 0px; margin-bottom: 20px; }\n"
    "h2 { font-size: 15pt; margin-top: 22px; margin-bottom: 8px; }\n"
    "p { margin-top: 0px; margin-bottom: 10px; }\n"
    "ul { margin-top: 0px; margin-bottom: 10px; }\n"
    "li { margin-bottom: 5px; }\n"
    "@supports (display: block) { body { max-width: 42em; margin: 2em auto; padding: 0 1em; } img { max-width: 100%; } }\n"
)
"""Plain, printable styling in px and pt, which QTextDocument (PDF and ODT) reads too. Qt's text engine skips
@supports rules, so the page layout meant for browsers only lives in one."""


_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
"""Characters no HTML or XML document may hold (control characters): left out of the document."""


def escape(text: str) -> str:
    """Text for HTML: markup characters escaped, control characters left out."""
    return html.escape(_UNWRITABLE.sub("", text))


def _item(line: str) -> str | None:
    """The text of a list item, or None for a line of running text."""
    stripped = line.strip()
    return next((stripped[len(b):].strip() for b in BULLETS if stripped.startswith(b)), None)


def _paragraph(lines: list[str]) -> str:
    return "<p>" + "<br />".join(escape(line.strip()) for line in lines) + "</p>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _blocks(text: str) -> Iterable[list[str]]:
    """The text's blocks: runs of non-blank lines."""
    block: list[str] = []
    for line in text.splitlines():
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def text_html(text: str) -> str:
    """A part's text as HTML: a blank line starts a paragraph, a new line within one is kept, '- ' lines are a list."""
    out: list[str] = []
    for block in _blocks(text):
        lines: list[str] = []
        items: list[str] = []
        for line in block:
            item = _item(line)
            if item is None:
                if items:
                    out.append(_list(items))
                    items = []
                lines.append(line)
            else:
                if lines:
                    out.append(_paragraph(lines))
                    lines = []
                items.append(item)
        out += [_paragraph(lines)] if lines else [_list(items)]
    return "\n".join(out)


def parts_html(parts: Sequence[StoryPart], heading: str = "h2") -> str:
    """Every part as a heading with its text."""
    return "\n".join(f"<{heading}>{escape(p.title or p.key)}</{heading}>\n{text_html(p.text)}" for p in parts)


def document_html(title: str, subtitle: str, body: str, css: str = DOCUMENT_CSS) -> str:
    """A complete, well-formed (also as XML) HTML document in Dutch around an escaped title and a body."""
    sub = f'<p class="sub">{escape(subtitle)}</p>\n' if subtitle else ""
    head_title = escape(f"{title} – {subtitle}" if subtitle else title)
    return (
        '<!DOCTYPE html>\n<html lang="nl" xml:lang="nl" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f'<meta charset="utf-8" />\n<title>{head_title}</title>\n<style>\n{css}</style>\n</head>\n<body>\n'
        f"<h1>{escape(title)}</h1>\n{sub}{body}\n</body>\n</html>\n"
    )
