"""Parse stage, people: grouping person mentions into persons.

Pure. One person per distinct name; short forms ("Ms. Johnson", "Minister Marial") and
one-letter slips of a family name ("Gen. Benhazin") join the person they refer to.
"""

from __future__ import annotations

from pko_extract.models import Mention, PersonDraft
from pko_extract.names import name_tokens, one_slip


def group_mentions(mentions: list[Mention]) -> list[PersonDraft]:
    """One person per distinct name; short forms ("Ms. Johnson", "Minister Marial") join the
    nearest preceding person whose full name contains them. Unmatched one-word names are
    kept only with an honorific."""
    persons: list[PersonDraft] = []
    by_key: dict[tuple[str, ...], PersonDraft] = {}
    multi = [m for m in mentions if len(name_tokens(m.raw)) >= 2]
    single = [m for m in mentions if len(name_tokens(m.raw)) < 2]
    for m in multi:
        toks = tuple(sorted(name_tokens(m.raw)))
        person = by_key.get(toks)
        if person is None:
            # a name whose tokens contain, or are contained in, a known person's tokens
            for other in persons:
                otoks = set(name_tokens(other.best.raw))
                if set(toks) < otoks or otoks < set(toks):
                    if len(set(toks) & otoks) >= 2:
                        person = other
                        break
        if person is None:
            person = PersonDraft([m])
            persons.append(person)
        else:
            person.mentions.append(m)
        by_key[toks] = person
    for m in single:
        tok = name_tokens(m.raw)
        if not tok:
            continue
        cands = [
            p
            for p in persons
            if any(tok[0] in name_tokens(x.raw) for x in p.mentions if len(name_tokens(x.raw)) >= 2)
        ]
        if len(cands) > 1:
            before = [p for p in cands if p.first.start < m.start]
            cands = (
                [max(before, key=lambda p: max(x.start for x in p.mentions if x.start < m.start))]
                if before
                else cands[:1]
            )
        cands = cands or [p for p in persons if _misspelt_form_of(m, tok[0], p)]
        if cands:
            cands[0].mentions.append(m)
        elif m.honorific and len(tok[0]) >= 3:
            person = PersonDraft([m])
            persons.append(person)
    for p in persons:
        p.mentions.sort(key=lambda x: x.start)
    persons.sort(key=lambda p: p.first.start)
    return persons


def _misspelt_form_of(m: Mention, tok: str, person: PersonDraft) -> bool:
    """A one-word name with the title of a person whose family name it misspells by one
    letter or one moved letter: "Gen. Benhazin" for "Gen Francis Behanzin"."""
    title = (m.honorific or "").replace(".", "").casefold()
    if not title or len(tok) < 5:
        return False
    titles = {(x.honorific or "").replace(".", "").casefold() for x in person.mentions}
    titles |= {p.split()[0].casefold() for x in person.mentions for p in x.positions if p}
    families = {name_tokens(x.raw)[-1] for x in person.mentions if len(name_tokens(x.raw)) >= 2}
    return title in titles and any(one_slip(tok, f) for f in families)
