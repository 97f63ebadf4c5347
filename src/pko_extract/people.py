"""Parse stage, people: person mentions, their honorifics, positions and organisations
(``people_group.py`` groups the mentions into persons).

Pure. Inputs are the text, the recognized spans (honorifics and position words from the
SpanRuler, PERSON entities from the statistical NER) and the rule data. A mention is found
from an honorific or rank ("Prof. Takahiro SHINYO"), a program role label ("Moderator:
Toshiya Hoshino") or the NER, then checked to look like a personal name (no organisation,
position or agenda words). The strategies live in ``people_layout.py`` (they read lines,
labels and headings) and ``people_prose.py`` (they read running text); this module holds
their order and the resolver. ``apposition.py`` reads the positions and organisations
around a mention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pko_extract import patterns as P
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention, Recognized
from pko_extract.names import name_tokens
from pko_extract.people_forms import Taken, coordinated_names, short_forms
from pko_extract.people_group import group_mentions
from pko_extract.people_layout import (
    byline_mentions,
    heading_line_mentions,
    name_line_mentions,
    name_over_office_mentions,
    program_line_mentions,
    transcript_mentions,
)
from pko_extract.people_prose import (
    affiliation_mentions,
    delegate_mentions,
    honorific_mentions,
    ner_mentions,
    office_mentions,
    parenthetical_mentions,
    position_word_mentions,
    quoted_speaker_mentions,
    title_mentions,
)

__all__ = ["STRATEGIES", "find_mentions", "group_mentions", "short_forms"]


#: The strategies that read the text, strongest first: the resolver keeps a candidate only
#: where no stronger one lies.
STRATEGIES = (
    honorific_mentions,
    program_line_mentions,
    byline_mentions,
    transcript_mentions,
    parenthetical_mentions,
    delegate_mentions,
    name_line_mentions,
    heading_line_mentions,
    name_over_office_mentions,
    ner_mentions,
    quoted_speaker_mentions,
    affiliation_mentions,
    office_mentions,
    title_mentions,
    position_word_mentions,
)


def find_mentions(
    layout: Layout, rec: Recognized, lex: Lexicon, countries: frozenset[str] = frozenset()
) -> list[Mention]:
    """All person mentions in document order (non-overlapping).

    Every strategy proposes candidates; the resolver keeps them in strategy order where the
    text is still free (a title run before a name the NER cut short replaces it), then adds
    the names joined to a found one by "and" (:func:`coordinated_names`) and the short forms
    of the names found (:func:`short_forms`).
    A name holding a country's name ("EUTM Mali", "Guinea Bissau") names no person.
    """
    mentions: list[Mention] = []
    taken = Taken(len(layout.text))
    places = {name_tokens(c) for c in countries}
    ner: dict[int, Mention] = {}  # the NER's mentions by start and by end
    for strategy in STRATEGIES:
        for cand in strategy(layout, rec, lex):
            if _holds_a_place(cand.raw, places) or _names_a_place(cand, lex):
                continue
            cut = _cut_short(cand, ner, taken) if strategy in _READ_THE_START else None
            if cut is not None:
                mentions.remove(cut)  # "Police Adviser Sofia Maria X": the NER lost "Sofia"
            elif not (strategy is honorific_mentions or taken.free(cand.start, cand.end)):
                continue
            mentions.append(cand)
            taken.add(cand)
            if strategy is ner_mentions:
                ner[cand.start] = ner[cand.end] = cand
    for i, m in enumerate(mentions):
        if (head := _wrapped_head(layout, rec, m, lex)) is not None and taken.free(head, m.start):
            mentions[i] = replace(m, start=head, raw=layout.text[head : m.end])
            taken.add(mentions[i])
    for i, m in enumerate(mentions):
        if (tail := _particle_tail(layout.text, m, lex)) is not None and taken.free(m.end, tail):
            mentions[i] = replace(m, end=tail, raw=layout.text[m.start : tail])
            taken.add(mentions[i])
    for cand in coordinated_names(layout, mentions, taken, lex):
        if not _holds_a_place(cand.raw, places):
            mentions.append(cand)
    for cand in short_forms(layout, mentions, taken, lex):
        mentions.append(cand)
        taken.add(cand)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _wrapped_head(layout: Layout, rec: Recognized, m: Mention, lex: Lexicon) -> int | None:
    """The start of a name's given name left on the line above when running text was
    wrapped inside the name: "... presided over by Commissioner (ret.) Abdoulaye\nDiallo
    Keita. He ..." (the mention "Diallo Keita" opens the line) -> the offset of "Abdoulaye".
    Both lines are paragraph lines, the upper one holds prose (a lower-case word) and ends
    with one name word, right after an office or an honorific (a "(ret.)" between them);
    the mention has no honorific of its own and is followed on its line by more text. Name
    lines one under another are never joined (they are no paragraph)."""
    text = layout.text
    i = layout.line_index(m.start)
    line = layout.lines[i]
    if m.honorific is not None or m.start != line.content_start or i == 0 or m.end >= line.end:
        return None
    above = layout.lines[i - 1]
    if layout.kind_at(line.start) != "paragraph" or layout.kind_at(above.start) != "paragraph":
        return None
    word = re.search(r"(?:^|[ \t])([A-Z][\w’'-]+)[ \t]*$", above.text)
    if not word or word.group(1) in lex.stop_words or word.group(1) in lex.honorific_words:
        return None
    head = above.start + word.start(1)
    if not re.search(r"\b[a-z]{2,}\b", text[above.start : head]):
        return None
    before = text[above.start : head].rstrip()
    if rank := P.RANK_PAREN.search(before):
        before = before[: rank.start()] if rank.end() == len(before) else before
    cut = above.start + len(before)
    if not any(s.end == cut for s in (*rec.positions, *rec.honorifics)):
        return None
    if len(text[head : m.end].split()) > 5:
        return None
    return head


#: A capitalised name word right after a name cut at a particle (group 1): " Rosli" after
#: "Hafiz bin"; on the same line.
_NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w’'-]+)\b")


def _particle_tail(text: str, m: Mention, lex: Lexicon) -> int | None:
    """Where a name ends that the NER cut after a particle: "Ahmad bin" of "Ahmad bin Yusof"
    -> the end of "Yusof" (a name word that is no stop word follows the particle)."""
    words = m.raw.split()
    if len(words) < 2 or words[-1] not in lex.particles:
        return None
    hit = _NAME_WORD_AFTER.match(text, m.end)
    if hit is None or hit.group(1) in lex.stop_words or hit.group(1) in lex.honorific_words:
        return None
    return hit.end(1)


#: Strategies that read where a name starts and ends from the office around it: their name
#: replaces an NER name it contains ("Ranking Member Ana O'Hara-Vance", "Ana Li Wu, Chair of").
_READ_THE_START = (title_mentions, office_mentions)


def _cut_short(cand: Mention, ner: dict[int, Mention], taken: Taken) -> Mention | None:
    """The NER mention that ``cand`` contains and lengthens at one end, if the rest of
    ``cand`` is free: the NER cut the name short."""
    for cut in (ner.get(cand.end), ner.get(cand.start)):
        if cut is None or not (cand.start <= cut.start and cut.end <= cand.end):
            continue
        if cut.end - cut.start < cand.end - cand.start and taken.free(cand.start, cut.start):
            if taken.free(cut.end, cand.end):
                return cut
    return None


def _names_a_place(cand: Mention, lex: Lexicon) -> bool:
    """A run without an honorific whose last word names a building, a room or a prize:
    "Robertson Hall", "Mercer Building" (a line of a venue), not a person ("Dr. Ana Hall" is
    one)."""
    toks = cand.raw.split()
    return cand.honorific is None and len(toks) > 1 and toks[-1] in lex.place_words


def _holds_a_place(raw: str, places: set[tuple[str, ...]]) -> bool:
    """Whether a run of a name's words is a place name: "EUTM Mali" holds ("mali",). The run
    starts and ends at a word's edge: a place inside a hyphenated family name is none
    ("Carla Montenegro-Illescas"), a hyphenated place is one ("Guinea-Bissau")."""
    toks: list[str] = []
    edges = {0}
    for word in raw.split():
        toks += name_tokens(word)
        edges.add(len(toks))
    return any(tuple(toks[i:j]) in places for i in edges for j in edges if i < j)
