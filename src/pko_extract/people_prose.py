"""Parse stage, people: the mention strategies that read running text: an honorific or rank
before a name, a name before a parenthetical position, a delegate before a verb of speech,
the statistical NER, a name before its affiliation or office, a name after an office or a
position word.

Pure. Each strategy takes the layout, the recognized spans and the lexicon and proposes
:class:`~pko_extract.models.Mention` candidates with their ``evidence``; ``people.py`` holds
the resolver that chooses among them (``people_layout.py`` holds the strategies that read
the layout).
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_affiliation import affiliation_after, names_a_body
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention, Recognized
from pko_extract.names import scan_name
from pko_extract.people_forms import (
    Candidate,
    after_caps_family_name,
    after_leading_particle,
    ends_name,
    in_parentheses,
    inside_other_name,
    is_plausible_name,
    is_untitled_person_name,
    name_run_start,
)
from pko_extract.people_layout import in_link_bar, on_field_line

__all__ = [
    "affiliation_mentions",
    "delegate_mentions",
    "honorific_mentions",
    "ner_mentions",
    "office_mentions",
    "parenthetical_mentions",
    "position_word_mentions",
    "quoted_speaker_mentions",
    "title_mentions",
]


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
        gap = text[chains[-1][1] : s.start] if chains else ""
        if chains and (
            s.start <= chains[-1][1] + 1
            and not gap.strip()
            or _only_a_rank_mark(gap)  # "Lieutenant General (Retired) Sir X"
        ):
            chains[-1][1] = max(chains[-1][1], s.end)
        elif chains and s.start < chains[-1][1]:
            continue
        else:
            chains.append([s.start, s.end])
    out = []
    for start, end in chains:
        m = P.RANK_PAREN.match(text, end)
        if m:
            end = m.end()
        out.append((start, end, text[start:end]))
    return out


def _only_a_rank_mark(gap: str) -> bool:
    """The text between two honorifics is a retirement mark or title: " (Retired) "."""
    mark = P.RANK_PAREN.match(gap)
    return mark is not None and not gap[mark.end() :].strip()


def honorific_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """An honorific or rank followed by a name: "Prof. Takahiro SHINYO", "H.E. Mr. X"."""
    text = layout.text
    out: list[Candidate] = []
    for h_start, h_end, h_text in _honorific_chains(text, rec):
        at = h_end + 1 if text[h_end : h_end + 1] in {"‘", "’"} else h_end  # "Dr.‘Funmi X"
        span = scan_name(text, at, stop_words=lex.stop_words, particles=lex.particles)
        if not span or text[h_end : span[0]].count("\n"):
            continue
        span = _wrapped_rest(layout, h_start, span, lex) or span  # "Ms. Ana\nRuiz-Vik said"
        if h_text in lex.peerage_titles and (seat := P.PEERAGE_SEAT.match(text, span[1])):
            span = (span[0], seat.end())  # "Lord Hartwell of Eastmere"
        raw = text[span[0] : span[1]]
        if not is_plausible_name(raw.replace(" of ", " "), lex):
            continue
        if _honorific_is_position(text, h_start, h_text, lex):
            out.append(Mention(span[0], span[1], raw, evidence="honorific"))
        else:
            out.append(Mention(span[0], span[1], raw, h_text, h_start, evidence="honorific"))
    return out


def _wrapped_rest(
    layout: Layout, h_start: int, span: tuple[int, int], lex: Lexicon
) -> tuple[int, int] | None:
    """The name after an honorific widened over a line break where running text was wrapped
    inside it: "presided over by Commissioner (ret.) Abdoulaye\nDiallo Keita. In his ..."
    -> "Abdoulaye Diallo Keita". Only on a paragraph line holding prose before the honorific
    (a lower-case word), when the next line (also a paragraph line) opens with the name's
    rest, followed on that line by more text, and no honorific; or inside a caption wrapped
    over two lines of its block ("L-R: ..., Maj. Kwabena\nOwusu-Ansah, Capt. ..."); at most
    five words in all. Name lines one under another are never joined."""
    text = layout.text
    line = layout.line_at(span[0])
    kind = layout.kind_at(span[0])
    if text[span[1] : line.end].strip() or kind not in {"paragraph", "caption"}:
        return None
    i = layout.line_index(span[0])
    if i + 1 >= len(layout.lines):
        return None
    if kind == "caption":
        if layout.block_of_line(i + 1) is not layout.block_of_line(i):
            return None
    elif not re.search(r"\b[a-z]{2,}\b", text[line.start : h_start]):
        return None
    elif layout.kind_at(layout.lines[i + 1].start) != "paragraph":
        return None
    nxt = layout.lines[i + 1]
    rest = scan_name(text, nxt.start, stop_words=lex.stop_words, particles=lex.particles)
    if not rest or rest[1] >= nxt.end or text[rest[1]] not in " ,.;:(":
        return None
    if lex.has_position(text[rest[0] : rest[1]]):
        return None  # "Gen. Ana Ruiz\nFormer Force Commander": an office line
    words = text[span[0] : rest[1]].split()
    if len(words) > 5 or any(w in lex.honorific_words for w in text[rest[0] : rest[1]].split()):
        return None
    return span[0], rest[1]


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


def parenthetical_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A name followed by a parenthetical apposition with a position:
    "Amina Yusuf (Deputy Head, Department of ...)"."""
    text = layout.text
    out: list[Candidate] = []
    for hit in P.NAME_WITH_PAREN.finditer(text):
        raw = hit.group(1)
        span = scan_name(text, hit.start(1), stop_words=lex.stop_words, particles=lex.particles)
        if not span or span[1] != hit.end(1):
            continue
        if is_plausible_name(raw, lex, min_tokens=2) and lex.has_position(hit.group(2)):
            out.append(Mention(span[0], span[1], raw, evidence="parenthetical"))
    return out


def delegate_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A speaker of a meeting summary, named with the country in brackets before a verb of
    speech: "KAREL NOVAK (Czech Republic) said", "Ivo Berzins (Latvia) stressed", or with a
    country the NER names in the bracket before any word or a list's comma: "ANA RUIZ (Ghana)
    paid tribute", "elected Ana Ruiz (Argentina), Li Wei (Poland) and ...". The
    structure makes the run a person where the NER misses capitals or unusual names: the
    name is the last two to five name words before the bracket, after a word that is none.
    So is a name between commas before such a verb or "who", after an office: "The
    representative of Uruguay, MARTIN OLAZABAL, said", "The unit's liaison officer, Ana Li
    Wu, who"."""
    text = layout.text
    out: list[Candidate] = []
    places = {(s.start, s.end) for s in rec.places}
    hits = [h for h in P.PLACE_BEFORE_SPEECH.finditer(text) if h.group("verb") in lex.speech_verbs]
    hits += [h for h in P.PLACE_IN_BRACKETS.finditer(text) if h.span("place") in places]
    for hit in sorted(hits, key=lambda h: h.start()):
        line_start = text.rfind("\n", 0, hit.start()) + 1
        toks = [m.span() for m in re.finditer(r"\S+", text[line_start : hit.start()])]
        words = [text[line_start + a : line_start + b] for a, b in toks]
        k = name_run_start(words, lex)
        if not 2 <= sum(w not in lex.particles for w in words[k:]) <= 5:
            continue
        start, end = line_start + toks[k][0], hit.start()
        raw = text[start:end]
        if any(m.start == start for m in out) or any(
            s.start < end and start < s.end for s in rec.places
        ):
            continue  # found by both patterns; "Port Dickson (Malaysia)": a place
        if is_plausible_name(raw, lex, min_tokens=2) and not lex.has_org(raw):
            out.append(Mention(start, end, raw, evidence="delegate"))
    for hit in P.NAME_BETWEEN_COMMAS_BEFORE_VERB.finditer(text):
        # "The representative of Uruguay, MARTIN OLAZABAL, said": the office names the run
        raw = hit.group(1)
        clause = text[text.rfind("\n", 0, hit.start()) + 1 : hit.start()]
        clause = clause[clause.rfind(". ") + 1 :]  # the sentence of the name
        segs = clause.split(",")
        verb = hit.group("verb")
        if (verb not in lex.speech_verbs and verb != "who") or not (
            lex.has_title_word(segs[-1]) or lex.has_title_word(segs[0]) and len(segs) <= 3
        ):  # "The representative of X, speaking also for Y, NAME, said": the subject
            continue
        span = scan_name(text, hit.start(1), stop_words=lex.stop_words, particles=lex.particles)
        if span == (hit.start(1), hit.end(1)) and is_plausible_name(raw, lex, min_tokens=2):
            if not lex.has_org(raw):
                out.append(Mention(span[0], span[1], raw, evidence="delegate"))
    out += _office_comma_names(text, lex, {m.start for m in out})
    return out


def _determined_office(clause: str, lex: Lexicon) -> bool:
    """The clause ends with an office of at most eight words opened by a determiner: "... of
    the Special Representative and Head of Mission", "y la embajadora de España en el
    Líbano", "by the Forum's Vice President"."""
    for det in P.OFFICE_DETERMINER.finditer(clause):
        rest = clause[det.start() :]
        if len(rest.split()) <= 8:
            return lex.has_title_word(rest)
    return False


def _office_comma_names(text: str, lex: Lexicon, found: set[int]) -> list[Candidate]:
    """A name set off by commas after an office opened by a determiner, whatever follows:
    "the Special Representative, Ana Ruiz, travelled", "welcomed by the Minister for
    Defence, Li Wei, and by", "moderated by the Forum's Vice President, Ana Ruiz." The
    office (the clause before the comma, from the sentence's start or the last comma) holds
    a position word; the name fills the commas and holds no organisation word."""
    out: list[Candidate] = []
    for hit in P.NAME_AFTER_OFFICE_COMMA.finditer(text):
        if hit.start(1) in found:
            continue
        clause = text[text.rfind("\n", 0, hit.start()) + 1 : hit.start()]
        clause = clause[max(clause.rfind(". "), clause.rfind(",")) + 1 :]
        if not _determined_office(clause, lex):
            continue
        raw = hit.group(1)  # "the Commander, Colonel X, ...": the honorific's strategy
        span = scan_name(text, hit.start(1), stop_words=lex.stop_words, particles=lex.particles)
        if span == hit.span(1) and is_untitled_person_name(raw, lex):
            out.append(Mention(span[0], span[1], raw, evidence="delegate"))
    return out


def quoted_speaker_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """The speaker named after a quotation's verb, up to a comma or the sentence's end:
    '"We were heard," said Ana Saint-Fleur, a trader', '... next year", says Li Wei.',
    "according to Ana Ruiz-Vik, the ..." (two to five name words, no organisation word)."""
    text = layout.text
    out: list[Candidate] = []
    for hit in P.SPEAKER_AFTER_VERB.finditer(text):
        span = scan_name(
            text, hit.start("name"), stop_words=lex.stop_words, particles=lex.particles
        )
        if (
            not span
            or span[0] != hit.start("name")
            or text[span[1] : hit.end("name")] not in {"", "."}
        ):
            continue  # the name fills the run ("Li Wei." ends the sentence)
        raw = text[span[0] : span[1]]  # 'said Captain X': the honorific's strategy
        if is_untitled_person_name(raw, lex):
            if not any(s.start < span[1] and span[0] < s.end for s in rec.places):
                out.append(Mention(span[0], span[1], raw, evidence="quoted"))
    return out


def ner_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """PERSON entities of the statistical NER, cleaned by the same name rules; names inside
    another person's parenthetical or on a non-program label line ("Venue: Salle X") are not
    people."""
    text = layout.text
    out: list[Candidate] = []
    for p in rec.persons:
        if on_field_line(layout, p.start, lex) or in_parentheses(text, p.start):
            continue
        span = scan_name(text, p.start, stop_words=lex.stop_words, particles=lex.particles)
        if not span:
            continue
        on = P.PARTICLE_AFTER_NAME.match(text, p.end)
        if not (on and on.group(1) in lex.particles):  # "João Paulo" + "dos Santos Ferreira"
            span = (span[0], min(span[1], p.end))
        start, end = after_leading_particle(text, span[0], lex), span[1]
        start = after_caps_family_name(text, start, end, lex)  # "NGUYEN Thi" + "Lan Anh"
        raw = text[start:end].rstrip(".")
        end = start + len(raw)
        if in_link_bar(layout, start, end):  # "© UN | Copyright | Fraud Alert | Privacy"
            continue
        if raw and is_plausible_name(raw, lex) and not inside_other_name(text, start, end, lex):
            if not names_a_body(text, end, lex):
                out.append(Mention(start, end, raw, method="model", evidence="ner"))
    return out


def position_word_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A name right after a position word ("Minister Marial", "Chair Takasu"): kept only when
    it refers to someone named in full elsewhere (see :func:`group_mentions`)."""
    text = layout.text
    out: list[Candidate] = []
    for s in rec.positions:
        if text[s.end : s.end + 1] != " ":
            continue
        span = scan_name(
            text, s.end, max_tokens=1, stop_words=lex.stop_words, particles=lex.particles
        )
        if span:
            raw = text[span[0] : span[1]]
            if is_plausible_name(raw, lex):
                out.append(Mention(span[0], span[1], raw, evidence="position_word"))
    return out


def affiliation_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A name in a list before its affiliation: "..., Ana Ruiz from the Peace Institute",
    "with Li Wei of UNDP" (the affiliation must be an organisation)."""
    text = layout.text
    out: list[Candidate] = []
    for hit in P.NAME_BEFORE_AFFILIATION.finditer(text):
        span = scan_name(text, hit.start(1), stop_words=lex.stop_words, particles=lex.particles)
        if not span or span[1] != hit.end(1):
            continue
        raw = hit.group(1)
        if _after_a_position(text, hit.start(1), lex):
            continue  # "Chief of Office, Expeditionary Logistics of the X": an apposition
        if is_plausible_name(raw, lex, min_tokens=2) and affiliation_after(text, span[1], lex):
            out.append(Mention(span[0], span[1], raw, evidence="affiliation"))
    return out


def _after_a_position(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause before ``pos`` (back to the previous comma or semicolon) holds a position."""
    before = text[max(0, pos - 120) : pos].rstrip(" ,;")
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("\n"))
    return lex.has_position(before[cut + 1 :])


def office_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A full name in running text closed by a comma and an office: "M Ghalib Rana, retired
    Inspector General of Police, said", "A Karim Shah, Police Observer in X, and" (two to
    five name words, the whole capitalised run; the office opens with a position word)."""
    text = layout.text
    out: list[Candidate] = []
    for hit in P.NAME_BEFORE_OFFICE.finditer(text):
        start, end = hit.span(1)
        if re.search(r"[A-Z][\w’'-]*[ \t]+$", text[max(0, start - 30) : start]):
            continue  # part of a longer capitalised run
        while start < end and text[start:end].split()[0].rstrip(".") in lex.stop_words:
            start = text.index(" ", start, end) + 1 if " " in text[start:end] else end
        raw = text[start:end]
        office = P.OFFICE_CLAUSE.match(text, hit.end())
        if not office or not _opens_with_office(office.group(1), lex):
            continue
        if inside_other_name(text, start, end, lex) or lex.has_org(raw):
            continue  # "Maj. X of New Zealand, Commandant Y": a place, the next one's title
        if is_plausible_name(raw, lex, min_tokens=2):
            out.append(Mention(start, end, raw, evidence="office_after"))
    return out


def _opens_with_office(clause: str, lex: Lexicon) -> bool:
    """A clause whose first position word has only capitalised words or office modifiers
    before it: "retired Inspector General", "Contingent Commander for X"."""
    at = lex.first_position(clause)
    lead = clause[:at].split() if at is not None else []
    return at is not None and all(w[:1].isupper() or w in lex.office_modifiers for w in lead)


def title_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A full name right after an office written before it: "Minister of National Defense
    Han Jiwoo gave", "Committee Rapporteur Amal Idris Nour (Egypt)". The name is the run's
    last two to five name words after a word that cannot be a name; places are not names."""
    text = layout.text
    out: list[Candidate] = []
    for s in rec.positions:
        run = P.TITLE_RUN.match(text, s.end)
        if not run:
            continue
        words = run.group()
        possessive = re.search(r"\w[’']s$", words) is not None
        if possessive or re.search(r"\w\w\.$", words):
            # "Minister Jan Li's address", "... Jan Li.": the name ends before
            words = words[: -2 if possessive else -1]
        toks = [(m.start() + s.end, m.end() + s.end) for m in re.finditer(r"\S+", words)]
        k = name_run_start([text[a:b] for a, b in toks], lex)
        ends = possessive or ends_name(text, toks[-1][1])
        if k == len(toks) or not 2 <= len(toks) - k <= 5 or not ends:
            continue
        if k > 0 and not text[toks[k - 1][0]].isupper() or " the " in run.group():
            # "Minister of Foreign Affairs", "Director of the Civic Forum Coalition": the
            # words after a connector, or after "the", name the office or its body
            continue
        start, end = toks[k][0], toks[-1][1]
        raw = text[start:end]
        if any(p.start < end and start < p.end for p in rec.places):
            continue
        if is_plausible_name(raw, lex, min_tokens=2):
            out.append(Mention(start, end, raw, evidence="title"))
    return out
