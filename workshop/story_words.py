"""Dutch wording for generated text: lists, counts in words, singular or plural, quoted names and short excerpts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workshop.base import MAX_TEXT

NUMBERS = ("geen", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
           "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig")
"""Counts up to twenty are written in words, as Dutch house styles do; larger ones in digits."""
BRIEF = 170
"""Excerpts (evidence, actions) are cut off after about this many characters, at a word."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý‘“'\"(])")


def number(n: int) -> str:
    """'geen', 'één', 'twee', … 'twintig', then '21', '47'."""
    return NUMBERS[n] if 0 <= n < len(NUMBERS) else str(n)


def count(n: int, singular: str, plural: str) -> str:
    """'één bouwsteen', 'vijf deelambities', '47 verbanden'."""
    return f"{number(n)} {singular if n == 1 else plural}"


def pick(n: int, singular: str, plural: str) -> str:
    """The singular form for one, else the plural: pick(2, 'draagt', 'dragen') == 'dragen'."""
    return singular if n == 1 else plural


def listing(items: Sequence[str], last: str = "en") -> str:
    """'a', 'a en b', 'a, b en c'."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def clauses(items: Sequence[str]) -> str:
    """Clauses that may hold an 'en' themselves: 'draagt bij aan a en b, en staat in wisselwerking met c'."""
    if len(items) < 2:
        return "".join(items)
    joiner = ", en " if any(" en " in item for item in items) else " en "
    return f"{', '.join(items[:-1])}{joiner}{items[-1]}"


def one_line(text: str) -> str:
    """Whitespace (new lines too) as single spaces, stripped."""
    return " ".join(text.split())


def name(text: str) -> str:
    """A name in running text, between Dutch single quotes: ‘Ruimte & plekken’."""
    return f"‘{one_line(text)}’"


def quoted(text: str) -> str:
    """A statement quoted in double quotes, without its closing full stop: “Als …, dan …”."""
    return f"“{one_line(text).rstrip('.')}”"


def capital(text: str) -> str:
    """The text with its first letter in capitals ('vijf deelambities' -> 'Vijf', 'één' -> 'Eén')."""
    if text.startswith("één"):
        return "Eén" + text[3:]
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """A name used mid-sentence: 'Bezoekersregistratie' -> 'bezoekersregistratie', but 'GGD-monitor' stays."""
    text = one_line(text)
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """The text as a sentence: one line, ending in a full stop unless it already ends in punctuation."""
    text = one_line(text)
    return text if not text or text[-1] in ".!?…" else text + "."


def first_sentence(text: str) -> str:
    """The first sentence of a text (the whole text when it has one)."""
    return _SENTENCE_END.split(one_line(text), maxsplit=1)[0]


def brief(text: str, limit: int = BRIEF) -> str:
    """The first sentence, cut off after a whole word with '…' when it is longer than `limit`."""
    text = first_sentence(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """The text, cut off with '…' where a workbook cell would overflow (only with absurdly long names)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def paragraphs(*blocks: str) -> str:
    """Blocks of text separated by a blank line; empty blocks are left out."""
    return "\n\n".join(block for block in blocks if block)


def bullets(lines: Sequence[str]) -> str:
    """Lines as a plain-text list, one '- ' item a line."""
    return "\n".join(f"- {line}" for line in lines)
