"""Roles a sentence of running text gives besides its cues' own: the people a photo caption
pictures, a chair who also spoke, and the people whose paragraphs a role heading ("Briefings",
"Statements") owns. Pure helpers of agenda_prose.py."""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.agenda_cue_target import Choice
from pko_extract.agenda_rules import ROLE_RANK, SINGLE_KINDS, MentionIndex
from pko_extract.models import Layout, Line, Mention, PersonDraft, RoleClaim
from pko_extract.resources import Rules

__all__ = ["chair_who_spoke", "headed_paragraphs", "pictured"]

#: The roles a heading may give the paragraphs under it: how a person spoke.
_HEADED_ROLES = frozenset({"presenter", "speaker"})
#: The shortest line read as a paragraph of running text under such a heading.
_PARAGRAPH_CHARS = 60

#: How much of a cue's score its distance from the name may take for the cue to count as
#: "near" (cue_score takes one point per 15 characters: about 60 characters).
_NEAR = 4.0


def pictured(
    layout: Layout, s_start: int, chosen: dict[int, Choice], ms: list[tuple[Mention, PersonDraft]]
) -> list[RoleClaim]:
    """The people a photo caption names are present (pictured), unless a cue of the caption
    says more ("speaks to") or names a credit ("Photo by X", "UN Photo/X"). A part of the
    programme after "at the" is where the picture was taken, not what the person did ("Ms.
    X and Mr. Y at the opening ceremony"): that cue leaves ``chosen``."""
    if layout.kind_at(s_start) != "caption":
        return []
    text = layout.text
    claims: list[RoleClaim] = []
    for m, p in ms:
        held = chosen.get(m.start)
        if held is not None and held[1].agenda_kind in SINGLE_KINDS:
            if P.SETTING_LEAD.search(text, max(s_start, held[2] - 30), held[2]):
                del chosen[m.start]
                held = None
        credit = text[s_start : m.anchor].rstrip(" \t").endswith("/") or _credit_line(
            text, s_start, m, len(ms)
        )
        if held is None and m.evidence != "byline" and not credit:
            claims.append((p, "participant", m.start, None))
    return claims


def _credit_line(text: str, s_start: int, m: Mention, n_people: int) -> bool:
    """A credit line that names one person and at most an office after a comma or slash:
    "Photos: Cpl. Ana Ruiz, Press Office" credits the photographer, who is not pictured."""
    label = P.PICTURE_CREDIT.fullmatch(text[s_start : m.anchor])
    return n_people == 1 and label is not None and P.CREDIT_TAIL.match(text, m.end) is not None


def chair_who_spoke(
    cued: dict[int, dict[str, float]],
    chosen: dict[int, Choice],
    ms: list[tuple[Mention, PersonDraft]],
) -> list[RoleClaim]:
    """A chair who also spoke keeps both roles: "Speaking as Chairman, Mr. X observed ..."
    makes X the chair and a speaker, whichever of the two cues won. Only cues near the name
    count (``cued``: every role a cue of the sentence gave a mention, with its best score; a
    cue a clause away may describe someone unnamed), and only a statement: "The opening
    session was chaired by X" does not make X open it."""
    claims: list[RoleClaim] = []
    for m, p in ms:
        near = {r for r, score in cued.get(m.start, {}).items() if score > ROLE_RANK[r] - _NEAR}
        if {"chair", "speaker"} <= near and m.start in chosen:
            won = chosen[m.start][0]
            if won in {"chair", "speaker"}:
                claims.append((p, "speaker" if won == "chair" else "chair", m.start, None))
    return claims


def _standalone(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i`` stands alone between blank lines (or the text's ends)."""
    before = i == 0 or lines[i - 1].blank
    return before and (i + 1 == len(lines) or lines[i + 1].blank)


def headed_paragraphs(
    layout: Layout, index: MentionIndex, rules: Rules
) -> list[tuple[PersonDraft, str, int]]:
    """A meeting's coverage sorts its speakers under sub-headings of their own: "Briefings"
    over the paragraphs of the briefers, "Statements" over the delegates'. A role label
    standing alone on its line (``data/role_labels.jsonl``, a speaking role) gives its role
    to the person each paragraph below opens with ("Lieutenant General X, Force Commander,
    described ..."), up to the next short line (the next heading). A paragraph opening with
    anything but the name and its title ("The representative of X, ...") gives none; lines of
    names (a programme's "Speakers" list) are no paragraphs."""
    text, lines = layout.text, layout.lines
    out: list[tuple[PersonDraft, str, int]] = []
    role: str | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        body = line.text.strip()
        if len(body) < _PARAGRAPH_CHARS:
            label = rules.role_label(body.rstrip(":").strip()) if _standalone(lines, i) else None
            role = label.role if label is not None and label.role in _HEADED_ROLES else None
            continue
        if role is None or not P.HEADED_SENTENCE_END.search(body):
            continue
        named = index.between(line.start, line.end)
        if named and P.HEADED_TITLE_LEAD.fullmatch(text, line.start, named[0][0].anchor):
            out.append((named[0][1], role, named[0][0].start))
    return out
