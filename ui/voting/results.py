"""What a result chart shows, as plain data (no drawing): bars with titles, captions, segments and notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import Qt

from ui.voting import texts
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, TallyRow, VotingRound, tally

TITLE_LINES, BAR_LINES, SPLIT_BAR_LINES = 1.45, 1.15, 1.7
"""Height of a bar's title and of each of its bars, in text sizes (split bars are thicker: counts go inside)."""
MAX_GROUPS = 6
"""Whose voice: the largest groups get their own part of a bar; the rest are 'overige'."""
SHORT_LABEL = 40
"""Characters of an option's label in a note; longer labels are cut at a word and end in '…'."""


@dataclass(frozen=True)
class Segment:
    """A part of a bar: its value, colour and fill pattern, and what it stands for."""

    value: int
    colour: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern
    name: str = ""


@dataclass(frozen=True)
class Line:
    """One drawn bar (a bar row may hold two: before and after) with the caption after it."""

    segments: tuple[Segment, ...]
    caption: str


@dataclass(frozen=True)
class Bar:
    """One option: its title line (rank and name) and its bars."""

    code: str
    title: str
    lines: tuple[Line, ...]
    rank: int
    total: int


@dataclass(frozen=True)
class Chart:
    """A whole chart: the bars in order, notes for the top (ties, legend) and the text lines each bar takes."""

    title: str
    bars: tuple[Bar, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)
    legend: tuple[Segment, ...] = field(default_factory=tuple)
    """Swatches with names (pattern and colour) for charts whose bars have more than one kind of part."""
    message: str = ""
    """Said on the chart instead of bars (nobody has voted yet)."""
    bar_lines: float = BAR_LINES

    @property
    def lines_per_bar(self) -> float:
        """Text lines one bar takes: its title, its bars and a little air."""
        return TITLE_LINES + max((len(b.lines) for b in self.bars), default=1) * self.bar_lines + 0.3


def _revealed(t: Trajectory, round_id: str | None) -> VotingRound | None:
    voting_round = t.voting_round(round_id) if round_id else None
    return voting_round if voting_round and voting_round.status is RoundStatus.REVEALED else None


def rank_label(row: TallyRow) -> str:
    """'1.' or, for a shared place, '3='."""
    return f"{row.rank}=" if row.tied else f"{row.rank}."


def short(text: str, limit: int = SHORT_LABEL) -> str:
    """The text, or its first words up to `limit` characters followed by '…'."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-") + "…"


def said_list(names: list[str]) -> str:
    """Names quoted and listed the Dutch way: 'a', 'b' en 'c'."""
    quoted = [texts.QUOTED.format(text=name) for name in names]
    return quoted[0] if len(quoted) == 1 else texts.AND_LAST.format(names=", ".join(quoted[:-1]), last=quoted[-1])


def tie_notes(rows: list[TallyRow]) -> tuple[str, ...]:
    """A shared first place said in words, by the options' (shortened) labels; other shared places once, as '3='."""
    top = [short(row.label or row.code) for row in rows if row.tied and row.dots and row.rank == 1]
    notes = [texts.TIE.format(rank=1, names=said_list(top))] if top else []
    if any(row.tied and row.dots and row.rank > 1 for row in rows):
        notes.append(texts.TIES_NOTE)
    return tuple(notes)


def _label(voting_round: VotingRound, code: str) -> str:
    option = voting_round.option(code)
    label = option.label if option and option.label else code
    return label if label.startswith(code) or code.startswith("T") else f"{code} {label}"


def bars(t: Trajectory, round_id: str | None, colour: str) -> Chart | None:
    """The result: sorted, the exact count on each bar, ties marked and never broken."""
    voting_round = _revealed(t, round_id)
    if voting_round is None:
        return None
    rows = tally(voting_round, t.votes)
    title = texts.RESULT_TITLE.format(question=voting_round.question)
    if not any(r.dots for r in rows):
        return Chart(title, (), message=texts.NO_VOTES_YET)  # every option '1=' would say nothing
    items = tuple(Bar(r.code, f"{rank_label(r)} {_label(voting_round, r.code)}",
                      (Line((Segment(r.dots, colour),), str(r.dots)),), r.rank, r.dots) for r in rows)
    return Chart(title, items, tie_notes(rows))


def _delta(before: int, after: int) -> str:
    change = after - before
    return "±0" if change == 0 else f"+{change} ▲" if change > 0 else f"−{-change} ▼"


def before_after(t: Trajectory, round_id: str | None, earlier_id: str | None,
                 palette: tuple[str, ...]) -> Chart | None:
    """Two rounds on the same options side by side: 'voor' hatched, 'na' solid, and the change per option."""
    after, before = _revealed(t, round_id), _revealed(t, earlier_id)
    if after is None:
        return None
    chart = bars(t, round_id, palette[0])
    if chart is None or chart.message:
        return chart
    if before is None:
        return Chart(chart.title, chart.bars, (texts.NO_COMPARE, *chart.notes))
    old = {r.code: r.dots for r in tally(before, t.votes)}
    rows = tally(after, t.votes)
    items = tuple(Bar(r.code, f"{rank_label(r)} {_label(after, r.code)}", (
        Line((Segment(old.get(r.code, 0), palette[1], Qt.BrushStyle.BDiagPattern, texts.BEFORE),),
             f"{texts.BEFORE} {old.get(r.code, 0)}"),
        Line((Segment(r.dots, palette[0], Qt.BrushStyle.SolidPattern, texts.AFTER),),
             f"{texts.AFTER} {r.dots} ({_delta(old.get(r.code, 0), r.dots)})")), r.rank, max(r.dots, old.get(r.code, 0)))
        for r in rows)
    legend = (Segment(1, palette[1], Qt.BrushStyle.BDiagPattern, f"{texts.BEFORE}: {before.id}"),
              Segment(1, palette[0], Qt.BrushStyle.SolidPattern, f"{texts.AFTER}: {after.id}"))
    return Chart(texts.COMPARE_TITLE.format(question=after.question), items, tie_notes(rows), legend)


def _group_of(t: Trajectory, voter: str, by: str) -> str:
    person = t.participant(voter)
    if person is None:
        return texts.NO_GROUP
    if by == "sphere":
        sphere = next((s for s in t.theory.spheres if s.id == person.sphere_id), None)
        return sphere.name if sphere else texts.NO_GROUP
    return person.organisation or texts.NO_GROUP


def group_order(sizes: Counter[str]) -> list[str]:
    """Groups by their votes (most first), then by name; '(onbekend)' after the named groups."""
    return sorted(sizes, key=lambda g: (g == texts.NO_GROUP, -sizes[g], g.casefold()))


def split(t: Trajectory, round_id: str | None, by: str, palette: tuple[str, ...],
          patterns: tuple[Qt.BrushStyle, ...]) -> Chart | None:
    """Whose voice: each bar split per organisation or sphere (named rounds only), with a legend.

    Every bar and the legend list the groups in the same order, and the colours follow that order."""
    voting_round = _revealed(t, round_id)
    chart = bars(t, round_id, palette[0])
    if voting_round is None or chart is None or chart.message:
        return chart
    if voting_round.is_tally or voting_round.anonymous:
        return Chart(chart.title, chart.bars, (texts.SPLIT_TALLY if voting_round.is_tally else texts.SPLIT_ANONYMOUS,))
    votes = [v for v in t.votes if v.round_id == voting_round.id]
    per = Counter((v.option_code, _group_of(t, v.voter, by)) for v in votes)
    sizes = Counter(_group_of(t, v.voter, by) for v in votes)
    kept = group_order(sizes)[:MAX_GROUPS]
    groups = [*group_order(Counter({g: sizes[g] for g in kept})), *([texts.OTHER_GROUPS] if len(sizes) > len(kept) else [])]
    look = {g: (palette[i % len(palette)], patterns[i % len(patterns)]) for i, g in enumerate(groups)}
    items = tuple(_split_bar(bar, per, groups, look) for bar in chart.bars)
    legend = tuple(Segment(1, *look[g], g) for g in groups)
    title = texts.SPLIT_TITLE.format(question=voting_round.question)
    return Chart(title, items, (texts.SPLIT_BY.get(by, by).capitalize(), *chart.notes), legend, bar_lines=SPLIT_BAR_LINES)


def _split_bar(bar: Bar, per: Counter[tuple[str, str]], groups: list[str],
               look: dict[str, tuple[str, Qt.BrushStyle]]) -> Bar:
    """One option's bar in parts, in the order of `groups` ('overige' takes what the named groups leave)."""
    mine = {g: n for (code, g), n in per.items() if code == bar.code}
    parts = [(g, mine.get(g, 0) if g != texts.OTHER_GROUPS else sum(n for k, n in mine.items() if k not in groups))
             for g in groups]
    segments = tuple(Segment(n, *look[g], g) for g, n in parts if n)
    caption = f"{bar.total} (" + " + ".join(str(s.value) for s in segments) + ")" if len(segments) > 1 else str(bar.total)
    return Bar(bar.code, bar.title, (Line(segments, caption),), bar.rank, bar.total)
