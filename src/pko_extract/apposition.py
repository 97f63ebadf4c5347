"""Parse stage, appositions: the positions and organisations written around a name.

Pure. Examples:

    "Mr. X, Minister for Foreign Affairs of Japan"       -> position after the name
    "Foreign Minister X delivered"                       -> position before the name
    "Ms. X, Director, Y Institute / Professor, Z"        -> positions and organisations
    "Professor X of Korea University"                    -> organisation after "of"
    "X (Former Chief of Staff, Joint Staff)"             -> a parenthetical read as segments
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.apposition_affiliation import affiliation_after
from pko_extract.apposition_before import possessor_org, title_across_comma, title_before
from pko_extract.apposition_bio import post_after_copula
from pko_extract.apposition_lists import (
    body_before_list,
    plural_office_before_list,
    respective_post,
    shared_plural_office,
)
from pko_extract.apposition_lower import lower_office_after, lower_office_before
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_romance import (
    romance_office_after,
    romance_office_before,
    romance_split,
)
from pko_extract.apposition_segments import ORG_HINT, classify_segments, split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention

__all__ = ["read_apposition"]


def _bracket_end(text: str, line_start: int, m: Mention) -> int | None:
    """Where the apposition of a name written inside brackets on its line ends: at the
    closing bracket ("QUESTION (Ana Ruiz, Daily Star): Is ..." -> "Daily Star"), else None."""
    opened = text.rfind("(", line_start, m.start)
    if opened < 0 or ")" in text[opened : m.start]:
        return None
    line_end = text.find("\n", m.end)
    close = text.find(")", m.end, line_end if line_end >= 0 else len(text))
    return close if close >= 0 else None


def read_apposition(layout: Layout, m: Mention, lex: Lexicon, stop: int | None = None) -> None:
    """Fill ``m.positions``/``m.organizations`` from the text after and before the name.

    On a program line (a label or bullet line of the layout, under 250 characters, not a
    caption) the apposition runs to the end of the logical line; in running text it is a
    title-case phrase. ``stop`` is where the next person's mention (or its honorific)
    starts: in a caption an apposition after a comma never runs over another person
    ("From left to right, Col. A, B, Director of X": the office is B's).
    """
    text = layout.text
    found = layout.logical_line_at(m.start)
    line, line_end = found if found is not None else (None, len(text))
    bracket = _bracket_end(text, line.start, m) if line is not None else None
    program = bool(line is not None and (line.label or line.bullet) and len(line.text) < 250)
    program = program or _name_line_with_apposition(layout, m, line_end)
    # a caption's label ("Photo: A, B, Director") introduces a list of people, not a field
    caption = layout.kind_at(m.start) == "caption"
    program = program and not caption
    pos = m.end
    if text.startswith(".", pos) and m.raw.split()[-1].casefold() in lex.abbreviations:
        pos += 1  # "Admiral X Jr., the commander of Y": the full stop of "Jr"
    if marker := P.PLACE_IN_PICTURE.match(text, pos):
        pos = marker.end()  # "X (centre), Deputy Force Commander": where X stands
    pos = _after_post_nominals(text, pos, lex)  # "Maj Gen X, SUP, ndc, psc, the Commandant"
    after = text[pos : pos + 3]
    dashed = _post_after_dash(layout, m, line_end, program)
    bio = post_after_copula(text, pos, lex) if dashed is None else ([], [])
    respective = respective_post(text, pos, lex) if dashed is None else None
    if respective is not None:  # "A and B, respectively Director and Deputy Director of X"
        m.positions.extend(respective[0])
        m.organizations.extend(respective[1])
    elif dashed is not None:
        positions, orgs = classify_segments(split_segments(dashed), lex)
        m.positions.extend(positions)
        m.organizations.extend(orgs)
    elif bio[0] or bio[1]:  # "Dr. X is Head of Research at the Y Centre", "X, who heads the Y"
        m.positions.extend(bio[0])
        m.organizations.extend(bio[1])
    elif not program and (romance := romance_office_after(layout, pos, lex))[0]:
        m.positions.extend(romance[0])  # "M. X, Directeur de cabinet du ministère de Y,"
        m.organizations.extend(romance[1])
    elif after.startswith((",", " (", "(")):
        if program:
            # a program line may end with an agenda label handled elsewhere; keep it all, up
            # to the end of the name's sentence ("Chair: X, Member of Y. Introduction: Z")
            end = _sentence_end_on_the_line(layout, m.start, line_end)
            if P.WORD_BEFORE_FULL_STOP.search(text, max(pos, end - 40), end):
                end -= 1  # "..., Lakeside Institute." (not "U.N.")
        else:
            end = phrase_end(text, pos + 1, min(len(text), pos + 400), lex)
        if bracket is not None:
            end = min(end, bracket)
        if (
            stop is not None
            and pos < stop < end
            and (caption or not program and _next_in_list(text, pos, stop, lex))
        ):
            end = stop  # the next person pictured or listed opens the next element of the list
        elif program and stop is not None and pos < stop < end and ";" in text[pos:stop]:
            end = text.rindex(";", pos, stop)  # "A, Minister; B, Director, X; ...": A's ends
        app = _drop_next_persons_title(text[pos:end].lstrip(" ,"), text, end, lex)
        if app.startswith(("and ", "& ", "et ", "y ")):
            app = ""  # "X, and the Y Mediator, Z" ("et", "y"): the next element of a list
        if app.startswith("("):
            app = _parenthetical(app, lex)
        positions, orgs = classify_segments(split_segments(app), lex)
        if bracket is not None and not (positions or orgs) and line is not None:
            orgs = _questioner_outlet(text, line.start, app, lex)
        if not (positions or orgs or program):
            # ", a journalist."; not past the next person ("the commander of X and Ms. Y");
            # after a country in parentheses: "X (Norland), a military observer with Y"
            upto = text[:stop] if stop is not None and stop > pos else text
            country = P.PAREN_BEFORE_COMMA.match(text, pos)
            positions, orgs = lower_office_after(upto, country.end() if country else pos, lex)
        m.positions.extend(positions)
        m.organizations.extend(orgs)
    elif office := _office_without_comma(text, pos, lex):
        positions, orgs = classify_segments([office], lex)
        m.positions.extend(positions)
        m.organizations.extend(orgs)
    else:
        both = P.AND_NAME_BEFORE_AFFILIATION.match(text, pos)
        if both and lex.has_position(both.group()):
            both = None  # "X and OCHA Head of Office Y": an office, no name before "of"
        # "X and Y from the Forum": the affiliation is both's
        phrase = affiliation_after(text, both.end() if both else pos, lex)
        if phrase:
            m.organizations.append(phrase)
    if owner := _credit_owner(layout, m, lex):
        m.organizations[:0] = [] if owner in m.organizations else [owner]
    if not m.organizations and (body := body_before_list(text, m.anchor, lex)):
        m.organizations.append(body)  # "members of the X Club, A, B and C"
    if not m.positions:
        shared = shared_plural_office(text, pos, lex)
        m.positions.extend([shared] if shared else plural_office_before_list(text, m.anchor, lex))
    if not (m.positions or m.organizations) and (office := _office_before_bracket(text, m, lex)):
        positions, orgs = classify_segments(split_segments(office), lex)
        m.positions.extend(positions)  # "Apologies: Director, Africa Division (Mr. X), on travel"
        m.organizations.extend(orgs)
        return
    # a position written before the name: "Foreign Minister X", "UNMISS Force Commander Maj. Gen. X"
    # in French or Spanish, an office with lower-case words: "la Cheffe de la Section X, Mme Y"
    romance_title = romance_office_before(layout, m.anchor, lex)
    if romance_title:
        before = None
    else:
        before = title_before(text, m.anchor, lex) or title_across_comma(text, m.anchor, lex)
    if romance_title:
        positions, orgs = romance_split(romance_title, lex)
        m.positions[:0] = positions
        m.organizations[:0] = orgs
    elif before:
        positions, orgs = classify_segments([before], lex)
        owner = possessor_org(text, m.anchor, before, lex)
        m.positions[:0] = positions
        m.organizations[:0] = [owner, *orgs] if owner and positions else orgs
    elif lower := lower_office_before(text, m.anchor, lex):
        m.positions[:0] = [lower[0]]  # "contact the events coordinator, Ms. X"
        m.organizations[:0] = [lower[1]] if lower[1] else []  # "the head of UNMISS, X"


def _after_post_nominals(text: str, pos: int, lex: Lexicon) -> int:
    """Where the apposition of a name starts after its post-nominal letters: "X, ndc, psc, a
    former Force Commander" -> at ", a former ..."; "X, SUP, ndc, afwc, psc, welcomed" -> at
    " welcomed". A run counts when one of its letters is a marker ("SUP" alone is an
    acronym: "X, SUP, Director" stays as it is); else ``pos`` unchanged."""
    end, marked = pos, False
    for found in P.POST_NOMINAL.finditer(text, pos):
        if found.start() != end or found["letters"] not in lex.post_nominals:
            break
        end, marked = found.end(), marked or found["letters"] in lex.post_nominal_markers
    return end if marked else pos


def _office_before_bracket(text: str, m: Mention, lex: Lexicon) -> str | None:
    """The office a bracket holding only the name follows: "Director, Africa Division (Mr.
    X), on travel;", "The Chair (Ms. Y)". The office runs back to the line start, a ";" or
    a ":" and must open with a position word; None elsewhere."""
    if not text.startswith(")", m.end) or not text[: m.anchor].endswith("("):
        return None
    opened = m.anchor - 1
    clause = max(text.rfind(c, 0, opened) for c in "\n;:") + 1
    office = text[clause:opened].strip()
    office = office[4:] if office.startswith("The ") else office
    if not office or not lex.position_at_start(office) or "(" in office or len(office) > 80:
        return None
    return office


def _questioner_outlet(text: str, line_start: int, app: str, lex: Lexicon) -> list[str]:
    """The outlet after a questioner's name in a transcript turn, whatever its words: "Q (Ana
    Ruiz, Radio Lakeside):" -> ["Radio Lakeside"]. One capitalised phrase that is no office;
    else nothing ("Q (Ana Ruiz, student, Lima):" is a calling and a place)."""
    outlet = app.strip()
    if not P.TRANSCRIPT_ASKER.match(text, line_start) or "," in outlet:
        return []
    if not outlet[:1].isupper() or lex.has_position(outlet):
        return []
    return [outlet]


def _credit_owner(layout: Layout, m: Mention, lex: Lexicon) -> str | None:
    """The agency of a photo credit written "AGENCY/Name" before the name: "UN Photo" of
    "PHOTO: UN Photo/Ana Ruiz", "UN Women" of "Photo: UN Women/Ana Ruiz". On a credit line
    (one that says photo, credit or image), the run before the slash must name a body: an
    acronym, an organisation word or "Photo" ("Ana Ruiz/Reuters" after the name is not read
    here; one word must be an acronym, and a unit's number names no agency)."""
    found = layout.logical_line_at(m.start)
    if found is None or not P.CREDIT_LINE.search(found[0].text):
        return None
    hit = P.CREDIT_OWNER_BEFORE_NAME.search(layout.text[found[0].start : m.anchor])
    if hit is None:
        return None
    owner = hit.group("owner")
    if any(ch.isdigit() for ch in owner) or " " not in owner and not ORG_HINT.fullmatch(owner):
        return None  # "Centre/X" (a body referred to, not named), "XBATT-7/X" (a unit)
    named = ORG_HINT.search(owner) or lex.has_org(owner) or owner.endswith(" Photo")
    return owner if named and not lex.has_position(owner) else None


def _post_after_dash(layout: Layout, m: Mention, line_end: int, program: bool) -> str | None:
    """The post written after a dash on a line that opens with the name (or a program
    line), with its dashes read as commas: "Ms. X - Senior Adviser - UN Women" ->
    "Senior Adviser, UN Women"; None elsewhere ("The panel - chaired by Ms. X - was")."""
    text = layout.text
    dash = P.DASH_AFTER_NAME.match(text, m.end)
    if dash is None:
        return None
    line = layout.lines[layout.line_index(m.anchor)]
    opens = not text[line.content_start : m.anchor].strip()
    rest = text[dash.end() : line_end].strip().rstrip(".")
    if not (program or opens) or not rest[:1].isupper() or len(rest) > 200:
        return None
    return P.DASH_AFTER_NAME.sub(", ", rest)


def _name_line_with_apposition(layout: Layout, m: Mention, line_end: int) -> bool:
    """A line that is a name and its apposition alone, like a program line without a label
    ("Prof. X, Director, Institute of Peace and Conflict studies, Lakeside University"): it
    opens with the name, is one sentence under 200 characters and ends with no full stop."""
    k = layout.line_index(m.anchor)
    line = layout.lines[k]
    body = layout.text[line.content_start : line_end].strip()
    return (
        not layout.text[line.content_start : m.anchor].strip()
        and len(body) < 200
        and not body.endswith((".", ":", "?", "!"))
        and layout.sentence_at(m.anchor)[1] >= min(line_end, line.end)
    )


def _sentence_end_on_the_line(layout: Layout, start: int, line_end: int) -> int:
    """Where the sentence of ``start`` ends when more text follows it on its physical line
    ("X, Member of Y. Introduction: Z"), else ``line_end`` (a wrapped program line goes on)."""
    end = layout.sentence_at(start)[1]
    rest = layout.text[end:line_end].split("\n", 1)[0]
    return end if end < line_end and rest.strip() else line_end


def _next_in_list(text: str, pos: int, stop: int, lex: Lexicon) -> bool:
    """The next person's name at ``stop`` opens the next element of a list in running text:
    after ", " or " and ", a name of two or more words ("X, Police Observer in Haiti, and
    Bilal Ahmed Noor, ..."; not an acronym the NER took for a name, nor an office it took
    for one: "X, Desk Officer, Ministry of Y")."""
    office = lex.position_at_end(re.split(r"[,;(\n]", text[stop : stop + 80], maxsplit=1)[0])
    return bool(
        P.LIST_GAP_END.search(text[pos:stop]) and P.TWO_NAME_WORDS.match(text, stop) and not office
    )


def _office_without_comma(text: str, pos: int, lex: Lexicon) -> str | None:
    """An office written right after a name with no comma, closed by one: "X Permanent
    Representative of Y to the Z, stood in" (it must open with a position word and hold
    "of", "for" or "to", so "X Foreign Minister Li Wei" gives X nothing)."""
    if not text.startswith(" ", pos) or not text[pos + 1 : pos + 2].isupper():
        return None
    end = phrase_end(text, pos + 1, min(len(text), pos + 300), lex)
    phrase = text[pos + 1 : end]
    closed = text[end : end + 1] == ","
    if closed and lex.position_at_start(phrase) and P.OFFICE_LINK.search(phrase):
        return phrase
    return None


def _parenthetical(app: str, lex: Lexicon) -> str:
    """The apposition in "(...)" after a name; when it holds neither a position nor an
    organisation ("(Nigeria)") or a country's code ("(GHA)"), the text after it:
    "X (Nigeria), Chairman;" -> "Chairman"."""
    close = app.find(")")
    if close < 0:
        return app[1:]
    inner, rest = app[1:close], app[close + 1 :]
    if inner.strip() in lex.country_codes:  # "X (GHA), Director, Y": the delegation's code
        return rest.lstrip(" ,")
    if rest.lstrip().startswith(",") and classify_segments(split_segments(inner), lex) == (
        [],
        [],
    ):
        return rest.lstrip(" ,")
    return inner


def _drop_next_persons_title(app: str, text: str, end: int, lex: Lexicon) -> str:
    """An apposition running straight into the next person's honorific ends with that
    person's title: "X, Speaker of Parliament Ratu Y" -> "" (the title is Y's), as does
    one opening with "the" before a comma and an honorific ("X, the Head of Y, Col. Z");
    an acronym before the honorific is also the next person's ("X, UNDP Col. Z" -> "")."""
    nxt = text[end : end + 40]
    if app.startswith("the ") and nxt.startswith(", ") and nxt.split()[1:2]:
        # "Mr X, the Deputy Head of Y, Col. Z said": the office is Z's
        return "" if nxt.split()[1] in lex.honorific_words else app
    if not nxt.startswith(" ") or nxt.lstrip()[:1] in {",", ";", "("}:
        return app
    words = nxt.split()
    word = words[0] if words else ""
    if word not in lex.honorific_words or (len(words) > 1 and words[1] in lex.stop_words):
        return app  # "..., President of the United Nations General Assembly"
    cut = max(app.rfind(","), app.rfind(";"))
    last = app[cut + 1 :]
    if ")" in last or not (lex.has_position(last) or ORG_HINT.fullmatch(last.strip())):
        return app
    return app[:cut] if cut >= 0 else ""
