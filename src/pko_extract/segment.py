"""Segment stage: report text -> lines with their layout role.

Pure: takes the text, returns :class:`Line` records with character offsets. A line knows
whether it is blank, a bullet, a numbered item, a "Label: value" line, and where its content
starts once the bullet/number/label is removed. Wrapped program lines (a role line broken
across two lines) are joined by :func:`logical_lines`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pko_extract import patterns as P


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line of the report.

    Attributes:
        start, end: offsets of the line (without its newline) in the text.
        text: the line's text.
        bullet: the line starts with a bullet.
        numbered: the line starts with a number or "(n)".
        label: the label of a "Label: value" line, else None.
        content_start: offset where the content begins (after bullet, number or label).
    """

    start: int
    end: int
    text: str
    bullet: bool = False
    numbered: bool = False
    label: str | None = None
    label_start: int | None = None
    content_start: int = 0

    @property
    def label_keys(self) -> tuple[str, ...]:
        """The label folded, whole and by its "/" parts ("Lieu / Venue" -> lieu / venue,
        lieu, venue): bilingual programmes write both languages."""
        if not self.label:
            return ()
        whole = " ".join(self.label.split()).casefold()
        parts = tuple(p.strip() for p in whole.split("/") if p.strip())
        return (whole, *parts) if len(parts) > 1 else (whole,)

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def content(self) -> str:
        """The text after any bullet, number or label."""
        return self.text[self.content_start - self.start :]


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


def split_lines(text: str) -> list[Line]:
    """All physical lines of ``text`` with their layout role."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(_classify(raw, pos))
        pos += len(raw) + 1
    return lines


def is_continuation(prev: Line, line: Line, first: Line | None = None) -> bool:
    """Whether ``line`` continues ``prev`` (a program line wrapped by the layout).

    A continuation has no bullet, number or label, starts with a letter, and ``prev`` does
    not end a sentence. Example: "Speaker: Mr. X, Under-Secretary-General for Peacekeeping"
    followed by "Operations, United Nations (TBC)".
    """
    if line.blank or prev.blank or line.bullet or line.numbered or line.label:
        return False
    head = line.text.lstrip()
    tail = prev.text.rstrip()
    if not head[:1].isalpha() or tail.endswith((".", ":", "!", "?", '"', "”")):
        return False
    # Only short program-like lines wrap; prose paragraphs are single long lines here.
    first = first or prev  # the line the logical line started with
    return len(tail) <= 90 and len(line.text) <= 90 and (first.label is not None or first.bullet)


def logical_lines(lines: list[Line]) -> list[tuple[Line, int]]:
    """Lines with the end offset of their logical extent (continuations joined)."""
    out: list[tuple[Line, int]] = []
    i = 0
    while i < len(lines):
        line, end = lines[i], lines[i].end
        j = i + 1
        while j < len(lines) and is_continuation(lines[j - 1], lines[j], first=lines[i]):
            end = lines[j].end
            j += 1
        out.append((line, end))
        i = j
    return out


# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Lt",
        "Col",
        "Maj",
        "Gen",
        "Capt",
        "Brig",
        "Sgt",
        "Cpl",
        "Adm",
        "Cdr",
        "Rev",
        "Hon",
        "Amb",
        "St",
        "No",
        "Nos",
        "Mt",
        "Jr",
        "Sr",
        "Ret",
        "Retd",
        "Co",
        "Corp",
        "Inc",
        "Ltd",
        "Dept",
        "Govt",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "Mo",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "approx",
        "Fig",
        "Vol",
    }
)
_SENT_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: cut at line breaks and at ., ! or ? followed by a capital, except after
    abbreviations ("Lt. Col.", "Mr.") and initials ("Hilde F. Johnson", "U.N.")."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start = pos
        for m in _SENT_END.finditer(raw):
            before = raw[: m.start()]
            word = re.search(r"([\w.]+)$", before)
            w = word.group(1) if word else ""
            if (
                w in ABBREVIATIONS
                or w.rstrip(".") in ABBREVIATIONS
                or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", w)
            ):
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
