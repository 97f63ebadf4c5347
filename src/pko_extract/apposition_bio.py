"""Parse stage, posts given by a verb: "Dr. X is Head of Research at the Y Centre", "Ms. X,
who serves as Inspector General of the Z Police Service", and in a biography paragraph the
posts its sentences give by a pronoun ("She served as Deputy Chief of Police in the W
District", "He was previously a Political Officer in the V Mission") (speaker biographies,
profiles).

Pure. The post is a title-case phrase that opens with an office (capitalised words up to a
position word: "Programme Officer"); a body after "at",
"with" or "in the" is the organisation, otherwise the phrase is read as an apposition
segment ("Inspector General of the Z Police Service" keeps its body, which is recorded too).
"X is pleased to" gives nothing (no capital after the verb). A pronoun's post goes to the
one person the paragraph names before it (none when it names two).
"""

from __future__ import annotations

from pko_extract import patterns as P
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_segments import capitalised_office, classify_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention

__all__ = ["post_after_copula", "read_pronoun_posts"]


def post_after_copula(text: str, pos: int, lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) of a post given by "is" or "serves as" right after a name
    ending at ``pos`` (``([], [])`` when there is none)."""
    hit = P.COPULA_AFTER_NAME.match(text, pos)
    return _post_at(text, hit.end(), lex) if hit else ([], [])


def _post_at(text: str, start: int, lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) of the post starting at ``start``."""
    end = phrase_end(text, start, min(len(text), start + 300), lex)
    phrase = text[start:end].rstrip(" ,.;:")
    link = P.BODY_LINK_IN_POST.search(phrase)
    if link and lex.has_position(phrase[: link.start()]) and lex.has_org(phrase[link.end() :]):
        return [phrase[: link.start()]], [phrase[link.end() :]]
    if not capitalised_office(phrase, lex):
        return [], []  # "X is Lakeside's pride": no office
    return classify_segments([phrase], lex)


def read_pronoun_posts(layout: Layout, mentions: list[Mention], lex: Lexicon) -> None:
    """Add to a person the posts a paragraph about them gives by "he" or "she" and a verb
    ("She served as X in the Y"): the paragraph must name one person before the pronoun
    (every mention before it ends with the same word, "Dr. Ana Ruiz", "Ms. Ruiz")."""
    text = layout.text
    for hit in P.PRONOUN_POST.finditer(text):
        block = layout.block_at(hit.start())
        if block is None or block.kind != "paragraph":
            continue
        before = [m for m in mentions if block.start <= m.anchor < hit.start()]
        if not before or len({m.raw.split()[-1] for m in before}) != 1:
            continue
        positions, orgs = _post_at(text, hit.end(), lex)
        owner = before[-1]
        owner.positions.extend(p for p in positions if p not in owner.positions)
        owner.organizations.extend(o for o in orgs if o not in owner.organizations)
