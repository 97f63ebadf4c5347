"""The layout model: one reading of a report that every parse stage shares.

Built once per report by :func:`pko_extract.segment.read_layout` from the decoded text (and
from the HTML structure, when the input was HTML). Frozen: stages ask it questions, they do
not split the text again.

* :class:`Line`: a physical line with its layout marks (bullet, number, ``Label:``).
* :class:`Block`: a run of lines with one kind (:data:`~pko_extract.models.records.BlockKind`):
  heading, field, list_item, table_row, timetable_row, paragraph, caption, byline, dateline,
  boilerplate. A heading knows the blocks it heads ("Speakers" over name lines).
* sentences: ``(start, end)`` spans from the one sentence splitter (never across a line break).

Example::

    layout = read_layout("Speakers\\n• Ms. Ana Ruiz, Director\\n")
    layout.blocks[0].kind == "heading"; layout.under(layout.blocks[0]) == (layout.blocks[1],)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from pko_extract.models.records import BlockKind


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line of the report.

    Attributes:
        start, end: offsets of the line (without its newline) in the text.
        text: the line's text.
        bullet: the line starts with a bullet.
        numbered: the line starts with a number or "(n)".
        label: the label of a "Label: value" line, else None.
        label_start: offset of the label.
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


@dataclass(frozen=True, slots=True)
class Block:
    """A run of lines with one layout kind.

    Attributes:
        kind: what the lines are (heading, field, list_item, ...).
        start, end: offsets of the block in the text.
        first, last: indexes of its first and last line in ``Layout.lines`` (inclusive).
        heading: index in ``Layout.blocks`` of the heading block it stands under, or None.
        source: ``"text"`` when read from the text's layout, ``"html"`` when the source
            format stated it.
    """

    kind: BlockKind
    start: int
    end: int
    first: int
    last: int
    heading: int | None = None
    source: str = "text"


@dataclass(frozen=True)
class Layout:
    """A report read once: text, lines, logical line extents, sentences and blocks.

    Attributes:
        text: the report text; every offset indexes into it.
        lines: the physical lines, in order.
        logical: the logical lines as (index of the first physical line, end offset): a
            program line wrapped over several physical lines is one logical line.
        sentences: sentence spans, in order, never across a line break.
        blocks: the blocks, in order; every non-blank line is in exactly one block.
    """

    text: str
    lines: tuple[Line, ...]
    logical: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    blocks: tuple[Block, ...]
    _line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _logical_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _sentence_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _block_of_line: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # look-up indexes, derived once from the fields above (frozen: set through object)
        of_line = [-1] * len(self.lines)
        for k, block in enumerate(self.blocks):
            for i in range(block.first, block.last + 1):
                of_line[i] = k
        derived = {
            "_line_starts": tuple(ln.start for ln in self.lines),
            "_logical_starts": tuple(self.lines[i].start for i, _ in self.logical),
            "_sentence_starts": tuple(s for s, _ in self.sentences),
            "_block_of_line": tuple(of_line),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    def line_index(self, pos: int) -> int:
        """Index of the line holding offset ``pos``."""
        return max(0, bisect_right(self._line_starts, pos) - 1)

    def line_at(self, pos: int) -> Line:
        """The line holding offset ``pos``."""
        return self.lines[self.line_index(pos)]

    def logical_line_at(self, pos: int) -> tuple[Line, int] | None:
        """The logical line holding ``pos`` (its first physical line, its end offset), or
        None past the end. A program line wrapped over several physical lines is one."""
        k = bisect_right(self._logical_starts, pos) - 1
        if k < 0:
            return None
        i, end = self.logical[k]
        return (self.lines[i], end) if pos <= end else None

    def logical_lines(self) -> Iterator[tuple[Line, int]]:
        """Each logical line: its first physical line and its end offset."""
        for i, end in self.logical:
            yield self.lines[i], end

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (the nearest one before it in a gap)."""
        if not self.sentences:
            return 0, len(self.text)
        i = bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """Sentences starting inside ``[start, end)``."""
        return [s for s in self.sentences if start <= s[0] < end]

    def block_of_line(self, i: int) -> Block | None:
        """The block of line ``i`` (None for a blank line)."""
        k = self._block_of_line[i]
        return self.blocks[k] if k >= 0 else None

    def block_at(self, pos: int) -> Block | None:
        """The block holding offset ``pos``."""
        return self.block_of_line(self.line_index(pos))

    def kind_at(self, pos: int) -> str | None:
        """The block kind at ``pos`` (None on a blank line)."""
        block = self.block_at(pos)
        return block.kind if block else None

    def heading_of(self, block: Block) -> Block | None:
        """The heading block ``block`` stands under."""
        return self.blocks[block.heading] if block.heading is not None else None

    def under(self, heading: Block) -> tuple[Block, ...]:
        """The blocks a heading heads, in order."""
        k = self.blocks.index(heading)
        return tuple(b for b in self.blocks if b.heading == k)

    def block_lines(self, block: Block) -> tuple[Line, ...]:
        """The lines of a block."""
        return self.lines[block.first : block.last + 1]

    def blocks_of(self, *kinds: str) -> list[Block]:
        """The blocks of the given kinds, in order."""
        return [b for b in self.blocks if b.kind in kinds]
