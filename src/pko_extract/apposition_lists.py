"""Parse stage, posts and bodies shared by a list of names: "A (Chile), B (Peru) and C
(China), Vice-Chairmen", "three Police Commissioners: A, B and C", "Five members of the X
Debate Club, A, B and C", "A and B, respectively Director and Deputy Director of the X".

Pure. Each name of the list gets the singular office or the body, or its own office of a
"respectively" list.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_segments import ORG_HINT, classify_segments
from pko_extract.lexicon import Lexicon

__all__ = [
    "body_before_list",
    "plural_office_before_list",
    "respective_post",
    "shared_plural_office",
]

# The first link between the offices of a "respectively" list and their body: " of the ",
# " at ", " with the " (what follows is the body of every office).
_BODY_LINK = re.compile(r"[ \t]+(?:of|at|with|in)[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def respective_post(text: str, pos: int, lex: Lexicon) -> tuple[list[str], list[str]] | None:
    """The office of one name of "A and B, respectively Director and Deputy Director of the
    X Department": for A "Director", for B "Deputy Director", the body "X Department" for
    both (as many offices as names, each with a position word, the body named by an
    organisation word or an acronym); None when the name ending at ``pos`` is not in such a
    list."""
    found = P.RESPECTIVE_LIST.match(text, pos, min(len(text), pos + 300))
    if found is None:
        return None
    after = len(P.LIST_JOINT.findall(found.group(1)))  # names after this one
    end = phrase_end(text, found.end(), min(len(text), found.end() + 300), lex)
    phrase = text[found.end() : end]
    link = _BODY_LINK.search(phrase)
    body = phrase[link.end() :] if link else ""
    offices = P.LIST_JOINT.split(phrase[: link.start()] if link else phrase)
    if after >= len(offices) or not all(lex.has_position(o) for o in offices):
        return None
    own = offices[len(offices) - 1 - after]
    named = lex.has_org(body) or bool(ORG_HINT.fullmatch(body.split(",")[0]))
    return [own], [body] if named else []


def shared_plural_office(text: str, pos: int, lex: Lexicon) -> str | None:
    """The singular of a plural office that closes a list of names: for each name of
    "A (Chile), B (Peru) and C (China), Vice-Chairmen;" -> "Vice-Chairman"."""
    found = P.PLURAL_OFFICE_AFTER_LIST.match(text, pos, min(len(text), pos + 400))
    if not found:
        return None
    one = _singular(found.group(1))
    return one if one and lex.position_at_start(one) and lex.position_at_end(one) else None


def body_before_list(text: str, anchor: int, lex: Lexicon) -> str | None:
    """The body a list of names opens with, for each name of it: "Five members of the X
    Debate Club, A, B and C" -> "X Debate Club" (a title-case phrase that holds no office)."""
    line_start = text.rfind("\n", 0, anchor) + 1
    found = P.BODY_BEFORE_NAME_LIST.search(text, max(line_start, anchor - 300), anchor)
    body = found.group(1).strip() if found else ""
    while body.split()[-1:] and body.split()[-1] in lex.connectors:
        body = body.rsplit(maxsplit=1)[0]  # "the X Club and": "and" opens no body word
    if len(body.split()) < 2 and not ORG_HINT.fullmatch(body):
        return None  # "members of the Council, X": a body referred to, not named
    return body if not lex.has_position(body) else None


def plural_office_before_list(text: str, anchor: int, lex: Lexicon) -> list[str]:
    """The singular of a plural office that opens a list with a colon, for each name of it:
    "three United Nations Police Commissioners: A, from X, B and C" -> "Police Commissioner"
    (the positions only; the body before the office is the list's, not each one's)."""
    found = P.PLURAL_OFFICE_BEFORE_LIST.search(text, max(0, anchor - 400), anchor)
    one = _singular(found.group(1)) if found else None
    if not one or not lex.position_at_end(one):
        return []
    return classify_segments([one], lex)[0]


def _singular(office: str) -> str | None:
    """The singular of an office whose last word is plural: "Vice-Chairmen" ->
    "Vice-Chairman", "Police Commissioners" -> "Police Commissioner"."""
    head, _, last = office.rpartition(" ")
    for plural, singular in (("men", "man"), ("ies", "y"), ("s", "")):
        if last.endswith(plural) and not last.endswith("ss"):
            return f"{head} {last[: -len(plural)]}{singular}".strip()
    return None
