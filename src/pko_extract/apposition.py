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
from pko_extract.apposition_bio import post_after_copula
from pko_extract.apposition_lower import lower_office_after, lower_office_before
from pko_extract.apposition_phrase import phrase_end
from pko_extract.apposition_segments import ORG_HINT, classify_segments, split_segments
from pko_extract.lexicon import Lexicon
from pko_extract.models import Layout, Mention

__all__ = [
    "affiliation_after",
    "body_before_list",
    "classify_segments",
    "names_a_body",
    "affiliation_line_under",
    "read_affiliation_lines",
    "read_apposition",
    "shared_plural_office",
    "split_segments",
]


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
    program = bool(line is not None and (line.label or line.bullet) and len(line.text) < 250)
    program = program or _name_line_with_apposition(layout, m, line_end)
    # a caption's label ("Photo: A, B, Director") introduces a list of people, not a field
    caption = layout.kind_at(m.start) == "caption"
    program = program and not caption
    pos = m.end
    after = text[pos : pos + 3]
    dashed = _post_after_dash(layout, m, line_end, program)
    bio = post_after_copula(text, pos, lex) if dashed is None else ([], [])
    if dashed is not None:
        positions, orgs = classify_segments(split_segments(dashed), lex)
        m.positions.extend(positions)
        m.organizations.extend(orgs)
    elif bio[0]:  # "Dr. X is Head of Research at the Y Centre"
        m.positions.extend(bio[0])
        m.organizations.extend(bio[1])
    elif after.startswith((",", " (", "(")):
        if program:
            # a program line may end with an agenda label handled elsewhere; keep it all, up
            # to the end of the name's sentence ("Chair: X, Member of Y. Introduction: Z")
            end = _sentence_end_on_the_line(layout, m.start, line_end)
            if P.WORD_BEFORE_FULL_STOP.search(text, max(pos, end - 40), end):
                end -= 1  # "..., Lakeside Institute." (not "U.N.")
        else:
            end = phrase_end(text, pos + 1, min(len(text), pos + 400), lex)
        if (
            stop is not None
            and pos < stop < end
            and (caption or not program and _next_in_list(text, pos, stop))
        ):
            end = stop  # the next person pictured or listed opens the next element of the list
        app = _drop_next_persons_title(text[pos:end].lstrip(" ,"), text, end, lex)
        if app.startswith(("and ", "& ")):
            app = ""  # "X, and the Y Mediator, Z": the next element of a list
        if app.startswith("("):
            app = _parenthetical(app, lex)
        positions, orgs = classify_segments(split_segments(app), lex)
        if not (positions or orgs or program):
            positions, orgs = lower_office_after(text, pos, lex)  # ", a journalist."
        m.positions.extend(positions)
        m.organizations.extend(orgs)
    elif office := _office_without_comma(text, pos, lex):
        positions, orgs = classify_segments([office], lex)
        m.positions.extend(positions)
        m.organizations.extend(orgs)
    else:
        both = P.AND_NAME_BEFORE_AFFILIATION.match(text, pos)
        # "X and Y from the Forum": the affiliation is both's
        phrase = affiliation_after(text, both.end() if both else pos, lex)
        if phrase:
            m.organizations.append(phrase)
    if not m.organizations and (body := body_before_list(text, m.anchor, lex)):
        m.organizations.append(body)  # "members of the X Club, A, B and C"
    if not m.positions:
        shared = shared_plural_office(text, pos, lex)
        m.positions.extend([shared] if shared else plural_office_before_list(text, m.anchor, lex))
    # a position written before the name: "Foreign Minister X", "UNMISS Force Commander Maj. Gen. X"
    before = _title_before(text, m.anchor, lex) or _title_across_comma(text, m.anchor, lex)
    if before:
        positions, orgs = classify_segments([before], lex)
        owner = _possessor_org(text, m.anchor, before, lex)
        m.positions[:0] = positions
        m.organizations[:0] = [owner, *orgs] if owner and positions else orgs
    elif lower := lower_office_before(text, m.anchor, lex):
        m.positions[:0] = [lower]  # "contact the events coordinator, Ms. X"


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


def _next_in_list(text: str, pos: int, stop: int) -> bool:
    """The next person's name at ``stop`` opens the next element of a list in running text:
    after ", " or " and ", a name of two or more words ("X, Police Observer in Haiti, and
    Bilal Ahmed Noor, ..."; not an acronym the NER took for a name)."""
    return bool(P.LIST_GAP_END.search(text[pos:stop]) and P.TWO_NAME_WORDS.match(text, stop))


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


def read_affiliation_lines(layout: Layout, mentions: list[Mention], lex: Lexicon) -> None:
    """A name line alone ("Professor Ana Ruiz") whose next line, after at most one blank
    line, is an affiliation ("Director, Centre for Lake Studies, Westmere University"):
    that line gives the person's positions and organisations. The line must hold no other
    name, no label or bullet, and open with an office or a body."""
    anchors = sorted(m.anchor for m in mentions)
    for m in mentions:
        if m.positions or m.organizations:
            continue
        nxt = _affiliation_line(layout, m, anchors)
        if nxt is None:
            continue
        segs = split_segments(nxt)
        if segs and classify_segments(segs[:1], lex) != ([], []):
            m.positions, m.organizations = classify_segments(segs, lex)


def affiliation_line_under(layout: Layout, m: Mention) -> str | None:
    """The affiliation line under a name line alone, if any (see :func:`read_affiliation_lines`)."""
    return _affiliation_line(layout, m, [m.anchor])


def _affiliation_line(layout: Layout, m: Mention, anchors: list[int]) -> str | None:
    """The text of the line under a name line alone, or None."""
    k = layout.line_index(m.start)
    line = layout.lines[k]
    if layout.text[line.content_start : m.anchor].strip() or layout.text[m.end : line.end].strip(
        " ,.;:"
    ):
        return None
    k += 1
    if k < len(layout.lines) and layout.lines[k].blank:
        k += 1
    if k >= len(layout.lines):
        return None
    nxt = layout.lines[k]
    body = nxt.text.strip()
    if nxt.blank or nxt.label or nxt.bullet or not body or len(body) > 160:
        return None
    if layout.kind_at(nxt.start) in {"heading", "timetable_row", "table_row"}:
        return None
    if any(nxt.start <= a < nxt.end for a in anchors) or body.endswith((".", ":", "?")):
        return None
    return body


def shared_plural_office(text: str, pos: int, lex: Lexicon) -> str | None:
    """The singular of a plural office that closes a list of names: for each name of
    "A (Chile), B (Peru) and C (China), Vice-Chairmen;" -> "Vice-Chairman"."""
    found = P.PLURAL_OFFICE_AFTER_LIST.match(text, pos, min(len(text), pos + 400))
    if not found:
        return None
    one = _singular(found.group(1))
    return one if one and lex.position_at_start(one) and lex.position_at_end(one) else None


def body_before_list(text: str, anchor: int, lex: Lexicon) -> str | None:
    """The body a list of names opens with, for each name of it: "Five members of the X
    Debate Club, A, B and C" -> "X Debate Club" (a title-case phrase that holds no office)."""
    line_start = text.rfind("\n", 0, anchor) + 1
    found = P.BODY_BEFORE_NAME_LIST.search(text, max(line_start, anchor - 300), anchor)
    body = found.group(1).strip() if found else ""
    while body.split()[-1:] and body.split()[-1] in lex.connectors:
        body = body.rsplit(maxsplit=1)[0]  # "the X Club and": "and" opens no body word
    return body if body and not lex.has_position(body) else None


def plural_office_before_list(text: str, anchor: int, lex: Lexicon) -> list[str]:
    """The singular of a plural office that opens a list with a colon, for each name of it:
    "three United Nations Police Commissioners: A, from X, B and C" -> "Police Commissioner"
    (the positions only; the body before the office is the list's, not each one's)."""
    found = P.PLURAL_OFFICE_BEFORE_LIST.search(text, max(0, anchor - 400), anchor)
    one = _singular(found.group(1)) if found else None
    if not one or not lex.position_at_end(one):
        return []
    return classify_segments([one], lex)[0]


def _singular(office: str) -> str | None:
    """The singular of an office whose last word is plural: "Vice-Chairmen" ->
    "Vice-Chairman", "Police Commissioners" -> "Police Commissioner"."""
    head, _, last = office.rpartition(" ")
    for plural, singular in (("men", "man"), ("ies", "y"), ("s", "")):
        if last.endswith(plural) and not last.endswith("ss"):
            return f"{head} {last[: -len(plural)]}{singular}".strip()
    return None


def _parenthetical(app: str, lex: Lexicon) -> str:
    """The apposition in "(...)" after a name; when it holds neither a position nor an
    organisation ("(Nigeria)"), the text after it: "X (Nigeria), Chairman;" -> "Chairman"."""
    close = app.find(")")
    if close < 0:
        return app[1:]
    inner, rest = app[1:close], app[close + 1 :]
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


def affiliation_after(text: str, pos: int, lex: Lexicon) -> str | None:
    """The organisation in "X of the Brookings Institution", "X from the African Union".

    In running text the phrase ends where the next person of a list starts: "..., Y of",
    "... and Y from"; it must hold an organisation word or open with an acronym.
    """
    hit = P.AFFILIATION_AFTER_NAME.match(text, pos)
    if not hit:
        return None
    start = hit.end()
    end = phrase_end(text, start, min(len(text), start + 200), lex)
    phrase = text[start:end].strip()
    nxt = P.NEXT_PERSON_IN_LIST.search(phrase)
    if nxt:
        phrase = phrase[: nxt.start()].strip()
    phrase = re.sub(r"^the\s+", "", phrase)
    words = phrase.split()
    # an acronym alone or opening capitalised words names a body: "UNDP", "AUC Political Affairs"
    led = bool(words) and ORG_HINT.fullmatch(words[0]) and all(w[:1].isupper() for w in words)
    if phrase and (lex.has_org(phrase) or led):
        return phrase
    return None


def _title_before(text: str, anchor: int, lex: Lexicon) -> str | None:
    line_start = text.rfind("\n", 0, anchor) + 1
    seg = text[line_start:anchor]
    # back to the last clause boundary
    cut = max(
        seg.rfind(","),
        seg.rfind(";"),
        seg.rfind("("),
        seg.rfind(")"),  # "Support Office (PBSO) Chief Ms. X" -> "Chief"
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
            core[0].isupper() or P.ORDINAL.match(core) or core in lex.connectors or core[0] in "’'"
        ):
            keep.append(w)
        else:
            break
    keep.reverse()
    while (
        keep
        and (keep[0] in lex.connectors or keep[0] == "The")
        and keep[0]
        not in {
            "former",
            "acting",
            "deputy",
        }
    ):
        keep.pop(0)
    if keep and keep[-1] in {"and", "&"}:
        return None  # "Professor A of X University and Professor B": the run is A's
    while keep and keep[-1] in lex.connectors:
        keep.pop()
    phrase = _after_previous_person(_strip_title_lead(" ".join(keep), lex), lex)
    if not phrase or not lex.has_position(phrase):
        return None
    # the phrase must end right before the name: "Minister of Information Dr. X"
    return phrase


def _after_previous_person(phrase: str, lex: Lexicon) -> str:
    """The office after "and" when the run before it ends with another person's name:
    "Minister of Health Ana Ruiz and Minister of Defence" -> "Minister of Defence", "Lakeside
    Ambassador LI Wei and Norland Ambassador" -> "Norland Ambassador", "Board Chair Okafor
    and UNDP Chief" -> "UNDP Chief" (a last word that is no title, body, acronym or place
    word; not "Minister of Trade and Industry")."""
    before, sep, after = phrase.rpartition(" and ")
    last = before.split()[-1] if before.split() else ""
    if (
        sep
        and lex.has_position(after)
        and last[:1].isupper()
        and not last.isupper()
        and last not in lex.stop_words
        and not lex.has_position(last)
        and not lex.has_org(last)
        and not P.ORDINAL.match(last)
    ):
        return after
    return phrase


def _title_across_comma(text: str, anchor: int, lex: Lexicon) -> str | None:
    """An office before a name that holds one comma: "Head of the X Mission, Y" at the start
    of a line or after ")", "Commissioner for Political Affairs, Peace and Security Gen Y".

    The title-case run goes back across one comma and must stop at a lower-case word, a
    ")" or the line start, not at another comma ("Mr. X, Director, Ms. Y" gives Y nothing).
    """
    line_start = text.rfind("\n", 0, anchor) + 1
    words = text[line_start:anchor].split()
    keep: list[str] = []
    commas = 0
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        core = w.rstrip(",").strip('"“”')
        if core[:1].islower() and core not in lex.connectors and not P.ELIDED_CAPITAL.match(core):
            w = w.rstrip(",")  # "Speaking in the closing session, Sector Head, X"
            break
        if w.endswith(","):
            commas += 1
        capital = core[:1].isupper() or P.ELIDED_CAPITAL.match(core)  # "d’Ivoire"
        if commas > 1 or not core or not (capital or core in lex.connectors):
            break
        pure_honorific = w in lex.honorific_words and not lex.has_position(w)
        if pure_honorific and k > 0 and _office_compound(words[k - 1], w, lex):
            pure_honorific = False  # "Secretary General": an office, not a rank
        if w.endswith((";", ":", ".")) or pure_honorific or "(" in w or ")" in w:
            break
        keep.append(w)
        if core.casefold() == "the" and k > 0 and words[k - 1].endswith(","):
            w = "the"  # "Speaking to Mr X, the Deputy Head of Y, Col. Z": the clause opens here
            break
    else:
        w = ""
    if commas != 1 or w.endswith((",", ";", ":")) or not keep or keep[-1].endswith(","):
        return None
    keep.reverse()
    while keep and (keep[0] in lex.connectors or keep[0] == "The"):
        keep.pop(0)
    phrase = _strip_title_lead(" ".join(keep).strip(" ,"), lex)
    if w == "the" and not lex.position_at_start(phrase):
        return None  # "..., Deputy Chief, the Office of the X Envoy, Ms. Y": a list, not Y's
    return phrase if phrase and lex.has_position(phrase) else None


def _office_compound(first: str, rank: str, lex: Lexicon) -> bool:
    """A rank word that closes an office with the word before it: "Secretary General",
    "Director General" (written with a space or a hyphen); not "Minister Mr"."""
    return f"{first}-{rank}" in lex.position_words or f"{first} {rank}" in lex.position_words


def _possessor_org(text: str, anchor: int, title: str, lex: Lexicon) -> str | None:
    """The organisation owning an office written before a name: "UN Women" of "UN Women’s
    Senior Gender Specialist, X" (an acronym or an organisation word; "Norland’s Defence
    Adviser" and "the Secretary-General’s Special Representative" name none)."""
    at = text.rfind(title, max(0, anchor - 300), anchor)
    body = P.BODY_WITH_ACRONYM_BEFORE_OFFICE_END.search(text, max(0, at - 120), at)
    if at > 0 and body and lex.has_org(body.group(1)) and not lex.has_position(body.group(1)):
        return body.group(1)  # "UN Peace Support Office (PSO) Chief Ms. X"
    hit = P.POSSESSOR_BEFORE_OFFICE_END.search(text, max(0, at - 80), at) if at > 0 else None
    if not hit:
        return None
    owner = hit.group(1)
    if lex.has_position(owner) or not (lex.has_org(owner) or ORG_HINT.fullmatch(owner.split()[0])):
        return None
    return owner


def _strip_title_lead(phrase: str, lex: Lexicon) -> str:
    """Courtesy words and a possessor before an office: "Right Honorable Prime Minister" ->
    "Prime Minister", "Norland’s Defence Adviser" -> "Defence Adviser" (a possessor that is
    itself an office stays: "Secretary-General’s Special Representative")."""
    changed = True
    while changed:
        changed = False
        for h in sorted(lex.honorific_words, key=len, reverse=True):
            if phrase.startswith(h + " ") and lex.has_position(phrase[len(h) :]):
                phrase, changed = phrase[len(h) :].lstrip(), True
                break
    hit = P.POSSESSOR_BEFORE_TITLE.match(phrase)
    if hit and not lex.has_position(hit.group(0)) and lex.has_position(phrase[hit.end() :]):
        phrase = phrase[hit.end() :]
    return phrase


def names_a_body(text: str, end: int, lex: Lexicon) -> bool:
    """A model name that is part of a body's name: before an organisation word or a plural
    office ("Banankoro Non-Commissioned Officers School", "Lakeside University")."""
    nxt = text[end : end + 40].split("\n")[0]
    word = nxt.split()[0].strip(",.;:") if nxt.startswith(" ") and nxt.split() else ""
    return word in lex.org_words or (word.endswith("s") and word[:-1] in lex.position_words)
