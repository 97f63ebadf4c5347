"""Tests of the ingest stage: decoding, HTML/PDF text, rejects with clear messages, paths."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from pko_extract.errors import IngestError
from pko_extract.ingest import (
    find_report_paths,
    hash_file,
    html_to_text,
    iter_report_paths,
    read_document,
    source_uri,
)

SAMPLE = "Opening remarks – Ms. Zoë Müller\nCôte d'Ivoire “A4P” café\n"
JAPANESE = "国連平和維持活動20周年シンポジウム\n日時：2012年11月5日\n講演者：山田太郎\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (SAMPLE.encode("utf-8"), "utf-8", SAMPLE),
        (SAMPLE.encode("utf-8-sig"), "utf-8-sig", SAMPLE),
        (SAMPLE.encode("utf-16"), "utf-16-le", SAMPLE),  # BOM + little endian
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16-be", SAMPLE),
        (SAMPLE.encode("utf-16-le"), "utf-16-le", SAMPLE),  # no BOM, NUL pattern
        (SAMPLE.encode("utf-16-be"), "utf-16-be", SAMPLE),
        (SAMPLE.encode("utf-32"), "utf-32-le", SAMPLE),
        (codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be"), "utf-32-be", SAMPLE),
        (SAMPLE.encode("cp1252"), "cp1252", SAMPLE),
        ("Café in Genève\n".encode("latin-1"), "cp1252", "Café in Genève\n"),
        (JAPANESE.encode("shift_jis"), "cp932", JAPANESE),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom-le",
        "utf16-bom-be",
        "utf16le-nobom",
        "utf16be-nobom",
        "utf32-bom-le",
        "utf32-bom-be",
        "cp1252",
        "latin1",
        "shift-jis",
    ],
)
def test_decodes_encodings_exactly(tmp_path: Path, data: bytes, encoding: str, text: str) -> None:
    """Each encoding decodes to the exact text and is recorded in Document.encoding."""
    doc = read_document(_write(tmp_path, "r.txt", data))
    assert doc.text == text
    assert doc.encoding == encoding
    assert doc.content_type == "text"


def test_document_identity(tmp_path: Path) -> None:
    """report_id is the sha256 of the raw bytes; URI, name and size come from the file."""
    data = SAMPLE.encode("cp1252")
    path = _write(tmp_path, "report one.txt", data)
    doc = read_document(path)
    assert doc.report_id == hashlib.sha256(data).hexdigest()
    assert doc.report_id == hash_file(path)
    assert doc.source_uri == path.resolve().as_uri()
    assert doc.source_uri.startswith("file:///") and "report%20one.txt" in doc.source_uri
    assert doc.source_name == "report one.txt"
    assert doc.size_bytes == len(data)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),
        (b"a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
    ],
    ids=["crlf", "cr", "mixed"],
)
def test_newlines_normalised(tmp_path: Path, raw: bytes, text: str) -> None:
    """CRLF and CR become LF; nothing else changes."""
    assert read_document(_write(tmp_path, "n.txt", raw)).text == text


def test_text_kept_exact(tmp_path: Path) -> None:
    """No Unicode normalisation, typos and odd spacing are kept."""
    text = "Cafe\u0301 (decomposed) vs Caf\u00e9 — teh  typo\u00a0kept\tTab\n"
    assert read_document(_write(tmp_path, "x.md", text.encode())).text == text


def test_offsets_index_into_text(tmp_path: Path) -> None:
    """Offsets into Document.text are stable after CRLF normalisation."""
    doc = read_document(_write(tmp_path, "o.txt", b"Title\r\nMr. Ban Ki-moon spoke\r\n"))
    start = doc.text.index("Ban")
    assert doc.text[start : start + len("Ban Ki-moon")] == "Ban Ki-moon"
    assert start == 10


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \r\n\n\t", "only whitespace"),
        ("blob.bin", bytes(range(256)) * 8, "binary file"),
        ("nul.txt", b"Report\x00\x00\x01\x02 text\n", "binary file"),
        ("x.docx", b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
        ("pic.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image"),
        ("bad.txt", b"\xff\xfeA", "could not decode"),
        (
            "empty.html",
            b"<html><head><title>t</title></head><body> </body></html>",
            "no visible text",
        ),
    ],
    ids=["empty", "whitespace", "binary", "nul-bytes", "docx", "png", "bad-utf16", "empty-html"],
)
def test_rejects_with_clear_message(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    """Unusable files raise IngestError naming the file and the problem."""
    path = _write(tmp_path, name, data)
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)


def test_rejects_file_over_size_limit(tmp_path: Path) -> None:
    """A file over max_bytes is rejected before it is read, with the limit and the fix."""
    path = _write(tmp_path, "big.txt", b"x" * 101)
    message = r"101 bytes, over the limit of 100 bytes.*PKO_MAX_FILE_BYTES"
    with pytest.raises(IngestError, match=message):
        read_document(path, max_bytes=100)
    assert read_document(path, max_bytes=101).text == "x" * 101


def test_rejects_missing_and_directory(tmp_path: Path) -> None:
    """A missing path and a folder are reported as such."""
    with pytest.raises(IngestError, match="file not found"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="is a folder"):
        read_document(tmp_path)


def test_rejects_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the process may not read is reported with the fix. (The tests run as root,
    where chmod 000 does not stop a read, so the refusal is simulated at open().)"""
    path = _write(tmp_path, "secret.txt", b"text")
    real_open = open

    def refuse(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(IngestError, match="permission denied"):
        read_document(path)


HTML = b"""<!DOCTYPE html>
<html><head><title>Site title</title><style>p {color: red}</style></head>
<body>
<header>Site banner</header><nav><a href="/">Home</a></nav>
<h1>Symposium on Peacekeeping &amp; Japan</h1>
<p>Held   at the
United Nations University, Tokyo.</p>
<ul>
  <li>Opening remarks: <b>Mr. Kenji Tanaka</b></li>
  <li><p>Keynote: Ms. Ana L&oacute;pez</p></li>
  <li>Panel &lt;UNMISS&gt;
</ul>
<table><tr><th>10:00</th><td>Session 1</td></tr></table>
<script>var tracking = 1;</script>
<footer>Copyright</footer>
</body></html>
"""

HTML_TEXT = (
    "Symposium on Peacekeeping & Japan\n\n"
    "Held at the United Nations University, Tokyo.\n\n"
    "  • Opening remarks: Mr. Kenji Tanaka\n"
    "  • Keynote: Ms. Ana López\n"
    "  • Panel <UNMISS>\n\n"
    "10:00\tSession 1\n"
)


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt", "page"])
def test_html_to_text(tmp_path: Path, name: str) -> None:
    """HTML (by extension or sniffed) becomes blocks, bullets and unescaped text."""
    doc = read_document(_write(tmp_path, name, HTML))
    assert doc.content_type == "html"
    assert doc.text == HTML_TEXT


def test_html_meta_charset(tmp_path: Path) -> None:
    """A non-UTF-8 HTML page is decoded with the charset its <meta> declares."""
    page = '<html><meta charset="shift_jis"><body><p>国連</p></body></html>'.encode("shift_jis")
    doc = read_document(_write(tmp_path, "jp.html", page))
    assert (doc.text, doc.encoding, doc.content_type) == ("国連\n", "shift_jis", "html")


def test_html_pre_and_breaks() -> None:
    """<pre> keeps its spacing, <br> ends a line, unclosed <head> ends at <body>."""
    html = "<html><head><title>t<body><p>one<br>two</p><pre>  a\n   b</pre></body></html>"
    assert html_to_text(html) == "one\ntwo\n\n  a\n   b\n"


def _pdf_with_text(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose content stream shows the lines (Helvetica)."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        ops.append(f"({line}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pdf_text(tmp_path: Path) -> None:
    """A PDF's text layer becomes the document text (content_type pdf)."""
    pytest.importorskip("pypdf")
    path = _write(tmp_path, "report.pdf", _pdf_with_text(["UNMISS briefing", "Mr. Kenji Tanaka"]))
    doc = read_document(path)
    assert doc.content_type == "pdf"
    assert doc.text.split("\n") == ["UNMISS briefing", "Mr. Kenji Tanaka"]


def test_pdf_without_text_rejected(tmp_path: Path) -> None:
    """A PDF with no text layer (a scan) is rejected with the OCR hint."""
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=612, height=792)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    with pytest.raises(IngestError, match="no extractable text.*OCR"):
        read_document(path)


def test_damaged_pdf_rejected(tmp_path: Path) -> None:
    """A truncated PDF is rejected with a message, not a crash."""
    pytest.importorskip("pypdf")
    path = _write(tmp_path, "cut.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type")
    with pytest.raises(IngestError, match="cut.pdf"):
        read_document(path)


def test_iter_report_paths(tmp_path: Path) -> None:
    """Folders expand recursively and sorted; hidden, .gitkeep and README files are skipped."""
    for rel in [
        "b.txt",
        "a.html",
        "sub/c",
        "sub/d.pdf",
        "sub/e.md",
        ".hidden.txt",
        ".git/objects/x",
        "sub/.cache/y.txt",
        ".gitkeep",
        "README.md",
        "sub/README",
    ]:
        path = tmp_path / "raw" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    extra = tmp_path / "README.txt"
    extra.write_text("explicit")
    found = iter_report_paths([tmp_path / "raw", extra, tmp_path / "raw" / "b.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "README.txt",
        "raw/a.html",
        "raw/b.txt",
        "raw/sub/c",
        "raw/sub/d.pdf",
        "raw/sub/e.md",
    ]


def test_iter_report_paths_missing(tmp_path: Path) -> None:
    """A given path that does not exist is an IngestError naming it."""
    with pytest.raises(IngestError, match="no-such-folder: no such file or folder"):
        iter_report_paths([tmp_path / "no-such-folder"])


def test_a_folder_that_cannot_be_listed_is_named_and_the_walk_goes_on(
    tmp_path: Path, deny_listing
) -> None:
    """A subfolder (or the given folder itself) that cannot be listed does not stop the walk:
    it is returned with a reason that names it, its files are not, the others are."""
    raw = tmp_path / "raw"
    for rel in ("a.txt", "locked/b.txt", "locked/deeper/c.txt", "open/d.txt"):
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_text("x")
    deny_listing(raw / "locked")
    found = find_report_paths([raw])
    assert [p.relative_to(raw).as_posix() for p in found.paths] == ["a.txt", "open/d.txt"]
    assert [(folder, str(error)) for folder, error in found.unlistable] == [
        (
            raw / "locked",
            f"{raw / 'locked'}: the folder cannot be listed (permission denied); its reports "
            "were skipped and their rows are kept; make it readable (e.g. chmod a+rx) and re-run",
        )
    ]
    assert found.listed == {source_uri(raw), source_uri(raw / "open")}
    assert iter_report_paths([raw]) == found.paths

    deny_listing(raw)
    found = find_report_paths([raw, raw / "open"])
    assert [p.relative_to(raw).as_posix() for p in found.paths] == ["open/d.txt"]
    assert [folder for folder, _ in found.unlistable] == [raw]


def test_iter_report_paths_keeps_broken_symlink(tmp_path: Path) -> None:
    """A dangling symlink in a folder is listed, so reading it reports the problem."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("x")
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(raw / "pipe")
    found = iter_report_paths([raw])
    assert [p.name for p in found] == ["gone.txt", "good.txt"]
    with pytest.raises(IngestError, match="gone.txt: file not found"):
        read_document(found[0])
    with pytest.raises(IngestError, match="gone.txt: file not found"):
        hash_file(found[0])


def test_iter_report_paths_survives_links_to_loops_folders_and_devices(tmp_path: Path) -> None:
    """A symlink loop is listed (reading it is a reject), links to a folder or a device are
    skipped; none of them raises while the run is planned."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("x")
    (raw / "self").symlink_to(raw / "self")
    (raw / "ping").symlink_to(raw / "pong")
    (raw / "pong").symlink_to(raw / "ping")
    (raw / "folder_link").symlink_to(tmp_path)
    (raw / "device_link").symlink_to("/dev/zero")
    found = iter_report_paths([raw])
    assert [p.name for p in found] == ["good.txt", "ping", "pong", "self"]
    assert source_uri(raw / "self") == (raw / "self").as_uri()
    with pytest.raises(IngestError, match="self: could not be read .*symbolic links"):
        hash_file(raw / "self")
    with pytest.raises(IngestError, match="ping: could not be read .*symbolic links"):
        read_document(raw / "ping")


def test_explicit_loop_and_device_paths_are_rejected_not_read(tmp_path: Path) -> None:
    """Named on the command line, a symlink loop is kept (then rejected) and a pipe or a
    device is refused before anything reads it (reading /dev/zero would never end)."""
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    os.mkfifo(tmp_path / "pipe")
    assert iter_report_paths([tmp_path / "loop"]) == [tmp_path / "loop"]
    for path in (tmp_path / "pipe", Path("/dev/zero")):
        with pytest.raises(IngestError, match="not a regular file"):
            hash_file(path)
        with pytest.raises(IngestError, match="not a regular file"):
            read_document(path)


def test_file_name_that_is_not_utf8_is_kept_escaped_and_stable(tmp_path: Path) -> None:
    """A file name with bytes that are not UTF-8 gives a percent-encoded source URI and a
    backslash-escaped source name, both valid UTF-8 and the same on every read."""
    name = os.fsdecode(b"badname_\xff\xfe.txt")
    path = tmp_path / name
    path.write_text("Seminar on peace operations\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.source_name == "badname_\\xff\\xfe.txt"
    assert doc.source_uri == tmp_path.as_uri() + "/badname_%FF%FE.txt"
    assert read_document(path).source_name == doc.source_name
    assert iter_report_paths([tmp_path]) == [path]


@pytest.mark.parametrize("at", [10, 70_000, 200_000], ids=["early", "after-64k", "late"])
def test_nul_byte_rejects_the_file_wherever_it_stands(tmp_path: Path, at: int) -> None:
    """The binary check reads the whole file: a NUL byte after the first 64 KiB rejects it
    as one at the start does."""
    text = ("Seminar on peace operations. " * 8000).encode()
    path = _write(tmp_path, "nul.txt", text[:at] + b"\x00" + text[at:])
    with pytest.raises(IngestError, match="nul.txt: looks like a binary file"):
        read_document(path)
