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
from pko_extract.apposition_lower import lower_office_after
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_segments import (
    capitalised_office,
    classify_segments,
    split_segments,
)
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention

__all__ = ["post_after_copula", "read_pronoun_posts"]


def post_after_copula(text: str, pos: int, lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) of a post given by "is" or "serves as" right after a name
    ending at ``pos`` (``([], [])`` when there is none), in title case or in lower case ("X is
    a senior researcher at the Y Institute")."""
    hit = P.COPULA_AFTER_NAME.match(text, pos)
    if hit:
        positions, orgs = _post_at(text, hit.end(), lex)
        former = P.FORMER_BEFORE.search(text, hit.start(), hit.end())
        if former and positions and text.startswith(positions[0], hit.end()):
            # "is a former Force Commander of X": the post keeps "former", as written
            positions[0] = text[former.start() : hit.end()] + positions[0]
        return positions, orgs
    joined = P.JOINED_BODY_AS.match(text, pos)
    if joined and lex.has_org(joined["body"]) or joined and joined["body"].isupper():
        # "Ms. X has joined UNIFIL as Chief of Staff": the office, and the body joined
        positions, orgs = _post_at(text, joined.end(), lex)
        return positions, [joined["body"], *(o for o in orgs if o != joined["body"])]
    lower = lower_office_after(text, pos, lex, verb=True)
    return lower if lower[0] else ([], _body_headed(text, pos, lex))


def _body_headed(text: str, pos: int, lex: Lexicon) -> list[str]:
    """The body a person leads, named right after the name by a verb: ", who heads the X
    Section of Y" -> "X Section of Y"; ", who leads the Z office of the W Network" -> "W
    Network" (a unit in lower case: the body it belongs to). No office is written."""
    hit = P.HEADS_BODY_AFTER_NAME.match(text, pos)
    if hit is None:
        return []
    end = phrase_end(text, hit.end(), min(len(text), hit.end() + 200), lex)
    body = text[hit.end() : end]
    if P.LOWER_CASE_SETTING.match(text, end):
        return []  # "who heads the UN Mission in the country": a body described, not named
    if not (lex.has_org(body) and " " in body):
        clause = text[end : end + 80].split(",")[0].split(".")[0]
        owner = P.OF_BODY_IN_CLAUSE.search(clause)
        if owner is None or owner.start() > 40:
            return []
        start = end + owner.end()
        body = text[start : phrase_end(text, start, min(len(text), start + 200), lex)]
    return [body] if lex.has_org(body) and not lex.has_position(body) else []


def _post_at(text: str, start: int, lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) of the post starting at ``start``."""
    end = phrase_end(text, start, min(len(text), start + 300), lex)
    phrase = text[start:end].rstrip(" ,.;:")
    link = P.BODY_LINK_IN_POST.search(phrase)
    if link and lex.has_position(phrase[: link.start()]) and lex.has_org(phrase[link.end() :]):
        return [phrase[: link.start()]], [phrase[link.end() :]]
    if not capitalised_office(phrase, lex):
        return [], []  # "X is Lakeside's pride": no office
    # "served as Chief of Staff, UNMIL, from 2015": read as an apposition, "X, ORG" splits
    return classify_segments(split_segments(phrase) if ", " in phrase else [phrase], lex)


def read_pronoun_posts(layout: Layout, mentions: list[Mention], lex: Lexicon) -> None:
    """Add to a person the posts a paragraph about them gives by "he" or "she" and a verb
    ("She served as X in the Y", "she was also a lecturer at the Z"): the paragraph must
    name one person before the pronoun (every mention before it ends with the same word,
    "Dr. Ana Ruiz", "Ms. Ruiz")."""
    text = layout.text
    for hit in P.BIO_PRONOUN.finditer(text):
        block = layout.block_at(hit.start())
        if block is None or block.kind != "paragraph":
            continue
        before = [m for m in mentions if block.start <= m.anchor < hit.start()]
        if not before or len({m.raw.split()[-1] for m in before}) != 1:
            continue
        post = P.PRONOUN_POST.match(text, hit.start())
        if post is not None:
            positions, orgs = _post_at(text, post.end(), lex)
        else:
            positions, orgs = lower_office_after(text, hit.end(), lex, verb=True)
        owner = before[-1]
        owner.positions.extend(p for p in positions if p not in owner.positions)
        owner.organizations.extend(o for o in orgs if o not in owner.organizations)
