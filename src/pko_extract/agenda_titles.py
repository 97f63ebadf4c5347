"""Agenda item candidates from title lines: parts of a programme named by a line of their
own, without a time or number. Pure; reads the layout model.

* :func:`titled_sections`: a title line over role lines ("Lessons from transitions" /
  "Moderator: Dr. X").
* :func:`talk_titles`: a talk title over the line opening with its speaker
  ("Rethinking protection mandates" / "Prof. X, King's College"), a part named on the line
  above it its label ("The 3rd Annual Peace Lecture").
* :func:`joined_part`: a part's label joined to more words over its speaker ("Welcome and
  introduction" / "Dr. X").
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_rows import (
    is_sentence,
    is_talk_title,
    kind_of,
    next_line,
    time_length,
)
from pko_extract.agenda_rules import find_label_inside, match_agenda_label, names_between
from pko_extract.models import ItemDraft, Layout, Line, Mention, PersonDraft
from pko_extract.resources import Rules


def _opens_with_person(line: Line, index: list[tuple[Mention, PersonDraft]]) -> bool:
    """Whether ``line`` opens with a person ("Dr. X, Director", "• Ms. Y")."""
    start = max(line.start, line.content_start)
    return names_between(index, start, min(line.end, line.content_start + 3))


def joined_part(
    layout: Layout, line: Line, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> ItemDraft | None:
    """A short line joining a part's label to more words ("Welcome and introduction",
    "Opening and keynote address") right over a line naming its speaker or a role line:
    an item titled by the whole line. Without the person below, such a line is as likely
    a headline ("Welcome and farewell for the battalion")."""
    body = layout.text[line.content_start : line.end].strip(" \t*#_")
    if line.label is not None or not body or len(body) > 60 or body.endswith((".", ";", ":")):
        return None
    found = match_agenda_label(body, rules)
    if found is None or found[0].kind == "session" or not P.ROW_JOIN.match(body, found[1]):
        return None
    if names_between(index, line.start, line.end):
        return None
    nxt = next_line(layout, line)
    if nxt is None:
        return None
    if not (_opens_with_person(nxt, index) or _role_line_follows(layout, line, rules)):
        return None
    return ItemDraft(found[0].kind, None, body, line.start, line.end)


def _role_line_follows(layout: Layout, line: Line, rules: Rules) -> bool:
    """Whether the next line is a role label line ("Moderator: Dr. X", "Speakers:")."""
    nxt = next_line(layout, line)
    if nxt is None or nxt.label is None:
        return False
    found = rules.role_label(nxt.label)
    return found is not None and found.role not in {"participant", "mentioned"}


def titled_sections(
    layout: Layout, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> dict[int, ItemDraft]:
    """Parts of a programme named by a title line over their role lines ("Lessons from
    transitions" / "Moderator: Dr. X" / "Speakers: ..."): two or more such title lines (short,
    not sentences, naming nobody) make them items."""
    out: dict[int, ItemDraft] = {}
    for first, _end in layout.logical:
        line = layout.lines[first]  # a wrapped line ("Operations, United Nations") is no title
        body = line.text.strip().strip("*#_ ")
        if not body or len(body) > 100 or body.endswith((".", ",", ";", ":")):
            continue
        if line.label and (rules.role_label(line.label) or rules.field_label(line.label)):
            continue  # "Moderator: X", "Venue: Y"; "Protecting civilians: what works" passes
        if time_length(line.text) or rules.role_label(body) is not None:
            continue
        if names_between(index, line.start, line.end):
            continue
        if not _role_line_follows(layout, line, rules) or not body[0].isalnum():
            continue
        found = match_agenda_label(body, rules)
        inner = found[0] if found else find_label_inside(body, rules)
        kind = inner.kind if inner else "session"
        out[line.start] = ItemDraft(kind, None, body, line.start, line.end)
    return out if len(out) >= 2 else {}


#: Block kinds whose lines are not talk titles: a date line, a byline, a caption.
_NOT_TITLE_KINDS = frozenset({"dateline", "byline", "caption", "boilerplate"})


def _names_someone(line: Line, index: list[tuple[Mention, PersonDraft]]) -> bool:
    return names_between(index, line.start, line.end)


def _talk_title(
    layout: Layout, k: int, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> bool:
    """Whether line ``k`` can title a talk: short, no sentence, nobody named, no label,
    time or date, and no post ("Director, Centre for Peace Studies" is an affiliation)."""
    line = layout.lines[k]
    body = line.text.strip().strip("*#_ ")
    if not body or len(body) > 150 or len(body.split()) < 2 or is_sentence(body):
        return False
    if body.endswith((".", ",", ";", ":")) or not (body[0].isupper() or body[0] in "\"“«'‘"):
        if not P.ORDINAL_LEAD.match(body):  # "4th Annual Lecture: Title"
            return False
    if time_length(line.text) or _names_someone(line, index) or rules.role_label(body):
        return False
    if line.label and (rules.role_label(line.label) or rules.field_label(line.label)):
        return False
    block = layout.block_of_line(k)
    if block is not None and block.kind in _NOT_TITLE_KINDS:
        return False
    return is_talk_title(body, rules)


def _talk_label(layout: Layout, k: int, rules: Rules) -> tuple[str | None, str]:
    """The part a talk title stands under, written on the line right above it ("The 3rd
    Annual Peace Lecture" / "Title"): (that line as the label, its kind); else (None,
    "session")."""
    if k == 0 or layout.lines[k - 1].blank:
        return None, "session"
    body = layout.lines[k - 1].text.strip().strip("*#_ :")
    found = match_agenda_label(body, rules)
    label = found[0] if found else find_label_inside(body, rules)
    if label is None or len(body) > 80 or is_sentence(body):
        return None, "session"
    return body, label.kind


def _named_part(body: str, rules: Rules) -> tuple[str, str, str] | None:
    """A part's name before a colon on a talk's title line, the part holding an agenda label
    ("The 4th Annual Peace Lecture: Title", "Memorial Address: Title"): (name as the label,
    its kind, the title after the colon); None for a title with a colon of its own
    ("Protecting civilians: what works")."""
    head, colon, tail = body.partition(":")
    if not colon or not tail.strip() or len(head.split()) > 6:
        return None
    found = match_agenda_label(head.strip(), rules)
    label = found[0] if found else find_label_inside(head.strip(), rules)
    if label is None or label.kind == "session":
        return None
    return head.strip(), label.kind, tail.strip()


def talk_titles(
    layout: Layout, index: list[tuple[Mention, PersonDraft]], rules: Rules
) -> dict[int, ItemDraft]:
    """Talks of a programme written with no label: a title line right over the line that
    opens with its speaker ("Rethinking protection mandates" / "Prof. X, King's College").
    Two or more such pairs make each title an item. The title line does not follow a name
    line (a name line's affiliation line is not a title) and the name line is no sentence.
    A part named on the line above the title ("The 3rd Annual Peace Lecture") is its label.
    """
    out: dict[int, ItemDraft] = {}
    lines = layout.lines
    for k in range(len(lines) - 1):
        line, nxt = lines[k], lines[k + 1]
        if line.blank or nxt.blank or not _opens_with_person(nxt, index):
            continue
        if len(nxt.text.strip()) > 150 or is_sentence(nxt.text.strip()):
            continue
        if k and not lines[k - 1].blank and _names_someone(lines[k - 1], index):
            continue
        if not _talk_title(layout, k, index, rules):
            continue
        if k and time_length(lines[k - 1].text):
            continue  # "09.45 Keynote address:" / "Title" / "Prof. X": the row's talk
        body = line.text.strip().strip("*#_ ")
        label, kind = _talk_label(layout, k, rules)
        named = _named_part(body, rules) if label is None else None
        if named is not None:  # "The 4th Annual Peace Lecture: Title"
            label, kind, body = named
        elif line.label and rules.agenda_label(line.label) is None:
            body = layout.text[line.content_start : line.end].strip()  # "Seminar: Title"
        kind = kind if label is not None else kind_of(body, rules)
        out[line.start] = ItemDraft(kind, label, body.strip(' "“”'), line.start, line.end)
    return out if len(out) >= 2 else {}
