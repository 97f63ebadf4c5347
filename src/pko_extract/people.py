"""Parse stage, people: person mentions, their honorifics, positions and organisations,
and the grouping of mentions into persons.

Pure. Inputs are the text, the recognized spans (honorifics and position words from the
SpanRuler, PERSON entities from the statistical NER) and the rule data. A mention is found
from an honorific or rank ("Prof. Takahiro SHINYO"), from a program role line ("Moderator:
Toshiya Hoshino"), or from the NER; the rules then check that it looks like a personal name
(no organisation, position or agenda words) and read the apposition around it:

    "Mr. X, Minister for Foreign Affairs of Japan"       -> position after the name
    "Foreign Minister X delivered"                       -> position before the name
    "Ms. X, Director, Y Institute / Professor, Z"        -> positions and organisations
    "Professor X of Korea University"                    -> organisation after "of"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pko_extract.names import display_name, is_name_token, name_tokens, scan_name
from pko_extract.recognize import Recognized
from pko_extract.resources import Rules
from pko_extract.segment import Line

# Lower-case words allowed inside positions and organisation names.
CONNECTORS = frozenset(
    {
        "of",
        "for",
        "the",
        "and",
        "on",
        "in",
        "to",
        "at",
        "de",
        "du",
        "des",
        "la",
        "le",
        "a",
        "an",
        "&",
        "with",
        "d’",
        "former",
        "acting",
        "deputy",
        "interim",
        "senior",
    }
)
_RETIRED = re.compile(r"[ \t]*\((?:Ret|Retd|ret|retd|Retired|retired)\.?\)")
_NOT_NAME_WORDS = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "This",
        "That",
        "These",
        "Our",
        "His",
        "Her",
        "Their",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "And",
        "But",
        "UN",
        "U.N.",
        "United",
        "Nations",
        "Peacekeeping",
        "Peace",
        "Security",
        "Remarks",
        "Session",
        "Day",
        "Photo",
        "Pictured",
        "Speakers",
        "Speaker",
        "Moderator",
        "Panel",
        "Forum",
        "Seminar",
        "Symposium",
        "Conference",
        "Republic",
        "Democratic",
        "Kingdom",
        "States",
        "Government",
        "Japan",
        "China",
        "Korea",
        "Africa",
        "African",
        "Europe",
        "European",
        "Asia",
        "Asian",
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Middle",
        "Related",
        "Publications",
        "Mission",
        "Missions",
        "Operations",
        "Operation",
        "Headquarters",
        "Secretariat",
        "Office",
        "Cote",
        "Côte",
        "Ivoire",
        "Congo",
        "Timor",
        "Leste",
        "Gaddafi",
        "Twitter",
        "Facebook",
        "Complete",
        "Agenda",
        "Program",
        "Programme",
        "English",
        "Back",
        "Index",
        "Video",
        "Portal",
        "Please",
        "Executive",
        "Summary",
        "Opening",
        "Closing",
        "Keynote",
        "Address",
        "Statement",
        "Welcome",
        "Welcoming",
        "Introductory",
        "Special",
        "Report",
        "Discussion",
        "Q&A",
        "Secretary-General",
        "Under-Secretary-General",
        "Force",
        "Commander",
        "Chief",
        "Minister",
        "Ambassador",
        "President",
        "Director",
        "Chair",
        "Head",
        "Course",
        "Officers",
        "Students",
        "Staff",
        "Members",
        "Delegates",
        "Participants",
        "Senior",
        "Women",
        "Protection",
        "Civilians",
        "Youth",
        "Universitas",
        "Universidad",
        "Instituto",
        "Institut",
        "Universiteit",
    }
)
_ORG_HINT = re.compile(r"\b(?:[A-Z]{2,}[a-z]?s?|[A-Z]\.[A-Z]\.)\b")


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
    context_end: int = 0  # end of the apposition read after the name

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


class Lexicon:
    """Word sets derived from the rules, for fast membership tests."""

    def __init__(self, rules: Rules) -> None:
        self._rules = rules
        self.position_words = rules.position_words
        self.org_words = rules.org_words
        self._pos_re = _words_re(rules.position_words)
        self._org_re = _words_re(rules.org_words)
        label_words = {w for a in rules.agenda_labels for w in a.text.split()}
        label_words |= {w for r in rules.role_labels for w in r.text.split()}
        single = {w for w in (*rules.position_words, *rules.org_words) if " " not in w}
        self.stop_words = frozenset(_NOT_NAME_WORDS | single | label_words)
        self.honorific_words = frozenset(h.text for h in rules.honorifics)

    def is_program_label(self, label: str) -> bool:
        """A program label: a role ("Moderator") or an agenda part ("Opening Remarks")."""
        return (
            self._rules.role_label(label) is not None or self._rules.agenda_label(label) is not None
        )

    def has_position(self, phrase: str) -> bool:
        return bool(self._pos_re.search(phrase))

    def has_org(self, phrase: str) -> bool:
        return bool(self._org_re.search(phrase))

    def position_at_start(self, phrase: str) -> bool:
        m = self._pos_re.search(phrase)
        return (
            bool(m)
            and not phrase[: m.start()]
            .strip(" -–,")
            .replace("former", "")
            .replace("Former", "")
            .strip()
        )


def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


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
        if chains and s.start <= chains[-1][1] + 1 and not text[chains[-1][1] : s.start].strip():
            chains[-1][1] = max(chains[-1][1], s.end)
        elif chains and s.start < chains[-1][1]:
            continue
        else:
            chains.append([s.start, s.end])
    out = []
    for start, end in chains:
        m = _RETIRED.match(text, end)
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
    if nxt and (nxt.group(1) in lex.org_words or nxt.group(1) in VENUE_WORDS):
        return True
    prev = re.search(r"(\w+)[ \t]+$", text[max(0, start - 20) : start])
    return bool(
        prev
        and (
            prev.group(1) in {"to", "the", "of"}
            or prev.group(1) in lex.org_words
            or prev.group(1) in FOREIGN_ORG_WORDS
        )
    )


# Organisation words of other languages that precede a proper name ("Universitas Nusantara Raya").
FOREIGN_ORG_WORDS = frozenset(
    {
        "Universitas",
        "Universidad",
        "Universidade",
        "Université",
        "Universität",
        "Universiteit",
        "Università",
        "Instituto",
        "Institut",
        "Fundación",
        "Fundação",
        "Fondation",
        "Stiftung",
        "Centro",
        "Académie",
        "Academia",
    }
)


VENUE_WORDS = frozenset(
    {
        "Hall",
        "Room",
        "Building",
        "Conference",
        "Auditorium",
        "Street",
        "Avenue",
        "Road",
        "Prize",
        "Award",
        "Lecture",
        "Museum",
        "Library",
        "Park",
        "Square",
        "Hotel",
    }
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
# Appositions: positions and organisations around a mention
# --------------------------------------------------------------------------------------

_PAREN = re.compile(r"\(([^()]*)\)")
_DROP_PAREN = re.compile(r"^\s*(?:TBC|TBD|tbc|tbd|invited|to be confirmed)\s*$")


def _phrase_end(text: str, pos: int, limit: int) -> int:
    """End of a title-case phrase starting at ``pos``: stops at a lower-case word that is not
    a connector, at a sentence end, a semicolon or a line break."""
    i = pos
    last_good = pos
    depth = 0
    for m in re.finditer(r"\S+", text[pos:limit]):
        tok = m.group()
        tstart = pos + m.start()
        core = tok.strip("(),.;:\"“”'’")
        if "\n" in text[i:tstart] and depth == 0:
            break
        depth += tok.count("(") - tok.count(")")
        if core and core[0].islower() and core not in CONNECTORS and depth <= 0:
            break
        i = pos + m.end()
        last_good = i
        if tok.endswith((";",)) and depth <= 0:
            last_good -= 1
            break
        if (
            tok.endswith(".")
            and depth <= 0
            and len(core) > 2
            and core not in {"Ret", "Retd"}
            and not re.match(r"^(?:[A-Z]\.)+$", tok)
        ):
            last_good -= 1
            break
    # trim trailing connectors and punctuation
    out = text[pos:last_good]
    while True:
        stripped = out.rstrip(" ,;:")
        words = stripped.split()
        if words and words[-1] in CONNECTORS:
            stripped = stripped[: stripped.rfind(words[-1])]
        if stripped == out:
            break
        out = stripped
    return pos + len(out)


def _split_segments(app: str) -> list[str]:
    """Split an apposition at commas and slashes outside parentheses; parentheticals that
    hold positions become segments of their own."""
    segs: list[str] = []
    depth = 0
    cur = ""
    for ch in app:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",/;":
            segs.append(cur)
            cur = ""
            continue
        cur += ch
    segs.append(cur)
    out: list[str] = []
    for seg in segs:
        inner = [g for g in _PAREN.findall(seg)]
        base = _PAREN.sub("", seg) if any("," in g or _DROP_PAREN.match(g) for g in inner) else seg
        base = " ".join(base.split()).strip(" -–—")
        if base:
            out.append(base)
        for g in inner:
            if ("," in g) and not _DROP_PAREN.match(g):
                out.extend(s for s in _split_segments(g) if s)
    return out


def classify_segments(segs: list[str], lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) from apposition segments.

    A segment with a position word is a position; if it reads "<position> of the <org>",
    the organisation is also recorded. A segment with an organisation word, or an acronym,
    is an organisation. Countries and other bare words are neither.
    """
    positions: list[str] = []
    orgs: list[str] = []
    for seg in segs:
        if len(seg) < 2 or not seg[0].isalnum():
            continue
        if lex.has_position(seg) and (
            lex.position_at_start(seg) or not lex.has_org(seg.split(" of ")[0])
        ):
            positions.append(seg)
            m = re.search(r"\b(?:of|at)\s+the\s+(.+)$", seg)
            if m and lex.has_org(m.group(1)) and not lex.has_position(m.group(1)):
                orgs.append(m.group(1))
        elif lex.has_org(seg) or _ORG_HINT.fullmatch(seg.split()[0]):
            lead = seg.split()[0]
            rest = seg[len(lead) :].strip()
            # "UNMISS Force Commander": a leading acronym before a position
            if _ORG_HINT.fullmatch(lead) and rest and lex.position_at_start(rest):
                orgs.append(lead)
                positions.append(rest)
            else:
                orgs.append(seg)
    return positions, orgs


def read_apposition(text: str, m: Mention, lex: Lexicon, line_end: int, *, program: bool) -> None:
    """Fill ``m.positions``/``m.organizations`` from the text after and before the name."""
    pos = m.end
    after = text[pos : pos + 3]
    if after.startswith((",", " (", "(")):
        if program:
            end = line_end
            # a program line may end with an agenda label handled elsewhere; keep it all
        else:
            end = _phrase_end(text, pos + 1, min(len(text), pos + 400))
        app = text[pos:end].lstrip(" ,")
        if app.startswith("("):
            close = app.find(")")
            app = app[1:close] if close > 0 else app[1:]
        # an apposition ending at the next person's honorific belongs to that person
        positions, orgs = classify_segments(_split_segments(app), lex)
        m.positions.extend(positions)
        m.organizations.extend(orgs)
        m.context_end = end
    elif after.startswith(" of") or after.startswith(", of"):
        start = text.find("of", pos) + 2
        end = _phrase_end(text, start, min(len(text), start + 200))
        phrase = text[start:end].strip()
        phrase = re.sub(r"^the\s+", "", phrase)
        if phrase and lex.has_org(phrase):
            m.organizations.append(phrase)
        m.context_end = end
    # a position written before the name: "Foreign Minister X", "UNMISS Force Commander Maj. Gen. X"
    before = _title_before(text, m.anchor, lex)
    if before:
        positions, orgs = classify_segments([before], lex)
        m.positions[:0] = positions
        m.organizations[:0] = orgs


def _title_before(text: str, anchor: int, lex: Lexicon) -> str | None:
    line_start = text.rfind("\n", 0, anchor) + 1
    seg = text[line_start:anchor]
    # back to the last clause boundary
    cut = max(
        seg.rfind(","),
        seg.rfind(";"),
        seg.rfind("("),
        seg.rfind(":"),
        seg.rfind("—"),
        seg.rfind(" – "),
        seg.rfind(". "),
    )
    seg = seg[cut + 1 :] if cut >= 0 else seg
    words = seg.split()
    if not words:
        return None
    keep: list[str] = []
    for w in reversed(words):
        core = w.strip('"“”')
        if core and (
            core[0].isupper() or core[0].isdigit() or core in CONNECTORS or core[0] in "’'"
        ):
            keep.append(w)
        else:
            break
    keep.reverse()
    while keep and keep[0] in CONNECTORS and keep[0] not in {"former", "acting", "deputy"}:
        keep.pop(0)
    while keep and keep[-1] in CONNECTORS:
        keep.pop()
    phrase = " ".join(keep)
    if not phrase or not lex.has_position(phrase):
        return None
    # the phrase must end right before the name: "Minister of Information Dr. X"
    return phrase


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
