"""Agenda strategies on the program layout, and the one reader that resolves them. Pure;
reads the layout model.

Item candidates, in this order of authority:

* a header line (:mod:`pko_extract.agenda_headers`): "Opening Remarks:", "Session 1:
  Keynote Speech "Title"", "(1) Session I "Title"", "1. Opening Remarks by Mr. X";
* programme rows (:mod:`pko_extract.agenda_rows`): timetable rows ("9h00 à 9h30 : Accueil",
  "2:00 p.m. Session I: Title", "0900 – 1000 Panel", a time alone over its title line),
  numbered or bulleted programme lines ("2. The future of peacekeeping – Mr. Y"), minutes
  headings;
* title lines (:mod:`pko_extract.agenda_titles`): a title over role lines, a talk title
  over the line naming its speaker, "Welcome and introduction" over its speaker.

:class:`_ProgramReader` reads the lines once with the current item: a row runs to the next
row (its description sentences included), a break row ends it, a heading right over rows
is a section of the timetable. The people of an item come from the header line, role label
lines ("Chair:", "Président :", "Intervenants :"), role headings over name lines ("Panelists"
/ "Dr. X"), speaker-list lines ("Mr. X, Keynote Address") and member lines; a member with a
talk ("Prof. X: “Title”", "Ms. X – Title", a title line under the name) is a presenter. A
name line alone takes the affiliation line under it as positions and organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pko_extract import patterns as P
from pko_extract.agenda_cards import speaker_cards
from pko_extract.agenda_coref import line_office_holder
from pko_extract.agenda_headers import gathers_parts, header_item
from pko_extract.agenda_members import attach_affiliation, attach_following_lines
from pko_extract.agenda_minutes import minutes_headings
from pko_extract.agenda_rows import (
    drop_role_notes,
    heads_rows,
    is_talk_title,
    labelled_part,
    next_line,
    numbered_rows,
    report_section,
    retitle,
    time_length,
    timetable_rows,
    title_below,
)
from pko_extract.agenda_rules import (
    GENERIC_ROLES,
    KIND_ROLE,
    SINGLE_KINDS,
    MentionIndex,
    by_role,
    match_agenda_label,
    mention_index,
    names_between,
    paren_role,
    verb_role,
)
from pko_extract.agenda_titles import joined_part, talk_titles, titled_sections
from pko_extract.agenda_turns import (
    caps_turns,
    labelled_turns,
    office_turn_chairs,
    question_turns,
    speaker_turns,
)
from pko_extract.models import (
    AgendaResult,
    Block,
    ItemDraft,
    Layout,
    Line,
    Mention,
    PersonDraft,
    RoleClaim,
)
from pko_extract.resources import Rules

#: The heading of a page's list of links to other pages ("Related", "See also", "Further
#: reading"): its lines ("Report: Title (PDF)") are publications, not parts of the event.
_LINKS_HEADING = re.compile(
    r"(?:related(?:[ \t]+(?:content|events?|links|publications|reading|resources|news))?"
    r"|see[ \t]+also|further[ \t]+reading|read[ \t]+more|you[ \t]+may[ \t]+also[ \t]+like)"
    r"[ \t]*:?",
    re.IGNORECASE,
)


def _inline_role_labels(text: str, line: Line, rules: Rules) -> list[tuple[int, str]]:
    """Role labels inside a program line, with where they end: "Chair: Prof. X · Speakers:
    Ms. Y; Mr. Z" -> [(end of "Chair:", chair), (end of "Speakers:", speaker)]; a chair's
    or moderator's label ends at the next semicolon (an empty role from there)."""
    found: list[tuple[int, str]] = []
    for m in P.INLINE_LABEL.finditer(text, line.start, line.end):
        words = m.group("label").split()
        label = rules.role_label(m.group("label"))
        if label is None and len(words) > 1 and "/" not in m.group("label"):
            # "Chair: Ana Lind Discussant: Tor Vik": the word before the colon is the label;
            # also after a tab ("Session 1: Title<TAB>Chair: Col. X", a table row's cells)
            label = rules.role_label(words[-1])
        if label is not None:
            found.append((m.end(), label.role))
            semi = text.find(";", m.end(), line.end)
            if label.role in _ONE_HOLDER and semi > 0:
                found.append((semi + 1, ""))  # "Chair: A; B (ORG); C (ORG)": B and C are not
    return sorted(found)


#: Roles one person holds in an item: their label ends at the next semicolon.
_ONE_HOLDER = frozenset({"chair", "moderator"})


def _role_at(inline: list[tuple[int, str]], pos: int) -> str | None:
    """The role of the last inline label before ``pos``."""
    roles = [role for end, role in inline if end <= pos]
    return roles[-1] or None if roles else None


def _is_prose(line: Line) -> bool:
    """A line of running text: not a bullet or label line, ends a sentence, 8 or more words."""
    body = line.text.strip()
    return (
        not line.bullet
        and line.label is None
        and body.endswith((".", "!", "?", '."', ".”"))
        and len(body.split()) >= 8
    )


def _responds(header: ItemDraft, rules: Rules) -> bool:
    """Whether an item is titled by a label alone whose people comment ("Responses")."""
    title = (header.title or "").strip()
    found = match_agenda_label(title, rules) if title else None
    return found is not None and found[1] == len(title) and found[0].role == "commentator"


def _talk_then_speaker(layout: Layout, line: Line, m: Mention) -> bool:
    """A numbered or bulleted talk line ending with its speaker after a dash, however long
    the talk's title: "3. Engineering support to field teams - Lt. Col. X"."""
    if not (line.numbered or line.bullet) or len(line.text) > 160:
        return False
    before = layout.text[line.content_start : m.anchor]
    dash = list(P.DASH_SEPARATOR.finditer(before))
    return bool(dash) and dash[-1].end() == len(before)


def _gives_talk(
    layout: Layout, line: Line, m: Mention, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> bool:
    """Whether the person of a member line gives a talk: a quoted title after the name
    ("Prof. X: “Title”"), a title after a dash ("Ms. X – Why mandates fail") or a title
    line under the name line ("Dr X (Univ.)" / "Title")."""
    tail = layout.text[m.end : line.end]
    opener = tail.lstrip(" :–—-,")[:1]
    if opener and opener in '"“«':
        return True
    dash = P.DASH_SEPARATOR.match(tail)
    if dash and is_talk_title(tail[dash.end() :], rules):
        return True  # "Ms. X – Why mandates fail"
    nxt = next_line(layout, line)
    if nxt is None:
        return False
    if names_between(index, nxt.start, nxt.end) or time_length(nxt.text):
        return False
    if nxt.label is not None and rules.role_label(nxt.label) is not None:
        return False
    if header_item(nxt, layout.text, rules) is not None:
        return False  # "Session 2: Title" opens the next item, it is no talk of this one
    block = layout.block_of_line(layout.line_index(nxt.start))
    return block is not None and block.kind != "heading" and is_talk_title(nxt.text, rules)


@dataclass
class _ProgramReader:
    """Reads the program line by line: the item being filled and the role a list heading
    ("Panellists:") gives the bullets below it."""

    layout: Layout
    persons: list[PersonDraft]
    rules: Rules
    items: list[ItemDraft] = field(default_factory=list)
    roles: list[RoleClaim] = field(default_factory=list)
    current: ItemDraft | None = None
    list_role: str | None = None
    timed: bool = False  # the current item is a timetable row: it runs to the next row
    account: ItemDraft | None = None  # the item whose account the running text continues
    labelled_to: int = -1  # the end of the label lines under the account's header
    carry: str | None = None  # the role of a label line whose list runs onto the next line

    def __post_init__(self) -> None:
        self.index = mention_index(self.persons)

    def mentions_in(self, a: int, b: int) -> list[tuple[Mention, PersonDraft]]:
        return self.index.between(a, b)

    def claim(self, p: PersonDraft, role: str, m: Mention, item: ItemDraft | None) -> None:
        if item is not None:
            item.add(p, role, m.start)
        self.roles.append((p, role, m.start, item))

    def role_line(self, line: Line) -> bool:
        """A role label line naming a person under a row ("Introduction: Ambassador X"),
        which is not a new item even when its label names a part."""
        if not self.timed or line.label is None or self.rules.role_label(line.label) is None:
            return False
        return bool(self.mentions_in(line.content_start, line.end))

    def role_row(self, line: Line, label: str | None = None) -> None:
        """A timed role line ("11:30 Modérateur / Moderator : Prof. X"): its people take
        the role in the current item. A programme's list line whose ``label`` is a role
        ("• Moderation — Prof. X" between "• Opening — Dr. Y" and "• Panel") ends an opening
        or closing item above it: its people hold the role in the item it is under, or
        in none (the event's, or its one panel's: agenda.py)."""
        n = time_length(line.text)
        head = label or line.text[n:].split(":")[0].strip()
        found = self.rules.role_label(head)
        if label is not None and self.current is not None and self.current.kind in SINGLE_KINDS:
            self.close()
        for m, p in self.mentions_in(line.start + n, line.end):
            if found is not None:
                self.claim(p, found.role, m, self.current)

    def close(self) -> None:
        """End the current item (a break row, a section heading)."""
        self.current, self.list_role, self.timed, self.account = None, None, False, None

    def rule_line(self, line: Line) -> None:
        """A horizontal rule ("-----") is the edge of a table flattened to text: it ends the
        current item (the staff lists under a timetable are no part of its last row),
        unless it underlines the item's own header line, not a timed row ("Session 1" /
        "=========")."""
        if not P.RULE_LINE.fullmatch(line.text) or self.current is None:
            return
        k = self.layout.line_index(line.start)
        above = self.layout.lines[k - 1] if k > 0 else None
        if not self.timed and above is not None and not above.blank:
            if above.start <= self.current.start:
                return
        self.close()

    def header_line(self, line: Line, header: ItemDraft, *, timed: bool = False) -> None:
        """A line that opens an item; the people on it take part in it. An untimed speech
        right under a timed opening or closing row that names nobody yet ("11:00 Official
        Closing" / "Remarks by the Chief of Staff, X") is that row's speech, not an item."""
        text = self.layout.text
        current = self.current
        if (
            not timed
            and self.timed
            and header.kind == "address"
            and current is not None
            and current.kind in SINGLE_KINDS
            and not current.members
        ):
            header = current
            self.items.remove(current)
            timed = True
        self.current, self.list_role, self.timed = header, None, timed
        self.items.append(header)
        self.account = header if header.section is None else None
        inline = _inline_role_labels(text, line, self.rules)
        for k, (m, p) in enumerate(self.mentions_in(line.start, line.end)):
            if k and m.honorific is None and len(m.raw.split()) == 1:
                continue  # "..., ministère des Affaires étrangères": a word of a post
            if header.title and m.honorific is None and m.raw in header.title:
                continue  # "Session 3: Regional Partnerships": a title, not a person
            role = (
                _role_at(inline, m.anchor)
                or paren_role(text, line, m, self.rules)  # "| Panel: X | Dr. Y (moderator) |"
                or by_role(text, line, m, self.rules)
                or verb_role(text, line, m, self.rules)  # "Ms. X presented the plan"
                or KIND_ROLE.get(header.kind, "speaker")
            )
            if role == "speaker":
                role = KIND_ROLE.get(header.kind, "speaker")
            if role == "speaker" and _responds(header, self.rules):
                role = "commentator"  # "• A and B — Responses": the respondents comment
            if role == "speaker" and (header.label or "").startswith("Module"):
                role = "presenter"  # a course module's facilitator teaches it
            self.claim(p, role, m, header)
            if role != "chair" and P.BY_THE_CHAIR.search(text, line.start, m.anchor):
                self.claim(p, "chair", m, header)  # "Opening remarks by the Chairperson - X"

    def speaker_list_line(self, line: Line, m0: Mention, p0: PersonDraft) -> bool:
        """A speaker-list line: "Mr. X, Keynote Address", "Mr. X, Panelist"."""
        text = self.layout.text
        tail = text[m0.end : line.end].strip(" ,")
        found = match_agenda_label(tail, self.rules) if tail else None
        whole_label = bool(found and found[1] == len(tail))
        rl = self.rules.role_label(tail) if tail else None
        if rl is not None and not whole_label:
            # "Mr. X, Panelist": panelists and moderators join one panel item
            current = self.current
            if current is None or current.kind != "panel" or current.from_program is False:
                if rl.role in {"panelist", "moderator", "chair", "commentator"}:
                    self.current = ItemDraft("panel", None, None, line.start, line.end)
                    self.items.append(self.current)
            self.claim(p0, rl.role, m0, self.current)
        elif found and whole_label:
            label = found[0]
            item = ItemDraft(label.kind, None, tail, line.start, line.end)
            self.items.append(item)
            self.claim(p0, label.role, m0, item)
            self.current = None
        else:
            return False
        # the label was read as an apposition: drop it; the lines below are the person's
        m0.positions[:] = [x for x in m0.positions if x != tail]
        m0.organizations[:] = [x for x in m0.organizations if x != tail]
        attach_following_lines(self.layout, line, m0, [x.start for x, _ in self.index], self.rules)
        return True

    def label_line(self, line: Line, in_line: list[tuple[Mention, PersonDraft]]) -> None:
        """A "Label: value" line: a role label gives its people that role."""
        assert line.label is not None
        rl = self.rules.role_label(line.label)
        if rl is None:
            if len(line.text) > 200:
                self.current = None
            return
        default = rl.role
        if rl.role == "participant" and self.in_panel(line):
            default = "panelist"  # "Roundtable" / "Participants: X; Y": its members
        elif rl.role == "participant":
            self.current = None  # "Members present:", "Participants:": the event, not an item
        if not in_line:
            self.list_role = default  # "Panellists:" heading the bullets that follow
            if default in {"panelist", "moderator"} and self.current is not None:
                if self.current.kind in SINGLE_KINDS:
                    self.current = None  # "Wrap-up" / "Panelists:": a list of no one's talk
            elif default == "speaker" and self.current is not None and self.current.members:
                if self.current.kind not in {"session", "panel"}:
                    # "- Introductory remarks: Amb. X" / "- Speakers:": one person's
                    # speech, which the list of the event's speakers is not part of
                    self.current = None
        inline = _inline_role_labels(self.layout.text, line, self.rules)
        for m, p in in_line:
            if P.ADDRESS_LEAD.fullmatch(self.layout.text, line.content_start, m.anchor):
                continue  # "MODERATOR: Thank you, Jonas. Our next ...": a turn addressing X
            role = _role_at(inline, m.anchor) or default
            role = default if role == "participant" else role
            if role == "speaker" and self.current is not None:
                role = KIND_ROLE.get(self.current.kind, "speaker")
            self.claim(p, role, m, self.current)
        if in_line and P.LIST_RUNS_ON.search(line.text):
            last = _role_at(inline, in_line[-1][0].anchor) or default
            last = default if last == "participant" else last
            if last == "speaker" and self.current is not None:
                last = KIND_ROLE.get(self.current.kind, "speaker")
            self.carry = last

    def carried_line(self, line: Line, in_line: list[tuple[Mention, PersonDraft]]) -> bool:
        """The line after a label line whose list of people runs on ("Present: A; B;" /
        "C; D", "Chairs: Brig. Gen. A and Ms." / "B, Policy Officer"): its people, named
        at its start, take the label's role."""
        role, self.carry = self.carry, None
        if role is None or line.label is not None or not in_line:
            return False
        if in_line[0][0].anchor - line.content_start > 8:
            return False  # "Lt. Col. X" opens the line; "... and X" does not
        for m, p in in_line:
            self.claim(p, role, m, self.current)
        if P.LIST_RUNS_ON.search(line.text):
            self.carry = role
        return True

    def in_panel(self, line: Line) -> bool:
        """Whether ``line`` continues a panel item, with no blank line before it."""
        k = self.layout.line_index(line.start)
        panel = self.current is not None and self.current.kind == "panel"
        return panel and k > 0 and not self.layout.lines[k - 1].blank

    def member_line(self, line: Line, in_line: list[tuple[Mention, PersonDraft]]) -> bool:
        """A short line or bullet under an item names one of its people."""
        current = self.current
        if current is None or not in_line or not (line.bullet or len(line.text) < 200):
            return False
        if current.section is not None and not line.bullet and line.start < current.section[1]:
            return False  # a minutes heading's running text, maybe hard-wrapped: its sentences
        m, p = in_line[0]
        role = (
            paren_role(self.layout.text, line, m, self.rules)  # "Dr. X (moderator)"
            or by_role(self.layout.text, line, m, self.rules)  # "Moderated by Prof. X"
            or self.list_role
            or self.heading_role(line, current.start)
            or KIND_ROLE.get(current.kind, "speaker")
        )
        if role == "speaker":
            role = KIND_ROLE.get(current.kind, "speaker")
        talk = _gives_talk(self.layout, line, m, self.index, self.rules)
        if role == "speaker" and current.kind in {"session", "other"} and talk:
            role = "presenter"
        # a cell of a flattened table wrapped onto a line of its own is indented to its
        # column: the name opens the line's text ("   ...   Brig Gen X" under its row)
        lead = line.start + len(line.text) - len(line.text.lstrip())
        if m.start - max(line.content_start, lead) <= 40 or _talk_then_speaker(
            self.layout, line, m
        ):
            self.claim(p, role, m, current)
            self.joined_members(line, in_line, role)
        return True

    def joined_members(
        self, line: Line, in_line: list[tuple[Mention, PersonDraft]], role: str
    ) -> None:
        """The people joined to the first one of a member line by a comma or "and" ("Chair
        X and Chief Y describe ...", "Prof. X (Rector) and Minister Y") take the same role
        in the item."""
        text = self.layout.text
        for (prev, _), (m, p) in zip(in_line, in_line[1:], strict=False):
            if not P.MEMBER_JOIN.match(P.PAREN_NOTE.sub("", text[prev.end : m.anchor])):
                return
            self.claim(p, role, m, self.current)

    def recount(self, line: Line) -> None:
        """Sentences right under an item's header line ("Session 1: Title" / "Three experts
        spoke ...") are its account up to the next line that is not running text: the
        roles running text gives there belong to the item (its ``section``)."""
        item, self.account = self.account, None
        if item is not None and item.section is None and self._role_label_line(line):
            # "Session One - Title" / "Chair: Dr. X" / "Rapporteur: Y" / "Dr. Z presented
            # ...": the part's label lines come before its account
            self.account, self.labelled_to = item, line.end
            return
        if item is None or not _is_prose(line):
            return
        start, end = item.section if item.section is not None else (line.start, item.end)
        if item.section is None and self.labelled_to > end:
            end = self.labelled_to
        between = self.layout.text[end : line.start]
        if between.strip():
            return  # a line read elsewhere (a heading, a break row) came between
        head = self.layout.line_at(item.start)
        if item.section is None and (head.numbered or head.bullet) and between.count("\n") > 1:
            return  # a paragraph after a numbered programme, a blank line apart: the report's
        item.section, self.account = (start, line.end), item

    def _role_label_line(self, line: Line) -> bool:
        """A line giving one person a role by a label ("Chair: Dr. X", "Rapporteur: Y")."""
        if line.label is None or line.bullet or len(line.text) > 160:
            return False
        return self.rules.role_label(line.label) is not None and bool(
            self.mentions_in(line.start, line.end)
        )

    def read(self, line: Line, header: ItemDraft | None) -> None:
        """One non-blank line of the report."""
        if header is not None:
            self.header_line(line, header)
            return
        self.recount(line)
        in_line = self.mentions_in(line.start, line.end)
        if self.carried_line(line, in_line):
            return
        if in_line and self.speaker_list_line(line, *in_line[0]):
            return
        named = bool(in_line) and in_line[0][0].anchor < line.content_start
        if line.label is not None and not (named and self.rules.role_label(line.label) is None):
            self.label_line(line, in_line)
            return
        if self.current is not None and _is_prose(line) and (in_line or not self.timed):
            # a sentence after the program is running text; a timed row's description
            # (a sentence without people) stays in its row
            self.current = None
        if in_line and in_line[0][0].anchor - line.content_start <= 40:
            attach_affiliation(self.layout, line, in_line[0][0], self.rules)
        if not in_line and self.list_heading(line):
            return
        if self.member_line(line, in_line) or self.headed_line(line, in_line):
            return
        if len(line.text) > 200 or (line.numbered and not line.bullet):
            self.current = None

    def list_heading(self, line: Line) -> bool:
        """A role heading with no colon over name lines ("Speakers", "Moderator"): like a
        "Panelists:" label, its role goes to the name lines below, and it ends an opening or
        closing item ("Closing" / "Speakers": no list of the closing's speakers)."""
        block = self.layout.block_at(line.start)
        if line.label is not None or block is None:
            return False
        found = self.rules.role_label(line.text.strip(" \t*#_:"))
        annex = P.ANNEX_HEADING.fullmatch(line.text.strip())
        if found is None and annex is not None:
            # "ANNEX A - LIST OF PARTICIPANTS (extract)" over name lines grouped under
            # country heads: the list's people were there; the annex is no agenda item
            found = self.rules.role_label(annex.group("label"))
            if found is None or found.role != "participant":
                return False
            self.list_role, self.current = found.role, None
            return True
        if found is None:
            return False
        if block.kind != "heading":
            if not self.term_line(block):
                return False
            self.carry = found.role  # "Chair" / "Prof. X (Centre)": the term's value line
            return True
        self.list_role = found.role
        if self.current is not None and self.current.kind in SINGLE_KINDS:
            self.current = None
        elif self._after_the_rows(self.current):
            # "14:10 Questions from the floor" / "Speakers" / name lines: the list of the
            # event's speakers, not the last row's (its one panel's: agenda.py)
            self.current = None
        return True

    def _after_the_rows(self, current: ItemDraft | None) -> bool:
        """Whether ``current`` is a programme's row that is no talk and names no one
        ("Questions from the floor", "Q&A"), below a panel row with no one in it: a list
        heading after it heads the speakers of the panel, not of the part."""
        if current is None or current.kind != "other" or current.members:
            return False
        return any(it.kind == "panel" and not it.members for it in self.items)

    def term_line(self, block: Block) -> bool:
        """Whether a one-line list item is the term of a page's definition list, its value
        the list item on the next line ("Speakers" / "Dr. A (Univ.); Col B", "Chair" /
        "Prof. C": an event card's ``<dt>``/``<dd>`` pairs): the value's people take the
        term's role, as on a "Label: value" line."""
        lines, blocks = self.layout.lines, self.layout.blocks
        if block.kind != "list_item" or block.first != block.last:
            return False
        k = blocks.index(block)
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        return (
            nxt is not None
            and nxt.kind == "list_item"
            and nxt.first == block.last + 1
            and not lines[nxt.first].blank
        )

    def heading_role(self, line: Line, after: int = 0) -> str | None:
        """The role a heading gives the lines it heads: "Speakers" over name lines; only a
        heading at or after ``after`` (the current item's header: a "Keynote" heading above
        "Panel: Title" gives the panel's members no role)."""
        block = self.layout.block_at(line.start)
        head = self.layout.heading_of(block) if block is not None else None
        if head is None or head.start < after:
            return None
        body = self.layout.text[head.start : head.end].strip(" \t*#_:")
        found = self.rules.role_label(body)
        return found.role if found is not None else None

    def headed_line(self, line: Line, in_line: list[tuple[Mention, PersonDraft]]) -> bool:
        """A name line under a role heading outside any item ("Moderator" / "Mr. X,
        Senior Researcher"): the person takes the heading's role for the event; a generic
        role ("Speakers") only when no other sentence of the report names the person."""
        role = self.heading_role(line) if in_line and self.current is None else None
        if role is None and in_line and self.current is None and self.list_role is not None:
            # "Panelists:" over name lines each above a bio sentence, which ended the item
            role = None if _is_prose(line) or len(line.text) >= 120 else self.list_role
        if role is None or len(line.text) >= 200:
            return False
        m, p = in_line[0]
        if role in GENERIC_ROLES and len(p.mentions) > 1:
            return True  # a "Speakers" list says less than the report's sentences about X
        if m.start - line.content_start <= 40:
            self.claim(p, role, m, None)
        return True


def _under_links_heading(layout: Layout, line: Line) -> bool:
    """Whether ``line`` is an item of a list of links to other pages: a bullet under a
    "Related" heading, with only bullets between ("Related" / "• Report: Title (PDF)")."""
    if not line.bullet:
        return False
    for k in range(layout.line_index(line.start) - 1, -1, -1):
        above = layout.lines[k]
        if above.blank or above.bullet:
            continue
        return bool(_LINKS_HEADING.fullmatch(above.text.strip(" \t*#_")))
    return False


def _heads_report(layout: Layout, line: Line, index: MentionIndex) -> bool:
    """Whether the report's first line, a part's label with its title, is the report's own
    title: neither it nor the line right under it names anyone, and that line gives a date
    ("Roundtable: Title" / "12 October 2023, 14:00-16:00 CET, Geneva")."""
    nxt = next_line(layout, line)
    if nxt is None or index.between(line.start, nxt.end):
        return False
    if layout.text[line.end : nxt.start].count("\n") > 1:
        return False
    return bool(P.DATE_DMY.search(nxt.text) or P.DATE_MDY.search(nxt.text))


def _whole_cell_title(
    line: Line, header: ItemDraft | None, row: ItemDraft | None
) -> ItemDraft | None:
    """A timed row of a table flattened from a PDF, its cells apart by column gaps, is
    titled by its whole activity cell, not by the label it opens with: "3.   0930 – 0940
    Remarks by Course Representative        Supt X" -> "Remarks by Course Representative"
    (the label finds "Remarks" and reads the rest as a speaker)."""
    if header is None or row is None or row.start < 0 or not (row.title and header.title):
        return header
    if "   " not in line.text.strip() or header.title == row.title:
        return header
    if not row.title.startswith(header.title + " "):
        return header
    header.title = row.title
    return header


def parse_program(layout: Layout, persons: list[PersonDraft], rules: Rules) -> AgendaResult:
    """Agenda items and roles from the program layout.

    Item headers come from the strategies in this order: a header line (:func:`header_item`),
    a programme row (timetable rows over numbered or bulleted lines, see
    :mod:`pko_extract.agenda_rows`), a minutes heading. A break row ends the item before it;
    a timed role row gives its role in the current item; a row runs to the next one (the
    description lines under it are part of it).
    """
    text, lines = layout.text, list(layout.lines)
    reader = _ProgramReader(layout, persons, rules)
    minutes = minutes_headings(lines)
    numbered = numbered_rows(layout, reader.index, rules)
    rows = talk_titles(layout, reader.index, rules)
    rows.update(titled_sections(layout, reader.index, rules))
    rows.update({k: v for k, v in numbered.items() if k not in minutes})
    rows.update(timetable_rows(layout, reader.index, rules))
    first = next((ln for ln in lines if not ln.blank), None)
    for m, p in speaker_turns(layout, reader.index):
        reader.claim(p, "speaker", m, None)  # "Lt. Gen. X: Thank you. ..." (a transcript)
    for m, p in office_turn_chairs(layout, reader.index):
        reader.claim(p, "chair", m, None)  # "President: Mr. X" over "THE PRESIDENT: ..." turns
    for m, p, role in labelled_turns(layout, reader.index, rules):
        reader.claim(p, role, m, None)  # "MODERATOR (Dr. X, Org): Welcome, everyone. ..."
    for m, p in caps_turns(layout, persons):
        reader.claim(p, "speaker", m, None)  # "MR. JONAS X: Thank you. ..." (a transcript)
    for m, p in question_turns(layout, reader.index):
        reader.claim(p, "participant", m, None)  # "Mr. X (Riding): General, when ...?"
    cards = speaker_cards(layout, reader.index, rules)
    for line in lines:
        if line.blank:
            continue
        if _under_links_heading(layout, line):
            reader.close()
            continue
        if (card := cards.get(line.start)) is not None:
            reader.close()
            if line is card.role_line:  # "Dr X" / "Director, Y" / "Panellist": a card
                if card.item is not None and card.item not in reader.items:
                    reader.items.append(card.item)
                reader.claim(card.person, card.role, card.mention, card.item)
            continue
        reader.rule_line(line)
        row = rows.get(line.start)
        if row is not None and row.start == -3 and header_item(line, text, rules) is None:
            reader.role_row(line, row.title)
            continue
        if row is not None and row.start < 0:
            reader.close()
            if row.start == -1:
                continue  # a break: nobody on it takes part in an item
        if rows and heads_rows(layout, line, rows):
            reader.close()  # "INTRODUCTION" over timed rows: a section of the timetable
            continue
        if reader.role_line(line):
            reader.read(line, None)  # "Introduction: Ambassador X" under a row: a role
            continue
        header = retitle(layout, line, header_item(line, text, rules), reader.index, rules)
        header = report_section(layout, line, header, reader.index)
        header = title_below(layout, line, header, reader.index, rules)
        header = _whole_cell_title(line, header, row)
        header = header or (row if row and row.start >= 0 else None)
        header = header or minutes.get(line.start)
        header = header or labelled_part(layout, line, reader.index, rules)
        header = header or joined_part(layout, line, reader.index, rules)
        if gathers_parts(layout, line, header, rows, reader.index, rules):
            reader.close()
            continue
        if header is not None and row is None and line is first:
            if _heads_report(layout, line, reader.index):
                header = None  # "Roundtable: Title" / "12 October 2023, Geneva": the title
        if header is not None:
            header.title = drop_role_notes(header.title, rules)
            reader.header_line(line, header, timed=row is not None)
            holder = (
                None
                if reader.mentions_in(line.start, line.end)
                else (line_office_holder(text, line, rules, persons))
            )
            if holder is not None:  # "Address by the Force Commander": the office's holder
                header.title = header.title and text[line.content_start : line.end].strip(" .")
                reader.claim(holder, KIND_ROLE.get(header.kind, "speaker"), holder.first, header)
            continue
        reader.read(line, None)
    return AgendaResult(reader.items, reader.roles)
