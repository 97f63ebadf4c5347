"""Parse stage, affiliations around a name: "X of the Brookings Institution", "X from the
African Union", and the affiliation line under a name line alone ("Professor Ana Ruiz" /
"Director, Centre for Lake Studies, Westmere University").

Pure. Also tells when a name is part of a body's name ("Lakeside University").
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_segments import (
    ORG_HINT,
    capitalised_office,
    classify_segments,
    split_segments,
)
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention

__all__ = [
    "affiliation_after",
    "affiliation_line_under",
    "names_a_body",
    "read_affiliation_lines",
]


def read_affiliation_lines(layout: Layout, mentions: list[Mention], lex: Lexicon) -> None:
    """A name line alone ("Professor Ana Ruiz") whose next line, after at most one blank
    line, is an affiliation ("Director, Centre for Lake Studies, Westmere University"):
    that line gives the person's positions and organisations. The line must hold no other
    name, no label or bullet, and open with an office or a body. Up to
    :data:`MORE_LINES` lines right under it that are affiliations too add to it ("Civil
    Affairs Officer" / "Lakeside Observer Mission"; a second post on its own line). A name
    line with its office and no body ("Dr. Ana Ruiz, Senior Fellow") takes the bodies of the
    line right under it ("Lakeside Peace Institute")."""
    anchors = sorted(m.anchor for m in mentions)
    # a bio's office may hold a word the NER took for a name ("Senior Research Fellow")
    named = [m.anchor for m in mentions if " " in m.raw.strip()]
    for m in mentions:
        if m.positions and not m.organizations:
            m.organizations.extend(_body_line_under(layout, m, anchors, lex))
        if m.positions or m.organizations:
            continue
        k = _affiliation_index(layout, m, lex)
        first = _affiliation_text(layout, k, anchors, lex) if k is not None else None
        if k is not None and first is None:
            bio = bio_sentence_under(layout, k, named, lex)
            if bio is not None:  # "Senior Fellow, X Institute. She led ...": one line only
                m.positions, m.organizations = classify_segments(split_segments(bio), lex)
            continue
        if k is None or first is None:
            continue
        segs = split_segments(first)
        if not segs or classify_segments(segs[:1], lex) == ([], []):
            continue
        for nxt in range(k + 1, min(k + 1 + MORE_LINES, len(layout.lines))):
            more = _affiliation_text(layout, nxt, anchors)
            if more is None or classify_segments(split_segments(more), lex) == ([], []):
                break
            segs += split_segments(more)
        m.positions, m.organizations = classify_segments(segs, lex)


#: How many more affiliation lines may follow the first one under a name line.
MORE_LINES = 2


def _body_line_under(layout: Layout, m: Mention, anchors: list[int], lex: Lexicon) -> list[str]:
    """The bodies of the line right under a line that opens with the name and its office
    ("Dr. Ana Ruiz, Senior Research Fellow" / "Lakeside Peace Institute"): that line names
    bodies only (no office) and is no sentence, label, bullet, heading or row."""
    k = layout.line_index(m.anchor)
    line = layout.lines[k]
    if layout.text[line.content_start : m.anchor].strip() or k + 1 >= len(layout.lines):
        return []
    if layout.text[line.content_start : line.end].rstrip().endswith((".", ":")):
        return []
    under = _affiliation_text(layout, k + 1, anchors)
    positions, orgs = classify_segments(split_segments(under), lex) if under else ([], [])
    return orgs if orgs and not positions else []


def affiliation_line_under(layout: Layout, m: Mention, lex: Lexicon) -> str | None:
    """The affiliation line under a name line alone, if any (see :func:`read_affiliation_lines`),
    or the post opening a biography paragraph under it (:func:`bio_sentence_under`)."""
    k = _affiliation_index(layout, m, lex)
    if k is None:
        return None
    return _affiliation_text(layout, k, [m.anchor]) or bio_sentence_under(
        layout, k, [m.anchor], lex
    )


def bio_sentence_under(layout: Layout, k: int, anchors: list[int], lex: Lexicon) -> str | None:
    """The post that opens a biography paragraph at line ``k``, under a name line alone (a
    speaker's bio under the name as its heading): the paragraph's first sentence, past a
    role word that opens it ("Panellist. Senior Fellow, X Institute. She led ..." ->
    "Senior Fellow, X Institute"), when it opens with an office or a body and names no one
    (None otherwise: "Ms. Ruiz spoke about ...")."""
    nxt = layout.lines[k]
    if nxt.blank or nxt.label or nxt.bullet or layout.kind_at(nxt.content_start) != "paragraph":
        return None
    text = layout.text
    start, end = layout.sentence_at(nxt.content_start)
    if start != nxt.content_start:
        return None
    if lex.is_program_label(text[start:end].strip().rstrip(".:")):
        start, end = layout.sentence_at(end + 1)  # "Moderator." opens the bio: a role
    body = text[start:end].strip().rstrip(".")
    if not body or len(body) > 200 or any(start <= a < end for a in anchors):
        return None
    segs = split_segments(body)
    if not segs or not (lex.position_at_start(segs[0]) or capitalised_office(segs[0], lex)):
        return None
    if any(w.islower() and not _office_word(w, lex) for w in segs[0].split()):
        return None  # "The Director of X opened the day": a sentence, no post
    return body


def _office_word(word: str, lex: Lexicon) -> bool:
    """A lower-case word that may stand in an office or a body's name: "of", "former",
    "head"."""
    return (
        word in lex.connectors
        or word in lex.office_modifiers
        or lex.has_position(word)
        or lex.has_position(word.capitalize())  # "head of the X Programme"
        or lex.has_org(word)
    )


def _affiliation_index(layout: Layout, m: Mention, lex: Lexicon) -> int | None:
    """The index of the line under a name line alone (after at most one blank line), or
    None when the name is not alone on its line (a role word in brackets may close it: "Dr.
    Ana Ruiz (Moderator)")."""
    k = layout.line_index(m.start)
    line = layout.lines[k]
    rest = layout.text[m.end : line.end].strip(" ,.;:")
    role = _ROLE_IN_BRACKETS.fullmatch(rest)
    if role and lex.is_program_label(role.group(1)):
        rest = ""
    lead = layout.text[line.content_start : m.anchor].split()
    if any(not _RANK_PREFIX.fullmatch(w) for w in lead) or rest:
        return None  # "Sr. Col. X": a rank word before the honorific the mention starts at
    k += 1
    if k < len(layout.lines) and layout.lines[k].blank:
        k += 1
    return k if k < len(layout.lines) else None


def _affiliation_text(
    layout: Layout, k: int, anchors: list[int], lex: Lexicon | None = None
) -> str | None:
    """The text of line ``k`` if it may be an affiliation line: no blank, label or bullet
    line, heading or row, no name in it, no sentence end; else None. With ``lex``, a line
    whose label names a body gives the body (a programme's "X Armed Forces: <talk>")."""
    nxt = layout.lines[k]
    body = nxt.text.strip()
    if nxt.label and lex is not None and _body_label(nxt.label, lex):
        body = nxt.label  # "Royal Norland Air Force: airfields in the north": the body, a talk
    elif nxt.blank or nxt.label or nxt.bullet or not body or len(body) > 160:
        return None
    if layout.kind_at(nxt.start) in {"heading", "timetable_row", "table_row"}:
        return None
    if any(nxt.start <= a < nxt.end for a in anchors) or body.endswith((".", ":", "?")):
        return None
    return body


#: A rank word written before the honorific a mention starts at: "Sr." of "Sr. Col. X".
_RANK_PREFIX = re.compile(r"[A-Z][a-z]?\.")


def _body_label(label: str, lex: Lexicon) -> bool:
    """A line's label that names a body, no programme part: "Royal Norland Air Force"."""
    label = label.strip(" :")
    return (
        not lex.is_program_label(label)
        and len(label.split()) > 1
        and lex.org_at_end(label)
        and not lex.has_position(label)
    )


#: A role word in brackets closing a name line (group 1): "(Moderator)".
_ROLE_IN_BRACKETS = re.compile(r"\(([A-Z][a-z]+(?: [a-z]+)?)\)")


def affiliation_after(text: str, pos: int, lex: Lexicon) -> str | None:
    """The organisation in "X of the Brookings Institution", "X from the African Union".

    In running text the phrase ends where the next person of a list starts: "..., Y of",
    "... and Y from"; it must hold an organisation word or open with an acronym.
    """
    hit = P.AFFILIATION_AFTER_NAME.match(text, pos)
    if not hit:
        return None
    start = hit.end()
    end = phrase_end(text, start, min(len(text), start + 200), lex)
    for joint in P.AND_AFTER_NAME.finditer(text, start, end):
        if _honorific_at(text, joint.end(), lex):
            end = joint.start()  # "X of the Y Army and Lt Cdr Z of ...": Z's rank opens Z
            break
    phrase = text[start:end].strip()
    nxt = P.NEXT_PERSON_IN_LIST.search(phrase)
    if nxt:
        phrase = phrase[: nxt.start()].strip()
    phrase = re.sub(r"^the\s+", "", phrase)
    words = phrase.split()
    # an acronym alone or opening capitalised words names a body: "UNDP", "AUC Political Affairs"
    led = bool(words) and ORG_HINT.fullmatch(words[0]) and all(w[:1].isupper() for w in words)
    if phrase and (lex.has_org(phrase) or led):
        return phrase
    return None


def _honorific_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether an honorific or rank opens ``text`` at ``pos`` ("Lt Cdr Y", "Ms. Y")."""
    head = text[pos : pos + 40]
    return any(
        head.startswith(h) and (h.endswith(".") or head[len(h) : len(h) + 1] in (" ", "\t"))
        for h in lex.honorific_words
        if h[:1].isupper()
    )


def names_a_body(text: str, end: int, lex: Lexicon) -> bool:
    """A model name that is part of a body's name: before an organisation word or a plural
    office ("Banankoro Non-Commissioned Officers School", "Lakeside University")."""
    nxt = text[end : end + 40].split("\n")[0]
    word = nxt.split()[0].strip(",.;:") if nxt.startswith(" ") and nxt.split() else ""
    return word in lex.org_words or (word.endswith("s") and word[:-1] in lex.position_words)
