"""Who a role cue of running text describes: the subject or agent of the cue
(:func:`target`), the people listed with it (:func:`coordinated`, :func:`contiguous`),
how strongly (:func:`cue_score`), which of two cues wins (:func:`replaces`), whether a
reporting verb shows the person spoke at the event at all (:func:`said_elsewhere`), and the
roles of a second verb of the same subject (:func:`second_verbs`). Pure helpers of
agenda_prose.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pko_extract import patterns as P
from pko_extract.agenda_rules import LIST_WORDS, ROLE_RANK, WEAK_ROLES
from pko_extract.models import Mention, PersonDraft
from pko_extract.resources import RoleCue

#: Lower-case words inside a list of people besides the connectors of titles: "A from
#: the Fund, B from the Forum", "A together with B".
_AFFILIATION_WORDS = LIST_WORDS | {"from"}


def coordinated(
    text: str,
    a: Mention,
    b: Mention,
    connectors: frozenset[str],
    is_title: Callable[[str], bool] | None = None,
) -> bool:
    """Whether two mentions are items of one list ("X, Position; Y and Z"); ``is_title``
    tells whether a lower-case apposition between them is a title ("a lecturer at X")."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = text[lo.end : hi.anchor]
    if "\n" in between or len(between) > 250 or re.search(r"[.!?]\s", between):
        return False
    if P.AND_BY_END.search(between) and not re.search(r"[.!?]\s", between):
        return True  # "made by A on policing and by B": "and by" repeats the agent
    if P.WITH_BREAK.search(between):
        return False  # "moderated by X, with A and B": A starts the panel's own list
    joint = P.JOINT_SUBJECT.search(between)
    if joint and P.SECOND_PREDICATE.search(between, 0, joint.start()):
        return False  # "A addressed them and handed out medals together with B": B's act
    if joint:  # "X opened the plenary together with the USG, Y": the rest is Y's title
        between = between[joint.end() :]
    if ";" in between and not between.rsplit(";", 1)[1].strip(" \t").removeprefix("and").strip():
        return True  # items of a list separated by semicolons: "A, who ...; and B"
    app = P.LIST_APPOSITION.fullmatch(between)
    if app and is_title is not None and is_title(app.group("app")):
        return True  # "A, a researcher at the university, and B": a title in lower case
    for w in re.findall(r"[^\s,;()]+", between):
        core = w.strip("\"“”'’.")
        if core and core[0].islower() and core not in connectors | _AFFILIATION_WORDS:
            return False
    return True


#: A cue chosen for a mention: (role, cue, offset of the cue).
Choice = tuple[str, RoleCue, int]


def _names_the_part(held: Choice, cue: RoleCue) -> bool:
    """Whether the cue already chosen names the part of the program and the new one only
    repeats its role: "In separate speeches, A and B praised ..." keeps the speeches."""
    return held[0] == cue.role and held[1].agenda_kind is not None and cue.agenda_kind is None


def replaces(held: Choice, cue: RoleCue, score: float, held_score: float) -> bool:
    """Whether a cue replaces the one chosen for a mention: a stronger one, unless the one
    held names the part (:func:`_names_the_part`); whatever its distance, a cue of what the
    person did wins over one of mere presence ("The chief guest, X, ..., gave the address")."""
    weak, held_weak = cue.role in WEAK_ROLES, held[0] in WEAK_ROLES
    if weak != held_weak:
        return held_weak
    if held[0] == cue.role and cue.agenda_kind is not None and held[1].agenda_kind is None:
        return True  # the same role, and the new cue names the part: "sat in on a panel"
    return score > held_score and not _names_the_part(held, cue)


def cue_score(cue: RoleCue, cpos: int, cend: int, m: Mention) -> float:
    """How strongly a cue describes a mention: specific roles win, nearer cues win, and a
    cue whose agent follows it at once ("The opening session was chaired by X") wins over
    a noun a few words away."""
    distance = max(0, m.anchor - cend) if m.anchor >= cend else max(0, cpos - m.end)
    direct = 0.5 if m.anchor >= cend and distance <= 2 and P.AFTER_CUE.search(cue.text) else 0
    return ROLE_RANK[cue.role] - distance / 15 + direct


def _inverted(text: str, s_start: int, span: tuple[int, int, int]) -> bool:
    """Whether a reporting verb with nobody before it may take the person after it as its
    subject: '..., said Mr. X', 'Speaking at the forum, Ms. Y ...', 'Also speaking were X'
    (not 'He thanked Mr. X', 'praised the work of Ms. Y'; a copula counts only near the
    verb: in 'The award, the chief explained, is meant for those who carry on Captain X's
    work' X is no subject; after a comma, a preposition right after the cue makes the
    person its object: 'The Chief, through the Spokesperson, paid tribute to Sergeant X')."""
    cpos, cend, anchor = span
    return (
        cpos - s_start < 3
        or (
            bool(P.INVERSION_LEAD.search(text, s_start, cpos))
            and not P.CUE_OBJECT_PREPOSITION.match(text, cend, anchor)
        )
        or (anchor - cpos <= 60 and bool(P.COPULA_GAP.search(text, cpos, anchor)))
    )


def cue_target(
    text: str,
    ms: list[tuple[Mention, PersonDraft]],
    span: tuple[int, int, int],
    cue: RoleCue,
) -> tuple[Mention, PersonDraft] | None:
    """The person a cue at ``cpos:cend`` of the sentence starting at ``s_start`` describes."""
    s_start, cpos, cend = span
    before = [x for x in ms if x[0].end <= cpos]
    after = [x for x in ms if x[0].anchor >= cend]
    passive = P.PASSIVE_BY.match(text, cend) if after else None
    if passive and passive.end() > after[0][0].anchor:
        passive = None  # the "by" belongs after the next person, not to this cue
    after_cue = P.AFTER_CUE.search(cue.text) and not (
        before and P.CUE_MEDIUM.match(text, cend)  # "address by video link"
    )
    if after_cue or passive:
        return after[0] if after else None
    if not before:
        if not after:
            return None
        inverted = P.COPULA_SUBJECT.match(text, cend)
        if inverted and cpos - s_start < 3:
            # "Joining Mr. X at today's briefing were A; B; and C": A is the subject
            return next((x for x in after if x[0].anchor >= inverted.end()), after[0])
        if cue.role == "speaker" and not _inverted(text, s_start, (cpos, cend, after[0][0].anchor)):
            return None  # "He thanked Mr. X": the person is the object
        if ";" in text[cend : after[0][0].anchor]:
            return None  # "trainees who took part in it; to Dr. X": another clause's object
        return after[0]
    # "X, introduced by Professor Y, went on to give a keynote": not the agent of a passive
    subjects = [
        x
        for x in before
        if not P.AGENT_LEAD.search(text, s_start, x[0].anchor)
        # "Mrs. A, whose husband, Sergeant B, died in 2006, spoke": A is the subject
        and not P.WHOSE_LEAD.search(text, max(s_start, x[0].anchor - 60), x[0].anchor)
    ]
    return (subjects or before)[-1]


def contiguous(
    text: str,
    ms: list[tuple[Mention, PersonDraft]],
    target: tuple[Mention, PersonDraft],
    group: list[tuple[Mention, PersonDraft]],
    connectors: frozenset[str],
    is_title: Callable[[str], bool] | None = None,
) -> list[tuple[Mention, PersonDraft]]:
    """Keep the run of coordinated mentions around the target (a chain, not any pair)."""
    order = [x for x in ms]
    i = next(k for k, x in enumerate(order) if x[0] is target[0])
    run = [order[i]]
    j = i - 1
    while j >= 0 and coordinated(text, order[j][0], order[j + 1][0], connectors, is_title):
        run.insert(0, order[j])
        j -= 1
    j = i + 1
    while j < len(order) and coordinated(text, order[j - 1][0], order[j][0], connectors, is_title):
        run.append(order[j])
        j += 1
    return run


def long_list(
    text: str,
    ms: list[tuple[Mention, PersonDraft]],
    target: tuple[Mention, PersonDraft],
    span: tuple[int, int, int],
    cues: Callable[[int, int], list[int]],
    is_label: Callable[[str], bool],
) -> list[tuple[Mention, PersonDraft]]:
    """The people of a list whose appositions are too long or too wordy for
    :func:`coordinated`, with the cue's target at one end: the agents after a cue
    ("briefings from A, Head of X, and three commissioners: B, from the mission in
    Liberia, and C"), or the subjects of a verb far after them when the list opens the
    sentence ("Speakers A, Adviser in four missions from 1995, B, ..., and C, ..., paid
    tribute"). No other cue may stand in a gap, nor right after an agent: a name with a verb
    of its own is no item ("After remarks by A, B presented ..."). ``cues(a, b)``: where
    role cues start in ``text[a:b]``; ``is_label``: whether a word is a role label.
    """
    s_start, cpos, cend = span

    def has_cue(a: int, b: int) -> bool:
        return bool(cues(a, b))

    def own_verb(x: tuple[Mention, PersonDraft]) -> bool:
        gap = P.CLAUSE_SUBJECT_END.match(text, x[0].end)
        return gap is not None and gap.end() in cues(gap.end(), gap.end() + 40)

    def linked(a: tuple[Mention, PersonDraft], b: tuple[Mention, PersonDraft]) -> bool:
        lo, hi = a[0].end, b[0].anchor
        return (
            0 <= hi - lo <= 300
            and P.LONG_LIST_GAP.fullmatch(text, lo, hi) is not None
            and not has_cue(lo, hi)
        )

    i = next(k for k, x in enumerate(ms) if x[0] is target[0])
    run = [target]
    if target[0].anchor >= cend:
        for x in ms[i + 1 :]:
            if not linked(run[-1], x) or own_verb(x):
                break
            run.append(x)
        return run
    tail = text[target[0].end : cpos]
    if has_cue(target[0].end, cpos) or not (
        not tail.strip() or P.APPOSITION_GAP.match(text, target[0].end, cpos)
    ):
        return run
    for x in reversed(ms[:i]):
        if not linked(x, run[0]):
            break
        run.insert(0, x)
    lead = P.SUBJECT_LIST_LEAD.fullmatch(text, s_start, run[0][0].anchor)
    if run[0] is not ms[0] or lead is None or (lead["label"] and not is_label(lead["label"])):
        return [target]
    return run


def _in_quotes(text: str, s_start: int, cpos: int) -> bool:
    """Whether a cue stands inside a quotation of its sentence ("“..., as X urged, ...”")."""
    before = text[s_start:cpos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _time_window(text: str, span: tuple[int, int, int, int], m: Mention) -> str:
    """The words around a reporting verb that date the words reported, not what they say:
    "Last month, X warned", "X said in 2019 that" (not "X recalled that in 2005 ...",
    "Recalling that in 2005 the Council acted, X said")."""
    s_start, s_end, cpos, cend = span
    lo = min(m.start, cpos)
    before = text[max(s_start, lo - 40) : lo]
    if re.search(r"\bthat\b", before):
        before = before.rsplit(",", 1)[1] if "," in before else ""
    if re.search(r"\band[ \t]+$", before):
        before = ""  # "A, Observer in 1994, and X said": the year is A's, not X's words'
    after = re.split(r"\bthat\b|,", text[cend : min(s_end, cend + 40)], maxsplit=1)[0]
    middle = text[lo:cend]
    if m.end <= cpos and P.APPOSITION_GAP.match(text, m.end, cpos):
        # "X, Police Observer in Liberia in 2004, said": the year dates the post, not the words
        middle = text[m.start : m.end] + " " + text[text.rindex(",", m.end, cpos) + 1 : cend]
    return before + " " + middle + after


def said_elsewhere(
    text: str, span: tuple[int, int, int, int], m: Mention, object_cue: bool
) -> bool:
    """Whether a reporting verb ("said", "urged", "thanked") does not show the person
    spoke at the event: the cue is quoted, a past time sits in its clause ("X said in 2019",
    "Last month, X warned"), the verb is passive ("X was praised"), or the person before it
    is the object of a preposition ("the report by X recommended") or of an earlier verb
    with nobody before it ("He thanked X and urged ...", ``object_cue``)."""
    s_start, s_end, cpos, cend = span
    if _in_quotes(text, s_start, cpos) or _in_quotes(text, s_start, m.start):
        return True
    if P.ELSEWHERE_TIME.search(_time_window(text, (s_start, s_end, cpos, cend), m)):
        return True
    if m.end > cpos:
        return False
    if P.RELATIVE_WHO.search(text, m.end, cpos) and not P.PRESIDING_BY.search(
        text, max(s_start, m.start - 60), m.start
    ):
        return False  # "represented by X, ..., who expressed": X's own clause
    return bool(
        object_cue
        or (P.PASSIVE_LEAD.search(text, s_start, cpos) and not P.NOUN_CUE.match(text, cpos))
        or P.OBJECT_LEAD.search(text, max(s_start, m.start - 30), m.start)
    )


#: Roles a second verb of the same subject adds: a generic "spoke" or "asked" after
#: "opened the seminar and" repeats what the opening remarks already are.
_NOT_SECOND = frozenset({"speaker", "participant", "mentioned"})

#: A cue of the sentence and the mention it chose: (mention start, mention end, role,
#: cue start, cue end).
CueHit = tuple[int, int, str, int, int]


def second_verbs(
    text: str, hits: list[CueHit], won: dict[int, str], anchors: list[int]
) -> list[tuple[int, str]]:
    """The roles a person takes from a second verb of the same sentence besides the one
    that won (``won``: mention start -> role): "X opened the seminar and moderated the first
    panel" makes X open it and moderate; "X bid the officers welcome and gave a briefing"
    makes X open and present. Both cues follow the person, with "and" and no stop between
    them (:data:`P.SECOND_VERB_GAP`), and no other person between; a generic role adds
    nothing (:data:`_NOT_SECOND`), nor a cue that names the person after it ("and
    introduced the keynote speaker, Dr. Y"; ``anchors``: where the sentence's people
    start)."""
    found: list[tuple[int, str]] = []
    for m_start, m_end, role, cpos, cend in hits:
        held = won.get(m_start)
        if held is None or role == held or role in _NOT_SECOND or cpos < m_end:
            continue
        if (m_start, role) in found:
            continue
        for other in hits:
            if other[0] != m_start or other[2] != held or other[3] < m_end:
                continue
            lo, hi = (other[4], cpos) if other[3] < cpos else (cend, other[3])
            second_end = max(cend, other[4])
            if hi < lo or any(lo <= a < hi for a in anchors):
                continue
            if any(
                0 <= a - second_end <= 25 and P.CUE_NAMES_NEXT.match(text[second_end:a])
                for a in anchors
            ):
                continue
            if P.SECOND_VERB_GAP.fullmatch(text, lo, hi):
                found.append((m_start, role))
                break
    return found
