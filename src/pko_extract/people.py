"""Parse stage, people: person mentions, their honorifics, positions and organisations,
and the grouping of mentions into persons.

Pure. Inputs are the text, the recognized spans (honorifics and position words from the
SpanRuler, PERSON entities from the statistical NER) and the rule data. A mention is found
from an honorific or rank ("Prof. Takahiro SHINYO"), from a program role line ("Moderator:
Toshiya Hoshino"), or from the NER; the rules then check that it looks like a personal name
(no organisation, position or agenda words). ``apposition.py`` reads the positions and
organisations around each mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pko_extract import patterns as P
from pko_extract.lexicon import Lexicon
from pko_extract.names import display_name, is_name_token, name_tokens, scan_name
from pko_extract.recognize import Recognized
from pko_extract.segment import Line


@dataclass(eq=False)
class Mention:
    """One occurrence of a person's name with what surrounds it."""

    start: int
    end: int
    raw: str
    honorific: str | None = None
    honorific_start: int | None = None
    positions: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    method: str = "rule"

    @property
    def anchor(self) -> int:
        """Start of the mention including its honorific."""
        return self.honorific_start if self.honorific_start is not None else self.start


@dataclass(eq=False)
class PersonDraft:
    """A person: all the mentions that refer to them, and what they did."""

    mentions: list[Mention]
    roles: list[str] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def best(self) -> Mention:
        """The first of the longest mentions: the fullest form of the name."""
        longest = max(len(name_tokens(m.raw)) for m in self.mentions)
        return next(m for m in self.mentions if len(name_tokens(m.raw)) == longest)

    @property
    def name(self) -> str:
        return display_name(self.best.raw)

    @property
    def honorific(self) -> str | None:
        return next((m.honorific for m in self.mentions if m.honorific), None)

    def _collect(self, attr: str) -> list[str]:
        out: list[str] = []
        seen: set[str] = set()
        for m in self.mentions:
            for v in getattr(m, attr):
                k = v.casefold()
                if k not in seen:
                    seen.add(k)
                    out.append(v)
        return out

    @property
    def positions(self) -> list[str]:
        return self._collect("positions")

    @property
    def organizations(self) -> list[str]:
        return self._collect("organizations")

    def add_role(self, role: str) -> None:
        if role not in self.roles:
            self.roles.append(role)


# --------------------------------------------------------------------------------------
# Finding mentions
# --------------------------------------------------------------------------------------


def _honorific_chains(text: str, rec: Recognized) -> list[tuple[int, int, str]]:
    """Maximal runs of adjacent honorific spans ("H.E. Mr.", "Maj. Gen."), with "(Ret.)"."""
    spans = sorted(rec.honorifics, key=lambda s: (s.start, -s.end))
    chains: list[list[int]] = []
    for s in spans:
        if s.start > 0 and text[s.start - 1] in "-‐–" or text[s.end : s.end + 1] in ("-", "‐"):
            continue  # "Director-General", "Secretary-General"
        if s.text == "M." and re.search(
            r"[A-Z][\w’'-]+[ \t]+$", text[max(0, s.start - 30) : s.start]
        ):
            continue  # an initial ("John M. Smith"), not the French "M."
        if chains and s.start <= chains[-1][1] + 1 and not text[chains[-1][1] : s.start].strip():
            chains[-1][1] = max(chains[-1][1], s.end)
        elif chains and s.start < chains[-1][1]:
            continue
        else:
            chains.append([s.start, s.end])
    out = []
    for start, end in chains:
        m = P.RETIRED.match(text, end)
        if m:
            end = m.end()
        out.append((start, end, text[start:end]))
    return out


def _is_plausible_name(raw: str, lex: Lexicon, *, min_tokens: int = 1) -> bool:
    toks = raw.split()
    if len(toks) < min_tokens or len(toks) > 6:
        return False
    if any(t.rstrip(".") in lex.stop_words for t in toks):
        return False
    if not all(
        is_name_token(t) or t.lower() in {"de", "van", "von", "bin", "al", "da", "del", "der"}
        for t in toks
    ):
        return False
    # an all-caps single token is an acronym, not a name
    if len(toks) == 1 and toks[0].isupper() and len(toks[0]) <= 5:
        return False
    return any(len(t.rstrip(".")) > 1 for t in toks)


def find_mentions(text: str, rec: Recognized, lines: list[Line], lex: Lexicon) -> list[Mention]:
    """All person mentions in document order (non-overlapping)."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: Mention) -> None:
        mentions.append(m)
        taken.append((m.anchor, m.end))

    # 1. Honorific or rank + name.
    for h_start, h_end, h_text in _honorific_chains(text, rec):
        span = scan_name(text, h_end, stop_words=lex.stop_words)
        if not span or text[h_end : span[0]].count("\n"):
            continue
        raw = text[span[0] : span[1]]
        if not _is_plausible_name(raw, lex):
            continue
        if _honorific_is_position(text, h_start, h_text, lex):
            add(Mention(span[0], span[1], raw, method="rule"))
        else:
            add(Mention(span[0], span[1], raw, h_text, h_start, method="rule"))

    # 2. Program lines: "Moderator: Toshiya Hoshino", "• Richard Gowan, ...".
    for line in lines:
        if not line.bullet and not (line.label and lex.is_program_label(line.label)):
            continue
        span = scan_name(text, line.content_start, stop_words=lex.stop_words)
        if span and free(*span):
            raw = text[span[0] : span[1]]
            if _is_plausible_name(raw, lex, min_tokens=2) and _followed_by_apposition(
                text, span[1]
            ):
                add(Mention(span[0], span[1], raw, method="rule"))

    # 2b. Bylines and photo credits: "By Ana Ruiz, Programme Lead", "Photo by Harry Sarles/X",
    #     "Reporting by X", "UN Photo/Ibrahim Ould Cheikh", "(CPOR / Eleanor Whitcombe)".
    starts = [m.end() for m in P.BYLINE.finditer(text)]
    for line in lines:
        if P.CREDIT_LINE.search(line.text):
            starts += [line.start + m.end() for m in re.finditer(r"/[ \t]*", line.text)]
    for pos in sorted(starts):
        span = scan_name(text, pos, max_tokens=4, stop_words=lex.stop_words)
        if span and free(*span):
            raw = text[span[0] : span[1]]
            if _is_plausible_name(raw, lex, min_tokens=2):
                add(Mention(span[0], span[1], raw, method="rule"))

    # 3. A name followed by a parenthetical apposition with a position:
    #    "Amina Yusuf (Deputy Head, Department of ...)".
    for hit in re.finditer(
        r"(?<![\w’'-])([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]+\(([^()\n]{3,200})\)", text
    ):
        raw = hit.group(1)
        span = scan_name(text, hit.start(1), stop_words=lex.stop_words)
        if not span or span[1] != hit.end(1) or not free(*span):
            continue
        if _is_plausible_name(raw, lex, min_tokens=2) and lex.has_position(hit.group(2)):
            add(Mention(span[0], span[1], raw, method="rule"))

    # 4. Statistical NER, cleaned by the same name rules; names inside another person's
    #    parenthetical or on a non-program label line ("Venue: Salle X") are not people.
    label_lines = [
        (ln.start, ln.end) for ln in lines if ln.label and not lex.is_program_label(ln.label)
    ]
    for p in rec.persons:
        if any(a <= p.start < b for a, b in label_lines) or _in_parentheses(text, p.start):
            continue
        span = scan_name(text, p.start, stop_words=lex.stop_words)
        if not span:
            continue
        start, end = span[0], min(span[1], p.end)
        raw = text[start:end].rstrip(".")
        end = start + len(raw)
        if not raw or not free(start, end):
            continue
        if _is_plausible_name(raw, lex) and not _inside_other_name(text, start, end, lex):
            add(Mention(start, end, raw, method="model"))

    # 5. A name right after a position word ("Minister Marial", "Chair Takasu"): kept only
    #    when it refers to someone named in full elsewhere (see group_mentions).
    for s in rec.positions:
        if text[s.end : s.end + 1] not in (" ",):
            continue
        span = scan_name(text, s.end, max_tokens=1, stop_words=lex.stop_words)
        if span and free(*span):
            raw = text[span[0] : span[1]]
            if _is_plausible_name(raw, lex):
                add(Mention(span[0], span[1], raw, method="rule"))

    # 6. Short forms: a family name alone ("Wood facilitated") or a full name written once
    #    after a title that hid it from the other rules ("... Operational Support Atul Khare",
    #    later "Mr. Khare").
    full = [m for m in mentions if len(m.raw.split()) >= 2]
    singles = [m for m in mentions if len(m.raw.split()) == 1]
    known = {t for m in full for t in name_tokens(m.raw)}
    for m in singles:
        tok = m.raw
        if name_tokens(tok)[0] in known:
            continue
        for hit in re.finditer(
            r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+" + re.escape(tok) + r"(?![\w’'-])", text
        ):
            given = hit.group(1)
            if given in lex.stop_words or given in lex.honorific_words or not is_name_token(given):
                continue
            if free(hit.start(), hit.end()):
                add(Mention(hit.start(), hit.end(), hit.group(), method="rule"))
                known.update(name_tokens(hit.group()))
                break
    for m in list(mentions):
        toks = m.raw.split()
        if len(toks) < 2:
            continue
        family = (
            toks[-1]
            if not any(t.isupper() and len(t) > 1 for t in toks)
            else next(t for t in toks if t.isupper() and len(t) > 1)
        )
        if len(family) < 3 or family in lex.stop_words:
            continue
        for hit in re.finditer(r"(?<![\w’'.-])" + re.escape(family) + r"(?![\w’'-])", text):
            if free(hit.start(), hit.end()) and not _inside_other_name(
                text, hit.start(), hit.end(), lex
            ):
                prev = text[max(0, hit.start() - 2) : hit.start()]
                nxt = text[hit.end() : hit.end() + 2]
                if (
                    re.match(r" [A-Z]", nxt)
                    or re.search(r"[A-Z][\w.]* $", text[max(0, hit.start() - 20) : hit.start()])
                    and not prev.endswith(". ")
                ):
                    continue
                add(Mention(hit.start(), hit.end(), hit.group(), method="rule"))

    mentions.sort(key=lambda m: m.start)
    return mentions


def _in_parentheses(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("(") > before.count(")")


def _inside_other_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A name that is part of something else: "Elizabeth Rose Conference Hall",
    "Sacred Sites to Foster Peaceful Pluralism"."""
    nxt = re.match(r"[ \t]+([A-Z][\w’'-]+)", text[end : end + 40])
    if nxt and (nxt.group(1) in lex.name_neighbours):
        return True
    prev = re.search(r"(\w+)[ \t]+$", text[max(0, start - 20) : start])
    return bool(
        prev and (prev.group(1) in {"to", "the", "of"} or prev.group(1) in lex.name_neighbours)
    )


def _honorific_is_position(text: str, h_start: int, h_text: str, lex: Lexicon) -> bool:
    """ "Chinese Ambassador WU Hailong": a capitalised word before a title-like honorific
    ("Ambassador", "Professor", "Commissioner") makes it part of a position."""
    if h_text.split()[0] not in {
        "Ambassador",
        "Professor",
        "Commandant",
        "Commissioner",
        "Captain",
    }:
        return False
    before = text[max(0, h_start - 40) : h_start]
    m = re.search(r"([A-Z][\w’'-]+)[ \t]+$", before)
    if not m:
        return False
    word = m.group(1)
    return word not in lex.honorific_words and not word.endswith(".")


def _followed_by_apposition(text: str, end: int) -> bool:
    nxt = text[end : end + 2]
    return nxt[:1] in {",", "(", "\n", ""} or nxt.startswith(" (") or end >= len(text) - 1


# --------------------------------------------------------------------------------------
# Grouping mentions into persons
# --------------------------------------------------------------------------------------


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
        if cands:
            cands[0].mentions.append(m)
        elif m.honorific and len(tok[0]) >= 3:
            person = PersonDraft([m])
            persons.append(person)
    for p in persons:
        p.mentions.sort(key=lambda x: x.start)
    persons.sort(key=lambda p: p.first.start)
    return persons
