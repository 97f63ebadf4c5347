"""Parse stage, apposition phrases: where a title-case phrase after a name ends.

Pure. Shared by ``apposition.py`` (offices and bodies after a name) and
``apposition_lower.py`` (the body after an office written in lower case):

    "X, President of the 70th session of the General Assembly, said"  -> up to "Assembly"
    "X, of the Royal Navy, Sgt. Y"                                    -> up to "Navy"
    "X, Chair of the Council for the month of May 2023, opened"       -> up to "2023"
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.lexicon import Lexicon

__all__ = ["phrase_end"]

#: "ad interim" after an office, abbreviated: "Chargé d'affaires a.i." (no sentence end).
_INTERIM = frozenset({"a.i", "a.i."})
#: Time words between "and" and a second office: "and now Senior Fellow at Y".
_SECOND_POST = frozenset({"now", "currently", "later"})
# A year or a date closing a phrase after a connector: " in 2022" of "the X Mission in 2022",
# ", on 2 February 2024"; a day or a place of one word after a comma: ", on Monday"; a day
# and month: " on 1 July".
_TRAILING_YEAR = re.compile(
    r",?[ \t]+(?:in|since|until|on)[ \t]+(?:\d{1,2}[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?(?:19|20)\d\d$"
    r"|,[ \t]+(?:on|in|at|during)[ \t]+[A-Z][\w’'-]*$"
    r"|,?[ \t]+on[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+[,;]?$"  # "as Director of X on 1 July,": a day
)


def phrase_end(text: str, pos: int, limit: int, lex: Lexicon) -> int:
    """End of a title-case phrase starting at ``pos``: stops at a lower-case word that is not
    a connector nor after an ordinal ("President of the 70th session of X"), at a sentence
    end, a semicolon, a spaced dash ("Minister of X – Closing Session"), a line break or the
    next person's honorific ("of the Royal Navy, Sgt. X"; not "the General Assembly": a body
    word is no name)."""
    honorifics, connectors = lex.honorific_words, lex.connectors
    i = pos
    last_good = pos
    depth = 0
    tokens = list(re.finditer(r"\S+", text[pos:limit]))
    for k, m in enumerate(tokens):
        tok = m.group()
        tstart = pos + m.start()
        core = tok.strip("(),.;:\"“”'’")
        if "\n" in text[i:tstart] and depth == 0:
            break
        nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        named = nxt[:1].isupper() and nxt.strip(",.;:") not in lex.stop_words
        title = k > 0 and tokens[k - 1].group() in lex.office_modifiers  # "retired Inspector"
        if k > 0 and depth == 0 and tok in honorifics and named and not title:
            break  # the next person: "..., Sgt. Amaru X"; not "the General Assembly"
        if tok in {"–", "—"} and depth == 0:
            break  # "Minister of Defence – Peacekeeping Ministerial": what follows is no office
        if k > 0 and depth == 0 and tok == "and,":
            break  # "Officer with X and, in the 1990s, ...": a clause follows, no more office
        depth += tok.count("(") - tok.count(")")
        after_ordinal = k > 0 and P.ORDINAL.match(tokens[k - 1].group())  # "70th session"
        # "of the X and now Senior Fellow at Y": a second office after "and now"
        second = (
            k > 0 and tokens[k - 1].group() == "and" and core in _SECOND_POST and nxt[:1].isupper()
        )
        # "Chair of the Council for the month of May 2023": the term of a rotating chair
        term = core == "month" and [t.group() for t in tokens[max(k - 2, 0) : k]] == ["for", "the"]
        # "Deputy Secretary-General in charge of Peace and Security": an office's field
        term = term or core == "charge" and k > 0 and tokens[k - 1].group() == "in" and nxt == "of"
        if core and core[0].islower() and not _lower_word_of_a_title(core, lex) and depth <= 0:
            if not (after_ordinal or second or term or _particle_of_a_name(tokens, k, lex)):
                break
        i = pos + m.end()
        last_good = i
        if tok.endswith((";",)) and depth <= 0:
            last_good -= 1
            break
        if (
            tok.endswith(".")
            and depth <= 0
            and (len(core) > 2 or core.isupper() and len(core) == 2)  # "to the AU."
            and core not in {"Ret", "Retd"}
            and core not in _INTERIM
            and not re.match(r"^(?:[A-Z]\.)+$", tok)
        ):
            last_good -= 1
            break
    # trim trailing connectors and punctuation, and a year after a connector ("in 2022")
    out = _TRAILING_YEAR.sub("", text[pos:last_good])
    while True:
        stripped = out.rstrip(" ,;:")
        words = stripped.split()
        if words and words[-1] in connectors:
            stripped = stripped[: stripped.rfind(words[-1])]
        if stripped == out:
            break
        out = stripped
    return pos + len(out)


def _particle_of_a_name(tokens: list[re.Match[str]], k: int, lex: Lexicon) -> bool:
    """Token ``k`` is a lower-case word of a body's name in another language between
    capitalised words or other such words: "per" and "gli" of "Istituto per gli Studi"."""

    def fits(j: int) -> bool:
        word = tokens[j].group() if 0 <= j < len(tokens) else ""
        return word[:1].isupper() or word in lex.body_particles

    word = tokens[k].group()
    return word in lex.body_particles and fits(k - 1) and fits(k + 1) and k > 0


def _lower_word_of_a_title(word: str, lex: Lexicon) -> bool:
    """A lower-case word that may stand inside a title-case phrase: a connector ("of", "de")
    or an office or body word written in lower case ("ministère", "conseiller"), or a
    capitalised word after an elided article ("d’Ivoire")."""
    return (
        word in lex.connectors
        or word in lex.inner_lower_words  # "d'affaires" of "Chargé d'affaires"
        or word in _INTERIM  # "Chargé d'affaires a.i."
        or word in lex.org_words
        or word in lex.position_words
        or bool(P.ELIDED_CAPITAL.match(word))  # "Côte d’Ivoire", "l’Union africaine"
    )
