"""Parse stage, lower-case offices: an office written in lower case beside a name in running
text, which the title-case reader of ``apposition.py`` does not see.

Pure. Examples:

    "Ms. X, a former electoral affairs officer with UNAMX, and"  -> "former electoral affairs
                                                                    officer", org "UNAMX"
    "Mr. X, a journalist."                                        -> "journalist"
    "Ms. X, secretary (West), Foreign Ministry, said"             -> "secretary (West)",
                                                                    org "Foreign Ministry"
    "Adm. X, the commander of NORTHCOM, and"                      -> "commander of NORTHCOM",
                                                                    org "NORTHCOM"
    "Col. X, senior instructor in the Y Training Unit, presented" -> "senior instructor",
                                                                    org "Y Training Unit"
    "contact the events coordinator, Ms. X"                       -> "events coordinator"
    "the representative of Ghana, X"                              -> "representative of Ghana"
    "the head of the X Union, Y"                                  -> "head", org "X Union"
    "given by visiting scholar Dr. X"                             -> "visiting scholar"

The office is a run of at most five lower-case words whose last is a position word
(``data/position_words.txt``, in any case) and none a function word. The words after it
give a body only when it is named (an organisation word or an acronym) and ends the phrase:
not a place ("from Lindau") nor the modifier of a common noun ("with the UN mission in Y").
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_segments import ORG_HINT, classify_segments, split_segments
from pko_extract.lexicon import Lexicon

__all__ = ["lower_office_after", "lower_office_before"]

#: How far after an office its body may run ("of the X Institute, Y University").
_BODY_REACH = 200
# The word linking a lower-case office to what follows it: " with " of "officer with UNAMX"
# (group 1 is "with").
_LINK = re.compile(r"[ \t]+(of|with|at|in|from|for)[ \t]+")


# "at" or "with" and the body an office in lower case is held at, closing it (group 1):
# " at the X Mission" of "head of the police reform unit at the X Mission".
_HELD_AT = re.compile(r"[ \t]+(?:at|with)[ \t]+(?:the[ \t]+)?([A-Z][^,;]*)$")


#: Words that open the next element of a list, not an office ("and", French "et", Spanish "y").
_LIST_JOINERS = frozenset({"and", "et", "y"})


def lower_office_after(
    text: str, pos: int, lex: Lexicon, *, verb: bool = False
) -> tuple[list[str], list[str]]:
    """(positions, organisations) of a lower-case office right after a name ending at ``pos``
    (``([], [])`` when there is none); with ``verb``, given by "is a"/"was a" ("X is a
    senior researcher at Y", "She was also a lecturer at Z"), and a second one after "and
    a" that follows its body ("... of the Y Mission and a visiting fellow at Z")."""
    pattern = P.LOWER_OFFICE_AFTER_VERB if verb else P.LOWER_OFFICE_AFTER
    positions, orgs, end = _lower_office(text, pos, lex, pattern)
    if positions and end is not None and P.LOWER_OFFICE_AFTER_AND.match(text, end):
        more, bodies, _ = _lower_office(text, end, lex, P.LOWER_OFFICE_AFTER_AND)
        if more and bodies:  # a second office only with its body
            positions, orgs = positions + more, orgs + bodies
    return positions, orgs


def _lower_office(
    text: str, pos: int, lex: Lexicon, pattern: re.Pattern[str]
) -> tuple[list[str], list[str], int | None]:
    """(positions, organisations, end of the body or None) of the lower-case office that
    ``pattern`` matches at ``pos``."""
    hit = pattern.match(text, pos)
    if hit is None or not _is_office(hit.group(1), lex):
        return [], [], None
    if hit.group(1).split()[0] in _LIST_JOINERS:
        return [], [], None  # "X, y el portavoz": the next element of a list
    office, end = hit.group(1), hit.end()
    owner, _, rest = office.partition(" ")
    if owner.endswith(("'s", "’s")) and rest:
        office = rest  # "the battalion's commanding officer": the office, not its owner
    qualifier = P.OFFICE_QUALIFIER.match(text, end)
    if qualifier:  # "secretary (West)"
        office, end = office + qualifier.group(), qualifier.end()
    link = _LINK.match(text, end)
    if link is None:
        body = _body_after_comma(text, end, lex)
        return [office], [body] if body else [], None
    start = link.end()
    body_start = start + 4 if text.startswith("the ", start) else start
    if link.group(1) == "of" and text[body_start : body_start + 1].islower():
        return (*_office_of_a_lower_case_phrase(text, hit.start(1), start, lex), None)
    end = phrase_end(text, start, min(len(text), start + _BODY_REACH), lex)
    segs = split_segments(text[start:end])
    first = re.sub(r"^the\s+", "", segs[0]) if segs else ""
    named = _named_body(first, text[end : end + 40] if len(segs) == 1 else ",", lex)
    positions, orgs = classify_segments(segs[1:], lex) if named else ([], [])
    if link.group(1) == "of" and first[:1].isupper():
        # "the commander of NORTHCOM": the office keeps its body, which is recorded too
        office = f"{office} of {segs[0]}"
    return [office, *positions], ([first] if named else []) + orgs, end


def _body_after_comma(text: str, pos: int, lex: Lexicon) -> str | None:
    """The body named after a lower-case office and a comma: "Foreign Affairs Ministry" of
    "secretary (West), Foreign Affairs Ministry, bid ..." (a title-case phrase with an
    organisation word or an acronym, closed by punctuation, not by a lower-case word)."""
    if not text.startswith(", ", pos):
        return None
    end = phrase_end(text, pos + 2, min(len(text), pos + _BODY_REACH), lex)
    phrase = text[pos + 2 : end]
    closed = text[end : end + 1] in {",", ".", ";", "\n", ""}
    named = lex.has_org(phrase) or bool(ORG_HINT.fullmatch(phrase))
    return phrase if closed and named and not lex.has_position(phrase) else None


def _office_of_a_lower_case_phrase(
    text: str, office_start: int, start: int, lex: Lexicon
) -> tuple[list[str], list[str]]:
    """An office whose "of" opens a lower-case phrase is the whole clause: "coordinator of
    formed police units in the X Mission (XM)" (the body with its acronym that closes it is
    the organisation), "senior student of the course"; up to "at" or "with" and a named body
    that closes it, which is the organisation: "head of the police reform unit at the X
    Mission"."""
    clause = P.CLAUSE_TO_COMMA.match(text, start)
    end = clause.end() if clause else start
    office = text[office_start:end].strip()
    held = _HELD_AT.search(office)
    if held and held.group(1)[:1].isupper() and _named_body(held.group(1), "", lex):
        return [office[: held.start()]], [held.group(1)]  # "head of the X unit at the Y"
    body = P.BODY_WITH_ACRONYM_BEFORE_OFFICE_END.search(office + " ")
    owner = body.group(1) if body and lex.has_org(body.group(1)) else None
    return [office], [owner] if owner else []


def lower_office_before(text: str, anchor: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """A lower-case office after "the" or "our" right before a name starting at ``anchor``,
    and the body it names: "the events coordinator, Ms. X", "The company commander, Capt.
    X", "our research coordinator X", "according to spokesperson X", "by GFPO director X"
    (the acronym before the office is its body), "the representative of Ghana, X" (kept whole: a
    country is no body), "the representative of the European Union, X" (the office, and the
    body apart), "the World Bank's country manager, X" (the office, and its owner when it
    is a body)."""
    line_start = text.rfind("\n", 0, anchor) + 1
    start = max(line_start, anchor - 120)
    linked = P.LOWER_OFFICE_OF_BEFORE.search(text, start, anchor)
    if linked is not None and _is_office(linked.group(1), lex):
        body = linked.group(2)
        if (lex.has_org(body) or ORG_HINT.fullmatch(body)) and not lex.has_position(body):
            return linked.group(1), body  # "the representative of the European Union, X"
        return text[linked.start(1) : linked.end(2)], None
    hit = P.LOWER_OFFICE_BEFORE.search(text, start, anchor)
    if (
        hit is None
        and text[anchor:].split()[:1]
        and text[anchor:].split()[0] in lex.honorific_words
    ):
        hit = P.LOWER_OFFICE_BARE_BEFORE.search(text, start, anchor)  # "by visiting scholar Dr. X"
    if hit is None:
        # "according to spokesperson X", "by GFPO director X": one word that is an office
        word = P.LOWER_OFFICE_WORD_BEFORE.search(text, start, anchor)
        if word is None or not lex.title_at_end(word["office"]):
            return None
        owner = word["owner"]
        return word["office"], owner if owner and not lex.has_position(owner) else None
    # the bare form ("by visiting scholar Dr. X") has one group, the office
    office = hit["office"] if "office" in hit.re.groupindex else hit.group(1)
    if not _is_office(office, lex):
        return None
    owner = hit.groupdict().get("owner")
    if owner and (lex.has_org(owner) or ORG_HINT.fullmatch(owner)):
        return office, owner  # "the World Bank's country manager, X"
    return office, None


def _is_office(phrase: str, lex: Lexicon) -> bool:
    """A lower-case run ending with a position word, with no function word before it
    ("former electoral affairs officer"; not "said the chief", "head of")."""
    *lead, head = phrase.split()
    return (lex.has_title_word(head) or lex.title_at_end(phrase)) and all(
        w not in lex.connectors or _modifier(w, lex) for w in lead
    )


def _modifier(word: str, lex: Lexicon) -> bool:
    """A connector that may open an office: "former", "acting", "senior" (any case)."""
    return word in lex.office_modifiers or word.capitalize() in lex.office_modifiers


#: Words opening a time after a body's name, no noun it modifies: "with UNTAET from 2000".
_TIME_LINKS = frozenset({"from", "until", "since", "between", "during"})


def _named_body(phrase: str, rest: str, lex: Lexicon) -> bool:
    """A title-case phrase naming a body ("UNAMX", "Peace Operations Training Unit") that is
    not the modifier of a lower-case noun in ``rest``, the text after it ("the UN mission in
    Haiti")."""
    if not phrase[:1].isupper():
        return False
    if not (lex.has_org(phrase) or ORG_HINT.fullmatch(phrase.split()[0])):
        return False
    words = rest.split()
    word = words[0] if words else ""
    return not (word[:1].islower() and word not in lex.connectors | _TIME_LINKS)
