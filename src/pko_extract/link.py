"""Mission linking: layout + reference date + gazetteer -> linked mission mentions. Pure.

Contract: :func:`find_mission_mentions` returns every citing string of a peace operation in
text order, each with its evidence (sentence, rule, cue, candidates, confidence).
``text[m.start:m.end]`` is always ``m.mention``. Sentences are the layout's.

Rules, strongest first (overlapping weaker matches are dropped), in
:mod:`pko_extract.mission_hits`:

1. explicit names (gazetteer names and aliases with variants: "UN"/"United Nations", "AU"/"African
   Union", any alias of the place in the name, optional "the"), merged with a following "(ACR)";
2. acronyms (case-sensitive; an acronym shared by several missions is resolved by date);
3. titles that name a mission's place ("Special Representative ... for Afghanistan",
   "Force Commander in Cyprus"); cue patterns live in ``data/mission_cues.json``;
4. generic references ("the Mission") -> the last named mission;
5. places (countries, territories, sub-regions, regions; OCR-tolerant, a place cut off at the very
   end of the text may be prefix-matched) in a peacekeeping context
   (:mod:`pko_extract.mission_context`): the mission(s) of that place active at the date
   (:mod:`pko_extract.mission_resolve`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from pko_extract import patterns as P
from pko_extract.gazetteer import Gazetteer, Mission, Place, fold
from pko_extract.mission_context import (
    Context,
    _clause,
    _interval_in,
    find_cue,
    is_blocked,
    org_in,
    read_context,
)
from pko_extract.mission_cues import CUES_FILE, Cues, default_cues, load_cues
from pko_extract.mission_hits import (
    EXPLICIT,
    GENERIC,
    ORG_OPERATION,
    PLACE,
    TITLE,
    Hit,
    explicit_hits,
    org_operation_hits,
    overlaps,
    place_hits,
    select_hits,
    title_hits,
)
from pko_extract.mission_index import _Index, _index, fold_text
from pko_extract.mission_resolve import (
    CONF_CHOSEN,
    CONF_GENERIC,
    CONF_PLACE,
    CONF_PLACE_LIST,
    CONF_TITLE,
    CONF_UNDATED,
    Resolution,
    acronym_in_place,
    infer_date,
    make_mention,
    org_operation,
    resolve_explicit,
    resolve_place,
)
from pko_extract.models import Block, Layout, LinkedMention

__all__ = ["CUES_FILE", "LinkedMention", "find_mission_mentions", "fold_text", "load_cues"]


#: How many sentences back, within one block, a lone place looks for a peacekeeping cue
#: ("Three officers described their work as UN military observers. One has spent the year
#: with the observer group in Kashmir.").
CUE_SENTENCES_BACK = 3
#: How many sentences of a story a place in its headline reads for a cue ("Goma: engineers
#: hand over a bridge" / "Peacekeepers of the engineering company ...").
HEADLINE_BODY_SENTENCES = 2
#: How many blocks open a report as its title lines (their cue is lent to lists of places).
TITLE_BLOCKS = 3
#: The longest line read as a row of a roll or record ("Private X - Congo, 1961"); a longer
#: one is a paragraph written on one line.
RECORD_LINE_MAX = 120
#: How far before a sentence another place may start and still own a period of the sentence.
OWNER_REACH = 200


#: The numbers :data:`pko_extract.patterns.YEARS_AGO_RE` writes in words.
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "seventy-five": 75,
    "eighty": 80,
}


class _Linking:
    """One report's hits, their contexts and the date they are resolved at."""

    def __init__(
        self,
        layout: Layout,
        ref_date: date | None,
        gazetteer: Gazetteer,
        skip: Sequence[tuple[int, int]],
        cues: Cues,
    ) -> None:
        self._ancestors: dict[str, set[str]] = {}
        self.layout, self.text, self.g, self.cues, self.skip = (
            layout,
            layout.text,
            gazetteer,
            cues,
            skip,
        )
        self.idx: _Index = _index(gazetteer, cues)
        self.folded = fold_text(self.text)
        hits = (
            explicit_hits(self.text, self.folded, self.idx)
            + title_hits(self.text, self.folded, self.idx)
            + place_hits(self.text, self.folded, self.idx)
        )
        self.chosen = select_hits(hits, skip)
        self.ref = (ref_date, ref_date) if ref_date else None
        self.explicit_named = {
            h.missions[0] for h in self.chosen if h.kind == EXPLICIT and len(h.missions) == 1
        }
        self.contexts = {id(h): self.context(h) for h in self.chosen if h.kind in (PLACE, TITLE)}
        self.licensed: dict[int, bool] = {}
        for group in self.place_groups():
            self.license_group(group)
        self.when_doc = self.ref if self.ref is not None else self.inferred_interval()

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return self.layout.sentence_at(pos)

    def nested(self, a: Place | None, b: Place | None) -> bool:
        """One of two places is in the other (a city in its country or sub-region)."""
        if a is None or b is None:
            return False
        return a.place in self.ancestors(b) or b.place in self.ancestors(a)

    def ancestors(self, p: Place) -> set[str]:
        """The places that hold ``p`` (its parent, the parent's parent, ...)."""
        cached = self._ancestors.get(p.place)
        if cached is not None:
            return cached
        out: set[str] = set()
        parent = p.parent
        while parent and parent not in out:
            out.add(parent)
            up = self.g.place(parent)
            parent = up.parent if up is not None else None
        self._ancestors[p.place] = out
        return out

    def context(self, h: Hit) -> Context:
        """The context of a place or title, with the missions named beside it."""
        # a period written right after another place is that place's, unless one place is
        # in the other ("peacekeepers in Somalia in 1993 were ambushed in Mogadishu")
        sentence = self.sentence_of(h.start)
        others = [
            (e.start, e.end)
            for e in self.chosen
            if e is not h
            and e.kind in (PLACE, TITLE)
            # a period's owner is in its sentence or ends right before it (the last place
            # of the line above a line that opens with a year)
            and sentence[0] - OWNER_REACH <= e.start < sentence[1]
            and not self.nested(e.place, h.place)
        ]
        ctx = read_context(self.text, self.folded, h, sentence, self.idx, others)
        if ctx.interval is None and self.ref is not None:
            ctx.interval = self.years_ago(ctx.clause)
        named = [e for e in self.chosen if e.kind == EXPLICIT and len(e.missions) == 1]
        ctx.named_nearby = tuple(
            dict.fromkeys(
                e.missions[0] for e in named if ctx.sentence[0] <= e.start < ctx.sentence[1]
            )
        )
        ctx.named_in_clause = tuple(
            e.missions[0] for e in named if ctx.clause[0] <= e.start < ctx.clause[1]
        )
        if h.kind == TITLE:
            spelled = self.spelled_out(h)
            ctx.named_nearby += spelled
            ctx.named_in_clause += spelled
        return ctx

    def years_ago(self, clause: tuple[int, int]) -> tuple[date, date] | None:
        """The year a clause counts back from the report's date ("Sixty years ago, our
        soldiers left for the Congo", said in 2020: 1960)."""
        m = P.YEARS_AGO_RE.search(self.folded, clause[0], clause[1])
        if m is None or self.ref is None:
            return None
        word = m.group(1)
        back = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        year = self.ref[0].year - back
        return date(year, 1, 1), date(year, 12, 31)

    def spelled_out(self, h: Hit) -> tuple[str, ...]:
        """Missions whose name a title writes in lower case: "the UN mission in Sudan" is
        UNMIS's name while UNMIS runs (a mission that has ended does not count, see
        :func:`~pko_extract.mission_resolve.resolve_place`)."""
        found: list[str] = []
        literals = self.idx.name_literals or [()] * len(self.idx.names)
        for (pattern, missions, _), runs in zip(self.idx.names, literals, strict=True):
            if any(self.folded.find(run, h.start, h.end) < 0 for run in runs):
                continue  # every match holds every run: none in this span
            m = pattern.search(self.folded, h.start, h.end)
            if m and len(missions) == 1 and m.end() - m.start() >= (h.end - h.place_start):
                found.append(missions[0])
        return tuple(dict.fromkeys(found))

    def place_groups(self) -> list[list[Hit]]:
        """Places of one list in one sentence ("from Liberia, Mali and Haiti"; "by Burundi,
        Djibouti and Ethiopia", where Djibouti is no mission's place)."""
        groups: list[list[Hit]] = []
        for h in (h for h in self.chosen if h.kind == PLACE):
            glue = self.folded[groups[-1][-1].end : h.start] if groups else ""
            if (
                groups
                and (
                    P.LIST_GLUE_RE.match(glue)
                    or P.PERIOD_LIST_GLUE_RE.match(glue)
                    or P.NAME_LIST_GLUE_RE.fullmatch(self.text, groups[-1][-1].end, h.start)
                )
                and self.sentence_of(h.start) == self.sentence_of(groups[-1][-1].start)
            ):
                groups[-1].append(h)
            else:
                groups.append([h])
        return groups

    def license_group(self, grp: list[Hit]) -> None:
        """A place is linked only with a peacekeeping cue: its own, its list's (three or
        more places) or the previous sentence's (:meth:`borrowed_cue`); not as a contributor,
        nationality, actor or venue."""
        glue = " ".join(self.folded[a.end : b.start] for a, b in zip(grp, grp[1:], strict=False))
        has_to = bool(re.search(r"\bto\b", glue))
        any_cue = any(self.contexts[id(h)].cue for h in grp)
        dated = len(grp) >= 2 and all(self.contexts[id(x)].period_after for x in grp)
        for h in grp:
            ctx = self.contexts[id(h)]
            if ctx.cue is None and dated:
                # a record of deployments: "Namibia 1989-90, Cambodia 1992-93 and Bosnia 2001"
                ctx.cue, ctx.cue_scope = "places_with_periods", "list"
            if ctx.cue is None and len(grp) >= 3 and any_cue:
                donor = next(self.contexts[id(x)] for x in grp if self.contexts[id(x)].cue)
                ctx.cue, ctx.negated, ctx.cue_scope = donor.cue, donor.negated, "list"
            if len(grp) == 1 and self.headline_place(h):
                self.read_body(h, ctx)
            if ctx.cue is None:
                cue, neg = self.borrowed_cue(h, ctx, grp)
                if cue:
                    ctx.cue, ctx.negated, ctx.cue_scope = cue, neg, "previous_sentence"
            self.licensed[id(h)] = (
                ctx.cue is not None
                and not is_blocked(self.text, self.folded, h, ctx, has_to, grp[0].start, self.idx)
                and not self.home_of_unit(h, ctx)
                and not self.of_person(h)
            )

    def headline_place(self, h: Hit) -> bool:
        """The place opens a headline before a colon ("Goma: engineers hand over a bridge"),
        the place of the story below it."""
        block = self.layout.block_at(h.start)
        return (
            block is not None
            and not self.text[block.start : h.start].strip()
            and P.HEADLINE_PLACE_AFTER_RE.match(self.text, h.end) is not None
        )

    def read_body(self, h: Hit, ctx: Context) -> None:
        """A headline's place takes the cue and the organisation of the first sentences of
        the story under it (the next paragraph, past a dateline or byline) when its own line
        has none."""
        block = self.layout.block_at(h.start)
        k = self.layout.blocks.index(block) + 1 if block is not None else len(self.layout.blocks)
        following = self.layout.blocks[k : k + 3]
        body = next((b for b in following if b.kind == "paragraph"), None)
        if body is None:
            return
        for sentence in self.layout.sentences_in(body.start, body.end)[:HEADLINE_BODY_SENTENCES]:
            if ctx.cue is None:
                cue, neg = find_cue(self.folded, sentence, (h.start, h.end), self.idx)
                if cue:
                    ctx.cue, ctx.negated, ctx.cue_scope = cue, neg, "previous_sentence"
            ctx.org = ctx.org or org_in(self.text, self.folded, sentence, self.idx)

    def of_person(self, h: Hit) -> bool:
        """The place stands in apposition to a person's name ("Colonel Dia, Senegal, and Major
        Ba, Mali, completed the course"): the person's country, not a mission's place. Person
        names are the ``skip`` spans the caller passes."""
        if not P.PLACE_APPOSITION_AFTER_RE.match(self.text, h.end):
            return False
        return any(
            P.PERSON_APPOSITION_GAP_RE.fullmatch(self.text, end, h.start) for _, end in self.skip
        )

    def home_of_unit(self, h: Hit, ctx: Context) -> bool:
        """The place is the home of a national unit named in its clause ("the Malian
        contingent returned home to Bamako") or owns one ("Liberia's peacekeeping contingent
        deployed to Mali"): a country's own peacekeepers do not serve in a mission on its
        soil."""
        after = self.folded[h.end : h.end + 40]
        possessive = P.POSSESSIVE_RE.match(after)
        if possessive and self.idx.home_unit_re.match(after, possessive.end()):
            return True  # "Liberia's peacekeeping contingent", "Rwanda's peacekeepers"
        adjectives: list[str] = []
        place = h.place
        while place is not None:
            adjectives += [fold_text(a) for a in place.adjectives]
            place = self.g.place(place.parent) if place.parent else None
        if not adjectives:
            return False
        for m in self.idx.home_unit_re.finditer(self.folded, ctx.clause[0], ctx.clause[1]):
            before = self.folded[max(ctx.clause[0], m.start() - 30) : m.start()].rstrip()
            if any(re.search(r"(?<![\w])" + re.escape(a) + r"\Z", before) for a in adjectives):
                return True
        return False

    def borrowed_cue(self, h: Hit, ctx: Context, grp: list[Hit]) -> tuple[str | None, bool]:
        """The cue of an earlier sentence of the same block (the nearest of the
        :data:`CUE_SENTENCES_BACK` before it) or of the next one when it writes no period of
        its own, for a place written alone after a locative
        word ("Three officers described their work as UN military observers. One patrols the
        valley in Abkhazia"; not "The last chapter, on the Kosovo war, ..."),
        for a place of a list of three or more places that all had a mission ("Our units serve
        in Lebanon, in Mali and in Abyei"; not "war-torn places like Sudan, Nigeria and
        Somalia", where Nigeria had none), or of a sentence that continues the previous one
        ("Among them: helping the Congo ..."). Only within one block (a bullet does not lend
        its cue to the next), not for a region, which names no country, and not in a sentence
        that writes a mission that is no peace operation ("a mission to Juba")."""
        continues = self.idx.continuation_re.match(self.folded, ctx.sentence[0]) is not None
        all_hosts = all(x.place is not None and self.g.missions_in(x.place.place) for x in grp)
        lone = len(grp) == 1 and self.located(h)
        if len(grp) == 1 and self.record_line(h):
            return self.title_cue(h)  # "Private X - Congo, 1961" under "... on UN service"
        if not (continues or (len(grp) >= 3 and all_hosts) or lone):
            return None, False
        if h.place is None or h.place.kind == "region":
            return None, False
        if self.idx.not_cue_re is not None and self.idx.not_cue_re.search(
            self.folded, ctx.sentence[0], ctx.sentence[1]
        ):
            return None, False  # "UNICEF recalled a mission to Juba": not a peacekeeping place
        here = self.layout.block_at(ctx.sentence[0])
        sentence = ctx.sentence
        for _ in range(CUE_SENTENCES_BACK):
            prev = self.sentence_of(max(sentence[0] - 1, 0))
            there = self.layout.block_at(prev[0])
            if prev == sentence or here is None or there is None or here.start != there.start:
                break
            cue, neg = find_cue(self.folded, prev, (h.start, h.end), self.idx)
            if cue:
                return cue, neg
            sentence = prev
        nxt = self.sentence_of(min(ctx.sentence[1] + 1, len(self.text) - 1))
        there = self.layout.block_at(nxt[0])
        if (
            nxt[0] >= ctx.sentence[1]
            and here is not None
            and there is not None
            and here.start == there.start
            and not P.YEAR_RE.search(self.folded, nxt[0], nxt[1])
            and not P.DECADE_RE.search(self.folded, nxt[0], nxt[1])
        ):  # the next sentence tells what the service was ("... served in Cyprus. She spoke
            # of peacekeeping"), unless it tells of another time ("I never went to the Congo.
            # My father was there with the UN operation in the 1960s")
            cue, neg = find_cue(self.folded, nxt, (h.start, h.end), self.idx)
            if cue:
                return cue, neg
        if len(grp) >= 3 and all_hosts:
            return self.title_cue(h)
        return None, False

    def record_line(self, h: Hit) -> bool:
        """A place followed by its year on a line of its own, next to another such line: a
        line of a roll or record ("Private X - Congo, 1961" / "Corporal Y - Cyprus, 1974"),
        or a row of a syllabus ("Week 6  Cyprus, 1964 onwards" / "Week 7  The Dominican
        Republic, 1965-66"). The lines are one-line blocks or the rows of one block that is
        not a paragraph (prose wrapped over lines is not a record)."""

        def dated_place_line(span: tuple[int, int]) -> bool:
            return any(
                e.kind == PLACE
                and span[0] <= e.start < span[1]
                and P.YEAR_RIGHT_AFTER_RE.match(self.folded, e.end)
                for e in self.chosen
            )

        def row_block(block: Block | None) -> bool:
            return block is not None and (block.first == block.last or block.kind != "paragraph")

        here = self.layout.block_at(h.start)
        if not row_block(here) or not P.YEAR_RIGHT_AFTER_RE.match(self.folded, h.end):
            return False
        line_start = self.text.rfind("\n", 0, h.start) + 1
        line_end = self.text.find("\n", h.start)
        line_end = len(self.text) if line_end < 0 else line_end
        if line_end - line_start > RECORD_LINE_MAX:
            return False  # a paragraph on one line ("... drove convoys in Bosnia in 1993. ...")
        near: list[tuple[int, int]] = []
        prev_end = len(self.text[:line_start].rstrip())
        if prev_end > 0:
            near.append((self.text.rfind("\n", 0, prev_end) + 1, prev_end))
        after = len(self.text) - len(self.text[line_end:].lstrip())
        if after < len(self.text):
            nxt = self.text.find("\n", after)
            near.append((after, len(self.text) if nxt < 0 else nxt))
        return any(
            row_block(self.layout.block_at(span[0])) and dated_place_line(span) for span in near
        )

    def title_cue(self, h: Hit) -> tuple[str | None, bool]:
        """The cue of the report's first lines (its title: "National Peacekeepers' Memorial
        Day"), for a list of three or more places that all had a mission ("those who died
        serving in southern Lebanon, in the Congo in 1961, in Bosnia and in Mali")."""
        head = [
            b
            for b in self.layout.blocks[:TITLE_BLOCKS]
            if b.end <= h.start
            and b.kind in ("heading", "paragraph", "field")
            and b.first == b.last
            and not self.text[b.start : b.end].rstrip().endswith(".")
        ]  # title lines: one line, no full stop (not "- 500 troops passed through.")
        for block in head:
            cue, neg = find_cue(self.folded, (block.start, block.end), (h.start, h.end), self.idx)
            if cue:
                return cue, neg
        return None, False

    def located(self, h: Hit) -> bool:
        """A locative word stands right before the place, an article between ("patrols a
        valley in Abkhazia", "on the Prevlaka peninsula"), and the place is not a possessor
        ("attachment to Somalia's unity") nor a modifier ("the last chapter, on the Kosovo
        war")."""
        if self.folded.startswith("'s", h.end) or self.idx.attributive_re.match(self.folded, h.end):
            return False
        before = self.folded[max(0, h.start - 30) : h.start].split()
        if before and before[-1] in ("the", "la", "le", "l'"):
            before = before[:-1]
        return bool(before) and before[-1] in self.idx.locative_before

    def inferred_interval(self) -> tuple[date, date] | None:
        """Without a reference date: the date at which the cited missions and places make
        most sense."""
        usable = [
            (h.place, self.contexts[id(h)].org or h.org)
            for h in self.chosen
            if h.place is not None
            and (h.kind == TITLE or self.licensed.get(id(h)))
            and not self.contexts[id(h)].negated
            and not self.contexts[id(h)].former
            and self.contexts[id(h)].interval is None
        ]
        inferred = infer_date(self.g, self.explicit_named, usable)
        return (inferred, inferred) if inferred else None

    def generic_hits(self) -> list[Hit]:
        """ "the Mission" where no other hit or skipped span lies."""
        if self.idx.generic_re is None:
            return []
        out = []
        for m in self.idx.generic_re.finditer(self.text):
            span = (m.start(), m.end())
            if not any(overlaps(span, (c.start, c.end)) for c in self.chosen) and not any(
                overlaps(span, s) for s in self.skip
            ):
                out.append(Hit(m.start(), m.end(), GENERIC, (), "generic_reference"))
        return out

    def org_operation_hits(self) -> list[Hit]:
        """ "the European Union force" where no other hit or skipped span lies."""
        taken = [(c.start, c.end) for c in self.chosen] + list(self.skip)
        return org_operation_hits(self.text, self.folded, self.idx, taken)

    def org_operation(self, hit: Hit, sentence: tuple[int, int]) -> LinkedMention | None:
        """An organisation's operation named without its place: its one operation active in
        the places written in the same sentence ("the UN mission in eastern Chad, where the
        European Union force is also deploying")."""
        assert hit.org is not None
        places = [
            (h.place, self.contexts[id(h)].interval or self.when_doc)
            for h in self.chosen
            if h.place is not None
            and h.kind in (PLACE, TITLE)
            and sentence[0] <= h.start < sentence[1]
        ]
        for m in self.idx.adjective_re.finditer(self.folded, sentence[0], sentence[1]):
            place = self.idx.place_of.get(m.group())
            if place is not None and self.text[m.start()].isupper():
                places.append((place, self.when_doc))  # "trained Malian officers"
        words = frozenset(re.findall(r"[a-z]{4,}", self.folded[sentence[0] : sentence[1]]))
        res = org_operation(self.g, places, hit.org, CONF_CHOSEN, words)
        if res is None:
            return None
        return make_mention(self.text, hit, res, self.g, False, None, sentence, res.rule)

    def explicit(self, hit: Hit, sentence: tuple[int, int]) -> LinkedMention | None:
        if hit.rule == "acronym" and not acronym_in_place(
            self.text[hit.start : hit.end],
            hit.missions,
            self.folded[sentence[0] : sentence[1]],
            self.cues,
            self.g,
        ):
            return None
        when = self.when_doc
        if len(hit.missions) > 1:  # a shared acronym: the period its clause writes first
            clause = _clause(self.folded, sentence, hit.start)
            when = _interval_in(self.folded, clause, (hit.start, hit.end)) or when
        res = resolve_explicit(self.g, hit.missions, when)
        rule = hit.rule + res.rule
        return make_mention(self.text, hit, res, self.g, True, None, sentence, rule)

    def inferred(self, hit: Hit, sentence: tuple[int, int]) -> LinkedMention | None:
        """A title or a licensed place, resolved at the clause's period or the report's."""
        assert hit.place is not None
        ctx = self.contexts[id(hit)]
        if hit.kind == PLACE and not self.licensed.get(id(hit)):
            return None
        cue: str | None
        if hit.kind == TITLE:
            base, cue = CONF_TITLE, hit.rule
            ctx.negated = False
        else:
            base, cue = CONF_PLACE.get(ctx.cue_scope, CONF_PLACE_LIST), ctx.cue
        if self.ref is None and ctx.interval is None:
            base = min(base, CONF_UNDATED)
        if hit.kind == PLACE and ctx.cue is not None and self.idx.military_re.fullmatch(ctx.cue):
            ctx.military = True  # "troops in X": not the political mission beside a force
        ctx.armed = ctx.military or bool(
            self.idx.military_re.search(self.folded, ctx.clause[0], ctx.clause[1])
        )
        near = self.folded[max(ctx.clause[0], hit.start - 40) : hit.start].split()[-4:]
        if hit.kind == PLACE and (
            (ctx.cue is not None and "observer" in ctx.cue and "force" not in ctx.cue)
            or any(w in ("observer", "observers") for w in near)
        ):
            ctx.observer = True  # "military observers on the Golan": the observer body there
        when = ctx.interval or self.when_doc
        led = self.nation_led_mission(hit, ctx, when) if ctx.national_led else None
        if led is not None:  # "the Kenyan-led security mission in Haiti" (2024): the MSS
            by_nation = Resolution(led.acronym, (led.acronym,), base, "nation_led")
            rule = f"{hit.rule}:{by_nation.rule}"
            return make_mention(self.text, hit, by_nation, self.g, False, cue, sentence, rule)
        org = hit.org or ctx.org
        res = resolve_place(
            self.g, hit.place, when, ctx, org, self.explicit_named, base, strict=hit.org_written
        )
        if (
            res is not None
            and res.acronym is None
            and res.rule == "ambiguous"
            and ctx.interval is not None
            and self.ref is not None
            and ctx.interval[0] <= self.ref[0] <= ctx.interval[1]
        ):
            # the year written is the report's own ("2011  Planning officer for the new
            # mission in South Sudan", September 2011): a hand-over within it is read at
            # the report's date
            at_report = resolve_place(
                self.g,
                hit.place,
                self.ref,
                ctx,
                org,
                self.explicit_named,
                base,
                strict=hit.org_written,
            )
            if at_report is not None and at_report.acronym is not None:
                res = at_report
                res.rule += ":at_report_date"
        if res is None or self.troops_at_political_mission(hit, ctx, res):
            return None
        mission = self.g.by_acronym(res.acronym) if res.acronym else None
        if ctx.national_led and mission is not None and mission.kind != "REGIONAL":
            return None  # "the Kenyan-led mission approved for Haiti" is not the UN's
        dated = ":year_in_text" if ctx.interval else ":inferred_date" if self.ref is None else ""
        rule = f"{hit.rule}:{res.rule}{dated}"
        return make_mention(self.text, hit, res, self.g, False, cue, sentence, rule)

    def nation_led_mission(
        self, hit: Hit, ctx: Context, when: tuple[date, date] | None
    ) -> Mission | None:
        """The one operation of the gazetteer led by the nation written before "-led" in the
        clause ("Kenyan-led" ~ lead organisation "Kenya") that works at the hit's place and
        date."""
        assert hit.place is not None
        nations = [
            fold(m.group(1))
            for m in P.NATION_LED_RE.finditer(self.text, ctx.clause[0], ctx.clause[1])
        ]
        found = [
            m
            for m in self.g.missions
            if any(n.startswith(fold(m.lead_organization)) for n in nations)
            and hit.place.place in m.all_places()
            and (when is None or m.overlaps(*when))
        ]
        return found[0] if len(found) == 1 else None

    def troops_at_political_mission(self, hit: Hit, ctx: Context, res: Resolution) -> bool:
        """Troops deployed to a place whose only mission is political ("Japan deployed
        troops to Iraq in 2004") are a national deployment, not the UN mission there; nor is
        an operation named by its place ("the Afghan operation", "the Iraq operation")."""
        mission = self.g.by_acronym(res.acronym) if res.acronym else None
        if mission is None or mission.kind != "UN_SPM":
            return False
        if hit.kind == TITLE and hit.org is None:
            return self.folded[hit.start : hit.end].endswith(("operation", "force"))
        return (
            hit.kind == PLACE
            and ctx.cue is not None
            and self.idx.military_re.fullmatch(ctx.cue) is not None
        )

    def mentions(self) -> list[LinkedMention]:
        out: list[LinkedMention] = []
        last_named: str | None = None
        hits = self.chosen + self.generic_hits() + self.org_operation_hits()
        for hit in sorted(hits, key=lambda h: h.start):
            sentence = self.sentence_of(hit.start)
            if hit.kind == ORG_OPERATION:
                linked = self.org_operation(hit, sentence)
                if linked is not None:
                    out.append(linked)
                    if linked.acronym:
                        self.explicit_named.add(linked.acronym)  # cited by its organisation
                continue
            if hit.kind == GENERIC:
                if last_named:
                    res = Resolution(last_named, (last_named,), CONF_GENERIC, "")
                    out.append(
                        make_mention(
                            self.text, hit, res, self.g, True, None, sentence, "generic_reference"
                        )
                    )
                continue
            found = (
                self.explicit(hit, sentence)
                if hit.kind == EXPLICIT
                else self.inferred(hit, sentence)
            )
            if found is not None:
                out.append(found)
                if hit.kind == EXPLICIT and found.acronym:
                    last_named = found.acronym
                if found.acronym and (
                    (hit.kind == TITLE and hit.org_written) or "_org" in found.rule
                ):
                    # "The SADC force in eastern DRC": a later "the Congo" among several
                    # missions is the one the text has cited by its organisation
                    self.explicit_named.add(found.acronym)
        return out


def find_mission_mentions(
    layout: Layout,
    ref_date: date | None,
    gazetteer: Gazetteer,
    *,
    skip: Sequence[tuple[int, int]] = (),
    cues: Cues | None = None,
) -> list[LinkedMention]:
    """Find and link the peace operations cited in a report.

    Args:
        layout: the report's layout model (offsets index into ``layout.text``).
        ref_date: the report's event date (or publication date); None when unknown, in which
            case the date at which the cited missions and places make most sense is inferred.
        gazetteer: the mission gazetteer (see :func:`pko_extract.gazetteer.default_gazetteer`).
        skip: spans not to link (e.g. person names found by another stage).
        cues: cue words and title patterns; the packaged ``mission_cues.json`` when None.

    Returns:
        Mentions in text order. ``acronym`` is None (with the candidates and a confidence below
        0.5) when the mission cannot be determined with confidence.
    """
    return _Linking(layout, ref_date, gazetteer, skip, cues or default_cues()).mentions()
