"""Segment stage: report text -> the layout model (:class:`~pko_extract.models.Layout`).

Pure. :func:`read_layout` reads a report once: physical lines with their layout marks
(bullet, number, ``Label: value``), logical lines (a program line wrapped by the layout is
joined), sentences (the one sentence splitter of the pipeline) and blocks with a kind:

==============  =====================================================================
heading         "Speakers", "PROGRAMME", "## Agenda", "Panelists:" (a label alone), an
                HTML heading; it heads the blocks below it up to the next heading
field           "Venue: Aurora Hall, Copenhagen"
list_item       "• Ms. Ana Ruiz, Director", "2. Closing remarks"
timetable_row   "09:30 – 10:00  Opening remarks"
table_row       "| 09:00 | Welcome | Dr. X |"
caption         "Photo: ...", "(L-R) ...", "UN Photo/Name"
byline          "By Ana Ruiz, Programme Lead"
dateline        a line holding a date and little else ("Wednesday, 12 June 2019")
boilerplate     navigation and sharing links ("Skip to main content", "Download")
paragraph       anything else: running text, title lines, name lines
==============  =====================================================================

HTML input brings its own structure (``Document.layout_hints``), which wins over guessing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pko_extract import patterns as P
from pko_extract.models import Block, Layout, Line
from pko_extract.resources import Rules, default_rules


def _classify(text: str, start: int) -> Line:
    content = 0
    bullet = numbered = False
    m = P.BULLET.match(text)
    if m and m.end() < len(text):
        bullet, content = True, m.end()
    m = P.NUMBERED.match(text[content:])
    if m and content + m.end() < len(text):
        numbered, content = True, content + m.end()
    label = label_start = None
    markup = P.MARKUP.match(text[content:])
    at = content + (markup.end() if markup else 0)
    m = P.LABEL.match(text[at:])
    if m and len(m.group("label")) <= 40:
        label = m.group("label").strip()
        label_start = start + at + m.start("label")
        content = at + m.start("value")
        content += len(text[content:]) - len(text[content:].lstrip("*_ \t"))
    return Line(
        start, start + len(text), text, bullet, numbered, label, label_start, start + content
    )


def _dash_label(line: Line, rules: Rules) -> Line:
    """A role label before a dash is the line's label, as before a colon: "Moderator – Ms.
    X", "Respondent - Dr. Y". Only a role label that names no part of the programme:
    "Session 2 - Logistics" and "Keynote - Dr. Z" (a part with its speaker) stay as they are.
    A role label in a column before the name ("Moderator      Ms. X") counts the same."""
    found = None
    if line.label is None:
        found = P.DASH_LABEL.match(line.text) or P.COLUMN_LABEL.match(line.text)
    if found is None or rules.role_label(found["label"]) is None:
        return line
    if rules.agenda_label(found["label"]) is not None:
        return line
    return replace(
        line,
        label=found["label"],
        label_start=line.start + found.start("label"),
        content_start=line.start + found.start("value"),
    )


def split_lines(text: str) -> list[Line]:
    """All physical lines of ``text`` with their layout marks."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(_classify(raw, pos))
        pos += len(raw) + 1
    return lines


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def is_continuation(prev: Line, line: Line, first: Line | None = None) -> bool:
    """Whether ``line`` continues ``prev`` (a program line wrapped by the layout).

    A continuation has no bullet, number or label, starts with a letter, is not left of an
    indented label line it would continue, and ``prev`` does not end a sentence. Example:
    "Speaker: Mr. X, Under-Secretary-General for Peacekeeping" followed by "Operations,
    United Nations (TBC)".
    """
    if line.blank or prev.blank or line.bullet or line.numbered or line.label:
        return False
    head = line.text.lstrip()
    tail = prev.text.rstrip()
    if not head[:1].isalpha() or tail.endswith((".", ":", "!", "?", '"', "”")):
        return False
    # Only short program-like lines wrap; prose paragraphs are single long lines here.
    first = first or prev  # the line the logical line started with
    if not first.bullet and _indent(line.text) < _indent(first.text):
        return False  # "   Input: Dr. X, Adviser" over "Breakout B - Title": a new part
    if first.bullet and _indent(line.text) < _indent(first.text):
        return False  # "Secretariat - Col. Y" left of "     - Col. X, Force Commander": a new entry
    return len(tail) <= 90 and len(line.text) <= 90 and (first.label is not None or first.bullet)


def logical_lines(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Logical lines as (index of the first physical line, end offset): continuations joined."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        end = lines[i].end
        j = i + 1
        while j < len(lines) and is_continuation(lines[j - 1], lines[j], first=lines[i]):
            end = lines[j].end
            j += 1
        out.append((i, end))
        i = j
    return out


# A full stop, "!" or "?" (with closing quotes or brackets) before a capital or digit.
_SENT_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")


def split_sentences(
    text: str, abbreviations: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans, the pipeline's one splitter.

    Cuts at line breaks and at ``.``, ``!`` or ``?`` followed by a capital or a digit, except
    after an abbreviation of ``data/abbreviations.txt`` ("Lt. Col.", "Mr."), compared without
    case, and after initials ("Karin T. Olsberg", "U.N.").
    """
    abbrev = _abbreviations() if abbreviations is None else abbreviations
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start = pos
        for m in _SENT_END.finditer(raw):
            word = _LAST_WORD.search(raw, 0, m.start())
            w = word.group(1) if word else ""
            if w.casefold().rstrip(".") in abbrev or _INITIALS.fullmatch(w):
                continue
            end = pos + m.end()
            if raw[start - pos : end - pos].strip():
                out.append((start, end))
            start = end
            while start < pos + len(raw) and raw[start - pos] == " ":
                start += 1
        if raw[start - pos :].strip():
            out.append((start, pos + len(raw)))
        pos += len(raw) + 1
    return out


def _abbreviations(rules: Rules | None = None) -> frozenset[str]:
    return frozenset(a.casefold() for a in (rules or default_rules()).abbreviations)


# --------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------

# What a caption line starts with: "Photo: ...", "Caption: ...", "(L-R) ...", "Pictured: ...".
_CAPTION_START = re.compile(
    r"^[ \t]*(?:\(?(?:L|l)[ \t]*(?:-|–|to)[ \t]*(?:R|r)\)?|Caption|Photo(?:graph)?s?|Pictured|Image"
    r"|Credit|From left)\b",
)
# A photo credit or picture description anywhere in a short line.
_CAPTION_INSIDE = re.compile(r"\b(?:UN Photo|Photo ?/|pictured|from left to right)\b", re.I)
_BYLINE_START = re.compile(r"^[ \t]*(?:By|Posted by|Written by|Reporting by|Reported by|Text by)\b")


def _dates_in(text: str) -> list[re.Match[str]]:
    return [
        m for rx in (P.DATE_DMY, P.DATE_MDY, P.DATE_ISO, P.DATE_NUMERIC) for m in rx.finditer(text)
    ]


def _is_dateline(text: str) -> bool:
    """A short line holding a date and little else ("Wednesday, June 12, 2019 / 10:00 am")."""
    if len(text) > 90:
        return False
    hits = _dates_in(text)
    if not hits:
        return False
    rest = text
    for m in hits:
        rest = rest.replace(m.group(), " ")
    rest = P.WEEKDAY_OR_TIME.sub(" ", rest)
    return sum(map(str.isalpha, rest)) <= 15


def _is_timed(text: str) -> bool:
    """A programme row: a clock time or range opens the line ("09:30 - 10:00  Opening",
    "9h00 à 9h30 : Accueil", "2:00 p.m. Welcome", "0900 – 0930"), or is all of it."""
    if not P.TIMED_START.match(text):
        return False
    timed = P.TIME_PREFIX.match(text) or P.PROGRAM_TIME.match(text)
    if timed is None:
        return False
    return timed.end() < len(text) or bool(re.search(r"\d[:.h]\d\d|[01]\d[0-5]\d", text))


def _is_heading(line: Line, end_text: str, rules: Rules) -> bool:
    body = end_text.strip().strip("*#_ ").rstrip(":").strip()
    if not body or len(body) > 90:
        return False
    if P.MARKUP.match(line.text.lstrip()) and line.text.lstrip().startswith("#"):
        return True
    if line.label is not None and not line.content.strip(" *_"):
        return True  # "Speakers:" alone on its line
    if rules.role_label(body) is not None or rules.agenda_label(body) is not None:
        return not line.bullet
    if re.fullmatch(r"(?:Day|Session|Panel|Part)[ \t]+(?:\d{1,2}|[IVX]{1,4}|One|Two|Three)", body):
        return True
    letters = [c for c in body if c.isalpha()]
    return (
        len(letters) >= 4
        and all(c.isupper() for c in letters)
        and len(body.split()) <= 12
        and not body.endswith((".", ","))
    )


def _line_kind(line: Line, text: str, rules: Rules, boilerplate: tuple[str, ...]) -> str:
    """The block kind of a logical line (``text`` is its whole text)."""
    stripped = text.strip()
    folded = stripped.casefold()
    if len(stripped) <= 80 and any(folded.startswith(b) for b in boilerplate):
        return "boilerplate"
    if _BYLINE_START.match(text) and len(stripped) <= 120:
        return "byline"
    if _CAPTION_START.match(text) or (len(stripped) <= 300 and _CAPTION_INSIDE.search(text)):
        return "caption"
    if _is_timed(text):
        return "timetable_row"
    if stripped.count("|") >= 2 or stripped.count("\t") >= 2:
        return "table_row"
    if _is_heading(line, text, rules):
        return "heading"
    if line.bullet or line.numbered:
        return "list_item"
    if line.label is not None and line.content.strip():
        return "field"
    if _is_dateline(stripped):
        return "dateline"
    return "paragraph"


def _hinted(hints: Sequence[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The kind the source format gives the text at ``[start, end)``, if any."""
    for a, b, kind in hints:
        if a <= start and end <= b and kind != "paragraph":
            return kind
    return None


#: Kinds a wrapped line never continues into: it starts a block of its own.
_STANDALONE = frozenset(
    {"byline", "dateline", "caption", "boilerplate", "timetable_row", "table_row", "heading"}
)


def _block_starts(
    text: str, lines: Sequence[Line], logical: Sequence[tuple[int, int]], rules: Rules
) -> list[tuple[int, int]]:
    """(first line, last line) of each run of lines that forms one block: a logical line,
    split where a continuation is a line of its own kind ("By X" under a field line) or
    follows a line of page furniture ("Embargoed until 10:00" over the headline)."""
    boilerplate = tuple(b.casefold() for b in rules.boilerplate)
    runs: list[tuple[int, int]] = []
    for k, (i, _end) in enumerate(logical):
        last = (logical[k + 1][0] - 1) if k + 1 < len(logical) else len(lines) - 1
        start = i
        for j in range(i + 1, last + 1):
            if lines[j].blank:
                continue
            if (
                _line_kind(lines[j], lines[j].text, rules, boilerplate) in _STANDALONE
                or _line_kind(lines[j - 1], lines[j - 1].text, rules, boilerplate) == "boilerplate"
            ):
                runs.append((start, j - 1))
                start = j
        runs.append((start, last))
    return runs


def _is_prose_block(text: str) -> bool:
    """Running text: eight words or more, ending a sentence."""
    body = text.strip()
    return len(body.split()) >= 8 and body.endswith((".", "!", "?", '."', ".”", ")"))


def _blocks(
    text: str,
    lines: Sequence[Line],
    logical: Sequence[tuple[int, int]],
    hints: Sequence[tuple[int, int, str]],
    rules: Rules,
) -> list[Block]:
    """The blocks in order. A heading heads the blocks after it up to the next heading or
    the next paragraph of running text."""
    boilerplate = tuple(b.casefold() for b in rules.boilerplate)
    blocks: list[Block] = []
    heading: int | None = None
    for first, last in _block_starts(text, lines, logical, rules):
        line = lines[first]
        if line.blank:
            continue
        while lines[last].blank:
            last -= 1
        end = lines[last].end
        body = text[line.start : end]
        hinted = _hinted(hints, line.start, end)
        kind = hinted or _line_kind(line, body, rules, boilerplate)
        if kind == "paragraph" and _is_prose_block(body):
            heading = None
        index = len(blocks)
        under = heading if kind != "heading" else None
        source = "html" if hinted else "text"
        blocks.append(Block(kind, line.start, end, first, last, under, source))  # type: ignore[arg-type]
        if kind == "heading":
            heading = index
    return blocks


def read_layout(
    text: str, hints: Sequence[tuple[int, int, str]] = (), *, rules: Rules | None = None
) -> Layout:
    """Read a report once into its layout model.

    Args:
        text: the decoded report text.
        hints: ``(start, end, kind)`` block kinds stated by the source format (HTML).
        rules: rule data (abbreviations, boilerplate phrases, labels); the packaged rules
            by default.
    """
    rules = rules or default_rules()
    lines = [_dash_label(line, rules) for line in split_lines(text)]
    logical = logical_lines(lines)
    sentences = split_sentences(text, _abbreviations(rules))
    blocks = _blocks(text, lines, logical, hints, rules)
    return Layout(
        text=text,
        lines=tuple(lines),
        logical=tuple(logical),
        sentences=tuple(sentences),
        blocks=tuple(blocks),
    )
