"""Parse stage, people: person mentions, their honorifics, positions and organisations
(``people_group.py`` groups the mentions into persons).

Pure. Inputs are the text, the recognized spans (honorifics and position words from the
SpanRuler, PERSON entities from the statistical NER) and the rule data. A mention is found
from an honorific or rank ("Prof. Takahiro SHINYO"), a program role label ("Moderator:
Toshiya Hoshino") or the NER, then checked to look like a personal name (no organisation,
position or agenda words). ``apposition.py`` reads the positions and organisations around it.
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_affiliation import (
    affiliation_after,
    affiliation_line_under,
    names_a_body,
)
from pko_extract.apposition_segments import split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention, Recognized
from pko_extract.names import is_name_token, name_tokens, scan_name
from pko_extract.people_forms import (
    Taken,
    after_leading_particle,
    in_parentheses,
    inline_label_names,
    inside_other_name,
    short_forms,
)
from pko_extract.people_group import group_mentions

__all__ = ["STRATEGIES", "find_mentions", "group_mentions", "short_forms"]

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
        m = P.RANK_PAREN.match(text, end)
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
    if raw in lex.honorific_words or all(t in lex.honorific_words for t in toks):
        return False  # "Rt Hon"
    if len(toks) == 1 and raw.casefold() in lex.particles:
        return False  # "El" of "Special Representative El Ghassim Wane"
    if any(t.isupper() and t.rstrip(".").capitalize() in lex.stop_words for t in toks):
        return False  # "PEACE SUPPORT ASSOCIATION"
    if not all(is_name_token(t) or t.lower() in lex.core_particles for t in toks):
        return False
    # an all-caps single token is an acronym, not a name
    if len(toks) == 1 and toks[0].isupper() and len(toks[0]) <= 5:
        return False
    return any(len(t.rstrip(".")) > 1 for t in toks)


Candidate = Mention  # a mention proposed by one strategy, with its ``evidence``


def honorific_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """An honorific or rank followed by a name: "Prof. Takahiro SHINYO", "H.E. Mr. X"."""
    text = layout.text
    out: list[Candidate] = []
    for h_start, h_end, h_text in _honorific_chains(text, rec):
        at = h_end + 1 if text[h_end : h_end + 1] in {"‘", "’"} else h_end  # "Dr.‘Funmi X"
        span = scan_name(text, at, stop_words=lex.stop_words, particles=lex.particles)
        if not span or text[h_end : span[0]].count("\n"):
            continue
        raw = text[span[0] : span[1]]
        if not _is_plausible_name(raw, lex):
            continue
        if _honorific_is_position(text, h_start, h_text, lex):
            out.append(Mention(span[0], span[1], raw, evidence="honorific"))
        else:
            out.append(Mention(span[0], span[1], raw, h_text, h_start, evidence="honorific"))
    return out


def program_line_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A name opening a program line: "Moderator: Toshiya Hoshino", "• Richard Gowan, ..."."""
    text = layout.text
    out: list[Candidate] = []
    for line in layout.lines:
        if not line.bullet and not (line.label and lex.is_program_label(line.label)):
            continue
        span = scan_name(
            text, line.content_start, stop_words=lex.stop_words, particles=lex.particles
        )
        if span:
            raw = text[span[0] : span[1]]
            if _is_plausible_name(raw, lex, min_tokens=2) and _followed_by_apposition(
                text, span[1]
            ):
                out.append(Mention(span[0], span[1], raw, evidence="program_line"))
    for a, b in inline_label_names(layout, lex):  # "... Chair: Ana Lind Discussant: Tor Vik"
        if _is_plausible_name(text[a:b], lex, min_tokens=2):
            out.append(Mention(a, b, text[a:b], evidence="program_line"))
    return out


def byline_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """Bylines and photo credits: "By Ana Ruiz, Programme Lead", "Photo by Harry Sarles/X",
    "Reporting by X", "UN Photo/Ibrahim Ould Cheikh", "(CPOR / Eleanor Whitcombe)"."""
    text = layout.text
    starts = [m.end() for m in P.BYLINE.finditer(text)]
    starts += [m.end() for m in P.PICTURE_CREDIT.finditer(text)]
    for line in layout.lines:
        if P.CREDIT_LINE.search(line.text):
            starts += [line.start + m.end() for m in P.CREDIT_SLASH.finditer(line.text)]
    out: list[Candidate] = []
    for pos in sorted(starts):
        span = scan_name(
            text, pos, max_tokens=4, stop_words=lex.stop_words, particles=lex.particles
        )
        if span:
            raw = text[span[0] : span[1]]
            if _is_plausible_name(raw, lex, min_tokens=2):
                out.append(Mention(span[0], span[1], raw, evidence="byline"))
    return out


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
        if _is_plausible_name(raw, lex, min_tokens=2) and lex.has_position(hit.group(2)):
            out.append(Mention(span[0], span[1], raw, evidence="parenthetical"))
    return out


def delegate_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A speaker of a meeting summary, named with the country in brackets before a verb of
    speech: "KAREL NOVAK (Czech Republic) said", "Ivo Berzins (Latvia) stressed". The
    structure makes the run a person where the NER misses capitals or unusual names: the
    name is the last two to five name words before the bracket, after a word that is none.
    So is a name between commas before such a verb, after an office: "The representative of
    Uruguay, MARTIN OLAZABAL, said"."""
    text = layout.text
    out: list[Candidate] = []
    for hit in P.PLACE_BEFORE_SPEECH.finditer(text):
        if hit.group("verb") not in lex.speech_verbs:
            continue
        line_start = text.rfind("\n", 0, hit.start()) + 1
        toks = [m.span() for m in re.finditer(r"\S+", text[line_start : hit.start()])]
        k = len(toks)
        while k > 0 and _free_name_word(
            text[line_start + toks[k - 1][0] : line_start + toks[k - 1][1]], lex
        ):
            k -= 1
        if not 2 <= len(toks) - k <= 5:
            continue
        start, end = line_start + toks[k][0], hit.start()
        raw = text[start:end]
        if _is_plausible_name(raw, lex, min_tokens=2) and not lex.has_org(raw):
            out.append(Mention(start, end, raw, evidence="delegate"))
    for hit in P.NAME_BETWEEN_COMMAS_BEFORE_VERB.finditer(text):
        # "The representative of Uruguay, MARTIN OLAZABAL, said": the office names the run
        raw = hit.group(1)
        clause = text[text.rfind("\n", 0, hit.start()) + 1 : hit.start()]
        if hit.group("verb") not in lex.speech_verbs or not lex.has_title_word(
            clause.rsplit(",", 1)[-1]
        ):
            continue
        span = scan_name(text, hit.start(1), stop_words=lex.stop_words, particles=lex.particles)
        if span == (hit.start(1), hit.end(1)) and _is_plausible_name(raw, lex, min_tokens=2):
            if not lex.has_org(raw):
                out.append(Mention(span[0], span[1], raw, evidence="delegate"))
    return out


def heading_line_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A line that opens with a name, under a heading that labels a role or a part of the
    programme ("Speakers", "Moderator", "Opening Remarks"): "Jane Doe", "Jane Doe, Director,
    X Institute". The heading labels the name lines under it, with or without an honorific,
    where the NER misses the name; the name ends the line or comes before its apposition."""
    text = layout.text
    out: list[Candidate] = []
    for block in layout.blocks:
        head = layout.heading_of(block)
        if head is None or not lex.is_program_label(text[head.start : head.end].strip(" :")):
            continue
        for line in layout.block_lines(block):
            span = scan_name(
                text, line.content_start, stop_words=lex.stop_words, particles=lex.particles
            )
            if not span or not P.NAME_LINE_REST.match(text, span[1], line.end):
                continue
            raw = text[span[0] : span[1]]
            if any(p.start < span[1] and span[0] < p.end for p in rec.places):
                continue
            if _is_plausible_name(raw, lex, min_tokens=2) and not lex.has_org(raw):
                out.append(Mention(span[0], span[1], raw, evidence="heading_line"))
    return out


def name_over_office_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A line that holds only a name, over a line that opens with an office: "Lena Okafor" /
    "Senior Fellow, Institute for Security Dialogue". The office line shows the line above
    it names a person, where the NER misses the name and no heading labels it."""
    text = layout.text
    out: list[Candidate] = []
    for line in layout.lines:
        if line.blank or line.label:
            continue
        span = scan_name(
            text, line.content_start, stop_words=lex.stop_words, particles=lex.particles
        )
        if not span or text[span[1] : line.end].strip():
            continue
        raw = text[span[0] : span[1]]
        if not _is_plausible_name(raw, lex, min_tokens=2) or lex.has_org(raw):
            continue
        cand = Mention(span[0], span[1], raw, evidence="name_over_office")
        below = affiliation_line_under(layout, cand)
        segs = split_segments(below) if below else []
        if segs and lex.position_at_start(segs[0]):
            out.append(cand)
    return out


def ner_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """PERSON entities of the statistical NER, cleaned by the same name rules; names inside
    another person's parenthetical or on a non-program label line ("Venue: Salle X") are not
    people."""
    text = layout.text
    out: list[Candidate] = []
    for p in rec.persons:
        if _on_field_line(layout, p.start, lex) or in_parentheses(text, p.start):
            continue
        span = scan_name(text, p.start, stop_words=lex.stop_words, particles=lex.particles)
        if not span:
            continue
        start, end = after_leading_particle(text, span[0], lex), min(span[1], p.end)
        raw = text[start:end].rstrip(".")
        end = start + len(raw)
        if raw and _is_plausible_name(raw, lex) and not inside_other_name(text, start, end, lex):
            if not names_a_body(text, end, lex):
                out.append(Mention(start, end, raw, method="model", evidence="ner"))
    return out


def _on_field_line(layout: Layout, pos: int, lex: Lexicon) -> bool:
    """``pos`` is on a label line that is not a program label ("Venue: Salle X"). A caption
    ("Photo: From left to right, A, B") is no field: its label introduces the people shown."""
    if not layout.lines:
        return False
    line = layout.line_at(pos)
    if not line.label or lex.is_program_label(line.label) or layout.kind_at(pos) == "caption":
        return False
    return line.start <= pos < line.end


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
            if _is_plausible_name(raw, lex):
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
        if _is_plausible_name(raw, lex, min_tokens=2) and affiliation_after(text, span[1], lex):
            out.append(Mention(span[0], span[1], raw, evidence="affiliation"))
    return out


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
        if _is_plausible_name(raw, lex, min_tokens=2):
            out.append(Mention(start, end, raw, evidence="office_after"))
    return out


def _opens_with_office(clause: str, lex: Lexicon) -> bool:
    """A clause whose first position word has only capitalised words or office modifiers
    before it: "retired Inspector General", "Contingent Commander for X"."""
    at = lex.first_position(clause)
    lead = clause[:at].split() if at is not None else []
    return at is not None and all(w[:1].isupper() or w in lex.office_modifiers for w in lead)


def _after_a_position(text: str, pos: int, lex: Lexicon) -> bool:
    """The clause before ``pos`` (back to the previous comma or semicolon) holds a position."""
    before = text[max(0, pos - 120) : pos].rstrip(" ,;")
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("\n"))
    return lex.has_position(before[cut + 1 :])


def name_line_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A line that holds only a name and a parenthetical, as in programmes: "Ana Ruiz (Peace
    Institute)", "Prof Li Wei (Lakeside University)"."""
    text = layout.text
    out: list[Candidate] = []
    for line in layout.lines:
        hit = P.NAME_LINE_WITH_PAREN.match(line.text)
        if not hit:
            continue
        start = line.start + hit.start(1)
        span = scan_name(text, start, stop_words=lex.stop_words, particles=lex.particles)
        if span and span[1] == line.start + hit.end(1):
            raw = text[span[0] : span[1]]
            if _is_plausible_name(raw, lex, min_tokens=2):
                out.append(Mention(span[0], span[1], raw, evidence="name_line"))
    return out


def title_mentions(layout: Layout, rec: Recognized, lex: Lexicon) -> list[Candidate]:
    """A full name right after an office written before it: "Minister of National Defense
    Suh Wook gave", "Committee Rapporteur Amal Idris Nour (Egypt)". The name is the run's
    last two to five name words after a word that cannot be a name; places are not names."""
    text = layout.text
    out: list[Candidate] = []
    for s in rec.positions:
        run = P.TITLE_RUN.match(text, s.end)
        if not run:
            continue
        toks = [(m.start() + s.end, m.end() + s.end) for m in re.finditer(r"\S+", run.group())]
        k = len(toks)
        while k > 0 and _free_name_word(text[toks[k - 1][0] : toks[k - 1][1]], lex):
            k -= 1
        if k == len(toks) or not 2 <= len(toks) - k <= 5 or not _ends_name(text, run.end()):
            continue
        if k == 0 or not text[toks[k - 1][0]].isupper() or " the " in run.group():
            # "Minister of Foreign Affairs", "Director of the Civic Forum Coalition": the
            # words after a connector, or after "the", name the office or its body
            continue
        start, end = toks[k][0], toks[-1][1]
        raw = text[start:end]
        if any(p.start < end and start < p.end for p in rec.places):
            continue
        if _is_plausible_name(raw, lex, min_tokens=2):
            out.append(Mention(start, end, raw, evidence="title"))
    return out


def _free_name_word(tok: str, lex: Lexicon) -> bool:
    return is_name_token(tok) and not tok.endswith(".") and tok not in lex.stop_words


def _ends_name(text: str, pos: int) -> bool:
    """A name ends before punctuation or a lower-case word: "Suh Wook gave", "X (Egypt)"."""
    nxt = text[pos : pos + 2]
    return not nxt or nxt[0] in ",;:.)\n" or nxt == " (" or (nxt[0] == " " and nxt[1:].islower())


#: The strategies that read the text, strongest first: the resolver keeps a candidate only
#: where no stronger one lies.
STRATEGIES = (
    honorific_mentions,
    program_line_mentions,
    byline_mentions,
    parenthetical_mentions,
    delegate_mentions,
    name_line_mentions,
    heading_line_mentions,
    name_over_office_mentions,
    ner_mentions,
    affiliation_mentions,
    office_mentions,
    title_mentions,
    position_word_mentions,
)


def find_mentions(
    layout: Layout, rec: Recognized, lex: Lexicon, countries: frozenset[str] = frozenset()
) -> list[Mention]:
    """All person mentions in document order (non-overlapping).

    Every strategy proposes candidates; the resolver keeps them in strategy order where the
    text is still free, then adds the short forms of the names found (:func:`short_forms`).
    A name holding a country's name ("EUTM Mali", "Guinea Bissau") names no person.
    """
    mentions: list[Mention] = []
    taken = Taken(len(layout.text))
    places = {name_tokens(c) for c in countries}
    for strategy in STRATEGIES:
        for cand in strategy(layout, rec, lex):
            if _holds_a_place(name_tokens(cand.raw), places) or _names_a_place(cand, lex):
                continue
            if strategy is honorific_mentions or taken.free(cand.start, cand.end):
                mentions.append(cand)
                taken.add(cand)
    for cand in short_forms(layout, mentions, taken, lex):
        mentions.append(cand)
        taken.add(cand)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _names_a_place(cand: Mention, lex: Lexicon) -> bool:
    """A run without an honorific whose last word names a building, a room or a prize:
    "Robertson Hall", "Mercer Building" (a line of a venue), not a person ("Dr. Ana Hall" is
    one)."""
    toks = cand.raw.split()
    return cand.honorific is None and len(toks) > 1 and toks[-1] in lex.place_words


def _holds_a_place(toks: tuple[str, ...], places: set[tuple[str, ...]]) -> bool:
    """Whether a run of a name's folded tokens is a place name: ("eutm", "mali")."""
    return any(toks[i:j] in places for i in range(len(toks)) for j in range(i + 1, len(toks) + 1))


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
