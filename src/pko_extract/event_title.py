"""Parse stage, event metadata: the event's title. Pure; reads the layout model.

Strategies, strongest first (:data:`TITLE_STRATEGIES`): a "Title:"/"Theme:" field, a UN
meeting number ("Security Council" over "6370th Meeting (AM)"), the page's heading under its
furniture (navigation, genre labels, date lines) when it names the event (an event noun, an
event page's date line, a line under it saying what kind of event it is; a speech heading's
part that names the event), a quoted title right beside an event noun, the theme of an
unnamed event, a capitalised phrase with an event noun in running text, and last the event
phrase of a news headline ("X Concludes Workshop on Y"). A headline about something else is
not the title: none is better than a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.dates import date_hits, event_noun_re, is_date_line
from pko_extract.event_fields import title_from_field
from pko_extract.event_heading import before_place_and_date, heading_lines, kind_of_event
from pko_extract.event_quoted import PROGRAMME_KINDS, clean_span, named_after_cue, quoted_title
from pko_extract.models import Layout, Span
from pko_extract.resources import Rules, default_rules


def _theme_title(layout: Layout, rules: Rules) -> Span | None:
    """The quoted theme of an event that has no name of its own ("a forum held under the
    theme "X""); a named conference, forum, seminar... wins over its theme."""
    named = _named_event_title(layout, rules)
    if named is not None and P.EVENT_NAME_NOUN.search(named.text):
        return None
    return quoted_title(layout, rules, theme=True) or named_after_cue(layout, rules, theme=True)


def _named_event_title(layout: Layout, rules: Rules) -> Span | None:
    """A capitalised phrase naming the event in running text ("the yearly Seminar for
    Special ... Envoys"); a short headline is left to the heading strategies."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for m in P.CAP_PHRASE.finditer(text):
        phrase = m.group()
        if len(phrase.split()) < 3 or not nouns.search(phrase):
            continue
        if P.VENUE_NOUNS.search(phrase.split()[-1]) or all(
            P.VENUE_NOUN_NEXT.match(phrase, n.end()) for n in nouns.finditer(phrase)
        ):
            continue  # a place: "Lindgren Conference Center", "in Conference Room 2 of X"
        line = layout.line_at(m.start())
        if m.start() - line.start < 2 and len(line.text) < 120:
            continue  # a headline, tried by the heading strategies
        block = layout.block_at(m.start())
        if block is not None and (
            block.kind in PROGRAMME_KINDS - {"list_item"}
            or (
                block.kind == "list_item"
                and (block.heading is not None or _quoted_at(layout, m.start()))
                and not P.EVENT_VERBS.search(layout.text, block.start, block.end)
            )
        ):
            continue  # a speaker's office or a talk's title (not an item that reports one)
        start, end = m.start(), m.end()
        lead = P.DAY_POSSESSIVE.match(phrase)
        if lead:
            start += lead.end()  # "Thursday's Peacekeeping Forum"
        count = P.CONNECTOR_NUMBER_END.search(text, start, end)
        if count:
            end = count.start()  # "Workshop on X for 40 (officers)"
        dated = P.ON_DATE_INSIDE.search(text, start, end)
        if dated and date_hits(text[dated.start() : end + 12]):
            end = dated.start()  # "Regional Course on X on 8 June 2020"
        tail = re.search(r"\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$", text[start:end])
        if tail and not nouns.search(tail.group()):
            end = start + tail.start()  # "... Forum in Ottawa"
        subject = P.EVENT_SUBJECT_TAIL.match(text, end)
        if subject and nouns.search(text[max(start, end - 20) : end]):
            end = subject.end()  # "Meeting on comprehensive review of ..."
        return clean_span(text, start, end, "TITLE")
    return None


def _quoted_at(layout: Layout, pos: int) -> bool:
    """Offset ``pos`` lies inside a quotation on its line."""
    line = layout.line_at(pos)
    return any(q.start() <= pos - line.start < q.end() for q in P.QUOTED.finditer(line.text))


def _headline_verb(rules: Rules) -> re.Pattern[str]:
    return event_noun_re(rules.headline_verbs)


@lru_cache(maxsize=4)
def _plural_subject_verb(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A news headline's plural subject and its verb in the base form, in lower case: the
    base forms of the ``-s`` headline verbs ("Delegates return for X", "Nigerian officers
    complete Y", "Women peacekeepers share Z", "Peacekeepers from Nepal receive W"); a
    title-case "X Operations Review Conference" is no sentence."""
    bases = sorted({_base_form(v) for v in verbs if v.endswith("s") and len(v) > 3})
    return re.compile(
        r"^(?=[A-Z])(?:[\w’'.-]+[ \t]+){0,4}?(?:[\w’'-]+s|[Ww]omen|[Mm]en|[Pp]eople"
        r"|[Pp]olice|[Ss]taff)(?:[ \t]+(?:from|of|in|with)(?:[ \t]+[A-Z][\w’'-]*){1,2})?"
        r"[ \t]+(?P<verb>" + "|".join(map(re.escape, bases)) + r")\b"
    )


def _base_form(verb: str) -> str:
    """ "launches" -> "launch", "addresses" -> "address", "closes" -> "close", "pays" -> "pay"."""
    if verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    return verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]


def _trim_title(text: str, s: int, e: int, place: bool = True) -> tuple[int, int]:
    """Drop a closing date ("Launch of X – 12 May 2016"), a genre suffix ("- Chair's
    Summary") and, with ``place``, a closing place ("in Accra")."""
    tail = P.TITLE_DATE_TAIL.search(text, s, e)
    if tail and tail.start() > s and date_hits(tail.group()):
        e = tail.start()
    for rx in (P.TITLE_GENRE_SUFFIX, P.TITLE_PLACE_TAIL)[: 2 if place else 1]:
        m = rx.search(text, s, e)
        if m and m.start() > s:
            e = m.start()
    return s, e


def _heading_title(layout: Layout, rules: Rules) -> Span | None:
    """The page's heading when it names the event: no headline verb, and an event noun
    in it or a date line right under it ("A Dialogue Towards X" / "Thursday, 13 January
    2011"); a quoted title inside the heading wins. Lines above it that are neither (a
    site's name) are passed over; a news headline or running text ends the search."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for s, e in heading_lines(layout, rules):
        head = text[s:e]
        if len(head) >= 150 or head[-1] in ".,;" or _is_news_headline(head, rules):
            return None
        q = P.QUOTED.search(head) or P.GUILLEMETS.search(head)
        if q and P.SPOKEN.search(q.group("q")):
            q = None  # a quotation of what someone said, not a title
        if _indefinite_event(head, nouns):
            continue  # "A meeting of the heads of state ...": the event is named elsewhere
        genre = _genre_labelled(layout, s)
        under = _date_follows(layout, e, genre=genre, rules=rules)
        named = (
            _noun_in(head, nouns)
            or (under is not None and (under == "event" or genre or _title_like(head)))
            or _kind_line_follows(layout, e, nouns)
            or (genre and kind_of_event(layout.line_at(s).label or "", rules))
            or (_title_like(head) and _event_date_above(layout, s))
        )
        if q and len(q.group("q").split()) >= 2 and named:
            return clean_span(text, s + q.start("q"), s + q.end("q"), "TITLE")
        side = P.SIDELINES_OF.search(head)
        if named and side and _noun_in(side.group("event"), nouns):
            return clean_span(text, s + side.start("event"), s + side.end("event"), "TITLE")
        if named and not _is_place_line(head):
            s, e = _trim_title(text, *_past_speech_part(text, s, e, nouns), place=False)
            prefix = P.TITLE_GENRE_PREFIX.match(text, s, e)
            if prefix and _noun_in(text[prefix.end() : e], nouns):
                s = prefix.end()  # "Reflections on the X Retreat" -> "X Retreat"
            found = clean_span(text, s, e, "TITLE")
            return Span(found.start, found.end, " ".join(found.text.split()), "TITLE")
        if not (
            q or head.isupper() or head[0] == "«" or _is_place_line(head) or _is_org_line(head)
        ):
            return None
    return None


def _past_speech_part(text: str, s: int, e: int, nouns: re.Pattern[str]) -> tuple[int, int]:
    """A speech's heading names the event in a later part: "Speaking Notes for X, Minister
    – United Nations Peacekeeping Defence Ministerial - Official Closing" -> the part with
    the event noun; "Remarks by X at the opening of the Y Seminar on Z" -> "Y Seminar on Z"
    (the part after "at", "to", "during", "on the occasion of" that holds the event noun
    before the next such word; a closing place and date dropped); "Speech at the Launch of
    the X Strategy" -> "Launch of the X Strategy"; any other heading stays whole."""
    if not P.SPEECH_HEAD.match(text, s, e):
        return s, e
    dashes = list(P.SPACED_DASH.finditer(text, s, e))
    for i, dash in enumerate(dashes):
        a, b = dash.end(), dashes[i + 1].start() if i + 1 < len(dashes) else e
        if _noun_in(text[a:b], nouns):
            return a, b
    links = list(P.SPEECH_EVENT_LINK.finditer(text, s, e))
    for i, link in enumerate(links):
        upto = links[i + 1].start() if i + 1 < len(links) else e
        if _noun_in(text[link.end() : upto], nouns):
            return link.end(), before_place_and_date(text, link.end(), e)
        launch = P.LAUNCH_WORD.search(text, link.start(), link.end())
        if launch and upto == e:  # "Speech at the Launch of the X Strategy": the launch
            return launch.start(), before_place_and_date(text, launch.start(), e)
    return s, e


def _noun_in(head: str, nouns: re.Pattern[str]) -> bool:
    """An event noun used as a noun ("Japanese symposium on X"; not the verb of "students
    debate the future")."""
    return any(not P.ARTICLE_AFTER.match(head, m.end()) for m in nouns.finditer(head))


def _is_place_line(head: str) -> bool:
    """A venue line: "Lumley Beach Conference Hall, Freetown"."""
    return bool(P.VENUE_NOUNS.fullmatch(head.split(",")[0].split()[-1]))


def _is_org_line(head: str) -> bool:
    """A site's or host's name over the headline: "Centre for Peace Studies (CPS)"."""
    return len(head.split()) <= 8 and bool(P.VENUE_NOUNS.search(head)) and head[-1] not in "?!"


def _is_news_headline(head: str, rules: Rules) -> bool:
    """A headline that reports ("UNAMID Concludes X", "Embassy honours Y"): a headline verb
    (not one after a connector, which makes it an adjective: "Peace Operations and Organised
    Crime"), or a verb in -s right after the capitalised subject."""
    verbs = (
        v
        for v in _headline_verb(rules).finditer(head)
        if not P.CONNECTOR_BEFORE.search(head, 0, v.start())
    )
    return bool(
        next(verbs, None)
        or P.HEADLINE_S_VERB.match(head)
        or _plural_subject_verb(rules.headline_verbs).match(head)
    )


def _genre_labelled(layout: Layout, start: int) -> bool:
    """The heading is the value of a genre label ("Workshop report: X")."""
    line = layout.line_at(start)
    return line.label is not None and start >= line.content_start


def _date_follows(
    layout: Layout, end: int, genre: bool = False, rules: Rules | None = None
) -> str | None:
    """Whether the next line under ``end`` (past a "with <speaker>" line and a line saying
    what kind of event it is, "Hybrid event") is a date line or
    opens with a date: ``"event"`` when it also gives a weekday, a clock time or a range
    (an event page's "Thursday, 13 January 2011, 4:30 pm", "12 - 13 April 2010"),
    ``"date"`` for a bare date (often the publication's), else None. A byline's date
    ("Posted 3 March 2015 by ...") is the publication's, so it counts only under a genre label."""
    head = layout.line_at(end).text.strip()
    after = (ln for ln in layout.lines if ln.start > end and ln.text.strip() not in ("", head))
    nxt = next(after, None)
    if nxt is not None and P.WITH_SPEAKER_LINE.match(nxt.text):
        nxt = next(after, None)
    if nxt is not None and rules is not None and kind_of_event(nxt.text.strip(), rules):
        nxt = next(after, None)  # "Hybrid event" between the title and its date
    if nxt is None:
        return None
    if not genre and (layout.kind_at(nxt.start) == "byline" or P.BYLINE_START.match(nxt.text)):
        return None
    hits = date_hits(nxt.text)
    if not hits or not (is_date_line(nxt.text, hits[0]) or hits[0].start < 45):
        return None
    # a story's first line opening with its dateline: only the dateline tells, not a weekday
    # later in the story ("MALAKAL, 9 November 2017 -- ... on Tuesday")
    scope = nxt.text if is_date_line(nxt.text, hits[0]) else nxt.text[: hits[0].end + 12]
    ranged = hits[0].last_day is not None or len([h for h in hits if h.start < len(scope)]) > 1
    return "event" if ranged or P.WEEKDAY_OR_TIME.search(scope) else "date"


def _event_date_above(layout: Layout, start: int) -> bool:
    """An event page's date line over the heading, perhaps with a time line under it
    ("Wednesday, 9 March 2016" / "12:30 - 14:00" / heading): a weekday, a clock time or a
    range says it dates the event; a bare date or a byline's may be the publication's."""
    above = [ln for ln in layout.lines if ln.end <= start and not ln.blank][-3:]
    timed = False
    for line in reversed(above):
        body, hits = line.text.strip(), date_hits(line.text)
        letters = sum(map(str.isalpha, P.WEEKDAY_OR_TIME.sub(" ", body)))
        if not hits and letters <= 3 and re.search(r"\d", body):
            timed = True  # "12:30 - 14:00"
            continue
        if not hits or not is_date_line(body, hits[0]) or P.BYLINE_START.match(body):
            return False
        if layout.kind_at(line.start) == "byline":
            return False
        return timed or hits[0].last_day is not None or bool(P.WEEKDAY_OR_TIME.search(body))
    return False


def _describes_event(line: str, nouns: re.Pattern[str]) -> bool:
    """A line that says what kind of event it was rather than naming it: an indefinite
    article before the event noun ("A chatham House Africa Programme Conference", "A meeting
    of the heads of state"), or a closing colon ("International Peace Conference with the
    Peace Society:")."""
    words = line.split()
    if not 0 < len(words) <= 12 or not _noun_in(line, nouns):
        return False
    return bool(P.INDEFINITE_START.match(line)) or line.rstrip().endswith(":")


def _indefinite_event(head: str, nouns: re.Pattern[str]) -> bool:
    """A heading that describes an unnamed event: an indefinite article and a common noun
    ("A meeting of the Heads of State ..."; not "A Dialogue Towards the Summit")."""
    noun = nouns.search(head)
    return bool(P.INDEFINITE_START.match(head)) and noun is not None and noun.group()[0].islower()


def _kind_line_follows(layout: Layout, end: int, nouns: re.Pattern[str]) -> bool:
    """One of the two lines under the heading says what kind of event the heading names
    ("Ensuring Peace in Africa" / "A Chatham House Conference")."""
    head = layout.line_at(end).text.strip()
    after = [ln for ln in layout.lines if ln.start > end and ln.text.strip() not in ("", head)]
    return any(_describes_event(ln.text.strip(), nouns) for ln in after[:2])


def _title_like(head: str) -> bool:
    """Capitalised like a name ("A Dialogue Towards Lasting Peace"), not like a sentence
    ("Some 700 peacekeepers awarded with the UN Medal"): at most one lower-case word
    besides the small words of a title."""
    lower = [w for w in head.split() if w[:1].islower() and not P.TITLE_SMALL_WORD.fullmatch(w)]
    return len(lower) <= 1


def _meeting_title(layout: Layout, rules: Rules) -> Span | None:
    """A numbered meeting of a body: "Security Council" over "6370th Meeting (AM)" ->
    "Security Council 6370th Meeting"; "the 865th meeting of the Peace and Security
    Council" -> "Peace and Security Council 865th meeting"; "the X Committee, which was
    opening its 1996 session" -> "X Committee 1996 session"."""
    text = layout.text
    for i, line in enumerate(layout.lines[:30]):
        m = P.MEETING_NUMBER_LINE.match(line.text)
        if not m:
            continue
        above = [ln for ln in layout.lines[:i] if not ln.blank][-1:]
        body = P.BODY_NAME.fullmatch(above[0].text.strip()) if above else None
        body = body or P.BODY_AFTER_THE.search(text, line.end)
        s, e = line.start + m.start("n"), line.start + m.end("n")
        if body:
            return Span(s, e, f"{body.group('body')} {m.group('n')}", "TITLE")
        return clean_span(text, s, e, "TITLE")
    m = P.NTH_MEETING_OF.search(text, 0, 600)
    if m:
        return Span(m.start(), m.end(), f"{m.group('body')} {m.group('n')}", "TITLE")
    m = P.BODY_OPENS_SESSION.search(text) or P.BODY_ITS_SESSION.search(text, 0, 600)
    if m:
        return Span(m.start("body"), m.end(), f"{m.group('body')} {m.group('session')}", "TITLE")
    return None


def _body_meeting_title(layout: Layout, rules: Rules) -> Span | None:
    """A body's numbered meeting named in running text near the top, when no heading names
    the event: "The Peace and Security Council ..., at its 780th meeting held on 4 July" ->
    "Peace and Security Council 780th meeting"."""
    m = P.BODY_ITS_MEETING.search(layout.text, 0, 600)
    if m is None:
        return None
    return Span(m.start("body"), m.end(), f"{m.group('body')} {m.group('session')}", "TITLE")


def _headline_event_phrase(layout: Layout, rules: Rules) -> Span | None:
    """The event phrase of a news headline: the side of its verb that holds an event noun
    ("UNAMID Concludes Workshop on X in Y" -> "Workshop on X"), or a verbless headline
    with an event noun."""
    text, nouns, verbs = layout.text, event_noun_re(rules.event_nouns), _headline_verb(rules)
    for s, e in heading_lines(layout, rules, limit=5):
        head = text[s:e]
        if len(head) >= 150 or head[-1] in ".;" or not _names_event(head, nouns):
            continue
        v = (
            verbs.search(head)
            or _plural_subject_verb(rules.headline_verbs).match(head)
            or P.HEADLINE_S_VERB.match(head)
        )
        if v is None:
            return clean_span(text, *_trim_title(text, s, e), "TITLE")
        vs, ve = v.span("verb") if "verb" in v.re.groupindex else v.span()
        for a, b in ((s + ve, e), (s, s + vs)):
            if _names_event(text[a:b], nouns):
                a, b = _trim_title(text, a, b)
                lead = re.match(r"\s*(?:the|a|an|el|la|los|las|le|les)\s+", text[a:b], re.I)
                phrase = clean_span(text, a + (lead.end() if lead else 0), b, "TITLE")
                return phrase if _names_itself(phrase.text, nouns) else None
        return None
    return None


def _names_itself(phrase: str, nouns: re.Pattern[str] | None = None) -> bool:
    """An event phrase that can be a name: more than its noun ("Ceremony" of "Ceremony
    honours X" is none), not a complement opened by a preposition ("for follow-up
    meeting" of "Delegates return for follow-up meeting"), and its event noun not in one
    ("ten years with ceremony" of "Mission marks ten years with ceremony")."""
    words = phrase.split()
    if len(words) < 2 or P.PREPOSITION.fullmatch(words[0]):
        return False
    noun = nouns.search(phrase) if nouns is not None else None
    before = phrase[: noun.start()].split() if noun is not None else []
    while before and before[-1].casefold() in {"a", "an", "the", "its", "their", "his", "her"}:
        before.pop()  # "with a ceremony"
    return not (before and P.PREPOSITION.fullmatch(before[-1]))


def _names_event(phrase: str, nouns: re.Pattern[str]) -> bool:
    """An event noun or a numbered session ("31st Session of the Council") in ``phrase``."""
    return bool(nouns.search(phrase) or P.ORDINAL_SESSION.search(phrase))


#: Title strategies, strongest first; the first that finds one wins.
TITLE_STRATEGIES = (
    title_from_field,
    _meeting_title,
    _heading_title,
    _body_meeting_title,
    quoted_title,
    named_after_cue,
    _theme_title,
    _named_event_title,
    _headline_event_phrase,
)


def parse_title(layout: Layout, rules: Rules | None = None) -> Span | None:
    """The event's title."""
    rules = rules or default_rules()
    for strategy in TITLE_STRATEGIES:
        found = strategy(layout, rules)
        if found is not None:
            return _undoubled(found)
    return None


def _undoubled(span: Span) -> Span:
    """The title without a typing slip's doubled small word ("Day of of UN Peacekeepers"
    -> "Day of UN Peacekeepers"); the span keeps the offsets of the text as written."""
    fixed = P.DOUBLED_WORD.sub(r"\g<word>", span.text)
    return span if fixed == span.text else Span(span.start, span.end, fixed, span.label)
