"""The generated input of the soak test (``soak.py``): good reports and bad files of every kind.

Bad kinds (about 2% of the files, at least one of each; issue 11): empty, binary (a late NUL
byte; a PNG), a text over ``PKO_MAX_TEXT_CHARS``, a file over ``PKO_MAX_FILE_BYTES``, a
gzip archive, a damaged PDF, a PDF whose text is over the limit, a PDF built to take minutes
to read (stopped at ``PKO_PDF_TIMEOUT_SECONDS``), a symlink loop and, when the runs cannot
read what they are denied (not root, or root without ``CAP_DAC_OVERRIDE``: see
:func:`restricted_command`), a file and a folder they may not read. Good reports: plain
text, some with a name that is not UTF-8, an HTML page with scripts, a PDF. Links to a
folder or a device and a pipe must be skipped (neither report nor reject).
"""

from __future__ import annotations

import gzip
import os
import random
import shutil
from pathlib import Path

GIVEN = ("Ana", "Li", "Kofi", "Maria", "Jonas", "Amina", "Ravi", "Elena")
FAMILY = ("Ruiz", "Mensah", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Novak", "Silva")

REPORT = """\
Seminar on Peace Operations {n}

{day} March 2021

The Peace Institute hosted a seminar on the work of the United Nations Mission in South
Sudan (UNMISS) and of peacekeepers in Mali.

Programme:

Opening Remarks: Mr. {a}, Director, Peace Institute
Session 1: Lessons from the field {n}
Moderator: Prof. {b}, Professor of International Relations, Lakeside University
Speaker: Ms. {c}, Chief of Staff, Eastern Brigade
"""

HTML = """<!DOCTYPE html><html><head><title>Seminar</title>
<script>document.write("<p>Speaker: Mr. Evil SCRIPT, Director</p>")</script></head>
<body><h1>Seminar on Peace Operations {n}</h1><p>{day} March 2021</p>
<p>Speaker: Ms. {c}, Chief of Staff, Eastern Brigade</p></body></html>
"""

#: Capabilities that let root read any file: dropped for the runs (:func:`restricted_command`).
DAC_CAPS = "-dac_override,-dac_read_search"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY).upper()}{rng.randrange(1000)}"


def good_text(n: int, rng: random.Random) -> str:
    """Good report number ``n`` (new people at each call)."""
    return REPORT.format(n=n, day=1 + n % 28, a=_person(rng), b=_person(rng), c=_person(rng))


# --------------------------------------------------------------------------------------
# PDFs
# --------------------------------------------------------------------------------------

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _pdf(objects: list[bytes]) -> bytes:
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


def pdf_of_lines(lines: list[str]) -> bytes:
    """A one-page PDF with one text line per item."""
    shows = b" ".join(b"(%s) Tj T*" % line.encode("latin-1") for line in lines)
    content = b"BT /F1 10 Tf 14 TL 72 760 Td " + shows + b" ET"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content),
            FONT,
        ]
    )


def slow_pdf(levels: int = 7, fanout: int = 10) -> bytes:
    """Under 2 KB of PDF whose text takes minutes to read: a form that draws the next form
    ``fanout`` times, ``levels`` deep."""
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


# --------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------


def restricted_command() -> list[str] | None:
    """The prefix that runs a command unable to read what file modes deny: none needed when
    not root; for root, ``setpriv`` without the capabilities that bypass file modes; None
    when root and no ``setpriv`` (the denied file and folder are then left out)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return None
    return ["setpriv", f"--bounding-set={DAC_CAPS}", f"--inh-caps={DAC_CAPS}"]


def _bad_kinds() -> dict[str, bytes]:
    return {
        "empty.txt": b"",
        "late_nul.txt": (("Peacekeeping seminar. " * 4000) + "\x00").encode(),
        "image.txt": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        "too_long_text.txt": ("Peace operations seminar. " * 1500).encode(),
        "too_big_file.txt": b"x" * 250_000,
        "damaged.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type",
        "too_long_text.pdf": pdf_of_lines(["Peace operations seminar " * 4] * 400),
        "slow.pdf": slow_pdf(),
        "archive.txt.gz": gzip.compress(b"Seminar on peace operations"),
    }


def _uri(path: Path) -> str:
    return Path(os.path.realpath(path)).as_uri()


def write_corpus(
    raw: Path, n_reports: int, rng: random.Random, *, denied: bool
) -> tuple[set[str], set[str]]:
    """The reports; returns the URIs of the good files and of the bad ones (a folder that
    cannot be listed is one bad URI). ``denied``: include a file and a folder the runs may
    not read."""
    raw.mkdir(parents=True)
    kinds = list(_bad_kinds().items())
    n_bad = max(len(kinds) + 1 + 2 * denied, n_reports // 50)
    good: set[str] = set()
    bad: set[str] = set()
    loop = raw / "bad_loop"
    loop.symlink_to(loop)
    bad.add(_uri(loop))
    if denied:
        locked_file, locked_folder = raw / "bad_unreadable.txt", raw / "bad_unlistable"
        locked_file.write_text(good_text(-1, rng))
        locked_folder.mkdir()
        (locked_folder / "hidden.txt").write_text(good_text(-2, rng))
        locked_file.chmod(0)
        locked_folder.chmod(0)
        bad |= {_uri(locked_file), _uri(locked_folder)}
    for i in range(n_bad - len(bad)):
        name, data = kinds[i % len(kinds)]
        path = raw / f"bad{i:04d}_{name}"
        path.write_bytes(data)
        bad.add(_uri(path))
    for n in range(n_reports - n_bad):
        if n == 1:
            path = raw / "r0001.html"
            path.write_text(HTML.format(n=n, day=1 + n % 28, c=_person(rng)), encoding="utf-8")
        elif n == 2:
            path = raw / "r0002.pdf"
            path.write_bytes(pdf_of_lines(good_text(n, rng).splitlines()))
        else:
            name = f"r{n:04d}.txt" if n % 97 else f"r{n:04d}_\udcff.txt"  # not UTF-8
            path = raw / name
            path.write_text(good_text(n, rng), encoding="utf-8")
        good.add(_uri(path))
    (raw / "link_to_folder").symlink_to(raw.parent)  # skipped, neither report nor reject
    (raw / "link_to_device").symlink_to("/dev/zero")
    os.mkfifo(raw / "pipe")
    return good, bad


def edit_some(raw: Path, rng: random.Random, share: float = 0.02) -> int:
    """Rewrite ``share`` of the good text reports with other people (between runs, so that
    every run has work that a kill can interrupt); returns how many."""
    texts = sorted(p for p in raw.glob("r*.txt"))
    chosen = rng.sample(texts, max(1, int(len(texts) * share)))
    for path in chosen:
        n = int(path.name[1:5])
        path.write_text(good_text(n, rng), encoding="utf-8")
    return len(chosen)
