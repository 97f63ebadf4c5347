"""What a sentence of running text names besides role cues: parts of the programme ("the
“X” panel", "a dialogue session", a panel a chair is "with"), the author of a byline (the
"I" of a first-person post), the people of a list after a colon, roles written as labels
next to a name ("X (Chairman)", "X (Nigeria), Chairman;"), and the one who presides over the
body that meets ("X, Council President for May", "elected Chair of this Committee"). Pure
helpers of agenda_prose.py.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.agenda_cue_target import Choice, contiguous, coordinated
from pko_extract.agenda_genres import is_meeting_coverage
from pko_extract.agenda_rules import MentionIndex, first_between
from pko_extract.lexicon import lexicon
from pko_extract.models import ItemDraft, Layout, Line, Mention, PersonDraft, RoleClaim
from pko_extract.resources import RoleCue, RoleLabel, Rules


def named_parts(text: str, s_start: int, s_end: int) -> list[ItemDraft]:
    """Parts of the program named in one sentence of running text. "the Session" written
    with a capital inside a sentence is the meeting of a body, the event itself ("spoke to
    the Session about the summit's results"), no part of it."""
    sentence = text[s_start:s_end]
    m = P.QUOTED_PART.search(sentence)
    if m:
        noun = (m.group("noun") or m.group("noun2")).lower()
        kind = "panel" if noun.startswith(("panel", "round")) else "session"
        title = " ".join((m.group("title") or m.group("title2")).split()).strip(" .,")
        return [
            ItemDraft(kind, None, title, s_start + m.start(), s_start + m.end(), from_program=False)
        ]
    parts = [
        ItemDraft(
            "panel" if m.group("noun").lower() == "panel" else "session",
            None,
            m.group("title").strip(),
            s_start + m.start(),
            s_start + m.end(),
            from_program=False,
        )
        for m in P.ON_PART.finditer(sentence)
        if not (m.group("noun")[0].isupper() and sentence[m.start()] == "t")
    ]
    if parts:
        return parts
    m = P.NOUN_PART.search(sentence)
    if m:
        title = m.group("title")
        kind = "panel" if "panel" in title.lower() else "other"
        return [
            ItemDraft(
                kind,
                None,
                title if kind == "other" else None,
                s_start + m.start("title"),
                s_start + m.end("title"),
                from_program=False,
            )
        ]
    return []


def ordinal_part(text: str, s_start: int, s_end: int) -> ItemDraft | None:
    """A part of the program a sentence names by its place in the day ("In the first
    session, ...", "During the second session, ...", "A first panel discussed ...",
    "Session two turned to X"): a
    panel or a session titled by the quoted title after it ("the second session, on
    "Title"") or else by those words ("second session")."""
    m = P.ORDINAL_PART.search(text, s_start, s_end)
    if m is None:
        c = P.CARDINAL_PART.search(text, s_start, s_end)  # "Session one looked at X"
        if c is None:
            return None
        noun = c.group("noun").casefold()
        title = f"{P.CARDINAL_PLACES[c.group('number')]} {noun}"
        kind = "panel" if noun == "panel" else "session"
        return ItemDraft(kind, None, title, c.start(), c.end(), from_program=False)
    noun = m.group("noun").casefold()
    kind = "panel" if noun.startswith(("panel", "round")) else "session"
    title = " ".join((m.group("quoted") or m.group("title").lower()).split())
    return ItemDraft(kind, None, title, m.start(), m.end(), from_program=False)


def byline_author(
    lines: list[Line], index: list[tuple[Mention, PersonDraft]]
) -> tuple[Mention, PersonDraft] | None:
    """The person of a byline near the top ("By Chiamaka Eze, Programme Lead | 19 Oct"),
    the "I" of a first-person post."""
    for line in [ln for ln in lines if not ln.blank][:12]:
        m = re.match(r"[ \t]*(?:By|by|Posted by|Written by)[ \t]+", line.text)
        if m:
            at = line.start + m.end()
            return next(((x, p) for x, p in index if x.anchor == at or x.start == at), None)
    return None


def list_after(
    lines: list[Line], pos: int, index: list[tuple[Mention, PersonDraft]]
) -> list[tuple[Mention, PersonDraft]]:
    """The people listed right after ``pos`` (a sentence ending in a colon): the first
    person of each bullet or numbered line, or of each short line that starts with a name
    ("Col. X, Ghana Armed Forces"), with the affiliation line under a name line. A blank
    line ends a bulleted list, two blank lines or a line of running text end any list."""
    out: list[tuple[Mention, PersonDraft]] = []
    started = bulleted = False
    blanks = 0
    for line in lines:
        if line.end <= pos:
            continue
        if line.blank:
            blanks += 1
            if started and (bulleted or blanks > 1):
                break
            continue
        blanks = 0
        first = first_between(index, line.start, line.end)
        if line.bullet or line.numbered:
            bulleted = True
        elif not _name_line(line, first):
            if started and out and _affiliation_line(line):
                continue  # "Senior Fellow, Peace Institute" under the name line
            if started or line.start > pos:
                break
            continue
        started = True
        if first is not None:
            out.append(first)
    return out


def _name_line(line: Line, first: tuple[Mention, PersonDraft] | None) -> bool:
    """A short line that starts with a person's name (or honorific) and is not a
    sentence ("Mr. X closed the meeting.")."""
    return (
        first is not None
        and not line.text[line.content_start - line.start : first[0].anchor - line.start].strip()
        and _affiliation_line(line)
    )


def _affiliation_line(line: Line) -> bool:
    """A short line without a sentence's end: a title or an organisation."""
    text = line.text.strip()
    return len(text) <= _SHORT_LINE and not text.endswith((".", ":"))


#: The longest line read as a name line or an affiliation line of a list.
_SHORT_LINE = 150


#: Roles a list label after a name may give ("X (Nigeria), Chairman;").
_LISTED_ROLES = frozenset({"chair", "moderator"})


def _listed_role(text: str, m: Mention, rules: Rules) -> RoleLabel | None:
    """A presiding role written as a list label after a name, "X (Nigeria), Chairman;", or
    as a title right before it, "Chair Ana Lind". Only presiding roles: "Rapporteur" or
    "Speaker" next to a name is a title more often than what the person did."""
    found = P.LIST_ROLE.match(text, m.end) or P.PRE_ROLE.search(
        text, max(0, m.anchor - 20), m.anchor
    )
    label = rules.role_label(found.group("label")) if found else None
    return label if label is not None and label.role in _LISTED_ROLES else None


def paren_roles(
    text: str, persons: list[PersonDraft], rules: Rules
) -> list[tuple[PersonDraft, str, int]]:
    """Roles written in parentheses after a name, "Hon. X, MP (Chairman)", or as a list
    label after it, "X (Nigeria), Chairman; Y (Peru), Rapporteur"."""
    out: list[tuple[PersonDraft, str, int]] = []
    for p in persons:
        for m in p.mentions:
            found = P.PAREN_ROLE.match(text, m.end)
            label = rules.role_label(found.group("label")) if found else None
            if label is None:
                label = _listed_role(text, m, rules)
            if label is not None:
                out.append((p, label.role, m.start))
    return out


#: How far after a name its presiding office may be written ("X, Ambassador of Y to the
#: Union and Chair of the Council for the month of May").
_PRESIDING_REACH = 160
#: How long the honorific between a title and the name may be ("H.E. Ambassador ").
_TITLE_REACH = 40


def presiding_roles(
    layout: Layout, index: MentionIndex, honorifics: frozenset[str] = frozenset()
) -> list[tuple[PersonDraft, str, int]]:
    """The chair of the meeting reported: the person a sentence names right before the
    office of presiding over the body that meets, "X, Foreign Minister of Y, Council
    President for November, noted ...", "congratulate you, Ambassador X, on being elected
    Chair of this Committee" (``patterns.PRESIDING_OFFICE``); in a meeting's coverage, the
    person the office names as a title, "Committee Chair X (Poland) opened the meeting", "the
    Committee Chair, Ambassador X, said" (``patterns.BODY_CHAIR_TITLE``), also with an
    honorific the mention does not hold between them ("Council President Ambassador X":
    ``honorifics``, the folded honorific words of the rules). A former office is not it."""
    text = layout.text
    out: list[tuple[PersonDraft, str, int]] = []
    for found in P.PRESIDING_OFFICE.finditer(text):
        s_start, _ = layout.sentence_at(found.start())
        a = max(s_start, found.start() - _PRESIDING_REACH)
        before = [(m, p) for m, p in index.between(a, found.start()) if m.end <= found.start()]
        if not before or "former" in text[before[-1][0].end : found.start()].casefold():
            continue
        m, p = before[-1]
        out.append((p, "chair", m.start))
    if is_meeting_coverage(layout):
        # "Committee Chair X (Poland) opened the meeting": the office as the name's title
        for found in P.BODY_CHAIR_TITLE.finditer(text):
            named = index.between(found.end(), found.end() + _TITLE_REACH)
            out.extend(
                (p, "chair", m.start)
                for m, p in named
                if m.anchor == found.end()
                or text[found.end() : m.anchor].strip().casefold() in honorifics
            )
    return out


#: The fewest lines of a salutation list, its closing salutation included.
_SALUTATION_LINES = 3


def salutation_people(layout: Layout, index: MentionIndex) -> list[tuple[PersonDraft, str, int]]:
    """The people a speech's salutation list addresses are present: a run of lines that each
    end with a semicolon or a comma ("Honourable X, Deputy Minister;" / "Your Excellency Mr.
    Y, Resident Coordinator;" / "- The Commandant of the Centre, Brigadier General Z;") and
    end with a salutation of their own ("Members of the Diplomatic Corps;", "Ladies and
    Gentlemen."). The first person of each line takes the role "participant" (what they
    also did stands); one line of greetings ("Ambassador X, Excellencies, ladies and
    gentlemen, good morning") is not such a list."""
    out: list[tuple[PersonDraft, str, int]] = []
    run: list[Line] = []
    for line in layout.lines:
        if not line.blank and P.SALUTATION_CLOSE.fullmatch(line.text):
            if len(run) + 1 >= _SALUTATION_LINES:
                for ln in run:
                    named = index.between(ln.start, ln.end)
                    if named:
                        m, p = named[0]
                        out.append((p, "participant", m.start))
            run = run + [line] if P.SALUTATION_LINE_END.search(line.text) else []
        elif not line.blank and P.SALUTATION_LINE_END.search(line.text):
            run.append(line)
        else:
            run = []
    return out


def addressed_people(layout: Layout, index: MentionIndex) -> list[tuple[PersonDraft, str, int]]:
    """People a speech or a quoted remark addresses are present: "allow me to congratulate
    you, Ambassador X, on ...", "Thank you, Dr. X.", "Mr. X, you have ...", "My first thanks
    go to Mr. A and Ms. B. Your leadership ..." give them the role "participant" (what they
    also did stands). Someone only thanked ("my gratitude to Dr. X, who supported the
    project", "thank you to Dr. X, who ...") is not addressed and stays "mentioned", nor is
    the person of a field line ("Editor: X" over "You are receiving this e-mail ...")."""
    text = layout.text
    out: list[tuple[PersonDraft, str, int]] = []
    sentences = layout.sentences
    for i, (s, e) in enumerate(sentences):
        named = index.between(s, e)
        if not named or layout.kind_at(s) == "field":
            continue  # "Editor: X" over "You are receiving this e-mail": a field addresses no one
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if (
            nxt is not None
            and "\n\n" not in text[e : nxt[0]]
            and P.ADDRESS_START.match(text, nxt[0])
        ):
            out.extend((p, "participant", m.start) for m, p in named)
            continue
        for you in P.SECOND_PERSON.finditer(text, s, e):
            for m, p in named:
                a, b = (m.end, you.start()) if m.end <= you.start() else (you.end(), m.anchor)
                if P.ADDRESS_GAP.fullmatch(text, a, b):
                    out.append((p, "participant", m.start))
    return out


def written_roles(
    layout: Layout, persons: list[PersonDraft], index: MentionIndex, rules: Rules
) -> list[tuple[PersonDraft, str, int]]:
    """The roles the text writes next to a name rather than with a cue verb:
    :func:`paren_roles`, :func:`presiding_roles`, :func:`addressed_people`,
    :func:`salutation_people`,
    :func:`row_speakers`, :func:`gallery_speakers`, :func:`speech_part_roles` and
    :func:`with_line_speakers`."""
    return (
        paren_roles(layout.text, persons, rules)
        + presiding_roles(layout, index, lexicon(rules).honorific_folded)
        + addressed_people(layout, index)
        + salutation_people(layout, index)
        + row_speakers(layout, index)
        + gallery_speakers(layout, index)
        + speech_part_roles(layout, index, rules)
        + with_line_speakers(layout, index)
    )


def with_line_speakers(layout: Layout, index: MentionIndex) -> list[tuple[PersonDraft, str, int]]:
    """The people an event page's line "with ..." names under its title speak at it: "The
    Future of Peacekeeping" / "with UN Special Representative Ana Ruiz" / "Jan 30, 2024"."""
    out: list[tuple[PersonDraft, str, int]] = []
    for line in [ln for ln in layout.lines if ln.text.strip()][1:_HEAD_LINES]:
        if P.WITH_SPEAKER_LINE.match(line.text):
            out.extend((p, "speaker", m.start) for m, p in index.between(line.start, line.end))
    return out


#: The parts of a programme a speech's heading may name as the one the speech was given at.
_SPEECH_PARTS = frozenset({"opening_remarks", "closing_remarks", "keynote_speaker"})
#: How many lines from the top a speech's heading may stand.
_HEAD_LINES = 6


def speech_part_roles(
    layout: Layout, index: MentionIndex, rules: Rules
) -> list[tuple[PersonDraft, str, int]]:
    """The speaker of a speech gave the part its heading names after a dash: "Speaking
    Notes for X, Minister of Y – Peacekeeping Ministerial - Official Closing" makes X give
    the closing remarks; "Remarks by X – Opening Session" the opening remarks."""
    out: list[tuple[PersonDraft, str, int]] = []
    for line in [ln for ln in layout.lines if ln.text.strip()][:_HEAD_LINES]:
        named = index.between(line.start, line.end)
        if not named or not P.SPEECH_HEAD.match(line.text):
            continue
        for part in P.DASH_SEPARATOR.split(line.text)[1:]:
            words = part.split()
            labels = (rules.agenda_label(" ".join(words[-k:])) for k in (3, 2, 1) if words)
            label = next((x for x in labels if x is not None), None)
            if label is not None and label.role in _SPEECH_PARTS:
                out.append((named[0][1], label.role, named[0][0].start))
    return out


def gallery_speakers(layout: Layout, index: MentionIndex) -> list[tuple[PersonDraft, str, int]]:
    """The people a caption shows in the rows of a video call's gallery ("Top row from left:
    A, B. Bottom row: C") in the report of an online event are its speakers: the screen of a
    webinar shows the panel, not the audience. A hall's "front row" is not this."""
    text = layout.text
    if not P.ONLINE_EVENT.search(text):
        return []
    return [
        (p, "speaker", m.start)
        for line in layout.lines
        if P.GALLERY_ROW.match(line.text)
        for m, p in index.between(line.start, line.end)
    ]


def row_speakers(layout: Layout, index: MentionIndex) -> list[tuple[PersonDraft, str, int]]:
    """The person opening a timetable row before a dash and a talk gives the talk: "10.00:
    Ana Lind - Why mandates fail", "2:00 PM  Ana Lind – Lessons" make a speaker (when the
    programme reader made no item of the row)."""
    out: list[tuple[PersonDraft, str, int]] = []
    for block in layout.blocks_of("timetable_row"):
        for line in layout.block_lines(block):
            clock = P.TIME_PREFIX.match(line.text)
            hit = first_between(index, line.start, line.end)
            if clock is None or hit is None or hit[0].anchor != line.start + clock.end():
                continue
            rest = layout.text[hit[0].end : line.end]
            if P.DASH_SEPARATOR.match(rest) and len(rest.strip(" -–—")) > 3:
                out.append((hit[1], "speaker", hit[0].start))
    return out


#: The cue of a panel named by :func:`interrupted_panel`.
_PANEL_CUE = RoleCue(text="panel", role="panelist", agenda_kind="panel")


def interrupted_panel(text: str, s_start: int, s_end: int) -> tuple[str, RoleCue, int] | None:
    """A panel frame for a sentence whose panel has its members after a verb that an
    apposition separates from it: "The panel, moderated by Ms. X, included A and B" makes A
    and B panelists (X keeps the moderator's cue)."""
    found = P.PANEL_SUBJECT.search(text, s_start, s_end)
    return ("panelist", _PANEL_CUE, found.start()) if found else None


def chair_with_panel(
    text: str,
    span: tuple[int, int],
    chosen: dict[int, Choice],
    ms: list[tuple[Mention, PersonDraft]],
    connectors: frozenset[str],
) -> list[ItemDraft]:
    """The people a chair or moderator is "with" are the members of a panel: "an expert
    panel moderated by X, with A of the AU and B" makes a panel item of X (moderator) and A
    and B (panelists). The members' cues of ``chosen`` are spent on the panel (removed)."""
    s_start, s_end = span
    items: list[ItemDraft] = []
    for found in P.CHAIR_WITH.finditer(text, s_start, s_end):
        after = [x for x in ms if x[0].anchor >= found.end()]
        head = next((x for x in ms if found.start() < x[0].anchor < found.end()), None)
        if not after or after[0][0].anchor - found.end() > 40:
            continue
        group = [x for x in ms if coordinated(text, after[0][0], x[0], connectors)]
        run = contiguous(text, ms, after[0], group + [after[0]], connectors)
        item = ItemDraft("panel", None, None, found.start(), found.end(), from_program=False)
        items.append(item)
        members = [(x, "panelist") for x in run if x[0].anchor >= found.end()]
        if head is not None:  # the chair or moderator, unless their name was not found
            lead = chosen.pop(head[0].start, None)
            members.insert(0, (head, lead[0] if lead else "moderator"))
        for (m, p), role in members:
            chosen.pop(m.start, None)
            item.add(p, role, m.start)
    return items


def chair_of_part(
    made: list[ItemDraft], chosen: dict[int, Choice], ms: list[tuple[Mention, PersonDraft]]
) -> list[RoleClaim]:
    """The chair or moderator of the one part a sentence makes ("a roundtable on X brought
    together A, B and C, with D in the chair") joins it: the claims, the members added."""
    parts = [it for it in made if it.kind in {"panel", "session"}]
    if len(parts) != 1:
        return []
    claims: list[RoleClaim] = []
    for m, p in ms:
        held = chosen.get(m.start)
        if held is not None and held[0] in {"chair", "moderator"} and not held[1].agenda_kind:
            parts[0].add(p, held[0], m.start)
            claims.append((p, held[0], m.start, parts[0]))
    return claims
