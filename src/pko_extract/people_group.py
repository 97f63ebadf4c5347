"""Parse stage, people: the grouping of person mentions into persons.

Pure. :func:`group_mentions` gives one :class:`PersonDraft` per distinct name; short forms
("Ms. Johnson", "Minister Marial") join the nearest preceding person whose full name holds
them. Every look-up goes through an index by name token (or by the one-letter-less forms of
a family name), never through all persons: a report naming 2,000 people costs about ten
times one naming 200, not a hundred times (issue 11, ``benchmarks/bench_scaling.py``).
"""

from __future__ import annotations

from collections import defaultdict

from pko_extract.models import Mention, PersonDraft
from pko_extract.names import default_particles, name_tokens, one_slip

__all__ = ["group_mentions"]


class _TokenIndex:
    """Persons by the tokens of their names, in the order the persons were created."""

    def __init__(self) -> None:
        self._by_token: defaultdict[str, list[int]] = defaultdict(list)
        self._indexed: set[tuple[str, int]] = set()

    def add(self, tokens: tuple[str, ...], person: int) -> None:
        for tok in tokens:
            if (tok, person) not in self._indexed:
                self._indexed.add((tok, person))
                self._by_token[tok].append(person)

    def sharing(self, tokens: tuple[str, ...]) -> list[int]:
        """Persons holding one of ``tokens``, in creation order."""
        return sorted({p for tok in tokens for p in self._by_token.get(tok, ())})


def _join_full_names(mentions: list[Mention]) -> tuple[list[PersonDraft], _TokenIndex]:
    """One person per full name (two tokens or more); a name whose tokens contain, or are
    contained in, those of the fullest form of a known person, sharing two or more, joins
    the first such person."""
    persons: list[PersonDraft] = []
    # tokens of each person's fullest mention (PersonDraft.best: the first of the longest)
    best: list[frozenset[str]] = []
    best_len: list[int] = []
    first_toks: list[tuple[str, ...]] = []  # tokens of each person's first mention
    index = _TokenIndex()
    by_key: dict[tuple[str, ...], int] = {}
    for m in mentions:
        toks = name_tokens(m.raw)
        key = tuple(sorted(toks))
        found = by_key.get(key)
        if found is None:
            mine = frozenset(toks)
            found = next(
                (
                    i
                    for i in index.sharing(toks)
                    if (mine < best[i] or best[i] < mine) and len(mine & best[i]) >= 2
                ),
                None,
            )
        if found is None:
            found = next(
                (i for i in index.sharing(toks[-1:]) if _by_initials(toks, first_toks[i])), None
            )
        if found is None:
            found = len(persons)
            persons.append(PersonDraft([m]))
            best.append(frozenset(toks))
            best_len.append(len(toks))
            first_toks.append(toks)
        else:
            persons[found].mentions.append(m)
            if len(toks) > best_len[found]:
                best[found], best_len[found] = frozenset(toks), len(toks)
        index.add(toks, found)
        by_key[key] = found
    return persons, index


def _by_initials(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether one name writes the given names of the other as initials: "K. L. von
    Terbeck" and "Karl von Terbeck" (same family name, the first initial the first letter of
    the first given name); "T. Novak" and "Tara Novak", not "T. Novak" and "Ravi Novak". A
    family name of several words is shared whole: "S. Thapa Magar" and "Sunita Thapa Magar"."""
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1]:
        return False
    shared = 1
    while shared < min(len(x), len(y)) - 1 and x[-shared - 1] == y[-shared - 1]:
        shared += 1  # the common tail: the family name, its particles included
    particles = default_particles()
    gx = [w for w in x[:-shared] if w not in particles]
    gy = [w for w in y[:-shared] if w not in particles]
    if not gx or not gy:
        return False
    short, full = (gx, gy) if all(len(w) == 1 for w in gx) else (gy, gx)
    return (
        all(len(w) == 1 for w in short)
        and not all(len(w) == 1 for w in full)
        and short[0] == full[0][0]
    )


def _deletions(word: str) -> set[str]:
    """The word without one of its letters: two words are :func:`one_slip` apart only if
    they share one of these."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def group_mentions(mentions: list[Mention]) -> list[PersonDraft]:
    """One person per distinct name; short forms ("Ms. Johnson", "Minister Marial") join the
    nearest preceding person whose full name contains them. Unmatched one-word names are
    kept only with an honorific, and one such name written again ("Ambassador Bowler" in the
    greeting and in the body, "Bowler said") is the same person."""
    multi = [m for m in mentions if len(name_tokens(m.raw)) >= 2]
    single = [m for m in mentions if len(name_tokens(m.raw)) < 2]
    persons, index = _join_full_names(multi)
    full_persons = list(persons)  # only they have full names to match a short form
    slips: defaultdict[str, set[int]] = defaultdict(set)
    lone: dict[str, PersonDraft] = {}  # persons known by one word only, by that word
    for i, p in enumerate(full_persons):
        for x in p.mentions:
            for variant in _deletions(name_tokens(x.raw)[-1]):
                slips[variant].add(i)
    for m in single:
        tok = name_tokens(m.raw)
        if not tok:
            continue
        cands = [full_persons[i] for i in index.sharing(tok[:1])]
        if len(cands) > 1:
            before = [p for p in cands if p.first.start < m.start]
            cands = (
                [max(before, key=lambda p: max(x.start for x in p.mentions if x.start < m.start))]
                if before
                else cands[:1]
            )
        if not cands:
            near = sorted({i for v in _deletions(tok[0]) for i in slips.get(v, ())})
            cands = [full_persons[i] for i in near if _misspelt_form_of(m, tok[0], full_persons[i])]
        if cands:
            cands[0].mentions.append(m)
        elif tok[0] in lone:
            lone[tok[0]].mentions.append(m)
        elif m.honorific and len(tok[0]) >= 3:
            lone[tok[0]] = PersonDraft([m])
            persons.append(lone[tok[0]])
    for p in persons:
        p.mentions.sort(key=lambda x: x.start)
    persons.sort(key=lambda p: p.first.start)
    return persons


def _misspelt_form_of(m: Mention, tok: str, person: PersonDraft) -> bool:
    """A one-word name with the title of a person whose family name it misspells by one
    letter or one moved letter: "Gen. Okonwko" for "Gen Felix Okonkwo"."""
    title = (m.honorific or "").replace(".", "").casefold()
    if not title or len(tok) < 5:
        return False
    titles = {(x.honorific or "").replace(".", "").casefold() for x in person.mentions}
    titles |= {p.split()[0].casefold() for x in person.mentions for p in x.positions if p}
    families = {name_tokens(x.raw)[-1] for x in person.mentions if len(name_tokens(x.raw)) >= 2}
    return title in titles and any(one_slip(tok, f) for f in families)
