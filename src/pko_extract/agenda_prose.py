"""Agenda strategies on running text: role cues ("delivered the opening remarks", "chaired
by", "gave a presentation", "said") give the nearest person a role; cues with an agenda kind
("keynote", "panel discussion") also make an agenda item; parts of the program named in a
sentence ("the “X” panel") are items. Pure; reads the layout model.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.agenda_ceremony import ceremony_items, headline, opened_by_act
from pko_extract.agenda_coref import (
    PRONOUN_REACH,
    definite_subject,
    office_agents,
    pronoun_subject,
    title_holder,
    titled_people,
)
from pko_extract.agenda_cue_target import (
    Choice,
    CueHit,
    contiguous,
    coordinated,
    cue_score,
    cue_target,
    long_list,
    replaces,
    said_elsewhere,
    second_verbs,
)
from pko_extract.agenda_prose_parts import (
    byline_author,
    chair_of_part,
    chair_with_panel,
    interrupted_panel,
    list_after,
    named_parts,
    ordinal_part,
    written_roles,
)
from pko_extract.agenda_prose_roles import chair_who_spoke, headed_paragraphs, pictured
from pko_extract.agenda_represent import Absence, find_absences
from pko_extract.agenda_rules import (
    GENERIC_ROLES,
    KIND_ROLE,
    ROLE_RANK,
    SINGLE_KINDS,
    WEAK_ROLES,
    mention_index,
    quoted,
)
from pko_extract.date_text import event_noun_re
from pko_extract.lexicon import lexicon
from pko_extract.models import AgendaResult, ItemDraft, Layout, Mention, PersonDraft, RoleClaim
from pko_extract.resources import RoleCue, Rules

_COUNT_CUE = RoleCue(text="counted", role="panelist")


def _start(x: tuple[Mention, PersonDraft]) -> int:
    return x[0].start


class _ProseReader:
    """Reads the sentences in order, carrying what one sentence announces for the next: a
    role with a count ("three panellists") and a panel frame."""

    def __init__(self, layout: Layout, persons: list[PersonDraft], rules: Rules) -> None:
        self.layout, self.text, self.rules = layout, layout.text, rules
        self.index = mention_index(persons)
        self.persons = persons
        lex = lexicon(rules)
        self.cue_re, self.by_text = lex.role_cue_re, lex.role_cue_by_text
        self.lines = list(layout.lines)
        self.connectors = lex.connectors
        self.is_title = lex.has_title_word
        self.event_noun = event_noun_re(rules.event_nouns)
        self.author = byline_author(self.lines, self.index)
        self.items: list[ItemDraft] = []
        self.absences: list[Absence] = []
        listed = written_roles(layout, persons, self.index, rules)
        listed += headed_paragraphs(layout, self.index, rules)
        self.roles: list[RoleClaim] = [(p, role, pos, None) for p, role, pos in listed]
        self.titled = titled_people(self.lines, self.index, rules, listed)
        self.pending: tuple[str, int] | None = None  # a counted role and how many are left
        self.carry: Choice | None = None  # a panel frame for the next sentence
        # every role a cue of the sentence gave a mention, with its best score
        self.cued: dict[int, dict[str, float]] = {}
        self.hits: list[CueHit] = []  # the mention each cue of the sentence chose
        # a part named by its place in the day ("In the first session, ...") and the line
        # whose later sentences it frames
        self.part: tuple[ItemDraft, int] | None = None
        # the subject of the last sentence naming people, and sentences read since
        self.antecedent: tuple[tuple[Mention, PersonDraft] | None, int] = (None, 0)
        self.acts: set[str] = set()  # the ceremonial acts named so far (folded titles)
        # a cue of the last sentence whose agent is an office with no name ("The workshop
        # was closed by the Deputy Force Commander."), and where it stands
        self.office: tuple[RoleCue, int] | None = None
        # the people each cue gave its role so far (folded cue text): who "the Co-Chair" is
        self.cued_by: dict[str, list[PersonDraft]] = {}
        # the people a cue seated in the audience ("Among the families ... was X"): what
        # they are quoted as saying was told to the reporter
        self.audience: set[int] = set()

    def holder(self, title: str) -> tuple[PersonDraft | None, bool]:
        """Who "the <title>" is, and whether the title is a role label (agenda_coref.py)."""
        return title_holder(title, self.rules, self.titled, self.persons, self.cued_by)

    def office_cue(self, cue: RoleCue, span: tuple[int, int, int, int]) -> bool:
        """A cue whose agent or subject is an office with "the" that an earlier sentence
        gave its holder: "The meeting was officially opened by the Chairperson, who ..."
        (the Chairperson named before); "In her opening statement the Chair recalled ..."
        (a speech framing the sentence's subject). The holder takes the cue's role; no item
        (the sentence names no part of the programme of its own). Whether one did."""
        s_start, s_end, cpos, cend = span
        offices = office_agents(self.text, cend, s_end)
        framed = P.FRAMED_OFFICE.match(self.text, cend, s_end)
        if framed and cue.agenda_kind and P.FRAME_LEAD.fullmatch(self.text, s_start, cpos):
            offices.append((framed.group("title"), framed.start("title")))
        given = False
        for title, pos in offices:
            p, _labelled = self.holder(title)
            if p is not None and cue.role not in WEAK_ROLES:
                self.roles.append((p, cue.role, pos, None))
                given = True
        return given

    def cues_in(self, a: int, b: int) -> list[int]:
        """Where the role cues of ``text[a:b]`` start (not inside a name)."""
        found = (c.start() for c in self.cue_re.finditer(self.text, a, b))
        return [c for c in found if not self.in_name(c)]

    def is_label(self, word: str) -> bool:
        """Whether ``word`` is a role label ("Speakers", "Chief guest")."""
        return self.rules.role_label(word) is not None

    def in_name(self, pos: int) -> bool:
        """Whether ``pos`` falls inside a person's name: "Capt. Omar Said" holds no "said"."""
        return any(m.start <= pos < m.end for m, _p in self.index.between(pos - 80, pos + 1))

    def standing_chair(self, cue: RoleCue, cpos: int) -> bool:
        """A bio's present tense names an office the person holds, no part they took in the
        event: "today she chairs the Women Veterans' Circle" (``patterns.CHAIRS_NAMED_BODY``:
        a named body whose head word is no event noun nor a part of the programme, unlike
        "chairs the Working Group Meeting")."""
        found = P.CHAIRS_NAMED_BODY.match(self.text, cpos) if cue.role == "chair" else None
        if found is None:
            return False
        words = found.group("head").split()
        return not any(
            self.event_noun.fullmatch(w) or self.rules.agenda_label(w) is not None for w in words
        )

    def cue(self, match: re.Match[str]) -> RoleCue:
        """The cue ``match`` found; with the role it gives after the thing it acts on when
        the sentence names that thing before it ("The item was introduced by": presenter)."""
        cue = self.by_text[match.group().casefold()]
        if cue.acted_on and cue.acted_on_role:
            whole = match.string is self.text  # else a match in the sentence alone
            s_start = self.layout.sentence_at(match.start())[0] if whole else 0
            before = match.string[s_start : match.start()]
            if re.search(rf"\b(?:{cue.acted_on})\b", before, re.I):
                kind = cue.acted_on_kind or cue.agenda_kind
                return RoleCue(text=cue.text, role=cue.acted_on_role, agenda_kind=kind)
        return cue

    def colon_list(self, s_start: int, s_end: int) -> None:
        """ "The Committee heard evidence from the following witnesses:" + a list."""
        sentence = self.text[s_start:s_end]
        if not sentence.rstrip().endswith(":"):
            return
        listed = list_after(self.lines, s_end, self.index)
        found = self.cue_re.search(sentence)
        if listed and found:
            role = self.cue(found).role
            self.roles += [(p, role, m.start, None) for m, p in listed]

    def object_of_verb(
        self, ms: list[tuple[Mention, PersonDraft]], target: tuple[Mention, PersonDraft]
    ) -> bool:
        """Whether a speaking verb with no person before it stands right before the target,
        only titles between ("He thanked Ambassador X and urged ..."): its object."""
        m = target[0]
        s_start = self.layout.sentence_at(m.start)[0]
        lo = max([x[0].end for x in ms if x[0].end <= m.start], default=s_start)
        return any(
            self.cue(c).role == "speaker" and P.OBJECT_GAP.fullmatch(self.text, c.end(), m.start)
            for c in self.cue_re.finditer(self.text, lo, m.start)
        )

    def add_items(self, items: list[ItemDraft]) -> None:
        """Items made with their people: each member's role is a claim in that item."""
        for item in items:
            self.items.append(item)
            self.roles += [(p, role, pos, item) for p, role, pos in item.members]

    def ceremonies(
        self, s_start: int, s_end: int, ms: list[tuple[Mention, PersonDraft]]
    ) -> list[ItemDraft]:
        """The ceremonial acts of a sentence of running text (not a headline or a tag line),
        with who performs them (agenda_ceremony.py)."""
        line = self.layout.line_at(s_start)
        if self.layout.kind_at(s_start) != "paragraph" or headline(self.text, line):
            return []
        subject, age = self.antecedent
        acts = ceremony_items(
            self.text,
            (s_start, s_end),
            ms,
            self.acts,
            lambda title: self.holder(title)[0],
            subject if age <= PRONOUN_REACH else None,
        )
        self.add_items(acts)
        return acts

    def nobody_named(self, s_start: int, s_end: int) -> None:
        """A sentence without people: a part of the programme ("held a dialogue session"), a
        count ("We had three wonderful panellists."), the writer's own role ("I moderated")."""
        sentence = self.text[s_start:s_end]
        self.items.extend(named_parts(self.text, s_start, s_end))
        counted = P.COUNTED_ROLE.search(sentence)
        if counted:
            label = self.rules.role_label(counted.group("noun"))
            n = P.NUMBER_WORDS.get(counted.group("n").lower()) or int(counted.group("n"))
            self.pending = (label.role, n) if label else self.pending
        if self.author is not None and P.FIRST_PERSON.search(sentence):
            cm = self.cue_re.search(sentence)
            if cm:
                self.roles.append((self.author[1], self.cue(cm).role, self.author[0].start, None))
        for cm in self.cue_re.finditer(sentence):
            span = (s_start, s_end, s_start + cm.start(), s_start + cm.end())
            self.pronoun_cue(self.cue(cm), span, [])
            if self.office_cue(self.cue(cm), span):
                continue
            agent = P.OFFICE_AGENT.fullmatch(sentence, cm.end())
            passive = agent is not None and (
                cm.group().casefold().endswith(" by")
                or agent.group().lstrip().startswith("by")
                or " by " in agent.group()
            )
            if passive and self.cue(cm).role not in WEAK_ROLES:
                self.office = (self.cue(cm), s_start + cm.start())

    def pronoun_cue(
        self, cue: RoleCue, span: tuple[int, int, int, int], ms: list[tuple[Mention, PersonDraft]]
    ) -> bool:
        """A cue whose subject is not a name, with nobody named before it in the sentence:
        "he" or "she" stands for the subject of the last sentence that named people, one or
        two sentences back ("The Force Commander, X, opened the parade. He thanked the
        troops."); "the Chair" for the one person titled so ("Chair: Col. X"), who takes
        the cue's role unless it is a mere statement (chairing is speaking); "the Force
        Commander" for the one person of that position. Whether the cue was such a
        subject's (and so not to be given to the people after it)."""
        s_start, s_end, cpos, cend = span
        titled = definite_subject(self.text, s_start, cpos, ms)
        if titled is not None:
            holder, labelled = self.holder(titled[0])
            if holder is not None and cue.role not in WEAK_ROLES:
                if not (labelled and cue.role == "speaker"):
                    self.roles.append((holder, cue.role, titled[1], None))
            if holder is not None or labelled:
                return True
        pronoun = pronoun_subject(self.text, s_start, cpos, ms)
        if pronoun is None:
            return False
        subject, age = self.antecedent
        if subject is not None and age <= PRONOUN_REACH and cue.role not in WEAK_ROLES:
            quoted_seat = cue.role == "speaker" and P.REPORTING_VERB.fullmatch(cue.text)
            if quoted_seat and id(subject[1]) in self.audience:
                return True  # "“...,” she said" of a member of the audience
            if not said_elsewhere(self.text, span, pronoun, False):
                item = None
                if cue.agenda_kind:  # "He addressed the opening ceremony": the part is his
                    item = ItemDraft(cue.agenda_kind, None, None, cpos, cend, from_program=False)
                    item.add(subject[1], cue.role, subject[0].start)
                    self.items.append(item)
                self.roles.append((subject[1], cue.role, subject[0].start, item))
        return True

    def choose_cues(
        self, s_start: int, s_end: int, ms: list[tuple[Mention, PersonDraft]]
    ) -> tuple[dict[int, Choice], Choice | None]:
        """The best cue of the sentence for each mention (mention start -> choice), and the
        panel the sentence names, if any."""
        text, sentence = self.text, self.text[s_start:s_end]
        chosen: dict[int, Choice] = {}
        best: dict[int, float] = {}
        frame: Choice | None = None
        for cm in self.cue_re.finditer(sentence):
            cue = self.cue(cm)
            if self.in_name(s_start + cm.start()) or self.standing_chair(cue, s_start + cm.start()):
                continue
            if P.LABEL_COLON.match(sentence, cm.end()) and P.LABEL_LEAD.search(
                sentence, 0, cm.start()
            ):
                continue  # "Panelists: A; B" is a label of the program layout, not prose
            if cue.role == "panelist" and P.ATTEND_LEAD.search(sentence, 0, cm.start()):
                # "X sat in on a panel discussion": a panel, with X in its audience
                cue = RoleCue(text=cue.text, role="participant", agenda_kind=cue.agenda_kind)
            if cue.role == "panelist" and frame is None:
                frame = (cue.role, cue, s_start + cm.start())
            if cue.requires and cue.requires not in sentence.casefold()[cm.end() : cm.end() + 80]:
                continue
            cpos, cend = s_start + cm.start(), s_start + cm.end()
            if self.pronoun_cue(cue, (s_start, s_end, cpos, cend), ms) and not (
                P.AFTER_CUE.search(cue.text)  # "He held talks with X": X took part too
            ):
                continue
            target = cue_target(text, ms, (s_start, cpos, cend), cue)
            if (
                target is not None
                and cue.role == "speaker"
                and cue.agenda_kind is None
                and said_elsewhere(
                    text, (s_start, s_end, cpos, cend), target[0], self.object_of_verb(ms, target)
                )
            ):
                continue
            if target is None:
                if self.author is not None and P.FIRST_PERSON.search(sentence):
                    # "I had the privilege of moderating ..." in a post signed "By X"
                    self.roles.append((self.author[1], cue.role, self.author[0].start, None))
                continue
            self.hits.append((target[0].start, target[0].end, cue.role, cpos, cend))
            group = [
                x
                for x in ms
                if x[0] is target[0]
                or coordinated(text, target[0], x[0], self.connectors, self.is_title)
            ]
            opening_clause = cpos - s_start < 3 and "," in text[cend : cend + 80]
            run = self.own_clauses(
                contiguous(text, ms, target, group, self.connectors, self.is_title), target
            )
            longer = long_list(text, ms, target, (s_start, cpos, cend), self.cues_in, self.is_label)
            if len(longer) > 1:
                run = sorted({id(x[0]): x for x in run + longer}.values(), key=_start)
            for m, _p in run:
                # "Opening the forum, the Deputy SRSG ..., Ms. X said": the participle
                # describes the main clause's subject, however long its title
                score = (
                    ROLE_RANK[cue.role]
                    if opening_clause and m is target[0]
                    else cue_score(cue, cpos, cend, target[0])
                )
                roles = self.cued.setdefault(m.start, {})
                roles[cue.role] = max(score, roles.get(cue.role, score))
                if m.start not in chosen or replaces(chosen[m.start], cue, score, best[m.start]):
                    chosen[m.start], best[m.start] = (cue.role, cue, cpos), score
        return chosen, frame or interrupted_panel(text, s_start, s_end)

    def own_clauses(
        self, run: list[tuple[Mention, PersonDraft]], target: tuple[Mention, PersonDraft]
    ) -> list[tuple[Mention, PersonDraft]]:
        """Two names joined by a bare comma are not a list when the second has a verb of its
        own right after it: "Quoting A, B said ...", "After remarks by A, B presented ...",
        or the first is the agent of a "by" and the cue's target the second: "After an
        introduction by A, B gave the keynote"; only the cue's target stays."""
        if len(run) != 2 or P.LIST_JOIN.search(self.text, run[0][0].end, run[1][0].anchor):
            return run
        found = P.CLAUSE_SUBJECT_END.match(self.text, run[1][0].end)
        own_verb = found is not None and self.cue_re.match(self.text, found.end())
        first = run[0][0].anchor
        agent = target[0] is run[1][0] and P.AGENT_LEAD.search(self.text, max(0, first - 60), first)
        return [target] if own_verb or agent else run

    def apply_frame(
        self,
        chosen: dict[int, Choice],
        frame: Choice | None,
        ms: list[tuple[Mention, PersonDraft]],
    ) -> None:
        """A panel named by the sentence frames everyone in it whose own verb is generic
        ("During a panel discussion, A stressed ..., whereas B argued ..."), and the next
        sentence when that one names no part of its own."""
        carried = frame is None and self.carry is not None
        if carried:
            frame = self.carry
        if frame is not None:
            generic = {"speaker", "participant"} | ({"presenter"} if carried else set())
            for m, _p in ms:
                if m.start not in chosen or chosen[m.start][0] in generic:
                    chosen[m.start] = frame
        self.carry = None if carried else frame

    def apply_count(self, chosen: dict[int, Choice], ms: list[tuple[Mention, PersonDraft]]) -> None:
        """The people after "three panellists" take that role, up to the count."""
        if self.pending is None:
            return
        role, left = self.pending
        for m, _p in ms:
            if left and (m.start not in chosen or chosen[m.start][0] in GENERIC_ROLES):
                chosen[m.start] = (role, _COUNT_CUE, m.start)
                left -= 1
        self.pending = (role, left) if left else None

    def named_items(
        self,
        s_start: int,
        s_end: int,
        chosen: dict[int, Choice],
        ms: list[tuple[Mention, PersonDraft]],
    ) -> None:
        """Parts of the program the sentence names; its people take part in them."""
        for named in named_parts(self.text, s_start, s_end):
            self.items.append(named)
            for m, p in ms:
                role = (
                    chosen[m.start][0]
                    if m.start in chosen
                    else KIND_ROLE.get(named.kind, "speaker")
                )
                if role not in WEAK_ROLES:
                    named.add(p, role, m.start)
                    self.roles.append((p, role, m.start, named))

    def placed_part(
        self,
        s_start: int,
        s_end: int,
        chosen: dict[int, Choice],
        ms: list[tuple[Mention, PersonDraft]],
    ) -> None:
        """A part named by its place in the day ("In the first session, Ms. X gave a
        presentation"; "During the second session, three graduates spoke") is an item, with
        the people of its sentence, unless a cue of the sentence names the part itself ("In
        the first session, X gave a keynote address"; not a welcome inside a part that opens
        the sentence: "In the inaugural session, X bid them welcome"). The later sentences
        of its paragraph that name no part of their own add the people a cue gives a role
        ("The audience was also addressed by Y")."""
        line = self.layout.line_at(s_start).start
        part = ordinal_part(self.text, s_start, s_end)
        # the part frames the sentence: opening or closing words are a role inside it
        framed = part is not None and P.PART_FRAME.fullmatch(self.text, s_start, part.start)
        kinds = {c[1].agenda_kind for c in chosen.values()} - {None}
        cued = bool(kinds - SINGLE_KINDS if framed else kinds)
        if part is not None or cued or named_parts(self.text, s_start, s_end):
            self.part = None
            if part is None or cued or named_parts(self.text, s_start, s_end):
                return
            self.items.append(part)
            self.part, targets = (part, line), ms
        elif self.part is not None and self.part[1] == line:
            part, targets = self.part[0], [x for x in ms if x[0].start in chosen]
        else:
            return
        for m, p in targets:
            role = chosen[m.start][0] if m.start in chosen else "speaker"
            role = KIND_ROLE.get(part.kind, role) if role == "speaker" else role
            if role not in WEAK_ROLES:
                part.add(p, role, m.start)
                self.roles.append((p, role, m.start, part))

    def cue_items(
        self,
        s_start: int,
        s_end: int,
        chosen: dict[int, Choice],
        ms: list[tuple[Mention, PersonDraft]],
    ) -> None:
        """Each chosen cue gives its role; a cue with an agenda kind also makes an item."""
        sentence = self.text[s_start:s_end]
        made: dict[tuple[str, int], ItemDraft] = {}
        for m, p in ms:
            if m.start not in chosen:
                continue
            role, cue, cpos = chosen[m.start]
            item = None
            framing = self.part is not None and s_start <= self.part[0].start < s_end
            if cue.agenda_kind and not (framing and cue.agenda_kind in SINGLE_KINDS):
                per_person = cue.agenda_kind in {"keynote", "address"}
                key = (cue.agenda_kind, m.start if per_person else 0)
                item = made.get(key)
                if item is None:
                    label_m = P.SESSION_LABEL.search(sentence)
                    # the quoted title up to the next person's cue: "Welcoming remarks by A,
                    # followed by a keynote by B on “Title”" titles the keynote only
                    nxt = min((c for _r, _c, c in chosen.values() if c > cpos), default=s_end)
                    q = quoted(self.text[cpos:nxt])
                    item = ItemDraft(
                        cue.agenda_kind,
                        label_m.group("label") if label_m else None,
                        q[0] if q else None,
                        cpos,
                        cpos + len(cue.text),
                        from_program=False,
                    )
                    made[key] = item
                    self.items.append(item)
                if role in WEAK_ROLES:  # the audience of a part ("sat in on a panel")
                    item.attended = True
                else:
                    item.add(p, role, m.start)
            if item is None and self.seated(p, role, cue, m):
                continue
            self.roles.append((p, role, m.start, item))
            given = self.cued_by.setdefault(cue.text.casefold(), [])
            if all(p is not q for q in given):
                given.append(p)
        self.roles += chair_of_part(list(made.values()), chosen, ms)

    def seated(self, p: PersonDraft, role: str, cue: RoleCue, m: Mention) -> bool:
        """Whether the person's cue only quotes a member of the audience: "Among the
        families at the airport was Mrs X, whose son, Private Y, is on his first
        deployment. “...,” she said." X and Y are seated (participants, ``patterns.
        AUDIENCE_CUE`` and ``patterns.WHOSE_KIN``; a relative the clause says died was not
        there); X's "she said" is no statement at the event."""
        if role == "speaker" and P.REPORTING_VERB.fullmatch(cue.text):
            return id(p) in self.audience
        if role != "participant" or not P.AUDIENCE_CUE.fullmatch(cue.text):
            return False
        s_end = self.layout.sentence_at(m.start)[1]
        before = self.text[max(0, m.anchor - 40) : m.anchor]
        if P.WHOSE_KIN_END.search(before) and P.DEATH_WORD.search(self.text, m.end, s_end):
            return True  # the audience's relative the clause mourns was not there
        self.audience.add(id(p))
        kin = P.WHOSE_KIN.match(self.text, m.end)
        named = self.index.between(kin.end(), s_end) if kin is not None else []
        if kin is not None and named and named[0][0].anchor == kin.end():
            km, kp = named[0]
            if not P.DEATH_WORD.search(self.text, km.end, s_end):
                self.audience.add(id(kp))
                self.roles.append((kp, "participant", km.start, None))
        return False

    def office_holder(
        self,
        office: tuple[RoleCue, int] | None,
        s_start: int,
        chosen: dict[int, Choice],
        ms: list[tuple[Mention, PersonDraft]],
    ) -> None:
        """The subject of the sentence after one whose cue's agent is an office with no name
        is the office's holder and takes the cue's role ("The item was introduced by the
        Under-Secretary-General. Mr. X said ..."; "The workshop was closed by the Deputy
        Head of Mission. In his remarks, Mr. Y ...") unless a cue of its own gives more; a
        chair who then speaks is both ("presided over by the Chief. In his address, X ...")."""
        if office is None or not ms:
            return
        m, p = ms[0]
        if not P.SUBJECT_LEAD.fullmatch(self.text, s_start, m.anchor):
            return
        cue, cpos = office
        if cue.role == "chair" and m.start in chosen:
            self.roles.append((p, "chair", m.start, None))  # presided, then spoke: both
        elif m.start not in chosen or chosen[m.start][0] in GENERIC_ROLES - {cue.role}:
            chosen[m.start] = (cue.role, cue, cpos)

    def read(self, s_start: int, s_end: int) -> None:
        """One sentence."""
        ms = self.index.between(s_start, s_end)
        office, self.office = self.office, None
        self.colon_list(s_start, s_end)
        subject, age = self.antecedent
        self.antecedent = (subject, age + 1)
        prior = subject[1] if subject is not None and age < PRONOUN_REACH else None
        self.absences += find_absences(self.layout, self.index, (s_start, s_end), prior)
        acts = self.ceremonies(s_start, s_end, ms)
        if not ms:
            self.nobody_named(s_start, s_end)
            self.placed_part(s_start, s_end, {}, [])
            return
        chosen, frame = self.choose_cues(s_start, s_end, ms)
        self.office_holder(office, s_start, chosen, ms)
        opened_by_act(self.text, acts, chosen)
        self.roles += pictured(self.layout, s_start, chosen, ms)
        self.antecedent = (next((x for x in ms if x[0].start in chosen), ms[0]), 0)
        self.apply_frame(chosen, frame, ms)
        self.apply_count(chosen, ms)
        self.named_items(s_start, s_end, chosen, ms)
        self.placed_part(s_start, s_end, chosen, ms)
        # a panel of a chair or moderator "with" its members
        self.add_items(chair_with_panel(self.text, (s_start, s_end), chosen, ms, self.connectors))
        if chosen:
            self.cue_items(s_start, s_end, chosen, ms)
        self.roles += chair_who_spoke(self.cued, chosen, ms)
        self.cued.clear()
        won = {start: c[0] for start, c in chosen.items()}
        person = {m.start: p for m, p in ms}
        for start, role in second_verbs(self.text, self.hits, won, [m.anchor for m, _p in ms]):
            self.roles.append((person[start], role, start, None))
        self.hits.clear()


def parse_prose(layout: Layout, persons: list[PersonDraft], rules: Rules) -> AgendaResult:
    """Roles and agenda items from cue phrases in the sentences of the layout."""
    reader = _ProseReader(layout, persons, rules)
    for s_start, s_end in layout.sentences:
        if layout.text[s_start:s_end].strip():
            reader.read(s_start, s_end)
    return AgendaResult(reader.items, reader.roles, reader.absences)
