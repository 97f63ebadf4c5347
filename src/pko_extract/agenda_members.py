"""The people of programme lines: what the lines next to a name line say about the person
(positions and organisations on the lines under a speaker-list line or on the affiliation
line under a name line alone) and whether a line names a talk rather than a post. Pure;
reads the layout model.
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_rows import time_length
from pko_extract.apposition_segments import classify_segments, split_segments
from pko_extract.lexicon import lexicon
from pko_extract.models import Layout, Line, Mention
from pko_extract.resources import Rules


def attach_following_lines(
    layout: Layout, line: Line, m: Mention, mention_starts: list[int], rules: Rules
) -> None:
    """Lines under a speaker-list line ("Deputy Secretary of State") are that person's
    positions and organisations, up to a blank, label or name line."""
    lex = lexicon(rules)
    idx = layout.line_index(line.start)
    for nxt in layout.lines[idx + 1 : idx + 4]:
        if nxt.blank or nxt.label or any(nxt.start <= s < nxt.end for s in mention_starts):
            break
        if len(nxt.text) > 120:
            break
        pos, orgs = classify_segments(split_segments(nxt.text.strip()), lex)
        m.positions.extend(pos)
        m.organizations.extend(orgs)


def attach_affiliation(layout: Layout, line: Line, m: Mention, rules: Rules) -> None:
    """A name line alone ("Dr. Kwame Mensah") followed by its affiliation line ("Director,
    Africa Peace Institute"): that line gives the person's positions and organisations."""
    after = P.PAREN_NOTE.sub("", layout.text[m.end : line.end]).strip(" ,.;:")
    k = layout.line_index(line.start) + 1
    if after or m.positions or m.organizations or k >= len(layout.lines):
        return
    nxt = layout.lines[k]
    body = nxt.text.strip().lstrip(",;").strip()
    if nxt.blank or nxt.label or nxt.bullet or len(body) > 160 or time_length(nxt.text):
        return
    if layout.kind_at(nxt.start) in {"heading", "timetable_row", "table_row"}:
        return
    positions, orgs = classify_segments(split_segments(body), lexicon(rules))
    if positions or orgs:
        m.positions.extend(x for x in positions if x not in m.positions)
        m.organizations.extend(x for x in orgs if x not in m.organizations)
