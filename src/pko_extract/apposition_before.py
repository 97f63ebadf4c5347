"""Parse stage, offices written before a name: "Foreign Minister X", "UNMISS Force Commander
Maj. Gen. X", "Head of the X Mission, Y", and the body owning such an office ("UN Women’s
Senior Gender Specialist, X" -> "UN Women").

Pure. A title-case run that ends right before the name and holds a position word; courtesy
words, a possessor and a previous person's name before it are cut off.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_segments import ORG_HINT
from pko_extract.lexicon import Lexicon

__all__ = ["possessor_org", "title_across_comma", "title_before"]


def title_before(text: str, anchor: int, lex: Lexicon) -> str | None:
    line_start = text.rfind("\n", 0, anchor) + 1
    seg = text[line_start:anchor]
    # back to the last clause boundary
    cut = max(
        seg.rfind(","),
        seg.rfind(";"),
        seg.rfind("("),
        seg.rfind(")"),  # "Support Office (PBSO) Chief Ms. X" -> "Chief"
        seg.rfind(":"),
        seg.rfind("—"),
        seg.rfind(" – "),
        seg.rfind(". "),
    )
    seg = seg[cut + 1 :] if cut >= 0 else seg
    words = seg.split()
    if not words:
        return None
    keep: list[str] = []
    for w in reversed(words):
        core = w.strip('"“”')
        if core and (
            core[0].isupper() or P.ORDINAL.match(core) or core in lex.connectors or core[0] in "’'"
        ):
            keep.append(w)
        else:
            break
    keep.reverse()
    while (
        keep
        and (keep[0] in lex.connectors or keep[0] == "The")
        and keep[0]
        not in {
            "former",
            "acting",
            "deputy",
        }
    ):
        keep.pop(0)
    if keep and keep[-1] in {"and", "&"}:
        return None  # "Professor A of X University and Professor B": the run is A's
    while keep and keep[-1] in lex.connectors:
        keep.pop()
    phrase = _after_previous_person(_strip_title_lead(" ".join(keep), lex), lex)
    if not phrase or not lex.has_position(phrase):
        return None
    # the phrase must end right before the name: "Minister of Information Dr. X"
    return phrase


def _after_previous_person(phrase: str, lex: Lexicon) -> str:
    """The office after "and" when the run before it ends with another person's name:
    "Minister of Health Ana Ruiz and Minister of Defence" -> "Minister of Defence", "Lakeside
    Ambassador LI Wei and Norland Ambassador" -> "Norland Ambassador", "Board Chair Okafor
    and UNDP Chief" -> "UNDP Chief" (a last word that is no title, body, acronym or place
    word; not "Minister of Trade and Industry")."""
    before, sep, after = phrase.rpartition(" and ")
    last = before.split()[-1] if before.split() else ""
    if (
        sep
        and lex.has_position(after)
        and last[:1].isupper()
        and not last.isupper()
        and last not in lex.stop_words
        and not lex.has_position(last)
        and not lex.has_org(last)
        and not P.ORDINAL.match(last)
    ):
        return after
    return phrase


def title_across_comma(text: str, anchor: int, lex: Lexicon) -> str | None:
    """An office before a name that holds one comma: "Head of the X Mission, Y" at the start
    of a line or after ")", "Commissioner for Political Affairs, Peace and Security Gen Y".

    The title-case run goes back across one comma and must stop at a lower-case word, a
    ")" or the line start, not at another comma ("Mr. X, Director, Ms. Y" gives Y nothing).
    """
    line_start = text.rfind("\n", 0, anchor) + 1
    words = text[line_start:anchor].split()
    keep: list[str] = []
    commas = 0
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        core = w.rstrip(",").strip('"“”')
        if core[:1].islower() and core not in lex.connectors and not P.ELIDED_CAPITAL.match(core):
            w = w.rstrip(",")  # "Speaking in the closing session, Sector Head, X"
            break
        if w.endswith(","):
            commas += 1
        qualifier = _PAREN_WORD.fullmatch(w)  # "(Political)", "(SRSG)" inside the office
        # the body's acronym closing the office: "The Police Commissioner of the UN Mission
        # in South Sudan (UNMISS), X joined"
        if qualifier is None and k == len(words) - 1:
            qualifier = P.PAREN_ACRONYM_COMMA.fullmatch(w)
        # "d’Ivoire"; "The Sector 1 Commander, X" (a unit number, not a year)
        capital = bool(core[:1].isupper() or P.ELIDED_CAPITAL.match(core) or qualifier)
        capital = capital or core.isdigit() and len(core) < 4
        if commas > 1 or not core or not (capital or core in lex.connectors):
            break
        pure_honorific = w in lex.honorific_words and not lex.has_position(w)
        if pure_honorific and k > 0 and _office_compound(words[k - 1], w, lex):
            pure_honorific = False  # "Secretary General": an office, not a rank
        if (
            w.endswith((";", ":", "."))
            or pure_honorific
            or ("(" in w or ")" in w)
            and not qualifier
        ):
            break
        keep.append(w)
        if (
            core.casefold() == "the"
            and k > 0
            and (words[k - 1].endswith(",") or words[k - 1] == "and")
        ):
            # "Speaking to Mr X, the Deputy Head of Y, Col. Z", "A, and the Head of Y, Mr. Z":
            # the clause opens here
            w = "the"
            break
    else:
        w = ""
    # "the school's Commandant, Brig. Gen. X": one office word after a lower-case possessor
    owned = w[:1].islower() and w.endswith(("'s", "’s")) and len(keep) == 1
    # "the Committee adopted the report that its Rapporteur, X, introduced": an office after a
    # possessive determiner, which opens the clause as "the" does
    owned = (
        owned
        or w in _POSSESSIVE_DETERMINERS
        and lex.position_at_end(" ".join(reversed(keep)).rstrip(","))
    )
    if commas != 1 or w.endswith((",", ";", ":")) or not keep:
        return None
    # "Speaking in his capacity as Rapporteur, X (Norland)": the office the clause names
    capacity = w == "as" and text[line_start:anchor].split()[-len(keep) - 2 :][:1] == ["capacity"]
    office_word = lex.position_at_start(" ".join(reversed(keep)).rstrip(","))
    if keep[-1].endswith(",") and not ((owned or capacity) and office_word):
        return None
    keep.reverse()
    while keep and (keep[0] in lex.connectors or keep[0] == "The"):
        keep.pop(0)
    phrase = _strip_title_lead(" ".join(keep).strip(" ,"), lex)
    paren = _PAREN_WORD.search(phrase)
    if paren and not lex.has_position(phrase[: paren.start()]):
        phrase = phrase[paren.end() :].strip()  # "SOUNDBITE (English) Head of X": no office
    if w == "the" and not (
        lex.position_at_start(phrase)
        or _qualified_office(phrase, lex)
        or _body_word_office(phrase, lex)
    ):
        return None  # "..., Deputy Chief, the Office of the X Envoy, Ms. Y": a list, not Y's
    return phrase if phrase and lex.has_position(phrase) else None


def _qualified_office(phrase: str, lex: Lexicon) -> bool:
    """An office after one capitalised word that names no body: "Norland Ambassador to
    Westmere" (not "Office of the X Envoy", not "UNMIX Force Commander")."""
    at = lex.first_position(phrase)
    lead = phrase[:at].split() if at else []
    return (
        len(lead) == 1
        and lead[0][:1].isupper()
        and not lex.has_org(lead[0])
        and not lead[0].isupper()
        and not lex.has_position(lead[0])
    )


def _body_word_office(phrase: str, lex: Lexicon) -> bool:
    """An office after one generic body word that it belongs to: "Committee Chair", "Mission
    Chief of Staff", "Board Chair" (not "Office of the X Envoy", not an acronym's office)."""
    first, _sep, rest = phrase.partition(" ")
    return (
        first[:1].isupper()
        and not first.isupper()
        and lex.has_org(first)
        and not lex.has_position(first)
        and lex.position_at_start(rest)
        and lex.position_at_end(rest)
    )


# Possessive determiners that open a clause before an office: "its Rapporteur, X".
_POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their", "our"})

# One capitalised word in parentheses inside an office: "(Political)" of "Deputy Special
# Representative of the Secretary-General (Political) for X".
_PAREN_WORD = re.compile(r"\([A-Z][\w-]*\)")


def _office_compound(first: str, rank: str, lex: Lexicon) -> bool:
    """A rank word that closes an office with the word before it: "Secretary General",
    "Director General" (written with a space or a hyphen); not "Minister Mr"."""
    return f"{first}-{rank}" in lex.position_words or f"{first} {rank}" in lex.position_words


def possessor_org(text: str, anchor: int, title: str, lex: Lexicon) -> str | None:
    """The organisation owning an office written before a name: "UN Women" of "UN Women’s
    Senior Gender Specialist, X" (an acronym or an organisation word; "Norland’s Defence
    Adviser", "the Secretary-General’s Special Representative" and "the Centre’s
    Commandant", one word that refers to a body, name none)."""
    at = text.rfind(title, max(0, anchor - 300), anchor)
    body = P.BODY_WITH_ACRONYM_BEFORE_OFFICE_END.search(text, max(0, at - 120), at)
    if at > 0 and body and lex.has_org(body.group(1)) and not lex.has_position(body.group(1)):
        return body.group(1)  # "UN Peace Support Office (PSO) Chief Ms. X"
    hit = P.POSSESSOR_BEFORE_OFFICE_END.search(text, max(0, at - 80), at) if at > 0 else None
    if not hit:
        return None
    owner = re.sub(r"^[Tt]he\s+", "", hit.group(1))
    if lex.has_position(owner) or not (lex.has_org(owner) or ORG_HINT.fullmatch(owner.split()[0])):
        return None
    if " " not in owner and not ORG_HINT.fullmatch(owner):
        return None  # "the Centre’s Commandant": a body referred to, not named
    return owner


def _strip_title_lead(phrase: str, lex: Lexicon) -> str:
    """Courtesy words and a possessor before an office: "Right Honorable Prime Minister" ->
    "Prime Minister", "Norland’s Defence Adviser" -> "Defence Adviser" (a possessor that is
    itself an office stays: "Secretary-General’s Special Representative")."""
    changed = True
    while changed:
        changed = False
        for h in sorted(lex.honorific_words, key=len, reverse=True):
            if phrase.startswith(h + " ") and lex.has_position(phrase[len(h) :]):
                phrase, changed = phrase[len(h) :].lstrip(), True
                break
    hit = P.POSSESSOR_BEFORE_TITLE.match(phrase)
    if hit and not lex.has_position(hit.group(0)) and lex.has_position(phrase[hit.end() :]):
        phrase = phrase[hit.end() :]
    return phrase
