"""Parse stage, agenda and roles: the program layout and running text, merged.

Pure. Two sources, in this order of authority:

1. The program layout (:mod:`pko_extract.agenda_program`): headers, timetable rows, minutes
   headings, role label lines, speaker lists and the bullets under them.
2. Running text (:mod:`pko_extract.agenda_prose`): cue phrases from ``data/role_cues.jsonl``
   give the nearest person a role; cues with an agenda kind also make an agenda item, merged
   into the program's item when they describe the same part (same label, kind or title).

:func:`parse_agenda` runs both and merges them; :func:`assign_roles` settles each person's
roles from the merged claims.
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_genres import read_genre
from pko_extract.agenda_program import parse_program
from pko_extract.agenda_prose import parse_prose
from pko_extract.agenda_represent import settle_absences
from pko_extract.agenda_rules import KIND_ROLE, SINGLE_KINDS, WEAK_ROLES
from pko_extract.models import AgendaResult, ItemDraft, Layout, PersonDraft, RoleClaim
from pko_extract.names import fold
from pko_extract.resources import Rules

__all__ = ["assign_roles", "merge_agenda", "parse_agenda", "parse_program", "parse_prose"]


def _same_item(a: ItemDraft, b: ItemDraft, *, loose: bool = True) -> bool:
    if a.label and b.label and fold(a.label) == fold(b.label):
        return True
    if not loose:
        return a.kind == b.kind and a.kind in SINGLE_KINDS
    if a.title and b.title and _same_title(a.title, b.title):
        return True
    if a.kind == b.kind and a.kind in SINGLE_KINDS:
        return not _two_speeches(a, b)
    if (
        a.kind == b.kind == "panel"
        and not (a.title and b.title)
        and not (a.label and b.label)
        and not (_placed(a) or _placed(b))
    ):
        return True  # "a panel discussion" and "the “X” panel discussion" of one report
    if a.title and b.title:
        return False  # two parts with different titles, even with the same speaker
    if a.kind == b.kind and {p for p, _, _ in a.members} & {p for p, _, _ in b.members}:
        return True
    return _within(a, b) or _within(b, a)


def _within(program: ItemDraft, prose: ItemDraft) -> bool:
    """A part of running text whose people all take part in one item of the program: the
    same part ("Panelists: A, B" read as a sentence under "Session One: Title")."""
    if not program.from_program or prose.from_program or prose.title or not prose.members:
        return False
    if prose.kind in SINGLE_KINDS and prose.kind != program.kind:
        return False  # "X opened the seminar" is not the closing X also gave
    known = {id(p) for p, _, _ in program.members}
    return all(id(p) in known for p, _, _ in prose.members)


def _same_title(a: str, b: str) -> bool:
    """Equal titles, or one inside the other when the shorter has 12 letters or more."""
    fa, fb = fold(a), fold(b)
    return fa == fb or (min(len(fa), len(fb)) >= 12 and (fa in fb or fb in fa))


def _placed(item: ItemDraft) -> bool:
    """An item of running text named by its place in the day ("the second panel"): the
    report counts several of its kind, so an untitled one is not the same."""
    words = (item.title or "").split()
    return not item.from_program and len(words) == 2 and bool(P.PART_PLACES.get(words[0]))


def _two_speeches(a: ItemDraft, b: ItemDraft) -> bool:
    """Two opening (or closing) speeches the running text tells apart: different people in
    different sentences ("In welcoming the delegates, A pledged ..." then "Opening the
    meeting formally, B called for ..."); one sentence naming both is one part ("A opened
    the plenary together with B")."""
    if a.from_program or b.from_program or not (a.members and b.members):
        return False
    return not {id(p) for p, _, _ in a.members} & {id(p) for p, _, _ in b.members}


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
        twin = next((x for x in merged if _same_item(x, it)), None) or _placed_twin(merged, it)
        if twin is None:
            if it.members or it.title or it.label or it.attended:
                merged.append(it)
            continue
        replaced[id(it)] = twin
        _absorb(twin, it, prose=True)
    kinded: dict[tuple[int, int], tuple[str, ItemDraft]] = {}
    for it in merged:
        if it.section is None:
            continue
        a, b = it.section
        for p, r, pos, _item in prose.roles:
            if a <= pos < b and r not in WEAK_ROLES:
                # the speaker under a "Keynote 1:" heading gives its keynote
                role = KIND_ROLE.get(it.kind, r) if r == "speaker" else r
                it.add(p, role, pos)
                if role != r and _item is None:
                    kinded[(id(p), pos)] = (role, it)
    roles = []
    for p, r, pos, item in program.roles + prose.roles:
        if item is not None:
            item = replaced.get(id(item), item)
        elif r == "speaker" and (id(p), pos) in kinded:
            r, item = kinded[(id(p), pos)]
        roles.append((p, r, pos, item))
    _moderate_the_panel(merged, roles)
    return AgendaResult(merged, roles, program.absences + prose.absences)


def _placed_twin(items: list[ItemDraft], it: ItemDraft) -> ItemDraft | None:
    """The program's item a part of running text names by its place ("In the first session,
    ..." over a programme with "Session 1: Title"): the program's first item of its kind
    ("the final session": the last one)."""
    if not _placed(it):
        return None
    words = (it.title or "").split()
    same = [x for x in items if x.from_program and x.kind == it.kind]
    place = P.PART_PLACES[words[0]]
    k = place - 1 if place > 0 else len(same) - 1
    return same[k] if 0 <= k < len(same) else None


def _moderate_the_panel(items: list[ItemDraft], roles: list[RoleClaim]) -> None:
    """A moderator of the event in no item ("Dr. X moderated the event", "an expert panel
    moderated by X") moderates its one panel, when it has exactly one; the panelists in no
    item are its panelists, and so are the speakers in no item when it has none."""
    panels = [it for it in items if it.kind == "panel"]
    if len(panels) != 1:
        return
    members = {id(p) for it in items for p, _, _ in it.members}
    empty = not any(r in {"panelist", "speaker"} for _, r, _ in panels[0].members)
    on_panel = {id(p) for p, _, _ in panels[0].members}
    for k, (p, r, pos, item) in enumerate(roles):
        if r == "moderator" and item is None and id(p) not in on_panel:
            # also one who gave the opening remarks ("Welcome - Dr. X" / "Moderator: Dr. X")
            panels[0].add(p, r, pos)
            roles[k] = (p, r, pos, panels[0])
            members.add(id(p))
            on_panel.add(id(p))
        elif (r == "panelist" or (r == "speaker" and empty)) and item is None:
            if id(p) in members:
                continue
            # "Featuring" / "Speakers" name lines over a programme with one panel and no
            # panelists: they are its panel
            panels[0].add(p, "panelist", pos)
            roles[k] = (p, "panelist", pos, panels[0])
            members.add(id(p))


def _speeches_of_the_programme(text: str, items: list[ItemDraft], roles: list[RoleClaim]) -> None:
    """Running text that tells a ceremony from its opening to its close ("The ceremony
    opened with remarks by A ... B then addressed the graduates ... closed with a vote of
    thanks by C") makes each speech between them a part: a speaker in no item, whose words
    the text places between the opening item and the closing one, gets an address item of
    their own, in text order (the dev corpus's ceremonies: "COAS X gave the welcome remarks
    ... In separate speeches, A, B and C ...": one address each). Only for a ceremony (the
    text up to the close calls the event a ceremony, a parade, a commemoration or a
    graduation: the speakers of a workshop or of a meeting are no programme of speeches),
    with no program layout (a programme's speakers are in its rows), with both ends told (a
    debate the chair opened is no programme of speeches) and nobody moderating (the
    speakers of a moderated discussion are its panel)."""
    if any(it.from_program for it in items) or any(r == "moderator" for _p, r, _, _ in roles):
        return
    opening = [it.start for it in items if it.kind == "opening_remarks" and it.members]
    closing = [it.end for it in items if it.kind == "closing_remarks" and it.members]
    if not (opening and closing):
        return
    lo, hi = min(opening), max(closing)
    if not P.CEREMONY_WORD.search(text, 0, hi):
        return
    members = {id(p) for it in items for p, r, _pos in it.members if r not in WEAK_ROLES}
    made: dict[int, ItemDraft] = {}
    for k, (p, r, pos, item) in enumerate(roles):
        if r != "speaker" or item is not None or id(p) in members:
            continue
        if not lo <= pos <= hi:
            continue
        speech = made.get(id(p))
        if speech is None:
            speech = ItemDraft("address", None, None, pos, pos, from_program=False)
            speech.add(p, r, pos)
            made[id(p)] = speech
            at = next((i for i, it in enumerate(items) if it.start > pos), len(items))
            items.insert(at, speech)
        roles[k] = (p, r, pos, speech)


#: Headings of a report's own sections ("1. Background", "5. Recommendations"): what the
#: report says about the event, not a part of its programme.
_REPORT_SECTIONS = frozenset(
    {
        "background",
        "context",
        "purpose",
        "objectives",
        "methodology",
        "participation",
        "attendance",
        "participants",
        "summary",
        "executive summary",
        "findings",
        "key findings",
        "key points",
        "main points",
        "observations",
        "recommendations",
        "conclusions",
        "conclusions and recommendations",
        "lessons learned",
        "lessons identified",
        "way forward",
        "next steps",
        "follow-up",
        "acknowledgements",
        "annex",
        "annexes",
    }
)


def _drop_report_sections(agenda: AgendaResult) -> None:
    """A heading of the program layout that only names a section of the report
    ("5. Recommendations" over a paragraph of them) and has nobody in it is no part."""
    keep = [
        it
        for it in agenda.items
        if it.members
        or not it.from_program
        or it.label
        or fold(it.title or "").strip(" .:") not in _REPORT_SECTIONS
    ]
    if len(keep) != len(agenda.items):
        agenda.items[:] = keep


def _parts_told_by_label(layout: Layout, items: list[ItemDraft], roles: list[RoleClaim]) -> None:
    """A paragraph that opens with the label of a programme part ("In Session II, Dr. X
    presented ... Colonel Y presented ...", after a list "Session II: Title") tells that
    part: the people its sentences give a role (in no item yet) take part in it."""
    labelled = {fold(it.label): it for it in items if it.from_program and it.label}
    if not labelled:
        return
    for k, (p, r, pos, item) in enumerate(roles):
        if item is not None or r in WEAK_ROLES:
            continue
        line = layout.line_at(pos)
        lead = P.PART_LEAD.match(layout.text, line.start, line.end)
        part = labelled.get(fold(lead.group("label"))) if lead else None
        if part is None or part.start <= pos < part.end:
            continue
        role = KIND_ROLE.get(part.kind, r) if r == "speaker" else r
        part.add(p, role, pos)
        roles[k] = (p, role, pos, part)


def _absorb(into: ItemDraft, other: ItemDraft, *, prose: bool = False) -> None:
    into.label = into.label or other.label
    into.title = into.title or other.title
    # a part of running text that only lists the item's people ("Panelists: A, B") says
    # nothing of its kind
    listed = prose and _within(into, other)
    if into.kind in {"session", "other"} and other.kind not in {"session", "other"} and not listed:
        into.kind = other.kind
    known = {p for p, _, _ in into.members}
    for p, r, pos in other.members:
        if prose and into.from_program and known and p not in known:
            continue
        into.add(p, KIND_ROLE.get(into.kind, r) if r == "speaker" else r, pos)


def parse_agenda(layout: Layout, persons: list[PersonDraft], rules: Rules) -> AgendaResult:
    """Agenda items and role claims of a report: program layout and running text, merged."""
    merged = merge_agenda(
        parse_program(layout, persons, rules), parse_prose(layout, persons, rules)
    )
    _drop_report_sections(merged)
    _speeches_of_the_programme(layout.text, merged.items, merged.roles)
    _parts_told_by_label(layout, merged.items, merged.roles)
    return read_genre(layout, merged)  # a press briefing's presenters, a communiqué's items


#: Roles that already say how a person spoke at the event: a reporting verb ("said",
#: "thanked") adds nothing to them.
_SPEAKING_ROLES = frozenset(
    {
        "opening_remarks",
        "closing_remarks",
        "keynote_speaker",
        "presenter",
        "panelist",
        "moderator",
        "commentator",
    }
)


def assign_roles(agenda: AgendaResult, persons: list[PersonDraft]) -> None:
    """Settle each person's roles from the merged claims.

    A person the program names takes the program's roles; prose verbs do not add to them
    (unless the prose role belongs to one of the program's items). A person someone
    represented gives their claims to the representative. Specific roles replace
    "participant" and "mentioned", and "speaker" when another role already says how the
    person spoke (opening remarks, a presentation...); a person with no claim is "mentioned",
    or "participant" when named as a questioner of a transcript.
    """
    settle_absences(agenda, agenda.absences)
    in_program = {id(p) for p, _, _, item in agenda.roles if item is not None and item.from_program}
    for p, role, _pos, item in agenda.roles:
        if (
            id(p) in in_program
            and (item is None or not item.from_program)
            and role not in WEAK_ROLES
            and not (item is not None and item in agenda.items)
        ):
            continue
        p.add_role(role)
    for it in agenda.items:  # the same policy within an item: one part, one role
        spoke = {id(p) for p, role, _ in it.members if role in _SPEAKING_ROLES}
        it.members[:] = [x for x in it.members if not (x[1] == "speaker" and id(x[0]) in spoke)]
    for p in persons:
        strong = [r for r in p.roles if r not in WEAK_ROLES]
        if "speaker" in strong and set(strong) & _SPEAKING_ROLES:
            strong.remove("speaker")  # "opened the meeting ... she said": one part, one role
        if strong:
            p.roles[:] = strong
        elif not p.roles:  # a questioner of a transcript ("QUESTION (X, Outlet):") was there
            asked = any(m.evidence == "transcript" for m in p.mentions)
            p.roles.append("participant" if asked else "mentioned")
        elif "participant" in p.roles and "mentioned" in p.roles:
            p.roles.remove("mentioned")
