"""PDF -> text in a child process, bounded in pages, characters and time (pdf_text.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pko_extract.errors import IngestError
from pko_extract.pdf_text import PdfLimits, pdf_to_text

pytest.importorskip("pypdf")

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (1 is the catalog), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % xref)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _pages(texts: list[str]) -> bytes:
    """One page per text: objects 1 catalog, 2 pages, 3 font, then page and content pairs."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(texts)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(texts)),
        FONT,
    ]
    for i, text in enumerate(texts):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i)
        )
        objects.append(_stream(b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text.encode("latin-1")))
    return _pdf(objects)


def _nested_forms(levels: int, fanout: int = 10) -> bytes:
    """A page that draws a form that draws the next form ``fanout`` times, ``levels`` deep:
    under 2 KB of PDF whose text takes minutes to extract (fanout ** levels drawings)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>",
        _stream(b"/X Do"),
        FONT,
    ]
    for level in range(levels):
        if level == levels - 1:
            data, inner = b"BT /F1 12 Tf 72 720 Td (Peacekeeping) Tj ET", b""
        else:
            data, inner = b"/X Do " * fanout, b"/XObject << /X %d 0 R >> " % (7 + level)
        form = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
        form += b"/Resources << /Font << /F1 5 0 R >> " + inner + b">> "
        objects.append(_stream(data, form))
    return _pdf(objects)


def test_pages_are_read_in_a_child_and_joined_by_a_blank_line() -> None:
    raw = _pages(["UNMISS briefing", "Mr. Kenji Tanaka"])
    assert pdf_to_text(Path("two.pdf"), raw) == "UNMISS briefing\n\nMr. Kenji Tanaka"


def test_too_many_pages_are_refused_unread() -> None:
    raw = _pages(["one", "two", "three"])
    with pytest.raises(IngestError) as info:
        pdf_to_text(Path("long.pdf"), raw, PdfLimits(max_pages=2))
    assert str(info.value) == (
        "long.pdf: the PDF has 3 pages, over the limit of 2 (PKO_PDF_MAX_PAGES); "
        "split it, or raise the limit"
    )


def test_reading_stops_past_the_character_limit() -> None:
    raw = _pages(["a" * 40, "b" * 40, "c" * 40])
    with pytest.raises(IngestError) as info:
        pdf_to_text(Path("wordy.pdf"), raw, PdfLimits(max_chars=60))
    assert str(info.value) == (
        "wordy.pdf: text of more than 60 characters by page 2 of 3 exceeds 60 "
        "(PKO_MAX_TEXT_CHARS); split the report, or raise the limit"
    )


def test_a_pdf_built_to_be_slow_is_stopped_at_the_time_limit() -> None:
    """The child is killed at the limit (here 1 s; the PDF needs minutes) and the file is a
    reject naming the setting."""
    raw = _nested_forms(levels=6)
    with pytest.raises(IngestError) as info:
        pdf_to_text(Path("slow.pdf"), raw, PdfLimits(timeout_seconds=1))
    assert str(info.value).startswith(
        "slow.pdf: reading the PDF's text took longer than 1 s (PKO_PDF_TIMEOUT_SECONDS)"
    )


def test_damaged_pdf_is_a_clear_error() -> None:
    with pytest.raises(IngestError, match=r"cut.pdf: could not be read as a PDF \("):
        pdf_to_text(Path("cut.pdf"), b"%PDF-1.4\n1 0 obj\n<< /Type")
