"""Mission linking, step 2: the context of a place or title hit. Pure.

The clause and sentence around a hit, the nearest peacekeeping cue (and whether it is
negated), "former"/"recent"/"future" words, a named organisation, a year or period written in
the clause, and whether the place only names a contributor or a nationality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pko_extract import patterns as P
from pko_extract.gazetteer import fold
from pko_extract.mission_hits import TITLE, Hit, org_word, overlaps
from pko_extract.mission_index import _Index

#: Posts of armed forces and police: they are never held in a political mission (UN_SPM).
UNIFORMED_TITLES = frozenset(
    {"title_force_commander", "title_police_commissioner", "title_un_commander"}
)
#: Posts of political offices ("the Special Coordinator for Lebanon", "the Special Envoy for
#: Yemen"): where a political mission (UN_SPM) and a peacekeeping operation run side by side,
#: the post is the political mission's.
POLITICAL_TITLES = frozenset({"title_envoy"})
#: Title rules that name a mission by its place or adjective alone ("the Ivorian operation").
PLACE_NAMED_TITLES = frozenset({"title_adjective_mission", "title_place_mission"})
#: Title rules that name a mission rather than a person's post ("the UN mission in Haiti").
MISSION_TITLES = frozenset(
    {
        "title_mission_in",
        "title_adjective_mission",
        "title_place_mission",
        "title_place_force",
        "title_org_force",
    }
)


#: How far from a place the words that may name one of its missions are read ("On the
#: Golan Heights, the disengagement observer force has returned").
NEAR_WORDS_REACH = 60


@dataclass
class Context:
    sentence: tuple[int, int]
    clause: tuple[int, int]
    cue: str | None = None
    cue_scope: str = ""
    negated: bool = False
    former: bool = False
    recent: bool = False
    future: bool = False
    contributor: bool = False
    org: str | None = None
    interval: tuple[date, date] | None = None
    named_nearby: tuple[str, ...] = ()
    named_in_clause: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    #: words of the clause near the hit (:data:`NEAR_WORDS_REACH` characters each side)
    near_words: frozenset[str] = frozenset()
    period_after: bool = False
    #: a person's post at the place ("Police Commissioner in Darfur"), not a mission's name
    post: bool = False
    #: a post of armed forces or police ("Force Commander in X"): not a political mission's
    uniformed: bool = False
    #: a political post ("Special Coordinator for X"): a political mission's, when one runs
    political: bool = False
    #: an armed-force cue ("troops", "force"): of the missions active there, not a political
    #: one when another runs
    military: bool = False
    #: the clause or its cue writes armed forces ("our soldiers", "troops", "blue helmets"):
    #: not the body of unarmed observers where a force also runs
    armed: bool = False
    #: an observer cue ("UN military observers"): of the missions active there, the body of
    #: unarmed observers when one runs beside a force
    observer: bool = False
    #: the clause writes a nation-led operation ("the Kenyan-led mission"): not a UN one
    national_led: bool = False
    #: a mission named by its place or adjective alone ("the Ivorian operation"): with no
    #: mission there at the date, the one that ended last
    by_place_name: bool = False


def _clause(folded: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    start, end = sentence
    for br in P.CLAUSE_BREAK_RE.finditer(folded, sentence[0], sentence[1]):
        if br.end() <= pos:
            start = br.end()
        elif br.start() >= pos:
            end = br.start()
            break
    return start, end


def find_cue(
    folded: str, window: tuple[int, int], exclude: tuple[int, int], idx: _Index
) -> tuple[str | None, bool]:
    """Nearest context cue in ``window`` (outside ``exclude``); True when all cues are negated."""
    found: list[tuple[int, str, bool]] = []
    not_cues = (
        [(n.start(), n.end()) for n in idx.not_cue_re.finditer(folded, window[0], window[1])]
        if idx.not_cue_re is not None
        else []
    )
    for m in idx.cue_re.finditer(folded, window[0], window[1]):
        span = (m.start(), m.end())
        if overlaps(span, exclude) or any(overlaps(span, n) for n in not_cues):
            continue
        after = folded[m.end() : min(window[1], m.end() + 30)]
        before = folded[max(window[0], m.start() - 14) : m.start()]
        negated = bool(idx.neg_after_re.search(" ".join(after.split()[:4]))) or bool(
            idx.neg_before_re.search(" ".join(before.split()[-2:]))
        )
        found.append((abs(m.start() - exclude[0]), m.group(), negated))
    if not found:
        return None, False
    if any(not idx.service_re.fullmatch(f[1]) for f in found):  # "served in" is the weakest
        found = [f for f in found if not idx.service_re.fullmatch(f[1])]
    live = [f for f in found if not f[2]]
    if live:
        return min(live)[1], False
    return min(found)[1], True


def _range_years(m: re.Match[str]) -> tuple[int, int]:
    """First and last year of a :data:`P.YEAR_RANGE_RE` match ("1989-90" -> 1989, 1990)."""
    first = int(m.group(1))
    if m.group(2):
        return first, int(m.group(2))
    last = first - first % 100 + int(m.group(3))
    return first, last + 100 if last < first else last


def _owned_by_other(
    folded: str, start: int, span: tuple[int, int], others: Sequence[tuple[int, int]]
) -> bool:
    """A period that another place owns: written right after it, before the place at
    ``span`` ("Planning Coordinator in Liberia 2004-05 and Police Commissioner in Darfur":
    2004-05 is Liberia's, not Darfur's) or after it when that place follows in the same list
    ("in southern Lebanon, in the Congo in 1961": 1961 is the Congo's, not Lebanon's), or
    after it when that place is in a later coordinated clause ("the mission in X, and the
    mission in Y, deployed in 2017": 2017 is Y's). A period that opens a line is not the
    place's of the line above when that line opens with its own period (a career table:
    "1999-2000  Staff officer, Kosovo" / "2004-2005  Liaison officer, Liberia")."""
    for other_start, end in others:
        if (
            span[1] <= other_start
            and end <= start
            and P.PERIOD_NOT_OURS_RE.search(folded, span[1], other_start)
        ):
            return True
        if end > start or not P.OWN_PERIOD_GAP_RE.fullmatch(folded, end, start):
            continue
        line = folded.rfind("\n", 0, other_start) + 1
        if "\n" in folded[end:start] and P.LINE_OPENS_WITH_YEAR_RE.match(folded, line):
            continue  # rows that open with their years: "1999-2000  Staff officer, Kosovo"
        if start < span[0] or (
            other_start >= span[1] and P.LIST_GLUE_RE.match(folded[span[1] : other_start])
        ):
            return True
    return False


#: The last year of a period that runs to the report's date ("since 2001").
_ONGOING = 9999


def _interval_in(
    folded: str,
    clause: tuple[int, int],
    span: tuple[int, int],
    others: Sequence[tuple[int, int]] = (),
) -> tuple[date, date] | None:
    """The year, year range or decade written in the clause nearest to the place at ``span``.

    A period written right after the place is its own ("Cambodia 1992-93, Mozambique 1994"):
    distance is counted from the place's end to a following period and from a preceding
    period's end to the place's start; a tie goes to the following one. A preceding period
    written right after another place (``others``: the spans of the other places) is that
    place's.
    """
    text = folded[clause[0] : clause[1]]
    found: list[tuple[int, int, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], first: int, last: int) -> None:
        gap = folded[clause[0] + m.end() : span[0]] if clause[0] + m.end() <= span[0] else ""
        if P.PERIOD_NOT_OURS_RE.search(gap) or _owned_by_other(
            folded, clause[0] + m.start(), span, others
        ):
            return
        found.append((*_distance(clause[0], m, span), first, last))

    for m in P.YEAR_RANGE_RE.finditer(text):
        add(m, *_range_years(m))
        taken.append((m.start(), m.end()))
    for m in P.YEAR_RE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            since = P.SINCE_BEFORE_YEAR_RE.search(text, max(0, m.start() - 20), m.start())
            add(m, int(m.group(1)), _ONGOING if since else int(m.group(1)))
    for m in P.DECADE_RE.finditer(text):
        add(m, int(m.group(1)), int(m.group(1)) + 9)
    best = min(found, default=None)
    if best is None or best[3] == _ONGOING:
        return None  # "contingents in the Congo since 2001": the mission at the report's date
    first, last = min(best[2], best[3]), max(best[2], best[3])
    return date(first, 1, 1), date(last, 12, 31)


def _distance(offset: int, m: re.Match[str], span: tuple[int, int]) -> tuple[int, int]:
    """Distance of a period match from a place, and 0 when it follows the place, else 1."""
    start, end = offset + m.start(), offset + m.end()
    if start >= span[1]:
        return start - span[1], 0
    return max(0, span[0] - end), 1


def org_in(text: str, folded: str, span: tuple[int, int], idx: _Index) -> str | None:
    """The first organisation named in ``span`` ("au" in French text is a word, not the AU)."""
    for org, regex in idx.org_res.items():
        if any(org_word(text, m) for m in regex.finditer(folded, span[0], span[1])):
            return org
    return None


def _present_since_period(
    folded: str, before: str, hit: Hit, clause: tuple[int, int], idx: _Index
) -> bool:
    """A present word ("today", "hoy") is written before the place after the last period
    before it, and no period follows the place in its clause: the place is dated at the
    report ("served from 1958 with the truce observers, and today our blue helmets in
    Cyprus"; not "today, veterans of the 1994 mission in Rwanda")."""
    ends = [m.end() for m in idx.present_re.finditer(before)]
    if not ends or P.YEAR_RE.search(before, ends[-1]) or P.DECADE_RE.search(before, ends[-1]):
        return False
    return P.YEAR_RE.search(folded, hit.end, clause[1]) is None


def _leads_to(text: str, led_end: int, hit: Hit) -> bool:
    """A "-led" word ending at ``led_end`` qualifies the hit: it is inside it or stands a few
    words before it in the same phrase ("the Kenyan-led security support mission approved
    for Haiti"), not in an earlier coordinated phrase ("the American-led task force that
    preceded them, and the chapter on the Rwandan mission")."""
    if hit.start <= led_end <= hit.end:
        return True
    if led_end > hit.start:
        return False
    return P.LED_REACH_RE.fullmatch(text, led_end, hit.start) is not None


def read_context(
    text: str,
    folded: str,
    hit: Hit,
    sentence: tuple[int, int],
    idx: _Index,
    others: Sequence[tuple[int, int]] = (),
) -> Context:
    """The context of ``hit`` in its sentence (``text`` and its folded form); ``others`` are
    the spans of the other places and titles of the text (a period written right after one of
    them is not this hit's)."""
    clause = _clause(folded, sentence, hit.start)
    post = hit.kind == TITLE and hit.rule not in MISSION_TITLES
    ctx = Context(sentence=sentence, clause=clause, post=post)
    ctx.uniformed = hit.kind == TITLE and hit.rule in UNIFORMED_TITLES
    ctx.political = hit.kind == TITLE and hit.rule in POLITICAL_TITLES
    span = (hit.start, hit.end)
    cue, negated = find_cue(folded, clause, span, idx)
    scope = "clause"
    if cue is None:
        cue, negated = find_cue(folded, sentence, span, idx)
        scope = "sentence"
    ctx.cue, ctx.negated, ctx.cue_scope = cue, negated, scope if cue else ""
    before = folded[max(clause[0], hit.start - 80) : hit.start].split(")")[-1]
    # "former" makes a person's post undated ("former Force Commander in Mali", "Former
    # Commanding Officer, Engineer Group in X"), not a mission named by its place ("a former
    # officer with the UN mission in Haiti"); an adverb only a title ("who previously served in
    # Haiti" is the mission there at the report's date)
    words = " ".join(before.split()[-8:])
    former_re = idx.former_re if hit.kind == TITLE else idx.former_place_re
    ctx.former = hit.rule not in MISSION_TITLES and bool(former_re.search(words))
    sent_text = folded[sentence[0] : sentence[1]]
    ctx.recent = bool(idx.recent_re.search(sent_text))
    ctx.future = bool(idx.future_re.search(folded[clause[0] : clause[1]]))
    ctx.contributor = bool(idx.contributor_re.search(folded[clause[0] : clause[1]]))
    ctx.org = org_in(text, folded, sentence, idx)  # the sentence holds the clause
    ctx.national_led = any(
        fold(m.group(1)) not in idx.led_not_national and _leads_to(text, m.end(), hit)
        for m in P.NATION_LED_RE.finditer(text, clause[0], clause[1])
    )
    # "the former hybrid operation in Darfur": a mission named by its place that the title
    # itself says has ended, read like "the Darfur operation" (the last one there)
    head = " ".join(folded[hit.start : hit.end].split()[:2])
    ended = hit.rule in MISSION_TITLES and bool(idx.former_place_re.search(head))
    ctx.by_place_name = (hit.rule in PLACE_NAMED_TITLES or ended) and not hit.org_written
    ctx.interval = _interval_in(folded, clause, (hit.start, hit.end), others)
    after = " ".join(folded[hit.end : min(clause[1], hit.end + 40)].split()[:2])
    if ctx.interval is not None and (
        idx.present_re.search(" ".join(before.split()[-3:]))
        or idx.present_re.match(after)
        or _present_since_period(folded, before, hit, clause, idx)
    ):
        # "the current SADC mission in X", "the ECOWAS mission in X today", whatever year
        # the clause writes
        ctx.interval = None
    ctx.period_after = bool(P.PERIOD_AFTER_PLACE_RE.match(folded, hit.end))
    ctx.words = frozenset(re.findall(r"[a-z]{4,}", folded[sentence[0] : sentence[1]]))
    near = folded[
        max(clause[0], hit.start - NEAR_WORDS_REACH) : min(clause[1], hit.end + NEAR_WORDS_REACH)
    ]
    ctx.near_words = frozenset(re.findall(r"[a-z]{4,}", near))
    return ctx


def is_blocked(
    text: str,
    folded: str,
    hit: Hit,
    ctx: Context,
    group_has_to: bool,
    group_first: int,
    idx: _Index,
) -> bool:
    """A place that names a contributor, a nationality, an actor or the venue, not where a
    mission is: "troops from Nepal", "the Ambassador of Mali", "statements by Kenya", a
    speaker's delegation in parentheses "(Egypt)", "held in Bamako, Mali", a sender ("Rwanda had
    deployed X to Haiti")."""
    if P.SENDER_AFTER_RE.match(folded, hit.end):
        return True  # "Rwanda had deployed its first formed police unit to Haiti": the sender
    if P.ROTATION_AFTER_RE.match(text, hit.end):
        return True  # "the "GUATEMALA XXXI" contingent": a contingent named for its sender
    if P.PAREN_PLACE_BEFORE_RE.search(text[max(0, hit.start - 8) : hit.start]) and (
        P.PAREN_PLACE_AFTER_RE.match(text, hit.end)
    ):
        return True
    if idx.venue_re.search(folded[max(ctx.sentence[0], group_first - 40) : group_first]):
        return True  # the event's venue: "held in Bamako, Mali"
    head = P.NAME_LIST_HEAD_RE.search(text, max(ctx.sentence[0], group_first - 120), group_first)
    list_start = head.start() if head else group_first  # "by Kenya, Djibouti and Mali"
    before = folded[max(ctx.sentence[0], list_start - 40) : list_start].split()
    if before and before[-1] == "the":
        before = before[:-1]
    if (
        before
        and before[-1] == "from"
        and not group_has_to
        and not (len(before) >= 2 and before[-2] in idx.movement_from)
        and not P.YEAR_RIGHT_AFTER_RE.match(folded, hit.end)
    ):
        return True  # "troops from Nepal", not "moved from Kosovo", "photographs from Congo 1961"
    if before and before[-1] in idx.agent_before:
        return True  # an actor: "statements delivered by Kenya, Mali and Chad"
    raw_before = text[max(ctx.sentence[0], hit.start - 40) : hit.start].split()
    if raw_before and raw_before[-1].lower() == "the":
        raw_before = raw_before[:-1]
    if (
        len(raw_before) >= 2
        and raw_before[-1] == "of"
        and (raw_before[-2][:1].isupper() or fold(raw_before[-2]) in idx.of_blockers)
    ):
        return True
    if ctx.contributor and not (before and before[-1] in ("in", "to")):
        return True  # not "had deployed military observers to Western Sahara": where they went
    return False
