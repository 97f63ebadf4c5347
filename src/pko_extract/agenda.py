"""Parse stage, agenda and roles: program items from the layout, roles from role labels,
and roles and agenda items from cue phrases in running text.

Pure. Two sources, in this order of authority:

1. The program layout: headers ("Opening Remarks:", "Session 1: Keynote Speech "Title"",
   "(1) Session I "Title"", "1. Opening Remarks by Mr. X", "10:00 Welcome remarks — X",
   a speaker list line "Mr. X, Keynote Address"), followed by role lines ("Speaker: ...",
   "Moderator: ...") and bullets of people.
2. Running text: cue phrases from ``data/role_cues.jsonl`` ("delivered the opening remarks",
   "chaired by", "gave a presentation", "said") give the nearest person a role; cues with an
   agenda kind ("keynote", "panel discussion") also make an agenda item, merged into the
   program's item when they describe the same part (same label, kind or title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pko_extract import patterns as P
from pko_extract.apposition import classify_segments, split_segments
from pko_extract.lexicon import CONNECTORS, Lexicon
from pko_extract.names import fold
from pko_extract.people import Mention, PersonDraft
from pko_extract.resources import AgendaLabel, RoleCue, Rules
from pko_extract.segment import Line, split_lines

# Roles ordered by how specific they are: when several cues of one sentence point at the
# same person, the most specific wins ("Closing it, the Minister ... observed" -> closing).
ROLE_RANK = {
    "opening_remarks": 9,
    "closing_remarks": 9,
    "keynote_speaker": 9,
    "chair": 8,
    "moderator": 8,
    "commentator": 7,
    "presenter": 7,
    "panelist": 6,
    "speaker": 5,
    "participant": 2,
    "mentioned": 1,
}
# Words that may join the items of a list of people ("A, together with B and C").
LIST_WORDS = frozenset({"together", "along", "as", "well", "also", "plus"})
WEAK_ROLES = frozenset({"participant", "mentioned"})
# Kinds of which an event has at most one.
SINGLE_KINDS = frozenset({"opening_remarks", "closing_remarks"})
# The role a generic "Speaker:" label takes inside an item of this kind.
KIND_ROLE = {
    "opening_remarks": "opening_remarks",
    "closing_remarks": "closing_remarks",
    "keynote": "keynote_speaker",
    "panel": "panelist",
    "report": "presenter",
}


@dataclass(eq=False)
class ItemDraft:
    """An agenda item being assembled."""

    kind: str
    label: str | None
    title: str | None
    start: int
    end: int
    method: str = "rule"
    members: list[tuple[PersonDraft, str, int]] = field(default_factory=list)
    from_program: bool = True
    # a minutes heading's section: people given a role inside it take part in the item
    section: tuple[int, int] | None = None

    def add(self, person: PersonDraft, role: str, pos: int) -> None:
        if not any(p is person and r == role for p, r, _ in self.members):
            self.members.append((person, role, pos))


@dataclass
class AgendaResult:
    items: list[ItemDraft]
    # (person, role, offset, item or None) for every role found
    roles: list[tuple[PersonDraft, str, int, ItemDraft | None]]


def _mention_index(persons: list[PersonDraft]) -> list[tuple[Mention, PersonDraft]]:
    return sorted(((m, p) for p in persons for m in p.mentions), key=lambda x: x[0].start)


def _match_agenda_label(text: str, rules: Rules) -> tuple[AgendaLabel, int] | None:
    """The longest agenda label at the start of ``text`` (case-insensitive) and its length."""
    folded = text.casefold()
    best: tuple[AgendaLabel, int] | None = None
    for label in rules.agenda_labels:
        key = label.text.casefold()
        if folded.startswith(key) and (len(folded) == len(key) or not folded[len(key)].isalnum()):
            if best is None or len(key) > best[1]:
                best = (label, len(key))
    return best


def _find_label_inside(text: str, rules: Rules) -> AgendaLabel | None:
    folded = text.casefold()
    best: tuple[int, AgendaLabel] | None = None
    for label in rules.agenda_labels:
        if label.kind == "session":
            continue
        m = re.search(r"(?<!\w)" + re.escape(label.text.casefold()) + r"(?!\w)", folded)
        if m and (best is None or len(label.text) > len(best[1].text)):
            best = (m.start(), label)
    return best[1] if best else None


def _quoted(text: str) -> tuple[str, int] | None:
    m = P.QUOTED.search(text)
    if not m:
        return None
    return " ".join(m.group("q").split()).strip(" .,"), m.start("q")


def _header(line: Line, text: str, rules: Rules) -> ItemDraft | None:
    """An agenda item if ``line`` starts one."""
    content = text[line.content_start : line.end]
    head = text[line.label_start : line.end] if line.label else content
    tm = P.TIME_PREFIX.match(head)
    if tm and tm.end() > 0 and re.match(r"[\s|\[]*\d", head):
        head = head[tm.end() :]
    # a table row "| 09:00 | Opening remarks | Dr. X |": the cells after the time
    head = head.strip().strip("|").strip()
    for i, part in enumerate(_bilingual_parts(head)):
        item = _header_from(part, line, rules, timed=bool(tm), first=i == 0)
        if item is not None:
            return item
    return None


def _timetable_rows(text: str, lines: list[Line], rules: Rules) -> dict[int, ItemDraft]:
    """Rows of a timetable ("00:00  Welcome and introductions", "10:30 Panel: ..."): with
    three or more timed rows, each row that is not a break or a meal is an item."""
    rows: dict[int, ItemDraft] = {}
    for line in lines:
        m = P.TIME_PREFIX.match(line.text)
        if not m or not re.match(r"[\s|\[]*\d", line.text) or m.end() >= len(line.text):
            continue
        rest = line.text[m.end() :].strip().strip("|").strip()
        title = re.split(r"[ \t]+[—–-][ \t]+|[ \t]*\|[ \t]*", rest)[0].strip(" .:")
        if not title or len(title) > 120 or not title[0].isalpha():
            continue
        if any(title.casefold().startswith(w.casefold()) for w in rules.non_agenda_words):
            rows[line.start] = ItemDraft("other", None, None, -1, -1)  # a break: no item
            continue
        inner = (
            _find_label_inside(title, rules) or (_match_agenda_label(title, rules) or (None,))[0]
        )
        kind = inner.kind if inner else "session"
        rows[line.start] = ItemDraft(kind, None, title, line.start, line.end)
    real = {k: v for k, v in rows.items() if v.start >= 0}
    return real if len(rows) >= 3 else {}


def _minutes_headings(lines: list[Line]) -> dict[int, ItemDraft]:
    """Headings of minutes ("3. Casualty evacuation" followed by "3.1 The Chair ..."): each
    is an item whose section runs to the next heading."""
    heads: list[tuple[Line, str]] = []
    content = [ln for ln in lines if not ln.blank]
    for i, line in enumerate(content[:-1]):
        m = re.match(r"[ \t]*(\d{1,2})\.[ \t]+(\S.{0,100})$", line.text)
        if not m or m.group(2).rstrip().endswith((".", ";", ":")):
            continue
        if re.match(rf"[ \t]*{m.group(1)}\.1\b", content[i + 1].text):
            heads.append((line, m.group(2).strip()))
    out: dict[int, ItemDraft] = {}
    for k, (line, title) in enumerate(heads):
        end = heads[k + 1][0].start if k + 1 < len(heads) else lines[-1].end
        low = title.casefold()
        kind = (
            "opening_remarks"
            if low.startswith("opening")
            else "closing_remarks"
            if low.startswith("closing")
            else "other"
            if re.match(r"(?:adoption|any other business|other matters|date of)", low)
            else "session"
        )
        out[line.start] = ItemDraft(
            kind, None, title, line.start, line.end, section=(line.end, end)
        )
    return out


def _bilingual_parts(head: str) -> list[str]:
    """The head, and its English part in "Allocution d'ouverture / Opening address"."""
    first = head.split("|")[0]
    parts = [head]
    if " / " in first:
        parts += [p.strip() for p in first.split(" / ")[1:] if p.strip()]
    return parts


def _header_from(
    head: str, line: Line, rules: Rules, *, timed: bool, first: bool
) -> ItemDraft | None:
    sm = P.SESSION_LABEL.match(head.lstrip())
    if sm:
        label = sm.group("label")
        rest = head.lstrip()[sm.end() :].lstrip(" :.-–—")
        inner = _find_label_inside(rest.split('"')[0].split("“")[0], rules)
        kind = (
            inner.kind
            if inner
            else ("panel" if label.startswith(("Panel", "Roundtable")) else "session")
        )
        rest = rest.split("|")[0]  # a table row's other cells are not the title
        q = _quoted(rest)
        title = q[0] if q else None
        if title is None:
            plain = rest.strip(' :.-–—"“”')
            if inner and plain.casefold().startswith(inner.text.casefold()):
                after = plain[len(inner.text) :].strip(' :.-–—"“”')
                # "Keynote Speech: Title" -> "Title"; "Roundtable on Logistics" stays whole
                plain = after if rest.strip()[len(inner.text) :].lstrip()[:1] in ':-–—"“' else plain
                if not after:
                    plain = ""
            title = plain if plain and not plain.lower().startswith(("by ", "with ")) else None
        return ItemDraft(kind, label, title, line.start, line.end)
    found = _match_agenda_label(head.lstrip(), rules)
    if not found:
        return None
    label, n = found
    rest = head.lstrip()[n:]
    if label.kind == "session" and not rest.strip().startswith(('"', "“", ":")):
        return None
    # "Opening Remarks:", "1. Opening Remarks by Mr. X", "Welcome remarks — X",
    # "Keynote Speech: ..."
    if rest.strip() and not re.match(r"^\s*(?:[:—–|/-]|by\b|\(|$|[\"“«])", rest):
        return None
    if not (
        line.label
        or line.numbered
        or line.bullet
        or timed
        or len(line.text.strip()) < 60
        or re.match(r"^\s*(?:by\b|[—–-])", rest)
    ):
        return None
    if not first and line.label is None and not timed and len(line.text.strip()) >= 60:
        return None
    q = _quoted(rest.split("|")[0])
    written = head.lstrip()[:n]
    return ItemDraft(label.kind, None, q[0] if q else written, line.start, line.end)


def parse_program(
    text: str, lines: list[Line], persons: list[PersonDraft], rules: Rules
) -> AgendaResult:
    """Agenda items and roles from the program layout."""
    index = _mention_index(persons)
    items: list[ItemDraft] = []
    roles: list[tuple[PersonDraft, str, int, ItemDraft | None]] = []
    current: ItemDraft | None = None
    list_role: str | None = None

    def mentions_in(a: int, b: int) -> list[tuple[Mention, PersonDraft]]:
        return [(m, p) for m, p in index if a <= m.start < b]

    timetable = _timetable_rows(text, lines, rules)
    minutes = _minutes_headings(lines)
    for line in lines:
        if line.blank:
            continue
        header = _header(line, text, rules)
        if header is None and line.start in timetable:
            header = timetable[line.start]
        if header is None and line.start in minutes:
            header = minutes[line.start]
        if header is not None:
            current = header
            list_role = None
            items.append(current)
            inline = _inline_role_labels(text, line, rules)
            for m, p in mentions_in(line.start, line.end):
                role = (
                    _role_at(inline, m.anchor)
                    or _by_role(text, line, m, rules)
                    or KIND_ROLE.get(current.kind, "speaker")
                )
                if role == "speaker":
                    role = KIND_ROLE.get(current.kind, "speaker")
                current.add(p, role, m.start)
                roles.append((p, role, m.start, current))
            continue
        in_line = mentions_in(line.start, line.end)
        # a speaker-list line: "Mr. X, Keynote Address"
        if in_line:
            m0, p0 = in_line[0]
            tail = text[m0.end : line.end].strip(" ,")
            found = _match_agenda_label(tail, rules) if tail else None
            rl = rules.role_label(tail) if tail else None
            if rl is not None and not (found and found[1] == len(tail)):
                # "Mr. X, Panelist": panelists and moderators join one panel item
                if current is None or current.kind != "panel" or current.from_program is False:
                    if rl.role in {"panelist", "moderator", "chair", "commentator"}:
                        current = ItemDraft("panel", None, None, line.start, line.end)
                        items.append(current)
                if current is not None:
                    current.add(p0, rl.role, m0.start)
                roles.append((p0, rl.role, m0.start, current))
                m0.positions[:] = [x for x in m0.positions if x != tail]
                m0.organizations[:] = [x for x in m0.organizations if x != tail]
                _attach_following_lines(text, lines, line, m0, persons, rules)
                continue
            if found and found[1] == len(tail):
                label = found[0]
                item = ItemDraft(label.kind, None, tail, line.start, line.end)
                items.append(item)
                item.add(p0, label.role, m0.start)
                roles.append((p0, label.role, m0.start, item))
                # drop the label that was read as an apposition
                m0.positions[:] = [x for x in m0.positions if x != tail]
                m0.organizations[:] = [x for x in m0.organizations if x != tail]
                current = None
                _attach_following_lines(text, lines, line, m0, persons, rules)
                continue
        if line.label is not None:
            rl = rules.role_label(line.label)
            if rl is None:
                if len(line.text) > 200:
                    current = None
                continue
            if rl.role == "participant":
                current = None  # "Members present:", "Participants:": the event, not an item
            if not in_line:
                list_role = rl.role  # "Panellists:" heading the bullets that follow
            inline = _inline_role_labels(text, line, rules)
            for m, p in in_line:
                role = _role_at(inline, m.anchor) or rl.role
                if role == "speaker" and current is not None:
                    role = KIND_ROLE.get(current.kind, "speaker")
                if current is not None:
                    current.add(p, role, m.start)
                roles.append((p, role, m.start, current))
            continue
        if current is not None and _is_prose(line):
            current = None  # a sentence after the program is running text, not a program line
        if current is not None and in_line and (line.bullet or len(line.text) < 200):
            role = list_role or KIND_ROLE.get(current.kind, "speaker")
            if role == "speaker":
                role = KIND_ROLE.get(current.kind, "speaker")
            m, p = in_line[0]
            if m.start - line.content_start <= 40:
                current.add(p, role, m.start)
                roles.append((p, role, m.start, current))
            continue
        if len(line.text) > 200 or (line.numbered and not line.bullet):
            current = None
    return AgendaResult(items, roles)


def _inline_role_labels(text: str, line: Line, rules: Rules) -> list[tuple[int, str]]:
    """Role labels inside a program line, with where they end: "Chair: Prof. X · Speakers:
    Ms. Y; Mr. Z" -> [(end of "Chair:", chair), (end of "Speakers:", speaker)]."""
    found = []
    for m in P.INLINE_LABEL.finditer(text, line.start, line.end):
        label = rules.role_label(m.group("label"))
        if label is not None:
            found.append((m.end(), label.role))
    return found


_BY_ROLES = {
    "chaired": "chair",
    "presided": "chair",
    "moderated": "moderator",
    "facilitated": "moderator",
    "introduced": "speaker",
    "presented": "presenter",
}


def _by_role(text: str, line: Line, m: Mention, rules: Rules) -> str | None:
    """ "panel chaired by Mr. X" inside a program line: the role the cue gives X."""
    cue = P.BY_ROLE.search(text[line.start : m.anchor])
    return _BY_ROLES[cue.group("cue").lower()] if cue else None


def paren_roles(
    text: str, persons: list[PersonDraft], rules: Rules
) -> list[tuple[PersonDraft, str, int]]:
    """Roles written in parentheses after a name: "Hon. X, MP (Chairman)"."""
    out = []
    for p in persons:
        for m in p.mentions:
            found = P.PAREN_ROLE.match(text, m.end)
            label = rules.role_label(found.group("label")) if found else None
            if label is not None:
                out.append((p, label.role, m.start))
    return out


def _role_at(inline: list[tuple[int, str]], pos: int) -> str | None:
    """The role of the last inline label before ``pos``."""
    roles = [role for end, role in inline if end <= pos]
    return roles[-1] if roles else None


def _is_prose(line: Line) -> bool:
    """A line of running text: not a bullet or label line, ends a sentence, 8 or more words."""
    body = line.text.strip()
    return (
        not line.bullet
        and line.label is None
        and body.endswith((".", "!", "?", '."', ".”"))
        and len(body.split()) >= 8
    )


def _attach_following_lines(
    text: str, lines: list[Line], line: Line, m: Mention, persons: list[PersonDraft], rules: Rules
) -> None:
    """Lines under a speaker-list line ("Deputy Secretary of State") are that person's
    positions and organisations."""
    lex = Lexicon(rules)
    idx = lines.index(line)
    all_mentions = {x.start for p in persons for x in p.mentions}
    for nxt in lines[idx + 1 : idx + 4]:
        if nxt.blank or nxt.label or any(nxt.start <= s < nxt.end for s in all_mentions):
            break
        if len(nxt.text) > 120:
            break
        pos, orgs = classify_segments(split_segments(nxt.text.strip()), lex)
        m.positions.extend(pos)
        m.organizations.extend(orgs)


# --------------------------------------------------------------------------------------
# Running text
# --------------------------------------------------------------------------------------


def _cue_regex(cues: tuple[RoleCue, ...]) -> re.Pattern[str]:
    alts = sorted({re.escape(c.text) for c in cues}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


def _coordinated(text: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions are items of one list ("X, Position; Y and Z")."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = text[lo.end : hi.anchor]
    if "\n" in between or len(between) > 250 or re.search(r"[.!?]\s", between):
        return False
    if ";" in between and not between.rsplit(";", 1)[1].strip(" \t").removeprefix("and").strip():
        return True  # items of a list separated by semicolons: "A, who ...; and B"
    for w in re.findall(r"[^\s,;()]+", between):
        core = w.strip("\"“”'’.")
        if core and core[0].islower() and core not in CONNECTORS and core not in LIST_WORDS:
            return False
    return True


def parse_prose(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    persons: list[PersonDraft],
    rules: Rules,
) -> AgendaResult:
    """Roles and agenda items from cue phrases in sentences."""
    index = _mention_index(persons)
    cue_re = _cue_regex(rules.role_cues)
    by_text = {c.text.casefold(): c for c in rules.role_cues}
    items: list[ItemDraft] = []
    roles: list[tuple[PersonDraft, str, int, ItemDraft | None]] = []
    lines = split_lines(text)
    author = _byline_author(lines, index)
    pending: tuple[str, int] | None = None  # a role announced with a count, and how many left
    carry: tuple[str, RoleCue, int] | None = None  # a panel frame for the next sentence
    roles.extend((p, role, pos, None) for p, role, pos in paren_roles(text, persons, rules))
    for s_start, s_end in _sentences(text, sentences):
        ms = [(m, p) for m, p in index if s_start <= m.start < s_end]
        sentence = text[s_start:s_end]
        if sentence.rstrip().endswith(":"):
            # "The Committee heard evidence from the following witnesses:" + a list
            listed = _list_after(lines, s_end, index)
            if listed and cue_re.search(sentence):
                cue = by_text[cue_re.search(sentence).group().casefold()]  # type: ignore[union-attr]
                for m, p in listed:
                    roles.append((p, cue.role, m.start, None))
        if not ms:
            # a part of the programme named with nobody in it ("held a dialogue session")
            items.extend(_named_parts(text, s_start, s_end))
            counted = P.COUNTED_ROLE.search(sentence)
            if counted:  # "We had three wonderful panellists." - the next three people
                label = rules.role_label(counted.group("noun"))
                n = P.NUMBER_WORDS.get(counted.group("n").lower()) or int(counted.group("n"))
                pending = (label.role, n) if label else pending
            if author is not None and P.FIRST_PERSON.search(sentence):
                cm = cue_re.search(sentence)  # "I had the privilege of moderating our panel"
                if cm:
                    roles.append(
                        (author[1], by_text[cm.group().casefold()].role, author[0].start, None)
                    )
            continue
        chosen: dict[int, tuple[str, RoleCue, int]] = {}  # mention start -> (role, cue, cue pos)
        frame: tuple[str, RoleCue, int] | None = None
        best: dict[int, float] = {}  # mention start -> score of its chosen cue
        for cm in cue_re.finditer(sentence):
            cue = by_text[cm.group().casefold()]
            if cue.role == "panelist" and frame is None:
                frame = (cue.role, cue, s_start + cm.start())
            if cue.requires and cue.requires not in sentence.casefold()[cm.end() : cm.end() + 80]:
                continue
            cpos = s_start + cm.start()
            cend = s_start + cm.end()
            # a cue inside a name's own apposition or an agenda label line is not a verb here
            target = _target(text, ms, cpos, cend, cue)
            if target is None and author is not None and P.FIRST_PERSON.search(sentence):
                # "I had the privilege of moderating ..." in a post signed "By X"
                roles.append((author[1], cue.role, author[0].start, None))
                continue
            if target is None:
                continue
            group = [x for x in ms if x[0] is target[0] or _coordinated(text, target[0], x[0])]
            group = _contiguous(text, ms, target, group)
            opening_clause = cpos - s_start < 3 and "," in text[cend : cend + 80]
            for m, _p in group:
                # "Opening the forum, the Deputy SRSG ..., Ms. X said": the participle
                # describes the main clause's subject, however long its title
                score = (
                    ROLE_RANK[cue.role]
                    if opening_clause and m is target[0]
                    else _cue_score(cue.role, cpos, cend, m)
                )
                if m.start not in chosen or score > best[m.start]:
                    chosen[m.start] = (cue.role, cue, cpos)
                    best[m.start] = score
        # a panel named by the sentence frames everyone in it whose own verb is generic
        # ("During a panel discussion, A stressed ..., whereas B argued ...")
        # ... and the sentence right after it, when that one names no part of its own
        # ("A panel discussion followed, moderated by X. Dr. Y argued ...; Z presented ...")
        carried = frame is None and carry is not None
        if carried:
            frame = carry
        if frame is not None:
            generic = {"speaker", "participant", "mentioned"} | (
                {"presenter"} if carried else set()
            )
            for m, _p in ms:
                if m.start not in chosen or chosen[m.start][0] in generic:
                    chosen[m.start] = frame
        carry = None if carried else frame
        if pending is not None:
            role, left = pending
            for m, _p in ms:
                if left and (m.start not in chosen or chosen[m.start][0] in _GENERIC):
                    chosen[m.start] = (role, _COUNT_CUE, m.start)
                    left -= 1
            pending = (role, left) if left else None
        for named in _named_parts(text, s_start, s_end):
            items.append(named)
            for m, p in ms:
                role = (
                    chosen[m.start][0]
                    if m.start in chosen
                    else KIND_ROLE.get(named.kind, "speaker")
                )
                if role in WEAK_ROLES:
                    continue
                named.add(p, role, m.start)
                roles.append((p, role, m.start, named))
        if not chosen:
            continue
        made: dict[tuple[str, int], ItemDraft] = {}
        for m, p in ms:
            if m.start not in chosen:
                continue
            role, cue, cpos = chosen[m.start]
            item = None
            if cue.agenda_kind:
                label_m = P.SESSION_LABEL.search(sentence)
                q = _quoted(text[cpos:s_end])
                key = (
                    cue.agenda_kind,
                    0 if cue.agenda_kind not in {"keynote", "address"} else m.start,
                )
                item = made.get(key)
                if item is None:
                    item = ItemDraft(
                        cue.agenda_kind,
                        label_m.group("label") if label_m else None,
                        q[0] if q else None,
                        cpos,
                        cpos + len(cue.text),
                        from_program=False,
                    )
                    made[key] = item
                    items.append(item)
                item.add(p, role, m.start)
            roles.append((p, role, m.start, item))
    return AgendaResult(items, roles)


def _named_parts(text: str, s_start: int, s_end: int) -> list[ItemDraft]:
    """Parts of the program named in one sentence of running text."""
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


_GENERIC = frozenset({"speaker", "presenter", "participant", "mentioned"})
_COUNT_CUE = RoleCue(text="counted", role="panelist")


def _byline_author(
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


def _list_after(
    lines: list[Line], pos: int, index: list[tuple[Mention, PersonDraft]]
) -> list[tuple[Mention, PersonDraft]]:
    """The first person of each bullet or numbered line right after ``pos``."""
    out = []
    started = False
    for line in lines:
        if line.end <= pos:
            continue
        if line.blank:
            if started:
                break
            continue
        if not (line.bullet or line.numbered):
            if started or line.start > pos:
                break
            continue
        started = True
        first = next(((m, p) for m, p in index if line.start <= m.start < line.end), None)
        if first is not None:
            out.append(first)
    return out


def _cue_score(role: str, cpos: int, cend: int, m: Mention) -> float:
    """How strongly a cue describes a mention: specific roles win, nearer cues win."""
    distance = max(0, m.anchor - cend) if m.anchor >= cend else max(0, cpos - m.end)
    return ROLE_RANK[role] - distance / 15


def _sentences(text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Sentences, also cut at line breaks (program lines are not one sentence)."""
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        pos = a
        for part in text[a:b].split("\n"):
            if part.strip():
                out.append((pos, pos + len(part)))
            pos += len(part) + 1
    return out


def _target(
    text: str, ms: list[tuple[Mention, PersonDraft]], cpos: int, cend: int, cue: RoleCue
) -> tuple[Mention, PersonDraft] | None:
    before = [x for x in ms if x[0].end <= cpos]
    after = [x for x in ms if x[0].anchor >= cend]
    passive = P.PASSIVE_BY.match(text, cend) if after else None
    if passive and passive.end() > after[0][0].anchor:
        passive = None  # the "by" belongs after the next person, not to this cue
    after_cue = P.AFTER_CUE.search(cue.text) and not (
        before and re.match(r"[ \t]+[a-z]", text[cend : cend + 3])  # "address by video link"
    )
    if after_cue or passive or not before:
        return after[0] if after else None
    return before[-1]


def _contiguous(
    text: str,
    ms: list[tuple[Mention, PersonDraft]],
    target: tuple[Mention, PersonDraft],
    group: list[tuple[Mention, PersonDraft]],
) -> list[tuple[Mention, PersonDraft]]:
    """Keep the run of coordinated mentions around the target (a chain, not any pair)."""
    order = [x for x in ms]
    i = next(k for k, x in enumerate(order) if x[0] is target[0])
    run = [order[i]]
    j = i - 1
    while j >= 0 and _coordinated(text, order[j][0], order[j + 1][0]):
        run.insert(0, order[j])
        j -= 1
    j = i + 1
    while j < len(order) and _coordinated(text, order[j - 1][0], order[j][0]):
        run.append(order[j])
        j += 1
    return run


# --------------------------------------------------------------------------------------
# Merging program and prose
# --------------------------------------------------------------------------------------


def _same_item(a: ItemDraft, b: ItemDraft, *, loose: bool = True) -> bool:
    if a.label and b.label and fold(a.label) == fold(b.label):
        return True
    if not loose:
        return a.kind == b.kind and a.kind in SINGLE_KINDS
    if a.title and b.title:
        fa, fb = fold(a.title), fold(b.title)
        if fa == fb or (min(len(fa), len(fb)) >= 12 and (fa in fb or fb in fa)):
            return True
    if a.kind == b.kind and a.kind in SINGLE_KINDS:
        return True
    if a.kind == b.kind == "panel" and not (a.title and b.title) and not (a.label and b.label):
        return True  # "a panel discussion" and "the “X” panel discussion" of one report
    if a.title and b.title:
        return False  # two parts with different titles, even with the same speaker
    if a.kind == b.kind and {p for p, _, _ in a.members} & {p for p, _, _ in b.members}:
        return True
    return False


def merge_agenda(program: AgendaResult, prose: AgendaResult) -> AgendaResult:
    """Program items first (program order), then prose items not describing one of them."""
    items = list(program.items)
    # items of the program that describe the same part twice (heading + program table)
    merged: list[ItemDraft] = []
    replaced: dict[int, ItemDraft] = {}
    for it in items:
        twin = next((x for x in merged if _same_item(x, it, loose=False)), None)
        if twin is None:
            merged.append(it)
            continue
        replaced[id(it)] = twin
        _absorb(twin, it)
    for it in prose.items:
        twin = next((x for x in merged if _same_item(x, it)), None)
        if twin is None:
            if it.members or it.title or it.label:
                merged.append(it)
            continue
        replaced[id(it)] = twin
        _absorb(twin, it, prose=True)
    for it in merged:
        if it.section is None:
            continue
        a, b = it.section
        for p, r, pos, _item in prose.roles:
            if a <= pos < b and r not in WEAK_ROLES:
                it.add(p, r, pos)
    roles = []
    for p, r, pos, item in program.roles + prose.roles:
        if item is not None:
            item = replaced.get(id(item), item)
        roles.append((p, r, pos, item))
    return AgendaResult(merged, roles)


def _absorb(into: ItemDraft, other: ItemDraft, *, prose: bool = False) -> None:
    into.label = into.label or other.label
    into.title = into.title or other.title
    if into.kind in {"session", "other"} and other.kind not in {"session", "other"}:
        into.kind = other.kind
    known = {p for p, _, _ in into.members}
    for p, r, pos in other.members:
        if prose and into.from_program and known and p not in known:
            continue
        into.add(p, KIND_ROLE.get(into.kind, r) if r == "speaker" else r, pos)
