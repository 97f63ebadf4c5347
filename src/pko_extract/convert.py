"""Format conversion of the ingest stage: HTML -> plain text + layout hints.

Contract:

* :func:`html_to_text` returns the visible text of a page, one block per line, and
  :func:`html_to_layout` the same text with its layout hints: ``(start, end, kind)``
  character spans of that text, one per block the converter emits, in text order and not
  overlapping, ``kind`` one of :data:`pko_extract.models.BLOCK_KINDS` (see :data:`BLOCK_KIND`).
* PDF -> text is :mod:`pko_extract.pdf_text` (bounded, in a child process).
* Nothing here reads files or decodes bytes: :mod:`pko_extract.ingest` does, and calls these.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["BLOCK_KIND", "BULLET", "html_to_layout", "html_to_text"]

#: A layout hint: ``(start, end, kind)``, a span of the converted text and its block kind.
LayoutHint = tuple[int, int, str]


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------

_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "head",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "form",
    }
)
_PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "aside",
        "figure",
        "address",
        "hr",
        "fieldset",
    }
)
_LINE_TAGS = frozenset(
    {
        "div",
        "br",
        "li",
        "tr",
        "dt",
        "dd",
        "caption",
        "figcaption",
        "title",
        "details",
        "summary",
        "center",
        "body",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_VOID_TAGS = frozenset(
    {
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "area",
        "base",
        "col",
        "embed",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_WS = re.compile(r"[ \t\n\r\f\v]+")
BULLET = "  • "


#: Block kind stated by an element; text in no such element (``body``, ``section``, ``pre``,
#: a cell outside a row, ...) is a ``paragraph``. ``nav``/``header``/``footer`` are dropped
#: (see ``_DROP_TAGS``), so the only boilerplate whose text is kept is ``aside``.
BLOCK_KIND: dict[str, str] = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6", "title"), "heading"),
    **dict.fromkeys(("li", "dt", "dd"), "list_item"),
    "tr": "table_row",
    **dict.fromkeys(("caption", "figcaption"), "caption"),
    "aside": "boilerplate",
    **dict.fromkeys(("p", "div", "blockquote"), "paragraph"),
}
_DEFAULT_KIND = "paragraph"
#: Elements kept on the stack of open blocks (a closing ``</ul>`` also closes its open ``<li>``).
_BLOCK_TAGS = (_PARAGRAPH_TAGS | _LINE_TAGS) - _VOID_TAGS


class _TextExtractor(HTMLParser):
    """Collects the text in ``parts`` and the blocks in ``blocks`` (offsets into the parts)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0  # characters in parts
        self.dropping: list[str] = []  # open elements whose content is dropped
        self.pre_depth = 0
        self.li_depth = 0
        self.list_stack: list[int] = []
        self.cell_in_row = 0
        self.open_blocks: list[str] = []  # tags of the open block elements, innermost last
        self.block_start: int | None = None  # where the text of the current block starts
        self.block_kind = _DEFAULT_KIND
        self.blocks: list[LayoutHint] = []

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _kind(self) -> str:
        kinds = [BLOCK_KIND[tag] for tag in self.open_blocks if tag in BLOCK_KIND]
        if "boilerplate" in kinds:
            return "boilerplate"
        specific = [kind for kind in kinds if kind != _DEFAULT_KIND]
        return specific[-1] if specific else _DEFAULT_KIND

    def _start_block(self, data: str) -> None:
        """The current block starts at the first visible character of ``data``."""
        if self.block_start is None and data.strip():
            self.block_start = self.length + len(data) - len(data.lstrip())
            self.block_kind = self._kind()

    def end_block(self) -> None:
        """Record the current block, if any text was written since it started."""
        if self.block_start is not None:
            self.blocks.append((self.block_start, self.length, self.block_kind))
            self.block_start = None

    def _break(self, blank: bool, *, end_block: bool = True) -> None:
        blank = blank and not self.li_depth  # paragraphs inside a list item stay tight
        while self.parts and self.parts[-1] == " ":
            self.length -= len(self.parts.pop())
        if end_block:
            self.end_block()
        if not self.parts:  # no break before the first text
            return
        last = self.parts[-1]
        if last == BULLET:  # <li><p>text</p></li>: keep the text on the bullet line
            return
        if last in ("\n", "\n\n"):  # adjacent block boundaries merge
            if blank:
                self.length += 2 - len(last)
                self.parts[-1] = "\n\n"
            return
        self._append("\n\n" if blank else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self.dropping:  # an unclosed <head> ends at <body>
            del self.dropping[self.dropping.index("head") :]
        if tag in _DROP_TAGS:
            self.dropping.append(tag)
            return
        if self.dropping:
            return
        if tag in _PARAGRAPH_TAGS:
            self._break(blank=True)
        elif tag in _LINE_TAGS:
            self._break(blank=False, end_block=tag != "br")  # <br> is a line inside a block
        if tag in _BLOCK_TAGS:
            self.open_blocks.append(tag)
        if tag == "li":
            self._append(BULLET)
            self.li_depth += 1
        elif tag in ("ul", "ol"):
            self.list_stack.append(self.li_depth)
        elif tag == "tr":
            self.cell_in_row = 0
        elif tag in _CELL_TAGS:
            if self.cell_in_row:
                self._append("\t")
            self.cell_in_row += 1
        elif tag == "pre":
            self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_TAGS and tag not in _VOID_TAGS:
            return  # <script/>: nothing inside
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_TAGS:
            if tag in self.dropping:
                del self.dropping[len(self.dropping) - 1 - self.dropping[::-1].index(tag) :]
            return
        if self.dropping or tag in _VOID_TAGS:
            return
        if tag in ("ul", "ol") and self.list_stack:
            self.li_depth = self.list_stack.pop()  # closes any <li> left open
        if tag in _PARAGRAPH_TAGS:
            self._break(blank=True)
        elif tag in _LINE_TAGS:
            self._break(blank=False)
        if tag in self.open_blocks:  # closes the elements left open inside it too
            del self.open_blocks[len(self.open_blocks) - 1 - self.open_blocks[::-1].index(tag) :]
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        elif tag == "li":
            self.li_depth = max(0, self.li_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        if self.pre_depth:
            self._start_block(data)
            self._append(data)
            return
        data = _WS.sub(" ", data)
        if not self.parts or self.parts[-1] in ("\n", "\n\n", BULLET) or self.parts[-1][-1:] == " ":
            data = data.lstrip(" ")  # indentation between tags, or a space already written
        if data:
            self._start_block(data)
            self._append(data)


def html_to_layout(html: str) -> tuple[str, tuple[LayoutHint, ...]]:
    """Visible text of an HTML page (as :func:`html_to_text`) and its layout hints.

    A block is the text one element puts on its own line(s): a heading, a paragraph, a list
    item, a table row (cells joined by tabs), a caption; a ``<br>`` continues its block. Its
    kind is that of the innermost enclosing element of :data:`BLOCK_KIND` that is not a
    ``paragraph``, else ``paragraph``; all text inside ``<aside>`` is ``boilerplate``.

    Returns:
        The text and one ``(start, end, kind)`` per block in text order, not overlapping;
        ``text[start:end]`` is the block's text without surrounding whitespace (a list
        item's ``"  • "`` bullet is not part of it).
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser.end_block()
    raw = "".join(parser.parts)
    keep = _kept(raw)
    text = "".join(ch for ch, kept in zip(raw, keep, strict=True) if kept) + "\n"
    before = [0]  # before[i]: characters of raw[:i] kept in text
    for kept in keep:
        before.append(before[-1] + kept)
    hints: list[LayoutHint] = []
    for raw_start, raw_end, kind in parser.blocks:
        start, end = before[raw_start], before[raw_end]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            hints.append((start, end, kind))
    return text, tuple(hints)


def _kept(raw: str) -> bytearray:
    """Which characters of the parser's raw text stay: spaces at line ends, lines holding
    only a bullet, newlines beyond two in a row and at both ends of the text go."""
    keep = bytearray(b"\x01") * len(raw)
    bullet_line = BULLET.rstrip(" ")
    pos = 0
    for line in raw.split("\n"):
        stripped = line.rstrip(" ")
        cut = pos if stripped == bullet_line else pos + len(stripped)
        keep[cut : pos + len(line)] = bytes(pos + len(line) - cut)
        pos += len(line) + 1
    newlines = 0
    for i, ch in enumerate(raw):
        if not keep[i]:
            continue
        if ch == "\n":
            newlines += 1
            if newlines > 2:
                keep[i] = 0
        else:
            newlines = 0
    for order in (range(len(raw)), range(len(raw) - 1, -1, -1)):
        for i in order:
            if not keep[i]:
                continue
            if raw[i] != "\n":
                break
            keep[i] = 0
    return keep


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line.

    Block elements end lines (paragraphs and headings with a blank line), ``<li>`` becomes a
    ``"  • "`` bullet line, table cells are separated by tabs, ``script``/``style``/``nav``/
    ``header``/``footer``/``head`` are dropped, entities are unescaped and runs of
    whitespace collapse to one space (except inside ``<pre>``).
    """
    return html_to_layout(html)[0]
