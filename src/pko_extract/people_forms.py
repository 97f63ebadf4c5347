"""Parse stage, people: the forms of names found elsewhere, and the text look-ups the
mention strategies share.

Pure. :func:`short_forms` adds the later short forms of the names the strategies found (a
full name written once after a title that hid it, "Mr. Mehta", a family name alone);
:class:`Taken` records the characters already claimed by a mention;
:func:`is_plausible_name` checks that a run looks like a personal name. Split out of
``people.py`` (which holds the resolver; ``people_layout.py`` and ``people_prose.py`` hold
the strategies) to keep them readable.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pko_extract import patterns as P
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention
from pko_extract.names import is_article_joined, is_name_token, name_tokens, scan_name

__all__ = [
    "Candidate",
    "Taken",
    "after_caps_family_name",
    "after_leading_particle",
    "coordinated_names",
    "ends_name",
    "in_parentheses",
    "inline_label_names",
    "free_name_word",
    "inside_other_name",
    "is_plausible_name",
    "is_untitled_person_name",
    "name_run_start",
    "short_forms",
]

#: A mention proposed by a strategy or a form, with its ``evidence``.
Candidate = Mention


def after_leading_particle(text: str, start: int, lex: Lexicon) -> int:
    """The start of a name widened over a capitalised particle right before it: "El
    Ghassim Wane" for a span "Ghassim Wane" ("El", "Van", "Ould" are name particles)."""
    hit = P.LEADING_PARTICLE.search(text, max(0, start - 8), start)
    return hit.start(1) if hit and hit.group(1).casefold() in lex.particles else start


def after_caps_family_name(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The start of a name widened over an ALL-CAPS family name written first, right before
    a span of title-case given names: "NGUYEN Thi Lan Anh" for a span "Lan Anh" or "Thi Lan
    Anh" (East Asian order). The capitalised word opens the line, a list item or a clause
    (after a dash, a comma, a colon or a bracket); it is three letters or more and no stop
    word, and the span after it holds no capitals-only word."""
    hit = P.CAPS_FAMILY_BEFORE.search(text, max(0, start - 40), start)
    if hit is None or hit.end() != start or hit.group("family") in lex.stop_words:
        return start
    given = text[hit.start("given") : end].split() if hit.group("given") else []
    if any(w.isupper() for w in text[start:end].split()) or len(given) + 1 > 5:
        return start
    return hit.start("family")


#: Blocks whose lines are programme lines: a role label inside one names who takes it.
_PROGRAM_KINDS = frozenset({"timetable_row", "table_row", "list_item", "field"})


def inline_label_names(layout: Layout, lex: Lexicon) -> list[tuple[int, int]]:
    """The names right after a role label inside a programme line, each ending before the
    next label: "14:00 Session 1 “Title” Chair: Ana Lind Discussant: Tor Vik" -> "Ana Lind",
    "Tor Vik". A label that is the last word before a colon counts ("Lind Discussant:"); a
    name must fill the value or end it at a comma or bracket ("Panel: Female Engagement
    Teams" names a part, and "Panel" is no role label). Also the name opening a timetable
    row before a dash and its talk: "11.00: Ana Lind - Why mandates fail"."""
    text = layout.text
    out: list[tuple[int, int]] = []
    for line in layout.lines:
        if not (line.bullet or line.label or layout.kind_at(line.start) in _PROGRAM_KINDS):
            continue
        labels: list[tuple[int, int]] = []  # (label start, value start)
        for m in P.INLINE_LABEL.finditer(text, line.start, line.end):
            words = m.group("label").split()
            if lex.is_role_label(m.group("label")):
                labels.append((m.start(), m.end()))
            elif len(words) > 1 and "/" not in m.group("label") and lex.is_role_label(words[-1]):
                labels.append((m.start() + m.group("label").rindex(words[-1]), m.end()))
        clock = P.TIME_PREFIX.match(line.text)
        if clock and layout.kind_at(line.start) == "timetable_row":  # "10.00: Ana Lind - Title"
            at = line.start + clock.end()
            span = scan_name(text, at, stop_words=lex.stop_words, particles=lex.particles)
            if span and P.DASH_SEPARATOR.match(text, span[1]):
                out.append(span)
        for i, (_start, value) in enumerate(labels):
            end = labels[i + 1][0] if i + 1 < len(labels) else line.end
            span = scan_name(text[:end], value, stop_words=lex.stop_words, particles=lex.particles)
            if span and (not text[span[1] : end].strip() or text[span[1]] in ",;(|"):
                out.append(span)
    return out


class Taken:
    """Characters already claimed by a mention (anchor to end): one flag per character, so
    that a check costs the length of the name, not the number of mentions found so far."""

    def __init__(self, length: int) -> None:
        self._flags = bytearray(length + 1)

    def free(self, a: int, b: int) -> bool:
        return self._flags.find(1, a, b) < 0

    def add(self, m: Mention) -> None:
        self._flags[m.anchor : m.end] = b"\x01" * max(0, m.end - m.anchor)


def short_forms(
    layout: Layout, mentions: list[Mention], taken: Taken, lex: Lexicon
) -> list[Candidate]:
    """Forms of the names found elsewhere: a full name written once after a title that hid it
    from the other strategies ("... Operational Support Ravi Mehta", later "Mr. Mehta"), and
    a family name alone ("Wood facilitated")."""
    text = layout.text
    words = _WordIndex(text)
    out = _full_forms_of_singles(text, words, mentions, taken, lex)
    out += _repeated_full_names(text, mentions, taken, lex)
    for m in [*mentions, *out]:
        family = _family_token(m.raw)
        if family is None or len(family) < 3 or family in lex.stop_words:
            continue
        for start, end in words.occurrences(family):
            if not taken.free(start, end) or inside_other_name(text, start, end, lex):
                continue
            if _continues_a_name(text, start, end):
                continue
            cand = Mention(start, end, text[start:end], evidence="family_name")
            out.append(cand)
            taken.add(cand)
    return out


#: What follows a repeated full name that gives its post: ", Director", " is Editor at X".
_POST_AFTER_REPEAT = re.compile(
    r",[ \t]+[A-Za-z]|[ \t]+(?:is|was|serves[ \t]+as)[ \t]+(?:an?[ \t]+)?[A-Z]"
)


def _repeated_full_names(
    text: str, mentions: list[Mention], taken: Taken, lex: Lexicon
) -> list[Candidate]:
    """A full name found once, written again where no strategy read it ("About the author:
    Ana Ruiz-Vidal is Editor at X" after "Posted by Ana Ruiz-Vidal"): each free occurrence
    of the same words that a post follows (a comma, or "is"/"was"/"serves as" and a capital),
    not inside another name."""
    out: list[Candidate] = []
    for raw in dict.fromkeys(m.raw for m in mentions if len(m.raw.split()) > 1):
        for start, end in _free_standing(text, raw):
            if not taken.free(start, end) or inside_other_name(text, start, end, lex):
                continue
            if not _POST_AFTER_REPEAT.match(text, end):
                continue  # only where a post follows: the other repeats add nothing
            cand = Mention(start, end, raw, evidence="full_name")
            out.append(cand)
            taken.add(cand)
    return out


def _free_standing(text: str, raw: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each ``raw`` in ``text`` not inside a longer word or name: what
    ``re.finditer(r"(?<![\\w’'.-])" + re.escape(raw) + r"(?![\\w’'-])", text)`` finds
    (left to right, not overlapping), without compiling a pattern per name (a report's
    names are its own: ``re``'s cache would only hold them to evict the rules' patterns)."""
    out: list[tuple[int, int]] = []
    size, pos = len(raw), 0
    while (start := text.find(raw, pos)) >= 0:
        end = start + size
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if (before and (before == "." or _is_name_word_char(before))) or (
            after and _is_name_word_char(after)
        ):
            pos = start + 1
            continue
        out.append((start, end))
        pos = end
    return out


#: A word of a name: letters, digits, apostrophes and hyphens ("O'Neil", "Al-Hassan").
_NAME_WORD = re.compile(r"[\w’'-]+")
_NAME_WORD_FULL = re.compile(r"[\w’'-]+\Z")


class _WordIndex:
    """Where each word stands alone in the text (not after a dot, not inside a longer word),
    built in one pass: finding a family name costs a look-up, not a scan of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: dict[str, list[tuple[int, int]]] | None = None

    def occurrences(self, word: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every free-standing ``word``, in text order."""
        if not _NAME_WORD_FULL.match(word):  # rare ("Smith."): scan for it
            return _free_standing(self.text, word)
        if self._at is None:
            self._at = defaultdict(list)
            for hit in _NAME_WORD.finditer(self.text):
                if hit.start() == 0 or self.text[hit.start() - 1] != ".":
                    self._at[hit.group()].append(hit.span())
        return self._at.get(word, [])

    def after_a_capitalised_word(self, word: str) -> list[tuple[int, int, int]]:
        """Each "Given WORD" of the text, as ``(start, end of Given, end)`` in text order:
        what ``re.finditer`` finds with ``(?<![\\w’'-])([A-Z][\\w’'-]+)[ \\t]+WORD(?![\\w’'-])``
        (non-overlapping), from the index instead of a scan."""
        text = self.text
        if not _NAME_WORD_FULL.match(word):
            pattern = r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+" + re.escape(word) + r"(?![\w’'-])"
            return [(h.start(), h.end(1), h.end()) for h in re.finditer(pattern, text)]
        out: list[tuple[int, int, int]] = []
        last_end = 0
        for start, end in self.occurrences(word):
            given_end = start
            while given_end > 0 and text[given_end - 1] in " \t":
                given_end -= 1
            given_start = given_end
            while given_start > 0 and _is_name_word_char(text[given_start - 1]):
                given_start -= 1
            if given_end == start or given_end - given_start < 2 or given_start < last_end:
                continue
            if "A" <= text[given_start] <= "Z":
                out.append((given_start, given_end, end))
                last_end = end
        return out


def _is_name_word_char(ch: str) -> bool:
    """``ch`` matches ``[\\w’'-]`` (``\\w`` is ``str.isalnum`` or the underscore)."""
    return ch.isalnum() or ch in "_’'-"


def _full_forms_of_singles(
    text: str, words: _WordIndex, mentions: list[Mention], taken: Taken, lex: Lexicon
) -> list[Candidate]:
    full = [m for m in mentions if len(m.raw.split()) >= 2]
    singles = [m for m in mentions if len(m.raw.split()) == 1]
    known = {t for m in full for t in name_tokens(m.raw)}
    out: list[Candidate] = []
    for m in singles:
        tok = m.raw
        if name_tokens(tok)[0] in known:
            continue
        for start, given_end, end in words.after_a_capitalised_word(tok):
            given = text[start:given_end]
            if given in lex.stop_words or given in lex.honorific_words or not is_name_token(given):
                continue
            if taken.free(start, end):
                first = after_leading_particle(text, start, lex)
                cand = Mention(first, end, text[first:end], evidence="full_form")
                out.append(cand)
                taken.add(cand)
                known.update(name_tokens(cand.raw))
                break
    return out


def _family_token(raw: str) -> str | None:
    """The family name of a full name: its all-caps token, else its last token."""
    toks = raw.split()
    if len(toks) < 2:
        return None
    caps = next((t for t in toks if t.isupper() and len(t) > 1), None)
    return caps if caps is not None else toks[-1]


def _continues_a_name(text: str, start: int, end: int) -> bool:
    """A family name that is part of another capitalised run ("Wood Street", "John Wood")."""
    prev = text[max(0, start - 2) : start]
    nxt = text[end : end + 2]
    return bool(
        re.match(r" [A-Z]", nxt)
        or re.search(r"[A-Z][\w.]* $", text[max(0, start - 20) : start])
        and not prev.endswith(". ")
    )


def in_parentheses(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("(") > before.count(")")


def inside_other_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A name that is part of something else: "Aurora Borealis Conference Hall",
    "Sacred Sites to Foster Peaceful Pluralism", "Kofi Annan International Centre", "the Ana
    Ruiz medals"."""
    nxt = re.match(r"[ \t]+([A-Z][\w’'-]+)", text[end : end + 40])
    if nxt and (nxt.group(1) in lex.name_neighbours):
        return True
    if P.EPONYM_NOUN_AFTER.match(text, end):
        return True  # "the Dag Hammarskjöld medals": a prize named after a person
    prev = re.search(r"(\w+)[ \t]+$", text[max(0, start - 20) : start])
    return bool(
        prev and (prev.group(1) in {"to", "the", "of"} or prev.group(1) in lex.name_neighbours)
    )


def is_plausible_name(raw: str, lex: Lexicon, *, min_tokens: int = 1) -> bool:
    """``raw`` looks like a personal name: one to six name tokens (at least ``min_tokens``),
    no stop word, not only honorifics, not a lone particle or a short acronym."""
    toks = raw.split()
    if len(toks) < min_tokens or len(toks) > 6:
        return False
    if any(t.rstrip(".") in lex.stop_words for t in toks):
        return False
    if raw in lex.honorific_words or all(t in lex.honorific_words for t in toks):
        return False  # "Rt Hon"
    if len(toks) == 1 and raw.casefold() in lex.particles:
        return False  # "El" of "Special Representative El Hadji Sarr Ndiaye"
    if any(t.isupper() and t.rstrip(".").capitalize() in lex.stop_words for t in toks):
        return False  # "PEACE SUPPORT ASSOCIATION"
    names = sum(is_name_token(t) for t in toks)
    if not all(
        is_name_token(t)
        or t.lower() in lex.core_particles
        or (k and is_article_joined(t))
        or (names >= 3 and t in lex.particles and toks[k - 1] in lex.core_particles)
        for k, t in enumerate(toks)
    ):  # "la" only after "de" in a name of three name words: "Tomás de la Fuente Ibarra"
        return False
    # an all-caps single token is an acronym, not a name
    if len(toks) == 1 and toks[0].isupper() and len(toks[0]) <= 5:
        return False
    return any(len(t.rstrip(".")) > 1 for t in toks)


def is_untitled_person_name(raw: str, lex: Lexicon) -> bool:
    """``raw`` is a name of two to six words that opens with no honorific and holds no
    organisation word: what a strategy that reads a name from a label, a comma or a verb
    keeps ("Contact: Ana Ruiz", "the Special Representative, Ana Ruiz,", "said Ana Ruiz");
    a name opening with an honorific ("Captain Ana Ruiz") is the honorific strategy's."""
    return (
        raw.split()[0] not in lex.honorific_words
        and is_plausible_name(raw, lex, min_tokens=2)
        and not lex.has_org(raw)
    )


def free_name_word(tok: str, lex: Lexicon) -> bool:
    return is_name_token(tok) and not tok.endswith(".") and tok not in lex.stop_words


def name_run_start(words: list[str], lex: Lexicon) -> int:
    """The index of the first word of the name that ends ``words``: the last run of name
    words, with the particles between them ("Tomás de la Fuente Ibarra", "Maryam bint Khalid
    Al-Suwaidi"), and the initials ("Karin T. Olsberg"); ``len(words)`` when the last word is
    none."""
    k = len(words)
    while k > 0:
        if free_name_word(words[k - 1], lex) or (k > 1 and is_article_joined(words[k - 1])):
            k -= 1
            continue
        j = k
        while j > 0 and (words[j - 1] in lex.particles or P.INITIAL_WORD.fullmatch(words[j - 1])):
            j -= 1  # "de la" before "Fuente", "F." before "Johnson": a name word comes first
        if j == k or j == 0 or k == len(words) or not free_name_word(words[j - 1], lex):
            break
        k = j
    return k


def ends_name(text: str, pos: int) -> bool:
    """A name ends before punctuation or a lower-case word: "Han Jiwoo gave", "X (Egypt)"."""
    nxt = text[pos : pos + 2]
    return not nxt or nxt[0] in ",;:.)\n" or nxt == " (" or (nxt[0] == " " and nxt[1:].islower())


def coordinated_names(
    layout: Layout, mentions: list[Mention], taken: Taken, lex: Lexicon
) -> list[Candidate]:
    """A full name joined by "and" to a full name found: "a study by Ana Ruiz and Li Wei",
    "Ms. Ana Ruiz and Li Wei". The first name shows the second is a person where the NER
    misses it; the second must end as a name does and hold no organisation word."""
    text = layout.text
    out: list[Candidate] = []
    for m in mentions:
        hit = P.AND_AFTER_NAME.match(text, m.end)
        if len(m.raw.split()) < 2 or not hit:
            continue
        span = scan_name(text, hit.end(), stop_words=lex.stop_words, particles=lex.particles)
        if not span or not taken.free(*span) or not ends_name(text, span[1]):
            continue
        raw = text[span[0] : span[1]]
        if is_plausible_name(raw, lex, min_tokens=2) and not lex.has_org(raw):
            cand = Mention(span[0], span[1], raw, evidence="coordinated")
            out.append(cand)
            taken.add(cand)
    return out
