"""Agenda item candidates from programme rows. Pure; reads the layout model.

Three strategies, each returning ``{line start: ItemDraft}``:

* :func:`timetable_rows`: rows of a timetable ("09:30 Opening remarks", "9h00 à 9h30 :
  Accueil", "2:00 p.m. Session I: Title", "0900-1000 Panel"); a break row ("12:30 Lunch")
  is a closing marker (``start == -1``), a timed line that is not a part (a transcript
  timestamp) a marker with ``start == -2``, a timed role line ("11:30 Moderator: Prof.
  X") a marker with ``start == -3``.
* :func:`numbered_rows`: a numbered programme ("1. Welcome – Dr. X, Director",
  "2. The future of peacekeeping – Mr. Y").
* :func:`pko_extract.agenda_minutes.minutes_headings`: headings of minutes ("3. Casualty
  evacuation" over "3.1 ...", "Item 3. Report of the Secretariat").

And what the resolver asks about a row: :func:`retitle` (a label-only title takes the words
after its colon), :func:`drop_role_notes` ("Title (Chair: X)" -> "Title"), :func:`heads_rows`
(a heading right over rows is a section of the timetable, not an item), :func:`title_below`
(a session label alone on its line takes the line under it as title), :func:`labelled_part`
("• Presentation of the study: Dr. X" is an item titled by its label).
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_rules import find_label_inside, match_agenda_label, names_between
from pko_extract.apposition_segments import classify_segments, split_segments
from pko_extract.lexicon import lexicon
from pko_extract.models import ItemDraft, Layout, Line, Mention, PersonDraft
from pko_extract.resources import Rules


def is_break(title: str, rules: Rules) -> bool:
    """A timetable row that is not a part of the programme: "Lunch", "Coffee break",
    "Registration and coffee", "Conference dinner (by invitation)", "Reception, Main Foyer" (a
    break and its site), a list of three or more
    activities opening with a break, most of them breaks; a page's link text run into the
    row is none of it ("Drinks reception Find the full meeting report"). A row that joins a part
    to a break ("Lunch and keynote address", "Accueil et discours de bienvenue") is a part,
    and so is a meal that holds a talk ("Working lunch: keynote address", "Lunch with a
    panel discussion")."""
    folded = P.PAREN_NOTE.sub("", P.LINK_TAIL.sub("", title)).casefold().strip(" .:")
    breaks = [w.casefold() for w in rules.non_agenda_words]
    parts = [x.strip() for x in P.ROW_JOIN.split(folded) if x.strip()]
    inner = find_label_inside(folded, rules)
    if inner is not None and inner.kind in _TALK_KINDS:
        return False
    flags = [_is_break_part(x, breaks) for x in parts]
    if flags and all(flags):
        return True
    sites = {w.casefold() for w in rules.name_neighbours}
    if flags[:1] == [True] and all(
        ok
        or (len(x.split()) == 1 and match_agenda_label(x, rules) is None)
        or x.split()[-1] in sites  # "Reception, Playfair Foyer": where the break is
        for ok, x in zip(flags, parts, strict=True)
    ):
        return True  # "Arrival of participants and guests": who arrives, not a part
    # "Registration, coffee, networking, book signing": a list of mostly breaks that
    # opens with one and names no part ("Registration and opening remarks" is a part)
    return (
        len(parts) >= 3
        and flags[0]
        and 2 * sum(flags) > len(parts)
        and not any(match_agenda_label(x, rules) for x in parts)
    )


#: Kinds of a talk a meal row may hold ("Lunch with keynote address"); a welcome or a
#: closing word in a break row ("Registration and welcome coffee") is no talk.
_TALK_KINDS = frozenset({"keynote", "panel", "report", "address"})


def _is_break_part(part: str, breaks: list[str]) -> bool:
    """One part of a row title is a break: it starts with a break word ("lunch break"), or
    is three words or fewer with one ("conference dinner")."""
    if any(part == w or part.startswith(w + " ") for w in breaks):
        return True
    words = part.replace("-", " ").split()
    return len(words) <= 3 and any(w in words for w in breaks if " " not in w)


def is_talk_title(text: str, rules: Rules) -> bool:
    """A line naming a talk, not a post: "Feminism and Nationalism: Ireland and the War",
    not "Director, Centre for Peace Studies" nor ", Deputy Director" (an affiliation)."""
    body = text.strip()
    if not body or body[0] in ",;(" or len(body) > 200:
        return False
    if body[0] in "\"“«‘'":
        return True
    positions, orgs = classify_segments(split_segments(body), lexicon(rules))
    return not positions and (not orgs or len(body) > 80)


def _row_title(
    layout: Layout,
    line: Line,
    rest: str,
    index: list[tuple[Mention, PersonDraft]],
    rules: Rules | None = None,
) -> str:
    """The title of a timetable row: the text before the first dash, cell bar or person
    ("Remarques introductives Ms. X, Director" -> "Remarques introductives"); when the row
    starts with its speaker ("09.30 Prof X (Director)"), the next line without a person
    ("Welcome and opening address: ...")."""
    offset = layout.text.find(rest, line.start)
    cut, said = len(rest), len(rest)
    for m, _p in index:
        if offset <= m.anchor < line.end:
            cut, said = max(0, m.anchor - offset), m.end - offset
            break
    title = P.ROW_TITLE_END.split(rest[:cut])[0].strip(" .,:;-–—")
    if not title and cut < len(rest) and rules is not None:
        title = _title_after_speaker(rest[said:], rules)
    if cut < len(rest) and title.endswith("("):  # "Justice and corrections (Ms. Y, ...)"
        title = title[:-1].rstrip(" .,:;-–—")
    lead = P.BEFORE_SPEAKER.search(title) if cut < len(rest) else None
    if lead is not None:  # "Keynote address by Gen. X", "Panel on transitions with Dr. Y"
        title = title[: lead.start()].rstrip(" .,:;-–—")
    if title or cut == len(rest):
        return title
    k = layout.line_index(line.start) + 1
    while k < len(layout.lines) and layout.lines[k].blank:
        k += 1
    if k < len(layout.lines):
        nxt = layout.lines[k]
        has_person = any(nxt.start <= m.start < nxt.end for m, _ in index)
        if not has_person and not time_length(nxt.text) and len(nxt.text) <= 200:
            return nxt.text.strip(" .")
    return ""


def _title_after_speaker(tail: str, rules: Rules) -> str:
    """The talk a row opening with its speaker names after a dash or a colon, past the
    speaker's post: "Prof. X - Neutrality and the law - questions to follow", "Dr. Y
    (University of Z): Lessons from the Balkans" -> the talk; "" when what follows is a
    post ("Ms. W – Director, Peace Institute") or nothing."""
    sep = P.SPEAKER_TALK_SEP.search(tail)
    if sep is None:
        return ""
    for part in P.ROW_TITLE_END.split(tail[sep.end() :])[:2]:
        if part.rstrip(" \"”’'»").endswith((".", "!")):
            return ""  # "[00:58:20] Ms. X: "Thank you all."": a transcript line, no talk
        body = part.strip(" ,;")
        label = match_agenda_label(body, rules) if body else None
        whole = label is not None and label[1] == len(body)  # "Dr. X — Closing"
        if (len(body.split()) >= 2 or whole) and (body[0].isupper() or body[0] in "\"“«‘'"):
            if is_talk_title(body, rules):
                return body.strip("\"“”«»‘’'")
    return ""


def time_length(text: str) -> int:
    """Length of the time at the start of a programme row ("9h00 à 9h30 : ", "from 08.30 to
    09.00 "), 0 if none, and 0 for a recording's time stamp ("[00:01:12] HOST:": a transcript's
    turn, not a programme row)."""
    if P.RECORDING_OFFSET.match(text):
        return 0
    m = P.PROGRAM_TIME.match(text)
    return m.end() if m and P.TIMED_START.match(P.FROM_TIME.sub("", text, count=1)) else 0


def next_line(layout: Layout, line: Line) -> Line | None:
    """The next non-blank line after ``line``."""
    k = layout.line_index(line.start) + 1
    while k < len(layout.lines) and layout.lines[k].blank:
        k += 1
    return layout.lines[k] if k < len(layout.lines) else None


def _timed_row(
    layout: Layout, line: Line, rest: str, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> tuple[Line, ItemDraft]:
    """The row a timed line starts, keyed by the line holding its title: the line itself
    ("09:30 Opening remarks"; ``rest`` is the line without its time) or, after a time
    alone ("09:30 – 10:00"), the next line."""
    rest = rest.strip().strip("|").strip()
    said = len(rest.split()) >= 20 and rest.endswith((".", '"', "”", "!", "?"))
    # a transcript line ("[00:03:10] Mr. X: "..."") is not a programme row
    title = _row_title(layout, line, rest, index, rules) if rest[:1].isalpha() and not said else ""
    nxt = next_line(layout, line) if not rest else None
    if nxt is not None and not time_length(nxt.text) and len(nxt.text.strip()) <= 120:
        line, rest = nxt, nxt.text.strip()
        title = _row_title(layout, nxt, rest, index, rules) if rest[:1].isalpha() else ""
    if title and is_break(title, rules):
        return line, ItemDraft("other", None, None, -1, -1)
    if title and P.PARALLEL_GROUP.match(title.strip(" .:")):
        return line, ItemDraft("other", None, None, -2, -2)  # "11:00 Parallel sessions"
    if P.TIME_ZONE.fullmatch(rest.strip(" .,;")):
        return line, ItemDraft("other", None, None, -2, -2)  # "10:00 a.m. - 11:30 a.m. EDT"
    if title and rules.role_label(title) is not None and find_label_inside(title, rules) is None:
        return line, ItemDraft("other", None, None, -3, -3)  # "11:30 Moderator: Prof. X"
    if not title or len(title) > 200 or not title[0].isalnum():
        return line, ItemDraft("other", None, None, -2, -2)  # timed, not an item
    return line, ItemDraft(kind_of(title, rules), None, title, line.start, line.end)


def kind_of(title: str, rules: Rules) -> str:
    """The kind of a row titled ``title``: the label the title opens with ("Welcome and
    introduction"), else a label inside it ("Regional roundtable on logistics"), else a
    session."""
    lead = (match_agenda_label(title, rules) or (None,))[0]
    inner = lead if lead is not None and lead.kind != "session" else None
    inner = inner or find_label_inside(title, rules) or lead
    return inner.kind if inner else "session"


def timetable_rows(
    layout: Layout, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> dict[int, ItemDraft]:
    """Rows of a timetable ("09:00  Welcome and introductions", "9h00 à 9h30 : Accueil",
    "09:30 – 10:00" over "Opening remarks"): with three or more timed lines, each row is an
    item, a break ("12:30 Lunch") a closing marker (an item with ``start == -1``)."""
    rows: dict[int, ItemDraft] = {}
    for line in layout.lines:
        n = time_length(line.text)
        if n:
            at, row = _timed_row(layout, line, line.text[n:], index, rules)
            rows[at.start] = row
    return rows if len(rows) >= 3 else _trailing_rows(layout, index, rules)


def _trailing_rows(
    layout: Layout, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> dict[int, ItemDraft]:
    """Rows of a programme that writes each row's time at its end ("Welcome address by
    Ms. X 09:00", rows often apart by blank lines): with three or more such short lines
    that are not sentences, each is a row as a timed one is."""
    rows: dict[int, ItemDraft] = {}
    for line in layout.lines:
        found = P.TRAILING_TIME.search(line.text)
        body = line.text[: found.start()].strip() if found else ""
        if body[:1].isupper() and len(body) <= 160 and not body.endswith((".", ",", ";")):
            if len(body.split()) < 20 and not P.TRAILING_CUT.search(body):
                at, row = _timed_row(layout, line, body, index, rules)
                rows[at.start] = row
    return rows if len(rows) >= 3 else {}


def is_sentence(body: str) -> bool:
    """Running text: eight words or more ending a sentence."""
    return len(body.split()) >= 8 and body.endswith((".", "!", "?"))


def _numbered_runs(layout: Layout) -> list[list[Line]]:
    """Runs of numbered or bulleted programme lines: short, not sentences, with only short
    lines that are not sentences ("Moderator: Prof. X") between them."""
    runs: list[list[Line]] = [[]]
    for line in layout.lines:
        body = line.text.strip()
        if not body:
            continue
        if len(body) > 160 or is_sentence(body):
            runs.append([])
        elif time_length(line.text) and not (line.numbered or line.bullet):
            runs.append([])  # "11:00 Panel B" between numbered talks: the talks are its own
        elif line.numbered or line.bullet:
            runs[-1].append(line)
    return [run for run in runs if len(run) >= 3]


def _names_speaker(layout: Layout, line: Line, index: list[tuple[Mention, PersonDraft]]) -> bool:
    """A person after a dash or "by" on a programme line, or opening the parenthesis that
    ends it: "Welcome – Dr. X, Director", "Justice and corrections (Ms. Y, Adviser)"."""
    for m, _p in index:
        if line.content_start <= m.anchor < line.end:
            before = layout.text[line.content_start : m.anchor]
            lead = before.rstrip()
            closing = lead.endswith("(") and layout.text[m.end : line.end].rstrip()[-1:] == ")"
            return bool(P.DASH_SEPARATOR.search(before) or lead.endswith(" by") or closing)
    return False


def _speaker_then_talk(
    layout: Layout, line: Line, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> bool:
    """A programme line opening with its speaker, then the talk after a colon or a dash:
    "2. Ms. X: Presentation of the handbook", "• Dr. Y - Lessons from the field"."""
    for m, _p in index:
        if line.content_start <= m.anchor < line.end:
            lead = layout.text[line.content_start : m.anchor].strip()
            return not lead and bool(_title_after_speaker(layout.text[m.end : line.end], rules))
    return False


def _under_a_part(layout: Layout, first: Line, rules: Rules) -> bool:
    """Whether a run of list lines starts right under a part's heading ("Panel discussion"
    over "• Mission experiences in Mali (Dr. X)", or a timed "09:20 Panel A - Title" over
    "Moderator: Ms. Y" and "1. Fuel in remote camps - Mr. Z"): its lines are the talks of
    that part's members, not parts of their own."""
    k = layout.line_index(first.start) - 1
    while k >= 0 and (layout.lines[k].blank or _role_line(layout.lines[k], rules)):
        k -= 1
    if k < 0 or layout.lines[k].numbered or layout.lines[k].bullet:
        return False
    body = layout.lines[k].text
    body = body[time_length(body) :].strip(" \t*#_:")
    found = match_agenda_label(body, rules)
    return found is not None and found[0].kind != "session" and len(body) <= 80


def _role_line(line: Line, rules: Rules) -> bool:
    """A role label line of a part ("Moderator: Ms. X") between its heading and its talks."""
    return line.label is not None and rules.role_label(line.label) is not None


def numbered_rows(
    layout: Layout, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> dict[int, ItemDraft]:
    """A numbered or bulleted programme: a run of three or more short list lines, half of
    them or more naming their speaker after a dash or opening with an agenda label. Each
    line is an item ("2. The future of peacekeeping – Mr. Y, Senior Fellow"), a break a
    closing marker. A list of people ("• Dr. X, Director") names nobody after a dash.
    """
    out: dict[int, ItemDraft] = {}
    for run in _numbered_runs(layout):
        if _under_a_part(layout, run[0], rules):
            continue
        labelled = [
            ln
            for ln in run
            if _names_speaker(layout, ln, index)
            or _speaker_then_talk(layout, ln, index, rules)
            or match_agenda_label(layout.text[ln.content_start : ln.end].strip(), rules)
        ]
        if 2 * len(labelled) < len(run):
            continue
        parents: list[tuple[int, bool]] = []  # (indent, heads talks) of the rows above
        for line in run:
            indent = len(line.text) - len(line.text.lstrip())
            while parents and parents[-1][0] >= indent:
                parents.pop()
            rest = _row_text(layout, line, rules)
            title = _row_title(layout, line, rest, index, rules)
            parents.append((indent, _heads_talks(title, rules)))
            if len(parents) > 1 and parents[-2][1]:
                continue  # "  • Mali – Ms. X" under "• Panel discussion:": a talk of it
            if not title or not title[0].isalnum():
                continue  # "• Mr. X, Chief of Staff": a member line of the item above
            if is_break(title, rules):
                out[line.start] = ItemDraft("other", None, None, -1, -1)
            elif rules.role_label(title) is not None and find_label_inside(title, rules) is None:
                # "• Moderator — Prof. X": a role row, titled by its label
                out[line.start] = ItemDraft("other", None, title, -3, -3)
            else:
                found = match_agenda_label(title, rules)
                inner = found[0] if found else find_label_inside(title, rules)
                kind = inner.kind if inner else "session"
                out[line.start] = ItemDraft(kind, None, title, line.start, line.end)
    return out


def _row_text(layout: Layout, line: Line, rules: Rules) -> str:
    """What a programme line says after its bullet or number and its time ("• 10:15:
    Opening remarks" -> "Opening remarks"); a part's label with nothing after its colon
    ("2. Roundtable on transitions:") is the row itself, a role label ("• Chair:") is not."""
    begin = line.content_start
    label, at = line.label, line.label_start
    if label is not None and at is not None and rules.role_label(label) is None:
        if not layout.text[line.content_start : line.end].strip():
            begin = at
    rest = layout.text[begin : line.end].strip()
    return rest[time_length(rest) :].strip()


def _heads_talks(title: str, rules: Rules) -> bool:
    """Whether a programme row names a part that holds talks of its own (a panel, a
    roundtable: "Panel discussion:"), so that the more indented lines under it are its
    members' talks, not parts of the programme."""
    if not title:
        return False
    found = match_agenda_label(title, rules)
    label = found[0] if found else find_label_inside(title, rules)
    return label is not None and label.kind == "panel"


def drop_role_notes(title: str | None, rules: Rules) -> str | None:
    """A title without the role notes in parentheses or after it: "Partnerships (Chair:
    Amb. X)", "Partnerships (moderated by Mr. Z)" and "Partnerships. Chair: Amb. X
    Rapporteur: Dr. Y" -> "Partnerships"."""
    if not title:
        return title
    for note in P.PAREN_NOTE.findall(title):
        label = P.INLINE_LABEL.search(note)
        if label and rules.role_label(label.group("label")) is not None:
            title = title.replace(note, "")
        elif P.BY_ROLE_NOTE.match(note):  # "Partnerships (moderated by Mr. X)"
            title = title.replace(note, "")
    for found in P.INLINE_LABEL.finditer(title):
        word = found.group("label")
        # a role that is no part too: "Keynote: Title" and "Introduction: Title" are parts
        if found.start() and rules.role_label(word) and rules.agenda_label(word) is None:
            title = title[: found.start()].rstrip(" .,;:-–—")
            break
    return title.strip() or None


#: Kinds of label whose title may follow a spaced dash as well as a colon ("Roundtable -
#: Title"); a speech's label before a dash names its speaker ("Closing remarks - Mr. X").
_DASH_TITLED = frozenset({"panel", "session", "keynote"})


def retitle(
    layout: Layout,
    line: Line,
    item: ItemDraft | None,
    index: list[tuple[Mention, PersonDraft]],
    rules: Rules,
) -> ItemDraft | None:
    """A header titled only by its label ("Panel: Mandates and Money", "| Keynote:
    Early Warning |", a discussion's "Roundtable - Peacekeeping after the Drawdown") takes
    the words after the colon (or the discussion label's spaced dash) as its title, when no
    person is there ("Opening Remarks: Mr. X" keeps its label as title), or the quoted
    title alone on the line below when nothing follows the colon."""
    if item is None or item.label or not item.title:
        return item
    found = match_agenda_label(item.title, rules)
    if not found or found[1] != len(item.title):
        return item
    head = layout.text[line.start : line.end]
    at = head.casefold().find(item.title.casefold() + ":")
    sep = 1
    if at < 0 and found[0].kind in _DASH_TITLED:
        # "Roundtable - Peacekeeping after Mali": a spaced dash after a discussion's label
        dash = P.PART_TITLE_DASH.search(head, head.casefold().find(item.title.casefold()) + 1)
        if dash is not None and head[: dash.start()].casefold().endswith(item.title.casefold()):
            at, sep = dash.start() - len(item.title), len(dash.group())
    if at < 0:
        return item
    start = line.start + at + len(item.title) + sep
    cell = P.ROW_TITLE_END.split(layout.text[start : line.end])[0]
    rest = cell.strip(" .")
    below = next_line(layout, line) if not rest else None
    if below is not None and (q := P.QUOTED.fullmatch(below.text.strip())):
        item.title = q.group("q")  # "09.45 Keynote address:" over "“Title”"
        return item
    if len(rest.split()) < 2 or any(start <= m.anchor < start + len(cell) for m, _ in index):
        return item
    if rest[:1] in '"“«' or not rest[:1].isupper():
        return item
    item.title = rest
    return item


def title_below(
    layout: Layout,
    line: Line,
    item: ItemDraft | None,
    index: list[tuple[Mention, PersonDraft]],
    rules: Rules,
) -> ItemDraft | None:
    """A session label alone on its line ("Session 1") takes the line right under it as its
    title ("Peace operations and climate security"), when that line names nobody, is no
    label, row or sentence."""
    if item is None or not item.label or item.title:
        return item
    if layout.text[line.content_start : line.end].strip(" \t:.-–—*#_") != item.label:
        return item
    k = layout.line_index(line.start) + 1
    if k >= len(layout.lines) or layout.lines[k].blank:
        return item
    nxt = layout.lines[k]
    body = nxt.text.strip(" \t*_")
    if not body[:1].isupper() or len(body) > 150 or is_sentence(body) or time_length(body):
        return item
    if nxt.label is not None or nxt.bullet or nxt.numbered or P.SESSION_LABEL.match(body):
        return item
    if match_agenda_label(body, rules) or names_between(index, nxt.start, nxt.end):
        return item
    item.title = body.strip(' "“”')
    return item


def report_section(
    layout: Layout,
    line: Line,
    item: ItemDraft | None,
    index: list[tuple[Mention, PersonDraft]],
) -> ItemDraft | None:
    """A header that is only an "other" label ("1. INTRODUCTION") naming nobody, over running
    text, heads a section of the report, not a part of the programme: no item."""
    if item is None or item.kind != "other" or item.label or item.start != line.start:
        return item
    body = layout.text[line.content_start : line.end].strip(" \t*#_:.")
    if not item.title or body.casefold() != item.title.casefold():
        return item
    nxt = next_line(layout, line)
    if nxt is None or names_between(index, line.start, line.end):
        return item
    return None if is_sentence(nxt.text.strip()) else item


def labelled_part(
    layout: Layout, line: Line, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> ItemDraft | None:
    """A bullet or numbered line whose label opens with a part's name and whose value opens
    with a person ("• Presentation of the study: Dr. X and Ms. Y"): an item titled by the
    label."""
    if line.label is None or not (line.bullet or line.numbered) or len(line.label) > 80:
        return None
    found = match_agenda_label(line.label, rules)
    if found is None or found[0].kind == "session" or rules.role_label(line.label):
        return None
    value = layout.text[line.content_start : line.end]
    lead = len(value) - len(value.lstrip())
    if not any(
        m.start - line.content_start <= lead + 12
        for m, _ in index
        if line.start <= m.start < line.end
    ):
        return None
    return ItemDraft(found[0].kind, None, line.label, line.start, line.end)


def heads_rows(layout: Layout, line: Line, timetable: dict[int, ItemDraft]) -> bool:
    """Whether ``line`` is a heading right over rows of the timetable ("INTRODUCTION" over
    "9h00 Accueil", "Afternoon session: Police" over "13.30 Presentation 3"), not a list
    heading ("Panelists:") over name lines."""
    if line.label is not None and P.DAY_PART.match(line.label) and line.start not in timetable:
        nxt = next_line(layout, line)  # "Morning session: Justice chains" over "09.30 ..."
        return nxt is not None and nxt.start in timetable
    block = layout.block_at(line.start)
    if block is None or block.kind != "heading" or line.label is not None:
        return False
    under = layout.under(block)
    return bool(under) and layout.lines[under[0].first].start in timetable
