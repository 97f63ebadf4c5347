"""Mission linking, step 3: from a hit and its context to one mission, or none. Pure.

An explicit name or acronym is resolved by date when several missions share it; a place or
title is resolved to the mission(s) active there at the date (a year in the clause, else the
report's date, else one inferred from the whole text). Ambiguity, negated cues, "former"
titles and missions not yet started give no acronym, with the candidates and a confidence
below 0.5. The confidence of each outcome is a named constant below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pko_extract import patterns as P
from pko_extract.gazetteer import Gazetteer, Mission, Place, fold
from pko_extract.mission_context import Context
from pko_extract.mission_cues import Cues
from pko_extract.mission_hits import Hit
from pko_extract.models import LinkedMention

# Confidence of each kind of link (one home for all of them).
CONF_EXPLICIT = 0.95  # a name or acronym of one mission
CONF_EXPLICIT_BY_DATE = 0.8  # a shared acronym, one of whose missions ran at the date
CONF_EXPLICIT_AMBIGUOUS = 0.4  # a shared acronym, not resolved by the date
CONF_GENERIC = 0.7  # "the Mission": the last mission named
CONF_TITLE = 0.85  # a title naming the mission's place ("Force Commander in Cyprus")
CONF_PLACE = {"clause": 0.85, "sentence": 0.8}  # a place with a cue in its clause/sentence
CONF_PLACE_LIST = 0.65  # a place licensed by its list's cue or the previous sentence
CONF_UNDATED = 0.6  # at most this when the date is inferred, or the place's only mission
CONF_CHOSEN = 0.7  # one of several active missions, chosen by a rule
CONF_CHOSEN_BY_ORG = 0.75  # one of several active missions, led by the named organisation
CONF_RECENTLY_ENDED = (0.6, 0.5)  # a mission that ended within a year (with/without "recent")
CONF_PAST_POST = 0.5  # a title at a place whose last mission had ended: that mission
CONF_AMBIGUOUS = 0.35  # several active missions
CONF_FORMER_UNDATED = 0.3  # a "former" title without a year
CONF_NOT_STARTED = 0.3  # a mission that had not started yet
CONF_NO_DATE = 0.25  # several missions ever, no date
CONF_NEGATED = 0.2  # a negated cue ("peacekeeping might not be useful")
CONF_NONE_AT_DATE = 0.2  # no mission of that place at the date
RECENT_DAYS = 366
#: Letters of a word compared to tell missions apart by their names ("trained" ~ "training").
STEM = 5
UPCOMING_DAYS = 366


@dataclass
class Resolution:
    acronym: str | None
    candidates: tuple[str, ...]
    confidence: float
    rule: str


def _leads(mission: Mission, org: str) -> bool:
    return org in [o.strip() for o in mission.lead_organization.split(";")]


#: Words of mission names that tell nothing apart ("European Union Training Mission in Mali"
#: is told from the other EU missions in Mali by "training").
_PLAIN_NAME_WORDS = frozenset(
    "united nations european union african organization organisation mission operation force "
    "multidimensional integrated of in the for to and at on au eu un".split()
)


#: Name words too common to tell a mission by when written near its place: "observer" is
#: read by the force-or-observers rule instead (a "Police Observer in Liberia" is no cue for
#: the observer mission there rather than the force); "peace", "office", "support" and the
#: like are written around any mission ("peace operations in the Middle East" is not the
#: Middle East Peace Process office).
_COMMON_NAME_WORDS = frozenset(
    "observer observers peace process office special support assistance political security "
    "military police group representative coordinator envoy".split()
)


def _name_words(mission: Mission) -> frozenset[str]:
    """The telling words of a mission's name ("training" in EUTM Mali's, not "mali")."""
    places = {w for p in mission.all_places() for w in fold(p).split()}
    return frozenset(re.findall(r"[a-z]{4,}", fold(mission.name))) - _PLAIN_NAME_WORDS - places


def _by_name_words(missions: list[Mission], words: frozenset[str]) -> Mission | None:
    """The one mission whose name's telling words are written around the place."""
    hits = [m for m in missions if _name_words(m) & words]
    return hits[0] if len(hits) == 1 else None


def _choose(
    active: list[Mission],
    org: str | None,
    doc_explicit: set[str],
    *,
    region: bool = False,
    words: frozenset[str] = frozenset(),
    near_words: frozenset[str] = frozenset(),
) -> tuple[Mission | None, str]:
    """One mission among several active ones, or None when it stays ambiguous.

    A region ("the Middle East") names no country, so preferring its one UN PKO would guess.
    ``words`` are the words of the place's sentence: "the EU training mission in Mali";
    ``near_words`` those written near the place: the one mission whose telling words they
    hold ("the disengagement observer force" on the Golan Heights; "observer" is left to the
    force-or-observers rule of :func:`_resolve_active`).
    """
    if len(active) == 1:
        return active[0], ""
    if org:
        led = [m for m in active if _leads(m, org)]
        if len(led) == 1:
            return led[0], "_org"
        told = _by_name_words(led, words) if org != "UN" else None
        if told is not None:
            return told, "_org"
    named = [m for m in active if m.acronym in doc_explicit]
    if len(named) == 1:
        return named[0], "_named_in_text"
    told = (
        _by_name_words(active, near_words - _COMMON_NAME_WORDS)
        if near_words and not region
        else None
    )
    if told is not None:
        return told, "_name_words"  # "the disengagement observer force" on the Golan Heights
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


def _missions_of(
    g: Gazetteer, place: Place, org: str | None, strict: bool, uniformed: bool = False
) -> list[Mission]:
    """The missions a place may resolve to, whatever their dates. A named organisation other
    than the UN also licenses its forces and operations that are linked only by name; a title
    that writes its organisation ("the AU mission in X") means only that organisation's; a
    uniformed post ("Force Commander in X") is not a political mission's."""
    ever = [m for m in g.missions_in(place.place) if not (uniformed and m.kind == "UN_SPM")]
    if org and org != "UN":
        extra = g.missions_in(place.place, linkable_only=False)
        ever += [m for m in extra if _leads(m, org) and m not in ever]
    if strict and org:
        ever = [m for m in ever if _leads(m, org)]
    return ever


def _named_beside(
    g: Gazetteer, place: Place, when: tuple[date, date] | None, ctx: Context
) -> Mission | None:
    """The one mission named in the same sentence (or clause) that serves this place. A
    mission of the place's country does not serve a sub-region or city that has a mission of
    its own at the date ("the Special Envoy for Yemen ... the ceasefire committee in
    Hudaydah" is the Hudaydah mission's place)."""
    own = [
        m
        for m in g.missions_in(place.place)
        if place.place in m.places and (when is None or m.overlaps(*when))
    ]
    beside = [
        m
        for a in ctx.named_nearby
        if (m := g.by_acronym(a))
        and (
            place.place in m.all_places()
            or (place.parent and place.parent in m.all_places() and not own)
        )
        # a liaison or support office is named with its seat, not with where it works
        and (m.link != "explicit" or m.kind == "REGIONAL")
        and (when is None or m.overlaps(when[0] - timedelta(days=RECENT_DAYS), when[1]))
    ]
    if (
        ctx.armed
        and not ctx.observer
        and when is not None
        and any(
            m.overlaps(*when) and m.kind != "UN_SPM" and not _observer_body(m)
            for m in g.missions_in(place.place)
        )
    ):
        # "the logistics battalion on the Golan Heights" beside a named observer body is the
        # force's
        beside = [m for m in beside if not _observer_body(m)]
    if len(beside) > 1:
        beside = [m for m in beside if m.acronym in ctx.named_in_clause]
    return beside[0] if len(beside) == 1 else None


def _observer_body(m: Mission) -> bool:
    """A mission of unarmed observers by its name ("Truce Supervision Organization", "Observer
    Mission"), not a force of observers ("Disengagement Observer Force")."""
    return bool(P.OBSERVER_NAME_RE.search(m.name)) and not P.FORCE_NAME_RE.search(m.name)


def _resolve_active(
    active: list[Mission],
    place: Place,
    when: tuple[date, date],
    ctx: Context,
    org: str | None,
    doc_explicit: set[str],
    base: float,
) -> Resolution:
    """One of the missions active at the place and time, or an ambiguous link. A political
    post ("the Special Coordinator for Lebanon") is the one political mission's; armed forces
    ("soldiers of the African-led force in Bangui") are not a political mission's, nor an
    observer body's where a force also runs ("blue helmets on the Golan Heights" are the
    disengagement force's, not the truce supervisors'); observers are the observer body's;
    a clause that writes both stays undetermined."""
    forces = [m for m in active if m.kind != "UN_SPM"] if ctx.military else []
    active = forces or active
    armed = [m for m in active if not _observer_body(m)] if ctx.armed and not ctx.observer else []
    active = armed or active
    observers = [m for m in active if _observer_body(m)] if ctx.observer and not ctx.armed else []
    active = observers or active
    if ctx.post and place.kind == "country":
        # "Special Representative for Sudan": the post of the country-wide mission, not of
        # one confined to a sub-region (Darfur)
        wide = [m for m in active if not m.places or place.place in m.places]
        active = wide or active
    political = [m for m in active if m.kind == "UN_SPM"] if ctx.political else []
    chosen: Mission | None
    if len(political) == 1 and len(active) > 1:
        chosen, how = political[0], "_political_post"
    else:
        chosen, how = _choose(
            active,
            org,
            doc_explicit,
            region=place.kind == "region",
            words=ctx.words,
            near_words=ctx.near_words,
        )
    cands = tuple(m.acronym for m in active)
    if chosen is None and ctx.interval is not None and len(active) > 1:
        chosen, how = _most_of(active, *when), "_most_of_period"
    if chosen is None:
        return Resolution(None, cands, CONF_AMBIGUOUS, "ambiguous")
    cap = CONF_CHOSEN if how != "_org" else CONF_CHOSEN_BY_ORG
    return Resolution(chosen.acronym, cands, base if not how else min(base, cap), "active" + how)


def _resolve_inactive(
    ever: list[Mission],
    when: tuple[date, date],
    ctx: Context,
    org: str | None,
    doc_explicit: set[str],
) -> Resolution | None:
    """No mission ran there then: one that ended within a year, or one about to start."""
    first, last = when
    ended = [
        m for m in ever if m.last_day and first - timedelta(days=RECENT_DAYS) <= m.last_day < first
    ]
    if ended and not ctx.future:
        latest = max(m.last_day for m in ended if m.last_day)
        chosen, _ = _choose([m for m in ended if m.last_day == latest], org, doc_explicit)
        if chosen is not None:
            conf = CONF_RECENTLY_ENDED[0] if ctx.recent else CONF_RECENTLY_ENDED[1]
            return Resolution(
                chosen.acronym, tuple(m.acronym for m in ended), conf, "recently_ended"
            )
    upcoming = [m for m in ever if last < m.start <= last + timedelta(days=UPCOMING_DAYS)]
    if upcoming:
        cands = tuple(m.acronym for m in upcoming)
        return Resolution(None, cands, CONF_NOT_STARTED, "not_started")
    return None


def resolve_place(
    g: Gazetteer,
    place: Place,
    when: tuple[date, date] | None,
    ctx: Context,
    org: str | None,
    doc_explicit: set[str],
    base: float,
    *,
    strict: bool = False,
) -> Resolution | None:
    """The mission a place (or a title naming it) refers to at ``when``; None when no
    mission ever served the place. ``strict``: the title writes ``org``, only its missions
    count."""
    beside = _named_beside(g, place, when, ctx)
    if beside is not None and not ctx.negated and (not strict or not org or _leads(beside, org)):
        return Resolution(beside.acronym, (beside.acronym,), base, "place_of_named_mission")
    ever = _missions_of(g, place, org, strict, ctx.uniformed)
    if not ever:
        return None
    names = tuple(m.acronym for m in ever)
    if ctx.negated:
        running = [m.acronym for m in ever if when and m.overlaps(*when)]
        return Resolution(None, tuple(running) or names, CONF_NEGATED, "negated_cue")
    if ctx.former and ctx.interval is None:
        return Resolution(None, names, CONF_FORMER_UNDATED, "former_position_undated")
    if when is None:
        if len(ever) == 1:
            conf = min(base, CONF_UNDATED)
            return Resolution(ever[0].acronym, names, conf, "only_mission_of_place")
        return Resolution(None, names, CONF_NO_DATE, "no_date")
    active = [m for m in ever if m.overlaps(*when)]
    if active:
        return _resolve_active(active, place, when, ctx, org, doc_explicit, base)
    if ctx.interval is None:
        found = _resolve_inactive(ever, when, ctx, org, doc_explicit)
        if found is None and (ctx.post or ctx.by_place_name):
            found = _last_mission(ever, when, org, doc_explicit)
        if found is None and _served_before(ctx):  # a unit served with a force, not an office
            armed = [m for m in ever if m.kind != "UN_SPM"]
            found = _last_mission(armed, when, org, doc_explicit)
        if found is not None:
            return found
    return Resolution(None, names, CONF_NONE_AT_DATE, "no_mission_at_date")


#: Cues naming a national unit that served with a mission ("formed police units in Liberia",
#: "our contingent in X"); not "peacekeepers" or "troops" alone ("Peacekeepers once patrolled
#: Darfur": which of its missions is left open).
UNIT_CUES = ("formed police unit", "contingent", "battalion", "engineer")


def _served_before(ctx: Context) -> bool:
    """A place that had missions, none at the date, told with a national unit's cue and no
    period of its own ("Nepali formed police units in Haiti and Liberia", 2022; "our
    contingent in Sierra Leone"): the service it recalls is the last mission's there. Not
    a cue of deploying ("the X Defence Force deployed in Y": a force of its own) nor a
    generic one ("peacekeeping", "peacekeepers": a history's place may be any of its
    missions)."""
    return (
        ctx.cue is not None
        and ctx.cue.startswith(UNIT_CUES)
        and not ctx.future
        and not ctx.negated
        and ctx.interval is None
    )


def _last_mission(
    ever: list[Mission], when: tuple[date, date], org: str | None, doc_explicit: set[str]
) -> Resolution | None:
    """A person's post at a place with no mission at the date ("Police Commissioner in
    Darfur" in a later career record): a post exists only while a mission runs, so it was
    held in the last mission there, the one that ended most recently before the date. Not
    for a mission named by its place ("the AU mission in Mali"): that may be one the
    gazetteer does not hold."""
    ended = [m for m in ever if m.last_day and m.last_day < when[0]]
    if not ended:
        return None
    latest = max(m.last_day for m in ended if m.last_day)
    chosen, _ = _choose([m for m in ended if m.last_day == latest], org, doc_explicit)
    if chosen is None:
        return None
    return Resolution(chosen.acronym, tuple(m.acronym for m in ended), CONF_PAST_POST, "past_post")


def org_operation(
    g: Gazetteer,
    places: list[tuple[Place, tuple[date, date] | None]],
    org: str,
    base: float,
    words: frozenset[str] = frozenset(),
) -> Resolution | None:
    """The operation an organisation named without a place means ("the European Union force
    is also deploying", beside "Chad"): its one operation active in the places of the
    sentence (each with the date it is read at); among several, the one whose name's telling
    words the sentence writes, as a word or its stem ("trained Malian officers with the
    European mission" is the training mission); None when there is none or still several.
    A joint operation is not one organisation's ("the AU mission" is not the AU-UN one)."""
    found: dict[str, Mission] = {}
    for place, when in places:
        for m in g.missions_in(place.place, linkable_only=False):
            sole = m.lead_organization.strip() == org
            if when is not None and sole and m.overlaps(*when):
                found[m.acronym] = m
    if len(found) > 1:
        stems = frozenset(w[:STEM] for w in words)
        told = [m for m in found.values() if {w[:STEM] for w in _name_words(m)} & stems]
        found = {m.acronym: m for m in told}
    if len(found) != 1:
        return None
    acronym = next(iter(found))
    return Resolution(acronym, (acronym,), base, "org_operation")


def resolve_explicit(
    g: Gazetteer, missions: tuple[str, ...], when: tuple[date, date] | None
) -> Resolution:
    if len(missions) == 1:
        return Resolution(missions[0], missions, CONF_EXPLICIT, "")
    if when is not None:
        active = [a for a in missions if (m := g.by_acronym(a)) and m.overlaps(*when)]
        if len(active) == 1:
            return Resolution(active[0], missions, CONF_EXPLICIT_BY_DATE, "_by_date")
    return Resolution(None, missions, CONF_EXPLICIT_AMBIGUOUS, "_ambiguous")


def acronym_in_place(
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


def infer_date(
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
    # the months are the 15th of each from lo's month to hi; the score only changes in a
    # month where one of these missions starts or ends: one score per run of months, kept
    # for the run's last month (the latest of a tie wins, as when scored month by month)
    first, last = _month(lo), _month(hi) - (hi.day < 15)
    relevant = named + [m for missions, _, _ in per_place for m in missions]
    changes = {_month(m.start) + (m.start.day > 15) for m in relevant}
    changes |= {_month(m.last_day) - (m.last_day.day < 15) + 1 for m in relevant if m.last_day}
    starts = sorted({first} | {k for k in changes if first < k <= last}) if first <= last else []
    for k, nxt in zip(starts, [*starts[1:], last + 1], strict=True):
        day = _day(k)
        score = sum(1 for m in named if m.active_on(day))
        for missions, org, region in per_place:
            active = [m for m in missions if m.active_on(day)]
            if active and _choose(active, org, explicit, region=region)[0] is not None:
                score += 1
        if score and (best is None or score >= best[0]):
            best = (score, _day(nxt - 1))
    return best[1] if best else None


def _month(day: date) -> int:
    """The number of the month of ``day`` (year * 12 + month - 1)."""
    return day.year * 12 + day.month - 1


def _day(month: int) -> date:
    """The 15th of month number ``month`` (year * 12 + month - 1)."""
    return date(month // 12, month % 12 + 1, 15)


def make_mention(
    text: str,
    hit: Hit,
    res: Resolution,
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
