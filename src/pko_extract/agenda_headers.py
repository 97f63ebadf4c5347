"""Agenda items from header lines: a line that opens a part of the programme by its label
("Opening Remarks:", "Session 1: Keynote Speech "Title"", "(1) Session I "Title"",
"1. Opening Remarks by Mr. X", "### Closing Remarks", "| 09:00 | Opening remarks | Dr. X |"),
and a part that only gathers the numbered parts under it. Pure; reads the layout model.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.agenda_rows import next_line, time_length
from pko_extract.agenda_rules import find_label_inside, match_agenda_label, names_between, quoted
from pko_extract.models import ItemDraft, Layout, Line, Mention, PersonDraft
from pko_extract.resources import Rules


def header_item(line: Line, text: str, rules: Rules) -> ItemDraft | None:
    """An agenda item if ``line`` starts one."""
    content = text[line.content_start : line.end]
    head = text[line.label_start : line.end] if line.label else content
    markup = P.MARKUP.match(head.lstrip())
    if markup and head.lstrip().startswith("#"):
        head = head.lstrip()[markup.end() :]  # "### Closing Remarks"
    timed = time_length(head)
    head = head[timed:]
    # a table row "| 09:00 | Opening remarks | Dr. X |": the cells after the time
    head = head.strip().strip("|").strip()
    for i, part in enumerate(_bilingual_parts(head)):
        item = _header_from(part, line, rules, timed=bool(timed), first=i == 0)
        if item is not None:
            return item
    return None


def _bilingual_parts(head: str) -> list[str]:
    """The head, and its English part in "Allocution d'ouverture / Opening address"."""
    first = head.split("|")[0]
    parts = [head]
    if " / " in first:
        parts += [p.strip() for p in first.split(" / ")[1:] if p.strip()]
    return parts


def _header_from(
    head: str, line: Line, rules: Rules, *, timed: bool, first: bool
) -> ItemDraft | None:
    sm = P.SESSION_LABEL.match(head.lstrip())
    if sm:
        label = sm.group("label")
        rest = head.lstrip()[sm.end() :].lstrip(" :.-–—")
        if P.PROGRAM_TIME.match(rest.lstrip("(")):  # "Session One (9:30-11:00): Title"
            rest = P.PAREN_NOTE.sub("", rest, count=1).lstrip(" :.-–—")
        inner = find_label_inside(rest.split('"')[0].split("“")[0], rules)
        kind = (
            inner.kind
            if inner
            else (
                "panel"
                if label.startswith(("Panel", "Roundtable", "Mesa", "Painel"))
                else "keynote"
                if label.startswith("Keynote")
                else "session"
            )
        )
        rest = rest.split("|")[0]  # a table row's other cells are not the title
        q = quoted(rest)
        title = q[0] if q else None
        if title is None:
            plain = rest.strip(' :.-–—"“”')
            if inner and plain.casefold().startswith(inner.text.casefold()):
                after = plain[len(inner.text) :].strip(' :.-–—"“”')
                # "Keynote Speech: Title" -> "Title"; "Roundtable on Logistics" stays whole
                plain = after if rest.strip()[len(inner.text) :].lstrip()[:1] in ':-–—"“' else plain
                if not after:
                    plain = ""
            title = plain if plain and not plain.lower().startswith(("by ", "with ")) else None
        return ItemDraft(kind, label, title, line.start, line.end)
    found = match_agenda_label(head.lstrip(), rules)
    if not found:
        return None
    label, n = found
    joined = P.LABEL_AND_MORE.match(head.lstrip(), n)
    if joined:  # "Welcome and framing - Dr. X": the part's name runs to the dash
        n = joined.end()
    rest = head.lstrip()[n:]
    if label.kind == "session" and not rest.strip().startswith(('"', "“", ":")):
        return None
    # "Opening Remarks:", "1. Opening Remarks by Mr. X", "Welcome remarks — X",
    # "Keynote Speech: ..."
    if rest.strip() and not re.match(r"^\s*(?:[:—–|/-]|by\b|\(|$|[\"“«])", rest):
        return None
    if not (
        line.label
        or line.numbered
        or line.bullet
        or timed
        or len(line.text.strip()) < 60
        or re.match(r"^\s*(?:by\b|[—–-])", rest)
    ):
        return None
    if not first and line.label is None and not timed and len(line.text.strip()) >= 60:
        return None
    q = quoted(rest.split("|")[0])
    written = head.lstrip()[:n]
    return ItemDraft(label.kind, None, q[0] if q else written, line.start, line.end)


def gathers_parts(
    layout: Layout,
    line: Line,
    header: ItemDraft | None,
    rows: dict[int, ItemDraft],
    index: list[tuple[Mention, PersonDraft]],
    rules: Rules,
) -> bool:
    """A part that only gathers the numbered parts right under it ("Workshops" over
    "Workshop 1: Title", "Parallel sessions" over "Session 3A: Title", "Parallel breakout
    sessions (Day 1)" over "Breakout A - Title") and names nobody: the parts under it are
    the items, it is none."""
    if header is None or header.label or not header.title:
        return False
    words = P.PAREN_NOTE.sub("", header.title).casefold().split()  # "(Day 1, afternoon)"
    last = words[-1] if words else ""
    if len(last) < 4 or not last.endswith("s"):
        return False
    if names_between(index, line.start, line.end):
        return False
    nxt = next_line(layout, line)
    if nxt is None:
        return False
    part = header_item(nxt, layout.text, rules) or rows.get(nxt.start)
    if part is None or not (part.label or part.title):
        return False
    if part.label is not None:
        return part.label.split()[0].casefold() == last[:-1]
    # a part titled by its name and letter: "Breakout A - Title" under "... breakout sessions"
    named = P.PART_TITLE_DASH.split(part.title or "", maxsplit=1)[0].casefold().split()
    return len(named) == 2 and len(named[1]) <= 2 and named[0] in words[:-1] + [last[:-1]]
