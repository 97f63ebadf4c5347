"""Mission linking: text + reference date + gazetteer -> linked mission mentions. Pure.

Contract: :func:`find_mission_mentions` returns every citing string of a peace operation in text
order, each with its evidence (sentence, rule, cue, candidates, confidence). ``text[m.start:m.end]``
is always ``m.mention``.

Rules, strongest first (overlapping weaker matches are dropped):

1. explicit names (gazetteer names and aliases with variants: "UN"/"United Nations", "AU"/"African
   Union", any alias of the place in the name, optional "the"), merged with a following "(ACR)";
2. acronyms (case-sensitive; an acronym shared by several missions is resolved by date);
3. titles that name a mission's place ("Special Representative ... for Afghanistan",
   "Force Commander in Cyprus"); cue patterns live in ``data/mission_cues.json``;
4. generic references ("the Mission") -> the last named mission;
5. places (countries, territories, sub-regions, regions; OCR-tolerant, a place cut off at the very
   end of the text may be prefix-matched) in a peacekeeping context: the mission(s) of that place
   active at the date (a year in the clause, else ``ref_date``, else a date inferred from the whole
   text). Ambiguity, negated cues ("peacekeeping might not be useful"), "former" titles and missions
   that had not started yet give ``acronym=None`` with the candidates and a confidence below 0.5.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pko_extract.gazetteer import Gazetteer, Mission, Place, fold
from pko_extract.mission_cues import CUES_FILE, Cues, default_cues, load_cues
from pko_extract.mission_index import (
    _Index,
    _index,
    fold_text,
)

__all__ = ["CUES_FILE", "LinkedMention", "find_mission_mentions", "fold_text", "load_cues"]

# A year written in a clause, e.g. "in 1992" or "(2004-2006)"; 1945-2049 only.
YEAR_RE = re.compile(r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?![\d'’]?s\b)(?!\d)")
# A decade, e.g. "in the 1990s" or "the 2000's".
DECADE_RE = re.compile(r"(?<!\d)(19[4-9]0|20[0-4]0)['’]?s\b")
# A year range, e.g. "from 2016 to 2020", "2004-2006", "2004–2006".
YEAR_RANGE_RE = re.compile(
    r"(?<!\d)(19[4-9]\d|20[0-4]\d)\s*(?:-|to|until)\s*(19[4-9]\d|20[0-4]\d)(?!\d)"
)
# Clause breaks in a sentence: ";" and contrastive conjunctions (", but in other cases").
CLAUSE_BREAK_RE = re.compile(r";|\s(?:but|whereas|while|although|however)\s")
# A sentence end: ".", "!" or "?" followed by space and an upper-case letter, quote or digit.
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[\"“‘'(\[A-Z0-9])")
# Text allowed between two places of one list, e.g. ", ", " and ", ", to the ".
LIST_GLUE_RE = re.compile(r"^(?:\s|,|;|&|\band\b|\bor\b|\bto\b|\bthe\b)*$")
# An acronym in parentheses right after a name, e.g. " (UNTAC)".
PAREN_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z/ -]{1,20}?)\s*\)")


@dataclass(frozen=True)
class LinkedMention:
    """A citing string of a peace operation and the mission it was linked to."""

    start: int
    end: int
    mention: str
    acronym: str | None
    kind: str
    explicit: bool
    confidence: float
    rule: str
    cue: str | None
    sentence: str
    candidates: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------


def _sentence_bounds(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans: a line break always ends one; ". " too, unless after an abbreviation."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(line)
        pos = line_end
        start = line_start
        for match in SENTENCE_END_RE.finditer(line):
            before = line[: match.start()].rsplit(None, 1)
            word = before[-1].lower().strip("(\"'“") if before else ""
            if (
                word in abbreviations
                or (len(word) == 1 and word.isalpha())
                or re.fullmatch(r"(?:\w\.)+\w", word)
            ):
                continue
            end = line_start + match.end()
            bounds.append((start, end))
            start = end
        if start < line_end:
            bounds.append((start, line_end))
    return bounds


# --------------------------------------------------------------------------------------
# Index of names, acronyms and places (built once per gazetteer and cue set)
# --------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------

_EXPLICIT, _TITLE, _GENERIC, _PLACE = "explicit", "title", "generic", "place"
_CONF_EXPLICIT = 0.95
_CONF_EXPLICIT_BY_DATE = 0.8
_RECENT_DAYS = 366
_UPCOMING_DAYS = 366


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    missions: tuple[str, ...] = ()
    rule: str = ""
    place: Place | None = None
    org: str | None = None
    place_start: int = -1


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _paren_start(text: str, acr_start: int, acronym: str) -> int | None:
    """Start of the capitalised name written before "(ACR)", e.g. "Office to the AU (UNOAU)"."""
    head = text[max(0, acr_start - 300) : acr_start].rstrip()
    if not head.endswith("("):
        return None
    head = head[:-1].rstrip()
    connectors = {
        "of",
        "the",
        "for",
        "in",
        "to",
        "and",
        "on",
        "de",
        "des",
        "du",
        "la",
        "en",
        "au",
        "pour",
        "et",
    }
    words = list(re.finditer(r"[\w.'’/-]+", head))[-14:]
    picked: list[re.Match[str]] = []
    for w in reversed(words):
        gap = head[w.end() : picked[-1].start() if picked else len(head)]
        if gap.strip():
            break
        if not (w.group()[0].isupper() or w.group().lower() in connectors):
            break
        picked.append(w)
    picked.reverse()
    while picked and (
        picked[0].group().lower() in connectors or picked[0].group()[0].upper() != acronym[0]
    ):
        picked.pop(0)
    return max(0, acr_start - 300) + picked[0].start() if len(picked) >= 2 else None


_NAME_CONNECTORS = frozenset(
    "of in the for to and on at de des du la le les en au aux pour et d l".split()
)


def _capitalised(span: str) -> bool:
    """A written name: its content words start with a capital ("UN Mission in Haiti", not
    "the UN mission in Haiti", which is a generic reference to whatever mission was there)."""
    words = re.findall(r"[^\W\d_]+", span)
    return all(w[0].isupper() for w in words if w.lower() not in _NAME_CONNECTORS)


def _explicit_hits(text: str, folded: str, idx: _Index) -> list[_Hit]:
    hits: list[_Hit] = []
    present = {p.place for f in idx.place_re.findall(folded) if (p := _lookup_place(f, idx))}
    present |= (
        {idx.place_of[c].place for c in idx.place_cased_re.findall(text)}
        if idx.place_cased_re
        else set()
    )
    for pattern, missions, place_name in idx.names:
        if place_name is not None and place_name not in present:
            continue
        for m in pattern.finditer(folded):
            if not _capitalised(text[m.start() : m.end()]):
                continue
            end = m.end()
            paren = PAREN_ACRONYM_RE.match(text, end)
            if paren and set(idx.acronyms.get(paren.group(1), ())) & set(missions):
                end = paren.end()
            hits.append(_Hit(m.start(), end, _EXPLICIT, missions, "name"))
    if idx.acronym_re is not None:
        for m in idx.acronym_re.finditer(text):
            missions = idx.acronyms[m.group()]
            start = _paren_start(text, m.start(), m.group())
            if start is not None:
                close = text.find(")", m.end())
                hits.append(_Hit(start, close + 1, _EXPLICIT, missions, "name_acronym"))
            else:
                hits.append(_Hit(m.start(), m.end(), _EXPLICIT, missions, "acronym"))
    return hits


def _title_hits(folded: str, idx: _Index) -> list[_Hit]:
    hits = []
    for pattern, title in idx.titles:
        for m in pattern.finditer(folded):
            place = _lookup_place(m.group("place"), idx)
            if place is not None:
                hits.append(
                    _Hit(
                        m.start(),
                        m.end(),
                        _TITLE,
                        (),
                        title.rule,
                        place,
                        title.org,
                        m.start("place"),
                    )
                )
    return hits


def _lookup_place(name: str, idx: _Index) -> Place | None:
    key = " ".join(fold(name).split())
    return idx.place_of.get(key) or idx.place_of.get(name)


def _place_hits(text: str, folded: str, idx: _Index) -> list[_Hit]:
    hits = []
    for m in idx.place_re.finditer(folded):
        if not text[m.start()].isupper():
            continue
        place = _lookup_place(m.group(), idx)
        if place is not None:
            hits.append(_Hit(m.start(), m.end(), _PLACE, (), "place", place, None, m.start()))
    if idx.place_cased_re is not None:
        for m in idx.place_cased_re.finditer(text):
            hits.append(
                _Hit(
                    m.start(),
                    m.end(),
                    _PLACE,
                    (),
                    "place",
                    idx.place_of[m.group()],
                    None,
                    m.start(),
                )
            )
    # a place cut off at the very end of the text ("... and the Democratic Re")
    tail_end = len(folded.rstrip())
    tail = folded[max(0, tail_end - 60) : tail_end]
    offset = tail_end - len(tail)
    for w in re.finditer(r"(?<![\w])\w", tail):
        piece = tail[w.start() :]
        if len(piece) < 8 or " " not in piece.strip() or not text[offset + w.start()].isupper():
            continue
        places = {p.place: p for f, p in idx.prefix_names if f.startswith(piece) and f != piece}
        if len(places) == 1:
            hits.append(
                _Hit(
                    offset + w.start(),
                    tail_end,
                    _PLACE,
                    (),
                    "place_truncated",
                    next(iter(places.values())),
                    None,
                    offset + w.start(),
                )
            )
            break
    return hits


def _select(hits: list[_Hit], skip: Sequence[tuple[int, int]]) -> list[_Hit]:
    """Non-overlapping hits: longer first, explicit before title before place."""
    order = {_EXPLICIT: 0, _TITLE: 1, _GENERIC: 2, _PLACE: 3}
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), order[h.kind], h.start)):
        span = (hit.start, hit.end)
        if any(_overlaps(span, s) for s in skip):
            continue
        if any(_overlaps(span, (c.start, c.end)) for c in chosen):
            continue
        chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


# --------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------


@dataclass
class _Context:
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


def _clause(folded: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    start, end = sentence
    for br in CLAUSE_BREAK_RE.finditer(folded, sentence[0], sentence[1]):
        if br.end() <= pos:
            start = br.end()
        elif br.start() >= pos:
            end = br.start()
            break
    return start, end


def _find_cue(
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
        if _overlaps(span, exclude) or any(_overlaps(span, n) for n in not_cues):
            continue
        after = folded[m.end() : min(window[1], m.end() + 30)]
        before = folded[max(window[0], m.start() - 14) : m.start()]
        negated = bool(idx.neg_after_re.search(" ".join(after.split()[:4]))) or bool(
            idx.neg_before_re.search(" ".join(before.split()[-2:]))
        )
        found.append((abs(m.start() - exclude[0]), m.group(), negated))
    if not found:
        return None, False
    live = [f for f in found if not f[2]]
    if live:
        return min(live)[1], False
    return min(found)[1], True


def _interval_in(folded: str, clause: tuple[int, int], pos: int) -> tuple[date, date] | None:
    """A year, year range or decade written in the clause, nearest to ``pos``."""
    text = folded[clause[0] : clause[1]]
    ranges = [
        (abs(clause[0] + m.start() - pos), int(m.group(1)), int(m.group(2)))
        for m in YEAR_RANGE_RE.finditer(text)
    ]
    years = [
        (abs(clause[0] + m.start() - pos), int(m.group(1)), int(m.group(1)))
        for m in YEAR_RE.finditer(text)
    ]
    decades = [
        (abs(clause[0] + m.start() - pos), int(m.group(1)), int(m.group(1)) + 9)
        for m in DECADE_RE.finditer(text)
    ]
    best = min(ranges or (years + decades), default=None)
    if best is None:
        return None
    _, first, last = best
    first, last = min(first, last), max(first, last)
    return date(first, 1, 1), date(last, 12, 31)


def _context(folded: str, hit: _Hit, sentence: tuple[int, int], idx: _Index) -> _Context:
    clause = _clause(folded, sentence, hit.start)
    ctx = _Context(sentence=sentence, clause=clause)
    span = (hit.start, hit.end)
    cue, negated = _find_cue(folded, clause, span, idx)
    scope = "clause"
    if cue is None:
        cue, negated = _find_cue(folded, sentence, span, idx)
        scope = "sentence"
    ctx.cue, ctx.negated, ctx.cue_scope = cue, negated, scope if cue else ""
    before = folded[max(clause[0], hit.start - 80) : hit.start].split(")")[-1]
    ctx.former = bool(idx.former_re.search(" ".join(before.split()[-8:])))
    sent_text = folded[sentence[0] : sentence[1]]
    ctx.recent = bool(idx.recent_re.search(sent_text))
    ctx.future = bool(idx.future_re.search(folded[clause[0] : clause[1]]))
    ctx.contributor = bool(idx.contributor_re.search(folded[clause[0] : clause[1]]))
    for org, regex in idx.org_res.items():
        if regex.search(folded, clause[0], clause[1]) or regex.search(
            folded, sentence[0], sentence[1]
        ):
            ctx.org = org
            break
    ctx.interval = _interval_in(folded, clause, hit.start)
    return ctx


def _blocked(
    text: str,
    folded: str,
    hit: _Hit,
    ctx: _Context,
    group_has_to: bool,
    group_first: int,
    idx: _Index,
) -> bool:
    """A place that names a contributor or a nationality, not where a mission is."""
    before = folded[max(ctx.sentence[0], group_first - 40) : group_first].split()
    if before and before[-1] == "the":
        before = before[:-1]
    if before and before[-1] == "from" and not group_has_to:
        return True
    raw_before = text[max(ctx.sentence[0], hit.start - 40) : hit.start].split()
    if raw_before and raw_before[-1].lower() == "the":
        raw_before = raw_before[:-1]
    if (
        len(raw_before) >= 2
        and raw_before[-1] == "of"
        and (raw_before[-2][:1].isupper() or fold(raw_before[-2]) in idx.of_blockers)
    ):
        return True
    if ctx.contributor and not (before and before[-1] == "in"):
        return True
    return False


# --------------------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------------------


@dataclass
class _Resolution:
    acronym: str | None
    candidates: tuple[str, ...]
    confidence: float
    rule: str


def _leads(mission: Mission, org: str) -> bool:
    return org in [o.strip() for o in mission.lead_organization.split(";")]


def _choose(
    active: list[Mission], org: str | None, doc_explicit: set[str], *, region: bool = False
) -> tuple[Mission | None, str]:
    """One mission among several active ones, or None when it stays ambiguous.

    A region ("the Middle East") names no country, so preferring its one UN PKO would guess.
    """
    if len(active) == 1:
        return active[0], ""
    if org and org != "UN":
        led = [m for m in active if _leads(m, org)]
        if len(led) == 1:
            return led[0], "_org"
    named = [m for m in active if m.acronym in doc_explicit]
    if len(named) == 1:
        return named[0], "_named_in_text"
    pkos = [m for m in active if m.kind == "UN_PKO"]
    if len(pkos) == 1 and not region:
        return pkos[0], "_un_pko"
    return None, ""


def _most_of(missions: list[Mission], first: date, last: date) -> Mission | None:
    """The mission that ran at least twice as long as any other during a written period."""

    def days(m: Mission) -> int:
        end = min(last, m.last_day or last)
        return max(0, (end - max(first, m.start)).days)

    ranked = sorted(missions, key=days, reverse=True)
    return ranked[0] if days(ranked[0]) >= 2 * days(ranked[1]) else None


def _candidates_at(
    g: Gazetteer, place: Place, first: date, last: date, org: str | None
) -> list[Mission]:
    active = [m for m in g.missions_in(place.place) if m.overlaps(first, last)]
    if org and org != "UN":
        # a named organisation also licenses its forces and operations that are linked only by name
        extra = [
            m
            for m in g.missions_in(place.place, linkable_only=False)
            if _leads(m, org) and m.overlaps(first, last) and m not in active
        ]
        active += extra
    return active


def _resolve_place(
    g: Gazetteer,
    place: Place,
    when: tuple[date, date] | None,
    ctx: _Context,
    org: str | None,
    doc_explicit: set[str],
    base: float,
) -> _Resolution | None:
    ever = g.missions_in(place.place)
    beside = [
        m
        for a in ctx.named_nearby
        if (m := g.by_acronym(a))
        and (place.place in m.all_places() or (place.parent and place.parent in m.all_places()))
        # a liaison or support office is named with its seat, not with where it works
        and (m.link != "explicit" or m.kind == "REGIONAL")
        and (when is None or m.overlaps(when[0] - timedelta(days=_RECENT_DAYS), when[1]))
    ]
    if len(beside) > 1:
        beside = [m for m in beside if m.acronym in ctx.named_in_clause]
    if len(beside) == 1 and not ctx.negated:
        return _Resolution(beside[0].acronym, (beside[0].acronym,), base, "place_of_named_mission")
    if org and org != "UN":
        ever += [
            m
            for m in g.missions_in(place.place, linkable_only=False)
            if _leads(m, org) and m not in ever
        ]
    if not ever:
        return None
    names = tuple(m.acronym for m in ever)
    if ctx.negated:
        active = [m.acronym for m in ever if when and m.overlaps(*when)]
        return _Resolution(None, tuple(active) or names, 0.2, "negated_cue")
    if ctx.former and ctx.interval is None:
        return _Resolution(None, names, 0.3, "former_position_undated")
    if when is None:
        if len(ever) == 1:
            return _Resolution(ever[0].acronym, names, min(base, 0.6), "only_mission_of_place")
        return _Resolution(None, names, 0.25, "no_date")
    first, last = when
    active = _candidates_at(g, place, first, last, org)
    if active:
        chosen, how = _choose(active, org, doc_explicit, region=place.kind == "region")
        cands = tuple(m.acronym for m in active)
        if chosen is None and ctx.interval is not None and len(active) > 1:
            chosen, how = _most_of(active, first, last), "_most_of_period"
        if chosen is not None:
            conf = base if not how else min(base, 0.7 if how != "_org" else 0.75)
            return _Resolution(chosen.acronym, cands, conf, "active" + how)
        return _Resolution(None, cands, 0.35, "ambiguous")
    if ctx.interval is None:
        ended = [
            m
            for m in ever
            if m.last_day and first - timedelta(days=_RECENT_DAYS) <= m.last_day < first
        ]
        if ended and not ctx.future:
            latest = max(m.last_day for m in ended if m.last_day)
            chosen, _ = _choose([m for m in ended if m.last_day == latest], org, doc_explicit)
            if chosen is not None:
                return _Resolution(
                    chosen.acronym,
                    tuple(m.acronym for m in ended),
                    0.6 if ctx.recent else 0.5,
                    "recently_ended",
                )
        upcoming = [m for m in ever if last < m.start <= last + timedelta(days=_UPCOMING_DAYS)]
        if upcoming:
            return _Resolution(None, tuple(m.acronym for m in upcoming), 0.3, "not_started")
    return _Resolution(None, names, 0.2, "no_mission_at_date")


def _resolve_explicit(
    g: Gazetteer, missions: tuple[str, ...], when: tuple[date, date] | None
) -> _Resolution:
    if len(missions) == 1:
        return _Resolution(missions[0], missions, _CONF_EXPLICIT, "")
    if when is not None:
        active = [a for a in missions if (m := g.by_acronym(a)) and m.overlaps(*when)]
        if len(active) == 1:
            return _Resolution(active[0], missions, _CONF_EXPLICIT_BY_DATE, "_by_date")
    return _Resolution(None, missions, 0.4, "_ambiguous")


def _acronym_in_place(
    acronym: str, missions: tuple[str, ...], sentence: str, cues: Cues, g: Gazetteer
) -> bool:
    """Short acronyms that are also common abbreviations (ISF: Lebanon's Internal Security
    Forces; MSS) count only when a place of the mission is named in the same sentence."""
    if acronym not in cues.acronyms_needing_place:
        return True
    for acr in missions:
        mission = g.by_acronym(acr)
        for name in mission.all_places() if mission else []:
            place = g.place(name)
            for alias in place.names() if place else [name]:
                if re.search(r"(?<![\w])" + re.escape(fold(alias)) + r"(?![\w])", sentence):
                    return True
    return False


def _infer_date(
    g: Gazetteer, explicit: set[str], places: list[tuple[Place, str | None]]
) -> date | None:
    """The latest month at which most named missions run and most places have one mission."""
    if not explicit and not places:
        return None
    bounds = [m.start for m in g.missions] + [m.last_day for m in g.missions if m.last_day]
    lo, hi = min(bounds), max(bounds)
    per_place = [(g.missions_in(p.place), org, p.kind == "region") for p, org in places]
    named = [m for a in explicit if (m := g.by_acronym(a))]
    best: tuple[int, date] | None = None
    day = date(lo.year, lo.month, 15)
    while day <= hi:
        score = sum(1 for m in named if m.active_on(day))
        for missions, org, region in per_place:
            active = [m for m in missions if m.active_on(day)]
            if active and _choose(active, org, explicit, region=region)[0] is not None:
                score += 1
        if score and (best is None or score >= best[0]):
            best = (score, day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 15)
    return best[1] if best else None


def _mention(
    text: str,
    hit: _Hit,
    res: _Resolution,
    g: Gazetteer,
    explicit: bool,
    cue: str | None,
    sentence: tuple[int, int],
    rule: str,
) -> LinkedMention:
    kind = "UNKNOWN"
    if res.acronym is not None:
        mission = g.by_acronym(res.acronym)
        kind = mission.kind if mission else "UNKNOWN"
    return LinkedMention(
        start=hit.start,
        end=hit.end,
        mention=text[hit.start : hit.end],
        acronym=res.acronym,
        kind=kind,
        explicit=explicit,
        confidence=round(res.confidence, 3),
        rule=rule,
        cue=cue,
        sentence=" ".join(text[sentence[0] : sentence[1]].split()),
        candidates=res.candidates,
    )


def find_mission_mentions(
    text: str,
    ref_date: date | None,
    gazetteer: Gazetteer,
    *,
    skip: Sequence[tuple[int, int]] = (),
    cues: Cues | None = None,
) -> list[LinkedMention]:
    """Find and link the peace operations cited in ``text``.

    Args:
        text: the report text (offsets index into it).
        ref_date: the report's event date (or publication date); None when unknown, in which
            case the date at which the cited missions and places make most sense is inferred.
        gazetteer: the mission gazetteer (see :func:`pko_extract.gazetteer.default_gazetteer`).
        skip: spans not to link (e.g. person names found by another stage).
        cues: cue words and title patterns; the packaged ``mission_cues.json`` when None.

    Returns:
        Mentions in text order. ``acronym`` is None (with the candidates and a confidence below
        0.5) when the mission cannot be determined with confidence.
    """
    cues = cues or default_cues()
    idx = _index(gazetteer, cues)
    folded = fold_text(text)
    hits = (
        _explicit_hits(text, folded, idx)
        + _title_hits(folded, idx)
        + _place_hits(text, folded, idx)
    )
    chosen = _select(hits, skip)
    sentences = _sentence_bounds(text, idx.abbreviations)
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        return sentences[max(i, 0)] if sentences else (0, len(text))

    ref = (ref_date, ref_date) if ref_date else None
    explicit_named: set[str] = set()
    for hit in chosen:
        if hit.kind == _EXPLICIT and len(hit.missions) == 1:
            explicit_named.add(hit.missions[0])

    # contexts of places and titles; list groups for "from ... to ..." and wider context
    contexts: dict[int, _Context] = {}
    places = [h for h in chosen if h.kind == _PLACE]
    groups: list[list[_Hit]] = []
    for h in places:
        if (
            groups
            and LIST_GLUE_RE.match(folded[groups[-1][-1].end : h.start])
            and sentence_of(h.start) == sentence_of(groups[-1][-1].start)
        ):
            groups[-1].append(h)
        else:
            groups.append([h])
    for h in chosen:
        if h.kind in (_PLACE, _TITLE):
            ctx = _context(folded, h, sentence_of(h.start), idx)
            ctx.named_nearby = tuple(
                dict.fromkeys(
                    e.missions[0]
                    for e in chosen
                    if e.kind == _EXPLICIT
                    and len(e.missions) == 1
                    and ctx.sentence[0] <= e.start < ctx.sentence[1]
                )
            )
            ctx.named_in_clause = tuple(
                e.missions[0]
                for e in chosen
                if e.kind == _EXPLICIT
                and len(e.missions) == 1
                and ctx.clause[0] <= e.start < ctx.clause[1]
            )
            contexts[id(h)] = ctx
    licensed: dict[int, bool] = {}
    for grp in groups:
        glue = " ".join(folded[a.end : b.start] for a, b in zip(grp, grp[1:], strict=False))
        has_to = bool(re.search(r"\bto\b", glue))
        any_cue = any(contexts[id(h)].cue for h in grp)
        for h in grp:
            ctx = contexts[id(h)]
            if ctx.cue is None and len(grp) >= 3 and any_cue:
                donor = next(contexts[id(x)] for x in grp if contexts[id(x)].cue)
                ctx.cue, ctx.negated, ctx.cue_scope = donor.cue, donor.negated, "list"
            if ctx.cue is None and len(grp) >= 3:
                prev = sentence_of(max(ctx.sentence[0] - 1, 0))
                if prev != ctx.sentence:
                    cue, neg = _find_cue(folded, prev, (h.start, h.end), idx)
                    if cue:
                        ctx.cue, ctx.negated, ctx.cue_scope = cue, neg, "previous_sentence"
            licensed[id(h)] = ctx.cue is not None and not _blocked(
                text, folded, h, ctx, has_to, grp[0].start, idx
            )

    when_doc = ref
    if ref is None:
        usable = [
            (h.place, contexts[id(h)].org or h.org)
            for h in chosen
            if h.place is not None
            and (h.kind == _TITLE or licensed.get(id(h)))
            and not contexts[id(h)].negated
            and not contexts[id(h)].former
            and contexts[id(h)].interval is None
        ]
        inferred = _infer_date(gazetteer, explicit_named, usable)
        when_doc = (inferred, inferred) if inferred else None

    mentions: list[LinkedMention] = []
    last_named: str | None = None
    generic_hits = []
    if idx.generic_re is not None:
        for m in idx.generic_re.finditer(text):
            if not any(
                _overlaps((m.start(), m.end()), (c.start, c.end)) for c in chosen
            ) and not any(_overlaps((m.start(), m.end()), s) for s in skip):
                generic_hits.append(_Hit(m.start(), m.end(), _GENERIC, (), "generic_reference"))
    for hit in sorted(chosen + generic_hits, key=lambda h: h.start):
        sentence = sentence_of(hit.start)
        if hit.kind == _EXPLICIT:
            if hit.rule == "acronym" and not _acronym_in_place(
                text[hit.start : hit.end],
                hit.missions,
                folded[sentence[0] : sentence[1]],
                cues,
                gazetteer,
            ):
                continue
            res = _resolve_explicit(gazetteer, hit.missions, when_doc)
            mentions.append(
                _mention(text, hit, res, gazetteer, True, None, sentence, hit.rule + res.rule)
            )
            if res.acronym:
                last_named = res.acronym
            continue
        if hit.kind == _GENERIC:
            if last_named:
                res = _Resolution(last_named, (last_named,), 0.7, "")
                mentions.append(
                    _mention(text, hit, res, gazetteer, True, None, sentence, "generic_reference")
                )
            continue
        assert hit.place is not None
        ctx = contexts[id(hit)]
        if hit.kind == _PLACE and not licensed.get(id(hit)):
            continue
        when = ctx.interval or when_doc
        org = hit.org or ctx.org
        if hit.kind == _TITLE:
            base, cue = 0.85, hit.rule
            ctx.negated = False
        else:
            base = {"clause": 0.85, "sentence": 0.8}.get(ctx.cue_scope, 0.65)
            cue = ctx.cue
        if ref is None and ctx.interval is None:
            base = min(base, 0.6)
        res = _resolve_place(gazetteer, hit.place, when, ctx, org, explicit_named, base)
        if res is None:
            continue
        rule = f"{hit.rule}:{res.rule}" + (
            ":year_in_text" if ctx.interval else ":inferred_date" if ref is None else ""
        )
        mentions.append(_mention(text, hit, res, gazetteer, False, cue, sentence, rule))
    return mentions
