"""Who stood in for whom. A person someone else represents ("Maj.-Gen. X, Director,
represented him", "a message on behalf of Dr. Y", "The Minister, Dr. Y, was represented by
X") was not at the event: they are only referred to, and what the report says they did (the
speech it quotes, the keynote the programme gives them) was done by their representative.
:func:`find_absences` reads one sentence (agenda_prose.py); :func:`settle_absences` moves
the claims (agenda.py). Pure.
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_rules import WEAK_ROLES, MentionIndex
from pko_extract.models import AgendaResult, Layout, Mention, PersonDraft

#: (the person represented, their representative when the text names one).
Absence = tuple[PersonDraft, PersonDraft | None]


def _line_above(layout: Layout, index: MentionIndex, m: Mention) -> PersonDraft | None:
    """The last person named on the non-blank line above ``m``'s line, when ``m``'s line
    opens with "On behalf of": a programme's name line over "On behalf of HE Y"."""
    k = layout.line_index(m.start)
    line = layout.lines[k]
    if not P.ON_BEHALF_LEAD.fullmatch(layout.text, line.content_start, m.anchor):
        return None
    k -= 1
    while k >= 0 and layout.lines[k].blank:
        k -= 1
    if k < 0:
        return None
    above = index.between(layout.lines[k].start, layout.lines[k].end)
    return above[-1][1] if above else None


def _subject_gap(text: str, end: int, verb: int) -> bool:
    """Whether the person ending at ``end`` is the subject of the verb at ``verb``: nothing
    or their apposition between ("The Minister, Dr. Y, was represented by X"; not "Dr. Y
    stood in, and the Union was represented by X")."""
    return not text[end:verb].strip(" \t,") or P.APPOSITION_GAP.match(text, end, verb) is not None


def find_absences(
    layout: Layout,
    index: MentionIndex,
    span: tuple[int, int],
    antecedent: PersonDraft | None,
) -> list[Absence]:
    """The people the sentence at ``span`` says someone represented: after "on behalf of"
    or "represented" (the representative: the person named before, or on the line above);
    before "was represented by" (the representative: the person after); "represented
    him/her" (the person represented: ``antecedent``, the subject of an earlier sentence)."""
    text, (s_start, s_end) = layout.text, span
    ms = index.between(s_start, s_end)
    out: list[Absence] = []
    for i, (m, p) in enumerate(ms):
        lead = text[max(s_start, m.anchor - 40) : m.anchor]
        if P.ON_BEHALF_LEAD.search(lead) or P.REPRESENTED_LEAD.search(lead):
            before = [x for x in ms[:i] if x[1] is not p]
            out.append((p, before[-1][1] if before else _line_above(layout, index, m)))
        elif (passive := P.REPRESENTED_BY.search(lead)) and i > 0 and ms[i - 1][1] is not p:
            verb = m.anchor - len(lead) + passive.start()
            if _subject_gap(text, ms[i - 1][0].end, verb):
                out.append((ms[i - 1][1], p))
    for found in P.REPRESENTED_PRONOUN.finditer(text, s_start, s_end):
        before = [x for x in ms if x[0].end <= found.start()]
        if before and antecedent is not None and antecedent is not before[-1][1]:
            out.append((antecedent, before[-1][1]))
    return out


def settle_absences(agenda: AgendaResult, absences: list[Absence]) -> None:
    """Give each represented person's claims to their representative (or to nobody), in
    the role claims and in the members of the agenda items; they stay "mentioned"."""
    for absent, rep in absences:
        moved = [
            (rep, r, pos, item)
            for p, r, pos, item in agenda.roles
            if p is absent and rep is not None and r not in WEAK_ROLES
        ]
        agenda.roles[:] = [c for c in agenda.roles if c[0] is not absent] + moved
        for it in agenda.items:
            members = list(it.members)
            it.members.clear()
            for p, r, pos in members:
                if p is not absent:
                    it.add(p, r, pos)
                elif rep is not None:
                    it.add(rep, r, pos)
