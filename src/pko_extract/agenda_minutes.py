"""Agenda item candidates from the headings of minutes and meeting records. Pure; reads the
layout model.

:func:`minutes_headings` returns ``{line start: ItemDraft}`` like the row strategies of
:mod:`pko_extract.agenda_rows`: "3. Casualty evacuation" followed by "3.1 The Chair ...",
or two or more "Item 3. Report of the Secretariat" headings; each item's section runs to
the next heading, so the roles the running text gives there belong to it.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.models import ItemDraft, Line

__all__ = ["minutes_headings"]

#: How a numbered line that is running text, not a heading, ends.
_NO_HEAD = (".", ";", ":")


def minutes_headings(lines: list[Line]) -> dict[int, ItemDraft]:
    """Headings of minutes ("3. Casualty evacuation" followed by "3.1 The Chair ...", or two
    or more "Item 3. Report of the Secretariat" lines): each is an item whose section runs
    to the next heading."""
    heads: list[tuple[Line, str, str | None]] = []
    content = [ln for ln in lines if not ln.blank]
    for i, line in enumerate(content[:-1]):
        m = re.match(r"[ \t]*(\d{1,2})\.[ \t]+(\S.{0,100})$", line.text)
        if not m or m.group(2).rstrip().endswith(_NO_HEAD):
            continue
        if re.match(rf"[ \t]*{m.group(1)}\.1\b", content[i + 1].text):
            heads.append((line, m.group(2).strip(), None))
    heads += _numbered_over_text(content, {h[0].start for h in heads})
    items = [(ln, P.ITEM_HEADING.match(ln.text)) for ln in content]
    found = [(ln, m) for ln, m in items if m and not m.group("title").rstrip().endswith(_NO_HEAD)]
    if len(found) >= 2:  # "Item 1. The Chair opened the meeting.": a paragraph, no heading
        heads += [(ln, m.group("title").strip(), m.group("label")) for ln, m in found]
        heads.sort(key=lambda h: h[0].start)
    out: dict[int, ItemDraft] = {}
    for k, (line, title, label) in enumerate(heads):
        end = heads[k + 1][0].start if k + 1 < len(heads) else lines[-1].end
        out[line.start] = ItemDraft(
            _minutes_kind(title), label, title, line.start, line.end, section=(line.end, end)
        )
    return out


#: A short numbered heading: "3. Induction training statistics", "3) Mobile teams" (a
#: capital, at most ten words, no sentence end).
_SHORT_HEAD = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+([A-Z][^.;:!?\n]{2,80})[ \t]*$")


def _numbered_over_text(content: list[Line], taken: set[int]) -> list[tuple[Line, str, None]]:
    """Headings numbered 1, 2, 3... in order, each over an unnumbered line of running text
    ("1. Welcome and apologies" / "The Chair opened the meeting at 10:05 ..."): three or
    more make the minutes' items. A numbered list whose lines follow each other (a ceremony
    programme) has no text under its lines, and is no such run."""
    run: list[tuple[Line, str, None]] = []
    for i, line in enumerate(content[:-1]):
        m = _SHORT_HEAD.match(line.text)
        if not m or line.start in taken or len(m.group(2).split()) > 10:
            continue
        nxt = content[i + 1].text
        if re.match(r"[ \t]*(?:\d{1,2}[.)]|[-•*])", nxt) or len(nxt.strip()) < 4:
            continue
        if int(m.group(1)) != len(run) + 1:
            if int(m.group(1)) != 1:
                continue
            run = []
        run.append((line, m.group(2).strip(), None))
    return run if len(run) >= 3 else []


def _minutes_kind(title: str) -> str:
    """The kind of a minutes heading by its first words: "Opening of the meeting", "Report
    of the Secretariat", "Adoption of the agenda"; a subject of discussion is a session."""
    low = title.casefold()
    if low.startswith(("opening", "welcome")):
        return "opening_remarks"
    if low.startswith("closing"):
        return "closing_remarks"
    if low.startswith("report"):
        return "report"
    if re.match(r"(?:adoption|any other business|other matters|date of|minutes of)", low):
        return "other"
    return "session"
