"""How findings read in a list and in the room: what each is about in a few words, the summary, the marks."""

from __future__ import annotations

from collections import Counter

from ui.check import texts
from workshop.consistency import SEVERITY_OF, Category, Finding, Severity, grouped
from workshop.refs import RefKind
from workshop.trajectory import Trajectory

LIMIT = 80
"""Characters of an assumption or action text shown before it is cut off with '…'."""


def short(text: str, limit: int = LIMIT) -> str:
    """One line, cut off after a whole word with '…' when long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut[: cut.rfind(" ")] if cut.rfind(" ") > limit // 2 else cut).rstrip(" ,;:-–") + "…"


def subject(t: Trajectory, finding: Finding) -> str:
    """What a finding is about, in a few words: the element's name, the assumption's or action's text."""
    ref = finding.ref
    if finding.category is Category.ACTION_WITHOUT_ACTOR:
        action = next((a for a in t.theory.actions if a.id == finding.element_id), None)
        block = t.theory.block(action.block_id) if action else None
        return f"{block.label}: {short(action.text)}" if action and block else finding.element_id
    if ref is not None and ref.kind is RefKind.ELEMENT and finding.category is not Category.INTEGRITY:
        return t.theory.element_label(ref.id) or ref.id
    if ref is not None and ref.kind is RefKind.ASSUMPTION and finding.category is not Category.INTEGRITY:
        assumption = t.assumption(ref.id)
        return short(assumption.text) if assumption else ref.id
    return finding.message


def by_severity(findings: list[Finding]) -> list[tuple[Category, list[Finding]]]:
    """The findings per category, the most serious categories first (fouten, waarschuwingen, aandachtspunten)."""
    rank = {severity: i for i, severity in enumerate(Severity)}
    return sorted(grouped(findings).items(), key=lambda pair: rank[SEVERITY_OF[pair[0]]])


def mark(category: Category) -> str:
    """The shape of the category's severity (✖ fout, ▲ waarschuwing, ● aandachtspunt)."""
    return texts.MARKS[SEVERITY_OF[category].value]


def group_title(category: Category, count: int) -> str:
    """'● Relaties zonder aanname (21)': the shape says how serious (the summary above is the key)."""
    return texts.GROUP.format(mark=mark(category), category=category.value, count=count)


def noun(count: int, one: str, more: str) -> str:
    """The singular or plural noun for a count."""
    return one if count == 1 else more


def tally(findings: list[Finding]) -> str:
    """'▲ 1 waarschuwing · ● 74 aandachtspunten': each severity with its shape and count (the key to the shapes)."""
    counts = Counter(f.severity for f in findings)
    return " · ".join(f"{texts.MARKS[s.value]} {n} {_severity_word(s, n)}" for s in Severity if (n := counts[s]))


def summary(findings: list[Finding]) -> str:
    """'75 open punten: ▲ 1 waarschuwing · ● 74 aandachtspunten.' (empty when all is well)."""
    if not findings:
        return ""
    count = len(findings)
    return texts.SUMMARY.format(count=count, noun=noun(count, texts.POINT, texts.POINTS), parts=tally(findings))


def _severity_word(severity: Severity, count: int) -> str:
    return severity.value if count == 1 else texts.SEVERITY_PLURAL[severity.value]


def room_lines(t: Trajectory, category: Category, findings: list[Finding]) -> list[str]:
    """The lines the room reads for one category; actions are counted per bouwsteen, to keep the list short."""
    if category is not Category.ACTION_WITHOUT_ACTOR:
        return [subject(t, f) for f in findings]
    per_block = Counter(f.ref.id if f.ref else "" for f in findings)
    lines = []
    for block_id, count in per_block.items():
        block = t.theory.block(block_id)
        name = block.label if block else "?"
        lines.append(texts.ROOM_ACTIONS.format(block=name, count=count, noun=noun(count, texts.ACTION, texts.ACTIONS)))
    return lines
