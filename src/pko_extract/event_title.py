"""Parse stage, event metadata: the event's title. Pure; reads the layout model.

Strategies, strongest first (:data:`TITLE_STRATEGIES`): a "Title:"/"Theme:" field, a UN
meeting number ("Security Council" over "6370th Meeting (AM)"), the page's heading under its
furniture (navigation, genre labels, date lines) when it names the event (an event noun, an
event page's date line, a line under it saying what kind of event it is; a speech heading's
part that names the event; the event under an invitation's "have the honour to invite you
to"), a scraped page's own title line "Event | Site", a quoted title right beside an event
noun, the theme of an unnamed event, a capitalised phrase with an event noun in running text,
a recurring or numbered event named in lower case ("the annual seminar on X"), and last the
event phrase of a news headline ("X Concludes Workshop on Y"). A headline about something
else, a kind of ceremony ("Medal parade in X") or an event after a possessive ("the
Minister's meeting with X") is not the title: none is better than a wrong one.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.dates import date_hits, event_noun_re
from pko_extract.event_fields import title_from_field
from pko_extract.event_heading import (
    banner_parts,
    before_place_and_date,
    heading_lines,
    kind_of_event,
)
from pko_extract.event_heading_cues import (
    date_follows,
    event_date_above,
    fields_follow,
    genre_labelled,
    headline_verb,
    indefinite_event,
    is_body_line,
    is_news_headline,
    is_org_line,
    is_place_line,
    kind_line_follows,
    masthead,
    noun_in,
    plural_subject_verb,
    possessive_event,
    repeated_after_noun,
    title_like,
)
from pko_extract.event_quoted import PROGRAMME_KINDS, clean_span, named_after_cue, quoted_title
from pko_extract.models import Layout, Span
from pko_extract.resources import Rules, default_rules


def _theme_title(layout: Layout, rules: Rules) -> Span | None:
    """The quoted theme of an event that has no name of its own ("a forum held under the
    theme "X""); a named conference, forum, seminar... or a numbered or yearly edition ("the
    11th Retreat of X") wins over its theme, and so does a
    Day whose own theme it is, named before it in its sentence ("This year's UN Day carried
    the theme X", "Mission marks Peacekeepers Day under the theme X"; not "a reception under
    the theme X, marking the International Day of Y": the reception's theme)."""
    named = _named_event_title(layout, rules)
    if named is not None and (
        P.EVENT_NAME_NOUN.search(named.text) or P.EDITION_WORD.search(named.text)
    ):
        return None  # "the 11th Retreat of the Council ..., under the theme X"
    theme = quoted_title(layout, rules, theme=True) or named_after_cue(layout, rules, theme=True)
    if theme is None or named is None or not P.OBSERVANCE_DAY.search(named.text):
        return theme
    s, _ = layout.sentence_at(theme.start)
    return None if P.OBSERVANCE_DAY.search(layout.text, s, theme.start) else theme


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
        if m.start() - line.start < 2 and len(line.text) < 120 and line.text.rstrip()[-1] != ".":
            continue  # a headline, tried by the heading strategies (not a sentence)
        if P.BEFORE_OTHER_EVENT.search(text, max(0, m.start() - 40), m.start()):
            continue  # "on the eve of the International Day of X": another event
        if P.EARLIER_EDITION.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Following last year's Gender Forum": an earlier event
        if P.ORG_HEAD_OF.match(phrase) and P.VENUE_NOUNS.fullmatch(phrase.split()[0]):
            continue  # "Institute for Security Dialogue": a body's name
        if P.CEREMONY_AT_PLACE.fullmatch(phrase):
            continue  # "Honoured at Medal Parade in Juba": a kind of ceremony and its place
        if P.PROGRAMME_DAYS.fullmatch(phrase):
            continue  # "Day 1 and Day 2 covered X": days of the programme, no event's name
        block = layout.block_at(m.start())
        lead_open = P.OPENING_LEAD.match(phrase)
        opening = lead_open or P.OPENING_OF_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if (
            block is not None
            and not opening
            and not _prose_field(layout, m.start())
            and (
                block.kind in PROGRAMME_KINDS - {"list_item"}
                or (
                    block.kind == "list_item"
                    and (block.heading is not None or _quoted_at(layout, m.start()))
                    and not P.EVENT_VERBS.search(layout.text, block.start, block.end)
                )
            )
        ):
            continue  # a speaker's office or a talk's title (not an item that reports one)
        start, end = m.start(), m.end()
        if lead_open and nouns.search(phrase, lead_open.end()):
            start += lead_open.end()  # "09:00 Opening of the X Workshop by Y" -> "X Workshop"
        lead = P.DAY_POSSESSIVE.match(phrase)
        if lead:
            start += lead.end()  # "Thursday's Peacekeeping Forum"
        elif phrase.startswith(("The ", "THE ")) and len(phrase.split()) > 2:
            start += 4  # "The 11th Retreat of X", "The X Festival opened": no part of the name
        aim = P.FOR_THE_INSIDE.search(text, start, end)
        if (
            aim
            and not nouns.search(text, start, aim.start())
            and nouns.search(text, aim.end(), end)
        ):
            start = aim.end()  # "in Uruguay for the Regional Seminar on X": a place, then the name
        count = P.CONNECTOR_NUMBER_END.search(text, start, end)
        if count:
            end = count.start()  # "Workshop on X for 40 (officers)"
        dated = P.ON_DATE_INSIDE.search(text, start, end)
        if dated and date_hits(text[dated.start() : end + 12]):
            end = dated.start()  # "Regional Course on X on 8 June 2020"
        weekday = P.ON_WEEKDAY_INSIDE.search(text, start, end)
        if weekday and weekday.start() > start:
            if nouns.search(text, start, weekday.start()):
                end = weekday.start()  # "the X Awards on Friday"
            else:  # "in Entebbe on Friday for the Open Day on X"
                lead_in = P.LEADING_CONNECTORS.match(text, weekday.end())
                start = lead_in.end() if lead_in else weekday.end()
        tail = re.search(r"\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$", text[start:end])
        if tail and P.TOPIC_TAIL.fullmatch(tail.group()):
            tail = None  # "Course on Gender in Peace Operations": the subject, no place
        if tail and not nouns.search(tail.group()) and not P.PLACE_FOLLOWS.match(text, end):
            end = start + tail.start()  # "... Forum in Ottawa" (not "... in Hostile
            # Environments took place in Bamako": the place comes after the name)
        listed = P.NAME_LIST_END.search(text, start, end) and P.NAME_LIST_TAIL.match(text, end)
        if listed:
            end = listed.end()  # "Open Day on Women, Peace and Security"
        own = P.POSSESSIVE_SUBJECT_TAIL.match(text, end)
        if own:
            end = own.end()  # "... Council on its Working Methods"
        subject = P.EVENT_SUBJECT_TAIL.match(text, end)
        if subject and nouns.search(text[max(start, end - 20) : end]):
            end = subject.end()  # "Meeting on comprehensive review of ..."
        return clean_span(text, start, end, "TITLE")
    return None


def _prose_field(layout: Layout, pos: int) -> bool:
    """The line at ``pos`` is running text after a speaker's label, no programme field: "Q: The
    centre has just hosted the X Course. What was new?" (eight words or more, closing with a
    full stop or a question mark)."""
    line = layout.line_at(pos)
    if line.label is None:
        return False
    value = layout.text[line.content_start : line.end].strip()
    return len(value.split()) >= 8 and value[-1:] in {".", "?", "!"}


def _observance_title(layout: Layout, rules: Rules) -> Span | None:
    """An observance named in French or Spanish, in lower case after its first word ("la
    Journée internationale des Casques bleus des Nations Unies au camp de la force")."""
    m = P.OBSERVANCE_NAME.search(layout.text)
    return clean_span(layout.text, m.start(), m.end(), "TITLE") if m else None


def _recurring_lower_title(layout: Layout, rules: Rules) -> Span | None:
    """A recurring event named in lower case in the first sentences, with its subject: "the
    annual seminar on civil-military coordination in peace operations, held at ..."."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for s, e in layout.sentences[:8]:
        for m in P.RECURRING_LOWER_NAME.finditer(text, s, e):
            if nouns.fullmatch(m.group("noun")):
                return clean_span(text, m.start("name"), m.end("name"), "TITLE")
    return None


def _subject_title(layout: Layout, rules: Rules) -> Span | None:
    """The capitalised subject of an event named by a lower-case noun in a sentence saying it
    happened ("A webinar on Policing in Missions during the Pandemic was held virtually"):
    two capitalised words at least, over "during", "after", "from"..."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    for s, e in layout.sentences[:12]:
        if not P.EVENT_VERBS.search(text, s, e):
            continue
        for m in P.NOUN_ON_SUBJECT.finditer(text, s, e):
            if not nouns.fullmatch(m.group("noun")) or len(m.group("q").split()) < 2:
                continue
            if date_hits(m.group("q")):
                continue  # "a meeting on March 10": a date, not a subject
            end = m.end("q")
            more = P.TITLE_RUN_ON.match(text, end, e)
            end = more.end() if more else end
            dated = P.ON_DATE_INSIDE.search(text, m.start("q"), end)
            return clean_span(text, m.start("q"), dated.start() if dated else end, "TITLE")
    return None


def _quoted_at(layout: Layout, pos: int) -> bool:
    """Offset ``pos`` lies inside a quotation on its line."""
    line = layout.line_at(pos)
    return any(q.start() <= pos - line.start < q.end() for q in P.QUOTED.finditer(line.text))


def _trim_title(text: str, s: int, e: int, place: bool = True) -> tuple[int, int]:
    """Drop a closing date ("Launch of X – 12 May 2016"), a closing "(organized by Y)", a
    genre suffix ("- Chair's Summary") and, with ``place``, a closing place ("in Accra")."""
    tail = P.TITLE_DATE_TAIL.search(text, s, e)
    if tail and tail.start() > s and date_hits(tail.group()):
        e = tail.start()
    paren = P.ORGANISER_PAREN.search(text, s, e)
    if paren and paren.start() > s:
        e = paren.start()  # "Informal briefing on X (organized by Y)"
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
    heads = heading_lines(layout, rules, limit=10)
    invite = next((i for i, (s, e) in enumerate(heads) if _invitation(text[s:e])), None)
    colon = invite is not None and _invitation_colon(text[slice(*heads[invite])])
    heads = heads[invite + 1 :] if invite is not None else heads[:6]  # the hosts invite to X
    for k, (s, e) in enumerate(heads):
        e = _before_site_name(text, s, e, rules)
        paren = P.ORGANISER_PAREN.search(text, s, e)
        e = paren.start() if paren and paren.start() > s else e  # "X (organized by Y)"
        head = text[s:e]
        if invite is not None and P.LOWER_ARTICLE_START.match(head) and noun_in(head, nouns):
            continue  # "have the honour to invite you to" / "a Panel Discussion" / its title
        reports = _reports(layout, head, e, rules) and not _numbered_edition(head)
        if len(head) >= 150 or head[-1] in ".,;" or reports:  # "Episode 6: Nobody Calls X"
            return None
        if _fragments(head):
            return None
        if P.DOC_GENRE_LINE.match(head) or P.REF_LINE.match(head) or P.TAGLINE.match(head):
            continue  # "WORKSHOP REPORT - KCPN/WR/2024/03", "Ref.: X/3", "NAME — a podcast on X"
        if P.RELEASE_NUMBER_LINE.match(head):
            continue  # "PRESS RELEASE No. 23/2019": the release's number line
        if P.TAGLINE_LINE.match(head) or (
            k + 1 < len(heads) and P.TAGLINE_LINE.match(text[slice(*heads[k + 1])])
        ):
            continue  # "NAME" / "a podcast about X": a show's name and its tagline
        if P.HANDLE_LINE.search(head):
            continue  # "Thread by @PeaceLab": a social-media frame's line
        if P.BY_NAME_LINE.match(head):
            continue  # "by Ana Ruiz, Spokesperson": the page's byline, never the event's name
        if _feature_story(layout, s, head, nouns):
            return None  # "FEATURES" / "The sergeant who still salutes": a story's headline
        q = P.QUOTED.search(head) or P.GUILLEMETS.search(head)
        if q and P.SPOKEN.search(q.group("q")):
            q = None  # a quotation of what someone said, not a title
        if indefinite_event(head, nouns) or possessive_event(head, nouns):
            continue  # "A meeting of the heads of state ...": the event is named elsewhere
        if _first_person(head):
            return None  # "What I learned at the Kampala Retreat": a sentence
        if P.DAY_CEREMONY.search(head):
            return None  # "Peacekeepers' Day ceremony in Goma": the Day is named in the text
        if P.VISIT_HEAD.match(head):
            return None  # "Visit of the Chief of Defence Staff to Sector East": unnamed
        if masthead(layout, e, nouns):
            continue  # "THE DAILY X" / its date line / its menu
        if _genre_bar(head, rules) or _dot_bar(head):
            continue  # "Meeting summary | Roundtable": what the page is, the title under it
        if _show_name(layout, s):
            continue  # "Programme: Evening Bulletin" over "Broadcast: ...": the show's name
        genre = genre_labelled(layout, s)
        if genre and head[:1].islower() and not q and _report_label(layout, s):
            continue  # "Seminar recap: who polices the police?": a description, no name
            # (not "Webinar: the role of women in X", a title after the kind of event)
        under = date_follows(layout, e, genre=genre, rules=rules)
        named = (
            (
                noun_in(head, nouns)
                and (
                    title_like(head)
                    or not _lower_nouns_only(head, nouns)
                    or P.SPEECH_HEAD.match(text, s, e)
                )
            )
            or (under is not None and (under == "event" or genre or title_like(head)))
            or kind_line_follows(layout, e, nouns)
            or (genre and kind_of_event(layout.line_at(s).label or "", rules))
            or (title_like(head) and event_date_above(layout, s))
            or repeated_after_noun(text, s, e, nouns)
            or (title_like(head) and not is_org_line(head) and fields_follow(layout, e, rules))
            or P.ORDINAL_SESSION.search(head)  # "COMMUNIQUÉ OF THE 12TH ORDINARY SESSION OF X"
            or (colon and k == 0 and title_like(head) and len(head.split()) >= 2)
            or _numbered_edition(head)  # "Ep. 12 - Who Keeps the Peace?": a series' edition
            or (
                title_like(head)
                and not _quote_left_open(head)
                and _kind_line_above(layout, s, rules)
            )  # "PUBLIC LECTURE" / X (a quoted title running onto the next line is read whole)
        )
        if q and len(q.group("q").split()) >= 2 and named:
            return clean_span(text, s + q.start("q"), s + q.end("q"), "TITLE")
        side = P.SIDELINES_OF.search(head) or P.STATEMENT_AFTER_EVENT.search(head)
        if named and side and noun_in(side.group("event"), nouns):
            return clean_span(text, s + side.start("event"), s + side.end("event"), "TITLE")
        if named and _ceremony_kind(text[slice(*_trim_title(text, s, e))].strip(), nouns):
            return None  # "Medal parade in Malakal": a kind of ceremony and its place, no name
        if named and not is_place_line(head):
            part = _past_speech_part(text, s, e, nouns)
            if part != (s, e) and _unnamed(text[part[0] : part[1]], nouns):
                return None  # "Remarks by X at the medal parade of the Y battalion"
            s, e = _trim_title(text, *part, place=False)
            s = _past_kind_bar(text, s, e, rules)  # "Webinar | X" -> "X"
            prefix = P.TITLE_GENRE_PREFIX.match(text, s, e)
            if prefix and _names_event(text[prefix.end() : e], nouns):
                s = prefix.end()  # "Reflections on the X Retreat" -> "X Retreat"
            series = P.SERIES_NUMBER_PREFIX.match(text[s:e])
            if series and len(text[s + series.end() : e].split()) >= 2:
                s += series.end()  # "Peace Ops Conversations #12: X" -> "X"
            if text[s] in "'‘" and text[e - 1] in "'’" and e - s > 2:
                s, e = s + 1, e - 1  # a heading in single quotes: "'Why missions fail'"
            found = clean_span(text, s, e, "TITLE")
            return Span(found.start, found.end, " ".join(found.text.split()), "TITLE")
        if not (q or head.isupper() or head[0] == "«" or is_place_line(head) or is_org_line(head)):
            if not is_body_line(head, rules):
                return None
    return None


def _feature_story(layout: Layout, start: int, head: str, nouns: re.Pattern[str]) -> bool:
    """The heading at ``start`` is a feature's or an opinion's headline: the line over it is
    a newspaper's section label ("FEATURES", "Opinion") and the heading names no event; the
    event, if any, is told in the story."""
    i = layout.line_index(start)
    above = next((ln for ln in reversed(layout.lines[:i]) if not ln.blank), None)
    return (
        above is not None and bool(P.FEATURE_SECTION.match(above.text)) and not noun_in(head, nouns)
    )


def _past_kind_bar(text: str, s: int, e: int, rules: Rules) -> int:
    """Where a heading's title begins past a part before a bar that only says what kind of
    event it is: "Webinar | Data for Peace" -> the offset of "Data for Peace" (two words or
    more after the bar)."""
    bar = P.KIND_BAR.search(text, s, e)
    if bar is None or not kind_of_event(text[s : bar.start()].strip(), rules):
        return s
    if is_org_line(text[bar.end() : e].strip()):
        return s  # "Event recap | Institute for X": the site's name, no title
    return bar.end() if len(text[bar.end() : e].split()) >= 2 else s


def _reports(layout: Layout, head: str, end: int, rules: Rules) -> bool:
    """A news headline that reports (:func:`is_news_headline`), not an event page's question
    in title case over its "Date:" and "Location:" fields ("Who Pays for the Exit? Financing
    X" / "Date: ..." / "Location: ...": the verb is the question's)."""
    if not is_news_headline(head, rules):
        return False
    return not ("?" in head and title_like(head) and fields_follow(layout, end, rules))


def _show_name(layout: Layout, start: int) -> bool:
    """The heading is the value of a "Programme:" label over a "Broadcast:" line (one of the
    next two lines): the name of the show that reported the event."""
    line = layout.line_at(start)
    if not set(line.label_keys) & P.SHOW_KEYS:
        return False
    after = [ln for ln in layout.lines if ln.start > line.start and not ln.blank][:2]
    return any(set(ln.label_keys) & P.AIRED_KEYS for ln in after)


def _genre_bar(head: str, rules: Rules) -> bool:
    """A line of parts between bars that only say what the page is and what kind of event it
    reports: "Meeting summary | Roundtable", "Workshop report | Seminar" (each part three words
    at most, one a report genre, the others that or a kind of event), not "Webinar | X"."""
    parts = [part.strip() for part in P.KIND_BAR.split(head)]
    if len(parts) < 2 or any(not part or len(part.split()) > 3 for part in parts):
        return False
    genres = [bool(P.REPORT_GENRE_WORD.search(part)) for part in parts]
    return any(genres) and all(
        g or kind_of_event(part, rules) for g, part in zip(genres, parts, strict=True)
    )


def _dot_bar(head: str) -> bool:
    """A line of short items between middle dots or bullets: a kicker, a site bar or a table
    of contents ("PAST EVENT · EXPERT PANEL", "Official website of X · Contact · Sitemap",
    "IN THIS ISSUE: Notes · Report · Diary dates"), page furniture that names no event; each
    item holds a word (not a post's "2d • Edited • 🌐", its age and marks)."""
    parts = [part.strip() for part in P.DOT_BAR.split(head)]
    return len(parts) >= 2 and all(
        len(part.split()) <= 8 and re.search(r"[^\W\d_]{3}", part) for part in parts
    )


def _report_label(layout: Layout, start: int) -> bool:
    """The label of the line at ``start`` says it reports on an event: "Seminar recap",
    "Workshop report", "Event summary" (a genre, not only the kind of event)."""
    label = layout.line_at(start).label or ""
    return bool(P.REPORT_GENRE_WORD.search(label))


def _numbered_edition(head: str) -> bool:
    """A heading that opens with an episode's number before its own title: "Ep. 12 - Who
    Keeps the Peace? Policing in Missions", "Episode 7: Women in Command" (a numbered edition
    of a talk or podcast series names that edition; the title after the number capitalised
    like a name, three words at least, perhaps in quotation marks: "Ep. 9 — "Women in
    Command: Ten Years On"")."""
    m = P.SERIES_NUMBER_PREFIX.match(head)
    if m is None or not P.EPISODE_NUMBER.search(head, 0, m.end()):
        return False  # "Session 2: X" is a programme's part, "Policy Brief No. 7: X" a paper
    rest = head[m.end() :].strip()
    if len(rest) > 2 and rest[0] in '"“' and rest[-1] in '"”':
        rest = rest[1:-1]
    return len(rest.split()) >= 3 and title_like(rest)


def _invitation(head: str) -> bool:
    """An invitation card's formula on a short line of its own: "have the honour to invite
    you to" (not a letter's sentence "I am pleased to invite you to the X."), or an
    invitation's sentence that closes with a colon over the title's own line ("You are
    cordially invited to a side event on the margins of X:")."""
    if not P.INVITATION_LINE.search(head):
        return False
    return len(head.split()) <= 12 and head[-1] != "." or _invitation_colon(head)


def _invitation_colon(head: str) -> bool:
    """An invitation's sentence closing with a colon: the next line is the event's title."""
    return bool(P.INVITATION_LINE.search(head)) and head.rstrip()[-1:] == ":"


def _before_site_name(text: str, s: int, e: int, rules: Rules) -> int:
    """The end of a heading ``text[s:e]`` before a closing site's name: "X Forum | Centre for
    Y" -> "X Forum" (the part before holds an event noun)."""
    parts = P.PAGE_TITLE_SPLIT.split(text[s:e])
    if len(parts) < 2 or not (is_org_line(parts[-1]) or is_body_line(parts[-1], rules)):
        return e
    if not noun_in(parts[0], event_noun_re(rules.event_nouns)):
        return e
    if kind_of_event(parts[0].strip(), rules) and not is_org_line(parts[-1]):
        return e  # "Webinar | Radios for Peace: Community Media": the kind, then the title
    return s + len(parts[0])


def _page_title_line(layout: Layout, rules: Rules) -> Span | None:
    """A scraped page's own title on its first line, before the site's name: "Regional
    Conference on X | Institute for Y" -> "Regional Conference on X" (an event noun in it,
    capitalised like a name, not a news headline; the last part a body's name)."""
    text, nouns = layout.text, event_noun_re(rules.event_nouns)
    first = next((ln for ln in layout.lines if not ln.blank), None)
    if first is None:
        return None
    parts = P.PAGE_TITLE_SPLIT.split(first.text.strip())
    if len(parts) < 2 or not (is_org_line(parts[-1]) or is_body_line(parts[-1], rules)):
        return None
    head = parts[0]
    if not noun_in(head, nouns) or not title_like(head) or is_news_headline(head, rules):
        return None
    s = first.start + first.text.find(head)
    return clean_span(text, s, s + len(head), "TITLE")


def _quote_left_open(head: str) -> bool:
    """The heading opens a double quotation that it does not close: the quoted title goes on
    over the next line (a kind-of-event line, then '"Twenty Years of X' / '- Y"')."""
    opening = head.count("\u201c") + head.count("\u00ab")
    closing = head.count("\u201d") + head.count("\u00bb")
    straight = head.count('"')
    return opening > closing or straight % 2 == 1


def _kind_line_above(layout: Layout, start: int, rules: Rules) -> bool:
    """The line right over the heading only says what kind of event it is: "PUBLIC LECTURE"
    / "The Blue Helmet Paradox"."""
    above = [ln for ln in layout.lines if ln.end <= start and not ln.blank][-1:]
    return bool(above) and kind_of_event(above[0].text.strip(), rules)


def _first_person(head: str) -> bool:
    """A heading that opens as a sentence in the first person: "What I learned at the X
    Retreat", "Why we went to the Forum" (a first-person word among its first four words,
    before any colon and quotation; not a title's "X: Have we learned anything?")."""
    if P.QUOTED.search(head):
        return False
    words = head.split(":")[0].split()[:4]
    for i, word in enumerate(words):
        if not P.FIRST_PERSON_WORD.fullmatch(word.strip(",.;!?")):
            continue
        prev = words[i - 1] if i else ""
        if word.startswith("I") and prev[:1].isupper() and prev.casefold() not in _WH_WORDS:
            continue  # "World War I and the X": a numeral
        return True
    return False


#: Words that open a question or a clause before a first-person "I": "What I learned".
_WH_WORDS = frozenset({"what", "why", "how", "when", "where", "as", "if", "and"})


def _ceremony_kind(phrase: str, nouns: re.Pattern[str]) -> bool:
    """A kind of ceremony, perhaps with whom or where it was for, and no event named after it:
    "Medal parade", "Medal Ceremony for Ghanaian Battalion" (not "Closing Ceremony of the X
    Course")."""
    m = P.CEREMONY_FOR.fullmatch(phrase)
    return m is not None and not (m.group("rest") and noun_in(m.group("rest"), nouns))


def _room_line(head: str, nouns: re.Pattern[str]) -> bool:
    """A place line whose event nouns all name a room: "Conference Room 4"."""
    found = list(nouns.finditer(head))
    return is_place_line(head) and all(P.VENUE_NOUN_NEXT.match(head, m.end()) for m in found)


def _lower_nouns_only(head: str, nouns: re.Pattern[str]) -> bool:
    """Every event noun of the heading in lower case, the first after its second word: "What
    the Accra conference taught us" (a sentence about an event, when the heading is not
    capitalised like a name; not "Informal briefing on the safety of X", a name)."""
    found = list(nouns.finditer(head))
    if not found or len(head[: found[0].start()].split()) <= 1:
        return False
    return all(m.group()[0].islower() for m in found)


def _unnamed(part: str, nouns: re.Pattern[str]) -> bool:
    """A speech heading's event part in lower case, its event nouns too, and no capitalised
    phrase of two words in it: "medal parade of the Indian battalion" (a kind of event, no
    name; not "launch of the Annual Report on Missions")."""
    found = list(nouns.finditer(part))
    if not part[:1].islower() or any(m.group()[0].isupper() for m in found):
        return False
    return all(len(m.group().split()) < 2 for m in P.CAP_PHRASE.finditer(part))


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
        if noun_in(text[a:b], nouns):
            return a, b
    links = list(P.SPEECH_EVENT_LINK.finditer(text, s, e))
    for i, link in enumerate(links):
        upto = links[i + 1].start() if i + 1 < len(links) else e
        if noun_in(text[link.end() : upto], nouns):
            return link.end(), before_place_and_date(text, link.end(), e)
        launch = P.LAUNCH_WORD.search(text, link.start(), link.end())
        if launch and upto == e:  # "Speech at the Launch of the X Strategy": the launch
            return launch.start(), before_place_and_date(text, launch.start(), e)
    return s, e


def _banner_title(layout: Layout, rules: Rules) -> Span | None:
    """The title in an event's banner line, between the kind of event and its dates:
    "ANNUAL CONFERENCE 2023 | PROTECTING CIVILIANS AFTER DRAWDOWN | 12-14 SEPTEMBER 2023"
    (:func:`~pko_extract.event_heading.banner_parts`)."""
    found = banner_parts(layout, rules)
    return clean_span(layout.text, *found, "TITLE") if found is not None else None


def _meeting_title(layout: Layout, rules: Rules) -> Span | None:
    """A numbered meeting of a body: "Security Council" over "6370th Meeting (AM)" ->
    "Security Council 6370th Meeting"; "the 865th meeting of the Peace and Security
    Council" -> "Peace and Security Council 865th meeting"; "the X Committee, which was
    opening its 1996 session" -> "X Committee 1996 session"; a line naming both,
    "Security Council 9447th Meeting (AM & PM)", is the title as written."""
    text = layout.text
    for i, line in enumerate(layout.lines[:30]):
        both = P.BODY_MEETING_LINE.match(line.text)
        if both:
            s = line.start + both.start("line")
            return Span(s, s + len(both.group("line")), both.group("line"), "TITLE")
        m = P.MEETING_NUMBER_LINE.match(line.text)
        if not m:
            continue
        above = [ln for ln in layout.lines[:i] if not ln.blank][-2:]
        if len(above) == 2 and P.SESSION_LINE.match(above[1].text):
            above = above[:1]  # "Special Committee on X" / "2019 Substantive Session" / meeting
        above = above[-1:]
        name = above[0].text.strip() if above else ""
        crumb = P.CRUMB_LAST.search(name)
        if crumb and P.BODY_NAME.fullmatch(crumb.group("last")):
            name = crumb.group("last")  # "General Assembly > Fourth Committee": the last part
        named = P.BODY_NAME.fullmatch(name.title() if name.isupper() else name)
        body = named or P.BODY_AFTER_THE.search(text, line.end)
        s, e = line.start + m.start("n"), line.start + m.end("n")
        session = P.SESSION_BEFORE_MEETING.match(line.text)
        if session and (body is None or " " not in body.group("body").strip()):
            # "Seventy-Seventh Session, 98th Meeting (AM)" and no body's name ("the
            # Committee" only): the meeting line as written
            return clean_span(text, line.start + session.start("s"), e, "TITLE")
        if named and name.isupper():  # "PEACE AND SECURITY COUNCIL" / "1102ND MEETING"
            return Span(above[0].start, e, f"{name} {m.group('n')}", "TITLE")
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
    ("UNAMID Concludes Workshop on X in Y" -> "Workshop on X"; not a kind of ceremony alone,
    "Medal parade honours X"), or a verbless headline with an event noun."""
    text, nouns, verbs = layout.text, event_noun_re(rules.event_nouns), headline_verb(rules)
    for s, e in heading_lines(layout, rules, limit=5):
        paren = P.ORGANISER_PAREN.search(text, s, e)
        e = paren.start() if paren and paren.start() > s else e  # "X (organized by Y)"
        head = text[s:e]
        if len(head) >= 150 or head[-1] in ".;" or not _names_event(head, nouns):
            continue
        if _genre_bar(head, rules) or _dot_bar(head):
            continue  # "Event summary | Workshop": what the page is, not the event's name
        if _first_person(head) or P.DAY_CEREMONY.search(head):
            return None  # "What I learned at the X Retreat": a sentence; "X Day ceremony"
        if possessive_event(head, nouns) or _room_line(head, nouns):
            continue  # "Readout of the Minister's meeting with X": unnamed; "Conference Room 4"
        part = _past_speech_part(text, s, e, nouns)
        if part != (s, e) and _unnamed(text[part[0] : part[1]], nouns):
            return None  # "Remarks by X at the medal parade of the Y battalion"
        v = (
            verbs.search(head)
            or plural_subject_verb(rules.headline_verbs).match(head)
            or P.HEADLINE_S_VERB.match(head)
        )
        if v is None and _fragments(head):
            return None
        if v is None:
            whole = clean_span(text, *_trim_title(text, s, e), "TITLE")
            return None if _ceremony_kind(whole.text, nouns) else whole  # "Medal parade"
        vs, ve = v.span("verb") if "verb" in v.re.groupindex else v.span()
        for a, b in ((s + ve, e), (s, s + vs)):
            if _names_event(text[a:b], nouns):
                a, b = _trim_title(text, a, b)
                lead = re.match(r"\s*(?:the|a|an|el|la|los|las|le|les)\s+", text[a:b], re.I)
                phrase = clean_span(text, a + (lead.end() if lead else 0), b, "TITLE")
                if P.CEREMONY_KIND.fullmatch(phrase.text):
                    return None  # "Medal parade honours X": a kind of ceremony, no name
                return phrase if _names_itself(phrase.text, nouns) else None
        return None
    return None


def _launch_title(layout: Layout, rules: Rules) -> Span | None:
    """The name of what an event launched, in the first sentences: "spoke on Monday at the
    project launch of Strengthening National and Regional Capacities for PSOs" ->
    "Strengthening National and Regional Capacities for PSOs" (a capitalised name of three
    words or more)."""
    text = layout.text
    for s, e in layout.sentences[:6]:
        m = P.LAUNCH_OF_NAME.search(text, s, e)
        if m is not None and len(m.group("name").split()) >= 3:
            return clean_span(text, m.start("name"), m.end("name"), "TITLE")
    return None


def _fragments(head: str) -> bool:
    """A feature's headline of three short fragments or more ("Ancient Site, Modern
    Tradition, Present-Day Parade"), not an event's name (which lists with "and": "Women,
    Peace and Security") nor a heading closing with its place and date."""
    parts = head.split(",")
    if len(parts) < 3 or " and " in head or "&" in head or date_hits(head):
        return False
    return all(0 < len(part.split()) <= 4 for part in parts)


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
    _banner_title,
    _heading_title,
    _page_title_line,
    _body_meeting_title,
    quoted_title,
    named_after_cue,
    _theme_title,
    _named_event_title,
    _observance_title,
    _recurring_lower_title,
    _subject_title,
    _launch_title,
    _headline_event_phrase,
)


def parse_title(layout: Layout, rules: Rules | None = None) -> Span | None:
    """The event's title."""
    rules = rules or default_rules()
    for strategy in TITLE_STRATEGIES:
        found = strategy(layout, rules)
        if found is not None:
            return _undoubled(_quoted_in_full(layout, _without_occasion_prefix(layout, found)))
    return None


def _without_occasion_prefix(layout: Layout, span: Span) -> Span:
    """The title without the words before the occasion it names: "PROGRAMME FOR THE CLOSING
    CEREMONY OF THE X COURSE" -> "CLOSING CEREMONY OF THE X COURSE", "AT THE OFFICIAL OPENING
    OF THE X COURSE" -> "OFFICIAL OPENING OF THE X COURSE" (a programme's or a speech's
    heading; the occasion and the course it closes stay)."""
    m = P.OCCASION_PREFIX.match(span.text)
    if m is None or layout.text[span.start : span.start + m.end()] != m.group():
        return span
    return Span(span.start + m.end(), span.end, span.text[m.end() :], span.label)


def _quoted_in_full(layout: Layout, span: Span) -> Span:
    """The title quoted in full further on, when ``span`` is its shortened head: a headline
    gives "Blue Helmets and the Virus" and the story "our webinar "Blue Helmets and the Virus:
    Peacekeeping under COVID-19"" (the same words, then a colon or a dash and a subtitle)."""
    head = span.text.strip()
    if len(head.split()) < 2:
        return span
    for m in P.QUOTED.finditer(layout.text, span.end):
        q = m.group("q")
        rest = q[len(head) :] if q.startswith(head) else ""
        if P.SUBTITLE_AFTER.match(rest) and "\n" not in q:
            return Span(m.start("q"), m.end("q"), q, "TITLE")
    return _numbered_in_full(layout, span)


#: An ordinal and the space after it: what every numbered edition's name starts with.
_ORDINAL_BEFORE_WORD = re.compile(rf"\b{P.ORDINAL_WORD.pattern}[ \t]+")


def _numbered_in_full(layout: Layout, span: Span) -> Span:
    """The numbered edition of the event that ``span`` names without its number: the
    headline's "UN Military Observers Course" and the story's "the 14th United Nations
    Military Observers Course (UNMOC 1/2019)" -> "14th United Nations Military Observers
    Course" ("UN" and "United Nations" are one)."""
    words = span.text.split()
    if len(words) < 3 or P.ORDINAL_WORD.match(words[0]):
        return span
    if not _ORDINAL_BEFORE_WORD.search(layout.text):
        return span  # no ordinal before a word anywhere: the pattern below cannot match
    name = r"[ \t]+".join(
        r"(?:UN|United[ \t]+Nations)" if w in ("UN", "U.N.") else re.escape(w) for w in words
    )
    m = re.search(rf"\b{P.ORDINAL_WORD.pattern}[ \t]+{name}\b", layout.text)
    if m is None or m.start() == span.start:
        return span
    return Span(m.start(), m.end(), " ".join(m.group().split()), "TITLE")


def _undoubled(span: Span) -> Span:
    """The title without a typing slip's doubled small word ("Day of of UN Peacekeepers"
    -> "Day of UN Peacekeepers"); the span keeps the offsets of the text as written."""
    fixed = P.DOUBLED_WORD.sub(r"\g<word>", span.text)
    return span if fixed == span.text else Span(span.start, span.end, fixed, span.label)
