"""Tests of the format conversion: HTML -> text + layout hints (block kinds and spans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pko_extract.convert import html_to_layout, html_to_text
from pko_extract.ingest import read_document

PAGE = """<html><head><title>Ignored title</title></head><body>
<nav>Home | About</nav>
<h2>Seminar on <i>Peace</i> Operations</h2>
<p>Held in Tokyo<br>on 5 May 2019.</p>
<ul><li>Opening: Mr. Ken ITO</li><li><p>Keynote: Ms. Ana ROSSI</p></li></ul>
<table><caption>Program</caption>
<tr><th>10:00</th><td>Session 1</td></tr>
</table>
<figure><figcaption>Photo: the panel</figcaption></figure>
<aside>Related events</aside>
<blockquote>Peace is a process.</blockquote>
<div>Contact us</div>
</body></html>"""

PAGE_TEXT = (
    "Seminar on Peace Operations\n\n"
    "Held in Tokyo\non 5 May 2019.\n\n"
    "  • Opening: Mr. Ken ITO\n"
    "  • Keynote: Ms. Ana ROSSI\n\n"
    "Program\n"
    "10:00\tSession 1\n\n"
    "Photo: the panel\n\n"
    "Related events\n\n"
    "Peace is a process.\n\n"
    "Contact us\n"
)

PAGE_HINTS = (
    (0, 27, "heading"),
    (29, 57, "paragraph"),
    (63, 83, "list_item"),
    (88, 110, "list_item"),
    (112, 119, "caption"),
    (120, 135, "table_row"),
    (137, 153, "caption"),
    (155, 169, "boilerplate"),
    (171, 190, "paragraph"),
    (192, 202, "paragraph"),
)


def test_html_page_text_and_exact_hints() -> None:
    """Each block the converter writes gets its span and kind; nav is dropped, a <br> stays
    inside its paragraph, the bullet is not part of a list item's span."""
    text, hints = html_to_layout(PAGE)
    assert text == PAGE_TEXT
    assert hints == PAGE_HINTS
    assert [text[start:end] for start, end, _ in hints] == [
        "Seminar on Peace Operations",
        "Held in Tokyo\non 5 May 2019.",
        "Opening: Mr. Ken ITO",
        "Keynote: Ms. Ana ROSSI",
        "Program",
        "10:00\tSession 1",
        "Photo: the panel",
        "Related events",
        "Peace is a process.",
        "Contact us",
    ]
    assert html_to_text(PAGE) == text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<h1>A</h1><h6>B</h6>", [("A", "heading"), ("B", "heading")]),
        (
            "<dl><dt>Term</dt><dd>Meaning</dd></dl>",
            [("Term", "list_item"), ("Meaning", "list_item")],
        ),
        (
            "<ul><li>a<li>b</ul>after",
            [("a", "list_item"), ("b", "list_item"), ("after", "paragraph")],
        ),
        ("<table><tr><td>1<td>2<tr><td>3</table>", [("1\t2", "table_row"), ("3", "table_row")]),
        (
            "<aside><h3>More</h3><p>Links</p></aside>",
            [("More", "boilerplate"), ("Links", "boilerplate")],
        ),
        ("<li><h4>Inner</h4></li>", [("Inner", "heading")]),
        ("<p>a</p><p> </p><p>&nbsp;</p><ul><li></li></ul>", [("a", "paragraph")]),
        ("<pre>\n  x  \n\n\n\ny</pre>", [("x\n\ny", "paragraph")]),
        ("loose text <b>bold</b>", [("loose text bold", "paragraph")]),
    ],
    ids=[
        "headings",
        "definition-list",
        "unclosed-li",
        "rows",
        "aside",
        "heading-in-li",
        "empty-blocks",
        "pre",
        "no-element",
    ],
)
def test_block_kinds(html: str, expected: list[tuple[str, str]]) -> None:
    """The kind is the innermost stated one (aside wins); blocks without text get no hint."""
    text, hints = html_to_layout(html)
    assert [(text[start:end], kind) for start, end, kind in hints] == expected


def test_read_document_carries_the_hints_of_html_only(tmp_path: Path) -> None:
    """An HTML file's Document has the converter's hints (CRLF input too); text and PDF: ()."""
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(page)
    assert (doc.text, doc.layout_hints) == (PAGE_TEXT, PAGE_HINTS)

    plain = tmp_path / "plain.txt"
    plain.write_text("Seminar\n\nHeld in Tokyo.\n", encoding="utf-8")
    assert read_document(plain).layout_hints == ()
