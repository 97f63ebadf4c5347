"""Parse stage, event metadata: a title written in quotation marks beside the event's noun
("Symposium "X"", "“X” panel discussion", "a seminar entitled "X""). Pure; reads the layout
model. :mod:`pko_extract.event_title` tries it among its strategies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.dates import date_hits, event_noun_re
from pko_extract.event_heading_cues import title_like
from pko_extract.models import Layout, Span
from pko_extract.resources import Rules

#: Block kinds of a programme or list: a quoted or capitalised phrase there is a talk's title
#: or a speaker's office, not the event's name.
PROGRAMME_KINDS = frozenset({"timetable_row", "table_row", "list_item", "field"})


def quoted_title(layout: Layout, rules: Rules, theme: bool = False) -> Span | None:
    """A quoted title next to an event noun ("Symposium "X"", "“X” panel discussion"); a
    talk's title in a programme row or list item is not the event's. A theme ("under the
    theme "X"") only with ``theme``: it names the event when nothing else does."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    quotes = [*P.OPENED_QUOTED.finditer(text), *P.OPENED_SINGLE_QUOTED.finditer(text)]
    for m in sorted(quotes, key=lambda q: q.start()):
        if layout.kind_at(m.start()) in PROGRAMME_KINDS:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        inside = m.group("q")
        if inside[:1].islower():
            continue  # a fragment of a quotation
        if len(inside.split()) > 18 or re.search(r"[.!]\s", inside) or P.SPOKEN.search(inside):
            continue  # a quotation, not a title
        if re.search(r"\?\s", inside) and not title_like(inside):
            continue  # "Why are we here? We asked ourselves": a quotation ("Who Keeps the
            # Peace? Policing after War" is capitalised like a title)
        if bool(P.THEME_BEFORE.search(before)) != theme or P.TALK_BEFORE.search(before):
            continue
        named = len(inside.split()) >= 2 or bool(nouns.search(before[-25:]))
        beside = _beside_event_noun(text, m.start(), m.end(), nouns)
        if named and (theme or beside or P.EVENT_NAME_NOUN.search(inside)):
            return clean_span(text, m.start("q"), m.end("q"), "TITLE")
    return None


def named_after_cue(layout: Layout, rules: Rules, theme: bool = False) -> Span | None:
    """A capitalised title without quotation marks after "entitled", "titled", "called"
    beside an event noun ("a workshop entitled Protecting Civilians in Urban Settings on 4
    April"): the phrase up to a date (a closing "in City" stays: "X in Peace Operations"
    reads the same). A theme ("on the theme X") only
    with ``theme``; a talk's title ("delivered a lecture entitled X") is not the event's."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for m in P.NAMED_AFTER_CUE.finditer(text):
        if bool(m.group("theme")) != theme or layout.kind_at(m.start()) in PROGRAMME_KINDS:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        talk = m.group("cue") and P.TALK_BEFORE.search(text, m.start() - len(before), m.end("cue"))
        if not nouns.search(before) or talk:
            continue
        s, e = m.start("q"), m.end("q")
        more = P.TITLE_RUN_ON.match(text, e)
        if more:
            e = more.end()  # "titled Lessons from the Drawdown in X"
        hit = next(iter(date_hits(text[s:e])), None)
        if hit is not None:  # "... Settings on 4 April 2017"
            lead = P.DATE_LEAD.search(text, s, s + hit.start)
            e = lead.start() if lead else s + hit.start
        if len(text[s:e].split()) >= 2:
            return clean_span(text, s, e, "TITLE")
    return None


def _beside_event_noun(text: str, start: int, end: int, nouns: re.Pattern[str]) -> bool:
    """The quotation ``text[start:end]`` names an event: an event noun or a word that
    stands right before it ("the webinar "X"", "a seminar on "X"", "a conference entitled
    "X""), or an event noun follows it ("“X” panel discussion"), or it is a line of its own
    under a line with an event noun ("CONFERENCE REPORT" / "“X”"). Not "a ceremony
    presenting the "X Medal"" nor "the conference belongs to a project, "X"": there the
    quotation names something else."""
    word = P.WORD_BEFORE_QUOTE.search(text, max(0, start - 40), start)
    if word and nouns.fullmatch(word.group("word")):
        return True
    word = P.ADJECTIVE_AFTER_NOUN.search(text, max(0, start - 40), start)
    if word and nouns.fullmatch(word.group("word")):
        return True  # "il seminario internazionale "X""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if (
        not text[line_start:start].strip()
        and not text[end : len(text) if line_end < 0 else line_end].strip()
    ):
        return bool(nouns.search(text, max(0, start - 60), start))  # a quoted heading line
    return _tail_noun(nouns.pattern).match(text, end) is not None


@lru_cache(maxsize=4)
def _tail_noun(nouns: str) -> re.Pattern[str]:
    """A few words after a quotation, then an event noun ("“X” panel discussion")."""
    return re.compile(P.QUOTE_TAIL.pattern + "(?:" + nouns + ")", re.IGNORECASE)


def clean_span(text: str, s: int, e: int, label: str) -> Span:
    """A span of ``text`` without surrounding blanks, quotes and closing punctuation."""
    while s < e and text[s] in ' \t\n"“':
        s += 1
    while e > s and text[e - 1] in ' \t\n"”.,':
        e -= 1
    return Span(s, e, text[s:e], label)
