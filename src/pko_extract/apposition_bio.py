"""Parse stage, posts given by a verb: "Dr. X is Head of Research at the Y Centre", "Ms. X,
who serves as Inspector General of the Z Police Service" (speaker biographies, profiles).

Pure. The post is a title-case phrase that opens with a position word; a body after "at" or
"with" is the organisation, otherwise the phrase is read as an apposition segment ("Inspector
General of the Z Police Service" keeps its body, which is recorded too). "X is pleased to"
gives nothing (no capital after the verb).
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_segments import classify_segments
from pko_extract.lexicon import Lexicon

__all__ = ["post_after_copula"]


def post_after_copula(text: str, pos: int, lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) of a post given by "is" or "serves as" right after a name
    ending at ``pos`` (``([], [])`` when there is none)."""
    hit = P.COPULA_AFTER_NAME.match(text, pos)
    if hit is None:
        return [], []
    start = hit.end()
    end = phrase_end(text, start, min(len(text), start + 300), lex)
    phrase = text[start:end].rstrip(" ,.;:")
    link = P.BODY_LINK_IN_POST.search(phrase)
    if link and lex.has_position(phrase[: link.start()]) and lex.has_org(phrase[link.end() :]):
        return [phrase[: link.start()]], [phrase[link.end() :]]
    if not lex.position_at_start(phrase):
        return [], []
    return classify_segments([phrase], lex)
