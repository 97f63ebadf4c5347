"""Shared vocabulary of the agenda strategies: role ranks, kinds, label matching. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from pko_extract import patterns as P
from pko_extract.models import Line, Mention, PersonDraft
from pko_extract.resources import AgendaLabel, Rules

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
# Roles a more specific cue, a panel frame or a count may replace.
GENERIC_ROLES = frozenset({"speaker", "presenter", "participant", "mentioned"})
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


class MentionIndex(list[tuple[Mention, PersonDraft]]):
    """Every mention with its person, in text order, with range look-ups by bisection: the
    readers ask "who is named in this line / sentence" once per line, which must not cost
    a pass over all mentions (a report naming thousands of people, issue 11)."""

    def __init__(self, persons: list[PersonDraft]) -> None:
        super().__init__(
            sorted(((m, p) for p in persons for m in p.mentions), key=lambda x: x[0].start)
        )
        self._starts = [m.start for m, _ in self]
        self._anchors = sorted(m.anchor for m, _ in self)

    def between(self, a: int, b: int) -> list[tuple[Mention, PersonDraft]]:
        """The mentions starting in ``[a, b)``, in text order."""
        return self[bisect_left(self._starts, a) : bisect_left(self._starts, b)]

    def anchored_in(self, a: int, b: int) -> bool:
        """Whether a mention (with its honorific) starts in ``[a, b)``."""
        i = bisect_left(self._anchors, a)
        return i < len(self._anchors) and self._anchors[i] < b


def mention_index(persons: list[PersonDraft]) -> MentionIndex:
    return MentionIndex(persons)


def first_between(
    index: list[tuple[Mention, PersonDraft]], a: int, b: int
) -> tuple[Mention, PersonDraft] | None:
    """The first mention (in ``index`` order) starting in ``[a, b)``: by bisection when
    ``index`` is a :class:`MentionIndex`, else by a pass over it."""
    if isinstance(index, MentionIndex):
        return next(iter(index.between(a, b)), None)
    return next(((m, p) for m, p in index if a <= m.start < b), None)


def names_between(index: list[tuple[Mention, PersonDraft]], a: int, b: int) -> bool:
    """Whether a mention (with its honorific) starts in ``[a, b)``: by bisection when
    ``index`` is a :class:`MentionIndex` (the readers' own), else by a pass over it."""
    if isinstance(index, MentionIndex):
        return index.anchored_in(a, b)
    return any(a <= m.anchor < b for m, _ in index)


class _LabelIndex:
    """The agenda labels of a rule set, folded once (the agenda strategies ask for them per
    line and per title: folding every label each time was about a fifth of the agenda's CPU)."""

    def __init__(self, rules: Rules) -> None:
        # each folded key once, with the first label of that text
        self.by_key: dict[str, AgendaLabel] = {}
        for label in rules.agenda_labels:
            self.by_key.setdefault(label.text.casefold(), label)
        self.lengths = sorted({len(k) for k in self.by_key}, reverse=True)
        self.inside = [
            (
                label.text.casefold(),
                re.compile(r"(?<!\w)" + re.escape(label.text.casefold()) + r"(?!\w)"),
                label,
            )
            for label in rules.agenda_labels
            if label.kind != "session"
        ]


@lru_cache(maxsize=4)
def _label_index(rules: Rules) -> _LabelIndex:
    return _LabelIndex(rules)


def match_agenda_label(text: str, rules: Rules) -> tuple[AgendaLabel, int] | None:
    """The longest agenda label at the start of ``text`` (case-insensitive) and its length
    (of two labels of the same folded text, the first of the rules)."""
    folded = text.casefold()
    index = _label_index(rules)
    for n in index.lengths:
        label = index.by_key.get(folded[:n]) if n <= len(folded) else None
        if label is not None and (len(folded) == n or not folded[n].isalnum()):
            return label, n
    return None


def find_label_inside(text: str, rules: Rules) -> AgendaLabel | None:
    """The longest agenda label (not a session's) standing as words anywhere in ``text``
    (case-insensitive); of two of the same length, the first of the rules. A label of kind
    ``other`` yields to one of another kind ("Open discussion and wrap-up" is the wrap-up)."""
    folded = text.casefold()
    best: AgendaLabel | None = None
    for key, regex, label in _label_index(rules).inside:
        if key in folded and regex.search(folded):
            if best is None or _inside_rank(label) > _inside_rank(best):
                best = label
    return best


def _inside_rank(label: AgendaLabel) -> tuple[bool, int]:
    return label.kind != "other", len(label.text)


def quoted(text: str) -> tuple[str, int] | None:
    m = P.QUOTED.search(text)
    if not m:
        return None
    return " ".join(m.group("q").split()).strip(" .,"), m.start("q")


_BY_ROLES = {
    "chaired": "chair",
    "presided": "chair",
    "moderated": "moderator",
    "facilitated": "moderator",
    "introduced": "speaker",
    "assisted": "participant",
    "presented": "presenter",
    "presentation": "presenter",
    "presentations": "presenter",
    "briefing": "presenter",
    "briefings": "presenter",
}


def by_role(text: str, line: Line, m: Mention, rules: Rules) -> str | None:
    """ "panel chaired by Mr. X" inside a program line: the role the cue gives X, and the
    people listed after X ("Presentations by A (Fund) and B")."""
    before = text[line.start : m.anchor]
    dotted = {h.text for h in rules.honorifics}
    masked = P.SHORT_ABBREVIATION.sub(  # an honorific's "Ms." ends no sentence
        lambda a: a.group(1) if a.group() in dotted else a.group(), before
    )
    cue = P.BY_ROLE.search(before) or P.BY_ROLE_LIST.search(masked)  # "... by A and B"
    return _BY_ROLES[cue.group("cue").lower()] if cue else None


def verb_role(text: str, line: Line, m: Mention, rules: Rules) -> str | None:
    """A verb of a role right after the name in a programme line's prose: "Ms. X presented
    the guidelines", "Mr. Y of the Air Section briefed on", "Mr. Z commented on" (a one-word
    role cue that needs no other word and names what the person did)."""
    hit = P.NAME_THEN_VERB.match(text, m.end, line.end)
    if hit is None:
        return None
    verb = hit.group("verb")
    for cue in rules.role_cues:
        if cue.text == verb and cue.requires is None and cue.role not in WEAK_ROLES:
            return cue.role
    return None


def paren_role(text: str, line: Line, m: Mention, rules: Rules) -> str | None:
    """A role label in parentheses right after the name, "Dr. X (moderator)", or ending
    the line after the person's post, "Ms. X, Senior Fellow - Foreign Policy (Moderator)"."""
    found = P.PAREN_ROLE.match(text, m.end, line.end)
    found = found or P.LINE_END_ROLE.search(text, m.end, line.end)
    label = rules.role_label(found.group("label")) if found else None
    return label.role if label is not None else None
