"""Parse stage, offices written in French or Spanish around a name, where an office holds
lower-case words the title-case reader stops at:

    "M. X, Directeur de cabinet du ministère de la Justice, en présence de"
        -> position "Directeur de cabinet", organisation "ministère de la Justice"
    "a déclaré la Cheffe de la Section des affaires civiles de la MINUX, Mme X"
        -> position "Cheffe de la Section des affaires civiles", organisation "MINUX"
    "el Teniente Coronel X, portavoz del contingente, destacó" -> "portavoz del contingente"

Pure. A sentence is read so when it holds two different function words of those languages
(``data/romance_words.txt``). The office runs from a position word to the next comma or the
sentence's end (at most :data:`MAX_WORDS` words) and holds a lower-case word that is no
connector (else the title-case reader of ``apposition.py`` reads it). The body after the
office's last "du", "de la", "de l’", "des", "del" or "de" that opens with an organisation
word or an acronym (two words or more, or an acronym alone) is its organisation
("conseiller juridique de la Force": "la Force" names no body).
"""

from __future__ import annotations

import re

from pko_extract.apposition_segments import ORG_HINT
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout

__all__ = ["romance_office_after", "romance_office_before", "romance_split"]

#: The most words an office may hold.
MAX_WORDS = 16
#: A word of a sentence (letters, apostrophes inside).
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
#: The link before a body: "du ministère", "de la MINUX", "de l’Université", "del Ejército".
_BODY_LINK = re.compile(r"\s(?:de\s+l[’']|(?:du|des|del|de(?:\s+(?:la|los|las))?)\s+)(?=\S)")
#: The link of an office to the body it serves at: "au ministère", "à l’ambassade", "à la
#: Direction", "auprès de la Mission" ("conseillère technique au ministère de X").
_AT_LINK = re.compile(
    r"\s(?:au|aux|à\s+la|à\s+l[’']|auprès\s+(?:du|des|de\s+la|de\s+l[’']))\s*(?=\S)"
)
#: "et" or "y" between two offices: "Jefe de la Misión y Comandante de la Fuerza".
_JOINED = re.compile(r"\s+(?:et|y)\s+")
#: The end of an office after a name: a comma, a full stop, a semicolon or a bracket.
_OFFICE_END = re.compile(r"[,.;()«»\"]")
#: A determiner before an office written before a name: "la Cheffe de ...", "el Jefe de ...".
#: Contractions with an article count too: "al" of "entregó la bandera al comandante del
#: contingente, Teniente Coronel X", "du" of "le discours du Commandant de la Force, le Général Y".
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:[Ll]e|[Ll]a|[Ll][’']|[Ee]l|[Ll]es|[Aa]l|[Dd]el|[Aa]u|[Dd]u)\s*$"
)
#: A determiner before the honorific after the comma: "le" of ", le Général de brigade X".
_DETERMINER_LEAD = re.compile(r"^(?:le|la|el)\s+")


def _is_romance(sentence: str, lex: Lexicon) -> bool:
    """Two different French or Spanish function words in the sentence."""
    words = {w.casefold() for w in _WORD.findall(sentence)}
    return len(words & lex.romance_words) >= 2


def romance_split(office: str, lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) of an office: offices joined by "et" or "y" are several
    ("Jefe de la Misión y Comandante de la Fuerza de X"); the body after the last link of
    the last one that opens with an organisation word or an acronym is the organisation."""
    parts = [p for p in _JOINED.split(office) if p]
    if len(parts) > 1 and all(lex.position_at_start(p) for p in parts):
        positions, orgs = _split_one(parts[-1], lex)
        return [*parts[:-1], *positions], orgs
    return _split_one(office, lex)


def _split_one(office: str, lex: Lexicon) -> tuple[list[str], list[str]]:
    """([position], [organisation]) of one office (see :func:`romance_split`); an office
    "at" a body ("au", "à la", "à l’", "auprès de") ends at the first such link whose body
    opens with an organisation word or an acronym: "chef de la coopération de défense à
    l’ambassade de X" -> "chef de la coopération de défense" + "ambassade de X"."""
    for link in _AT_LINK.finditer(office):
        body = office[link.end() :].strip()
        first = body.split()[0] if body.split() else ""
        if ORG_HINT.fullmatch(first) or lex.has_org(first) and not lex.has_position(first):
            return [office[: link.start()].strip()], [body]
    cut: re.Match[str] | None = None
    for link in _BODY_LINK.finditer(office):
        body = office[link.end() :]
        first = body.split()[0].strip("’'")
        acronym = bool(ORG_HINT.fullmatch(first))
        named = lex.has_org(first) and not lex.has_position(first) and len(body.split()) > 1
        if acronym and len(body.split()) == 1 or named:
            cut = link
    if cut is None:
        return [office], []
    return [office[: cut.start()].strip()], [office[cut.end() :].strip()]


def romance_office_after(layout: Layout, pos: int, lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) of an office after ", " right after a name ending at
    ``pos`` in a French or Spanish sentence (``([], [])`` when there is none)."""
    text = layout.text
    if not text.startswith(", ", pos):
        return [], []
    start, end = layout.sentence_at(pos)
    if not _is_romance(text[start:end], lex):
        return [], []
    stop = _OFFICE_END.search(text, pos + 2, end)
    office = text[pos + 2 : stop.start() if stop else end].strip()
    if not office or "\n" in office or len(office.split()) > MAX_WORDS:
        return [], []
    if not lex.position_at_start(office) or not _has_lower_word(office, lex):
        return [], []  # "Directrice, Département X": the title-case reader reads it whole
    return romance_split(office, lex)


def _has_lower_word(office: str, lex: Lexicon) -> bool:
    """A lower-case word that is no connector: what the title-case reader stops at."""
    return any(w[:1].islower() and w not in lex.connectors for w in office.split()[1:])


def romance_office_before(layout: Layout, anchor: int, lex: Lexicon) -> str | None:
    """The office written before ", <honorific> Name" in a French or Spanish sentence, from a
    position word after a determiner ("a déclaré la Cheffe de la Section X de la MINUX, Mme
    Y", "El Ministro de Defensa, Sr. Y", "Le Commandant de la Force, le Général de brigade
    Y") up to the comma; None elsewhere."""
    text = layout.text
    start, end = layout.sentence_at(anchor)
    comma = text.rfind(", ", start, anchor)
    if comma < 0 or not _is_romance(text[start:end], lex):
        return None
    between = _DETERMINER_LEAD.sub("", text[comma + 2 : anchor]).split()
    if between and " ".join(between) not in lex.honorific_words:
        return None  # ", Mme Y", ", General de División Y": an honorific or nothing between
    clause_start = max(text.rfind(c, start, comma) for c in ',;:«»"') + 1
    opened = text.rfind("(", start, comma)
    if opened >= 0 and ")" not in text[opened:comma]:
        clause_start = max(clause_start, opened + 1)  # not "(ENOPU)" closed inside the office
    clause = text[max(start, clause_start) : comma]
    for word in re.finditer(r"\S+", clause):
        if _DETERMINER_BEFORE.search(clause[: word.start()]) and lex.position_at_start(
            clause[word.start() :]
        ):
            office = clause[word.start() :].strip()
            return office if len(office.split()) <= MAX_WORDS else None
    return None
