"""Mission linking, step 1: every citing string of a peace operation in a text, as hits.

Pure. Explicit names and acronyms (:func:`explicit_hits`), titles that name a mission's place
(:func:`title_hits`) and places (:func:`place_hits`); :func:`select_hits` keeps the
non-overlapping ones, longer and stronger first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pko_extract import patterns as P
from pko_extract.gazetteer import Place, fold
from pko_extract.mission_index import _Index

#: Kinds of hits, strongest first.
EXPLICIT, TITLE, GENERIC, PLACE = "explicit", "title", "generic", "place"
#: A regional organisation's operation named without its place ("the EU force").
ORG_OPERATION = "org_operation"


@dataclass
class Hit:
    start: int
    end: int
    kind: str
    missions: tuple[str, ...] = ()
    rule: str = ""
    place: Place | None = None
    org: str | None = None
    place_start: int = -1
    #: the title writes its organisation ("the AU mission in X", "the NATO-led force in X"):
    #: only that organisation's missions may be meant
    org_written: bool = False


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _paren_start(text: str, acr_start: int, acronym: str, idx: _Index) -> int | None:
    """Start of the capitalised name written before "(ACR)", e.g. "Office to the AU (UNOAU)"."""
    head = text[max(0, acr_start - 300) : acr_start].rstrip()
    if not head.endswith("("):
        return None
    head = head[:-1].rstrip()
    connectors = idx.acronym_name_connectors
    words = list(re.finditer(r"[\w.'’/-]+", head))[-14:]
    picked: list[re.Match[str]] = []
    for w in reversed(words):
        gap = head[w.end() : picked[-1].start() if picked else len(head)]
        if gap.strip():
            break
        if not (w.group()[0].isupper() or w.group().lower() in connectors):
            break
        picked.append(w)
    picked.reverse()
    while picked and (
        picked[0].group().lower() in connectors or picked[0].group()[0].upper() != acronym[0]
    ):
        picked.pop(0)
    return max(0, acr_start - 300) + picked[0].start() if len(picked) >= 2 else None


#: lower-case ordinals that may open a written name ("the first Emergency Force")
_ORDINALS = frozenset({"first", "second"})


def _capitalised(span: str, connectors: frozenset[str]) -> bool:
    """A written name: its content words start with a capital ("UN Mission in Haiti", not
    "the UN mission in Haiti", which is a generic reference to whatever mission was there).
    A hyphenated word is one word: "African-led" is capitalised. A French, Spanish or
    Portuguese name is written in sentence case: its first content word is enough ("Mission
    multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali")."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", span)
    content = [w for w in words if w.lower() not in connectors]
    if len(content) >= 3 and content[0] in _ORDINALS:
        content = content[1:]  # "the first Emergency Force": an ordinal before the name
    if all(w[0].isupper() for w in content):
        return True
    return bool(content) and content[0][0].isupper() and bool(P.ROMANCE_NAME_WORD_RE.search(span))


def explicit_hits(text: str, folded: str, idx: _Index) -> list[Hit]:
    hits: list[Hit] = []
    present = {p.place for f in idx.place_re.findall(folded) if (p := lookup_place(f, idx))}
    present |= (
        {idx.place_of[c].place for c in idx.place_cased_re.findall(text)}
        if idx.place_cased_re
        else set()
    )
    literals = idx.name_literals or [()] * len(idx.names)
    found = {run for run in idx.literal_runs if run in folded}
    for (pattern, missions, place_name), runs in zip(idx.names, literals, strict=True):
        if place_name is not None and place_name not in present:
            continue
        if not found.issuperset(runs):  # a run is not in the text: the regex cannot match
            continue
        for m in pattern.finditer(folded):
            if not _capitalised(text[m.start() : m.end()], idx.name_connectors):
                continue
            end = m.end()
            paren = P.PAREN_ACRONYM_RE.match(text, end)
            if paren and set(idx.acronyms.get(paren.group(1), ())) & set(missions):
                end = paren.end()
            hits.append(Hit(m.start(), end, EXPLICIT, missions, "name"))
    if idx.acronym_re is not None:
        for m in idx.acronym_re.finditer(text):
            missions = idx.acronyms[m.group()]
            start = _paren_start(text, m.start(), m.group(), idx)
            if start is not None:
                close = text.find(")", m.end())
                hits.append(Hit(start, close + 1, EXPLICIT, missions, "name_acronym"))
            else:
                hits.append(Hit(m.start(), m.end(), EXPLICIT, missions, "acronym"))
    return hits


def org_word(text: str, m: re.Match[str]) -> bool:
    """An organisation's word as written: a short acronym in capitals ("AU", not the French
    "au"; "EU", "UN"), a longer name in any case."""
    return written_org_word(text[m.start() : m.end()])


def written_org_word(word: str) -> bool:
    """See :func:`org_word`: "AU", "African Union", "European"; not "au"."""
    return len(word) > 4 or " " in word or word.isupper()


def _written_org(text: str, folded: str, start: int, place_start: int, idx: _Index) -> str | None:
    """The organisation a title writes in its words ("the AU mission in", "Special
    Representative of the Secretary-General for") or right before them ("the African Union's
    special envoy to", "the NATO-led force in")."""
    for org, regex in idx.title_org_res.items():
        if any(org_word(text, m) for m in regex.finditer(folded, start, place_start)):
            return org
        for m in regex.finditer(folded, max(0, start - 30), start):
            if org_word(text, m) and P.ORG_TO_TITLE_RE.fullmatch(folded, m.end(), start):
                return org
    return None


def title_hits(text: str, folded: str, idx: _Index) -> list[Hit]:
    """Titles naming a mission's place, whose place is written as a place ("Force Commander
    in Lebanon", not "... in chad"), with the organisation they name."""
    hits = []
    literals = idx.title_literals or [()] * len(idx.titles)
    for (pattern, title), runs in zip(idx.titles, literals, strict=True):
        if not all(run in folded for run in runs):  # cannot match: skip the regex scan
            continue
        for m in pattern.finditer(folded):
            place = lookup_place(m.group("place"), idx)
            if place is None or not _written_as_place(text, m.start("place"), m.end(), idx):
                continue
            org = _written_org(text, folded, m.start(), m.start("place"), idx)
            hit = Hit(m.start(), m.end(), TITLE, (), title.rule, place, org or title.org)
            hit.place_start, hit.org_written = m.start("place"), org is not None
            hits.append(hit)
    return hits


def org_operation_hits(
    text: str, folded: str, idx: _Index, taken: Sequence[tuple[int, int]]
) -> list[Hit]:
    """A regional organisation's operation named without its place ("the European Union
    force", "the AU's training mission"), outside the ``taken`` spans (other hits, person
    names); the organisation is the hit's ``org`` (not the UN: "the UN mission" alone is
    any of them)."""
    hits = []
    for m in idx.org_operation_re.finditer(folded):
        if any(overlaps((m.start(), m.end()), span) for span in taken):
            continue
        word = text[m.start("org") : m.end("org")]
        org = idx.org_operation_orgs.get(" ".join(fold(word).split()))
        if org and org != "UN" and written_org_word(word):
            hits.append(Hit(m.start(), m.end(), ORG_OPERATION, (), "org_operation", None, org))
    return hits


def lookup_place(name: str, idx: _Index) -> Place | None:
    key = " ".join(fold(name).split())
    return idx.place_of.get(key) or idx.place_of.get(name)


def _written_as_place(text: str, start: int, end: int, idx: _Index) -> bool:
    """A place name is written capitalised, or with a lower-case opener before its
    capitalised part ("southern Sudan", "the former Yugoslavia"): the folded match alone
    would also take "chad" or "niger" in running text."""
    if text[start].isupper():
        return True
    first = re.match(r"[^\W\d_]+", text[start:end])
    rest = text[start + first.end() : end].lstrip() if first else ""
    return bool(first and first.group() in idx.lowercase_openers and rest[:1].isupper())


def place_hits(text: str, folded: str, idx: _Index) -> list[Hit]:
    hits = []
    for m in idx.place_re.finditer(folded):
        if not _written_as_place(text, m.start(), m.end(), idx):
            continue
        place = lookup_place(m.group(), idx)
        if place is not None:
            hits.append(Hit(m.start(), m.end(), PLACE, (), "place", place, None, m.start()))
    if idx.place_cased_re is not None:
        for m in idx.place_cased_re.finditer(text):
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    PLACE,
                    (),
                    "place",
                    idx.place_of[m.group()],
                    None,
                    m.start(),
                )
            )
    # a place cut off at the very end of the text ("... and the Democratic Re")
    tail_end = len(folded.rstrip())
    tail = folded[max(0, tail_end - 60) : tail_end]
    offset = tail_end - len(tail)
    for w in re.finditer(r"(?<![\w])\w", tail):
        piece = tail[w.start() :]
        if len(piece) < 8 or " " not in piece.strip() or not text[offset + w.start()].isupper():
            continue
        places = {p.place: p for f, p in idx.prefix_names if f.startswith(piece) and f != piece}
        if len(places) == 1:
            hits.append(
                Hit(
                    offset + w.start(),
                    tail_end,
                    PLACE,
                    (),
                    "place_truncated",
                    next(iter(places.values())),
                    None,
                    offset + w.start(),
                )
            )
            break
    return hits


def select_hits(hits: list[Hit], skip: Sequence[tuple[int, int]]) -> list[Hit]:
    """Non-overlapping hits: longer first, explicit before title before place.

    ``skip`` (person names) hides places and titles ("Chad Smith"), not a mission's written
    name: a name stage that takes "EUTM Mali" for a person does not unmake the mission. A
    title that overlaps a written name or acronym gives way to it.
    """
    order = {EXPLICIT: 0, TITLE: 1, GENERIC: 2, PLACE: 3}
    size = max([h.end for h in hits] + [e for _, e in skip] + [0])
    named = _Covered(size, [(h.start, h.end) for h in hits if h.kind == EXPLICIT])
    skipped = _Covered(size, skip)
    taken = _Covered(size, [])
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), order[h.kind], h.start)):
        if hit.kind == TITLE and named.overlaps(hit.start, hit.end):
            continue  # "the UN Mission in South Sudan" is a written name, not a title
        if hit.rule != "name" and skipped.overlaps(hit.start, hit.end):
            continue
        if taken.overlaps(hit.start, hit.end):
            continue
        chosen.append(hit)
        taken.add(hit.start, hit.end)
    return sorted(chosen, key=lambda h: h.start)


class _Covered:
    """Characters covered by spans: whether a span overlaps any of them costs its length,
    not the number of spans (a long report has thousands of hits)."""

    def __init__(self, size: int, spans: Sequence[tuple[int, int]]) -> None:
        self._flags = bytearray(size + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self._flags[start:end] = b"\x01" * max(0, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (not empty) shares a character with a covered span."""
        return self._flags.find(1, start, end) >= 0
