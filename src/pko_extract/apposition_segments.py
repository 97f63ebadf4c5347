"""Parse stage, apposition segments: the positions and organisations of one apposition.

Pure. ``apposition.py`` cuts the text around a name; this module splits it into segments
(commas, slashes, semicolons outside parentheses) and tells positions from organisations:

    "Director", "Peace Institute"           -> position, organisation
    "Fellow", "Africa Program", "X Institute" -> one organisation "Africa Program, X Institute"
    "Centre X", "Lakeside University"       -> one organisation "Centre X, Lakeside University"
    "Centre X" / "Lakeside University"      -> two organisations (a slash or a semicolon)
    "Director", "Peacekeeping Operations"   -> one position "Director, Peacekeeping Operations"
    "Commander", "Sector 4"                 -> one position "Commander, Sector 4"
    "Director of the Peace Institute"       -> position "Director", organisation
    "Head of the Training Unit"             -> kept whole, organisation "Training Unit"
"""

from __future__ import annotations

import re

from pko_extract import patterns as P
from pko_extract.lexicon import Lexicon

#: An acronym ("UNMISS", "DPKOs", "U.N."): marks an organisation.
ORG_HINT = re.compile(r"\b(?:[A-Z]{2,}[a-z]?s?|[A-Z]\.[A-Z]\.)\b")
#: The segment :func:`split_segments` puts between two groups of an apposition (divided by
#: a slash, a semicolon or a bar); :func:`classify_segments` joins no bodies across it.
GROUP_BREAK = ""
_PAREN = re.compile(r"\(([^()]*)\)")
# An office's body named by an acronym of three or more capitals right after "of", closing
# the segment: "MINUSCA" of "Head of MINUSCA" (group 1; "of the X" is read elsewhere).
_OF_ACRONYM_END = re.compile(r"\bof[ \t]+([A-Z]{3,}[a-z]?)$")
# A parenthetical that says nothing of the person's post: "(TBC)", "(ana@peace.example)".
_DROP_PAREN = re.compile(r"^\s*(?:TBC|TBD|tbc|tbd|invited|to be confirmed|\S+@\S+)\s*$")
# A comment in parentheses opening with a lower-case word, closed or cut at the segment's
# end: "(fieldwork in Timor-Leste)" of "X University (fieldwork in Timor-Leste)", "(speaking
# in a personal" (not an aside of a title: "(ret.)", "(a.i.)", "(acting)").
_LOWER_ASIDE = re.compile(
    r"[ \t]*\((?!(?:ret|retd|rtd|retired|a\.i|acting|designate|interim)\b)[a-z][^()]*(?:\)|$)"
)
# "of" and the organisation a title stands apart from: "Director of the Peace Institute"
# (group 1 is "Peace Institute"), "Director General of Peace HQs".
_OF_ORG = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z].*)$")
# The first "of", "for", "in", "at" or "with" of a phrase: what stands before it in "Mission
# Force Commander of the X", "Council President for March", "Peacekeeping Force Commander in
# Norland", "Protection Officer with the X Mission" ends with the office the phrase is about.
_OFFICE_LINK = re.compile(r"[ \t]+(?:of|for|in|at|with)[ \t]+")
# "at" or "with" and the body an office is held at (group 1): "Head of Cooperation at the X
# Institute", "Senior Protection Officer with the X Mission".
_AT_BODY = re.compile(r"\s+(?:at|with)\s+(?:the\s+)?(.+)$")
# A time word before an office, which leaves it a lone title: "former Chief of Staff of the X".
_FORMER = re.compile(r"^(?:[Ff]ormer|[Rr]etired|[Oo]ne-time|ancien|ancienne)[ \t]+")
# "in" and the body an office is held in: "Senior Adviser in the Department of X" (group 1).
_IN_BODY = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?([A-Z].*)$")
# Acronyms joined by hyphens: "IEE-UAS" (an institute and its university).
_JOINED_ACRONYMS = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})+")
# An acronym and the one or two capitalised words of its place: "EUTM Mali", "UNIC Lakeside".
_ACRONYM_AND_PLACE = re.compile(r"[A-Z]{2,}[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?")
# The term of a rotating chair closing an office: " for the month of May 2023".
_TERM = re.compile(r"[ \t]+for[ \t]+the[ \t]+month[ \t]+of[ \t].*$")
# A capitalised possessor opening a segment (group 1): "Egypt" of "Egypt's Defence Attaché".
_POSSESSOR_LEAD = re.compile(r"^([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,4})['’]s[ \t]+(?=[A-Z])")
# A place in parentheses closing a body's name: " (Norway)" of "X Institute (Norway)" (words
# in title case only: not an acronym such as "(TfP)").
_PLACE_PAREN = re.compile(r"[ \t]*\([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}\)$")
# Each "of" before a capital, with its "the": "Chief of Staff of the X" has two; in
# Portuguese, Spanish or French the article's contraction: "Diretor da Escola X".
_OF_BEFORE_CAPITAL = re.compile(
    r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?|(?:da|do|das|dos|du|del|de[ \t]+la)[ \t]+)(?=[A-Z])"
)
# One to three capitalised words of a field: "Peace", "Human Integration".
_FIELD_WORDS = r"[A-Z][a-z]\w*(?:[ \t]+[A-Z][a-z]\w*){0,2}"
# The field an office or body is about, opening a list of fields at a segment's end: "in
# charge of Human Integration" (of "... in charge of Human Integration, Peace and Security"),
# "Organ on Politics".
_FIELD_OPEN = re.compile(
    r"\b(?:in[ \t]+charge[ \t]+of|responsible[ \t]+for|for|on)[ \t]+" + _FIELD_WORDS + "$"
)
# A middle element of such a list ("Security"), and its last, with "and" ("Security and
# Stability", "Defence and Security Cooperation").
_FIELD_LAST = re.compile(r"[ \t]*" + _FIELD_WORDS + r"[ \t]+and[ \t]+" + _FIELD_WORDS + r"[ \t]*")
_FIELD_ITEM = re.compile(rf"[ \t]*{_FIELD_WORDS}[ \t]*|{_FIELD_LAST.pattern}")
# The words before the first lower-case word of a phrase: "Expeditionary Logistics of the X".
_HEAD_RUN = re.compile(r"^(?:[A-Z0-9][\w’'&-]*[ \t]*)+")


def split_segments(app: str) -> list[str]:
    """Split an apposition at commas and slashes outside parentheses; parentheticals that
    hold positions become segments of their own. Where a slash, semicolon or bar divides it,
    an empty segment (:data:`GROUP_BREAK`) says so: what stands on either side are different
    affiliations ("African Union / Lakeside Institute" are two bodies, "Centre X, Lakeside
    University" one)."""
    segs: list[str] = []
    breaks: set[int] = set()  # indexes of the segments that open a new group
    depth = 0
    cur = ""
    for i, ch in enumerate(app):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",/;|" and not (ch == "/" and _joint_acronyms(app, i)):
            segs.append(cur)
            cur = ""
            if ch != ",":
                breaks.add(len(segs))
            continue
        cur += ch
    segs.append(cur)
    segs, breaks = _join_field_lists(segs, breaks)
    out: list[str] = []
    for k, seg in enumerate(segs):
        if k in breaks and out and out[-1] != GROUP_BREAK:
            out.append(GROUP_BREAK)
        if aside := _LOWER_ASIDE.search(seg):  # "X University (fieldwork in Y).": the body
            tail = seg[aside.end() :]
            seg = seg[: aside.start()] + ("" if not tail.strip(" .;:") else tail)
        inner = [g for g in _PAREN.findall(seg)]
        base = _PAREN.sub("", seg) if any("," in g or _DROP_PAREN.match(g) for g in inner) else seg
        base = " ".join(base.split()).strip(" -–—")
        if base:
            out.append(base)
        for g in inner:
            if ("," in g) and not _DROP_PAREN.match(g):
                out.extend(s for s in split_segments(g) if s)
    return out


def _join_field_lists(segs: list[str], breaks: set[int]) -> tuple[list[str], set[int]]:
    """Join the commas of a list of fields closing an office or a body: "Deputy
    Secretary-General in charge of Peace", " Security and Stability" -> one segment, as are
    "Chairperson of the Organ on Politics", " Defence and Security Cooperation". The list's
    elements are one to three capitalised words and its last holds "and"."""
    k = 0
    while k < len(segs):
        if _FIELD_OPEN.search(segs[k]):
            end = k + 1
            while end < len(segs) and end not in breaks and _FIELD_ITEM.fullmatch(segs[end]):
                end += 1
            last = end - 1
            if last > k and _FIELD_LAST.fullmatch(segs[last]):
                segs = [*segs[:k], ",".join(segs[k:end]), *segs[end:]]
                breaks = {b - (last - k) if b > k else b for b in breaks}
        k += 1
    return segs, breaks


def _joint_acronyms(app: str, slash: int) -> bool:
    """A slash between two acronyms names one joint body: "ICCT/CTC", "MDI / DCU"."""
    before = app[:slash].split()[-1:]
    after = app[slash + 1 :].split()[:1]
    return bool(before and after) and all(
        ORG_HINT.fullmatch(w.strip(",;()")) for w in (before[0], after[0])
    )


def classify_segments(segs: list[str], lex: Lexicon) -> tuple[list[str], list[str]]:
    """(positions, organisations) from apposition segments.

    A segment with a position word is a position; if it reads "<position> of the <org>",
    the organisation is also recorded. A segment with an organisation word, or an acronym,
    is an organisation. Countries and other bare words are neither. Bodies in a row with
    commas are one organisation ("Policy Section, Department of X, United Nations", "Centre
    X, Lakeside University"); a slash or a semicolon (:data:`GROUP_BREAK`) opens another
    affiliation. A numbered unit closing the apposition after a position ("Commander, Sector
    4") is part of that position, as is a field of work ("Director, Peacekeeping
    Operations").
    """
    positions: list[str] = []
    orgs: list[str] = []
    last = ""  # what the previous segment gave: "position", "org" or ""
    unit = ""  # a programme an office heads ("Head of the X Programme"), recorded as its body
    cleaned = [
        P.INDEFINITE_BEFORE_OFFICE.sub("", _before_next_person(s, lex))
        for seg in segs
        for s in _office_in_parentheses(seg, lex)
    ]
    for k, seg in enumerate(cleaned):
        if len(seg) < 2 or not seg[0].isalnum() or seg.split()[0] in lex.setting_words:
            last = ""  # "at the Committee Meeting": where, not who
            continue
        if last == "position" and k == len(cleaned) - 1 and _is_unit(seg, lex):
            unit, org = _unit_and_owner(seg, lex)
            positions[-1] = f"{positions[-1]}, {unit}"
            orgs.extend([org] if org else [])
            continue
        if last == "position" and _is_field(seg, lex):
            field, org = _unit_and_owner(seg, lex)
            positions[-1] = f"{positions[-1]}, {field}"  # "Director, Peacekeeping Operations"
            orgs.extend([org] if org else [])
            last = "org" if org else "position"
            continue
        owner = _POSSESSOR_LEAD.match(seg)
        if owner and capitalised_office(seg[owner.end() :], lex):
            # "Egypt's Defence Attaché": the office; its owner when it names a body
            body = owner.group(1)
            if ORG_HINT.fullmatch(body) or lex.has_org(body) and " " in body:
                orgs.append(body)
            seg = seg[owner.end() :]
        lead = _leading_org(seg, lex)
        if lead:
            orgs.append(lead)
            seg = seg[len(lead) :].strip()
        trail = _body_after_office(seg, lex)
        if trail:  # "Coordinator Training for Peace (TfP)"
            positions.append(seg[: len(seg) - len(trail)].strip())
            orgs.append(trail)
            last = "org"
            continue
        if lex.has_position(seg) and (
            lex.position_at_start(seg)
            or lex.position_at_end(seg)
            or not lex.has_org(seg.split(" of ")[0])
            or lex.position_at_end(_OFFICE_LINK.split(seg, maxsplit=1)[0])
        ):
            last = "position"
            for part in _joined_positions(seg, lex):
                position, org = _position_at_org(part, lex)
                positions.append(position)
                if org:
                    orgs.append(org)
                    unit = org if _names_a_programme(org) else unit
                # the body after "Head of the X Programme" is not the programme's
                last = "org" if org and not _names_a_unit(org, lex) else "position"
        elif (
            lex.has_org(seg) or _unit_headed(seg, lex) or ORG_HINT.fullmatch(_first_word(seg))
        ) and not seg.endswith(("’s", "'s")):
            # not a possessor: "the Union's most senior officer"
            place = _PLACE_PAREN.search(seg)
            if place and not (lex.has_org(place.group()) or lex.has_position(place.group())):
                seg = seg[: place.start()]  # "Lakeside Peace Institute (Norway)": the body
            if last == "org":
                # "Policy Section, Department of X", "Centre X, Lakeside University": a body
                # and the bodies after it are one organisation
                orgs[-1] = f"{orgs[-1]}, {seg}"
            else:
                if unit in orgs:
                    # "Director of the X Programme, Y Centre": the body is Y, the programme
                    # is part of the office (a section or a division stays a body)
                    orgs.remove(unit)
                orgs.append(seg)
            last = "org"
        else:
            last = ""
    return positions, orgs


def _office_in_parentheses(seg: str, lex: Lexicon) -> list[str]:
    """A body with an office in parentheses is two segments: "Peace Network (Former Civil
    Affairs Officer in Malakal)" -> the body, then the office (an acronym stays: "(PN)")."""
    hit = _PAREN.search(seg)
    if hit is not None and (_body_in_parentheses(seg, hit, lex) or _two_offices(seg, hit, lex)):
        return [seg[: hit.start()].strip(), hit.group(1).strip()]  # "Director (X Network)"
    at = lex.first_position(hit.group(1)) if hit else None
    if hit is None or at is None or lex.has_position(seg[: hit.start()]):
        return [seg]  # "Special Representative (SRSG) for X": one office
    if not lex.has_org(seg[: hit.start()]):
        return [seg]
    lead = hit.group(1)[:at].split()  # "Former Civil Affairs" of "Former Civil Affairs Officer"
    if not all(w[:1].isupper() and not lex.has_org(w) for w in lead):
        return [seg]  # "(Office of the Special Envoy)": a body
    return [" ".join((seg[: hit.start()] + seg[hit.end() :]).split()), hit.group(1).strip()]


def _two_offices(seg: str, hit: re.Match[str], lex: Lexicon) -> bool:
    """An office closed by a second office in parentheses, as a member list writes a
    committee post: "MP (Chairman)", "MP (Ranking Member)" (not an acronym: "Special
    Representative (SRSG)"; no body inside)."""
    office, inner = seg[: hit.start()].strip(), hit.group(1).strip()
    return (
        not seg[hit.end() :].strip()
        and lex.has_position(office)
        and lex.has_position(inner)
        and inner[:1].isupper()
        and not inner.isupper()
        and len(inner.split()) <= 3
        and not lex.has_org(inner)
    )


def _body_in_parentheses(seg: str, hit: re.Match[str], lex: Lexicon) -> bool:
    """An office closed by its body in parentheses: "Director (Nordic Peace Network)" (the
    office names no body, the parenthesis names one in two words or more and holds no
    office; not "Special Representative (SRSG)", not "Director (Acting)")."""
    office, inner = seg[: hit.start()].strip(), hit.group(1).strip()
    return (
        not seg[hit.end() :].strip()
        and lex.position_at_start(office)
        and not lex.has_org(office)
        and len(inner.split()) > 1
        and inner[:1].isupper()
        and lex.org_at_end(inner)
        and not lex.has_position(inner)
    )


def _body_after_office(seg: str, lex: Lexicon) -> str | None:
    """A body named right after an office with no comma and closed by its acronym in
    parentheses: "Training for Peace (TfP)" of "Coordinator Training for Peace (TfP)" (the
    longest office that ends with a position word; the body's words are capitalised)."""
    hit = P.PHRASE_WITH_ACRONYM.match(seg)
    if hit is None or not lex.position_at_start(seg):
        return None
    words = hit.group(1).split()
    for k in range(len(words) - 1, 0, -1):
        office, body = " ".join(words[:k]), words[k:]
        if lex.position_at_end(office):
            named = body[0][:1].isupper() and all(
                w[:1].isupper() or w in {"of", "for", "and", "on", "the"} for w in body
            )
            rest = " ".join(body)
            return f"{rest} ({hit.group(2)})" if named and not lex.has_position(rest) else None
    return None


def _first_word(seg: str) -> str:
    """The first word of a segment, up to a slash: "ICCT" of "ICCT/CTC"."""
    return re.split(r"[\s/]+", seg, maxsplit=1)[0]


def _is_unit(seg: str, lex: Lexicon) -> bool:
    """A unit inside a body that is numbered or lettered ("6th Division", "Sector 4", "Sector
    West"), with no office and no acronym of its own: part of the office before it."""
    if lex.has_position(seg) or ORG_HINT.search(seg):
        return False
    run = _HEAD_RUN.match(seg)
    words = run.group().split() if run else []
    if not words:
        return False
    if words[-1] in lex.unit_words:
        return any(ch.isdigit() for ch in seg)  # "6th Division"; "Hanbit Unit" is a body
    return len(words) == 2 and words[0] in lex.unit_words  # "Sector 4", "Sector West"


def _is_field(seg: str, lex: Lexicon) -> bool:
    """A line of work that is no body ("Peacekeeping Operations", "Expeditionary Logistics of
    the X"): its words before the first lower-case word end with a field word and hold no
    office and no acronym."""
    run = _HEAD_RUN.match(seg)
    head = run.group().strip() if run else ""
    return (
        bool(head)
        and head.split()[-1] in lex.field_words
        and not lex.has_position(head)
        and not ORG_HINT.search(head)
    )


def _unit_headed(phrase: str, lex: Lexicon) -> bool:
    """A phrase headed by a unit word: "Peace Operations and Conflict Management Programme",
    "Peace Support Operations"."""
    run = _HEAD_RUN.match(phrase)
    head = run.group().split() if run else []
    return bool(head) and head[-1] in lex.unit_words


def _names_a_unit(phrase: str, lex: Lexicon) -> bool:
    """A unit by its head words or its last word: "Training Unit", "Peace Operations and
    Conflict Management Programme" (the body after it is not the unit's)."""
    words = phrase.split()
    return _unit_headed(phrase, lex) or bool(words) and words[-1] in lex.unit_words


#: The head words of a programme: a line of work of a body, no body of its own.
_PROGRAMME_WORDS = frozenset({"Programme", "Program", "Project", "Initiative"})


def _names_a_programme(phrase: str) -> bool:
    """A programme by its last word or its head words: "Peace and Mediation Programme",
    "Protection Program for X"."""
    run = _HEAD_RUN.match(phrase)
    head = run.group().split() if run else []
    words = _PAREN.sub("", phrase).split()
    return any(w and w[-1] in _PROGRAMME_WORDS for w in (head, words))


def _names_a_part(phrase: str, lex: Lexicon) -> bool:
    """A unit that is a part of a body ("Training Unit of the X", "Y Division"), not an area
    of a mission ("Eastern Sector")."""
    run = _HEAD_RUN.match(phrase)
    head = run.group().split() if run else []
    return _names_a_unit(phrase, lex) and not (head and head[-1] in lex.area_words)


def _unit_and_owner(seg: str, lex: Lexicon) -> tuple[str, str | None]:
    """A unit and the organisation it belongs to: "Logistics of the X Guard" -> ("Logistics",
    "X Guard")."""
    own = _OF_ORG.search(seg)
    if own and lex.has_org(own.group(1)):
        return seg[: own.start()], own.group(1)
    return seg, None


def _before_next_person(seg: str, lex: Lexicon) -> str:
    """A segment cut before the next person of a list: "" for "LTC Y" or "Mr. Deputy
    Secretary-General" (an honorific that is no office opens it), "USN" for "USN and Mr. Y"
    ("Commandant" and "and Chair of X" stay: offices)."""
    words = seg.split()
    if words and _pure_honorific(words[0], lex):
        return ""
    for m in P.AND_BEFORE_WORD.finditer(seg):
        if _pure_honorific(m.group(1), lex):
            return seg[: m.start()].strip()
    return seg


def _pure_honorific(word: str, lex: Lexicon) -> bool:
    """An honorific that is not also an office ("Mr.", "LTC"; not "Ambassador", "Chair")."""
    return word in lex.honorific_words and not lex.has_position(word)


def _joined_positions(seg: str, lex: Lexicon) -> list[str]:
    """Offices joined by "and" or "&", each opening with a position word: "Deputy Head of
    Office & Director of Political Affairs" -> two positions; an "and" before words that
    open no office stays inside one: "Minister of X and Chair of the Mediation and Security
    Council" -> "Minister of X", "Chair of the Mediation and Security Council"; after "and
    a" the next office may open with capitalised words ("Lecturer at X and a former Political
    Officer of Y" -> two positions); an office written in lower case after "and" is one too
    ("Senior Fellow and head of the X Programme")."""
    if not lex.position_at_start(seg):
        return [seg]
    offices: list[str] = []
    last = 0
    for joint in P.JOINED_POSITIONS.finditer(seg):
        rest = seg[joint.end() :]
        article = joint.group().split()[-1] in {"a", "an"}
        lower = rest[:1].islower() and lex.position_at_start(rest[:1].upper() + rest[1:])
        if lex.position_at_start(rest) or lower or article and capitalised_office(rest, lex):
            offices.append(seg[last : joint.start()].strip())
            last = joint.end()
    return [*offices, seg[last:].strip()]


def capitalised_office(phrase: str, lex: Lexicon) -> bool:
    """A phrase that opens with an office: capitalised words or modifiers up to a position
    word ("former Political Officer of Y")."""
    at = lex.first_position(phrase)
    lead = phrase[:at].split() if at is not None else []
    return at is not None and all(w[:1].isupper() or w in lex.office_modifiers for w in lead)


def _position_at_org(seg: str, lex: Lexicon) -> tuple[str, str | None]:
    """(position, organisation) of "<position> at <org>" or "<position> with <org>" (split:
    "Head of Cooperation at the Resilience Institute", "Protection Officer with the X
    Mission"), "<position> in <named body>" or "<position> in the <unit>" (split: "Senior
    Adviser in the Department of X", "Training Officer in the Training Unit of the Y"; not
    "Police Observer in Norland"), "<position> of <Owner’s unit>"
    (split: "Director of Lakeside’s Policy Department"), "<lone title> of <org>" (split:
    "Director of the Peace Institute", "Commandant of the LPTC", a title that names no part of
    its body) or "<position> of the <org>" (kept whole, the org recorded too: "Head of the
    Training Unit", "Chair of the PSC"; of a unit of a body, the body: "Director of the X
    Division of the Y Commission" gives "Y Commission")."""
    at = _AT_BODY.search(seg)
    at_body = at.group(1) if at else ""
    named_at = at is not None and (
        lex.has_org(at_body)
        or bool(ORG_HINT.fullmatch(at_body))
        or _title_case_name(at_body, lex)  # "Officer at Peace Ops Watch"
    )
    if at and named_at and lex.has_position(seg[: at.start()]):
        return seg[: at.start()], at_body  # "Gender Adviser at UNMIX" too
    held_in = _IN_BODY.search(seg)
    unit = held_in is not None and held_in.group().lstrip().startswith("in the ")
    unit = unit and held_in is not None and _names_a_part(held_in.group(1), lex)
    if (
        held_in
        and (_names_a_body(held_in.group(1), lex) or unit)
        and lex.has_position(seg[: held_in.start()])
    ):
        return seg[: held_in.start()], held_in.group(1)  # not "Police Observer in Norland"
    own = P.OF_POSSESSOR_ORG.search(seg)
    if own and lex.has_org(own.group(1)) and lex.has_position(seg[: own.start()]):
        return seg[: own.start()], own.group(1)
    apart = _lone_title_apart(seg, lex)
    if apart:
        return apart
    bare = _OF_ACRONYM_END.search(seg)
    if bare and not lex.has_position(bare.group(1)):
        return seg, bare.group(1)  # "Head of MINUSCA": kept whole, the mission recorded too
    m = re.search(r"\bof\s+the\s+(.+)$", seg)
    body = m.group(1).split(" to ")[0] if m else ""  # "of the Republic of X to the Y"
    body = _TERM.sub("", body)  # "Chair of the PSC for the month of May 2023": the PSC
    if _formation(body, lex):
        return seg, None  # "Chief of Staff of the Indian Battalion": a formation, no body
    owner = _OF_ORG.search(body) if _unit_headed(body, lex) else None
    if owner and _names_a_body(owner.group(1), lex):
        return seg, owner.group(1)  # "Director of the X Division of the Y Commission": Y
    # a body of one word is named only by an acronym ("the College" is referred to)
    named = body[:1].isupper() and (
        lex.has_org(body) and " " in body or bool(ORG_HINT.fullmatch(body))
    )
    if named and not lex.has_position(body):
        return seg, body  # "Head of the Training Unit", "Chair of the PSC"
    return seg, None


def _title_case_name(phrase: str, lex: Lexicon) -> bool:
    """A name of two to six title-case words (connectors between them) that holds no office:
    "Peace Ops Watch", "UNIC Lakeside"; not "Large", not "the Secretariat"."""
    words = phrase.split()
    return (
        2 <= len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_JOINS for w in words)
        and not lex.has_position(phrase)
    )


#: The lower-case words inside a body's name ("Centre for Peace and Security"); not "in",
#: which names a place after the body ("UNHCR in Juba").
_NAME_JOINS = frozenset({"of", "for", "and", "the", "on", "&"})


def _lone_title_apart(seg: str, lex: Lexicon) -> tuple[str, str] | None:
    """(title, body) of "<lone title> of <body>": "Director of the Peace Institute", "Chief of
    Staff of the X Organization (XO)" (at its second "of"), "Mission Force Commander of the X
    Mission" (capitalised words before the title that are no office, no modifier and no
    acronym: "Deputy Director" and "Executive Director" are no lone titles), "Deputy
    Commandant of the XPTC", "Force Commander of UNMIX", "Chief of Staff of EUTM Lakeside" (an
    acronym, with "the" or without, and its place).
    None for a phrase that names no body."""
    for link in _OF_BEFORE_CAPITAL.finditer(seg):
        title, body = seg[: link.start()], seg[link.end() :]
        # an acronym names a body, with "the" or without ("Deputy Commandant of the XPTC",
        # "Force Commander of UNMIX": the title, and the body as an organisation)
        acronym = (
            ORG_HINT.fullmatch(body)
            or _ACRONYM_AND_PLACE.fullmatch(body)
            or _JOINED_ACRONYMS.fullmatch(body)  # "Diretor do IEE-UAS"
        )
        if _is_lone_title(title, lex) and (_names_a_body(body, lex) or acronym):
            return title, body
    return None


def _is_lone_title(title: str, lex: Lexicon) -> bool:
    """An office of ``data/org_structure.jsonl`` kind "lone_title", alone or after capitalised
    words that are no office, modifier or acronym ("Mission Force Commander"), after a time
    word or not ("former Chief of Staff")."""
    title = _FORMER.sub("", title)  # "former Commandant of the X Centre": as "Commandant"
    return title in lex.lone_titles or any(
        title.endswith(" " + lone) and _plain_lead(title[: -len(lone)], lex)
        for lone in lex.lone_titles
    )


def _plain_lead(lead: str, lex: Lexicon) -> bool:
    """Capitalised words that are no office, no modifier and no acronym ("Mission")."""
    return all(
        w[:1].isupper()
        and w not in lex.office_modifiers
        and not lex.has_position(w)
        and not ORG_HINT.fullmatch(w)
        for w in lead.split()
    )


def _names_a_body(phrase: str, lex: Lexicon) -> bool:
    """A title-case phrase naming a body ("Peace Institute", "X Force and Observers (MFO)",
    "Joint Command and Staff College"), not a field of work or a unit ("Peace Support
    Operations", "Staff Duties", "Research and Policy Unit"): the words before its first
    lower-case word, or the whole phrase before an acronym in parentheses, end with an
    organisation word, or one and a place of one word ("European Training Mission Mali"). One
    word names no body ("of the College")."""
    run = _HEAD_RUN.match(phrase)
    head = _without_place(run.group().strip() if run else "", lex)
    whole = _PAREN.sub("", phrase).strip()
    if not all(w[:1].isupper() or w in {"and", "&"} for w in whole.split()):
        whole = ""  # "Training of the X Police": a field of a body, not a body
    named = head if lex.org_at_end(head) else whole if lex.org_at_end(whole) else ""
    return (
        len(phrase.split()) > 1  # "the College": a body referred to, not named
        and not _formation(phrase, lex)
        and bool(named)
        and not _unit_headed(head, lex)
        and named.split()[-1] not in lex.field_words | lex.unit_words
    )


def _formation(phrase: str, lex: Lexicon) -> bool:
    """A military formation of a contingent, no organisation: its words before the first
    lower-case word end with a formation word ("Indian Battalion", "23rd X Contingent")."""
    run = _HEAD_RUN.match(phrase)
    words = run.group().split() if run else []
    return bool(words) and words[-1] in lex.formation_words


def _without_place(head: str, lex: Lexicon) -> str:
    """A body's name without the one capitalised word of a place after its organisation
    word: "European Training Mission" of "European Training Mission Mali" (the word is no
    organisation, office, unit or field word; the body holds two words or more)."""
    body, _, last = head.rpartition(" ")
    plain = not (lex.has_org(last) or lex.has_position(last) or ORG_HINT.fullmatch(last))
    plain = plain and last not in lex.field_words | lex.unit_words
    named = " " in body and lex.org_at_end(body)  # "Staff Duties": a field, not "Staff"
    return body if named and plain and last[:1].isupper() else head


def _leading_org(seg: str, lex: Lexicon) -> str | None:
    """An organisation written before a position in one segment: "UNMISS Force Commander",
    "UN Secretary-General", "Tana Forum Head of Secretariat" (an acronym, or two or more
    words with an organisation word); None for "Foreign Minister", "Mission Force Commander".
    """
    hit = lex.first_position(seg)
    if hit is None or hit == 0:
        return None
    lead = seg[:hit].strip(" -–,")
    words = lead.split()
    if not words or not seg[hit:].strip() or lex.has_position(lead):
        return None
    if ORG_HINT.fullmatch(words[0]) and all(w[0].isupper() for w in words):
        return words[0]  # "UNMISS Force Commander", "UNMISS Sector West Head of Office"
    if words[-1] in lex.unit_words:
        return None  # a unit is part of the office: "Africa Programme Associate Fellow"
    if len(words) >= 2 and lex.has_org(words[-1]) and all(w[0].isupper() for w in words):
        return lead
    return None
