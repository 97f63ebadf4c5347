"""Parse stage, people: the mention strategies that read the layout: programme lines, bylines
and credits, name lines under a role heading, a name line over an office line, a name line
with its parenthetical.

Pure. Each strategy takes the layout, the recognized spans and the lexicon and proposes
:class:`~pko_extract.models.Mention` candidates with their ``evidence``; ``people.py`` holds
the resolver that chooses among them (``people_prose.py`` holds the strategies that read
running text).
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_affiliation import affiliation_line_under
from pko_extract.apposition_segments import split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention, Recognized
from pko_extract.names import scan_name
from pko_extract.people_forms import (
    Candidate,
    inline_label_names,
    is_plausible_name,
    is_untitled_person_name,
)

__all__ = [
    "byline_mentions",
    "heading_line_mentions",
    "name_line_mentions",
    "name_over_office_mentions",
    "on_field_line",
    "program_line_mentions",
    "transcript_mentions",
]


def program_line_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A name opening a program line: "Moderator: Toshiya Hoshino", "• Richard Gowan, ..."."""
    text = layout.text
    out: list[Candidate] = []
    for line in layout.lines:
        if not line.bullet and not (line.label and lex.is_program_label(line.label)):
            continue
        span = scan_name(
            text, line.content_start, stop_words=lex.stop_words, particles=lex.particles
        )
        if span:
            raw = text[span[0] : span[1]]
            if is_plausible_name(raw, lex, min_tokens=2) and _followed_by_apposition(text, span[1]):
                out.append(Mention(span[0], span[1], raw, evidence="program_line"))
    for a, b in inline_label_names(layout, lex):  # "... Chair: Ana Lind Discussant: Tor Vik"
        if is_plausible_name(text[a:b], lex, min_tokens=2):
            out.append(Mention(a, b, text[a:b], evidence="program_line"))
    return out


def _followed_by_apposition(text: str, end: int) -> bool:
    nxt = text[end : end + 2]
    return nxt[:1] in {",", "(", "\n", ""} or nxt.startswith(" (") or end >= len(text) - 1


def byline_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """Bylines and photo credits: "By Ana Ruiz, Programme Lead", "Photo by Tom Ruddle/X",
    "Reporting by X", "UN Photo/Ibrahim Ould Cheikh", "(CPOR / Eleanor Whitcombe)"."""
    text = layout.text
    bylines = [m.end() for m in P.BYLINE.finditer(text)]
    starts = bylines + [m.end() for m in P.PICTURE_CREDIT.finditer(text)]
    for line in layout.lines:
        if P.CREDIT_LINE.search(line.text):
            starts += [line.start + m.end() for m in P.CREDIT_SLASH.finditer(line.text)]
    out: list[Candidate] = []
    starts.sort()
    for pos in starts:
        span = scan_name(
            text, pos, max_tokens=4, stop_words=lex.stop_words, particles=lex.particles
        )
        if span:
            raw = text[span[0] : span[1]]
            if is_plausible_name(raw, lex, min_tokens=2):
                out.append(Mention(span[0], span[1], raw, evidence="byline"))
                join = P.BYLINE_JOIN.match(text, span[1]) if pos in bylines else None
                if join:  # "Notes by J. Ferreira & L. Obi": the second writer
                    starts.append(join.end())
    return out + contact_mentions(layout, lex, {m.start for m in out})


def contact_mentions(layout: Layout, lex: Lexicon, found: set[int]) -> list[Candidate]:
    """The name a contact, editor or credit label gives, wherever the label opens a line, a
    bracket or a sentence: "Media contact: Ana Ruiz, press@x", "(Photo: Ana Ruiz)", "...
    Picture: ANA RUIZ", "Editor: Ana Ruiz | x", "by Ana Ruiz · 2 min read". The name fills the
    value up to its punctuation; it holds two to four name words and no organisation word."""
    text = layout.text
    out: list[Candidate] = []
    for hit in P.CONTACT_CREDIT.finditer(text):
        span = scan_name(
            text, hit.end(), max_tokens=4, stop_words=lex.stop_words, particles=lex.particles
        )
        if not span or span[0] in found or not P.CONTACT_NAME_END.match(text, span[1]):
            continue
        raw = text[span[0] : span[1]]
        if is_untitled_person_name(raw, lex):  # "Contact: Captain X": the honorific's
            out.append(Mention(span[0], span[1], raw, evidence="byline"))
    return out


def transcript_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """The questioner of a press-briefing transcript, named in brackets before the colon of
    the turn: "QUESTION (Ana Ruiz, Daily Star): ..." -> "Ana Ruiz", or first after it with
    the outlet: "Question: Ana Ruiz, Daily Star. How many ...?". The name must fill the
    bracket (or the words before the outlet's comma) up to its comma or its end."""
    text = layout.text
    out: list[Candidate] = []
    hits = [*P.TRANSCRIPT_ASKER.finditer(text), *P.TRANSCRIPT_ASKER_AFTER.finditer(text)]
    for hit in sorted(hits, key=lambda h: h.start()):
        span = scan_name(
            text, hit.start("name"), stop_words=lex.stop_words, particles=lex.particles
        )
        if not span or text[span[1] : hit.end("name")].strip():
            continue
        raw = text[span[0] : span[1]]
        if is_plausible_name(raw, lex, min_tokens=2):
            out.append(Mention(span[0], span[1], raw, evidence="transcript"))
    return out


def heading_line_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A line that opens with a name, under a heading that labels a role or a part of the
    programme ("Speakers", "Moderator", "Opening Remarks"): "Jane Doe", "Jane Doe, Director,
    X Institute". The heading labels the name lines under it, with or without an honorific,
    where the NER misses the name; the name ends the line or comes before its apposition."""
    text = layout.text
    out: list[Candidate] = []
    for block in layout.blocks:
        head = layout.heading_of(block)
        if head is None or not lex.is_program_label(text[head.start : head.end].strip(" :")):
            continue
        for line in layout.block_lines(block):
            at, honorific = _past_capital_honorifics(text, line.content_start, line.end, lex)
            span = scan_name(text, at, stop_words=lex.stop_words, particles=lex.particles)
            if not span or not P.NAME_LINE_REST.match(text, span[1], line.end):
                continue
            raw = text[span[0] : span[1]]
            if any(p.start < span[1] and span[0] < p.end for p in rec.places):
                continue
            if is_plausible_name(raw, lex, min_tokens=2) and not lex.has_org(raw):
                h_start = line.content_start if honorific else None
                out.append(
                    Mention(span[0], span[1], raw, honorific, h_start, evidence="heading_line")
                )
    return out


_CAPITAL_WORD = re.compile(r"[ \t]*(\(?[A-Z][A-Z.]*\)?)(?=[ \t])")
_RETIRED_CAPS = re.compile(r"\((?:RET|RETD|RTD|RETIRED)\.?\)")


def _past_capital_honorifics(text: str, pos: int, end: int, lex: Lexicon) -> tuple[int, str | None]:
    """Where a name line's name starts past honorifics written in capitals ("AMBASSADOR
    HELGA VON DER LEYEN", "GEN. (RET.) JOHN OKELLO"), and those honorifics as written (None
    when there are none): the case-sensitive honorific list knows "Ambassador", "Gen."."""
    at, first = pos, None
    while (m := _CAPITAL_WORD.match(text, at, end)) is not None:
        word = m.group(1)
        if word.title() not in lex.honorific_words and not _RETIRED_CAPS.fullmatch(word):
            break
        first = m.start(1) if first is None else first
        at = m.end()
    if first is None:
        return pos, None
    return at, text[first:at].strip()


def name_over_office_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A line that holds only a name, over a line that opens with an office: "Lena Okafor" /
    "Senior Fellow, Institute for Security Dialogue". The office line shows the line above
    it names a person, where the NER misses the name and no heading labels it."""
    text = layout.text
    out: list[Candidate] = []
    for line in layout.lines:
        if line.blank or line.label:
            continue
        span = scan_name(
            text, line.content_start, stop_words=lex.stop_words, particles=lex.particles
        )
        if not span or text[span[1] : line.end].strip():
            continue
        raw = text[span[0] : span[1]]
        if not is_plausible_name(raw, lex, min_tokens=2) or lex.has_org(raw):
            continue
        cand = Mention(span[0], span[1], raw, evidence="name_over_office")
        below = affiliation_line_under(layout, cand, lex)
        segs = split_segments(below) if below else []
        if segs and lex.position_at_start(segs[0]):
            out.append(cand)
    return out


def name_line_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A line that holds only a name and a parenthetical, as in programmes: "Ana Ruiz (Peace
    Institute)", "Prof Li Wei (Lakeside University)"."""
    text = layout.text
    out: list[Candidate] = []
    for line in layout.lines:
        hit = P.NAME_LINE_WITH_PAREN.match(line.text)
        if not hit:
            continue
        start = line.start + hit.start(1)
        span = scan_name(text, start, stop_words=lex.stop_words, particles=lex.particles)
        if span and span[1] == line.start + hit.end(1):
            raw = text[span[0] : span[1]]
            if is_plausible_name(raw, lex, min_tokens=2):
                out.append(Mention(span[0], span[1], raw, evidence="name_line"))
    return out


def on_field_line(layout: Layout, pos: int, lex: Lexicon) -> bool:
    """``pos`` is on a label line that is not a program label ("Venue: Salle X"). A caption
    ("Photo: From left to right, A, B") is no field: its label introduces the people shown."""
    if not layout.lines:
        return False
    line = layout.line_at(pos)
    if not line.label or lex.is_program_label(line.label) or layout.kind_at(pos) == "caption":
        return False
    return line.start <= pos < line.end


def in_link_bar(layout: Layout, start: int, end: int) -> bool:
    """``start:end`` lies in one cell of a bar of links: a line of three or more short cells
    split by "|" with no number but a year after "©" ("Home | About Us | Contact",
    "© 2020 The Institute | Privacy Notice | Terms of Use"). A site's menu, footer or app
    bar names no person; a programme or list table has times or serial numbers in its rows."""
    if not layout.lines:
        return False
    line = layout.line_at(start)
    if not line.start <= start < line.end:
        return False
    raw_cells = layout.text[line.start : line.end].split("|")
    cells = [c.strip() for c in raw_cells]
    if len(cells) < 3 or any(not c or len(c.split()) > 5 for c in cells):
        return False
    if any(re.search(r"\d", c) and not c.startswith("©") for c in cells):
        return False
    at = line.start
    for cell in raw_cells:
        if at <= start and end <= at + len(cell):
            return True
        at += len(cell) + 1
    return False
